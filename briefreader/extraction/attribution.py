"""Attributions in a parsed sentence: a speech verb, who speaks, and what is said.

Rules over spaCy's dependency parse: the speaker is the verb's subject (inherited from the governing
verb for "..., adding that", "as saying", "a statement urging"), the content is the verb's clausal
complement (``ccomp``), or for verbs like "urge", "call for", "describe" the rest of the verb
phrase. "according to X" attributes the clause it modifies to X.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefreader.extraction import lexicon

_INHERIT_DEPS = ("xcomp", "advcl", "conj", "pcomp", "dep", "ccomp")
_STATEMENT_NOUNS = frozenset("statement release message report post tweet communique letter "
                             "note declaration announcement".split())
_COMPLEMENT_DEPS = ("dobj", "xcomp", "prep", "attr", "oprd", "dative", "acomp", "npadvmod")
_SKIP_PREPS = frozenset("on for of to about".split())
_TIME_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today "
                        "yesterday tonight earlier later".split())


@dataclass
class Attribution:
    verb: Any                  # the cue token (speech verb or "according")
    cue: str
    subject: Any | None        # head token of the speaker phrase
    subject_via: str           # "nsubj", "agent", "quoted", "according"
    content: tuple[int, int] | None  # token range [start, end) in the doc, or None


def _subject(verb: Any) -> tuple[Any | None, str]:
    """The speaker's head token for ``verb``, climbing to a governing verb when it has none."""
    tok = verb
    for _ in range(4):
        for child in tok.children:
            if child.dep_ in ("nsubj",):
                return child, "nsubj"
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0], "agent"
        if tok.dep_ == "pcomp" and tok.head.text.lower() == "as" \
                and lexicon.speech_verb(tok.head.head.text) == "quote":
            quoted = tok.head.head
            objs = [c for c in quoted.children if c.dep_ in ("dobj", "nsubjpass")]
            if objs:
                return objs[0], "quoted"
        if tok.dep_ in _INHERIT_DEPS or tok.dep_ == "prep":
            tok = tok.head
            continue
        if tok.dep_ in ("acl", "relcl") and tok.head.text.lower() in _STATEMENT_NOUNS:
            tok = tok.head.head if tok.head.dep_ in ("dobj", "pobj") else tok.head
            if tok.pos_ == "ADP":
                tok = tok.head
            continue
        break
    return None, ""


def _trim(doc: Any, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (doc[start].is_punct or doc[start].dep_ in ("mark", "cc")
                           and doc[start].text.lower() in ("that", "and", "but", "whether")):
        if doc[start].is_quote or doc[start].text in "“‘«\"'":
            break
        start += 1
    while end > start and doc[end - 1].is_punct and not (
            doc[end - 1].is_quote or doc[end - 1].text in "”’»\"'"):
        end -= 1
    return (start, end) if end - start >= 2 else None


def _cut_nested(doc: Any, verb: Any, start: int, end: int) -> int:
    """End the content before a clause that reports another statement ('..., where it said')."""
    for i in range(start + 1, end):
        tok = doc[i]
        if tok.i != verb.i and lexicon.speech_verb(tok.text) and tok.pos_ == "VERB" \
                and any(c.dep_ == "nsubj" for c in tok.children) and tok.left_edge.i > start:
            return tok.left_edge.i
    return end


def _content(verb: Any) -> tuple[int, int] | None:
    doc = verb.doc
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if comps:
        right = [c for c in comps if c.i > verb.i]
        comp = right[0] if right else comps[-1]
        start, end = comp.left_edge.i, comp.right_edge.i + 1
        if comp.i < verb.i:
            end = min(end, verb.i)
        end = _cut_nested(doc, verb, start, end)
        return _trim(doc, start, end)
    base = lexicon.speech_verb(verb.text)
    if base not in lexicon.OBJECT_CONTENT_VERBS:
        return None
    parts = [c for c in verb.children if c.i > verb.i and c.dep_ in _COMPLEMENT_DEPS
             and not (c.dep_ == "npadvmod" or c.text.lower() in _TIME_WORDS)]
    parts = [c for c in parts if not (c.dep_ == "prep" and c.text.lower() not in _SKIP_PREPS
                                      and c.text.lower() not in ("as", "against", "with"))]
    if not parts:
        return None
    first = parts[0]
    start = first.left_edge.i
    if first.dep_ == "prep" and first.text.lower() in _SKIP_PREPS:
        start += 1
    end = max(p.right_edge.i for p in parts) + 1
    end = _cut_nested(doc, verb, start, end)
    return _trim(doc, start, end)


def sentence_attributions(sent: Any, in_quote: Any) -> list[Attribution]:
    """Speech verbs and "according to" phrases of one sentence; ``in_quote(token)`` tells
    whether a token stands inside quotation marks (its verbs are part of the quote)."""
    out: list[Attribution] = []
    for tok in sent:
        low = tok.text.lower()
        if low == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "to":
            if in_quote(tok):
                continue
            to = tok.doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"] or \
                [c for c in tok.children if c.dep_ == "pobj"]
            if not objs:
                continue
            out.append(Attribution(tok, "according to", objs[0], "according",
                                   _according_content(tok, objs[0])))
            continue
        base = lexicon.speech_verb(low)
        if not base or tok.pos_ not in ("VERB", "AUX") or in_quote(tok):
            continue
        if tok.dep_ in ("amod", "compound", "nmod") or tok.tag_ == "VBN" and \
                not any(c.dep_ in ("aux", "auxpass", "nsubj", "agent") for c in tok.children) \
                and tok.dep_ in ("acl", "relcl"):
            continue
        subject, via = _subject(tok)
        out.append(Attribution(tok, tok.text, subject, via, _content(tok)))
    return out


def _according_content(according: Any, speaker: Any) -> tuple[int, int] | None:
    """The clause "according to X" modifies, without the attribution phrase."""
    head = according.head
    while head.dep_ not in ("ROOT",) and head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    doc = according.doc
    sent = according.sent
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    if lo > sent.start + 3 or hi < sent.end - 3:
        lo, hi = sent.start, sent.end
    skip_lo, skip_hi = according.i, max(according.right_edge.i, speaker.right_edge.i) + 1
    if skip_lo - lo >= hi - skip_hi:
        return _trim(doc, lo, skip_lo)
    return _trim(doc, skip_hi, hi)
