"""What a reported statement says: the content span of a speech verb in spaCy's parse.

The content is the verb's clausal complement (``ccomp``) or, for verbs like "urge", "call for",
"describe", the rest of the verb phrase; everything before ", <subject> said" when the
attribution closes the sentence; the clause an "according to X" phrase modifies. Rules here also
keep out what is the writer's, not the speaker's (", raising fears ...", ", but that path did not
come soon enough"), and repair common misparses of news sentences.
"""

from __future__ import annotations

import re
from typing import Any

from briefreader.extraction import lexicon
from briefreader.extraction.claims.channels import CHANNELS, channel_cut

_COMPLEMENT_DEPS = ("dobj", "xcomp", "prep", "attr", "oprd", "dative", "acomp", "npadvmod")
_TIME_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today "
                        "yesterday tonight earlier later".split())


def _trim(doc: Any, start: int, end: int) -> tuple[int, int] | None:
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


def _cut_nested(doc: Any, verb: Any, start: int, end: int) -> int:
    """End the content before a clause that reports another statement after a comma
    ('..., where it said', '..., adding that') or a trailing ', which ...' aside."""
    for i in range(start + 1, end):
        tok = doc[i]
        if tok.i == verb.i or tok.left_edge.i <= start:
            continue
        edge = tok.left_edge.i
        after_comma = edge > 0 and doc[edge - 1].text in (",", ";", "–", "—")
        if not after_comma:
            continue
        if tok.text.lower() in _COMMENTARY and tok.dep_ == "advcl":
            return edge - 1
        if tok.text.lower() == "without" and tok.dep_ == "prep" and any(
                c.dep_ == "pcomp" and c.text.lower() in _UNSUPPORTED for c in tok.children):
            return edge - 1  # ", without providing evidence": the writer's note
        if lexicon.speech_verb(tok.text) and tok.pos_ == "VERB" and (
                tok.tag_ == "VBG" or doc[edge].tag_ in ("WRB", "WDT", "WP")
                or doc[edge].text.lower() in ("as", "while", "whereas")
                and any(c.dep_ == "nsubj" for c in tok.children)):
            return edge - 1  # ", adding that ...", ", where it said ...", ", as X said ..."
        if tok.dep_ == "relcl" and doc[edge].text.lower() in ("which", "who") \
                and tok.right_edge.i + 1 >= end - 1:
            return edge - 1
        if tok.dep_ in ("appos", "npadvmod") and tok.text.lower() in _WRITERS_ASIDE \
                and tok.right_edge.i + 1 >= end - 1 and any(
                c.dep_ in ("relcl", "acl") for c in tok.children):
            return edge - 1  # ", a figure that could not be independently verified"
    return end


# a writer's note set after a statement: ", a figure that could not be verified"
_WRITERS_ASIDE = frozenset("figure figures claim claims number toll account accusation "
                           "allegation assertion charge decision move step".split())


def _own_clause(tok: Any) -> bool:
    """A coordinated clause with its own subject and no 'that': the writer's, not the
    speaker's ('X is "right in front of us," but that path did not come soon enough')."""
    kids = list(tok.children)
    contrast = any(c.dep_ == "cc" and c.text.lower() in ("but", "yet")
                   for c in tok.head.children if c.i < tok.i)
    return contrast and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids) and not any(
        c.dep_ == "mark" and c.text.lower() == "that" for c in kids)


def _and_clause(tok: Any) -> bool:
    kids = list(tok.children)
    return not lexicon.speech_verb(tok.text) and any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                                      for c in kids)


def _span_without(doc: Any, root: Any, start: int, end: int) -> int:
    for child in root.children:
        if child.dep_ == "conj" and child.i > root.i and child.pos_ in ("VERB", "AUX") \
                and _own_clause(child):
            cut = child.left_edge.i
            for c in root.children:
                if c.dep_ == "cc" and root.i < c.i < child.i:
                    cut = min(cut, c.i)
            return min(end, cut)
    return end


# participles a writer adds after a comma: commentary, not the speaker's words
_COMMENTARY = frozenset("raising echoing prompting sparking fuelling fueling underscoring "
                        "highlighting marking deepening heightening renewing stoking "
                        "citing".split())
_UNSUPPORTED = frozenset("providing giving offering presenting citing elaborating "
                         "specifying".split())
# "call a halt", "called a meeting": acts, not statements
_CALL_ACTS = frozenset("halt meeting meetings election elections vote strike session summit "
                       "referendum truce ceasefire cease-fire".split())

_ANONYMITY = re.compile(r"\bnot to be (?:named|identified)\b|\banonymity\b", re.I)
_AUDIENCES = frozenset("reporters journalists lawmakers parliament audience crowd supporters "
                       "residents people press media".split())
