"""briefreader extract FILE...: actors, claims and casualty figures, as the panels show them."""

from __future__ import annotations

import argparse
import json
import sys

from briefreader.errors import BriefreaderError

NAME = "extract"
HELP = "print the actors, claims and casualty figures found in one or more documents"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="articles (.txt, .md, .html)")
    parser.add_argument("--format", choices=("json", "text"), default="json",
                        help="json (default; one object per file, one per line with several files)"
                             " or a readable text summary")


def extraction_json(document, extraction) -> dict:
    out = {"document": document.to_json()}
    out.update(extraction.to_json())
    return out


def run(args: argparse.Namespace) -> int:
    from briefreader.extraction.pipeline import extract_document
    from briefreader.loading import load_document

    failed = 0
    several = len(args.files) > 1
    for path in args.files:
        try:
            document = load_document(path)
            extraction = extract_document(document)
        except BriefreaderError as exc:
            print(f"briefreader: {exc}", file=sys.stderr)
            failed += 1
            continue
        if args.format == "json":
            data = extraction_json(document, extraction)
            text = json.dumps(data, ensure_ascii=False, indent=None if several else 2)
            sys.stdout.write(text + "\n")
        else:
            sys.stdout.write(render_text(document, extraction) + "\n")
        sys.stdout.flush()
    return 2 if failed else 0


def render_text(document, extraction) -> str:
    lines = [f"# {document.title}  ({document.path})"]
    for notice in extraction.notices:
        lines.append(f"! {notice}")
    lines.append(f"\nActors ({len(extraction.actors)})")
    for a in extraction.actors:
        role = f", {a.role}" if a.role else ""
        lines.append(f"  {a.name} [{a.kind}{role}] x{len(a.mentions)}")
    lines.append(f"\nClaims ({len(extraction.claims)})")
    for c in extraction.claims:
        lines.append(f"  {c.speaker or '?'} ({c.kind}, {c.cue or '-'}): {c.text}")
    lines.append(f"\nCasualty figures ({len(extraction.casualties)})")
    for k in extraction.casualties:
        count = f"{k.count:,}" + (f"-{k.count_high:,}" if k.count_high else "")
        who = f" {k.subject}" if k.subject else ""
        src = f" (source: {k.source})" if k.source else ""
        lines.append(f"  {k.qualifier + ' ' if k.qualifier else ''}{count}{who} {k.category}"
                     f" [{k.status}]{src}")
    return "\n".join(lines)
