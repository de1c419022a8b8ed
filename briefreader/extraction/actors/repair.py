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
- a capitalised apposition to a description noun ("the charity Save the Children") is a name;
- a body's name broken at its "and" is one name (broken_names.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
from briefreader.extraction.actors.broken_names import across_and
from briefreader.extraction.actors.code_names import warplane
from briefreader.extraction.actors.untagged_names import (
    speaking_apposition,
    untagged_names,
)
from briefreader.extraction.lexicon.bodies import ARMED_NOUNS, DESCRIPTION_NOUNS
from briefreader.extraction.lexicon.media import OUTLET_NOUNS
from briefreader.extraction.lexicon.people import ARMED_PEOPLE
from briefreader.extraction.rules import rule, tracing

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# particles inside a person's name ("Jan van Loon"); "al-" also starts movements' names
PERSON_PARTICLES = lexicon.NAME_PARTICLES - {"al", "el", "la", "le"}

_NAME_LABELS = ("PERSON", "ORG")
_DESCRIBING = DESCRIPTION_NOUNS | OUTLET_NOUNS
_ODD_LABELS = ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE", "FAC")


def _is_title_abbreviation(ent: Span) -> bool:
    if len(ent) != 1:
        return False
    tok = ent[0]
    nxt = ent.doc[tok.i + 1] if tok.i + 1 < len(ent.doc) else None
    return tok.text.lower() in lexicon.TITLES and nxt is not None and nxt.text == "." \
        or tok.text.lower().rstrip(".") + "." in lexicon.TITLES and tok.text.endswith(".")


def _name_word(tok: Token) -> bool:
    """A capitalised word that may be part of a person's name: not a title, not a country, and
    not inside a longer entity (a one-word entity is fine: "Magnus" tagged as a place)."""
    return tok.pos_ == "PROPN" and tok.text.istitle() and tok.ent_iob_ != "I" \
        and tok.text.lower() not in lexicon.TITLES and not lexicon.country_of(tok.text)


def after_title(doc: Doc, i: int) -> bool:
    """A title word ends right before token ``i``: "spokesman", "Gen.", "Brig ."."""
    prev = doc[i - 1]
    if prev.text == "." and i >= 2:
        prev = doc[i - 2]
    return prev.text.lower() in lexicon.TITLES


def _proper_words(ent: Span) -> bool:
    return all(t.pos_ == "PROPN" and t.text.istitle() for t in ent)


@rule("actors.odd-label-speaker", "actors", "\"Ilse Marwick ... told reporters\" tagged as a work "
      "of art or product: a proper name that speaks is a person")
def _odd_label_speaker(ent: Span, label: str) -> str | None:
    if label in _ODD_LABELS and ent.root.dep_ == "nsubj" \
            and lexicon.speech_verb(ent.root.head.text) and _proper_words(ent):
        return "PERSON"
    return None


@rule("actors.odd-label-described", "actors", "\"the charity Feed the Valley\" tagged as a work "
      "of art: a name in apposition to a description noun is an organisation")
def _odd_label_described(ent: Span, label: str) -> str | None:
    if label in _ODD_LABELS and ent.root.dep_ == "appos" \
            and ent.root.head.text.lower() in DESCRIPTION_NOUNS:
        return "ORG"
    return None


@rule("actors.described-place-tag", "actors", "\"Kalvani, a local news website\", \"the website "
      "Kalvani\" tagged as a place: a name an outlet or body noun describes is an organisation")
def _described_place_tag(ent: Span, label: str) -> str | None:
    if label not in ("GPE", "LOC") or not _no_place_name(ent):
        return None
    root = ent.root
    described = root.dep_ == "appos" and root.head.text.lower() in _DESCRIBING or any(
        c.dep_ == "appos" and c.text.lower() in _DESCRIBING for c in root.children)
    return "ORG" if described else None


def _no_place_name(ent: Span) -> bool:
    return not lexicon.country_of(ent.text) and not lexicon.CAPITALS.get(ent.text.lower())


@rule("actors.place-tag-speaker", "actors", "'\"...,\" said Karim, a 28-year-old from X' or "
      "\"One, Um Khalid, said\" tagged as a place: a speaking name is a person")
