"""briefreader annotate FILE --quote TEXT: highlight a passage, with a tag and a note."""

from __future__ import annotations

import argparse
import sys

from briefreader.annotations.model import ASSESSMENTS, LINK_KINDS
from briefreader.errors import UsageError

NAME = "annotate"
HELP = "highlight a passage of a document (found by its words) with a tag and a note"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the article (.txt, .md, .html)")
    parser.add_argument("--quote", required=True, metavar="TEXT",
                        help="the words to highlight, as they stand in the text")
    parser.add_argument("--occurrence", type=int, metavar="N",
                        help="which occurrence of the quote, counting from 1 (default: the first)")
    parser.add_argument("--tag", metavar="NAME", help="the tag (default: the first tag)")
    parser.add_argument("--note", default="", metavar="TEXT", help="a note, in Markdown")
    parser.add_argument("--assessment", choices=ASSESSMENTS, help="for a claim")
    parser.add_argument("--link", metavar="KIND:ID",
                        help=f"link to an extracted item ({', '.join(LINK_KINDS)}), e.g. claim:c3;"
                             " the ids are those 'briefreader extract FILE --format text' prints")
    parser.epilog = ("Item ids (a1 for an actor, c3 for a claim, k2 for a casualty figure) come "
                     "from 'briefreader extract FILE --format text' or 'briefreader correct FILE "
                     "--list', which show each item with its id. The link also keeps what the "
                     "item says, so it holds when a later extraction numbers the items anew.")


def run(args: argparse.Namespace) -> int:
    from briefreader.anchoring.resolve import find_quote
    from briefreader.commands.store_access import load, open_store, shorten

    document = load(args.file)
    spans = find_quote(document.text, args.quote)
    if not spans:
        raise UsageError(f"the quote '{shorten(args.quote, 60)}' is not in the text", args.file)
    n = args.occurrence or 1
    if not 1 <= n <= len(spans):
        raise UsageError(f"the quote occurs {len(spans)} time(s); --occurrence {n} is out of range",
                         args.file)
    if args.link:
        link_kind, _, link_id = args.link.partition(":")
        if link_kind not in LINK_KINDS or not link_id:
            raise UsageError(f"--link must be KIND:ID with KIND one of {', '.join(LINK_KINDS)}")
    start, end = spans[n - 1]
    with open_store() as store:
        link = _link(document, store, link_kind, link_id) if args.link else None
        annotation = store.add_annotation(document, start, end, tag=args.tag, note=args.note,
                                          assessment=args.assessment,
                                          **(link.fields() if link else {}))
    if len(spans) > 1 and args.occurrence is None:
        print(f"briefreader: the quote occurs {len(spans)} times; annotated the first "
              "(choose with --occurrence N)", file=sys.stderr)
    print(annotation.id)
    return 0


def _link(document, store, kind: str, item_id: str):
    """The link with its item's key, the id checked against the extraction as 'briefreader correct
    --list' shows it (corrections applied): the key keeps the link when ids are renumbered."""
    from briefreader.annotations.links import link_to
    from briefreader.corrections.make import apply_corrections
    from briefreader.extraction.pipeline import extract_document

    extraction = apply_corrections(extract_document(document), store.corrections_for(document))
    return link_to(extraction, kind, item_id)
