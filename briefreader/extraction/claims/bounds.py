"""Where a reported statement's words begin and end: trimming marks and conjunctions, and the
writer's words kept out (", raising fears ...", ", but that path did not come soon enough",
", according to X" which is an attribution of its own)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
from briefreader.extraction.lexicon.speech import (
    COMMENTARY_PARTICIPLES,
    QUANTITY_WORDS,
    UNSUPPORTED_PARTICIPLES,
    WRITERS_ASIDE_NOUNS,
)
from briefreader.extraction.nlp import tokens
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


@rule("claims.quantity-subject", "claims", "'said about half of those in the camps were "
      "children': an amount read as a phrase of the speech verb is the subject of the statement "
      "that follows, when that has none")
def quantity_subject(verb: Token, start: int, clause: Token) -> int | None:
    """The statement's new first token, or None. ``start`` is where its clause begins."""
    if start <= verb.i + 1 or any(c.dep_ in _SUBJECTS for c in clause.children):
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.right_edge.i == start - 1
                 and c.i > verb.i), None)
    # the first object in the phrase: "about [half] of those", "up to [a quarter] of the harvest"
    amount = next((t for t in prep.subtree if t.dep_ == "pobj"), None) if prep else None
    if amount is None or not (amount.like_num or amount.text.lower() in QUANTITY_WORDS):
        return None
    return prep.left_edge.i


def trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    if end - start > 3 and doc[start].text.isupper() and doc[start + 1].text in ("—", "–", "-"):
        start += 2  # a dateline: "LONDON — ..."
    while start < end and (doc[start].is_punct or (doc[start].dep_ in ("mark", "cc", "nsubj")
                                                   or doc[start].pos_ == "SCONJ")
                           and doc[start].text.lower() in ("that", "and", "but", "whether",
                                                           "which")):
        if doc[start].is_quote or doc[start].text in "“‘«\"'":
            break
        start += 1
    while end > start and doc[end - 1].dep_ == "cc" or end > start and doc[end - 1].is_punct \
            and not (
            doc[end - 1].is_quote or doc[end - 1].text in "”’»\"'"):
        end -= 1
    return (start, end) if end - start >= 2 else None


_TIME_SPANS = frozenset("minutes hours days weeks months years moments".split())


@rule("claims.writers-frame", "claims", "'said the talks had failed, days after the army "
      "attacked', '..., even as gunfire rang out', '..., before boarding a plane': a frame the "
      "writer sets after a comma is not what was said")
def _writers_frame(tok: Token) -> bool:
    kids = list(tok.children)
    if tok.dep_ == "advcl":
        marks = {c.text.lower() for c in kids if c.dep_ == "mark"}
        lead = {c.text.lower() for c in kids if c.i < tok.i and c.dep_ in ("npadvmod", "advmod")}
        return bool(marks & {"after", "before", "since"} and lead & _TIME_SPANS
                    or marks & {"as", "while", "though"} and "even" in lead)
    return tok.dep_ == "prep" and tok.text.lower() in ("before", "after") and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" for c in kids)


def cut_nested(doc: Doc, verb: Token, start: int, end: int) -> int:
    """End the content before a clause that reports another statement after a comma
    ('..., where it said', '..., adding that') or a trailing ', which ...' aside."""
    toks = tokens(doc)
    for i in range(start + 1, end):
        tok = toks[i]
        if tok.i == verb.i or tok.left_edge.i <= start:
            continue
        edge = tok.left_edge.i
        after_comma = edge > 0 and toks[edge - 1].text in (",", ";", "–", "—")
        if not after_comma:
            continue
        if tok.text.lower() in COMMENTARY_PARTICIPLES and tok.dep_ == "advcl" \
                or _writers_frame(tok):
            return edge - 1
        if tok.text.lower() == "without" and tok.dep_ == "prep" and any(
                c.dep_ == "pcomp" and c.text.lower() in UNSUPPORTED_PARTICIPLES
                for c in tok.children):
            return edge - 1  # ", without providing evidence": the writer's note
        if lexicon.speech_verb(tok.text) and tok.pos_ == "VERB" and (
                tok.tag_ == "VBG" or toks[edge].tag_ in ("WRB", "WDT", "WP")
                or toks[edge].text.lower() in ("as", "while", "whereas", "though", "although")
                and any(c.dep_ == "nsubj" for c in tok.children)):
            return edge - 1  # ", adding that ...", ", where it said ...", ", as X said ..."
        if tok.dep_ == "relcl" and toks[edge].text.lower() in ("which", "who") \
                and tok.right_edge.i + 1 >= end - 1:
            return edge - 1
        if tok.dep_ in ("appos", "npadvmod") and tok.text.lower() in WRITERS_ASIDE_NOUNS \
                and tok.right_edge.i + 1 >= end - 1 and any(
                c.dep_ in ("relcl", "acl") for c in tok.children):
            return edge - 1  # ", a figure that could not be independently verified"
    return end


