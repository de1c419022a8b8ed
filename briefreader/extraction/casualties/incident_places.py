"""Where an incident happened: the places its report names, the first where it happened.

spaCy's place entities (GPE, LOC), and names with a region word the small model misses ("Orlen
district"); a place is a region when any mention calls it one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
from briefreader.extraction.model import Incident

if TYPE_CHECKING:
    from spacy.tokens import Doc

PLACE_LABELS = frozenset({"GPE", "LOC"})  # not FAC: a market or a bridge is a spot, not where
_REGION = re.compile(r"\b(?:province|region|state|governorate|county|prefecture|oblast|district"
                     r"|division|department|tehsil|valley)\b", re.IGNORECASE)

@dataclass(frozen=True)
class PlaceName:
    start: int
    end: int
    text: str


# places the small model misses: "Orlen district", "the town of Kessel", "Orlen and Vask districts"
_NAMED_PLACE = re.compile(
    r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:[Pp]rovince|[Dd]istrict|[Rr]egion|[Gg]overnorate"
    r"|[Cc]ounty|[Tt]ehsil|[Vv]alley)\b"
    # two named together: "Hama and Tartus provinces"
    r"|\b[A-Z][\w'’-]+ and [A-Z][\w'’-]+ (?:[Pp]rovinces|[Dd]istricts|[Rr]egions|[Gg]overnorates"
    r"|[Cc]ounties)\b"
    r"|(?<=\b(?:city|town) of )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
    r"|(?<=\bvillage of )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")


def place_names(text: str, parsed: Sequence[tuple[Doc, int]]) -> list[PlaceName]:
    """The named places of the parsed text, with offsets into ``Document.text``, in order."""
    found = []
    for doc, offset in parsed:
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS:
                found.append(PlaceName(offset + ent.start_char, offset + ent.end_char, ent.text))
    found.sort(key=lambda n: n.start)
    starts = [n.start for n in found]
    extra = []
    for m in _NAMED_PLACE.finditer(text):
        # the entities do not overlap one another: only the one starting last before this
        # match's end can overlap it (a bisection, where a scan of all of them was quadratic)
        i = bisect_left(starts, m.end()) - 1
        if i < 0 or found[i].end <= m.start():
            extra.append(PlaceName(m.start(), m.end(), m.group()))
    return sorted(found + extra, key=lambda n: n.start)


def _place_key(text: str) -> str:
    text = re.sub(r"(?:'s|’s)$", "", text.strip())
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    return _REGION.sub("", text).strip(" ,")


@dataclass(frozen=True)
class Places:
    places: tuple[str, ...]
    regions: tuple[str, ...]
    countries: tuple[str, ...]


def places_in(text: str, names: Sequence[PlaceName], start: int, end: int,
            first: tuple[int, int] | None = None) -> Places:
    """The places named in ``start:end``; those named in ``first`` (the sentence that tells of
    the event) come first: the first of them is where it happened."""
    first_name = bisect_left(names, start, key=lambda n: n.start)
    inside = []
    for name in names[first_name:]:
        if name.start >= end:
            break
        if name.end <= end:
            inside.append(name)
    if first:
        inside.sort(key=lambda n: not (first[0] <= n.start < first[1]))
    places: list[str] = []
    regions: list[str] = []
    countries: list[str] = []
    for name in inside:
        key = _place_key(name.text)
        country = lexicon.country_of(key)
        if country and country not in countries:
            countries.append(country)
        elif not country and key:
            if key not in places:
                places.append(key)
            if key not in regions and (_REGION.search(name.text)
                                       or _REGION.match(text, name.end, name.end + 16)):
                regions.append(key)
    return Places(tuple(places), tuple(regions), tuple(countries))



def places_agree(a: Incident, b: Incident) -> bool:
    """Whether the places of two descriptions can be of one event. Each names first where it
    happened: the same place, or each names the other's; or one names a region first that the
    other names too ("in Velmora province" and "in Darset, Velmora province"). A district and the
    next one are two places even when one report names the other in passing."""
    if a.places and b.places:
        if a.places[0] == b.places[0]:
            return True
        if a.places[0] in b.places and b.places[0] in a.places:
            return True
        return any(x.places[0] in x.regions and x.places[0] in y.places
                   for x, y in ((a, b), (b, a)))
    if a.countries and b.countries:
        return bool(set(a.countries) & set(b.countries))
    return True


