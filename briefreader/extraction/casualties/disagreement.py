"""How a casualty figure reads and where figures disagree: the one rule the Casualties panel and
the brief both use, so the window and the exported brief flag the same figures.

A disagreement is two figures of the same incident and category (extraction/casualties/
incidents.py tells incidents apart; reported vs projected: a forecast does not contradict a count)
that come from different sources and cannot both be its final count. Only figures of the event's
whole toll are compared: a running total over a war ("since 2011"), a past event's toll ("last
year's floods") or a part of the victims ("of them, 12 children") disagrees with nothing. A figure
that no incident was given (made by hand, or in a text analysed in sections) is compared with the
figures of the same category and subject.
Each figure stands for a range read from its qualifier: "at least 12" is 12 or more, "up to 20" is
20 or fewer, "about 500" is roughly 400 to 600, "hundreds of thousands" is 100,000 up to a million;
two figures disagree when their ranges do not meet. Who counts as a source is the caller's to say
(``source_of``): the brief counts an unattributed figure as its own document's statement.

A vague amount ("dozens", "hundreds of thousands") is shown as written with the conservative count
that extraction read from it beside it: "dozens (>= 12)".

Plain Python over ``extraction.model``: no spaCy, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Protocol, TypeVar

from briefreader.extraction.model import Actor, CasualtyFigure

EN_DASH = "\u2013"
_WORD_SCALES = {"billion": 1_000_000_000, "million": 1_000_000}
_SUBJECT_NOISE = re.compile(r"^(?:the|some|about|around|at least|more than|over)\s+")
# an amount written in words with no number in it: "hundreds of thousands", "several dozen"
_VAGUE_WORD = r"(?:tens|dozens|scores|hundreds|thousands|millions|billions)"
_VAGUE_AMOUNT = re.compile(
    rf"\b(?:(?:a few|few|several|many|some)\s+(?:dozen|hundred|thousand|million|billion)s?"
    rf"|{_VAGUE_WORD}(?:\s+(?:and|or)\s+(?:\w+\s+)?{_VAGUE_WORD})?"
    rf"(?:\s+of\s+(?:thousands|millions|billions))?)\b", re.IGNORECASE)
_MORE_THAN = re.compile(r"\b(?:more than|over|above|upwards of|in excess of|exceed\w*)\b",
                        re.IGNORECASE)
_AT_LEAST = re.compile(r"\b(?:at least|no fewer than|not less than|no less than|a minimum of)\b",
                       re.IGNORECASE)
_AT_MOST = re.compile(r"\b(?:up to|fewer than|less than|under|at most|as many as|no more than|"
                      r"below)\b", re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:about|around|some|nearly|almost|approximately|roughly|estimated|"
                    r"close to|an estimated|perhaps|possibly)\b", re.IGNORECASE)
_APPROXIMATION = 0.2  # "about 500" is taken to mean 400 to 600
_VAGUE_SPAN = 10  # "hundreds" is 100 up to (not including) ten times as many


class CountedFigure(Protocol):
    """What the rule reads of a figure: ``CasualtyFigure`` and the brief's ``FigureRow`` both
    have it."""

    @property
    def count(self) -> int: ...
    @property
    def count_high(self) -> int | None: ...
    @property
    def qualifier(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def subject(self) -> str | None: ...
    @property
    def status(self) -> str: ...
    @property
    def scope(self) -> str: ...
    @property
    def incident(self) -> str | None: ...


Figure = TypeVar("Figure", bound=CountedFigure)


# ---- how a figure reads -----------------------------------------------------------------------
def format_count(count: int, text: str = "") -> str:
    """A count with thousands separators; "3 million" stays in words when the article says so."""
    lowered = text.lower()
    for word, scale in _WORD_SCALES.items():
        if word in lowered and count >= scale and (count * 10) % scale == 0:
            return f"{count / scale:g} {word}"
    return f"{count:,}"


def vague_amount(figure: CasualtyFigure) -> str | None:
    """The amount as the article wrote it in words ("hundreds of thousands", "a few dozen"), or
    None when the figure has a number in it. Extraction keeps the written words of a vague amount
    as its qualifier, and the figure's text holds them after any hedge ("at least dozens")."""
    qualifier = " ".join((figure.qualifier or "").lower().split())
    if not qualifier or re.search(r"\d", figure.text):
        return None
    found = _VAGUE_AMOUNT.search(qualifier)
    if found is None:  # a hedge: the words that follow it in the text ("at least dozens")
        text = " ".join(figure.text.lower().split())
        found = re.compile(rf"\b{re.escape(qualifier)}\s+({_VAGUE_AMOUNT.pattern})").search(text)
        return found.group(1) if found else None
    return found.group(0)


def count_label(figure: CasualtyFigure) -> str:
    """The amount without its hedge: "400,000", "15–20", "3 million", "dozens (>= 12)"."""
    written = vague_amount(figure)
    if written is not None:
        return f"{written} (>= {figure.count:,})"
    number = format_count(figure.count, figure.text)
    if figure.count_high is not None and figure.count_high != figure.count:
        number = f"{number}{EN_DASH}{format_count(figure.count_high, figure.text)}"
    return number


def hedge(figure: CasualtyFigure) -> str:
    """The qualifier as a hedge ("at least", "about"); empty when it is the vague amount itself."""
    qualifier = " ".join((figure.qualifier or "").split())
    written = vague_amount(figure)
    return "" if written is not None and qualifier.lower() in written else qualifier


def figure_label(figure: CasualtyFigure) -> str:
    """The figure as a reader writes it: "more than 400,000", "15–20", "3 million", and a vague
    amount as written with its conservative count beside it: "at least dozens (>= 12)"."""
    qualifier = hedge(figure)
    return f"{qualifier} {count_label(figure)}" if qualifier else count_label(figure)


