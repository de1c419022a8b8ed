"""Actors: named people, organizations, states acting as agents and armed groups.

One entry per real-world actor. Mentions (mentions.py) are grouped by rules a desk editor would
apply: a surname or a misspelt full name joins the person it belongs to; an acronym joins the name
it abbreviates ("Coastal Rights Monitor (CRM)", initials); a shorter organisation name
joins the one full name it ends ("Security Council"); "Chilean army" and "Chilean military" are one
body. Countries are actors only where the text makes them act (subject, "by X", possessor).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from typing import Any

from briefreader.document import Document
from briefreader.extraction import lexicon
from briefreader.extraction.actors.acronyms import link_parentheses
from briefreader.extraction.actors.kinds import ORG_NAME_WORDS, actor_kind
from briefreader.extraction.actors.mentions import NameMention, block_mentions, is_credit_line
from briefreader.extraction.actors.names import (
    NameGroups,
    merge_names,
    name_key,
    org_key,
    surname,
    sweep_aliases,
)
from briefreader.extraction.actors.places import relabel_places
from briefreader.extraction.model import Actor, Mention

_NOT_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday january "
                       "february march april may june july august september october november "
                       "december".split())
_FACILITIES = frozenset("hospital hospitals clinic prison jail school university mosque church "
                        "temple market airport port dam plant stadium station bridge "
                        "camp".split())
_NEWS_AGENCY = re.compile(r"\b([A-Z][A-Za-z]{1,10})\s+news\s+agency\b|\bnews\s+agency\s+([A-Z]"
                          r"[A-Za-z]{1,10})\b")
_KNOWN_PHRASES = re.compile(
    r"\b((?:" + lexicon.UN_PREFIX.pattern + r")?(?:" + "|".join(
        sorted((re.escape(k) for k in lexicon.KNOWN_BODIES if " " in k), key=len, reverse=True))
    + r"))\b", re.I)
# "the U.N. peacekeeping mission in Haiti", "the African Union force in Tarvelia": a body of its
# own, not the organisation that sent it
_MISSIONS = re.compile(
    r"\b(?:(?:U\.\s?N\.|UN|United Nations|African Union|AU|EU|European Union|NATO|OSCE)"
    r"(?:'s|’s)?\s+(?i:(?:peacekeeping|peace-keeping|political|stabili[sz]ation|assistance"
    r"|monitoring|observer|humanitarian|military|police|training|support|border|naval"
    r"|special|joint|hybrid|verification|human|rights|fact-finding|electoral|civilian"
    r"|integrated|interim|multidimensional)\s+){0,4}(?i:mission|force|operation)"
    r"|(?:peacekeeping|peace-keeping|stabili[sz]ation) (?:mission|force|operation))"
    r"\s+(?:in|to|for|on)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
_SECTION = re.compile(r" ((?:[A-Z][a-z]+ ){0,2}[A-Z][A-Za-z]+)\b")
_ACRONYMS = re.compile(r"\b(" + "|".join(
    [canon.upper() for low, canon in lexicon.NEWS_AGENCIES.items() if len(low) <= 4]
    + list(lexicon.ACRONYM_BODIES)) + r")\b")


def _collect(document: Document, parsed: list[tuple[Any, int]]) -> list[NameMention]:
    title_end = document.blocks[0].end if document.blocks and document.blocks[0].kind == "title" \
        else -1
    out: list[NameMention] = []
    for doc, offset in parsed:
        if is_credit_line(doc.text):
            continue
        out.extend(block_mentions(doc, offset, in_title=offset < title_end
                                  or _is_subhead(doc.text)))
    text = document.text
    taken = {(m.start, m.end) for m in out}
    extra: list[NameMention] = []
    for m in _NEWS_AGENCY.finditer(text):
        g = 1 if m.group(1) else 2
        extra.append(NameMention(m.start(g), m.end(g), m.group(g), "organization", agentive=True,
                                 in_title=m.start() < title_end))
    for m in _KNOWN_PHRASES.finditer(text):
        start = m.start(1) + (4 if m.group(1).lower().startswith("the ") else 0)
        written = text[start : m.end(1)]
        if written.islower() and lexicon.KNOWN_BODIES.get(written, "").lower() == written:
            continue  # a body's proper name in lower case is words: "to save the children"
        end = m.end(1)
        section = _SECTION.match(text, end)
        if section and lexicon.COUNTRIES.get(section.group(1).lower()) \
                and " " in written and not lexicon.country_of(written.split()[0]):
            end = section.end()  # "Amnesty International Ghana": the body's national section
        extra.append(NameMention(start, end, text[start:end], "organization",
                                 in_title=m.start() < title_end))
    for m in _MISSIONS.finditer(text):
        extra.append(NameMention(m.start(), m.end(), m.group(), "organization",
                                 in_title=m.start() < title_end))
    for m in _ACRONYMS.finditer(text):  # the model often misses "UNICEF warned ..."
        extra.append(NameMention(m.start(), m.end(), m.group(), "organization",
                                 in_title=m.start() < title_end))
    if extra:
        # a known body's phrase ("the U.N. refugee agency") wins over the entity inside it
        starts = sorted(m.start for m in extra)
        ends = {m.start: m.end for m in extra}

        def inside(o: NameMention) -> bool:
            j = bisect_right(starts, o.start) - 1
            return j >= 0 and o.end <= ends[starts[j]] and (starts[j], ends[starts[j]]) != (
                o.start, o.end)
        out = [o for o in out if not inside(o)]
        out.extend(m for m in extra if (m.start, m.end) not in taken)
    out.sort(key=lambda m: (m.start, -m.end))
    kept: list[NameMention] = []
    for m in out:
        if kept and m.start < kept[-1].end:
            continue  # overlapping mentions: the first, longest one stands
        kept.append(m)
    return _split_pairs(kept)


_APPOSED_ACRONYM = re.compile(r",\s+(?:known as\s+)?([A-Z]{3,9})\b(?=\s*[,;.)]|\s+(?:said|says))")


def _link_mission_acronyms(text: str, mentions: list[NameMention], groups: NameGroups,
                           keys: dict[int, str]) -> None:
    """'the U.N. force in Tarvelia, UNFT, said': the acronym set beside a mission is its name."""
    by_start = {m.start: i for i, m in enumerate(mentions)}
    for i, m in enumerate(mentions):
        if not _MISSIONS.fullmatch(m.text):
            continue
        a = _APPOSED_ACRONYM.match(text, m.end)
        j = by_start.get(a.start(1)) if a else None
        if j is not None and i in keys and j in keys:
            groups.union(keys[i], keys[j])


def _link_known_as(mentions: list[NameMention], groups: NameGroups, keys: dict[int, str]) -> None:
    """'Jimmy Cherizier, known as Barbecue': the other name, wherever the text writes it, is the
    same actor."""
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
                groups.union(keys[i], keys[j])


def _split_pairs(mentions: list[NameMention]) -> list[NameMention]:
    """'Okafor and Lindqvist' tagged as one name: two people the text names elsewhere."""
    surnames = {surname(name_key(m.text)) for m in mentions if m.label == "person"}
    out: list[NameMention] = []
    for m in mentions:
        parts = m.text.split(" and ")
        if len(parts) == 2 and m.label == "organization" and not lexicon.known_body(m.text) \
                and all(len(p.split()) >= 2 for p in parts) and (
                any(lexicon.known_body(p) for p in parts)
                or all(p.split()[-1].lower() in ORG_NAME_WORDS for p in parts)):
            # "Amnesty International and Human Rights Watch said": two bodies
            second = m.start + m.text.index(" and ") + 5
            out.append(NameMention(m.start, m.start + len(parts[0]), parts[0], "organization",
                                   m.agentive, m.locative, in_title=m.in_title))
            out.append(NameMention(second, m.end, parts[1], "organization", m.agentive,
                                   m.locative, in_title=m.in_title))
            continue
        if len(parts) == 2 and m.label in ("person", "organization") and all(
                p.strip() and surname(name_key(p)) in surnames for p in parts):
            second = m.start + m.text.index(" and ") + 5
            out.append(NameMention(m.start, m.start + len(parts[0]), parts[0], "person",
                                   m.agentive, m.locative, in_title=m.in_title))
            out.append(NameMention(second, m.end, parts[1], "person", m.agentive, m.locative,
                                   in_title=m.in_title))
        else:
            out.append(m)
    return out


def _is_subhead(text: str) -> bool:
    """A short line without closing punctuation: a subheading, read like the headline."""
    text = text.strip()
    return len(text.split()) <= 6 and not text.endswith((".", "?", "!", '"', "”", ":"))


def extract_actors(document: Document, parsed: list[tuple[Any, int]]) -> tuple[Actor, ...]:
    mentions = _collect(document, parsed)
    relabel_places(mentions, document.text)
    groups = NameGroups()
    extra_aliases: dict[str, set[str]] = defaultdict(set)
    keys: dict[int, str] = {}
    for i, m in enumerate(mentions):
        if m.label in ("country", "capital"):
            country = lexicon.country_of(m.text) or lexicon.CAPITALS.get(m.text.lower(), m.text)
            keys[i] = "country:" + country
        elif m.state_key:
            keys[i] = "body:" + ":".join(m.state_key)
            groups.union(keys[i], org_key(m.text))
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
        label_votes: Counter = Counter()
        for i in idx:
            label_votes.update(labels[keys[i]])
        if label_votes["place"] * 2 >= sum(label_votes.values()):
            continue  # tagged as a town or region at least as often as anything else
        idx = [i for i in idx if mentions[i].label != "place"]
        body = [m for m in body if m.label != "place"]
        if label_votes["country"] + label_votes["capital"]:
            label = "country"
            if not any(m.agentive for m in body):
                continue  # a country named only as a place
            name = root.split(":", 1)[1]
            # a capital stands for its state only as an agent ("Ankara said"), not as a place
            places.extend((mentions[i].start, mentions[i].end) for i in idx
                          if mentions[i].label == "capital" and not mentions[i].agentive)
            idx = [i for i in idx if mentions[i].label != "capital" or mentions[i].agentive]
            body = [m for m in body if m.label != "capital" or m.agentive]
        else:
            multi_person = any(mentions[i].label == "person" and " " in mentions[i].text
                               for i in idx)
            label = "person" if multi_person or label_votes["person"] > label_votes[
                "organization"] else "organization"
            forms = [mentions[i].text for i in idx if mentions[i].label != "capital"]
            name = _canonical(forms, label)
            known = [lexicon.known_body(f) for f in forms]
            known = [k for k in known if k and " " in k]
            if label == "organization" and known:
                name = Counter(known).most_common(1)[0][0]  # "U.N.", "the world body"
        if name.lower() in _NOT_NAMES or not name:
            continue
        if label == "organization" and name.split()[-1].lower() in _FACILITIES \
                and not any(m.agentive for m in body):
            continue  # "shelling hit Al-Amal Hospital": a building, unless it speaks or acts
        if label == "country":
            surface = [m.text for m in body if m.label == "country" or m.agentive]
        else:
            surface = [m.text for m in body]
        aliases = {s for s in surface if name_key(s) != name_key(name)}
        for i in idx:
            aliases |= extra_aliases.get(keys[i], set())
            if mentions[i].known_as:
                aliases.add(mentions[i].known_as)
            known = lexicon.known_body(mentions[i].text)
            if known and name_key(known) != name_key(name):
                aliases.add(known)
        if label == "organization":
            aliases |= _un_spellings(name, aliases)
        roles = [m.role for m in body if m.role]
        found.append((min(m.start for m in body), {
            "name": name, "kind": actor_kind(label, name, any(m.armed for m in body)),
            "aliases": tuple(sorted(aliases)),
            "role": Counter(roles).most_common(1)[0][0] if roles else None,
            "mentions": tuple(sorted({Mention(mentions[i].start, mentions[i].end)
                                      for i in idx}, key=lambda m: m.start))}))
    found.sort(key=lambda f: f[0])
    sweep_aliases(document.text, [fields for _, fields in found], tuple(places))
    return tuple(Actor(id=f"a{n}", **fields) for n, (_, fields) in enumerate(found, 1))


_UN_SPELLINGS = re.compile(r"^(?:U\.\s?N\.|UN|United Nations)\s+(?=\S)")


def _un_spellings(name: str, aliases: set[str]) -> set[str]:
    """'U.N. peacekeeping mission in X' is also written 'UN peacekeeping mission in X'."""
    out = set()
    for form in (name, *aliases):
        m = _UN_SPELLINGS.match(form)
        if m and not lexicon.known_body(form):
            rest = form[m.end():]
            out |= {f"U.N. {rest}", f"UN {rest}", f"United Nations {rest}"} - {form, name}
    return out


def _canonical(forms: list[str], label: str) -> str:
    counts = Counter(f for f in forms)
    if label == "person":
        return max(counts, key=lambda f: (len(f.split()), counts[f], -forms.index(f)))
    full = [f for f in counts if not f.replace(".", "").isupper()] or list(counts)
    # a proper name ("Malian Army") before a description ("Malian government forces")
    return max(full, key=lambda f: (f.split()[-1][:1].isupper(), len(f.split()), counts[f],
                                    -forms.index(f)))
