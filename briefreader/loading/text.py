"""Plain text: the first line is the headline, blank lines separate paragraphs."""

from __future__ import annotations

import re
from pathlib import Path

from briefreader.document import BULLET, Document, DocumentBuilder, clean_inline

_BULLET_LINE = re.compile(r"^\s*(?:[-*+•‣◦▪–]|\d{1,3}[.)])\s+(?=\S)")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v\u00a0]*\n")
_DANGLING = frozenset("and & of for the in on to at with".split())  # no heading ends so
_CLOSING = (".", ",", ";", ":", "!", "?", '"', "'", "”", "’", ")", "…", "-", "–", "—")


def _heading_line(lines: list[str]) -> bool:
    """A short capitalised first line with no closing punctuation ("OVERVIEW", "Humanitarian
    situation") over a paragraph starting on the next line: a heading, not a hard-wrapped
    line. A wrapped line ends early only when the next word would not fit, so the next line's
    first word must have fitted within the paragraph's widest line."""
    if len(lines) < 2:
        return False
    first, rest = lines[0].strip(), [line.strip() for line in lines[1:]]
    if not first[:1].isupper() or first.endswith(_CLOSING) or len(first.split()) > 6 \
            or len(first) > 60 or not (rest[0][:1].isupper() or rest[0][:1] in "\"“‘'") \
            or first.split()[-1].lower() in _DANGLING:  # "The Council for Peace and" / "Security"
        return False
    width = max(len(line) for line in rest)
    return len(first) + 1 + len(rest[0].split()[0]) <= width


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_plain_text(text: str, path: Path, encoding: str) -> Document:
    text = normalize_newlines(text)
    builder = DocumentBuilder()
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(text) if p.strip()]
    title = ""
    if paragraphs:
        first, _, rest = paragraphs[0].strip().partition("\n")
        title = clean_inline(first)
        paragraphs[0] = rest
    builder.add("title", title or clean_inline(path.stem) or "Untitled")
    for paragraph in paragraphs:
        lines = [line for line in paragraph.split("\n") if line.strip()]
        if _heading_line(lines):
            builder.add("heading", clean_inline(lines.pop(0)), level=2)
        if lines and all(_BULLET_LINE.match(line) for line in lines):
            for line in lines:
                item = clean_inline(_BULLET_LINE.sub("", line, count=1))
                builder.add("list_item", BULLET + item, level=1)
        else:
            # hard-wrapped lines of one paragraph are unwrapped: the view wraps for the reader
            builder.add("paragraph", clean_inline(" ".join(lines)))
    doc_title = title or clean_inline(path.stem) or "Untitled"
    return builder.build(doc_title, {"path": str(path), "format": "text", "encoding": encoding})
