"""Acronyms in parentheses: "Coastal Rights Monitor (CRM)", "NLF (Jabhat ...)".

The text links an acronym and its expansion; where the model cut the name short ("Al Qaeda" of
"Al Qaeda in the Islamic Maghreb (AQIM)"), the acronym's letters say how far the name runs.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefreader.extraction import lexicon
from briefreader.extraction.actors.mention_records import NameMention
from briefreader.extraction.actors.names import NameGroups, initials, org_key
from briefreader.extraction.rules import rule

_ACRONYM_PARENS = re.compile(r"\(\s*([A-Z][A-Za-z.\-]{1,11})\s*\)")
_ACRONYM_THEN_NAME = re.compile(r"\b([A-Z][A-Z0-9]{1,7})\s*\(\s*([A-Z][^()]{3,80}?)\s*\)")

_JOIN_BEFORE = re.compile(r"\s+(?:in|of|for|on)(?:\s+the)?\s+$")


def _extend_over_place(text: str, mentions: list[NameMention], i: int, acronym: str,
                       by_end: dict[int, int]) -> int:
    """'Al Qaeda in the Islamic Maghreb (AQIM)': the model cut the name at 'in'; the acronym
    spells the whole, so the name before 'in' takes the rest into it."""
    letters = acronym.replace(".", "").upper()
    if _spells(mentions[i].text, letters):
        return i
    # " in the " ends right before the name: a short look back, not a scan from the text's start
    join = _JOIN_BEFORE.search(text, max(0, mentions[i].start - 20), mentions[i].start)
    j = by_end.get(join.start()) if join else None
    if j is None or not _spells(text[mentions[j].start : mentions[i].end], letters):
        return i
    first = mentions[j]
    first.end, first.text = mentions[i].end, text[first.start : mentions[i].end]
    if first.label in ("country", "capital", "place"):
        first.label = "organization"
    mentions[i].in_title = True  # kept out of the actor's mentions and names
    return j


def _spells(name: str, letters: str) -> bool:
    """Whether an acronym spells a name, with or without its small words ('UNSMIL')."""
    words = [w for w in re.split(r"[\s\-]+", name) if w[:1].isalpha()]
    return letters in (initials(name), "".join(w[0] for w in words).upper())


def _name_before(text: str, mentions: list[NameMention], starts: list[int], end: int,
                 letters: str) -> int | None:
    """'Al Qaeda in the Arabian Peninsula (AQAP)' with only 'Al Qaeda' tagged: the tagged name
    just before, extended up to the parenthesis when the acronym spells the whole."""
    j = bisect_right(starts, end) - 1
    if j < 0 or mentions[j].end >= end or mentions[j].label not in ("organization", "person"):
        return None
    if not _TAIL_WORDS.fullmatch(text[mentions[j].end : end]) \
            or not _spells(text[mentions[j].start : end].strip(), letters):
        return None
    mentions[j].end, mentions[j].text = end, text[mentions[j].start : end]
    mentions[j].label = "organization"
    return j


_TAIL_WORDS = re.compile(r"(?:\s+(?:in|of|for|on|the|and|[A-Z][\w'’.-]*))+")


def link_parentheses(text: str, mentions: list[NameMention], groups: NameGroups,
                     keys: dict[int, str], extra_aliases: dict[str, set[str]]) -> None:
    """'Coastal Rights Monitor (CRM)' and 'NLF (Jabhat al-Tahrir al-Shamali ...)':
    the text links an acronym and its expansion."""
    count = len(mentions)
    by_end = {m.end: i for i, m in enumerate(mentions)}
    starts = [m.start for m in mentions]  # sorted: _collect returns mentions in text order
    _acronym_in_parentheses(text, mentions, groups, keys, extra_aliases, by_end, starts)
    _name_in_parentheses(text, mentions, groups, keys, extra_aliases, by_end, starts, count)


@rule("actors.agency-credit", "actors", "\"Kenya (AP)\": a news agency in parentheses after a "
      "place credits the story; it is not the place's acronym")
def _agency_credit(mention: NameMention, inner: str) -> bool:
    return mention.label in ("country", "capital", "place") \
        and lexicon.NEWS_AGENCIES.get(inner.lower()) is not None


@rule("actors.acronym-in-parentheses", "actors", "\"Coastal Rights Monitor (CRM)\": the acronym "
      "in parentheses after a name is that actor's")
def _acronym_in_parentheses(text: str, mentions: list[NameMention], groups: NameGroups,
                            keys: dict[int, str], extra_aliases: dict[str, set[str]],
                            by_end: dict[int, int], starts: list[int]) -> None:
    for m in _ACRONYM_PARENS.finditer(text):
        before = m.start()
        while before > 0 and text[before - 1] == " ":
            before -= 1
        i = by_end.get(before)
        inner = m.group(1)
        if i is not None:
            i = _extend_over_place(text, mentions, i, inner, by_end)
        elif inner.isupper():
            i = _name_before(text, mentions, starts, before, inner.replace(".", ""))
        if i is None or not inner.replace(".", "").isupper() or mentions[i].text.isupper() \
                or _agency_credit(mentions[i], inner):
            continue
        groups.union(keys[i], org_key(inner), "actors.acronym-in-parentheses")
        extra_aliases[org_key(inner)].add(inner)
        mentions.append(NameMention(m.start(1), m.end(1), inner, mentions[i].label,
                                    agentive=mentions[i].agentive,
                                    rules=["actors.acronym-in-parentheses"]))


@rule("actors.name-in-parentheses", "actors", "\"NLF (Jabhat al-Tahrir ...)\": the name in "
      "parentheses after an acronym is its expansion, one actor, even when mis-tagged in parts")
def _name_in_parentheses(text: str, mentions: list[NameMention], groups: NameGroups,
                         keys: dict[int, str], extra_aliases: dict[str, set[str]],
                         by_end: dict[int, int], starts: list[int], count: int) -> None:
    for m in _ACRONYM_THEN_NAME.finditer(text):
        acronym, inner = m.group(1), m.group(2)
        if len(inner.split()) < 2 or inner[:1].upper() != acronym[:1]:
            continue  # "DUBAI (Reuters)": a dateline, not an expansion
        i = by_end.get(m.end(1))
        if i is None:
            mentions.append(NameMention(m.start(1), m.end(1), acronym, "organization",
                                        rules=["actors.name-in-parentheses"]))
            key = org_key(acronym)
        else:
            key = keys[i]
        extra_aliases[key].add(inner)
        j = bisect_right(starts, m.start(2) - 1)
        first = True
        while j < count and starts[j] < m.end(2):  # parts of the expansion, mis-tagged:
            groups.union(key, keys[j], "actors.name-in-parentheses")  # the first: the whole
            part = mentions[j]
            if first:
                part.start, part.end, part.text, part.label = m.start(2), m.end(2), inner, \
                    "organization"
            else:
                part.in_title = True  # kept out of the actor's mentions and names
            first = False
            j += 1
