"""briefreader: a desktop briefing reader for analysts."""

__version__ = "0.1.0"
