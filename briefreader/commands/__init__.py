"""Subcommands of the briefreader command line: one module each, cheap to import.

Each module has NAME, HELP, ``add_arguments(parser)`` and ``run(args) -> int``; heavy imports
(spaCy, Qt, trafilatura) happen inside ``run`` so that ``briefreader --help`` stays light.
"""

COMMAND_MODULES = ("text", "extract", "export", "annotate", "annotations", "correct", "store",
                   "case")
