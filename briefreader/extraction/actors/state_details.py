"""A mention's details once its entity is known to name an actor: where it stands in the
sentence (agent or place), a person's role, another name ("known as"), and the state a body
belongs to ("[Chinese] [Foreign Ministry]", "Russia's Defense Ministry")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
from briefreader.extraction.actors.mention_records import EntityName, NameMention
from briefreader.extraction.actors.person_names import known_as, person_role
from briefreader.extraction.actors.sentence_roles import (
    agentive,
    locative,
    place_of_name,
    settlement_marked,
    state_body,
)
from briefreader.extraction.actors.state_names import state_key_of
from briefreader.extraction.lexicon.bodies import ARMED_NOUNS
from briefreader.extraction.lexicon.places import PLACE_NOUNS, PLACE_VERBS
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Doc


@rule("actors.capital-passive-place", "actors", "\"Ankara said\" is the state; \"Kabul was "
      "shelled\": the capital as a passive subject is a city")
def _capital_passive(name: EntityName) -> bool:
    return name.kind == "capital" and name.ent.root.dep_ == "nsubjpass"


@rule("actors.place-noun-after", "actors", "a name before a place noun ('Ostra and Velin "
      "provinces') is a place")
def _before_place_noun(name: EntityName) -> bool:
    nxt = name.doc[name.ent.end] if name.ent.end < len(name.doc) else None
    return nxt is not None and nxt.text.lower() in PLACE_NOUNS


@rule("actors.locative", "actors", "a name used only as a place ('in Tarvel', 'the capital, "
      "Ostra') does not act")
def _locative(name: EntityName) -> bool:
    doc, tokens, root = name.doc, name.tokens, name.ent.root
    return locative(root, name.ent[-1]) or (
        tokens[0].i >= 2 and doc[tokens[0].i - 1].text == ","  # "the capital, Ostra"
        and doc[tokens[0].i - 2].text.lower() in PLACE_NOUNS
        and not (root.dep_ == "appos" and root.head.text.lower() in lexicon.TITLES))


@rule("actors.settlement-marked", "actors", "\"the village of Namo\", \"Namo and Tesi "
      "communities\", \"residents of Namo\": a settlement noun marks the name as a place")
def _settlement(name: EntityName) -> bool:
    return name.kind in ("person", "organization") \
        and settlement_marked(name.ent.root, name.tokens[-1])


@rule("actors.place-verb-object", "actors", "\"rebels overran Namo\", \"Namo was shelled\": "
      "what is retaken, overrun, besieged or shelled is a place")
def _place_verb_object(name: EntityName) -> bool:
    root = name.ent.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "overran Namo and Tesi"
        root = root.head
    return name.kind in ("person", "organization") and len(name.tokens) <= 2 \
        and root.dep_ in ("dobj", "nsubjpass") and root.head.text.lower() in PLACE_VERBS


@rule("actors.person-role", "actors", "title words before a person's name or in apposition "
      "('Kremlin spokesman') are the person's role")
def _role(name: EntityName) -> str | None:
    return person_role(name.ent) if name.kind == "person" else None


@rule("actors.armed-noun", "actors", "a body named as a group ('the Ansar Dine group', 'the X "
      "militia') is armed")
def _armed(name: EntityName) -> bool:
    nxt = name.doc[name.ent.end] if name.ent.end < len(name.doc) else None
    return name.described_armed or nxt is not None and nxt.text in ARMED_NOUNS \
        and name.tokens[-1].head == nxt


@rule("actors.known-as", "actors", "\"Ahmed Salim Farouk, known as Abu Karim\": the other name "
      "is the same actor's")
def _known_as(name: EntityName) -> str | None:
    return known_as(name.doc, name.ent.end) if name.kind in ("person", "organization") else None


@rule("actors.place-in-name", "actors", "\"the U.N. Integrated Office in Haiti, known as BINUH\": "
      "the place is in the body's name")
def _place_in_name(name: EntityName, mention: NameMention, offset: int,
                   covered: set[int]) -> bool:
    doc, ent = name.doc, name.ent
    place_end = place_of_name(doc, ent.end) if name.kind == "organization" else None
    if place_end is None or not known_as(doc, place_end):
        return False
    last = doc[place_end - 1]
    mention.end = offset + last.idx + len(last.text)
    mention.text = doc[name.tokens[0].i : place_end].text
    mention.known_as = known_as(doc, place_end)
    covered.update(range(ent.end, place_end))
    return True


@rule("actors.state-body-key", "actors", "a body named as a state's ('Chilean army') is that "
      "state's body, whatever the name it goes by")
def _state_key(name: EntityName, mention: NameMention) -> bool:
    body = state_body(name.doc, name.tokens[0].i)
    if body and body[2] == name.tokens[-1].i + 1:
        mention.state_key = (body[0], body[1])
        return True
    return False


@rule("actors.demonym-in-body", "actors", "\"[Chinese] [Foreign Ministry] spokeswoman\": the "
      "demonym before a body is in the body's name")
def _demonym_in_body(name: EntityName, mention: NameMention, offset: int,
                     covered: set[int]) -> bool:
    doc = name.doc
    before = name.tokens[0].i - 1
    body = state_body(doc, before) if before >= 0 and before not in covered else None
    if not body or body[2] != name.tokens[-1].i + 1:
        return False
    mention.state_key = (body[0], body[1])
    mention.start = offset + doc[before].idx
    mention.text = doc[before : name.tokens[-1].i + 1].text
    return True


@rule("actors.country-possessive-body", "actors", "\"Russia's Defense Ministry\": the state "
      "belongs to the body's name")
def _country_possessive(name: EntityName, mention: NameMention, offset: int) -> bool:
    doc: Doc = name.doc
    tokens = name.tokens
    first = tokens[0].i
    if first < 2 or doc[first - 1].text not in ("'s", "’s") \
            or tokens[-1].text.lower() not in lexicon.ORG_HEADS \
            or any(lexicon.country_of(t.text) for t in tokens):
        return False
    country = lexicon.country_of(doc[first - 2].text)
    if not country:
        return False
    mention.start = offset + doc[first - 2].idx
    mention.text = doc[first - 2 : tokens[-1].i + 1].text
    return True


def mention_details(name: EntityName, offset: int, in_title: bool,
                    covered: set[int]) -> NameMention:
    tokens, root = name.tokens, name.ent.root
    mention = NameMention(
        start=offset + tokens[0].idx,
        end=offset + tokens[-1].idx + len(tokens[-1].text),
        text=name.text, label=name.kind, agentive=agentive(root), in_title=in_title)
    if _capital_passive(name):
        mention.agentive = False
    if _before_place_noun(name):
        mention.agentive, mention.locative = False, True
    else:
        mention.locative = not mention.agentive and bool(_locative(name))
    mention.role = _role(name)
    mention.armed = bool(_armed(name))
    if name.kind in ("person", "organization"):
        mention.placed = bool(_settlement(name) or _place_verb_object(name))
    mention.known_as = _known_as(name)
    _place_in_name(name, mention, offset, covered)
    if name.kind == "organization":
        _state_key(name, mention)
        _demonym_in_body(name, mention, offset, covered)
        _country_possessive(name, mention, offset)
        if mention.state_key is None:   # "Government of Peru", "Peru's government"
            mention.state_key = state_key_of(mention.text)
    return mention
