"""Which names are one actor: keys for names, and the rules that join them.

A surname or a misspelt full name joins the person it belongs to; an acronym joins the name it
abbreviates (by initials); a shorter organisation name joins the one full name it ends or heads;
"Ghanaian Interior Ministry" and "Ghana's Interior Ministry" share a key. Union-find over name keys
keeps this linear in the number of distinct names.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

from rapidfuzz import fuzz

from briefreader.extraction import lexicon
from briefreader.extraction.actors.mention_records import NameMention
from briefreader.extraction.lexicon.bodies import INSTITUTION_WORDS, ORG_NAME_WORDS
from briefreader.extraction.lexicon.media import MASTHEAD_WORDS
from briefreader.extraction.rules import rule

_INITIAL_SKIP = frozenset("of for the and on in to de".split())


def name_key(text: str) -> str:
    """Case-, accent- and punctuation-free form of a name, for grouping."""
    s = unicodedata.normalize("NFKD", text.replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s


@rule("actors.key-without-the", "actors", "\"Ministry of the Interior\" and \"Interior Ministry\": "
      "a 'the' after 'of' or 'for' is no part of a body's name")
def _without_inner_the(key: str) -> str | None:
    return re.sub(r"\b(of|for) the ", r"\1 ", key) if " the " in key else None


def org_key(text: str) -> str:
    key = re.sub(r"^(\w+)'s ", r"\1 ", name_key(text.replace("’", "'")))
    key = re.sub(r"\b(?:u n|un)\b", "united nations", key) if " " in key else key
    key = re.sub(r"\beu\b", "european union", key) if " " in key else key
    key = key.replace("defence", "defense")
    key = _without_inner_the(key) or key
    first, _, rest = key.partition(" ")
    if rest and lexicon.DEMONYMS.get(first):  # "Ghanaian Interior Ministry" = "Ghana's ..."
        key = f"{lexicon.DEMONYMS[first].lower()} {rest}"
    m = re.match(r"^(.*?)\b(\w+) ministry$", key)
    if m and m.group(2) not in lexicon.DEMONYMS:
        key = f"{m.group(1)}ministry of {m.group(2)}"
    known = lexicon.known_body(text)
    return name_key(known) if known else key


class NameGroups:
    """Union-find over name keys; each key keeps the names of the rules that joined it."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.joined_by: dict[str, set[str]] = defaultdict(set)

    def find(self, k: str) -> str:
        self.parent.setdefault(k, k)
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str, rule_name: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
            self.joined_by[a].add(rule_name)
            self.joined_by[b].add(rule_name)


def surname(key: str) -> str:
    last = key.split()[-1]
    return last[2:] if last.startswith("al") and len(last) > 5 and key.split()[-1] != key else last


