"""Attributions in a parsed sentence: a speech verb, who speaks, and what is said.

Rules over spaCy's dependency parse: the speaker is the verb's subject (inherited from the governing
verb for "..., adding that", "as saying", "a statement urging"); what is said is found by
reported_content.py. "according to X" attributes the clause it modifies to X.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
from briefreader.extraction.claims.according import according_content
from briefreader.extraction.claims.asides import as_put_it
from briefreader.extraction.claims.content import content_of
from briefreader.extraction.claims.misparses import (
    closing_speaker,
    quoted_speaker,
    trailing_speaker,
)
from briefreader.extraction.claims.nested import unnest
from briefreader.extraction.claims.withheld import said_of_a_thing, withheld
from briefreader.extraction.lexicon.speech import STATEMENT_NOUNS, TALLY_NOUNS
from briefreader.extraction.nlp import span_tokens
from briefreader.extraction.quoted_names import quoted_name
from briefreader.extraction.rules import applies, note, register, rule, tracing

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_INHERIT_DEPS = ("xcomp", "advcl", "conj", "pcomp", "dep", "ccomp")


@dataclass
class Attribution:
    verb: Token                # the cue token (speech verb or "according")
    cue: str
    subject: Token | None      # head token of the speaker phrase
    subject_via: str           # "nsubj", "agent", "quoted", "according"
    content: tuple[int, int] | None  # token range [start, end) in the doc, or None
    rules: list[str] = field(default_factory=list)  # the named rules that found it


Subject = tuple["Token | None", str]


@rule("claims.participle-speaker", "claims", "'X said A, adding that B': the participle hangs "
      "inside A, but X adds B")
def _participle_subject(verb: Token) -> Subject | None:
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and not any(
            c.dep_ == "nsubj" for c in verb.children):
        for anc in verb.ancestors:
            if anc.pos_ == "VERB" and lexicon.speech_verb(anc.text):
                return _subject(anc)
    return None


@rule("claims.heard-saying", "claims", "'footage of the mayor saying ...', 'a clip of Lund "
      "asking ...': the one just named before a participle with no subject of its own speaks")
def _heard_saying(verb: Token) -> Subject | None:
    if verb.tag_ != "VBG" or verb.i == verb.sent.start or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    named = verb.doc[verb.i - 1]
    if named.dep_ in ("pobj", "dobj") and (named.pos_ == "PROPN" or named.ent_type_ == "PERSON"):
        return named, "heard"
    return None


@rule("claims.noun-read-as-verb", "claims", "'Aid workers in X said': a plural noun opening the "
      "sentence misread as a verb is the subject")
def _noun_read_as_verb(child: Token) -> bool:
    return child.dep_ == "csubj" and child.i == child.sent.start and child.pos_ == "VERB" \
        and child.text[:1].isupper() and any(
            c.dep_ == "dobj" and c.i == child.i + 1 and c.tag_ == "NNS" for c in child.children)


def _child_subject(tok: Token) -> Subject | None:
    """The verb's own subject; with two (a misparse), the one nearest the verb speaks."""
    for child in sorted(tok.children, key=lambda c: abs(c.i - tok.i)):
        if child.dep_ in ("nsubj",) and child.text[:1].isalnum():
            if child.text.lower() in ("who", "which", "that") and tok.dep_ == "relcl":
                return tok.head, "nsubj"  # "residents who said ..."
            return child, "nsubj"
        if _noun_read_as_verb(child):
            return child, "nsubj"
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0], "agent"
    return None


@rule("claims.quoted-as-saying", "claims", "'X was quoted as saying': the one quoted speaks")
def _quoted_as(tok: Token) -> Subject | None:
    if tok.dep_ == "pcomp" and tok.head.text.lower() == "as" \
            and lexicon.speech_verb(tok.head.head.text) == "quote":
        objs = [c for c in tok.head.head.children if c.dep_ in ("dobj", "nsubjpass")]
        if objs:
            return objs[0], "quoted"
    return None


@rule("claims.statement-noun-speaker", "claims", "'a statement urging ...', 'issued a report "
      "saying': the one who issued the statement speaks")
