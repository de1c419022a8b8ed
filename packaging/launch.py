"""Entry point of the standalone build (PyInstaller runs a script, not a console_scripts entry)."""

import sys

from briefreader.cli import main

if __name__ == "__main__":
    sys.exit(main())
