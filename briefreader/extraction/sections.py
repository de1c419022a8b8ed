"""Very long texts analysed in sections, so that memory does not grow with the file.

Every stage takes all of a text's parsed docs at once, and a parsed doc weighs about 0.3 KB per
token: a 20 MB file (the loaders' limit, some 3 million words) would hold about 1.5 GB of them.
A text longer than SECTION_CHARS is therefore cut, between blocks (or inside a block longer than
that, at a sentence end), into sections analysed one after the other, each section's docs freed
before the next is parsed; the results are merged into one extraction. No article comes near the
limit (about 170,000 words), so ordinary extraction never takes this path.

Merging: an actor found in several sections (the same name and kind) becomes one actor with all
its mentions and aliases; ids are numbered again in order (a1.., c1.., k1..) and a claim's speaker
and a figure's source follow their actor. What a section cannot know is what only another section
says (a pronoun whose person was named in the section before): at a section's start, that is lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefreader.extraction.model import Actor, CasualtyFigure, Claim

SECTION_CHARS = 1_000_000


def sections(text: str, ranges: Sequence[tuple[int, int]],
             limit: int = SECTION_CHARS) -> list[list[tuple[int, int]]]:
    """The parse ranges grouped into runs of at most ``limit`` characters (a longer range cut)."""
    from briefreader.extraction.nlp import split_long

    pieces: list[tuple[int, int]] = []
    for start, end in ranges:
        if end - start <= limit:
            pieces.append((start, end))
        else:
            pieces.extend((offset, offset + len(piece))
                          for piece, offset in split_long(text[start:end], start, limit))
    grouped: list[list[tuple[int, int]]] = []
    size = limit + 1
    for start, end in pieces:
        if size + (end - start) > limit:
            grouped.append([])
            size = 0
        grouped[-1].append((start, end))
        size += end - start
    return grouped


Part = tuple[tuple[Actor, ...], tuple[Claim, ...], tuple[CasualtyFigure, ...]]


def merge(parts: Sequence[Part]) -> Part:
    """One extraction from the sections' extractions (see the module's docstring)."""
    merged: dict[tuple[str, str], Actor] = {}   # in order of first appearance
    numbers: dict[tuple[str, str], int] = {}
    renamed: list[dict[str, str]] = []
    for actors, _, _ in parts:
        names: dict[str, str] = {}
        for actor in actors:
            key = (actor.name.casefold(), actor.kind)
            found = merged.get(key)
            merged[key] = actor if found is None else _joined(found, actor)
            names[actor.id] = f"a{numbers.setdefault(key, len(numbers) + 1)}"
        renamed.append(names)
    actors = tuple(replace(a, id=f"a{n}") for n, a in enumerate(merged.values(), 1))
    claims: list[Claim] = []
    figures: list[CasualtyFigure] = []
    for (_, part_claims, part_figures), names in zip(parts, renamed, strict=True):
        claims.extend(replace(c, id=f"c{len(claims) + 1}",
                              speaker_id=names.get(c.speaker_id or "", None))
                      for c in part_claims)
        figures.extend(replace(k, id=f"k{len(figures) + 1}",
                               source_id=names.get(k.source_id or "", None))
                       for k in part_figures)
    return actors, tuple(claims), tuple(figures)


def _joined(first: Actor, other: Actor) -> Actor:
    mentions = tuple(sorted(set(first.mentions) | set(other.mentions),
                            key=lambda m: (m.start, m.end)))
    aliases = tuple(dict.fromkeys((*first.aliases, *other.aliases)))
    rules = tuple(dict.fromkeys((*first.rules, *other.rules)))
    return replace(first, mentions=mentions, aliases=aliases, rules=rules,
                   role=first.role or other.role)
