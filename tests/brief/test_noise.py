"""The brief says "not assessed" once, not on every claim, and leaves out claims that are
fragments of a few words with no verb unless the reader highlighted, noted or assessed them."""

from __future__ import annotations

import pytest

from briefreader.brief.build import BriefSource, build_brief, is_fragment, render_markdown
from briefreader.corrections import make as fix
from briefreader.document import DocumentBuilder
from briefreader.extraction.model import Claim, Extraction
from tests.brief.test_build import note_on, span
from tests.corrections.test_corrections import stored

PARAGRAPHS = [
    "The harbour master called the closure \"a needless blockade\" on Monday.",
    "\"The ferries will run again on Friday,\" the harbour master said.",
]


@pytest.mark.parametrize("text, fragment", [
    ("a needless blockade", True),
    ("the northern bridge", True),
    ("Unacceptable", True),
    ("The ferries will run again on Friday", False),
    ("they lied", False),
    ("closing the port", False),
    ("a blockade that nobody in the town wanted", False),  # more than a few words: kept
])
def test_a_fragment_is_a_few_words_with_no_verb(text, fragment):
    assert is_fragment(text) is fragment


def _document():
    builder = DocumentBuilder()
    builder.add("title", "Harbour closed")
    for paragraph in PARAGRAPHS:
        builder.add("paragraph", paragraph)
    return builder.build("Harbour closed", {"path": "/data/harbour.txt"})


def _extraction(document):
    def claim(cid, text):
        return Claim(cid, text, "the harbour master", None, "direct", "said", *span(document, text))

    return Extraction(claims=(claim("c1", "a needless blockade"),
                              claim("c2", "The ferries will run again on Friday")))


def _render(document, annotations=(), corrections=()):
    source = BriefSource(document, _extraction(document), tuple(annotations), tuple(corrections))
    return render_markdown(build_brief([source], date="2026-03-01"))


def test_fragments_are_left_out_and_not_assessed_is_said_once():
    document = _document()
    text = _render(document)
    assert "a needless blockade" not in text
    assert "The ferries will run again on Friday" in text
    assert "not assessed" not in text
    assert text.count("No claim assessed yet (1 listed).") == 1


def test_a_highlighted_or_assessed_fragment_stays():
    document = _document()
    highlighted = _render(document, [note_on(document, 1, "needless blockade", tag="check")])
    assert "> a needless blockade" in highlighted
    assessed = _render(document, corrections=stored(
        fix.set_assessment(_extraction(document), "c1", "disputed")))
    assert "> a needless blockade" in assessed and "assessment: **disputed**" in assessed
    assert "1 of 2 claims assessed." in assessed
