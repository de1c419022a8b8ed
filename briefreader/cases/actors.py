"""Actors across the documents of a case, merged by the forms of their names.

Two documents' actors are one when they share a full name ("Amira Solberg"), or when one is
known by a form the other lists among its aliases and only one actor of the case has that form
("Solberg" in one report, "Amira Solberg (Solberg)" in another). A form two different actors
share (two Solbergs) merges nothing. Each document's own renames and merges (its corrections)
are already applied by ``open_case``; a rename the user makes for the whole case (a case
correction) applies in every document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from briefreader.cases.case_file import CaseDocument, CaseFile
from briefreader.extraction.model import Actor
from briefreader.store.cases import CaseCorrection

_NOISE = re.compile(r"^(?:the|a|an)\s+|[.'’]", re.IGNORECASE)


def name_form(name: str) -> str:
    """A name as compared: case, articles, full stops and apostrophes left out."""
    return " ".join(_NOISE.sub("", name.strip()).casefold().split())


@dataclass(frozen=True)
class CaseActor:
    name: str
    kind: str
    aliases: tuple[str, ...]
    documents: tuple[str, ...]  # the paths of the documents that name it, in case order
    mentions: int
    members: tuple[tuple[CaseDocument, Actor], ...]  # each document's actor merged into it

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "aliases": list(self.aliases),
                "documents": list(self.documents), "mentions": self.mentions}

    def known_as(self, name: str) -> bool:
        form = name_form(name)
        return form in {name_form(n) for n in (self.name, *self.aliases)}


class _Groups:
    """Union-find over (document, actor) pairs."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def case_actors(case: CaseFile, renames: Mapping[str, str] | None = None
                ) -> tuple[CaseActor, ...]:
    """The case's actors, most mentioned first. ``renames`` (a name as written -> the name to
    give, the user's case-wide corrections) apply in every document; renaming an actor to another
    one's name merges the two."""
    forms = {name_form(old): new for old, new in (renames or {}).items()}
    pairs = [(d, _renamed(a, forms)) for d in case.documents for a in d.extraction.actors]
    groups = _Groups(len(pairs))
    by_name: dict[str, list[int]] = {}
    for i, (_, actor) in enumerate(pairs):
        by_name.setdefault(name_form(actor.name), []).append(i)
    for same in by_name.values():
        for i in same[1:]:
            groups.join(i, same[0])
    _join_by_alias(pairs, by_name, groups)
    merged: dict[int, list[int]] = {}
    for i in range(len(pairs)):
        merged.setdefault(groups.find(i), []).append(i)
    actors = [_case_actor([pairs[i] for i in members]) for members in merged.values()]
    return tuple(sorted(actors, key=lambda a: (-a.mentions, a.name.casefold())))


def case_renames(corrections: Iterable[CaseCorrection]) -> dict[str, str]:
    """The user's case-wide renames (name as written -> new name), a later one winning."""
    return {str(c.value.get("name")): str(c.value.get("to"))
            for c in corrections if c.kind == "rename_actor"}


def _renamed(actor: Actor, forms: Mapping[str, str]) -> Actor:
    new = forms.get(name_form(actor.name))
    if new is None or new == actor.name:
        return actor
    return replace(actor, name=new, aliases=tuple(dict.fromkeys((*actor.aliases, actor.name))))


def _join_by_alias(pairs: Sequence[tuple[CaseDocument, Actor]], by_name: dict[str, list[int]],
                   groups: _Groups) -> None:
    """An actor whose name is another's alias joins it, when one full name has that alias."""
    holders: dict[str, set[str]] = {}
    for _, actor in pairs:
        for alias in actor.aliases:
            if name_form(alias) != name_form(actor.name):
                holders.setdefault(name_form(alias), set()).add(name_form(actor.name))
    for form, names in holders.items():
        if len(names) != 1 or form not in by_name:
            continue
        (full,) = names
        for i in by_name[form]:
            if pairs[i][1].kind == pairs[by_name[full][0]][1].kind:
                groups.join(i, by_name[full][0])


def _case_actor(members: list[tuple[CaseDocument, Actor]]) -> CaseActor:
    names = Counter(a.name for _, a in members)
    # the longest of the most used names: "Amira Solberg" over "Solberg"
    name = max(names, key=lambda n: (len(n.split()), names[n], n))
    kind = Counter(a.kind for _, a in members).most_common(1)[0][0]
    aliases = sorted({x for _, a in members for x in (a.name, *a.aliases)} - {name})
    paths: list[str] = []
    for document, _ in members:
        label = document.path or document.label
        if label not in paths:
            paths.append(label)
    return CaseActor(name, kind, tuple(aliases), tuple(paths),
                     sum(len(a.mentions) for _, a in members), tuple(members))