_REFLEXIVE = frozenset("itself himself herself themselves ourselves myself".split())
_CIRCUMSTANCE = frozenset("as while after before when since amid".split())

# speech verbs that take no person as their object: an object before the clause is its subject
_NO_AUDIENCE = frozenset("say add state claim report announce note insist confirm estimate "
                         "explain argue write stress acknowledge admit reveal".split())

def _addressee(tok: Any) -> bool:
    """A noun that can be the one spoken to: a person, a body, an audience ('told reporters')."""
    low = tok.text.lower()
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
        or low in _AUDIENCES or low in lexicon.TITLES or low.rstrip("s") in lexicon.TITLES \
        or low in lexicon.ORG_HEADS or low.rstrip("s") in _PEOPLE


_PEOPLE = frozenset("resident civilian parent family citizen people man woman child member "
                    "worker farmer villager voter leader government country nation party side "
                    "ally neighbour neighbor partner donor".split())

_VERB_PREPS = {"call": ("on", "for"), "speak": ("of",), "agree": ("to", "on"),
               "appeal": ("for", "to"), "warn": ("of", "against", "about"),
               "complain": ("about", "of"), "ask": ("for",), "describe": ("as",),
               "condemn": ("as",), "urge": ("to",), "report": ("on",)}


def _deep_that_clause(verb: Any) -> Any | None:
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


def trailing_speaker(verb: Any) -> tuple[Any, tuple[int, int] | None] | None:
    """'<statement>, the Dutch ambassador, Maria Lund, said at a news conference.' misparsed
    with 'said' coordinated to the statement's verb: the phrase between the commas speaks."""
    doc, sent = verb.doc, verb.sent
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.i - 1 <= sent.start or doc[verb.i - 1].text != ",":
        return None
    if any(t.dep_ not in ("prep", "pobj", "det", "compound", "amod", "advmod", "npadvmod",
                          "punct", "nummod") for t in doc[verb.i + 1 : sent.end]):
        return None
    commas = [i for i in range(sent.start, verb.i - 1) if doc[i].text == ","]
    for first in commas:
        phrase = doc[first + 1 : verb.i - 1]
        if not phrase or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl")
                             for t in phrase):
            continue
        heads = [t for t in phrase if not (first < t.head.i < verb.i - 1) or t.head == t]
        if heads and heads[0].pos_ in ("NOUN", "PROPN"):
            return heads[0], _trim(doc, sent.start, first)
    return None


def closing_speaker(verb: Any) -> tuple[Any, tuple[int, int] | None] | None:
    """'<statement>, the National Disaster Agency (NDA) said on Thursday.' misparsed with the
    verb's subject inside the statement: the noun phrase after the last comma speaks, and all
    before the comma is what it said."""
    doc, sent = verb.doc, verb.sent
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ not in ("conj", "ccomp", "advcl") or not subj and verb.dep_ != "conj":
        return None  # with no subject at all: "<statement>, governor X said" (X an apposition)
    commas = [i for i in range(sent.start + 3, verb.i) if doc[i].text == ","]
    if not commas or any(c.i > commas[-1] for c in subj):
        return None  # the parse found the speaker after the comma: not a misparse
    phrase = doc[commas[-1] + 1 : verb.i]
    if not 1 <= len(phrase) <= 10 or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    if any(t.dep_ not in ("prep", "pobj", "det", "compound", "amod", "advmod", "npadvmod",
                          "punct", "nummod") for t in doc[verb.i + 1 : sent.end]):
        return None
    depth, heads = 0, []
    for t in phrase:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.text not in "()" and (t.head.i < phrase.start or t.head.i >= phrase.end
                                                  or t.head == t):
            heads.append(t)
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.tag_ == "VBN"
               for t in doc[sent.start : commas[-1]]):
        return None
    return heads[0], _trim(doc, sent.start, commas[-1])


def quoted_speaker(verb: Any) -> tuple[Any, tuple[int, int] | None] | None:
    """'"...," the commission's chairperson, X, said.' misparsed with the speaker as an object
    inside the quotation's clause and no subject for the verb: the noun phrase between the
    closing quotation mark and the verb speaks, and the quotation is what it said."""
    doc, sent = verb.doc, verb.sent
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if any(t.dep_ not in ("prep", "pobj", "det", "compound", "amod", "advmod", "npadvmod",
                          "punct", "nummod", "dobj", "dative") for t in doc[verb.i + 1 : sent.end]):
        return None  # "... told a news conference."
    closes = [t.i for t in doc[sent.start + 2 : verb.i]
              if t.is_quote and t.text in ('"', "”", "’’", "''") and doc[t.i - 1].is_punct]
    if not closes:
        return None
    phrase = [t for t in doc[closes[-1] + 1 : verb.i] if not t.is_punct]
    if not 1 <= len(phrase) <= 10 or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    inside = {t.i for t in phrase}
    heads = [t for t in phrase if t.head.i not in inside or t.head == t]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None
    return heads[0], _trim(doc, sent.start, closes[-1] + 1)