def _place_tag_speaker(ent: Span, label: str) -> str | None:
    if label not in ("GPE", "LOC", "NORP") or not _proper_words(ent) \
            or not _no_place_name(ent):
        return None
    root = ent.root
    if root.dep_ == "nsubj" and lexicon.speech_verb(root.head.text) \
            and ent.text.lower() not in lexicon.REGIONS \
            and any(c.dep_ == "appos" for c in root.children):
        return "PERSON"
    return "PERSON" if speaking_apposition(root) else None


@rule("actors.code-name-group", "actors", "\"M23 rebels\": a code name with digits before "
      "fighters' nouns is a movement, not a place")
def _code_name(ent: Span, label: str) -> str | None:
    doc = ent.doc
    if label in ("GPE", "LOC", "NORP", "PRODUCT", "FAC") and len(ent) == 1 \
            and any(c.isdigit() for c in ent.text) and ent.text[:1].isupper() \
            and ent.end < len(doc) and doc[ent.end].text.lower() in ARMED_PEOPLE \
            and not warplane(ent.text, doc[ent.end].text.lower()):
        return "ORG"
    return None


def _relabelled(ent: Span) -> str:
    label = ent.label_
    for relabel in (_odd_label_speaker, _odd_label_described, _place_tag_speaker, _code_name):
        label = relabel(ent, label) or label
    if label in ("GPE", "LOC"):
        label = _described_place_tag(ent, label) or label
    return label


@dataclass
class _Cut:
    """An entity's span on its way to repair: token range, label, and the first token of the
    untagged capitalised words before it."""
    start: int
    end: int
    label: str
    left: int


def _left_of(doc: Doc, start: int) -> int:
    left = start
    while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].text.istitle() \
            and not doc[left - 1].ent_type_ and doc[left - 1].text.lower() not in lexicon.TITLES:
        left -= 1
    return left


@rule("actors.particle-first-name", "actors", "\"Anders da [Costa]\": a surname after a particle "
      "runs over the particle and the first name")
def _particle_first_name(doc: Doc, ent: Span, cut: _Cut) -> bool:
    start = cut.start
    if cut.label in _NAME_LABELS and cut.left == start and start >= 2 and len(ent) == 1 \
            and doc[start - 1].text in PERSON_PARTICLES \
            and doc[start - 2].text.istitle() and not doc[start - 2].ent_type_ \
            and doc[start - 2].dep_ == "compound" \
            and doc[start - 2].text.lower() not in lexicon.TITLES:
        cut.start, cut.label = start - 2, "PERSON"
        return True
    return False


@rule("actors.particle-opens-name", "actors", "\"Magnus [van Loon]\": a name opening with its "
      "particle takes the first name tagged apart or left out before it")
def _particle_opens(doc: Doc, cut: _Cut, out: list[Span]) -> bool:
    start = cut.start
    if not (cut.label in _NAME_LABELS and doc[start].text in PERSON_PARTICLES and start > 0
            and _name_word(doc[start - 1]) and doc[start - 1].head.i in range(start, cut.end)):
        return False
    start, cut.label = start - 1, "PERSON"
    while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].dep_ == "compound":
        start -= 1
    while out and out[-1].end > start:
        out.pop()
    cut.start = start
    return True


@rule("actors.particle-ends-name", "actors", "\"[Ursula von der] [Leyen]\": a name ending in a "
      "particle takes the surname tagged apart after it")
def _particle_ends(doc: Doc, cut: _Cut) -> bool:
    if cut.label == "PERSON" and doc[cut.end - 1].text in PERSON_PARTICLES \
            and cut.end < len(doc) and _name_word(doc[cut.end]):
        while cut.end < len(doc) and _name_word(doc[cut.end]):
            cut.end += 1
        return True
    return False


@rule("actors.first-name-too", "actors", "\"spokesman Anil [Perera]\", \"chief secretary, "
      "Pradeep [Jena]\": the first name the model left out belongs to the person")
