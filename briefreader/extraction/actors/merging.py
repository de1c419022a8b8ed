"""Actors: named people, organizations, states acting as agents and armed groups.

One entry per real-world actor. Mentions (mentions.py) are grouped by rules a desk editor would
apply: a surname or a misspelt full name joins the person it belongs to; an acronym joins the name
it abbreviates ("Coastal Rights Monitor (CRM)", initials); a shorter organisation name
joins the one full name it ends ("Security Council"); "Chilean army" and "Chilean military" are one
body. Countries are actors only where the text makes them act (subject, "by X", possessor).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefreader.document import Document
from briefreader.extraction import lexicon
from briefreader.extraction.actors.acronyms import link_parentheses
from briefreader.extraction.actors.alias_sweep import sweep_aliases
from briefreader.extraction.actors.code_names import armed_code_names
from briefreader.extraction.actors.collect import MISSIONS, collect
from briefreader.extraction.actors.kinds import actor_kind
from briefreader.extraction.actors.mention_records import NameMention
from briefreader.extraction.actors.names import (
    NameGroups,
    merge_names,
    name_key,
    org_key,
)
from briefreader.extraction.actors.places import relabel_named_places, relabel_places
from briefreader.extraction.lexicon.places import FACILITIES
from briefreader.extraction.lexicon.time import MONTHS, WEEKDAYS
from briefreader.extraction.model import Actor, Mention
from briefreader.extraction.rules import noted, rule, tracing

if TYPE_CHECKING:
    from spacy.tokens import Doc

_NOT_NAMES = WEEKDAYS | MONTHS
_APPOSED_ACRONYM = re.compile(r",\s+(?:known as\s+)?([A-Z]{3,9})\b(?=\s*[,;.)]|\s+(?:said|says))")


@rule("actors.mission-acronym", "actors", "\"the U.N. force in Tarvelia, UNFT, said\": the "
      "acronym set beside a mission is its name")
def _link_mission_acronyms(text: str, mentions: list[NameMention], groups: NameGroups,
                           keys: dict[int, str]) -> None:
    by_start = {m.start: i for i, m in enumerate(mentions)}
    for i, m in enumerate(mentions):
        if not MISSIONS.fullmatch(m.text):
            continue
        a = _APPOSED_ACRONYM.match(text, m.end)
        j = by_start.get(a.start(1)) if a else None
        if j is not None and i in keys and j in keys:
            groups.union(keys[i], keys[j], "actors.mission-acronym")


@rule("actors.known-as-elsewhere", "actors", "\"Jimmy Cherizier, known as Barbecue\": the other "
      "name, wherever the text writes it, is the same actor")
def _link_known_as(mentions: list[NameMention], groups: NameGroups, keys: dict[int, str]) -> None:
    by_text: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_text[name_key(m.text)].append(i)
    for i, m in enumerate(mentions):
        if not m.known_as or i not in keys:
            continue
        for j in by_text.get(name_key(m.known_as), ()):
            if j in keys and mentions[j].label not in ("country", "capital"):
                if mentions[j].label == "place":
                    mentions[j].label = m.label  # the other name tagged as a town
                groups.union(keys[i], keys[j], "actors.mission-acronym")


def extract_actors(document: Document, parsed: list[tuple[Doc, int]]) -> tuple[Actor, ...]:
    mentions = collect(document, parsed)
    relabel_places(mentions, document.text)
    relabel_named_places(mentions, document.text)
    armed_code_names(mentions, document)
    groups = NameGroups()
    extra_aliases: dict[str, set[str]] = defaultdict(set)
    keys: dict[int, str] = {}
    for i, m in enumerate(mentions):
        if m.label in ("country", "capital"):
            country = lexicon.country_of(m.text) or lexicon.CAPITALS.get(m.text.lower(), m.text)
            keys[i] = "country:" + country
        elif m.state_key:
            keys[i] = "body:" + ":".join(m.state_key)
            groups.union(keys[i], org_key(m.text), "actors.state-body-key")
        else:
            keys[i] = org_key(m.text) if m.label == "organization" else name_key(m.text)
        groups.find(keys[i])
    link_parentheses(document.text, mentions, groups, keys, extra_aliases)
    for i in range(len(keys), len(mentions)):
        keys[i] = org_key(mentions[i].text)
    _link_mission_acronyms(document.text, mentions, groups, keys)
    _link_known_as(mentions, groups, keys)
    labels: dict[str, Counter] = defaultdict(Counter)
    for i, m in enumerate(mentions):
        labels[keys[i]][m.label] += 1
    merge_names(groups, labels, mentions, keys)
    return _build(document, mentions, keys, groups, labels, extra_aliases)


@dataclass
class _Group:
    """The mentions one actor is built from (``idx`` into ``mentions``); ``body`` leaves out
    the headline's."""
    root: str
    idx: list[int]
    body: list[NameMention]
    votes: Counter


