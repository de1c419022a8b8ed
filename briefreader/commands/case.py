"""briefreader case ...: case files (many sources on one crisis) from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the store and the cases load only when a command runs
    from briefreader.store.annotations import AnnotationStore

NAME = "case"
HELP = "case files: gather documents on one crisis; search them; compare actors, claims, figures"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    sub.add_parser("create", help="make an empty case").add_argument("name", metavar="NAME")
    add = sub.add_parser("add", help="add files, or the documents in folders, to a case")
    add.add_argument("name", metavar="NAME")
    add.add_argument("paths", nargs="+", metavar="FILE|DIR")
    add.add_argument("--processes", type=_positive, default=None,
                     help="processes that analyse documents (default: one per core)")
    listing = sub.add_parser("list", help="the cases, or the documents of one")
    listing.add_argument("name", nargs="?", metavar="NAME")
    remove = sub.add_parser("remove", help="take a document out of a case")
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("path", metavar="FILE")
    search = sub.add_parser("search", help="full-text search over a case's documents")
    search.add_argument("name", metavar="NAME")
    search.add_argument("query", metavar="QUERY", help='words and "phrases", all required')
    search.add_argument("--limit", type=_positive, default=None, help="at most N passages")
    for action, text in (("actors", "actors merged across the documents"),
                         ("claims", "claims by speaker, in the order of the documents' dates"),
                         ("figures", "the figure ledger: incidents, low/best/high, disputes")):
        command = sub.add_parser(action, help=text)
        command.add_argument("name", metavar="NAME")
        if action == "claims":
            command.add_argument("--speaker", default=None, help="only this speaker's claims")
        if action == "actors":
            command.add_argument("--rename", metavar="NAME", help="give every actor known as "
                                 "NAME in the case's documents the name --to NEW (another "
                                 "actor's name merges the two)")
            command.add_argument("--to", metavar="NEW", help="with --rename")
            command.add_argument("--undo", metavar="ID", help="undo a case-wide rename")
        if action == "figures":
            fix = command.add_mutually_exclusive_group()
            fix.add_argument("--split", metavar="KEY", help="the figure (its 'key' in the JSON) is "
                             "not of its incident: give it one of its own")
            fix.add_argument("--move", metavar="KEY", help="move the figure to the incident of "
                             "the figure given by --to")
            fix.add_argument("--undo", metavar="ID", help="undo a move or a split")
            command.add_argument("--to", metavar="KEY", help="with --move")
    for command in (search, *(sub.choices[a] for a in ("actors", "claims", "figures", "list"))):
        command.add_argument("--format", choices=("json", "text"), default="text")
    brief = sub.add_parser("brief", help="write the case brief (Markdown)")
    brief.add_argument("name", metavar="NAME")
    brief.add_argument("-o", "--output", metavar="OUT.md", default=None)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a positive whole number")
    return value


def run(args: argparse.Namespace) -> int:
    from briefreader.commands.store_access import open_store

    with open_store() as store:
        return _ACTIONS[args.action](store, args)


def _print_json(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _create(store: AnnotationStore, args: argparse.Namespace) -> int:
    print(f"made case '{store.create_case(args.name).name}'")
    return 0


def _add(store: AnnotationStore, args: argparse.Namespace) -> int:
    from briefreader.cases.analysis import add_documents

    bar = _progress_bar() if sys.stderr.isatty() else None
    try:
        summary = add_documents(store, args.name, args.paths, args.processes,
                                bar.update if bar else None)
    finally:
        if bar:
            bar.close()
    for line in summary.failed:
        print(f"briefreader: {line}", file=sys.stderr)
    print(summary.line(store.case(args.name).name))
    return 2 if summary.failed else 0


class _Bar:
    """tqdm's bar, told the absolute count (the cache may answer for many documents at once)."""

    def __init__(self) -> None:
        from tqdm import tqdm

        self.bar = tqdm(total=0, unit="doc", desc="analysing", file=sys.stderr, leave=False)

    def update(self, done: int, total: int) -> None:
        self.bar.total = total
        self.bar.n = done
        self.bar.refresh()

    def close(self) -> None:
        self.bar.close()


def _progress_bar() -> _Bar | None:
    try:
        return _Bar()
    except ImportError:  # tqdm is optional: the summary line says the same at the end
        return None


def _list(store: AnnotationStore, args: argparse.Namespace) -> int:
    if args.name is None:
        cases = store.cases()
        if args.format == "json":
            _print_json({"cases": [{"name": c.name, "documents": c.documents} for c in cases]})
        for case in cases if args.format == "text" else ():
            print(f"{case.name}  ({case.documents} document(s))")
        return 0
    members = store.case_members(args.name)
    if args.format == "json":
        _print_json({"case": store.case(args.name).name, "documents": [
            {"path": m.path, "title": m.title, "outlet": m.metadata.get("outlet"),
             "date": m.metadata.get("date")} for m in members]})
        return 0
    for m in members:
        details = ", ".join(str(x) for x in (m.metadata.get("outlet"), m.metadata.get("date"))
                            if x)
        print(f"{m.position:>3}. {m.title}" + (f" ({details})" if details else "") +
              f"  {m.path or ''}")
    return 0


