"""extract_document(document) -> Extraction: the one entry point the CLI and the GUI call."""

from __future__ import annotations

import re

from briefreader.document import Document
from briefreader.extraction import lexicon
from briefreader.extraction.actors.merging import extract_actors
from briefreader.extraction.casualties.figures import extract_casualties
from briefreader.extraction.casualties.incidents import assign_incidents
from briefreader.extraction.claims.assemble import extract_claims
from briefreader.extraction.insertions import blank_insertions
from briefreader.extraction.model import Extraction
from briefreader.extraction.rules import Rule, all_rules
from briefreader.extraction.sections import merge, sections

# Bump when extraction's output changes: results cached under another version are made again.
EXTRACTOR_VERSION = "2026.12-unseen.2"

# "DUBAI (Reuters) - ", "ROME—", "MOMBASA, Kenya — ": a dateline is not part of the sentence;
# parsed with it, the city becomes the subject of the first verb
_DATELINE = re.compile(r"^[A-Z][A-Z.'\-/ ]{1,30}(?:,\s*[A-Z][\w.' ]{1,30})?\s*"
                       r"(?:\([^()]{1,40}\)\s*)?(?:[–—]+\s*|-+\s+)(?=\S)")
_BARE_DATELINE = re.compile(r"^([A-Z]{3,}(?: [A-Z]{3,})?) (?=[A-Z][a-z])")


def dateline_length(text: str) -> int:
    """Length of a dateline opening a paragraph, or 0."""
    m = _DATELINE.match(text)
    if m and not m.group().rstrip(" -–—").isdigit():
        return m.end()
    m = _BARE_DATELINE.match(text)
    if m and m.group(1).lower() in lexicon.CAPITALS:  # "NAIROBI Heavy rain ..."
        return m.end()
    return 0


def parse_ranges(document: Document) -> list[tuple[int, int]]:
    """The blocks to parse, datelines left out (only the first paragraphs carry one)."""
    ranges = []
    for n, block in enumerate(document.blocks):
        start = block.start
        if n <= 2 and block.kind == "paragraph":
            start += dateline_length(document.text[block.start : block.end])
        ranges.append((start, block.end))
    return ranges


def extract_document(document: Document) -> Extraction:
    from briefreader.extraction.language import guess_language, language_notice
    from briefreader.extraction.nlp import parse_spans, release

    language = guess_language(document.text)
    if not language.english:  # the English pipeline would fill the panels with nonsense
        return Extraction(language=language.code, notices=(language_notice(language),))
    parts = []
    incidents: tuple = ()
    # bracketed editorial insertions ("[12 March]") blanked for the parser, offsets unchanged
    parse_text = blank_insertions(document.text) or document.text
    section_ranges = sections(document.text, parse_ranges(document))
    for ranges in section_ranges:
        # one section's docs at a time (extraction/sections.py): a long file's never all at once
        parsed = parse_spans(parse_text, ranges)
        actors = extract_actors(document, parsed)
        claims = extract_claims(document, parsed, actors)
        casualties = extract_casualties(document, parsed, claims, actors)
        if len(section_ranges) == 1:
            # incidents need the whole text's sentences; a text analysed in sections (over a
            # million characters) keeps every figure in the event scope, with no incident
            casualties, incidents = assign_incidents(document, casualties, parsed)
        parts.append((actors, claims, casualties))
        release(parsed)
        del parsed
    actors, claims, casualties = parts[0] if len(parts) == 1 else merge(parts)
    return Extraction(actors=actors, claims=claims, casualties=casualties, incidents=incidents)


def known_rules() -> list[Rule]:
    """Every rule of every stage (this module imports them all), in pipeline order."""
    return all_rules()
