"""The phrases a casualty figure is read from: sentences with their tokens, and the noun an
amount counts ("12 (of the) (Russian) mercenaries" -> mercenaries)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefreader.document import Document
from briefreader.extraction.casualties import cues
from briefreader.extraction.nlp import doc_text, span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

FILLERS = frozenset({"more", "other", "additional", "further", "of", "the", "those", "these",
                     "whom", "new", "fresh", "its", "their", "our", "his", "her"})
STATES = frozenset({"dead", "wounded", "injured", "missing", "displaced"})  # "31 people dead"
SENTENCE_END = re.compile(r"[.!?…:;\"”’')\]]\s*$")
SENTENCE_CHARS = re.compile(r"[^.!?]+(?:[.!?]+|$)")


@dataclass(frozen=True)
class Token:
    start: int  # offsets relative to the sentence
    end: int
    text: str
    pos: str  # coarse part of speech, "" when unparsed
    tag: str


class Sentence:
    """A sentence: its offset in ``Document.text``, its text and block, and its tokens, built
    only when asked for (most sentences hold no amount and never need them)."""

    __slots__ = ("start", "text", "block", "_source", "_tokens", "_starts")

    def __init__(self, start: int, text: str, block: int, source: Span | None) -> None:
        self.start = start
        self.text = text
        self.block = block
        self._source = source  # a spaCy Span, or None for plain splitting
        self._tokens: tuple[Token, ...] | None = None
        self._starts: list[int] | None = None

    @property
    def tokens(self) -> tuple[Token, ...]:
        if self._tokens is None:
            if self._source is not None:
                base = self._source.start_char
                self._tokens = tuple(Token(t.idx - base, t.idx - base + len(t.text), t.text,
                                           t.pos_, t.tag_) for t in span_tokens(self._source))
            else:
                self._tokens = tuple(Token(s, e, w, "", "") for w, s, e in _plain_words(self.text))
        return self._tokens

    @property
    def span(self) -> Span | None:
        """The parsed spaCy Span, or None when the text was split without parsing."""
        return self._source

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [t.start for t in self.tokens]
        return self._starts


@dataclass(frozen=True)
class Head:
    kind: str | None  # "person", "category", "noun" (unknown), "thing", or None (no noun)
    word: str = ""
    start: int = 0
    end: int = 0


def sentences(document: Document, parsed: list[tuple[Doc, int]]) -> Iterator[Sentence]:
    """The parsed sentences with their tokens; plain splitting when nothing was parsed."""
    if parsed:
        for block, (doc, offset) in enumerate(parsed):
            text = doc_text(doc)
            for start, end, start_char, end_char in _joined_sentences(doc, text):
                yield Sentence(offset + start_char, text[start_char:end_char], block,
                               doc[start:end])
        return
    for block, b in enumerate(document.blocks):
        text = document.text[b.start:b.end]
        for m in SENTENCE_CHARS.finditer(text):
            yield Sentence(b.start + m.start(), m.group(), block, None)


def _joined_sentences(doc: Doc, text: str) -> list[tuple[int, int, int, int]]:
    """Token and character ranges of the parser's sentences, rejoined where a split falls after
    a word: the small model cuts headlines ("Death Toll From ... Market / Now at 73")
    mid-phrase. (The doc's ``text`` is sliced: a Span's text joins its tokens anew.)"""
    out: list[tuple[int, int, int, int]] = []
    for sent in doc.sents:
        if out and not SENTENCE_END.search(text, out[-1][2], out[-1][3]):
            out[-1] = (out[-1][0], sent.end, out[-1][2], sent.end_char)
        else:
            out.append((sent.start, sent.end, sent.start_char, sent.end_char))
    return out


def _plain_words(text: str) -> list[tuple[str, int, int]]:
    return [(w.group(), w.start(), w.end()) for w in re.finditer(r"[\w'’-]+|[^\w\s]", text)]


def _is_person(tok: Token, following: Token | None) -> bool:
    low = tok.text.lower()
    if low in cues.PERSON_NOUNS or low in cues.CATEGORY_NOUNS or low == "lives":
        return True
    if cues.PERSON_SUFFIX.search(low) and low not in cues.NON_PERSON:
        return True
    plural_name = tok.tag == "NNPS" or cues.DEMONYM.match(tok.text) is not None
    return plural_name and (following is None or following.pos not in ("NOUN", "PROPN"))


def _modifier(tok: Token, nxt: Token | None) -> bool:
    """A word before the counted noun that modifies it."""
    if tok.text in ("-", "–") and nxt is not None and nxt.text[:1].isalpha():
        return True  # "African - American" as the tokenizer splits it
    if tok.pos in ("ADJ", "PROPN", "ADV") or (tok.pos == "VERB" and tok.tag in ("VBN", "VBG")
                                             and nxt is not None and nxt.pos == "NOUN"):
        return True
    # a noun modifying the next one: "rescue workers"
    return tok.pos == "NOUN" and nxt is not None and nxt.pos in ("NOUN", "PROPN")


def head_of(sentence: Sentence, offset: int) -> Head:
    """The noun an amount counts: '12 (of the) (Russian) mercenaries' -> mercenaries."""
    first_after = bisect_left(sentence.starts, offset)
    toks = sentence.tokens[first_after:first_after + 12]
    i = 0
    while i < len(toks) and toks[i].text.lower() in FILLERS:
        i += 1
    first = i
    for _ in range(5):
        if i >= len(toks):
            return Head(None)
        tok, low = toks[i], toks[i].text.lower()
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if low in cues.NON_PERSON:
            return Head("thing", low)
        if cues.AFTER.fullmatch(low) and low not in cues.CATEGORY_NOUNS:
            return Head(None)  # a cue the tagger took for a noun: "Thousands flee ..."
        if _is_person(tok, nxt):
            if nxt is not None and nxt.text.lower() not in FILLERS | STATES and (
                    _is_person(nxt, None) or nxt.pos == "NOUN" and tok.tag == "NN"):
                i += 1  # "police officers"; "pilot whales" and "refugee camps" are not people
                continue
            kind = "category" if low in cues.CATEGORY_NOUNS else "person"
            return Head(kind, low, toks[first].start, tok.end)
        if _modifier(tok, nxt):
            i += 1
            continue
        if tok.pos == "NOUN" or (not tok.pos and low.isalpha() and low.endswith("s")):
            # an unknown noun ("14 shoppers"): people if a killing or wounding cue says so
            kind = "thing" if low in cues.THINGS or not low.endswith("s") else "noun"
            return Head(kind, low, toks[first].start, tok.end)
        if not tok.pos and low.isalpha() and low not in cues.STOP_WORDS:
            i += 1
            continue
        return Head(None)
    return Head(None)