def _remove(store: AnnotationStore, args: argparse.Namespace) -> int:
    member = store.remove_from_case(args.name, args.path)
    print(f"removed '{member.title}' from case '{store.case(args.name).name}'")
    return 0


def _search(store: AnnotationStore, args: argparse.Namespace) -> int:
    hits = store.search_case(store.case(args.name).id, args.query, args.limit)
    if args.format == "json":
        _print_json({"query": args.query, "hits": [
            {"path": h.path, "title": h.title, "start": h.start, "end": h.end,
             "snippet": h.snippet} for h in hits]})
        return 0
    for h in hits:
        print(f"{h.path}:{h.start}-{h.end}  {h.snippet}")
    return 0


def _opened(store: AnnotationStore, name: str):
    from briefreader.cases.case_file import open_case

    return open_case(store, name)


def _renames(store: AnnotationStore, name: str) -> dict[str, str]:
    from briefreader.cases.actors import case_renames

    return case_renames(store.case_corrections(name))


def _actors(store: AnnotationStore, args: argparse.Namespace) -> int:
    from briefreader.cases.actors import case_actors
    from briefreader.errors import UsageError

    if args.undo:
        store.remove_case_correction(args.undo)
        print(f"undid {args.undo}", file=sys.stderr)
    elif args.rename:
        if not args.to or not args.to.strip():
            raise UsageError("--rename needs --to NEW: the name to give")
        made = store.add_case_correction(args.name, "rename_actor",
                                         {"name": args.rename, "to": args.to.strip()})
        print(f"renamed (undo with --undo {made.id})", file=sys.stderr)
    actors = case_actors(_opened(store, args.name), _renames(store, args.name))
    if args.format == "json":
        _print_json({"actors": [a.to_json() for a in actors]})
        return 0
    for a in actors:
        print(f"{a.name} [{a.kind}] x{a.mentions} in {len(a.documents)} document(s)")
    return 0


def _claims(store: AnnotationStore, args: argparse.Namespace) -> int:
    from briefreader.cases.actors import case_actors
    from briefreader.cases.claims import case_claims

    case = _opened(store, args.name)
    claims = case_claims(case, case_actors(case, _renames(store, args.name)), args.speaker)
    if args.format == "json":
        _print_json({"claims": [c.to_json() for c in claims]})
        return 0
    for c in claims:
        print(f"{c.speaker or '?'} ({Path(c.source_document.path or '').name}): {c.claim.text}")
    return 0


def _correct_ledger(store: AnnotationStore, args: argparse.Namespace) -> None:
    from briefreader.errors import UsageError

    if args.move and not args.to:
        raise UsageError("--move needs --to KEY: the figure whose incident it joins")
    if args.undo:
        store.remove_case_correction(args.undo)
        print(f"undid {args.undo}", file=sys.stderr)
    elif args.split or args.move:
        value = {"figure": args.split} if args.split else {"figure": args.move, "to": args.to}
        made = store.add_case_correction(args.name, "split" if args.split else "move", value)
        print(f"{made.kind} {made.id} (undo with --undo {made.id})", file=sys.stderr)


def _figures(store: AnnotationStore, args: argparse.Namespace) -> int:
    from briefreader.cases.ledger import build_ledger

    _correct_ledger(store, args)
    ledger = build_ledger(_opened(store, args.name), store.case_corrections(args.name))
    if args.format == "json":
        _print_json(ledger.to_json())
        return 0
    for e in ledger.entries:
        flag = (" DISAGREE (" + ("revised" if e.revised else "differing") + ")"
                if e.disagreement else "")
        print(f"{e.id} {e.incident.description}: low {e.low} best {e.best} high {e.high}{flag}")
    return 0


def _brief(store: AnnotationStore, args: argparse.Namespace) -> int:
    from briefreader.cases.actors import case_actors
    from briefreader.cases.case_brief import render_case_brief
    from briefreader.cases.claims import case_claims
    from briefreader.cases.ledger import build_ledger
    from briefreader.files import write_brief_atomically

    case = _opened(store, args.name)
    actors = case_actors(case, _renames(store, args.name))
    annotations = {d.member.document_id: store.annotations_for(d.document)
                   for d in case.documents}
    text = render_case_brief(case, build_ledger(case, store.case_corrections(args.name)),
                             actors, case_claims(case, actors), annotations)
    if args.output:
        write_brief_atomically(args.output, text)
        print(f"wrote {args.output}")
    else:
        sys.stdout.write(text)
    return 0


_ACTIONS = {"create": _create, "add": _add, "list": _list, "remove": _remove,
            "search": _search, "actors": _actors, "claims": _claims, "figures": _figures,
            "brief": _brief}
