"""What a reported statement says: the content span of a speech verb in spaCy's parse.

The content is the verb's clausal complement (``ccomp``) or, for verbs like "urge", "call for",
"describe", the rest of the verb phrase; everything before ", <subject> said" when the
attribution closes the sentence; the clause an "according to X" phrase modifies. Each way of
finding it is a named rule, tried in order by ``content_of``; a rule answers ``PASS`` when it does
not apply (it may also apply and find no content: None). Where the words begin and end is
bounds.py's; speakers the parse misplaced are misparses.py's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
from briefreader.extraction.claims.asides import as_reported, aside_inside_statement
from briefreader.extraction.claims.bounds import (
    and_clause,
    before_according,
    cut_nested,
    quantity_subject,
    span_without,
    trim,
    writers_clause,
)
from briefreader.extraction.claims.object_content import object_content, to_clause
from briefreader.extraction.lexicon.media import CHANNELS
from briefreader.extraction.lexicon.people import ADDRESSEE_NOUNS
from briefreader.extraction.lexicon.speech import (
    AUDIENCES,
    CIRCUMSTANCE_WORDS,
    NO_AUDIENCE_VERBS,
)
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Content = tuple[int, int] | None


class _Pass:
    """The answer of a content rule that does not apply."""


PASS = _Pass()




def _addressee(tok: Token) -> bool:
    """A noun that can be the one spoken to: a person, a body, an audience ('told reporters')."""
    low = tok.text.lower()
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
        or low in AUDIENCES or low in lexicon.TITLES or low.rstrip("s") in lexicon.TITLES \
        or low in lexicon.ORG_HEADS or low.rstrip("s") in ADDRESSEE_NOUNS





def _deep_that_clause(verb: Token) -> Token | None:
    """'said in a statement carried by its TV channel that ...': the parser hangs the 'that'
    clause on a word of the adjunct; it is still what the verb reports."""
    if lexicon.speech_verb(verb.text) not in ("say", "tell", "add", "state", "announce", "report",
                                              "claim", "write", "note", "insist", "warn"):
        return None
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in ("prep", "dobj", "dative", "npadvmod"):
            continue
        for tok in child.subtree:
            # "told a daily briefing that Beijing opposed ...": a 'that' clause read as relative
            if tok.dep_ in ("ccomp", "acl", "advcl", "relcl") and tok.pos_ in ("VERB", "AUX") \
                    and any(
                    c.dep_ == "mark" and c.text.lower() == "that" and c.i == tok.left_edge.i
                    for c in tok.children):
                return tok
    return None


def _inverted_content(verb: Token) -> tuple[int, int] | None:
    """'<statement>, it added.' parsed without a ccomp: the words before ', <subject> <verb>'."""
    doc, sent = verb.doc, verb.sent
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if verb.dep_ == "relcl" or any(c.tag_ in ("WP", "WDT") for c in subj):
        return None  # '"...," said X, who spoke by phone': the relative clause says nothing
    aside = {t.i for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and (any(
        m.dep_ == "mark" and m.text.lower() in CIRCUMSTANCE_WORDS for m in c.children)
        or c.tag_ == "VBG" and lexicon.speech_verb(c.text))
        for t in c.subtree}  # "..., as mediators struggled", "..., warning that ..."
    if not subj or any(not (t.is_punct or t.i in aside or t.dep_ in (
            "advmod", "npadvmod", "dobj", "dative", "prep", "pobj", "det", "compound", "amod",
            "nummod", "tmod")) for t in doc[verb.i + 1 : sent.end]):
        return None
    comma = subj[-1].left_edge.i - 1
    if comma <= sent.start + 2 or doc[comma].text != ",":
        return None
    fronted = {t.i for c in verb.children if c.i < comma and c.dep_ in ("prep", "npadvmod")
               for t in c.subtree}
    if all(i in fronted or doc[i].is_punct for i in range(sent.start, comma)):
        return None  # "In X town, where ..., partners warn of ...": a scene, not a statement
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.tag_ == "VBN" and t.dep_ == "acl"
               for t in doc[sent.start : comma]):
        return None  # "In a wide-ranging interview, he said:" sets a scene, says nothing
    return trim(doc, sent.start, comma)



def _speech_object(verb: Token, start: int, right: Token) -> int:
    """'said the attacker, wearing a vest, walked into ...': the clause's subject misread as the
    verb's object starts the content."""
    subject = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < start]
    if subject and (lexicon.speech_verb(verb.text) in NO_AUDIENCE_VERBS
                    or not _addressee(subject[0])) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in right.children):
        return subject[0].left_edge.i
    return start