@rule("actors.mostly-place", "actors", "a name tagged as a town or region at least as often as "
      "anything else is a place, not an actor")
def _mostly_place(group: _Group) -> bool:
    return group.votes["place"] * 2 >= sum(group.votes.values())


@rule("actors.country-acts", "actors", "a country is an actor only where the text makes it act "
      "(subject, 'by X', possessor), not where it is only named as a place")
def _only_a_place(group: _Group) -> bool:
    return not any(m.agentive for m in group.body)


@rule("actors.capital-as-place", "actors", "a capital stands for its state only as an agent "
      "('Ankara said'); elsewhere ('in Ankara') it is a city, not the state's mention")
def _capitals_as_places(group: _Group, mentions: list[NameMention],
                        places: list[tuple[int, int]]) -> bool:
    places.extend((mentions[i].start, mentions[i].end) for i in group.idx
                  if mentions[i].label == "capital" and not mentions[i].agentive)
    group.idx = [i for i in group.idx if mentions[i].label != "capital" or mentions[i].agentive]
    group.body = [m for m in group.body if m.label != "capital" or m.agentive]
    return True


@rule("actors.known-body-name", "actors", "a body known by a fuller name ('U.N.', 'the world "
      "body') is named by it")
def _known_name(forms: list[str]) -> str | None:
    known = [lexicon.known_body(f) for f in forms]
    known = [k for k in known if k and " " in k]
    return Counter(known).most_common(1)[0][0] if known else None


@rule("actors.name-from-story", "actors", "an actor is named as the story names it, not as a "
      "title-case headline does ('Rip Donald Trump' in 'Lawmakers Rip Donald Trump ...')")
def _story_forms(group: _Group, label: str, forms: list[str]) -> list[str] | None:
    story = [m.text for m in group.body if m.label != "capital"]
    if len(story) == len(forms):
        return None  # no headline form to leave out
    # a person the story names by surname only keeps the headline's full name
    return story if any(" " in f for f in story) or label != "person" and story else None


def _person_or_body(group: _Group, mentions: list[NameMention]) -> tuple[str, str]:
    multi_person = any(mentions[i].label == "person" and " " in mentions[i].text
                       for i in group.idx)
    label = "person" if multi_person or group.votes["person"] > group.votes[
        "organization"] else "organization"
    forms = [mentions[i].text for i in group.idx if mentions[i].label != "capital"]
    forms = _story_forms(group, label, forms) or forms
    name = _canonical(forms, label)
    if label == "organization":
        name = _known_name(forms) or name
    return label, name


@rule("actors.not-a-date", "actors", "weekdays and months tagged as names are not actors")
def _a_date(name: str) -> bool:
    return name.lower() in _NOT_NAMES


@rule("actors.facility-not-actor", "actors", "\"shelling hit Al-Amal Hospital\": a building is "
      "not an actor unless it speaks or acts")
def _facility(label: str, name: str, body: list[NameMention]) -> bool:
    return label == "organization" and name.split()[-1].lower() in FACILITIES \
        and not any(m.agentive for m in body)


def _aliases(group: _Group, mentions: list[NameMention], keys: dict[int, str], label: str,
             name: str, extra_aliases: dict[str, set[str]]) -> set[str]:
    body = group.body
    if label == "country":
        surface = [m.text for m in body if m.label == "country" or m.agentive]
    else:
        surface = [m.text for m in body]
    aliases = {s for s in surface if name_key(s) != name_key(name)}
    for i in group.idx:
        aliases |= extra_aliases.get(keys[i], set())
        if mentions[i].known_as:
            aliases.add(mentions[i].known_as)
        known = lexicon.known_body(mentions[i].text)
        if known and name_key(known) != name_key(name):
            aliases.add(known)
    if label == "organization":
        aliases |= _un_spellings(name, aliases) or set()
    return aliases


