"""Attributions in a parsed sentence: a speech verb, who speaks, and what is said.

Rules over spaCy's dependency parse: the speaker is the verb's subject (inherited from the governing
verb for "..., adding that", "as saying", "a statement urging"), the content is the verb's clausal
complement (``ccomp``), or for verbs like "urge", "call for", "describe" the rest of the verb
phrase. "according to X" attributes the clause it modifies to X.
"""

from __future__ import annotations

import re
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
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and not any(
            c.dep_ == "nsubj" for c in verb.children):
        # "X said A, adding that B": the participle hangs inside A but X adds B
        for anc in verb.ancestors:
            if anc.pos_ == "VERB" and lexicon.speech_verb(anc.text):
                return _subject(anc)
    tok = verb
    for _ in range(4):
        # with two subjects (a misparse), the one nearest the verb speaks
        for child in sorted(tok.children, key=lambda c: abs(c.i - tok.i)):
            if child.dep_ in ("nsubj",) and child.text[:1].isalnum():
                if child.text.lower() in ("who", "which", "that") and tok.dep_ == "relcl":
                    return tok.head, "nsubj"  # "residents who said ..."
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
        if tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head, "nsubj"  # a misparse: "Iraq's Prime Minister, X, called on ..."
        if tok.dep_ in ("acl", "relcl") and tok.head.text.lower() in _STATEMENT_NOUNS:
            tok = tok.head.head if tok.head.dep_ in ("dobj", "pobj") else tok.head
            if tok.pos_ == "ADP":
                tok = tok.head
            continue
        break
    return _left_neighbour(verb), "left"


def _left_neighbour(verb: Any) -> Any | None:
    """A misparsed subject: the noun standing right before the verb and its auxiliaries
    ("... 3 million civilians and the United Nations has warned that ...")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].dep_ in ("aux", "neg", "advmod"):
        i -= 1
    if i < verb.sent.start or verb.i - i > 4:
        return None
    cand = verb.doc[i]
    return cand if cand.pos_ in ("PROPN", "NOUN") else None


def _trim(doc: Any, start: int, end: int) -> tuple[int, int] | None:
    if end - start > 3 and doc[start].text.isupper() and doc[start + 1].text in ("—", "–", "-"):
        start += 2  # a dateline: "LONDON — ..."
    while start < end and (doc[start].is_punct or doc[start].dep_ in ("mark", "cc", "nsubj")
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
        if lexicon.speech_verb(tok.text) and tok.pos_ == "VERB" and (
                tok.tag_ == "VBG" or doc[edge].tag_ in ("WRB", "WDT", "WP")):
            return edge - 1  # ", adding that ...", ", where it said ..."
        if tok.dep_ == "relcl" and doc[edge].text.lower() in ("which", "who") \
                and tok.right_edge.i + 1 >= end - 1:
            return edge - 1
    return end


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
    return not lexicon.speech_verb(tok.text) and any(c.dep_ in ("nsubj", "expl") for c in kids)


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
                        "highlighting marking deepening heightening renewing stoking".split())
# "call a halt", "called a meeting": acts, not statements
_CALL_ACTS = frozenset("halt meeting meetings election elections vote strike session summit "
                       "referendum truce ceasefire cease-fire".split())

_ANONYMITY = re.compile(r"\bnot to be (?:named|identified)\b|\banonymity\b", re.I)
_AUDIENCES = frozenset("reporters journalists lawmakers parliament audience crowd supporters "
                       "residents people press media".split())
_REFLEXIVE = frozenset("itself himself herself themselves ourselves myself".split())
_CIRCUMSTANCE = frozenset("as while after before when since amid".split())

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
            if tok.dep_ in ("ccomp", "acl", "advcl") and tok.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "mark" and c.text.lower() == "that" and c.i == tok.left_edge.i
                    for c in tok.children):
                return tok
    return None


def _trailing_speaker(verb: Any) -> tuple[Any, tuple[int, int] | None] | None:
    """'<statement>, the U.S. ambassador, Nikki Haley, said at a news conference.' misparsed
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


def _inverted_content(verb: Any) -> tuple[int, int] | None:
    """'<statement>, it added.' parsed without a ccomp: the words before ', <subject> <verb>'."""
    doc, sent = verb.doc, verb.sent
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    aside = {t.i for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
        m.dep_ == "mark" and m.text.lower() in _CIRCUMSTANCE for m in c.children)
        for t in c.subtree}  # "..., as mediators struggled to revive talks"
    if not subj or any(not (t.is_punct or t.i in aside or t.dep_ in (
            "advmod", "npadvmod", "dobj", "dative", "prep", "pobj", "det", "compound", "amod",
            "nummod", "tmod")) for t in doc[verb.i + 1 : sent.end]):
        return None
    comma = subj[-1].left_edge.i - 1
    if comma <= sent.start + 2 or doc[comma].text != ",":
        return None
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.tag_ == "VBN" and t.dep_ == "acl"
               for t in doc[sent.start : comma]):
        return None  # "In a wide-ranging interview, he said:" sets a scene, says nothing
    return _trim(doc, sent.start, comma)