def _after_date_and_channel(doc: Doc, verb: Token, start: int, end: int) -> int:
    """'said on Tuesday it had', 'said in a statement it had': the date and the channel of the
    saying, read as the statement's, are left out."""
    first = doc[start]
    at = verb.i + 1
    while start == at and first.dep_ == "prep" and first.right_edge.i + 3 < end and (
            any(t.ent_type_ in ("DATE", "TIME") for t in first.subtree)
            or first.text.lower() in ("in", "on", "via") and any(
                c.dep_ == "pobj" and c.text.lower() in CHANNELS for c in first.children)):
        start = at = first.right_edge.i + 1
        first = doc[start]
    return start


def _and_reported(doc: Doc, verb: Token, end: int) -> int:
    """'says A and the fear is that B': B is reported too ('..., but only if ...' as well)."""
    for c in verb.children:
        between = doc[end : c.left_edge.i].text.strip(" ,")
        conditional = between == "but" and c.left_edge.text.lower() in (
            "only", "if", "unless")  # "..., but only if the army pulls back ..."
        if c.dep_ == "conj" and c.i > end and and_clause(c) and (
                between in ("and", "") or conditional):
            end = c.right_edge.i + 1
    return end


@rule("claims.complement-clause", "claims", "what a speech verb reports is its clausal "
      "complement after it ('said that ...'), less the date and channel of the saying")
def _complement_after(verb: Token, right: list[Token]) -> Content:
    doc = verb.doc
    start, end = right[0].left_edge.i, right[-1].right_edge.i + 1
    start = _speech_object(verb, start, right[0])
    start = _after_date_and_channel(doc, verb, start, end)
    if (subject := quantity_subject(verb, start, right[0])) is not None:
        start = subject
    end = span_without(doc, right[-1], start, end)
    end = writers_clause(doc, verb, right[-1], end)
    end = _and_reported(doc, verb, end)
    end = cut_nested(doc, verb, start, end)
    return trim(doc, start, before_according(doc, start, end))


@rule("claims.inverted-statement", "claims", "'<statement>, local activists say.': all before "
      "the comma is what they say", off=PASS)
def _inverted(verb: Token, bounded: bool) -> Content | _Pass:
    inverted = _inverted_content(verb)
    if inverted is None:
        return PASS
    if not bounded:
        return inverted
    return trim(verb.doc, inverted[0], before_according(verb.doc, *inverted))


@rule("claims.fronted-complement", "claims", "a complement clause before the verb ('..., police "
      "and residents said'): the clause, up to the comma before the speakers")
def _complement_before(verb: Token, comps: list[Token]) -> Content:
    doc = verb.doc
    comp = comps[-1]
    left = [c.left_edge.i for c in verb.children if comp.i < c.i < verb.i and c.dep_ != "punct"]
    start, end = comp.left_edge.i, min(comp.right_edge.i + 1, verb.i, *left)
    commas = [i for i in range(max(start, verb.i - 6), verb.i) if doc[i].text == ","]
    if commas:  # "..., police and residents said": the parse ran the subject in
        end = min(end, commas[-1])
    end = span_without(doc, comp, start, end)
    end = cut_nested(doc, verb, start, end)
    return trim(doc, start, before_according(doc, start, end))


def _complement_content(verb: Token, comps: list[Token]) -> Content:
    right = [c for c in comps if c.i > verb.i]
    if right:
        return _complement_after(verb, right)
    inverted = _inverted(verb, bounded=True)
    if inverted is not PASS:
        return inverted
    return _complement_before(verb, comps)


@rule("claims.second-subject", "claims", "'59 migrants drowned when ..., the coast guard said': "
      "the statement's verb misread as a modifier of its subject, the speaker as a second "
      "subject", off=PASS)