def _actor_fields(group: _Group, mentions: list[NameMention], keys: dict[int, str],
                  extra_aliases: dict[str, set[str]],
                  places: list[tuple[int, int]]) -> dict | None:
    """One actor's fields from its group of mentions, or None when the group is no actor."""
    if _mostly_place(group):
        return None
    group.idx = [i for i in group.idx if mentions[i].label != "place"]
    group.body = [m for m in group.body if m.label != "place"]
    if not group.body:
        return None  # nothing but places (reached only with actors.mostly-place off)
    if group.votes["country"] + group.votes["capital"]:
        if _only_a_place(group):
            return None
        _capitals_as_places(group, mentions, places)
        if not group.body:
            return None  # only a capital named as a place (reached with actors.country-acts off)
        label, name = "country", group.root.split(":", 1)[1]
    else:
        label, name = _person_or_body(group, mentions)
    if not name or _a_date(name) or _facility(label, name, group.body):
        return None
    roles = [m.role for m in group.body if m.role]
    return {"name": name, "kind": actor_kind(label, name, any(m.armed for m in group.body)),
            "aliases": tuple(sorted(_aliases(group, mentions, keys, label, name,
                                             extra_aliases))),
            "role": Counter(roles).most_common(1)[0][0] if roles else None,
            "mentions": tuple(sorted({Mention(mentions[i].start, mentions[i].end)
                                      for i in group.idx}, key=lambda m: m.start))}


def _build(document: Document, mentions: list[NameMention], keys: dict[int, str],
           groups: NameGroups, labels: dict[str, Counter],
           extra_aliases: dict[str, set[str]]) -> tuple[Actor, ...]:
    members: dict[str, list[int]] = defaultdict(list)
    for i in sorted(range(len(mentions)), key=lambda i: mentions[i].start):
        members[groups.find(keys[i])].append(i)
    found: list[tuple[int, dict]] = []
    places: list[tuple[int, int]] = []
    for root, idx in members.items():
        body = [mentions[i] for i in idx if not mentions[i].in_title]
        if not body or all(m.locative for m in body):
            continue
        votes: Counter = Counter()
        for i in idx:
            votes.update(labels[keys[i]])
        with tracing() as names:
            for i in idx:
                noted(mentions[i].rules)
                noted(sorted(groups.joined_by.get(keys[i], ())))
            group = _Group(root, idx, body, votes)
            fields = _actor_fields(group, mentions, keys, extra_aliases, places)
        if fields is not None:
            fields["rules"] = names
            found.append((min(m.start for m in group.body), fields))
    found.sort(key=lambda f: f[0])
    sweep_aliases(document.text, [fields for _, fields in found], tuple(places))
    return tuple(Actor(id=f"a{n}", **{**fields, "rules": tuple(fields["rules"])})
                 for n, (_, fields) in enumerate(found, 1))


_UN_SPELLINGS = re.compile(r"^(?:U\.\s?N\.|UN|United Nations)\s+(?=\S)")


@rule("actors.un-spellings", "actors", "\"U.N. peacekeeping mission in X\" is also written "
      "\"UN ...\" and \"United Nations ...\"")
def _un_spellings(name: str, aliases: set[str]) -> set[str] | None:
    out = set()
    for form in (name, *aliases):
        m = _UN_SPELLINGS.match(form)
        if m and not lexicon.known_body(form):
            rest = form[m.end():]
            out |= {f"U.N. {rest}", f"UN {rest}", f"United Nations {rest}"} - {form, name}
    return out or None


def _canonical(forms: list[str], label: str) -> str:
    counts = Counter(f for f in forms)
    if label == "person":
        return max(counts, key=lambda f: (len(f.split()), counts[f], -forms.index(f)))
    full = [f for f in counts if not f.replace(".", "").isupper()] or list(counts)
    # a proper name ("Malian Army") before a description ("Malian government forces")
    return max(full, key=lambda f: (f.split()[-1][:1].isupper(), len(f.split()), counts[f],
                                    -forms.index(f)))