def figure_source(figure: CasualtyFigure, actors: Iterable[Actor] = ()) -> str | None:
    """Who gives the figure: the actor it names as its source, else the source as written; None
    when the article gives it on its own authority."""
    if figure.source_id:
        for actor in actors:
            if actor.id == figure.source_id:
                return actor.name
    return figure.source


# ---- where figures disagree -------------------------------------------------------------------
def source_key(source: str | None, document: int = 1) -> tuple[int, str]:
    """Who stands behind a figure: its named source, else the article it is in (each document
    is its own source)."""
    if source:
        return (0, " ".join(source.lower().split()))
    return (document, "")


def subject_key(subject: str | None) -> str:
    """The subject without leading articles and hedges: "the civilians" is "civilians"."""
    text = " ".join((subject or "").lower().split())
    while True:
        shorter = _SUBJECT_NOISE.sub("", text)
        if shorter == text:
            return text
        text = shorter


def event_key(figure: CountedFigure) -> tuple[str | None, str, str, str]:
    """Figures with the same key count the same thing: one incident's category, as reported (or
    as projected); without an incident, the same category and subject."""
    if figure.incident is not None:
        return figure.incident, figure.category, "", figure.status
    return None, figure.category, subject_key(figure.subject), figure.status


def figure_range(figure: CountedFigure) -> tuple[float, float]:
    """The counts a figure allows, read from its qualifier (see the module's docstring)."""
    low = float(figure.count)
    high = float(figure.count_high if figure.count_high is not None else figure.count)
    qualifier = figure.qualifier or ""
    if _VAGUE_AMOUNT.search(qualifier):   # "hundreds", "several hundred": 100 up to 1,000
        return low, max(high, low) * _VAGUE_SPAN
    if _MORE_THAN.search(qualifier):
        return low + 1, float("inf")
    if _AT_LEAST.search(qualifier):
        return low, float("inf")
    if _AT_MOST.search(qualifier):
        return 0.0, high
    if _ABOUT.search(qualifier):
        return low * (1 - _APPROXIMATION), high * (1 + _APPROXIMATION)
    return low, high


def is_approximate(figure: CountedFigure) -> bool:
    """An "about N" or a vague amount: no count for an estimate's low or high."""
    qualifier = figure.qualifier or ""
    return bool(_ABOUT.search(qualifier) or _VAGUE_AMOUNT.search(qualifier))


def compatible(a: CountedFigure, b: CountedFigure) -> bool:
    """Whether both figures can be true at once: their ranges meet."""
    a_low, a_high = figure_range(a)
    b_low, b_high = figure_range(b)
    return a_low <= b_high and b_low <= a_high


def find_disputes(figures: Iterable[Figure],
                  source_of: Callable[[Figure], Hashable] | None = None
                  ) -> list[tuple[Figure, ...]]:
    """For each incident and category where sources disagree, the figures that a figure from
    another source contradicts, in the order given; incidents in the order of their first figure.
    With ``source_of``, a source's own figures never contradict each other (one report revising
    its own count); without it, every figure stands alone (a case's ledger, where a later report
    of the same source revises the toll).

    Each figure is compared with the extremes of the other sources (the two lowest upper bounds
    and the two highest lower bounds of distinct sources), so a long report with a thousand
    figures of one event does not stall the window."""
    groups: dict[tuple[str | None, str, str, str], list[Figure]] = {}
    for figure in figures:
        if figure.scope == "event":
            groups.setdefault(event_key(figure), []).append(figure)
    disputes = []
    for members in groups.values():
        disputed = tuple(_disputed_members(members, source_of or id))
        if disputed:
            disputes.append(disputed)
    return disputes


def contradicting(figure: Figure, others: Iterable[Figure],
                  source_of: Callable[[Figure], Hashable] | None = None, limit: int = 6
                  ) -> list[Figure]:
    """Up to ``limit`` figures of the same incident and category, from other sources, that
    ``figure`` cannot stand beside: what a reader checks it against."""
    source_of = source_of or id
    found = []
    for other in others:
        if (other is not figure and other.scope == "event"
                and event_key(other) == event_key(figure)
                and source_of(other) != source_of(figure) and not compatible(figure, other)):
            found.append(other)
            if len(found) == limit:
                break
    return found


def _disputed_members(members: Sequence[Figure], source_of: Callable[[Figure], Hashable]
                      ) -> list[Figure]:
    ranged = [(figure, source_of(figure), figure_range(figure)) for figure in members]
    lowest_highs = _extremes(((high, source) for _, source, (_, high) in ranged), lowest=True)
    highest_lows = _extremes(((low, source) for _, source, (low, _) in ranged), lowest=False)
    disputed = []
    for figure, source, (low, high) in ranged:
        below = _other_than(lowest_highs, source)
        above = _other_than(highest_lows, source)
        if (below is not None and below < low) or (above is not None and above > high):
            disputed.append(figure)
    return disputed


def _extremes(values: Iterable[tuple[float, Hashable]], lowest: bool
              ) -> list[tuple[float, Hashable]]:
    """The most extreme value of each of the two most extreme sources."""
    best: dict[Hashable, float] = {}
    for value, source in values:
        if source not in best or (value < best[source] if lowest else value > best[source]):
            best[source] = value
    ordered = sorted(((v, s) for s, v in best.items()), key=lambda pair: pair[0],
                     reverse=not lowest)
    return ordered[:2]


def _other_than(extremes: list[tuple[float, Hashable]], source: Hashable) -> float | None:
    return next((value for value, other in extremes if other != source), None)