def _content(verb: Any) -> tuple[int, int] | None:
    doc = verb.doc
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if comps:
        right = [c for c in comps if c.i > verb.i]
        if right:
            start, end = right[0].left_edge.i, right[-1].right_edge.i + 1
            first = doc[start]
            if start == verb.i + 1 and first.dep_ == "prep" and first.right_edge.i + 3 < end \
                    and any(t.ent_type_ in ("DATE", "TIME") for t in first.subtree):
                start = first.right_edge.i + 1  # "said on Tuesday it had": the saying's date
            end = _span_without(doc, right[-1], start, end)
            for c in verb.children:  # "says A and the fear is that B": B is reported too
                between = doc[end : c.left_edge.i].text.strip(" ,")
                conditional = between == "but" and c.left_edge.text.lower() in (
                    "only", "if", "unless")  # "..., but only if Russia calls a halt ..."
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
    head = verb.head
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
        return None  # "asked the minister", "warned Assad": only the person addressed
    first = parts[0]
    if base == "claim" and first.text.lower() in ("lives", "life") or base == "call" \
            and (first.dep_ == "dobj" and first.text.lower() in _CALL_ACTS
                 or any(c.text.lower() == "into" for c in verb.children)
                 or all(p.dep_ == "dobj" for p in parts)) \
            or first.dep_ == "dobj" and first.text.lower() in _REFLEXIVE:
        return None  # "has claimed the lives of", "calls a halt to": idioms, not statements
    start = first.left_edge.i
    if first.dep_ == "prep" and first.text.lower() != "as":
        start += 1
    end = verb.right_edge.i + 1
    for c in verb.children:
        if c.i > first.i and (c.dep_ in ("conj", "cc") or c.dep_ == "advcl"
                              and lexicon.speech_verb(c.text)):
            end = min(end, c.left_edge.i)
    if any(c.text.lower() in ("what", "which") for c in verb.children):
        return None  # "what it calls X", "which diplomats call X": a name, not a statement
    if _ANONYMITY.search(doc[start:end].text):
        return None  # "asking not to be named": a condition of the interview, not a statement
    end = _cut_nested(doc, verb, start, end)
    return _trim(doc, start, _before_according(doc, start, end))


def _before_according(doc: Any, start: int, end: int) -> int:
    """Content ends before ', according to X' (the relay is an attribution of its own)."""
    for i in range(start + 1, end - 1):
        if doc[i].text.lower() == "according" and doc[i + 1].text.lower() == "to":
            return i
    return end


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
        kids = [c.dep_ for c in tok.children]
        if tok.dep_ in ("amod", "compound", "nmod") or tok.tag_ == "VBN" and tok.dep_ == "acl":
            continue  # "so-called", "the toll reported late Sunday"
        if tok.tag_ == "VBN" and not {"aux", "auxpass"} & set(kids) and tok.dep_ != "conj":
            continue  # a participle: "Kashmir, claimed by both India and Pakistan, ..."
        if ("auxpass" in kids or "nsubjpass" in kids) and "agent" not in kids:
            continue  # "is believed", "was estimated": no one is named as saying it
        trailing = _trailing_speaker(tok)
        if trailing is not None and trailing[1] is not None:
            out.append(Attribution(tok, tok.text, trailing[0], "trailing", trailing[1]))
            continue
        subject, via = _subject(tok)
        if subject is not None and subject.text.lower() in ("i", "we", "you"):
            continue  # the writer or a questioner speaking in the first person
        out.append(Attribution(tok, tok.text, subject, via, _content(tok)))
    return _unnest(out)


def _unnest(atts: list[Attribution]) -> list[Attribution]:
    """A speech verb inside another's content is part of that content, except a verb
    coordinated with the reporting verb by a misparse ('said X and urged Y'), which ends the
    first content and shares its speaker."""
    kept: list[Attribution] = []
    for att in atts:
        outer = next((o for o in atts if o is not att and o.content and o.cue != "according to"
                      and o.content[0] <= att.verb.i < o.content[1]), None)
        if outer is None or att.cue == "according to":
            kept.append(att)
            continue
        own_subject = any(c.dep_ == "nsubj" for c in att.verb.children)
        if att.verb.dep_ == "conj" and not own_subject and att.content:
            cut = att.verb.i
            for c in att.verb.head.children:
                if c.dep_ == "cc" and c.i < att.verb.i:
                    cut = min(cut, c.i)
            outer.content = (outer.content[0], min(outer.content[1], cut))
            att.subject, att.subject_via = outer.subject, outer.subject_via
            kept.append(att)
    return kept


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