def _statement_holder(tok: Token) -> Token | None:
    if tok.dep_ in ("acl", "relcl") and tok.head.text.lower() in STATEMENT_NOUNS:
        tok = tok.head.head if tok.head.dep_ in ("dobj", "pobj") else tok.head
        return tok.head if tok.pos_ == "ADP" else tok
    return None


def _subject(verb: Token) -> Subject:
    """The speaker's head token for ``verb``, climbing to a governing verb when it has none."""
    inherited = _heard_saying(verb) or _participle_subject(verb)
    if inherited is not None:
        return inherited
    tok = verb
    for _ in range(4):
        found = _child_subject(tok) or _quoted_as(tok)
        if found:
            return found
        if tok.dep_ in _INHERIT_DEPS or tok.dep_ == "prep":
            tok = tok.head  # "said ... and urged", "as saying": the governing verb's subject
            continue
        if tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head, "nsubj"  # a misparse: "Iraq's Prime Minister, X, called on ..."
        holder = _statement_holder(tok)
        if holder is None:
            break
        tok = holder
    return _left_neighbour(verb), "left"


@rule("claims.said-first", "claims", "'Said Olsen: \"...\"': a sentence opening with a speech "
      "verb, then a name and a colon: the name speaks")
def _said_first(verb: Token) -> Token | None:
    doc = verb.doc
    if not verb.text[:1].isupper() or verb.tag_ not in ("VBD", "VBN") or verb.i + 2 >= len(doc) \
            or verb.i > 0 and not (doc[verb.i - 1].is_punct or doc[verb.i - 1].is_space):
        return None
    colon = next((t for t in doc[verb.i + 2 : verb.i + 8] if t.text == ":"), None)
    if colon is None or any(t.pos_ in ("VERB", "AUX") or t.is_punct
                            for t in doc[verb.i + 1 : colon.i]):
        return None
    return doc[verb.i + 1 : colon.i].root


@rule("claims.left-neighbour", "claims", "a misparsed subject: the noun right before the verb "
      "and its auxiliaries ('... and the United Nations has warned that ...')")
def _left_neighbour(verb: Token) -> Token | None:
    """A misparsed subject: the noun standing right before the verb and its auxiliaries
    ("... 2 million people and the United Nations has warned that ...")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    if verb.i > 0 and quoted_name(verb.doc[verb.i - 1]):
        return verb.doc[verb.i - 1]  # '"...," Bathily said.' with the name misread as an adverb
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].dep_ in ("aux", "neg", "advmod"):
        i -= 1
    if i < verb.sent.start or verb.i - i > 4:
        return None
    cand = verb.doc[i]
    if cand.dep_ == "pobj" and cand.head.text.lower() in ("in", "at", "near", "from"):
        return None  # "... in Kabul said": a place, not the one speaking
    return cand if cand.pos_ in ("PROPN", "NOUN") else None





def _figure_put_at(verb: Token) -> tuple[int, int] | None:
    """'put the death toll at 22', 'put the number of dead at 47': a figure stated, from the
    tally noun to the amount."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"
                and c.text.lower() in TALLY_NOUNS), None)
    if obj is None:
        return None
    at = next((c for c in (*verb.children, *obj.children) if c.dep_ == "prep"
               and c.text.lower() == "at" and c.i > obj.i), None)
    if at is None or not any(t.like_num or t.pos_ == "NUM" for t in at.subtree):
        return None
    return obj.left_edge.i, at.right_edge.i + 1


@rule("claims.according-to", "claims", "\"according to X\" attributes the clause it modifies "
      "to X")
def _according_to(tok: Token, in_quote: Callable[[Token], bool]) -> Attribution | None:
    if in_quote(tok):
        return None
    to = tok.doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"] or \
        [c for c in tok.children if c.dep_ == "pobj"]
    if not objs:
        return None
    return Attribution(tok, "according to", objs[0], "according",
                       according_content(tok, objs[0]))


@rule("claims.put-figure-at", "claims", "\"the governor put the death toll at 22\": a source "
      "that puts a figure at an amount states it")
def _put_at(tok: Token) -> Attribution | None:
    figure = _figure_put_at(tok)
    if figure is None:
        return None
    subject, via = _subject(tok)
    if subject is None or subject.text.lower() in ("i", "we", "you"):
        return None
    return Attribution(tok, tok.text, subject, via, figure)


