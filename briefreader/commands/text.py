"""briefreader text FILE: the document's text exactly as the reader shows it."""

from __future__ import annotations

import argparse
import json
import sys

NAME = "text"
HELP = ("print a document's text exactly as the reader shows it (title on the first line; "
        "a PDF's text is its page content only)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a .txt, .md, .html, .pdf, .docx or .epub document")
    parser.add_argument("--blocks", action="store_true",
                        help="print each block's kind, offsets and page instead of the text")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="json: {title, text, blocks: [{kind, start, end, page}], metadata}")


def run(args: argparse.Namespace) -> int:
    from briefreader.loading import load_document

    document = load_document(args.file)
    if args.format == "json":
        json.dump(document_json(document), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif args.blocks:
        for block in document.blocks:
            snippet = document.block_text(block)[:60]
            page = "-" if block.page is None else block.page
            print(f"{block.kind:12} {block.start:>7} {block.end:>7} {page:>5}  {snippet}")
    else:
        sys.stdout.write(document.text + "\n")
    return 0


def document_json(document) -> dict:
    """The document as the --format json output: text, blocks with pages, metadata."""
    return {
        "title": document.title,
        "text": document.text,
        "blocks": [{"kind": b.kind, "start": b.start, "end": b.end, "page": b.page}
                   for b in document.blocks],
        # metadata values are plain (strings, numbers, lists of link records); anything else
        # is shown as its text rather than failing the whole output
        "metadata": json.loads(json.dumps(dict(document.metadata), default=str)),
    }
