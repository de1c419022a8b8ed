"""briefreader export FILE... [-o OUT.md]: the annotated Markdown brief, on stdout or to a file."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from briefreader.errors import ExportError, UsageError

NAME = "export"
HELP = "write an annotated Markdown brief of one or more documents (stdout by default)"
SECTION_NAMES = "figures,actors,claims,highlights,orphans"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="articles (.txt, .md, .html); several give one brief with a section "
                             "per document and a combined figures table")
    parser.add_argument("-o", "--output", metavar="OUT.md",
                        help="write the brief to this file (atomically: an old file is replaced "
                             "whole or not at all); default: standard output")
    parser.add_argument("--date", metavar="YYYY-MM-DD",
                        help="the brief's date (default: today), for reproducible output")
    parser.add_argument("--sections", metavar="LIST", default=SECTION_NAMES,
                        help=f"comma-separated sections to include (default: {SECTION_NAMES})")
    parser.add_argument("--assessed-only", action="store_true",
                        help="leave out claims that have no assessment")


def _parse_date(text: str | None):
    import datetime as dt

    if text is None:
        return None
    try:
        if not _ISO_DATE.match(text):
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--date: '{text}' is not a date written YYYY-MM-DD") from None


def _check_output(output: str, inputs: list[str]) -> None:
    """Fail before the slow work (extraction) when the brief could not be saved anyway."""
    target = Path(output).expanduser().resolve()
    if target.is_dir():
        raise ExportError("is a directory, not a file to write the brief to", output)
    if not target.parent.is_dir():
        raise ExportError(f"cannot write the brief: folder {Path(output).parent} does not exist",
                          output)
    for path in inputs:
        if Path(path).expanduser().resolve() == target:
            raise ExportError("is one of the documents being exported; choose another output "
                              "file", output)


def load_brief_source(path: str, store):
    """A document with its extraction, the user's corrections applied, and its annotations."""
    from briefreader.brief.build import BriefSource
    from briefreader.extraction.pipeline import extract_document
    from briefreader.loading import load_document

    document = load_document(path)
    corrections = store.corrections_for(document) if store is not None else []
    annotations = store.annotations_for(document) if store is not None else []
    return BriefSource.with_corrections(document, extract_document(document), annotations,
                                        corrections)


def run(args: argparse.Namespace) -> int:
    from briefreader.brief.build import BriefOptions, build_brief, parse_sections, render_markdown
    from briefreader.store.annotations import AnnotationStore

    date = _parse_date(args.date)
    try:
        sections = parse_sections(args.sections)
    except ValueError as exc:
        raise UsageError(f"--sections: {exc}") from None
    if args.output:
        _check_output(args.output, args.files)
    with AnnotationStore.open() as store:
        if store.recovery is not None:
            print(f"briefreader: {store.recovery}", file=sys.stderr)
        sources = [load_brief_source(path, store) for path in args.files]
    brief = build_brief(sources, date=date)
    text = render_markdown(brief, BriefOptions(sections=sections,
                                               assessed_only=args.assessed_only))
    if args.output:
        from briefreader.brief.build import write_brief_atomically

        write_brief_atomically(args.output, text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0
