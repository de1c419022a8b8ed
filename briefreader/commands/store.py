"""briefreader store: where the annotation store is, its backup, its check, and its tags."""

from __future__ import annotations

import argparse

from briefreader.errors import BriefreaderError

NAME = "store"
HELP = "the annotation store: show where it is, back it up, check it, list or rename tags"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--backup", metavar="OUT.sqlite3",
                        help="write a consistent copy of the whole store (safe while in use)")
    action.add_argument("--check", action="store_true", help="run SQLite's integrity check")
    action.add_argument("--tags", action="store_true", help="list the tags")
    action.add_argument("--rename-tag", nargs=2, metavar=("OLD", "NEW"), help="rename a tag")
    action.add_argument("--add-tag", metavar="NAME", help="add a tag")


def run(args: argparse.Namespace) -> int:
    from briefreader.commands.store_access import open_store

    with open_store() as store:
        if args.backup:
            print(f"backed up {store.path} to {store.backup(args.backup)}")
        elif args.check:
            result = store.integrity_check()
            if result != "ok":
                raise BriefreaderError(f"integrity check failed: {result}", store.path)
            print(f"{store.path}: ok (schema version {store.schema_version()})")
        elif args.tags:
            for tag in store.tags():
                print(f"{tag.colour}  {tag.name}")
        elif args.rename_tag:
            tag = store.rename_tag(*args.rename_tag)
            print(f"renamed '{args.rename_tag[0]}' to '{tag.name}'")
        elif args.add_tag:
            print(f"added tag '{store.add_tag(args.add_tag).name}'")
        else:
            documents = store.documents()
            print(f"{store.path} (schema version {store.schema_version()}, "
                  f"{len(documents)} document(s))")
    return 0