def _two_subjects(verb: Token) -> Content | _Pass:
    doc = verb.doc
    subjects = sorted((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i),
                      key=lambda c: c.i)
    if len(subjects) >= 2 and subjects[0].right_edge.i < subjects[-1].left_edge.i \
            and doc[subjects[-1].left_edge.i - 1].text == "," and any(
            t.pos_ in ("VERB", "AUX") for t in subjects[0].subtree):
        return trim(doc, subjects[0].left_edge.i, subjects[-1].left_edge.i - 1)
    return PASS


def _quoted(head: Token) -> bool:
    return any(t.is_quote or t.text in "“”«»\"" for t in head.subtree)


@rule("claims.closing-attribution", "claims", "'<statement>, an official said, while ...': "
      "after the head verb the attribution closes the statement; the words after it are the "
      "writer's", off=PASS)
def _closing(verb: Token) -> Content | _Pass:
    doc, head = verb.doc, verb.head
    closing = verb.dep_ == "parataxis" and (head.i < verb.left_edge.i and not any(
        c.dep_ == "cc" and c.i > verb.right_edge.i for c in head.children) or not any(
        t.i > verb.right_edge.i and not t.is_punct for t in head.subtree))
    # "Talks stalled on Tuesday, mediators said": the statement's verb misread as a modifier
    noun_root = head.pos_ in ("NOUN", "PROPN") and head.dep_ == "ROOT" and any(
        t.pos_ in ("VERB", "AUX") for t in doc[head.i + 1 : verb.left_edge.i]) \
        and "," in (doc[verb.left_edge.i].text, doc[verb.left_edge.i - 1].text)
    if closing and (head.pos_ in ("VERB", "AUX") or noun_root) \
            and head.left_edge.i < verb.left_edge.i and not _quoted(head):
        return trim(doc, head.left_edge.i, verb.left_edge.i)
    return PASS


@rule("claims.attribution-aside", "claims", "'The army, officials said, had withdrawn': the "
      "sentence around the aside is the statement", off=PASS)
def _aside(verb: Token) -> Content | _Pass:
    head = verb.head
    if verb.dep_ == "parataxis" and head.pos_ in ("VERB", "AUX") and \
            head.left_edge.i < verb.left_edge.i and verb.right_edge.i < head.right_edge.i \
            and not _quoted(head):
        return trim(verb.doc, head.left_edge.i, head.right_edge.i + 1)
    return PASS


@rule("claims.deep-that-clause", "claims", "'said in a statement carried by its TV channel that "
      "...': a 'that' clause hung on a word of the adjunct is still what the verb reports",
      off=PASS)
def _deep(verb: Token) -> Content | _Pass:
    deep = _deep_that_clause(verb)
    if deep is None:
        return PASS
    start, end = deep.left_edge.i, deep.right_edge.i + 1
    return trim(verb.doc, start, cut_nested(verb.doc, verb, start, end))


@rule("claims.complement-read-as-adverbial", "claims", "'said after the meeting she would not "
      "accept': a clause with its own subject and no subordinator after the verb is what it "
      "says, though parsed as an adverbial")
def _unmarked_clause(verb: Token) -> list[Token] | None:
    found = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
             and c.left_edge.i > verb.i and c.tag_ != "VBG"
             and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
             and not any(k.dep_ in ("mark", "advmod") and k.i < c.i for k in c.children)]
    return found or None


def content_of(verb: Token) -> Content:
    comps = [c for c in verb.children if c.dep_ == "ccomp"] or _unmarked_clause(verb) or []
    if comps:
        return _complement_content(verb, comps)
    inside = aside_inside_statement(verb) or as_reported(verb)
    if inside is not None:
        return inside
    for found in (_two_subjects, _closing, _aside, _deep):
        content = found(verb)
        if content is not PASS:
            return content
    base = lexicon.speech_verb(verb.text)
    inverted = _inverted(verb, bounded=False)
    if base == "tell" and inverted is PASS and any(c.dep_ == "xcomp" or to_clause(c)
                                                   for c in verb.children):
        base = "urge"  # "told residents to leave": an instruction, reported like "urged"
    if inverted is not PASS:
        return inverted
    if base not in lexicon.OBJECT_CONTENT_VERBS:
        return None
    return object_content(verb, base)
