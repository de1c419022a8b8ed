"""Joining lines: a hyphen at a line end is the typesetter's, unless the word is a compound.

"humani-" + "tarian" -> "humanitarian"; "cross-" + "border" stays "cross-border" when the
document writes "cross-border" on one line somewhere, or the first part is one that makes
compounds in English report prose (a short word list), or the second part starts with a
capital or a digit ("post-" + "COVID", "mid-" + "2020").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# First parts that form hyphenated compounds rather than being broken words.
COMPOUND_FIRST_PARTS = frozenset("""
    cross self well ex non anti multi long short full part mid semi co post pre inter
    intra sub one two three four five six seven eight nine ten low high large small
    state government community food cash flood drought cyclone storm conflict
    war year month week day follow so pro counter vice quasi pan trans e
""".split())
# Second parts that are words of their own in compounds ("community-based", "drought-affected").
COMPOUND_SECOND_PARTS = frozenset("""
    based led related affected driven level term scale wide specific sensitive prone
    induced hit owned run up down out in off based year month old like free
    specific oriented focused owned
""".split())
_HYPHENATED = re.compile(r"\b([^\W\d_]+)-([^\W\d_]+)\b")
_WORD = re.compile(r"[^\W\d_]+")
_LAST_WORD = re.compile(r"([^\W\d_]+)-$")
_FIRST_WORD = re.compile(r"^([^\W_]+)")
_DASHES = ("-", "\u2010", "\u00ad")


class Lexicon:
    """What the document itself says about its words: compounds written whole, plain words."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.compounds: set[str] = set()
        self.words: set[str] = set()
        for text in texts:
            for a, b in _HYPHENATED.findall(text):
                self.compounds.add(f"{a}-{b}".lower())
            self.words.update(w.lower() for w in _WORD.findall(text))

    def keeps_hyphen(self, first: str, second: str) -> bool:
        a, b = first.lower(), second.lower()
        if f"{a}-{b}" in self.compounds:
            return True
        if a + b in self.words:
            return False
        if second[:1].isupper() or second[:1].isdigit():
            return True
        return a in COMPOUND_FIRST_PARTS or b in COMPOUND_SECOND_PARTS


def join_lines(texts: list[str], hyphens: list[bool], lexicon: Lexicon) -> str:
    """Lines of one block as one line: a space between lines, line-end hyphens decided."""
    out = ""
    for i, text in enumerate(texts):
        text = text.strip()
        if not out:
            out = text
            continue
        broke = hyphens[i - 1] or out.endswith(_DASHES)
        if broke:
            stem = out.rstrip("".join(_DASHES))
            first = _LAST_WORD.search(stem + "-")
            second = _FIRST_WORD.match(text)
            if first and second and lexicon.keeps_hyphen(first.group(1), second.group(1)):
                out = stem + "-" + text
            elif first and second:
                out = stem + text
            else:  # not between two words ("10-" + "15"): the hyphen is a dash, kept
                out = stem + "-" + text
        else:
            out = out + " " + text
    return out
