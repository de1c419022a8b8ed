"""Full-text search over a case's documents: SQLite FTS5 finds the documents, and each match is
returned as a passage (document, character offsets into its text, snippet) that opens at its
place.

A query is words and "quoted phrases", all of which a document must hold; a word ending in ``*``
matches as a prefix. A word matches its other forms: FTS5's Porter tokenizer stems the text and
the query ("kill" finds "killed", "killing"; "displacement" finds "displaced"). FTS5's own
operators are not passed through: every word is quoted, so a query never fails on syntax. FTS5
tells which documents match and ranks them (bm25); offsets are found in the text by the same rule
its tokenizer applies (words case- and accent-insensitive, compared by their Porter stems, from
``snowballstemmer``'s implementation of the same algorithm).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from briefreader.errors import UsageError
from briefreader.store.connection import StoreBase

SNIPPET_CONTEXT = 60  # characters either side of a match in its snippet
_TERM = re.compile(r'"([^"]+)"|(\w+\*?)')


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    path: str | None
    title: str
    start: int
    end: int
    snippet: str


def query_terms(query: str) -> list[list[str]]:
    """The query's terms, each a list of words (a phrase has several); a word may end in '*'."""
    terms = []
    for m in _TERM.finditer(query):
        words = re.findall(r"\w+\*?", m.group(1)) if m.group(1) else [m.group(2)]
        if words:
            terms.append(words)
    return terms


def match_expression(terms: list[list[str]]) -> str:
    parts = []
    for words in terms:
        quoted = " ".join('"' + w.rstrip("*") + '"' + ("*" if w.endswith("*") else "")
                          for w in words)
        parts.append(quoted if len(words) == 1 else f"NEAR({quoted}, 0)")
    return " AND ".join(parts)


def _folded(text: str) -> str:
    """Lower case without accents, the same length as ``text`` (offsets stay valid)."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(ch) for ch in text)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base if len(base) == 1 else ch


@lru_cache(maxsize=1)
def _porter():
    import snowballstemmer

    return snowballstemmer.stemmer("porter")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A folded word's Porter stem, as FTS5's tokenizer makes it (it leaves words of one or two
    letters as they are: "us" is not "u")."""
    return word if len(word) < 3 else _porter().stemWord(word)


def term_pattern(words: list[str]) -> re.Pattern[str]:
    """Where the term may stand: each word a group, to be checked by ``stands_for``. A stem
    keeps all but the last letter of its word's start ("happi" for "happy"), so a word whose
    stem is S starts with S minus its last letter."""
    pieces = []
    for w in words:
        folded = _folded(w.rstrip("*"))
        start = folded if w.endswith("*") else stem(folded)[:-1]
        pieces.append("(" + re.escape(start) + r"\w*)")
    return re.compile(r"(?<!\w)" + r"\W+".join(pieces) + r"(?!\w)")


def stands_for(match: re.Match[str], words: list[str]) -> bool:
    """Each word of the match is the query's word in another form (or begins with its prefix)."""
    for n, w in enumerate(words, start=1):
        found, folded = match.group(n), _folded(w.rstrip("*"))
        if w.endswith("*"):
            if not found.startswith(folded):
                return False
        elif found != folded and stem(found) != stem(folded):
            return False
    return True


def passages(text: str, terms: list[list[str]]) -> list[tuple[int, int]]:
    """Every place a term of the query stands in ``text``, in reading order; terms side by side
    ("Red Crescent" asked as two words) make one passage."""
    folded = _folded(text)
    found = sorted({(m.start(), m.end()) for words in terms
                    for m in term_pattern(words).finditer(folded) if stands_for(m, words)})
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start - merged[-1][1] <= 2 and not text[merged[-1][1]:start].strip():
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        elif merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(text: str, start: int, end: int, context: int = SNIPPET_CONTEXT) -> str:
    left = max(0, start - context)
    right = min(len(text), end + context)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    body = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + body + ("…" if right < len(text) else "")


class SearchMethods(StoreBase):
    def search_case(self, case_id: int, query: str, limit: int | None = None) -> list[SearchHit]:
        """Every passage of the case's documents that matches (``limit`` cuts the list), the
        best-ranked documents first, passages in reading order within each."""
        terms = query_terms(query)
        if not terms:
            raise UsageError(f"nothing to search for in '{query}'")
        rows = self._read(
            "SELECT s.rowid AS id, d.path, d.title, t.text FROM document_search s "
            "JOIN case_documents cd ON cd.document_id = s.rowid AND cd.case_id = ? "
            "JOIN documents d ON d.id = s.rowid JOIN document_texts t ON t.document_id = s.rowid "
            "WHERE document_search MATCH ? ORDER BY bm25(document_search), cd.position",
            (case_id, match_expression(terms)))
        hits: list[SearchHit] = []
        for row in rows:
            for start, end in passages(row["text"], terms):
                hits.append(SearchHit(row["id"], row["path"], row["title"], start, end,
                                      snippet(row["text"], start, end)))
                if limit is not None and len(hits) >= limit:
                    return hits
        return hits
