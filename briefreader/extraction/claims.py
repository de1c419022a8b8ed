"""Claims: direct quotes and reported speech, attributed to actors (baseline)."""

from __future__ import annotations

import re
from typing import Any

from briefreader.document import Document
from briefreader.extraction.model import Actor, Claim

_QUOTE = re.compile(r"[\"“]([^\"“”]{8,}?)[\"”]")


def extract_claims(document: Document, parsed: list[tuple[Any, int]],
                   actors: tuple[Actor, ...]) -> tuple[Claim, ...]:
    claims = []
    for m in _QUOTE.finditer(document.text):
        claims.append(Claim(id=f"c{len(claims) + 1}", text=m.group(1), speaker=None,
                            speaker_id=None, kind="direct", cue=None,
                            start=m.start(1), end=m.end(1)))
    return tuple(claims)