def _first_name(doc: Doc, cut: _Cut) -> bool:
    start, left = cut.start, cut.left
    if cut.label in _NAME_LABELS and 0 < left < start and after_title(doc, left):
        cut.start, cut.label = left, "PERSON"
        return True
    if cut.label == "PERSON" and left < start and all(
            t.dep_ == "compound" and start <= t.head.i < cut.end for t in doc[left:start]):
        cut.start = left
        return True
    return False


@rule("actors.armed-group-name", "actors", "\"the Ansar Dine group\": a name before 'group', "
      "'militia' or 'movement' is an organisation's, over the capitalised words before it")
def _armed_group(doc: Doc, ent: Span, cut: _Cut) -> bool:
    if cut.label in _NAME_LABELS and cut.end < len(doc) and doc[cut.end].text in ARMED_NOUNS \
            and ent[-1].head == doc[cut.end]:
        cut.start, cut.label = cut.left, "ORG"
        return True
    return False


@rule("actors.stop-at-parenthesis", "actors", "\"the Allied Forces (AF\": an entity running into "
      "a parenthesis stops before it, so the acronym can be linked to the name")
def _stop_at_parenthesis(ent: Span, cut: _Cut) -> bool:
    paren = next((t.i for t in ent if t.text == "(" and t.i > cut.start), None)
    if paren is None:
        return False
    cut.end = paren
    return True


@rule("actors.name-parts-joined", "actors", "\"Anil\" PERSON and \"Perera\" ORG side by side: "
      "parts of one name tagged as two entities are one person")
def _next_part(doc: Doc, cut: _Cut, nxt: Span | None) -> bool:
    if cut.label == "PERSON" and nxt is not None and nxt.start == cut.end \
            and (nxt.label_ == "PERSON" or nxt.label_ == "ORG" and len(nxt) == 1) \
            and _proper_words(nxt) and doc[cut.end].text.lower() not in lexicon.ORG_HEADS:
        cut.end = nxt.end
        return True
    return False


@rule("actors.not-title-abbreviation", "actors", "a title abbreviation tagged as a name ('Brig.' "
      "before 'Ana Ruiz') is not a name")
def _title_abbreviation(ent: Span, label: str) -> bool:
    return label in _NAME_LABELS and _is_title_abbreviation(ent)


def _repaired(doc: Doc, ent: Span, label: str, ents: list[Span], i: int,
              out: list[Span]) -> tuple[_Cut, int]:
    """The repairs of the entity before ``ents[i]``; returns its span and the next entity."""
    cut = _Cut(ent.start, ent.end, label, _left_of(doc, ent.start))
    _particle_first_name(doc, ent, cut)
    _particle_opens(doc, cut, out)
    if _particle_ends(doc, cut):
        while i < len(ents) and ents[i].start < cut.end:
            i += 1
    _first_name(doc, cut)
    _armed_group(doc, ent, cut)
    if cut.label == "ORG" and cut.start >= 2 and doc[cut.start - 1].text in ("and", "&") \
            and (left := across_and(doc, cut.start, cut.end, cut.label, out)) is not None:
        cut.start = cut.left = left
    _stop_at_parenthesis(ent, cut)
    if _next_part(doc, cut, ents[i] if i < len(ents) else None):
        i += 1
    return cut, i


def repaired_entities(doc: Doc) -> list[tuple[Span, list[str]]]:
    """The doc's entities with the repairs above, each with the names of the repairs that
    changed it; spans keep spaCy's Span interface."""
    ents = list(doc.ents)
    out: list[Span] = []
    rules: list[list[str]] = []
    i = 0
    while i < len(ents):
        ent, i = ents[i], i + 1
        with tracing() as names:
            label = _relabelled(ent)
            if _title_abbreviation(ent, label):
                continue
            cut, i = _repaired(doc, ent, label, ents, i, out)
        del rules[len(out):]  # repairs popped spans out (a particle opening the name)
        if (cut.start, cut.end, cut.label) == (ent.start, ent.end, ent.label_):
            out.append(ent)
        else:
            out.append(doc.char_span(doc[cut.start].idx,
                                     doc[cut.end - 1].idx + len(doc[cut.end - 1]),
                                     label=cut.label))
        rules.append(names)
    untagged_names(doc, out, rules)
    order = sorted(range(len(out)), key=lambda n: out[n].start)
    return [(out[n], rules[n]) for n in order]
