"""The small model's entity spans, repaired where news copy trips it up.

- an entity running into a parenthesis ("the Allied Forces (AF") stops before it, so the
  acronym in parentheses can be linked to the name;
- a title abbreviation tagged as a name ("Brig." before "Ana Ruiz") is not a name;
- parts of one name tagged as two entities side by side ("Anil" PERSON, "Perera" ORG;
  "Sheikh Ali" PERSON, "Abu Omar" PERSON),
  or only the surname tagged after a title ("spokesman Anil [Perera]"), are one person;
- a capitalised subject of a speech verb that the model left untagged ("Perera denied ...") or
  tagged as a work of art or product is a name;
- a name before "group", "militia" or "movement" is an organisation's, and runs over the capitalised
  words the model left out before it ("the Jund Ansar Dine group");
- a surname after a particle ("Anders da [Costa]") runs over the particle and the first name; a
  name opening with its particle takes the first name tagged apart before it ("Magnus [van Loon]"),
  a name ending in one the surname after it ("[Ursula von der] [Leyen]");
- a capitalised apposition to a description noun ("the charity Save the Children") is a name.
"""

from __future__ import annotations

from typing import Any

from briefreader.extraction import lexicon
from briefreader.extraction.lexicon.time import WEEKDAYS
from briefreader.extraction.quoted_names import quoted_name

ARMED_NOUNS = frozenset("group militia movement faction".split())
# nouns that describe a body named right after them: "the charity Save the Children"
_DESCRIPTION_NOUNS = frozenset("charity group agency organisation organization watchdog monitor "
                               "ngo movement militia company firm".split())
# particles inside a person's name ("Jan van Loon"); "al-" also starts movements' names
PERSON_PARTICLES = lexicon.NAME_PARTICLES - {"al", "el", "la", "le"}
_NAME_GLUE = frozenset("the of for and de du des sans".split())

_NAME_LABELS = ("PERSON", "ORG")
_ARMED_PEOPLE = frozenset("rebels militants fighters insurgents militiamen gunmen militia "
                          "group movement".split())
_PERSON_HEADS = frozenset("resident woman man mother father survivor witness farmer teacher "
                          "nurse doctor student villager refugee migrant worker shopkeeper "
                          "driver fisherman trader".split())
_ODD_LABELS = ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE", "FAC")
_NOT_SPEAKER_NAMES = WEEKDAYS | frozenset("god police army military government".split())


def _is_title_abbreviation(ent: Any) -> bool:
    if len(ent) != 1:
        return False
    tok = ent[0]
    nxt = ent.doc[tok.i + 1] if tok.i + 1 < len(ent.doc) else None
    return tok.text.lower() in lexicon.TITLES and nxt is not None and nxt.text == "." \
        or tok.text.lower().rstrip(".") + "." in lexicon.TITLES and tok.text.endswith(".")


def _name_word(tok: Any) -> bool:
    """A capitalised word that may be part of a person's name: not a title, not a country, and
    not inside a longer entity (a one-word entity is fine: "Magnus" tagged as a place)."""
    return tok.pos_ == "PROPN" and tok.text.istitle() and tok.ent_iob_ != "I" \
        and tok.text.lower() not in lexicon.TITLES and not lexicon.country_of(tok.text)


def after_title(doc: Any, i: int) -> bool:
    """A title word ends right before token ``i``: "spokesman", "Gen.", "Brig ."."""
    prev = doc[i - 1]
    if prev.text == "." and i >= 2:
        prev = doc[i - 2]
    return prev.text.lower() in lexicon.TITLES


def _speaker_name(doc: Any, tok: Any, tagged: set[int]) -> tuple[int, int] | None:
    """'Perera' in 'Perera denied ...': an untagged proper noun heading a speech verb's subject."""
    if tok.i in tagged:
        return None
    if quoted_name(tok) and tok.text.lower() not in _NOT_SPEAKER_NAMES \
            and not lexicon.country_of(tok.text) and tok.text.lower() not in lexicon.TITLES:
        return tok.i, tok.i + 1
    if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or not tok.text[:1].isupper() \
            or tok.text.isupper() or not lexicon.speech_verb(tok.head.text):
        return None
    low = tok.text.lower()
    if low in lexicon.TITLES or low in lexicon.ORG_HEADS or low in _NOT_SPEAKER_NAMES \
            or lexicon.country_of(low) or lexicon.CAPITALS.get(low) or lexicon.known_body(low):
        return None
    start = tok.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].i not in tagged \
            and doc[start - 1].text.lower() not in lexicon.TITLES:
        start -= 1
    return start, tok.i + 1


