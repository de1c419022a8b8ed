"""briefreader correct FILE: fix what extraction got wrong; the fixes outlive re-extraction."""

from __future__ import annotations

import argparse
import json
import sys

from briefreader.annotations.model import ASSESSMENTS
from briefreader.errors import UsageError

NAME = "correct"
HELP = "correct a document's extraction: rename or merge actors, reject items, fix speakers/figures"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the article")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--list", action="store_true",
                        help="show the corrected extraction with its ids, and the corrections "
                             "(the default)")
    action.add_argument("--rename-actor", metavar="ACTOR_ID", help="rename an actor (with --to)")
    action.add_argument("--merge-actor", metavar="ACTOR_ID",
                        help="merge an actor into another (with --into)")
    action.add_argument("--reject", metavar="ITEM_ID",
                        help="mark an actor, claim or casualty figure as wrong")
    action.add_argument("--speaker", metavar="CLAIM_ID",
                        help="set who made a claim (with --to NAME, or --to '' for nobody)")
    action.add_argument("--figure", metavar="FIGURE_ID",
                        help="fix a casualty figure (with --count and/or --category)")
    action.add_argument("--assess", metavar="CLAIM_ID",
                        help=f"assess a claim (with --to: {', '.join(ASSESSMENTS)})")
    action.add_argument("--undo", metavar="CORRECTION_ID", help="remove a correction")
    parser.add_argument("--to", metavar="VALUE", help="the new name, speaker or assessment")
    parser.add_argument("--into", metavar="ACTOR_ID", help="with --merge-actor: the actor kept")
    parser.add_argument("--count", type=int, help="with --figure: the right count")
    parser.add_argument("--count-high", type=int, help="with --figure: upper end of a range")
    parser.add_argument("--category", help="with --figure: killed, wounded, displaced, ...")
    parser.add_argument("--format", choices=("json", "text"), default="text",
                        help="format of --list (default text)")


def _need(value, option: str, action: str):
    if value is None:
        raise UsageError(f"{action} needs {option}")
    return value


def run(args: argparse.Namespace) -> int:
    from briefreader.commands.store_access import load, open_store
    from briefreader.corrections import make as fix
    from briefreader.corrections.describe import describe_correction

    document = load(args.file)
    with open_store() as store:
        if args.undo:
            gone = store.delete_correction(args.undo)
            print(f"removed correction {gone.id}: {describe_correction(gone)}")
            return 0
        from briefreader.extraction.pipeline import extract_document

        existing = store.corrections_for(document)
        extraction = fix.apply_corrections(extract_document(document), existing)
        new = None
        if args.rename_actor:
            new = fix.rename_actor(extraction, args.rename_actor,
                                   _need(args.to, "--to NAME", "--rename-actor"))
        elif args.merge_actor:
            new = fix.merge_actors(extraction, args.merge_actor,
                                   _need(args.into, "--into ACTOR_ID", "--merge-actor"))
        elif args.reject:
            new = fix.reject(extraction, args.reject)
        elif args.speaker:
            new = fix.set_speaker(extraction, args.speaker,
                                  _need(args.to, "--to NAME", "--speaker"))
        elif args.figure:
            new = fix.set_casualty(extraction, args.figure, count=args.count,
                                   count_high=args.count_high, category=args.category)
        elif args.assess:
            new = fix.set_assessment(extraction, args.assess,
                                     _need(args.to, "--to ASSESSMENT", "--assess"))
        if new is not None:
            correction = store.add_correction(document, *new)
            print(f"{correction.id}: {describe_correction(correction)}")
            return 0
        assessments = fix.claim_assessments(extraction, existing)
        if args.format == "json":
            data = {"document": {"path": document.path, "sha256": document.sha256},
                    **extraction.to_json(), "assessments": assessments,
                    "corrections": [{"id": c.id, "kind": c.kind, "target": c.target,
                                     "value": c.value, "created": c.created,
                                     "description": describe_correction(c)} for c in existing]}
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            sys.stdout.write(_render(extraction, existing, assessments) + "\n")
    return 0


def _render(extraction, corrections, assessments) -> str:
    from briefreader.commands.store_access import shorten
    from briefreader.corrections.describe import describe_correction

    lines = ["Actors"]
    lines += [f"  {a.id:5} {a.name} [{a.kind}]" for a in extraction.actors]
    lines.append("Claims")
    for c in extraction.claims:
        text = shorten(c.text, 70)
        verdict = f" ({assessments[c.id]})" if c.id in assessments else ""
        lines.append(f"  {c.id:5} {c.speaker or '?'}{verdict}: {text}")
    lines.append("Casualty figures")
    lines += [f"  {k.id:5} {k.count} {k.category}: {k.text}" for k in extraction.casualties]
    lines.append(f"Corrections ({len(corrections)})")
    lines += [f"  {c.id}  {describe_correction(c)}" for c in corrections]
    lines += [f"! {n}" for n in extraction.notices]
    return "\n".join(lines)