@rule("claims.not-said", "claims", "a speech verb as a modifier ('so-called'), a bare participle "
      "('claimed by both') or a passive with no one named ('is believed') says nothing")
def _not_said(tok: Token) -> bool:
    kids = [c.dep_ for c in tok.children]
    if tok.dep_ in ("amod", "compound", "nmod") or tok.tag_ == "VBN" and tok.dep_ == "acl":
        return True  # "so-called", "the toll reported late Sunday"
    if tok.tag_ == "VBN" and not {"aux", "auxpass", "nsubj"} & set(kids) and tok.dep_ != "conj":
        return True  # a participle: "the island, claimed by both Chile and Peru, ..."
    # "is believed", "was estimated": no one is named as saying it
    return ("auxpass" in kids or "nsubjpass" in kids) and "agent" not in kids


@rule("claims.trailing-speaker", "claims", "'\"...,\" said X' and '..., X said.': the speaker "
      "after the verb, the quotation or clause before it")
def _trailing(tok: Token) -> Attribution | None:
    trailing = trailing_speaker(tok) or closing_speaker(tok) or quoted_speaker(tok)
    if trailing is not None and trailing[1] is not None:
        return Attribution(tok, tok.text, trailing[0], "trailing", trailing[1])
    return None


@rule("claims.no-speaker", "claims", "the writer or a questioner in the first person ('we said'), "
      "or no one ('No group has claimed responsibility'), makes no statement")
def _no_speaker(subject: Token | None) -> bool:
    if subject is None:
        return False
    if subject.text.lower() in ("i", "we", "you"):
        return True
    return subject.text.lower() in ("nobody", "none") or any(
        c.dep_ == "det" and c.text.lower() == "no" for c in subject.children) \
        or subject.i > 0 and subject.doc[subject.i - 1].text.lower() == "no"


register("claims.speech-verb", "claims", "a speech verb's subject (or the verb governing it) says "
         "its object clause (claims/content.py)")


def _speech_verb(tok: Token, in_quote: Callable[[Token], bool]) -> Attribution | None:
    base = lexicon.speech_verb(tok.text.lower())
    if not base or tok.pos_ not in ("VERB", "AUX") or in_quote(tok):
        return None
    first = _said_first(tok)
    if first is not None:  # parsed as a modifier of the name after it: not "so-called"
        return Attribution(tok, tok.text, first, "inverted", None)
    if _not_said(tok) or said_of_a_thing(tok):
        return None
    found = _trailing(tok)
    if found is not None:
        return found
    subject, via = _subject(tok)
    if _no_speaker(subject) or not applies("claims.speech-verb"):
        return None
    content = content_of(tok)
    if withheld(tok, content):
        return None
    note("claims.speech-verb")
    return Attribution(tok, tok.text, subject, via, content)


_PUT_WORDS = frozenset(("put", "puts", "putting", "placed", "places", "placing"))


def _token_attribution(tok: Token, in_quote: Callable[[Token], bool]) -> Attribution | None:
    low = tok.text.lower()
    if low == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "to":
        return _according_to(tok, in_quote)
    if low in _PUT_WORDS and tok.pos_ == "VERB" and not in_quote(tok):
        said_as = as_put_it(tok)  # "as the mayor put it, '...'"
        return Attribution(tok, tok.text, said_as, "nsubj", None) if said_as else _put_at(tok)
    return _speech_verb(tok, in_quote)


def sentence_attributions(sent: Span, in_quote: Callable[[Token], bool]) -> list[Attribution]:
    """Speech verbs and "according to" phrases of one sentence; ``in_quote(token)`` tells
    whether a token stands inside quotation marks (its verbs are part of the quote)."""
    out: list[Attribution] = []
    for tok in span_tokens(sent):
        low = tok.text.lower()
        if low != "according" and low not in _PUT_WORDS and not lexicon.speech_verb(low):
            continue  # no cue: the rules below are not asked (and nothing is traced) per token
        with tracing() as names:
            found = _token_attribution(tok, in_quote)
        if found is not None:
            found.rules = names
            out.append(found)
    return unnest(out)