def _speaking_apposition(tok: Any) -> bool:
    """``tok`` stands in apposition to a person noun that is the subject of a speech verb."""
    head = tok.head
    return tok.dep_ == "appos" and head.dep_ == "nsubj" \
        and lexicon.speech_verb(head.head.text) is not None \
        and (head.text.lower() in ("one", "another") or head.text.lower() in lexicon.TITLES
             or head.text.lower().rstrip("s") in _PERSON_HEADS)


def _apposed_speaker(tok: Any, tagged: set[int]) -> tuple[int, int] | None:
    """'One, Um Khalid, said', 'A resident, Ali Nur, told ...': a capitalised name in apposition
    to a person noun that speaks, which the model left untagged."""
    if tok.pos_ != "PROPN" or not tok.text.istitle() or tok.i in tagged \
            or not _speaking_apposition(tok):
        return None
    start, doc = tok.i, tok.doc
    while start > 0 and doc[start - 1].i not in tagged and (
            doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].text.istitle()
            or doc[start - 1].text in lexicon.NAME_PARTICLES and start >= 2
            and doc[start - 2].text.istitle()):  # "Jan de Groot"
        start -= 1
    if lexicon.country_of(tok.doc[start:tok.i + 1].text) or lexicon.known_body(tok.text):
        return None
    return start, tok.i + 1


def _described_name(tok: Any, tagged: set[int]) -> tuple[int, int] | None:
    """'Save the Children' in 'the charity Save the Children said': a capitalised apposition
    to a description noun of a body, which the model left untagged."""
    if tok.dep_ != "appos" or tok.head.text.lower() not in _DESCRIPTION_NOUNS \
            or tok.head.i > tok.i or not tok.text[:1].isupper():
        return None
    toks = list(tok.subtree)
    first, last = toks[0], toks[-1]
    if any(t.i in tagged for t in toks) or not (first.text[:1].isupper()
                                               and last.text[:1].isupper()) \
            or any(not t.text[:1].isupper() and t.text.lower() not in _NAME_GLUE for t in toks):
        return None
    return first.i, last.i + 1


