"""extract_document(document) -> Extraction: the one entry point the CLI and the GUI call."""

from __future__ import annotations

import re

from briefreader.document import Document
from briefreader.extraction.model import Actor, CasualtyFigure, Claim, Extraction, Mention

_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "state", "NORP": None}
_QUOTE = re.compile(r"[\"“]([^\"“”]{8,}?)[\"”]")
_CASUALTY = re.compile(
    r"\b(\d[\d,]*)\s+(?:\w+\s+){0,3}?(killed|dead|wounded|injured|displaced|missing|detained)\b", re.I)
_CATEGORY = {"killed": "killed", "dead": "killed", "wounded": "wounded", "injured": "wounded",
             "displaced": "displaced", "missing": "missing", "detained": "detained"}


def extract_document(document: Document) -> Extraction:
    from briefreader.extraction.nlp import parse_spans

    spans = [(b.start, b.end) for b in document.blocks]
    parsed = parse_spans(document.text, spans)
    by_name: dict[str, dict] = {}
    for doc, offset in parsed:
        for ent in doc.ents:
            kind = _KINDS.get(ent.label_)
            if not kind:
                continue
            entry = by_name.setdefault(ent.text, {"kind": kind, "mentions": []})
            entry["mentions"].append(Mention(offset + ent.start_char, offset + ent.end_char))
    actors = tuple(
        Actor(id=f"a{i}", name=name, kind=v["kind"], mentions=tuple(v["mentions"]))
        for i, (name, v) in enumerate(by_name.items(), 1)
    )
    claims = []
    for m in _QUOTE.finditer(document.text):
        claims.append(Claim(id=f"c{len(claims) + 1}", text=m.group(1), speaker=None,
                            speaker_id=None, kind="direct", cue=None,
                            start=m.start(1), end=m.end(1)))
    figures = []
    for m in _CASUALTY.finditer(document.text):
        figures.append(CasualtyFigure(
            id=f"k{len(figures) + 1}", count=int(m.group(1).replace(",", "")), count_high=None,
            category=_CATEGORY[m.group(2).lower()], status="reported", qualifier="", subject=None,
            source=None, text=m.group(0), start=m.start(), end=m.end()))
    return Extraction(actors=actors, claims=tuple(claims), casualties=tuple(figures))
