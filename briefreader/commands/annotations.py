"""briefreader annotations FILE: list, edit, delete, export and import a document's annotations."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from briefreader.annotations.model import ASSESSMENTS
from briefreader.errors import UsageError

NAME = "annotations"
HELP = "list a document's annotations (orphans too); edit, delete, export or import them"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the article the annotations were made on")
    parser.add_argument("--format", choices=("json", "text"), default="json",
                        help="listing format (default json)")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--delete", metavar="ID", help="delete one annotation")
    action.add_argument("--edit", metavar="ID", help="change an annotation's note, tag or "
                                                     "assessment (with --note/--tag/--assessment)")
    action.add_argument("--export-w3c", metavar="OUT.json",
                        help="write them as W3C Web Annotation JSON")
    action.add_argument("--import-w3c", metavar="IN.json",
                        help="add the annotations of a W3C Web Annotation JSON file")
    action.add_argument("--delete-all", action="store_true",
                        help="delete all of the document's annotations and corrections "
                             "(needs --yes)")
    parser.add_argument("--note", help="with --edit: the new note (Markdown)")
    parser.add_argument("--tag", help="with --edit: the new tag")
    parser.add_argument("--assessment", choices=(*ASSESSMENTS, "none"),
                        help="with --edit: the claim's assessment ('none' clears it)")
    parser.add_argument("--yes", action="store_true", help="confirm --delete-all")


def run(args: argparse.Namespace) -> int:
    from briefreader.commands.store_access import load, open_store

    edits = {k: getattr(args, k) for k in ("note", "tag", "assessment")
             if getattr(args, k) is not None}
    if edits and not args.edit:
        raise UsageError("--note, --tag and --assessment go with --edit ID")
    if args.edit and not edits:
        raise UsageError("say what to change: --note, --tag or --assessment")
    if args.delete_all and not args.yes:
        raise UsageError("--delete-all deletes every annotation of the document; add --yes "
                         "to confirm (back up first with 'briefreader store --backup OUT')")
    document = load(args.file)
    with open_store() as store:
        if args.delete:
            gone = store.delete_annotation(_own_id(store, document, args.delete, args.file))
            print(f"deleted {gone.id}")
        elif args.edit:
            if edits.get("assessment") == "none":
                edits["assessment"] = None
            changed = store.update_annotation(_own_id(store, document, args.edit, args.file),
                                              **edits)
            print(f"updated {changed.id}")
        elif args.export_w3c:
            from briefreader.annotations.w3c import export_w3c

            count = export_w3c(store, document, args.export_w3c)
            print(f"exported {count} annotation(s) to {args.export_w3c}")
        elif args.import_w3c:
            from briefreader.annotations.w3c import import_w3c

            count, orphaned = import_w3c(store, document, args.import_w3c, on_skip=lambda why:
                                         print(f"briefreader: {why}", file=sys.stderr))
            extra = f" ({orphaned} could not be placed on this text and are kept as orphans)"
            print(f"imported {count} annotation(s){extra if orphaned else ''}")
        elif args.delete_all:
            count = store.delete_document_annotations(document)
            print(f"deleted {count} annotation(s) and correction(s) of {args.file}")
        else:
            placed = store.annotations_for(document)
            if args.format == "json":
                data = {"document": _document_json(document), "annotations":
                        [placed_json(p, document.text) for p in placed]}
                sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            else:
                sys.stdout.write(render_text(document, placed) + "\n")
    return 0


def _own_id(store, document, given: str, path: str) -> str:
    """The full id, refusing an annotation of another document (a mistyped file or id)."""
    full = store.resolve_id(given)
    if full not in {p.annotation.id for p in store.annotations_for(document)}:
        raise UsageError(f"annotation {full} belongs to another document", path)
    return full


def _document_json(document) -> dict[str, Any]:
    return {"path": document.path, "title": document.title, "sha256": document.sha256}


def placed_json(placed, text: str) -> dict[str, Any]:
    """``quote`` is what was highlighted, ``text`` the words under it now (they differ when the
    state is ``changed``; null for an orphan)."""
    a = placed.annotation
    current = text[placed.start:placed.end] if placed.start is not None else None
    return {
        "id": a.id, "quote": a.quote, "text": current, "start": placed.start, "end": placed.end,
        "tag": a.tag, "note": a.note, "assessment": a.assessment, "state": placed.state,
        "link": {"kind": a.link_kind, "id": a.link_id, "key": a.link_key} if a.link_kind
        else None,
        "created": a.created, "modified": a.modified,
        "anchor": {"start": a.anchor.start, "end": a.anchor.end, "prefix": a.anchor.prefix,
                   "suffix": a.anchor.suffix, "sha256": a.document_sha256},
    }


def render_text(document, placed) -> str:
    from briefreader.commands.store_access import shorten

    lines = [f"# {document.title}  ({document.path}): {len(placed)} annotation(s)"]
    for p in placed:
        a = p.annotation
        where = f"{p.start}-{p.end}" if p.start is not None else "-"
        quote = shorten(a.quote, 70)
        extra = f" ({a.assessment})" if a.assessment else ""
        lines.append(f"{a.id}  [{a.tag}]{extra} {p.state} {where}  \"{quote}\"")
        if a.link_kind:
            lines.append(f"    {link_text(a)}")
        if p.state == "changed":
            lines.append(f"    now: \"{shorten(document.text[p.start:p.end], 70)}\"")
        if a.note:
            lines.extend(f"    {line}" for line in a.note.splitlines())
    return "\n".join(lines)


def link_text(annotation) -> str:
    """"linked to claim c3 “what it said”": the id when the link was made, and the words stored
    with it (ids shift when extraction runs again; the words find the item)."""
    from briefreader.commands.store_access import shorten

    key = annotation.link_key or {}
    words = key.get("name") or key.get("text")
    said = f" \u201c{shorten(str(words), 60)}\u201d" if words else ""
    return f"linked to {annotation.link_kind} {annotation.link_id}{said}"
