"""extract_document(document) -> Extraction: the one entry point the CLI and the GUI call."""

from __future__ import annotations

from briefreader.document import Document
from briefreader.extraction.actors import extract_actors
from briefreader.extraction.casualties import extract_casualties
from briefreader.extraction.claims import extract_claims
from briefreader.extraction.model import Extraction


def extract_document(document: Document) -> Extraction:
    from briefreader.extraction.language import guess_language, language_notice
    from briefreader.extraction.nlp import parse_spans

    language = guess_language(document.text)
    if not language.english:  # the English pipeline would fill the panels with nonsense
        return Extraction(language=language.code, notices=(language_notice(language),))
    parsed = parse_spans(document.text, [(b.start, b.end) for b in document.blocks])
    actors = extract_actors(document, parsed)
    claims = extract_claims(document, parsed, actors)
    casualties = extract_casualties(document, parsed, claims, actors)
    return Extraction(actors=actors, claims=claims, casualties=casualties)