def _own_clause(tok: Token) -> bool:
    """A coordinated clause with its own subject and no 'that': the writer's, not the
    speaker's ('X is "right in front of us," but that path did not come soon enough')."""
    kids = list(tok.children)
    contrast = any(c.dep_ == "cc" and c.text.lower() in ("but", "yet")
                   for c in tok.head.children if c.i < tok.i)
    return contrast and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids) and not any(
        c.dep_ == "mark" and c.text.lower() == "that" for c in kids)


def and_clause(tok: Token) -> bool:
    kids = list(tok.children)
    return not lexicon.speech_verb(tok.text) and any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                                      for c in kids)


def span_without(doc: Doc, root: Token, start: int, end: int) -> int:
    for child in root.children:
        if child.dep_ == "conj" and child.i > root.i and child.pos_ in ("VERB", "AUX") \
                and _own_clause(child):
            cut = child.left_edge.i
            for c in root.children:
                if c.dep_ == "cc" and root.i < c.i < child.i:
                    cut = min(cut, c.i)
            return min(end, cut)
    return end


@rule("claims.another-speaker-joined", "claims", "'said the water was unsafe and residents "
      "accused the council ...': a joined clause whose own subject speaks is a statement of its "
      "own, not more of the first")
def _another_speaker(clause: Token) -> bool:
    return clause.dep_ == "conj" and clause.pos_ == "VERB" \
        and lexicon.speech_verb(clause.text) is not None \
        and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in clause.children)


_CONCESSIVE = frozenset(("although", "though"))


@rule("claims.speaker-acts-after", "claims", "'claimed that the plan was fair, although he again "
      "refused to ...': a concessive clause telling what the speaker did is the writer's")
def _speaker_acts(clause: Token, speaker: Token | None) -> bool:
    if clause.dep_ != "advcl" or clause.tag_ != "VBD" or not any(
            c.dep_ == "mark" and c.text.lower() in _CONCESSIVE for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or speaker is None:
        return False
    low = subject.text.lower()
    if speaker.pos_ == "PRON":
        return low == speaker.text.lower()
    person = speaker.ent_type_ == "PERSON"
    plural = speaker.tag_ in ("NNS", "NNPS")
    return low in ("he", "she") and person or low == "they" and plural \
        or low == speaker.text.lower()


def writers_clause(doc: Doc, verb: Token, root: Token, end: int) -> int:
    """End a statement before a clause joined to it that is not the speaker's: another
    speaker's statement, or what the speaker went on to do."""
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    for clause in doc[root.i + 1 : end]:
        if clause.dep_ not in ("conj", "advcl") or clause.left_edge.i >= end \
                or clause.left_edge.i <= root.i:
            continue  # the dependency is checked first: a token's left edge costs a walk
        if _another_speaker(clause) or clause.head == root and _speaker_acts(clause, speaker):
            head = clause.head
            cut = clause.left_edge.i
            for c in head.children:
                if c.dep_ == "cc" and head.i < c.i < clause.i:
                    cut = min(cut, c.i)
            while cut > root.i and doc[cut - 1].is_punct:
                cut -= 1
            return min(end, cut)
    return end


def before_according(doc: Doc, start: int, end: int) -> int:
    """Content ends before ', according to X' (the relay is an attribution of its own)."""
    toks = tokens(doc)
    for i in range(start + 1, end - 1):
        if toks[i].text.lower() == "according" and toks[i + 1].text.lower() == "to":
            return i
    return end