def _inverted_content(verb: Any) -> tuple[int, int] | None:
    """'<statement>, it added.' parsed without a ccomp: the words before ', <subject> <verb>'."""
    doc, sent = verb.doc, verb.sent
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if verb.dep_ == "relcl" or any(c.tag_ in ("WP", "WDT") for c in subj):
        return None  # '"...," said X, who spoke by phone': the relative clause says nothing
    aside = {t.i for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and (any(
        m.dep_ == "mark" and m.text.lower() in _CIRCUMSTANCE for m in c.children)
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
    return _trim(doc, sent.start, comma)


def content_of(verb: Any) -> tuple[int, int] | None:
    doc = verb.doc
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if comps:
        right = [c for c in comps if c.i > verb.i]
        if right:
            start, end = right[0].left_edge.i, right[-1].right_edge.i + 1
            subject = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < start]
            if subject and (lexicon.speech_verb(verb.text) in _NO_AUDIENCE
                            or not _addressee(subject[0])) and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl") for c in right[0].children):
                # "said the attacker, wearing a vest, walked into ...": the clause's subject
                # misread as the verb's object
                start = subject[0].left_edge.i
            first = doc[start]
            at = verb.i + 1
            while start == at and first.dep_ == "prep" and first.right_edge.i + 3 < end and (
                    any(t.ent_type_ in ("DATE", "TIME") for t in first.subtree)
                    or first.text.lower() in ("in", "on", "via") and any(
                        c.dep_ == "pobj" and c.text.lower() in CHANNELS
                        for c in first.children)):
                # "said on Tuesday it had", "said in a statement it had": the date and the
                # channel of the saying, read as the statement's
                start = at = first.right_edge.i + 1
                first = doc[start]
            end = _span_without(doc, right[-1], start, end)
            for c in verb.children:  # "says A and the fear is that B": B is reported too
                between = doc[end : c.left_edge.i].text.strip(" ,")
                conditional = between == "but" and c.left_edge.text.lower() in (
                    "only", "if", "unless")  # "..., but only if the army pulls back ..."
                if c.dep_ == "conj" and c.i > end and _and_clause(c) and (
                        between in ("and", "") or conditional):
                    end = c.right_edge.i + 1
        else:
            inverted = _inverted_content(verb)
            if inverted:  # "<statement>, local activists say.": all before the comma
                return _trim(doc, inverted[0], _before_according(doc, *inverted))
            comp = comps[-1]
            left = [c.left_edge.i for c in verb.children
                    if comp.i < c.i < verb.i and c.dep_ != "punct"]
            start, end = comp.left_edge.i, min(comp.right_edge.i + 1, verb.i, *left)
            commas = [i for i in range(max(start, verb.i - 6), verb.i) if doc[i].text == ","]
            if commas:  # "..., police and residents said": the parse ran the subject in
                end = min(end, commas[-1])
            end = _span_without(doc, comp, start, end)
        end = _cut_nested(doc, verb, start, end)
        return _trim(doc, start, _before_according(doc, start, end))
    subjects = sorted((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i),
                      key=lambda c: c.i)
    if len(subjects) >= 2 and subjects[0].right_edge.i < subjects[-1].left_edge.i \
            and doc[subjects[-1].left_edge.i - 1].text == "," and any(
            t.pos_ in ("VERB", "AUX") for t in subjects[0].subtree):
        # "59 migrants drowned when ..., the coast guard said": the statement's verb misread as
        # a modifier of its subject, which the parse gives the speech verb as a second subject
        return _trim(doc, subjects[0].left_edge.i, subjects[-1].left_edge.i - 1)
    head = verb.head
    # "<statement>, an official said, while ...": after the head verb, the attribution closes
    # the statement even when a clause of the writer's follows it
    closing = verb.dep_ == "parataxis" and (head.i < verb.left_edge.i and not any(
        c.dep_ == "cc" and c.i > verb.right_edge.i for c in head.children) or not any(
        t.i > verb.right_edge.i and not t.is_punct for t in head.subtree))
    noun_root = head.pos_ in ("NOUN", "PROPN") and head.dep_ == "ROOT" and any(
        t.pos_ in ("VERB", "AUX") for t in doc[head.i + 1 : verb.left_edge.i]) \
        and "," in (doc[verb.left_edge.i].text, doc[verb.left_edge.i - 1].text)
    # ("Talks stalled on Tuesday, mediators said": the statement's verb misread as a modifier)
    if closing and (head.pos_ in ("VERB", "AUX") or noun_root) \
            and head.left_edge.i < verb.left_edge.i \
            and not any(t.is_quote or t.text in "“”«»\"" for t in head.subtree):
        # "<statement>, an official said, in the latest of ...": the words after the
        # attribution are the writer's
        return _trim(doc, head.left_edge.i, verb.left_edge.i)
    if verb.dep_ == "parataxis" and head.pos_ in ("VERB", "AUX") and \
            head.left_edge.i < verb.left_edge.i and verb.right_edge.i < head.right_edge.i \
            and not any(t.is_quote or t.text in "“”«»\"" for t in head.subtree):
        # "The army, officials said, had withdrawn": the sentence around the aside is the
        # statement, the aside kept inside (neither part holds it alone)
        return _trim(doc, verb.head.left_edge.i, verb.head.right_edge.i + 1)
    deep = _deep_that_clause(verb)
    if deep is not None:
        start, end = deep.left_edge.i, deep.right_edge.i + 1
        return _trim(doc, start, _cut_nested(doc, verb, start, end))
    base = lexicon.speech_verb(verb.text)
    inverted = _inverted_content(verb)
    if base == "tell" and not inverted and any(c.dep_ == "xcomp" for c in verb.children):
        base = "urge"  # "told residents to leave": an instruction, reported like "urged"
    if inverted or base not in lexicon.OBJECT_CONTENT_VERBS:
        return inverted
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None  # "was described as X by Y": the object is the passive subject
    if base == "describe" and not any(t.text.lower() == "as" for t in verb.subtree):
        return None  # "described the night": what was told about, not a statement
    preps = _VERB_PREPS.get(base, ())
    parts = []
    for c in verb.children:
        if c.i < verb.i or c.dep_ not in _COMPLEMENT_DEPS or c.text.lower() in _TIME_WORDS:
            continue
        if c.dep_ == "prep" and (c.text.lower() not in preps or any(
                g.ent_type_ in ("DATE", "TIME") for g in c.children)):
            continue
        if c.dep_ == "npadvmod":
            continue
        parts.append(c)
    if not parts:
        return None
    if all(p.dep_ in ("dobj", "dative") for p in parts) and all(
            p.pos_ in ("PROPN", "PRON") or p.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            or p.text.lower() in _AUDIENCES or p.text.lower() in lexicon.TITLES
            or p.text.lower().rstrip("s") in lexicon.TITLES for p in parts):
        return None  # "asked the minister", "warned Okafor": only the person addressed
    first = parts[0]
    if base == "claim" and first.text.lower() in ("lives", "life") or base == "call" \
            and (first.dep_ == "dobj" and first.text.lower() in _CALL_ACTS
                 or any(c.text.lower() == "into" for c in verb.children)
                 or all(p.dep_ == "dobj" for p in parts)) \
            or first.dep_ == "dobj" and first.text.lower() in _REFLEXIVE:
        return None  # "has claimed the lives of", "puts a stop to": idioms, not statements
    start = first.left_edge.i
    if first.dep_ == "prep" and first.text.lower() != "as":
        start += 1
    end = verb.right_edge.i + 1
    for c in verb.children:
        # a noun coordinated to the verb is a misparsed second object ("called on the
        # government and the opposition to ..."); a verb starts a statement of its own
        if c.i > first.i and (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                              or c.dep_ == "advcl" and lexicon.speech_verb(c.text)):
            end = min(end, c.left_edge.i, *(k.i for k in verb.children
                                            if k.dep_ == "cc" and first.i < k.i < c.i))
    if any(c.text.lower() in ("what", "which") for c in verb.children):
        return None  # "what it calls X", "which diplomats call X": a name, not a statement
    if _ANONYMITY.search(doc[start:end].text):
        return None  # "asking not to be named": a condition of the interview, not a statement
    end = channel_cut(doc, verb, start, end)
    end = _cut_nested(doc, verb, start, end)
    return _trim(doc, start, _before_according(doc, start, end))


def _before_according(doc: Any, start: int, end: int) -> int:
    """Content ends before ', according to X' (the relay is an attribution of its own)."""
    for i in range(start + 1, end - 1):
        if doc[i].text.lower() == "according" and doc[i + 1].text.lower() == "to":
            return i
    return end


def according_content(according: Any, speaker: Any) -> tuple[int, int] | None:
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
