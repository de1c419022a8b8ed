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
# Longer than any word a line can end with.
_TAIL = 64


class Lexicon:
    """What the document itself says about its words: compounds written whole, plain words."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._texts = texts
        self._compounds: set[str] | None = None
        self._words: set[str] | None = None

    # Each set is read on the first question that needs it (a document with no line-end
    # hyphen never asks), in one pass of a pattern over the text: on a long report, a pass per
    # line costs more than pdfium's own text extraction.
    @property
    def compounds(self) -> set[str]:
        if self._compounds is None:
            text = "\n".join(t for t in self._texts if "-" in t).lower()
            self._compounds = {f"{a}-{b}" for a, b in _HYPHENATED.findall(text)}
        return self._compounds

    @property
    def words(self) -> set[str]:
        if self._words is None:
            # the pattern runs over each distinct token once, not over the whole text
            tokens: set[str] = set()
            for text in self._texts:
                tokens.update(text.split())
            self._words = set(_WORD.findall(" ".join(tokens).lower()))
        return self._words

    def keeps_hyphen(self, first: str, second: str) -> bool:
        a, b = first.lower(), second.lower()
        if f"{a}-{b}" in self.compounds:
            return True
        looks_compound = (second[:1].isupper() or second[:1].isdigit()
                          or a in COMPOUND_FIRST_PARTS or b in COMPOUND_SECOND_PARTS)
        # the document writing the word whole ("postwar") outweighs the word lists
        return looks_compound and a + b not in self.words


def join_lines(texts: list[str], hyphens: list[bool], lexicon: Lexicon) -> str:
    """Lines of one block as one line: a space between lines, line-end hyphens decided."""
    out = ""
    for i, text in enumerate(texts):
        text = " ".join(text.split())  # white space folded, as the document contract wants
        if not out:
            out = text
            continue
        broke = hyphens[i - 1] or out.endswith(_DASHES)
        if broke:
            stem = out.rstrip("".join(_DASHES))
            # only the tail: a pattern anchored at the end still tries every start position
            first = _LAST_WORD.search(stem[-_TAIL:] + "-")
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
