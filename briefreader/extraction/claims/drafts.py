"""Claims on their way: a draft (span, speaker, kind, cue and the rules that made it) and an
attribution with its resolved speaker, shared by the paragraph pass (assemble.py) and the
quotation pass (quote_claims.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefreader.extraction.claims.attribution import Attribution
from briefreader.extraction.claims.speakers import Speaker


@dataclass
class Draft:
    start: int
    end: int
    speaker: Speaker | None
    kind: str
    cue: str | None
    from_quote: bool = False
    runs_on: bool = False     # a quotation still open at the paragraph's end
    opens_block: bool = False  # a quotation opening its paragraph
    said_index: int = -1       # the attribution it came from, in its paragraph
    rules: list[str] = field(default_factory=list)  # the named rules that made or changed it


@dataclass
class Said:
    att: Attribution
    speaker: Speaker | None
    left: int    # text offsets of the attribution clause (subject .. verb)
    right: int
    rules: list[str] = field(default_factory=list)  # the attribution's and its speaker's
