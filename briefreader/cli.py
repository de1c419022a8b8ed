"""The command line: ``briefreader FILE...`` opens the window; subcommands work headless.

Each subcommand is a thin wrapper over core functions (see briefreader/commands/). Errors a user can
act on are printed as one line on stderr with exit status 2; nothing prints a traceback.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from collections.abc import Sequence

from briefreader import __version__
from briefreader.commands import COMMAND_MODULES
from briefreader.errors import BriefreaderError, UsageError
from briefreader.worker.server import SERVER_FLAG

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

PROG = "briefreader"
EPILOG = "Run 'briefreader COMMAND --help' for a command's options."


def _command_modules():
    return [importlib.import_module(f"briefreader.commands.{name}") for name in COMMAND_MODULES]


def build_command_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(prog=PROG, description="briefreader: headless commands.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in _command_modules():
        p = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(p)
        p.set_defaults(run=module.run)
    return parser


def build_window_parser() -> argparse.ArgumentParser:
    import argparse

    class _WindowParser(argparse.ArgumentParser):
        """Lists the subcommands in its help only when the help is shown: reading each command's
        module would cost every start of the window tens of milliseconds."""

        def format_help(self) -> str:
            if self.epilog is None:
                commands = "\n".join(f"  {m.NAME:12} {m.HELP}" for m in _command_modules())
                self.epilog = f"commands:\n{commands}\n\n{EPILOG}"
            return super().format_help()

    parser = _WindowParser(
        prog=PROG,
        usage=f"{PROG} [FILE ...] [--screenshot OUT.png [--size WxH]]\n       {PROG} COMMAND ...",
        description="A desktop briefing reader: the article beside its actors, claims and casualty "
                    "figures; highlights, notes and Markdown briefs.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="articles to open, each in a tab")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="open offscreen, wait for the panels to fill, save a screenshot, exit")
    parser.add_argument("--size", default="1400x900", metavar="WxH",
                        help="window size for --screenshot (default 1400x900)")
    return parser


def _configure_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass


def _check_window_arguments(argv: list[str]) -> None:
    """Refuse, in one line, what would otherwise end in Qt's silent abort (status 134)."""
    first = argv[0] if argv else ""
    if first and not first.startswith("-") and not os.path.lexists(first):
        import difflib

        close = difflib.get_close_matches(first, COMMAND_MODULES, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else \
            f" (commands: {', '.join(COMMAND_MODULES)})"
        raise UsageError(f"no such file or command '{first}'{hint}")
    if "--screenshot" in argv or any(arg.startswith("--screenshot=") for arg in argv):
        return   # run_app renders a screenshot offscreen by itself
    if "-h" in argv or "--help" in argv or "--version" in argv:
        return
    if _has_display():
        return
    raise UsageError(
        "no graphical display (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open; "
        f"the headless commands work here ({', '.join(COMMAND_MODULES)}; "
        f"'{PROG} COMMAND --help'), and QT_QPA_PLATFORM=offscreen {PROG} FILE --screenshot OUT.png "
        "renders the window to an image")


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True   # the user chose a platform (offscreen, vnc, ...): Qt knows what to do
    if sys.platform == "darwin" or sys.platform.startswith("win"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == [SERVER_FLAG]:   # the window's extraction child (worker/server.py)
        from briefreader.worker.server import server_main

        return server_main()
    _configure_output()
    logging.basicConfig(level=logging.WARNING, format="briefreader: %(levelname)s: %(message)s")
    try:
        if argv and argv[0] in COMMAND_MODULES:
            args = build_command_parser().parse_args(argv)
            return args.run(args)
        _check_window_arguments(argv)
        from briefreader.gui.app import run_app

        if all(arg and not arg.startswith("-") for arg in argv):
            return run_app(argv)   # only files: argparse would read them the same way, slower
        args = build_window_parser().parse_args(argv)
        return run_app(args.files, screenshot=args.screenshot, size=args.size)
    except BriefreaderError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
