"""The document model: the text exactly as the reader shows it, and its blocks.

The text is a lasting contract. Every later feature (marks, annotations, the brief) speaks in
character offsets into ``Document.text`` (Python string indices, end exclusive):

- the title stands on the first line (except in paged formats, PDF: there the text is the page
  content only, as printed, and the first heading plays the title; ``Document.title`` still holds
  the title the window shows);
- blocks are separated by exactly one blank line (``"\\n\\n"``) and contain no blank line;
- there is no trailing newline;
- markup is gone: list items keep a plain bullet ("• "), link text stays, URLs go to metadata.

Paged formats (PDF) give each block the 1-based index of the page in the file where it starts
(``Block.page``; None for formats without pages); ``Document.page_at`` answers it for any offset.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from functools import cached_property
from types import MappingProxyType

TYPE_CHECKING = False   # typing itself is not imported before the first paint (~4 ms)
if TYPE_CHECKING:
    from typing import Any

BLOCK_KINDS = ("title", "heading", "paragraph", "list_item", "blockquote", "preformatted")
BULLET = "• "
BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Block:
    kind: str
    start: int
    end: int
    level: int = 0  # heading level, or list nesting depth
    page: int | None = None  # 1-based page in the file where the block starts; None if unpaged


@dataclass(frozen=True)
class Link:
    text: str
    href: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    text: str
    blocks: tuple[Block, ...]
    title: str
    metadata: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def sha256(self) -> str:
        # imported here: the window paints a text before any digest is needed
        import hashlib

        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def path(self) -> str | None:
        return self.metadata.get("path")

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    @cached_property
    def _block_starts(self) -> list[int]:
        return [block.start for block in self.blocks]

    def block_index_at(self, offset: int) -> int:
        """Index of the block holding ``offset`` (or the one just before it), the title being 0."""
        return max(0, bisect_right(self._block_starts, offset) - 1)

    def page_at(self, offset: int) -> int | None:
        """The page (1-based index in the file) holding ``offset``; None for unpaged formats."""
        if not self.blocks:
            return None
        return self.blocks[self.block_index_at(offset)].page

    def page_paragraph(self, offset: int) -> tuple[int, int] | None:
        """(page, paragraph) for a citation such as "p. 3, ¶ 2": the block holding ``offset``
        counted among the blocks that start on its page (1-based); None for unpaged formats."""
        index = self.block_index_at(offset) if self.blocks else 0
        page = self.blocks[index].page if self.blocks else None
        if page is None:
            return None
        first = index
        while first > 0 and self.blocks[first - 1].page == page:
            first -= 1
        return page, index - first + 1

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.metadata.get("path"),
            "title": self.title,
            "sha256": self.sha256,
            "text": self.text,
        }


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029]")


def clean_inline(text: str) -> str:
    """One block's text on one line: runs of white space folded, control characters dropped."""
    text = _CONTROL.sub(" ", text.replace("\r", " ").replace("\n", " "))
    return _SPACES.sub(" ", text).strip()


class DocumentBuilder:
    """Assembles blocks into the text contract, keeping offsets (and link positions) exact."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._blocks: list[Block] = []
        self._links: list[Link] = []
        self._length = 0

    def __len__(self) -> int:
        return len(self._blocks)

    def add(self, kind: str, text: str, level: int = 0,
            links: Iterable[tuple[str, str, int, int]] = (),
            page: int | None = None) -> Block | None:
        """Add a block; ``links`` are (text, href, start, end) relative to ``text`` before cleaning
        is *not* supported: pass text that is already clean (see ``clean_inline``)."""
        if kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {kind!r}")
        if not text or not text.strip():
            return None
        if "\n\n" in text or text != text.strip():
            raise ValueError("block text must be stripped and hold no blank line")
        if self._parts:
            self._parts.append(BLOCK_SEPARATOR)
            self._length += len(BLOCK_SEPARATOR)
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        block = Block(kind, start, self._length, level, page)
        self._blocks.append(block)
        for link_text, href, a, b in links:
            self._links.append(Link(link_text, href, start + a, start + b))
        return block

    def build(self, title: str, metadata: Mapping[str, Any]) -> Document:
        meta = dict(metadata)
        if self._links:
            meta["links"] = [asdict(link) for link in self._links]
        return Document(
            text="".join(self._parts),
            blocks=tuple(self._blocks),
            title=title,
            metadata=MappingProxyType(meta),
        )