def initials(key_text: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", key_text) if w and w.lower() not in _INITIAL_SKIP]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


def _names(labels: dict[str, Counter]) -> list[str]:
    return [k for k in labels if not k.startswith(("country:", "body:")) and k]


def _persons(labels: dict[str, Counter]) -> list[str]:
    return [k for k in _names(labels) if labels[k]["person"] and len(k.split()) > 1]


@rule("actors.merge-surname", "actors", "a surname ('Azzouz'), or a full name that holds, is "
      "held by or misspells another ('Lotfi Azouz'), joins the person it belongs to")
def _merge_surnames(groups: NameGroups, labels: dict[str, Counter]) -> None:
    by_surname: dict[str, list[str]] = defaultdict(list)
    for k in sorted(_persons(labels), key=lambda k: -len(k)):
        by_surname[surname(k)].append(k)
    for k in _names(labels):
        words = k.split()
        cands = [p for p in by_surname.get(surname(k), ()) if p != k]
        if not cands:
            continue
        if len(words) == 1 or (len(words) == 2 and words[0] == "al"):
            groups.union(cands[0], k, "actors.merge-surname")
            continue
        for p in cands:
            if set(words) <= set(p.split()) or set(p.split()) <= set(words) \
                    or fuzz.ratio(k, p) >= 85:
                groups.union(p, k, "actors.merge-surname")
                break


@rule("actors.merge-plural", "actors", "\"the Houthis\" and \"Houthi\": a plural name and its "
      "singular are one movement")
def _merge_plurals(groups: NameGroups, labels: dict[str, Counter]) -> None:
    for k in _names(labels):
        if " " not in k and k.endswith("s") and k[:-1] in labels and not labels[k]["person"]:
            groups.union(k[:-1], k, "actors.merge-plural")


@rule("actors.merge-short-name", "actors", "\"Te Kaurinui\" after \"Te Kaurinui Robert "
      "Parata\": the opening words of one longer person's name are that person")
def _merge_shortened(groups: NameGroups, labels: dict[str, Counter]) -> None:
    persons = _persons(labels)
    by_first_name: dict[str, list[str]] = defaultdict(list)
    for p in persons:
        by_first_name[p.split()[0]].append(p)
    for k in persons:
        longer = {groups.find(p) for p in by_first_name[k.split()[0]]
                  if p != k and p.startswith(k + " ")}
        if len(longer) == 1:
            groups.union(longer.pop(), k, "actors.merge-short-name")


@rule("actors.merge-first-name", "actors", "\"Hillary\" after \"Hillary Omondi\": a first name "
      "alone is the one person the text names with it, unless it is also someone's surname")
def _merge_first_names(groups: NameGroups, labels: dict[str, Counter]) -> None:
    persons = _persons(labels)
    surnames = {surname(p) for p in persons}
    by_first_name: dict[str, set[str]] = defaultdict(set)
    for p in persons:
        by_first_name[p.split()[0]].add(p)
    for k in _names(labels):
        if " " in k or not labels[k]["person"] or k in surnames or k not in by_first_name:
            continue
        owners = {groups.find(p) for p in by_first_name[k]}
        if len(owners) == 1:
            groups.union(owners.pop(), k, "actors.merge-first-name")


def _plain(key: str, labels: dict[str, Counter]) -> bool:
    return not _a_place(labels[key]) and not any(
        w in ORG_NAME_WORDS or w in INSTITUTION_WORDS for w in key.split())


@rule("actors.merge-plain-surname", "actors", "\"Holt\" after \"Lester Holt\", both tagged as "
      "bodies: a word that ends one plain name (no organisation word in it) is that name's")
def _merge_plain_surnames(groups: NameGroups, labels: dict[str, Counter]) -> None:
    by_last: dict[str, set[str]] = defaultdict(set)
    for k in _names(labels):
        if " " in k and _plain(k, labels):
            by_last[k.rsplit(" ", 1)[1]].add(k)
    for k in _names(labels):
        if " " in k or k not in by_last or groups.find(k) != k or not _plain(k, labels):
            continue
        owners = {groups.find(p) for p in by_last[k]}
        if len(owners) == 1:
            groups.union(owners.pop(), k, "actors.merge-plain-surname")


@rule("actors.place-not-in-body", "actors", "a place inside a body's name ('the Royal Tarvel "
      "Police') is not that body: places take no part in the body merges")
def _a_place(counts: Counter) -> bool:
    return counts["place"] * 2 >= sum(counts.values())


def _orgs(labels: dict[str, Counter]) -> list[str]:
    return [k for k in _names(labels) if not _a_place(labels[k]) and (
        labels[k]["organization"] or labels[k]["person"] == 0 or k in lexicon.ORG_HEADS
        or k in MASTHEAD_WORDS)]


@rule("actors.merge-acronym", "actors", "an acronym joins the one body whose name's initials it "
      "spells ('CRM' and 'Coastal Rights Monitor')")
def _merge_initials(groups: NameGroups, labels: dict[str, Counter]) -> None:
    orgs = _orgs(labels)
    by_initials: dict[str, list[str]] = defaultdict(list)
    for k in orgs:
        ini = initials(k)
        if ini:
            by_initials[ini].append(k)
    for k in orgs:
        compact = k.replace(" ", "").upper()
        if " " not in k and 2 <= len(compact) <= 8:
            cands = {groups.find(c) for c in by_initials.get(compact, ())}
            if len(cands) == 1:
                groups.union(cands.pop(), k, "actors.merge-acronym")


def _org_indexes(orgs: list[str]) -> tuple[dict[str, set[str]], ...]:
    """Word-level suffixes, first words and inner runs of the bodies' names: they keep the
    shorter-name rules linear in the names' length."""
    by_suffix: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    by_inner: dict[str, set[str]] = defaultdict(set)
    for p in orgs:
        words = p.split()
        for i in range(1, len(words)):
            by_suffix[" ".join(words[i:])].add(p)
        cut = next((i for i, w in enumerate(words) if w in ("of", "for", "on")), 0)
        if cut > 1:  # "Monitor" heads "Coastal Rights Monitor"
            by_suffix[words[cut - 1]].add(p)
        head = len(words)
        while head > 1 and words[head - 1] in lexicon.ORG_HEADS:
            head -= 1
        if head < len(words):  # "Hamas" of "Hamas movement", "X Red Cross" of "... Society"
            by_first[" ".join(words[:head])].add(p)
        for i in range(1, min(len(words), 8) - 1):  # "Red Cross" in "X Red Cross Society"
            for j in range(i + 2, min(len(words), 8)):
                by_inner[" ".join(words[i:j])].add(p)
    return by_suffix, by_first, by_inner


@rule("actors.merge-inner-name", "actors", "\"Red Cross\" inside one longer body's name "
      "(\"X Red Cross Society\") is that body")
def _merge_inner(groups: NameGroups, k: str, by_inner: dict[str, set[str]]) -> None:
    words = k.split()
    inner_of = {groups.find(p) for p in by_inner.get(k, ())} if len(words) > 1 else set()
    inner_of.discard(groups.find(k))
    if len(inner_of) == 1 and words[-1] not in lexicon.ORG_HEADS:
        groups.union(inner_of.pop(), k, "actors.merge-inner-name")


@rule("actors.masthead", "actors", "\"the Star\" after \"the Highlands Star\": a newspaper named "
      "by the last word of its name is that newspaper")
def _masthead(k: str) -> bool:
    return k in MASTHEAD_WORDS


def _ends_of(groups: NameGroups, k: str, by_suffix: dict[str, set[str]]) -> set[str]:
    if len(k.split()) == 1 and k not in lexicon.ORG_HEADS and not _masthead(k):
        return set()
    return {groups.find(p) for p in by_suffix.get(k, ())}


@rule("actors.merge-name-end", "actors", "a shorter body name that ends one full name "
      "('Security Council') or heads its 'of' part ('Monitor') is that body")
def _merge_suffix(groups: NameGroups, k: str, suffix_of: set[str]) -> None:
    suffix_of.discard(groups.find(k))
    if len(suffix_of) == 1:
        groups.union(suffix_of.pop(), k, "actors.merge-name-end")


@rule("actors.merge-name-head", "actors", "a name opening one body's name followed only by "
      "organisation words ('Hamas' and 'Hamas movement', 'X Red Cross ... Society') is that body")
def _merge_prefix(groups: NameGroups, k: str, prefix_of: set[str]) -> None:
    prefix_of.discard(groups.find(k))
    if len(prefix_of) == 1:
        groups.union(prefix_of.pop(), k, "actors.merge-name-head")


def merge_names(groups: NameGroups, labels: dict[str, Counter], mentions: list[NameMention],
                keys: dict[int, str]) -> None:
    _merge_surnames(groups, labels)
    _merge_plurals(groups, labels)
    _merge_shortened(groups, labels)
    _merge_first_names(groups, labels)
    _merge_plain_surnames(groups, labels)
    _merge_initials(groups, labels)
    orgs = _orgs(labels)
    by_suffix, by_first, by_inner = _org_indexes(orgs)
    for k in orgs:
        _merge_inner(groups, k, by_inner)
        suffix_of = _ends_of(groups, k, by_suffix)
        prefix_of = {groups.find(p) for p in by_first.get(k, ())}
        _merge_suffix(groups, k, suffix_of)
        _merge_prefix(groups, k, prefix_of)
