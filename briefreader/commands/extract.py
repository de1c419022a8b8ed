"""briefreader extract FILE...: actors, claims and casualty figures, as the panels show them.

``--explain`` adds, per item, the named rules that made it (the JSON always carries them as
"rules"); ``--rules`` lists every rule; ``--without RULE[,RULE]`` switches rules off.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from briefreader.errors import BriefreaderError

if TYPE_CHECKING:
    from briefreader.document import Document
    from briefreader.extraction.model import Extraction

NAME = "extract"
HELP = "print the actors, claims and casualty figures found in one or more documents"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="FILE", help="articles (.txt, .md, .html)")
    parser.add_argument("--format", choices=("json", "text"), default="json",
                        help="json (default; one object per file, one per line with several files)"
                             " or a readable text summary")
    parser.add_argument("--explain", action="store_true",
                        help="print under each item the named rules that made it")
    parser.add_argument("--rules", action="store_true",
                        help="list every extraction rule with its stage and description")
    parser.add_argument("--without", metavar="RULE[,RULE]", default="",
                        help="switch the named rules off (see --rules)")


def extraction_json(document: Document, extraction: Extraction) -> dict:
    out = {"document": document.to_json()}
    out.update(extraction.to_json())
    return out


def list_rules() -> str:
    from briefreader.extraction.pipeline import known_rules as all_rules

    rules = all_rules()
    width = max(len(r.name) for r in rules)
    return "\n".join(f"{r.name:<{width}}  {r.stage:<10}  {r.description}" for r in rules)


def _rules_off(spec: str) -> list[str] | None:
    """The rule names of ``--without``; None (after one message) when one is unknown."""
    from briefreader.extraction.pipeline import known_rules as all_rules

    names = [n.strip() for n in spec.split(",") if n.strip()]
    known = {r.name for r in all_rules()}
    unknown = [n for n in names if n not in known]
    if unknown:
        print(f"briefreader: --without: no extraction rule is named {', '.join(unknown)} "
              "(briefreader extract --rules lists them)", file=sys.stderr)
        return None
    return names


def run(args: argparse.Namespace) -> int:
    if args.rules:
        sys.stdout.write(list_rules() + "\n")
        return 0
    if not args.files:
        print("briefreader: extract: give at least one FILE (or --rules)", file=sys.stderr)
        return 2
    off = _rules_off(args.without)
    if off is None:
        return 2
    from briefreader.extraction.rules import switched_off

    with switched_off(off):
        return _extract_files(args)


def _extract_files(args: argparse.Namespace) -> int:
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
            sys.stdout.write(render_text(document, extraction, explain=args.explain) + "\n")
        sys.stdout.flush()
    return 2 if failed else 0


def _explained(lines: list[str], rules: tuple[str, ...], explain: bool) -> None:
    if explain:
        lines.append(f"      rules: {', '.join(rules) if rules else '-'}")


def render_text(document: Document, extraction: Extraction, explain: bool = False) -> str:
    lines = [f"# {document.title}  ({document.path})"]
    for notice in extraction.notices:
        lines.append(f"! {notice}")
    lines.append(f"\nActors ({len(extraction.actors)})")
    for a in extraction.actors:
        role = f", {a.role}" if a.role else ""
        lines.append(f"  {a.id}  {a.name} [{a.kind}{role}] x{len(a.mentions)}")
        _explained(lines, a.rules, explain)
    lines.append(f"\nClaims ({len(extraction.claims)})")
    for c in extraction.claims:
        lines.append(f"  {c.id}  {c.speaker or '?'} ({c.kind}, {c.cue or '-'}): {c.text}")
        _explained(lines, c.rules, explain)
    lines.append(f"\nCasualty figures ({len(extraction.casualties)})")
    for k in extraction.casualties:
        count = f"{k.count:,}" + (f"-{k.count_high:,}" if k.count_high else "")
        who = f" {k.subject}" if k.subject else ""
        src = f" (source: {k.source})" if k.source else ""
        lines.append(f"  {k.id}  {k.qualifier + ' ' if k.qualifier else ''}{count}{who} "
                     f"{k.category} [{k.status}]{src}")
        _explained(lines, k.rules, explain)
    return "\n".join(lines)
