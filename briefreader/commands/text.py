"""briefreader text FILE: the document's text exactly as the reader shows it."""

from __future__ import annotations

import argparse
import sys

NAME = "text"
HELP = "print a document's text exactly as the reader shows it (title on the first line)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a .txt, .md or .html article")
    parser.add_argument("--blocks", action="store_true",
                        help="print each block's kind and offsets instead of the text")


def run(args: argparse.Namespace) -> int:
    from briefreader.loading import load_document

    document = load_document(args.file)
    if args.blocks:
        for block in document.blocks:
            snippet = document.block_text(block)[:60]
            print(f"{block.kind:12} {block.start:>7} {block.end:>7}  {snippet}")
    else:
        sys.stdout.write(document.text + "\n")
    return 0