def repaired_entities(doc: Any) -> list[Any]:
    """The doc's entities with the repairs above; spans keep spaCy's Span interface."""
    ents = list(doc.ents)
    out: list[Any] = []
    i = 0
    while i < len(ents):
        ent, i = ents[i], i + 1
        label, start, end = ent.label_, ent.start, ent.end
        if label in _ODD_LABELS and ent.root.dep_ == "nsubj" \
                and lexicon.speech_verb(ent.root.head.text) \
                and all(t.pos_ == "PROPN" and t.text.istitle() for t in ent):
            label = "PERSON"  # "Ilse Marwick ... told reporters" tagged as a work of art
        if label in _ODD_LABELS and ent.root.dep_ == "appos" \
                and ent.root.head.text.lower() in _DESCRIPTION_NOUNS:
            label = "ORG"  # "the charity Feed the Valley" tagged as a work of art
        if label in ("GPE", "LOC", "NORP") and ent.root.dep_ == "nsubj" \
                and lexicon.speech_verb(ent.root.head.text) \
                and all(t.pos_ == "PROPN" and t.text.istitle() for t in ent) \
                and not lexicon.country_of(ent.text) \
                and not lexicon.CAPITALS.get(ent.text.lower()) \
                and ent.text.lower() not in lexicon.REGIONS \
                and any(c.dep_ == "appos" for c in ent.root.children):
            label = "PERSON"  # '"...," said Karim, a 28-year-old from X' tagged as a place
        if label in ("GPE", "LOC", "NORP") and _speaking_apposition(ent.root) \
                and all(t.pos_ == "PROPN" and t.text.istitle() for t in ent) \
                and not lexicon.country_of(ent.text) \
                and not lexicon.CAPITALS.get(ent.text.lower()):
            label = "PERSON"  # "One, Um Khalid, said" tagged as a place
        if label in ("GPE", "LOC", "NORP", "PRODUCT", "FAC") and len(ent) == 1 \
                and any(c.isdigit() for c in ent.text) and ent.text[:1].isupper() \
                and ent.end < len(doc) and doc[ent.end].text.lower() in _ARMED_PEOPLE:
            label = "ORG"  # "M23 rebels": a movement's code name, not a place
        if label in _NAME_LABELS and _is_title_abbreviation(ent):
            continue
        left = start
        while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].text.istitle() \
                and not doc[left - 1].ent_type_ \
                and doc[left - 1].text.lower() not in lexicon.TITLES:
            left -= 1
        if label in _NAME_LABELS and left == start and start >= 2 and len(ent) == 1 \
                and doc[start - 1].text in PERSON_PARTICLES \
                and doc[start - 2].text.istitle() and not doc[start - 2].ent_type_ \
                and doc[start - 2].dep_ == "compound" \
                and doc[start - 2].text.lower() not in lexicon.TITLES:
            start, label = start - 2, "PERSON"  # "Anders da [Costa]": the whole name
        if label in _NAME_LABELS and doc[start].text in PERSON_PARTICLES and start > 0 \
                and _name_word(doc[start - 1]) and doc[start - 1].head.i in range(start, end):
            # "Magnus [van Loon]" with the first name tagged as a place or left out
            start, label = start - 1, "PERSON"
            while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].dep_ == "compound":
                start -= 1
            while out and out[-1].end > start:
                out.pop()
        if label == "PERSON" and doc[end - 1].text in PERSON_PARTICLES and end < len(doc) \
                and _name_word(doc[end]):
            # "[Ursula von der] [Leyen]": the surname tagged apart
            while end < len(doc) and _name_word(doc[end]):
                end += 1
            while i < len(ents) and ents[i].start < end:
                i += 1
        if label in _NAME_LABELS and 0 < left < start and after_title(doc, left):
            start, label = left, "PERSON"  # "spokesman Anil [Perera]": the first name too
        elif label == "PERSON" and left < start and all(
                t.dep_ == "compound" and start <= t.head.i < end for t in doc[left:start]):
            start = left  # "chief secretary, Pradeep [Jena]": the first name the model left out
        if label in _NAME_LABELS and end < len(doc) and doc[end].text in ARMED_NOUNS \
                and ent[-1].head == doc[end]:
            start, label = left, "ORG"  # "the Ansar Dine group": the whole name, not a person
        paren = next((t.i for t in ent if t.text == "(" and t.i > start), None)
        if paren is not None:
            end = paren
        if label == "PERSON" and i < len(ents) and ents[i].start == end \
                and (ents[i].label_ == "PERSON" or ents[i].label_ == "ORG" and len(ents[i]) == 1)\
                and all(t.pos_ == "PROPN" and t.text.istitle() for t in ents[i]) \
                and doc[end].text.lower() not in lexicon.ORG_HEADS:
            end = ents[i].end
            i += 1
        if (start, end, label) == (ent.start, ent.end, ent.label_):
            out.append(ent)
        else:
            out.append(doc.char_span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]),
                                     label=label))
    tagged = {t.i for ent in out for t in ent}
    for tok in doc:
        found = _speaker_name(doc, tok, tagged) or _apposed_speaker(tok, tagged)
        if found:     # a person whose name ends at this token
            end_char, label = tok.idx + len(tok), "PERSON"
        else:
            found = _described_name(tok, tagged)
            if not found:
                continue
            end_tok = doc[found[1] - 1]
            end_char, label = end_tok.idx + len(end_tok), "ORG"
        out.append(doc.char_span(doc[found[0]].idx, end_char, label=label))
        tagged.update(range(*found))
    out.sort(key=lambda e: e.start)
    return out
