"""Names around a title: a person's role, names the model missed after a title, other names.

"Ministry spokesman Ivan Orlik": the title words are the role; "spokesman Ali Haidar" where the
model tagged no entity is still a person; ", known as Abu Karim" is the same person's other name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
from briefreader.extraction.nlp import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def person_role(ent: Span) -> str | None:
    """Title words written before the name ("Kremlin spokesman") or in apposition to it."""
    doc, sent_start = ent.doc, ent.sent.start
    i = ent.start - 1
    words: list[Token] = []
    while i >= sent_start and len(words) < 8:
        tok = doc[i]
        low = tok.text.lower()
        if tok.ent_type_ == "PERSON" and low not in lexicon.TITLES \
                or tok.is_punct and low not in (".", "-"):
            break
        if low in lexicon.TITLES or low in ("of", "for", "to", "-") or tok.text[:1].isupper() \
                or low in lexicon.DEMONYMS or (words and tok.dep_ in ("compound", "amod")):
            words.insert(0, tok)
            i -= 1
            continue
        break
    while words and words[0].text.lower() in ("of", "for", "to", "the"):
        words.pop(0)
    if words and any(w.text.lower() in lexicon.TITLES for w in words):
        return doc[words[0].i : words[-1].i + 1].text
    root = ent.root
    for cand in (root.head if root.dep_ == "appos" else None,
                 *(c for c in root.children if c.dep_ == "appos")):
        if cand is None or cand.i in range(ent.start, ent.end):
            continue
        toks = [t for t in cand.subtree if not (ent.start <= t.i < ent.end)]
        text = doc[toks[0].i : toks[-1].i + 1].text if toks else ""
        text = re.split(r"\s*[,;–—(]\s*", text)[0].strip()
        if text and len(text.split()) <= 12 and any(w.lower() in lexicon.TITLES
                                                    for w in text.split()):
            # "His spokesman, X, said": the pronoun points elsewhere, the role is "spokesman"
            return re.sub(r"^(?:the|a|an|his|her|its|their|our|my|your)\s+", "", text,
                          flags=re.I)
    return None


def known_as(doc: Doc, i: int) -> str | None:
    """The other name given right after a name: ', known as Abu Karim', '(also known as ISIL)'."""
    words = [t.text.lower() for t in doc[i : i + 4]]
    j = i
    while j < len(doc) and words and doc[j].text.lower() in (",", "(", "also", "better", "widely"):
        j += 1
    if doc[j : j + 2].text.lower() != "known as":
        return None
    k = j + 2
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and k - j < 7:
        k += 1
    return doc[j + 2 : k].text if k > j + 2 else None


def in_title_phrase(doc: Doc, tokens: list[Token]) -> bool:
    """'Defense' in 'Deputy Defense Minister', 'State' in 'Secretary of State'."""
    first, last = tokens[0].i, tokens[-1].i
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if len(tokens) == 1 and nxt is not None and nxt.text[:1].isupper() \
            and nxt.text.lower() in lexicon.TITLES:
        return True
    return first >= 2 and doc[first - 1].text.lower() in ("of", "for") \
        and doc[first - 2].text.lower() in ("secretary", "minister", "ministry", "department")


def titled_names(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """Capitalised names the model missed after a title word or in apposition to one."""
    out = []
    toks = tokens(doc)   # a list: indexing a Doc makes a new Token each time
    # a capitalised proper noun: the stuff of a name
    proper = [t.pos_ == "PROPN" and t.text[:1].isupper() for t in toks]
    i, n = 0, len(toks)
    while i < n:
        start = i
        while i < n and (proper[i] and toks[i].text.lower() not in lexicon.TITLES
                         or i > start and toks[i].text in lexicon.NAME_PARTICLES and i + 1 < n
                         and proper[i + 1]) \
                and i not in covered:
            i += 1
        if i == start:
            i += 1
            continue
        run = doc[start:i]
        if i - start > 4 or run.text.isupper():
            continue
        prev = toks[start - 1] if start > 0 else None
        root = run.root
        nxt = toks[i] if i < n else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.text.lower() in lexicon.TITLES:
            continue  # "Deputy Defense Minister": part of a title, not a name
        titled = prev is not None and prev.text.lower() in lexicon.TITLES
        appos = root.dep_ == "appos" and root.head.text.lower() in lexicon.TITLES
        if (titled or appos) and not lexicon.country_of(run.text) \
                and run.text.lower() not in lexicon.REGIONS \
                and run.root.ent_type_ not in ("LOC", "GPE", "FAC", "DATE", "TIME"):
            out.append((start, i))
    return out
