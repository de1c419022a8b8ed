"""The rules an entity goes through on its way to a name mention: cleaning its words, the
filters (what names no actor: a disease, a storm, a dateline, a nationality, a platform, a law),
and the relabelling the small model needs (a titled name tagged as a body is a person)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
from briefreader.extraction.actors.person_names import in_title_phrase
from briefreader.extraction.actors.repair import PERSON_PARTICLES, after_title
from briefreader.extraction.actors.sentence_roles import state_body
from briefreader.extraction.lexicon.bodies import (
    ARMED_NOUNS,
    DESCRIPTION_TAIL_WORDS,
    NOT_BODY_WORDS,
)
from briefreader.extraction.lexicon.media import OUTLET_NOUNS, PLATFORMS, POST_NOUNS
from briefreader.extraction.lexicon.people import ROLE_NOUNS
from briefreader.extraction.lexicon.places import SETTLEMENT_NOUNS
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefreader.extraction.actors.mention_records import EntityName

_DATELINE_WORD = re.compile(r"^[A-Z]{3,}$")
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")  # "UAVs", "NGOs": things, not a body


def _drops_first(tokens: list[Token], label: str) -> bool:
    low = tokens[0].text.lower()
    if low in ("the", "a", "an") or low.endswith("-based"):
        return True
    if label == "PERSON" and (low in lexicon.TITLES or low in lexicon.DEMONYMS):
        return True
    # "Rescuer Tom Field said": a role capitalised to open a sentence
    return label == "PERSON" and len(tokens) >= 3 and low in ROLE_NOUNS and (
        tokens[0].is_sent_start or tokens[0].i > 0 and tokens[0].doc[tokens[0].i - 1].is_punct)


@rule("actors.clean-name", "actors", "a name loses its determiner, a person's title or role noun, "
      "'X-based' and a possessive ending")
def clean(tokens: list[Token], label: str) -> list[Token] | None:
    before = len(tokens)
    while tokens and (tokens[-1].text in ("'s", "’s", "'", "’") or tokens[-1].is_punct):
        tokens = tokens[:-1]
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    while len(tokens) > 1 and _drops_first(tokens, label):
        tokens = tokens[1:]
    return tokens if len(tokens) != before else None


_DASHES = ("-", "–", "—")
# words that hedge a name rather than belong to it: "Suspected Islamic State group jihadists"
_HEDGES = frozenset("suspected alleged presumed purported so-called".split())


def _fragment_end(tokens: list[Token], label: str) -> int:
    """Where the name the model ran on stops: before a lower-case verb ("... of the North
    called"), a number that opens a phrase ("Trump 47.3 percent"), a spaced dash, a comma, or a
    headline's speech verb ("Minister Okafor Warns")."""
    last = tokens[-1].text
    if label == "PERSON" and len(tokens) > 1 and last.endswith("s") and not last.endswith("ss") \
            and lexicon.speech_verb(last):
        tokens = tokens[:-1]
    for n, t in enumerate(tokens[1:], 1):
        after = tokens[n + 1] if n + 1 < len(tokens) else None
        if t.pos_ in ("VERB", "AUX") and t.text.islower() and not any(
                u.text[:1].isupper() for u in tokens[n + 1:]) or t.text == "," \
                or t.like_num and after is not None and after.text.islower() \
                or t.text in _DASHES and t.whitespace_ and tokens[n - 1].whitespace_:
            return n
    return len(tokens)


@rule("actors.trim-fragment", "actors", "a name stops before a verb, a number, a spaced dash or a "
      "comma the model ran into it ('the Council for X called'), and loses a hedge before it "
      "('Suspected')")
def trim_fragment(tokens: list[Token], label: str) -> list[Token] | None:
    start = 1 if len(tokens) > 1 and tokens[0].text.lower() in _HEDGES else 0
    end = _fragment_end(tokens, label)
    return tokens[start:end] if (start, end) != (0, len(tokens)) else None


@rule("actors.region-owner", "actors", "\"[the WHO's Europe] director\": the body is the part "
      "before 's; the region and title after it are a person's role")
def owner_of_region(doc: Doc, tokens: list[Token]) -> list[Token] | None:
    k = next((n for n, t in enumerate(tokens) if t.text in ("'s", "’s")), None)
    if k is None or k == 0 or k == len(tokens) - 1:
        return None
    tail = doc[tokens[k + 1].i : tokens[-1].i + 1].text
    nxt = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if tail.lower() in lexicon.REGIONS or lexicon.country_of(tail) or (
            nxt is not None and nxt.text.islower() and nxt.text in lexicon.TITLES):
        return tokens[:k]
    return None


def _long_enough(tokens: list[Token]) -> bool:
    """Two words or more stay a name without the description; so does a code with digits
    ("the Q9 militia")."""
    return len(tokens) > 2 or len(tokens) == 2 and any(c.isdigit() for c in tokens[0].text)


@rule("actors.description-tail", "actors", "\"the Press Trust of India news agency\", \"the Q9 "
      "militia\": lower-case description words after a body's name are left out ('group', "
      "'militia' mark it armed)")
def description_tail(name: EntityName) -> bool:
    tokens, cut = name.tokens, False
    while name.label == "ORG" and _long_enough(tokens) and tokens[-1].text.islower() \
            and tokens[-1].text in DESCRIPTION_TAIL_WORDS and tokens[-2].text[:1].isalpha():
        name.described_armed |= tokens[-1].text in ARMED_NOUNS
        tokens, cut = tokens[:-1], True
    name.tokens = tokens
    return cut


@rule("actors.numbered-unit", "actors", "\"the 6th Infantry Division\": an ordinal before "
      "capitalised words opens a unit's name")
def _numbered_unit(tokens: list[Token]) -> bool:
    return len(tokens) > 1 and tokens[0].text[:1].isdigit() \
        and tokens[0].text.lower().endswith(("st", "nd", "rd", "th")) \
        and all(t.text[:1].isupper() for t in tokens[1:])


def lower_case(tokens: list[Token]) -> bool:
    """Lower-case words are no name, but "al-Shabab", "de Villiers", "6th Division" are."""
    return not (tokens[0].text[:1].isupper() or tokens[0].text in lexicon.NAME_PARTICLES
                and any(t.text[:1].isupper() for t in tokens[1:]) or _numbered_unit(tokens))


@rule("actors.not-disease-or-storm", "actors", "\"Ebola cases\", \"Cyclone Idai\": what strikes "
      "is not who acts")
def disease_or_storm(name: EntityName) -> bool:
    doc, tokens = name.doc, name.tokens
    return name.text.lower() in lexicon.DISEASES or len(tokens) > 1 \
        and tokens[0].text.lower() in lexicon.STORM_WORDS or tokens[0].i > 0 \
        and doc[tokens[0].i - 1].text.lower() in lexicon.STORM_WORDS \
        and doc[tokens[0].i - 1].text[:1].isupper()


@rule("actors.norp-group", "actors", "a nationality or religious group tag is a body when it names "
      "an armed group ('the Houthis') or ends in an organisation word, not as an adjective "
      "('Houthi fighters')")
def norp_group(name: EntityName) -> bool:
    tokens = name.tokens
    armed = any(w in name.text.lower() for w in lexicon.ARMED_GROUP_WORDS)
    if not armed and (len(tokens) < 2 or tokens[-1].text.lower() not in lexicon.ORG_HEADS):
        return False
    after = name.after()
    return not (armed and tokens[-1].dep_ in ("amod", "compound") and len(tokens) == 1
                and after is not None and after.pos_ in ("NOUN", "PROPN"))


@rule("actors.not-dateline", "actors", "a person's name holding an all-capitals word is a "
      "dateline ('KABUL'), not a person")
def dateline_person(name: EntityName) -> bool:
    return name.label == "PERSON" and len(name.tokens) > 1 and any(
        _DATELINE_WORD.match(t.text) for t in name.tokens)


@rule("actors.demonym-not-person", "actors", "\"Africans\", \"Iranians\" tagged as people: "
      "nationalities, not people")
def _demonym_person(name: EntityName) -> bool:
    return name.label == "PERSON" and name.text.lower() in lexicon.DEMONYMS


@rule("actors.armed-group-word", "actors", "\"the Houthis\", \"the Taliban\" tagged as people "
      "are organisations")
def _armed_group_word(low: str) -> bool:
    return any(w in low for w in lexicon.ARMED_GROUP_WORDS)


def _settlement_word(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text.lower() in SETTLEMENT_NOUNS


def _place_tail(tokens: list[Token]) -> bool:
    """"Namo Region": the settlement noun heads the name. In "Alliance for Dignity of
    Communities" it is the object of a preposition inside a body's name, no place's tail."""
    before = tokens[-2]
    return _settlement_word(tokens[-1]) and not (
        before.pos_ in ("ADP", "CCONJ", "DET", "SCONJ") or before.text.islower())


@rule("actors.place-name-tail", "actors", "\"Namo Region\", \"Tesi Local Government Area\", "
      "\"Barangay Tesi\": a name ending (not '... of Communities'), or opening, with a capitalised "
      "settlement noun is a place")
def _place_name_tail(name: EntityName, low: str) -> bool:
    tokens = name.tokens
    if len(tokens) < 2 or any(w in low for w in lexicon.ARMED_GROUP_WORDS) \
            or lexicon.known_body(low):
        return False
    # "City Council", "District Court": a body of the place, not the place
    return _place_tail(tokens) or _settlement_word(tokens[0]) and not any(
        t.text.lower() in lexicon.ORG_HEADS for t in tokens)


def entity_kind(name: EntityName) -> str | None:
    """The entity's kind before the context rules; None when it is no actor."""
    low = name.text.lower()
    if lexicon.COUNTRIES.get(low):
        return "country"
    if lexicon.CAPITALS.get(low):
        return "capital"
    if name.label == "GPE" or low in lexicon.REGIONS or _place_name_tail(name, low):
        return "place"  # towns and regions are places, not agents
    if _demonym_person(name):
        return None
    if _armed_group_word(low):
        return "organization"
    return "person" if name.label == "PERSON" else "organization"


@rule("actors.not-a-body", "actors", "plural acronyms ('UAVs'), words of a title ('Defense' in "
      "'Deputy Defense Minister') and laws, days, prizes and events are not bodies")
def not_a_body(name: EntityName) -> bool:
    return name.label == "ORG" and bool(
        _PLURAL_ACRONYM.match(name.text) or in_title_phrase(name.doc, name.tokens)
        or name.tokens[-1].text.lower() in NOT_BODY_WORDS)


@rule("actors.state-body-wins", "actors", "\"the Accra government\": the state body is the actor, "
      "not the country or capital before it")
def state_body_wins(name: EntityName) -> bool:
    return name.kind in ("country", "capital") and bool(state_body(name.doc, name.tokens[0].i))


@rule("actors.platform-not-voice", "actors", "\"posted on Instagram\", \"in a Facebook post\": "
      "the channel, not a voice")
def platform(name: EntityName) -> bool:
    prev, nxt = name.before(), name.after()
    return name.text.lower() in PLATFORMS and (
        prev is not None and prev.text.lower() in ("on", "via")
        or nxt is not None and nxt.text.lower() in POST_NOUNS)


def _plain_name(tokens: list[Token]) -> bool:
    return all(t.pos_ == "PROPN" and t.text.istitle() and t.text.lower() not in lexicon.ORG_HEADS
               or 0 < n < len(tokens) - 1 and t.text in lexicon.NAME_PARTICLES
               for n, t in enumerate(tokens))


@rule("actors.titled-org-is-person", "actors", "\"spokesman Ivan Orlik\", \"the envoy, Maria "
      "Lund\" tagged as an organisation: a person")
def titled_person(name: EntityName) -> bool:
    tokens, prev, root = name.tokens, name.before(), name.ent.root
    return name.kind == "organization" and len(tokens) <= 3 and not name.text.isupper() and (
        prev is not None and prev.text.lower() in lexicon.TITLES and prev.text.islower()
        or root.dep_ == "appos" and (root.head.text.lower() in lexicon.TITLES
                                     or _plain_name(tokens) and len(tokens) >= 2))


@rule("actors.particle-name-is-person", "actors", "\"Jan van Loon said\" tagged as an "
      "organisation: a name with a particle inside is a person")
def particle_inside(name: EntityName) -> bool:
    tokens = name.tokens
    return name.kind == "organization" and len(tokens) >= 3 and _plain_name(tokens) and any(
        t.text in PERSON_PARTICLES for t in tokens[1:-1])


@rule("actors.particle-surname-is-person", "actors", "\"de Villiers said\" tagged as an "
      "organisation: a surname with its particle is a person")
def particle_surname(name: EntityName) -> bool:
    tokens = name.tokens
    return name.kind == "organization" and 2 <= len(tokens) <= 3 \
        and tokens[0].text in PERSON_PARTICLES and all(
            t.pos_ == "PROPN" and t.text.istitle() or t.text in PERSON_PARTICLES
            for t in tokens[1:]) and tokens[-1].text.lower() not in lexicon.ORG_HEADS


@rule("actors.appos-group-is-org", "actors", "\"a jihadist group, Ansar Dine,\" tagged as a "
      "person: an organisation")
def apposed_group(name: EntityName) -> bool:
    root = name.ent.root
    return name.kind == "person" and not after_title(name.doc, name.tokens[0].i) and (
        root.dep_ == "appos" and root.head.text.lower() in lexicon.ORG_HEADS or any(
            c.dep_ == "appos" and c.text.lower() in lexicon.ORG_HEADS for c in root.children))


@rule("actors.described-outlet", "actors", "\"the daily El Faro reported\", \"broadcaster Radio "
      "Lume said\" tagged as a person: a name an outlet noun describes is an organisation")
def described_outlet(name: EntityName) -> bool:
    if name.kind != "person":
        return False
    root, prev = name.ent.root, name.before()
    return (
        prev is not None and prev.text.lower() in OUTLET_NOUNS
        or root.dep_ == "appos" and root.head.text.lower() in OUTLET_NOUNS
        or any(c.dep_ in ("amod", "compound") and c.text.lower() in OUTLET_NOUNS
               for c in root.children))
