"""Amounts written in news text: digits, number words, vague amounts, ranges and hedges.

``find_amounts(text)`` returns every amount with its offsets in ``text``, the smallest number it
can mean on the conservative convention of conflict event coders ("dozens" -> 12, "hundreds of
thousands" -> 100000, "between 20 and 30" -> 20 with a high of 30), and the hedge as written
("at least", "more than"). Words with no number ("several", "many") are not amounts. Deciding
whether an amount counts people is the caller's business (see ``casualties``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words and numerals with offsets; hyphenated words stay whole ("twenty-five", "five-year-old").
WORD = re.compile(r"\d+(?:[.,:/]\d+)*|[^\W\d_]+(?:[-'’][^\W\d_]+)*|[^\s\w]")

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Plural vague amounts: the unit itself is the smallest sensible reading ("dozens" -> 12).
VAGUE = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000,
         "millions": 1_000_000, "billions": 1_000_000_000}
# "a few hundred", "several thousand", "several dozen": vague multipliers of a scale (or of a
# dozen) read as the scale, like the plural "dozens" -> 12.
VAGUE_MULTIPLIERS = {"a few", "few", "several", "many", "some"}

# Hedges, longest first so that "no more than" wins over "more than".
QUALIFIERS = sorted([
    "at least", "more than", "over", "up to", "some", "about", "around", "nearly", "almost",
    "as many as", "as few as", "an estimated", "estimated", "roughly", "approximately",
    "close to", "fewer than", "less than", "at most", "no fewer than", "no less than",
    "no more than", "upwards of", "in excess of", "only", "just", "just over", "just under",
    "well over", "a further", "another", "an additional", "a total of", "a reported",
    "perhaps", "possibly", "probably", "maybe", "approximately", "circa", "under",
    "a little more than", "a little over", "slightly more than", "a record", "a staggering",
    "an estimated total of", "a whopping",
], key=lambda q: -len(q.split()))
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
SHORT_SCALE = re.compile(r"(k|m|mn|bn)\b", re.I)
CLOCK = re.compile(r"\s*(?:[ap]\.?m\b|o'clock|gmt\b|utc\b|hrs\b|bc\b|ad\b)", re.I)


def _index(phrases) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their first word, longest first, for a quick longest match."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=lambda q: -len(q.split())):
        parts = tuple(phrase.split())
        out.setdefault(parts[0], []).append(parts)
    return out


QUALIFIER_INDEX = _index(QUALIFIERS)
MULTIPLIER_INDEX = _index(VAGUE_MULTIPLIERS)
START_WORDS = (frozenset(QUALIFIER_INDEX) | frozenset(MULTIPLIER_INDEX) | frozenset(UNITS)
               | frozenset(VAGUE) | {"a", "an", "half", "half-a-million", "half-a-billion",
                                     "dozen"})
# Between two amounts, these make one vague amount: "hundreds and probably thousands".
ESCALATION = {"probably", "possibly", "perhaps", "maybe", "even", "likely", "potentially"}
ESCALATION_INDEX = _index(ESCALATION | {f"{c} {w}" for c in ("and", "or") for w in ESCALATION}
                          | {"if not", "or even", "and even", "if not even"})


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    count: int
    count_high: int | None
    qualifier: str
    text: str
    vague: bool = False
    digits: bool = False  # written with numerals (a bare "2015" may be a year)


def words(text: str) -> list[tuple[str, int, int]]:
    """(lowercased word, start, end) for every word, numeral and punctuation mark."""
    return [(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(text)]


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")


def _numeral(token: str) -> float | None:
    if ":" in token or "/" in token:
        return None  # times, dates, ratios
    if _THOUSANDS.fullmatch(token):
        return float(token.replace(",", ""))
    if _DECIMAL.fullmatch(token):
        return float(token)
    return None


def _word_number(token: str) -> int | None:
    if token in UNITS:
        return UNITS[token]
    if token in TENS:
        return TENS[token]
    parts = token.split("-")
    if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS and 0 < UNITS[parts[1]] < 10:
        return TENS[parts[0]] + UNITS[parts[1]]
    return None


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = words(text)

    def word(self, i: int) -> str:
        return self.toks[i][0] if 0 <= i < len(self.toks) else ""

    def glued(self, i: int) -> bool:
        """True when token i is glued to a following hyphen-word or letters: '5-year', '40km'."""
        end = self.toks[i][2]
        rest = self.text[end:end + 2]
        return bool(re.match(r"-[^\W\d_]|[^\W\d_]", rest))

    def glued_before(self, i: int) -> bool:
        """True for a numeral glued to letters before it: 'COVID-19', 'F-16', 'MH17'."""
        start = self.toks[i][1]
        return bool(re.search(r"[^\W\d_]-?$", self.text[max(0, start - 2):start]))

    def phrase(self, i: int, index: dict[str, list[tuple[str, ...]]]) -> int:
        """Number of tokens of the longest phrase of ``index`` starting at token i, else 0."""
        for parts in index.get(self.word(i), ()):
            if all(self.word(i + k) == p for k, p in enumerate(parts[1:], 1)):
                return len(parts)
        return 0

    def number(self, i: int) -> tuple[int, int, bool, bool] | None:
        """(value, tokens used, vague, digits) for an amount starting at token i."""
        w = self.word(i)
        if not w:
            return None
        # "tens of thousands", "hundreds of millions"
        if w in VAGUE and self.word(i + 1) == "of" and self.word(i + 2) in VAGUE \
                and VAGUE[self.word(i + 2)] >= 1000 and VAGUE[self.word(i + 2)] > VAGUE[w]:
            return VAGUE[w] * VAGUE[self.word(i + 2)], 3, True, False
        if w in VAGUE:
            return VAGUE[w], 1, True, False
        # "a few hundred", "several thousand", "several dozen", "a few dozen"
        n = self.phrase(i, MULTIPLIER_INDEX)
        if n and self.word(i + n) in SCALES:
            return SCALES[self.word(i + n)], n + 1, True, False
        if n and self.word(i + n) == "dozen":
            return 12, n + 1, True, False
        if w in ("half-a-million", "half-a-billion"):
            return SCALES[w.split("-")[-1]] // 2, 1, False, False
        if w == "half" and self.word(i + 1) == "a" and self.word(i + 2) in ("million", "billion"):
            return SCALES[self.word(i + 2)] // 2, 3, False, False
        if w in ("a", "an", "one") and self.word(i + 1) == "dozen":
            return 12, 2, False, False
        if w in ("a", "an") and self.word(i + 1) in SCALES:
            return SCALES[self.word(i + 1)], 2, False, False
        if w == "dozen":
            return 12, 1, False, False
        value = _numeral(w)
        if value is not None:
            return self._numeral_amount(i, value)
        return self._words(i)

    def _numeral_amount(self, i: int, value: float) -> tuple[int, int, bool, bool] | None:
        """An amount written in digits at token i, with the scale word after it."""
        if self.glued_before(i) or CLOCK.match(self.text, self.toks[i][2]):
            return None
        used = 1
        short = SHORT_SCALE.match(self.text, self.toks[i][2])
        if short:  # "1.5m people", "2bn"
            return int(value * SHORT_SCALES[short.group(1).lower()]), 2, False, False
        if self.glued(i):
            return None
        if self.word(i + 1) in SCALES:
            value *= SCALES[self.word(i + 1)]
            used = 2
        elif self.word(i + 1) == "dozen":
            value *= 12
            used = 2
        elif value != int(value):
            return None  # "0.66" with no scale is a measure, not a count of people
        return int(value), used, False, used == 1

    def _words(self, i: int) -> tuple[int, int, bool, bool] | None:
        """Number words: 'five', 'twenty-five', 'two hundred and fifty thousand', 'two dozen'."""
        total = current = 0
        used = 0
        seen = False
        while True:
            w = self.word(i + used)
            small = _word_number(w)
            if small is not None and not (w.count("-") and small < 20):
                if seen and current % 100:
                    break  # "five five": two amounts
                current += small
                seen = True
                used += 1
            elif w in SCALES and seen:
                scale = SCALES[w]
                if scale == 100:
                    current *= 100
                else:
                    total += current * scale
                    current = 0
                used += 1
            elif w == "dozen" and seen:
                current *= 12
                used += 1
            elif w == "and" and seen and _word_number(self.word(i + used + 1)) is not None \
                    and (total or current >= 100):
                used += 1
            else:
                break
        if not seen:
            return None
        if self.glued(i + used - 1):
            return None  # "ninefold"
        return total + current, used, False, False


def _may_start(word: str) -> bool:
    """Cheap test: can an amount (or its hedge) begin with this word?"""
    return word[:1].isdigit() or word in START_WORDS or word.split("-", 1)[0] in TENS


def find_amounts(text: str) -> list[Amount]:
    """Every amount in ``text``, in order, never overlapping."""
    scan = _Scanner(text)
    toks = scan.toks
    out: list[Amount] = []
    i = 0
    while i < len(toks):
        if not _may_start(toks[i][0]):
            i += 1
            continue
        q = scan.phrase(i, QUALIFIER_INDEX)
        got = scan.number(i + q) if q else None
        if got is None:
            q = 0
            got = scan.number(i)
        if got is None:
            i += 1
            continue
        value, used, vague, digits = got
        j = i + q + used
        high = None
        # ranges: "15 to 20", "15-20", "two or three", "between 20 and 30"
        between = scan.word(i - 1) == "between"
        link = scan.word(j)
        if link in ("to", "-", "–", "or", "and") and not (link == "and" and not between):
            other = scan.number(j + 1)
            if other and other[0] > value and (link != "to" or scan.word(i - 1) != "from"):
                high = other[0]
                j += 1 + other[1]
        if high is None:
            k = j + (link == ",")
            k += scan.phrase(k, ESCALATION_INDEX)
            other = scan.number(k) if k > j + (link == ",") else None
            if other and other[0] > value:
                j = k + other[1]
        start = toks[i - 1][1] if between and high else toks[i][1]
        end = toks[j - 1][2]
        qualifier = " ".join(scan.word(k) for k in range(i, i + q))
        if not qualifier and vague:
            qualifier = text[start:end].lower()
        out.append(Amount(start, end, value, high, qualifier, text[start:end], vague,
                          digits and high is None))
        i = j
    return out
