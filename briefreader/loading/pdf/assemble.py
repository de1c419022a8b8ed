"""Pages of lines into the Document: furniture out, notes aside, regions in order, blocks joined.

A paragraph that runs on past a column or a page foot is one block (its page is where it
starts). A pull quote, set apart in larger type and repeating words of the body, is dropped.
Footnotes close the document, each its own block on the page where it stands.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from briefreader.document import Document, DocumentBuilder, clean_inline
from briefreader.errors import LoadError
from briefreader.loading.pdf.columns import reading_order
from briefreader.loading.pdf.footnotes import Footnote, split_footnotes
from briefreader.loading.pdf.furniture import PageLines, remove_furniture
from briefreader.loading.pdf.hyphenation import Lexicon, join_lines
from briefreader.loading.pdf.opening import NO_TEXT
from briefreader.loading.pdf.paragraphs import PendingBlock, list_item_text, region_blocks
from briefreader.loading.pdf.tables import find_tables

_RUNS_ON = re.compile(r"[^.!?:;\"'\u2019\u201d)\]]$")
_OPENERS = "\"'\u2018\u201c("
_NORM = re.compile(r"[^\w]+")
# A pull quote repeats at least this many words of the body.
MIN_PULL_QUOTE_WORDS = 6


def body_style(pages: list[PageLines]) -> tuple[float, bool]:
    """The size and weight most of the text is set in (counted in characters)."""
    sizes: Counter[float] = Counter()
    bold: Counter[bool] = Counter()
    for page in pages:
        for ln in page.lines:
            sizes[round(ln.size)] += len(ln.text)
            bold[ln.bold] += len(ln.text)
    size = sizes.most_common(1)[0][0] if sizes else 10.0
    return float(size), bold.most_common(1)[0][0] if bold else False


def assemble(pages: list[PageLines], meta: dict, path: Path,
             furniture_removed: bool = False) -> Document:
    if not furniture_removed:
        remove_furniture(pages)
    body_size, body_bold = body_style(pages)
    blocks: list[PendingBlock] = []
    notes: list[Footnote] = []
    for page in pages:
        lines, page_notes = split_footnotes(page.lines, page.height, body_size)
        notes.extend(page_notes)
        for region in reading_order(find_tables(lines)):
            found = region_blocks(region, body_size, body_bold)
            if found:
                found[0].opens_region = found[-1].closes_region = True
            blocks.extend(found)
    lexicon = Lexicon([ln.text for page in pages for ln in page.lines])
    texts = _block_texts(_drop_pull_quotes(blocks, body_size), lexicon)
    builder = DocumentBuilder()
    for index, (kind, text, level, page_no) in enumerate(texts):
        if index == 0 and kind == "heading":
            # the report's first heading is its title: the block every reader of a Document
            # (extraction, the view, the brief) takes for the headline; no text is added
            kind, level = "title", 0
        builder.add(kind, text, level=level, page=page_no)
    for note in notes:
        text = join_lines([ln.text for ln in note.lines], [ln.hyphen for ln in note.lines],
                          lexicon)
        builder.add("paragraph", text, page=note.page)
    if not len(builder):
        raise LoadError(NO_TEXT, path)
    heading = next((t for k, t, _, _ in texts if k == "heading"), None)
    title = heading or meta.get("pdf_title") or clean_inline(path.stem) or "Untitled"
    metadata = {"path": str(path), "format": "pdf", **meta}
    if notes:
        metadata["footnotes"] = len(notes)
    return builder.build(title, metadata)


def _block_texts(blocks: list[PendingBlock],
                 lexicon: Lexicon) -> list[tuple[str, str, int, int]]:
    """(kind, text, level, page) per block, paragraphs that run on joined with their ends."""
    out: list[tuple[str, str, int, int]] = []
    last: PendingBlock | None = None
    for block in blocks:
        before, last = last, block
        if block.kind == "table":
            for line in block.lines:
                out.extend(("paragraph", " ".join(row.split()), 0, line.page)
                           for row in line.rows or [] if row.strip())
            continue
        text = join_lines([ln.text for ln in block.lines], [ln.hyphen for ln in block.lines],
                          lexicon)
        if not text:
            continue
        if block.kind == "list_item":
            text = list_item_text(text)
        prev = out[-1] if out else None
        if (prev and block.kind == "paragraph" and prev[0] in ("paragraph", "list_item")
                and _runs_on(before, block, prev[1], text)):
            joined = join_lines([prev[1], text], [False, False], lexicon)
            out[-1] = (prev[0], joined, prev[2], prev[3])
            continue
        out.append((block.kind, text, block.level, block.page))
    return out


def _runs_on(before: PendingBlock | None, block: PendingBlock, before_text: str,
             text: str) -> bool:
    """A paragraph cut by a column or page end: no closing punctuation before the break, and
    after it what goes on inside a sentence: a small letter (after an opening quote too), or,
    in the same type, a number ("around | 30 miles") or, where a column ends, a name
    ("conflict in | Colombia")."""
    if before is None or before.kind == "table" or not _RUNS_ON.search(before_text[-1:]):
        return False
    start = text[1:2] if text[:1] in _OPENERS else text[:1]
    if start.islower():
        return True
    same_type = (abs(before.lines[-1].size - block.lines[0].size) < 0.5
                 and before.lines[-1].bold == block.lines[0].bold)
    if not same_type:
        return False
    return text[:1].isdigit() or (before.closes_region and block.opens_region
                                  and before_text[-1:].isalpha())


def _drop_pull_quotes(blocks: list[PendingBlock], body_size: float) -> list[PendingBlock]:
    """Blocks set larger than the body whose words all stand in a body paragraph on the same
    spread (the page before, its own, the page after): a pull quote repeats nearby text, and
    looking no further keeps a long report from being searched once per large heading."""
    candidates = [b for b in blocks if b.kind in ("paragraph", "heading")
                  and b.lines[0].size > body_size * 1.1 and b.lines[0].rows is None
                  and sum(len(ln.text.split()) for ln in b.lines) >= MIN_PULL_QUOTE_WORDS]
    if not candidates:
        return blocks
    chosen = {id(b) for b in candidates}
    page_texts: dict[int, list[str]] = {}
    for b in blocks:
        # the body a quote repeats is text in body type, not a running header that repeats
        # the title
        if id(b) not in chosen and abs(b.lines[0].size - body_size) <= 0.1 * body_size:
            page_texts.setdefault(b.page, []).extend(ln.text for ln in b.lines)
    dropped = set()
    for b in candidates:
        words = _norm(" ".join(ln.text for ln in b.lines)).split()
        near = " ".join(t for p in (b.page - 1, b.page, b.page + 1)
                        for t in page_texts.get(p, ()))
        if len(words) >= MIN_PULL_QUOTE_WORDS and " ".join(words) in _norm(near):
            dropped.add(id(b))
    return [b for b in blocks if id(b) not in dropped]


def _norm(text: str) -> str:
    return _NORM.sub(" ", text.lower()).strip()
