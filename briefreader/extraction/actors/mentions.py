"""Name mentions in parsed blocks: spaCy's entities, cleaned and corrected by named rules.

Each mention carries what the actor rules need: its cleaned name, a label (person, organization,
country), whether the sentence uses it as an agent (subject, "by X", possessor, speaker) or only as
a place ("in Tarvel", "Ostra province"), a role written beside a person's name, and the names of
the rules that made it (``rules``). Each entity (as repaired by repair.py) goes through the rules
in the order of ``_entity_name``: cleaning, filters (what is not an actor) and relabelling
(entity_rules.py), then the mention's details (state_details.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction.actors.entity_rules import (
    apposed_group,
    clean,
    dateline_person,
    described_outlet,
    description_tail,
    disease_or_storm,
    entity_kind,
    lower_case,
    norp_group,
    not_a_body,
    owner_of_region,
    particle_inside,
    particle_surname,
    platform,
    state_body_wins,
    titled_person,
    trim_fragment,
)
from briefreader.extraction.actors.furniture import menu_words, page_furniture
from briefreader.extraction.actors.mention_records import EntityName, NameMention
from briefreader.extraction.actors.person_names import (
    person_role,
    titled_names,
)
from briefreader.extraction.actors.repair import (
    repaired_entities,
)
from briefreader.extraction.actors.sentence_roles import agentive, state_body
from briefreader.extraction.actors.state_details import mention_details
from briefreader.extraction.lexicon.media import MENU_WORDS
from briefreader.extraction.rules import applies, note, noted, register, rule, tracing

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

register("actors.entity", "actors", "a person, organisation, place or group named by the "
         "model's entities (as repaired by actors/repair.py) is a mention")


def _shaped(doc: Doc, ent: Span) -> EntityName | None:
    """The entity's name cleaned by the name rules; None when nothing of a name is left."""
    tokens = list(ent)
    if (cut := clean(tokens, ent.label_)) is not None:
        tokens = cut
    if len(tokens) > 1 and (cut := trim_fragment(tokens, ent.label_)) is not None:
        tokens = cut
    if tokens and tokens[0].text.lower() in MENU_WORDS and (cut := menu_words(tokens)) is not None:
        tokens = cut
    if (owner := owner_of_region(doc, tokens)) is not None:
        tokens = owner
    name = EntityName(doc, ent, tokens, ent.label_)
    description_tail(name)
    if not name.tokens or lower_case(name.tokens):
        return None
    return name


def _entity_name(doc: Doc, ent: Span) -> EntityName | None:
    """An entity through the filter and relabelling rules; None when it names no actor."""
    if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    name = _shaped(doc, ent)
    if name is None or disease_or_storm(name):
        return None
    if name.label == "NORP":
        if not norp_group(name):
            return None
        name.label = "ORG"
    if dateline_person(name) or page_furniture(name):
        return None
    kind = entity_kind(name)
    if kind is None:
        return None
    name.kind = kind
    if not_a_body(name) or state_body_wins(name) or platform(name):
        return None
    if titled_person(name) or particle_inside(name) or particle_surname(name):
        name.kind = "person"
    if apposed_group(name) or name.kind == "person" and described_outlet(name):
        name.kind = "organization"
    return name


def block_mentions(doc: Doc, offset: int, in_title: bool) -> list[NameMention]:
    """Name mentions of one parsed block, offsets in document text."""
    out: list[NameMention] = []
    covered: set[int] = set()
    for ent, repairs in repaired_entities(doc) if applies("actors.entity") else ():
        with tracing() as names:
            note("actors.entity")
            noted(repairs)
            name = _entity_name(doc, ent)
            if name is None:
                continue
            mention = mention_details(name, offset, in_title, covered)
        mention.rules = names
        out.append(mention)
        covered.update(range(ent.start, ent.end))
    out.extend(_titled_names(doc, offset, in_title, covered))
    out.extend(_state_bodies(doc, offset, in_title, covered))
    return out


@rule("actors.titled-name", "actors", "a capitalised name the model missed after a title word "
      "('spokesman Ali Haidar') or in apposition to one is a person", off=[])
def _titled_names(doc: Doc, offset: int, in_title: bool,
                  covered: set[int]) -> list[NameMention]:
    out = []
    for start, end in titled_names(doc, covered):
        span = doc[start:end]
        out.append(NameMention(offset + span.start_char, offset + span.end_char, span.text,
                               "person", agentive=agentive(span.root), in_title=in_title,
                               role=person_role(span), rules=["actors.titled-name"]))
        covered.update(range(start, end))
    return out


@rule("actors.state-body", "actors", "a demonym, country or capital before a state body ('the "
      "Chilean army', 'Chad's army') names that state's body", off=[])
def _state_bodies(doc: Doc, offset: int, in_title: bool,
                  covered: set[int]) -> list[NameMention]:
    out = []
    for tok in doc:
        if tok.i in covered:
            continue
        body = state_body(doc, tok.i)
        if body and not covered.intersection(range(tok.i, body[2])):
            end_tok = doc[body[2] - 1]
            out.append(NameMention(
                start=offset + tok.idx, end=offset + end_tok.idx + len(end_tok.text),
                text=doc[tok.i : body[2]].text, label="organization",
                agentive=agentive(end_tok), in_title=in_title, state_key=(body[0], body[1]),
                rules=["actors.state-body"]))
            covered.update(range(tok.i, body[2]))
    return out
