"""Never fails on text: any Unicode yields an Extraction whose offsets are valid.

Hypothesis generates the text; the examples are few and the deadline off, because each one runs
the real spaCy pipeline.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefreader.extraction.model import Extraction
from briefreader.extraction.pipeline import extract_document
from briefreader.loading.text import parse_plain_text

# Pieces that stress the extractor: quotes that do not pair, numbers, cues, breaks, odd scripts.
PIECES = [
    '"', "“", "”", "«", "»", "'", "‘", "’", "(", ")", "—", "-", ",", ".", "\n", "\n\n", " ",
    "12", "1,000", "2.5 million", "dozens", "hundreds of thousands", "between", "and", "to",
    "killed", "were", "wounded", "said", "according to", "the death toll", "rose to", "could be",
    "people", "civilians", "a", "soldier", "drowned", "Reuters", "Peskov", "he said.",
    "\u200b", "\u202e", "é", "e\u0301", "🙂", "日本", "لا", "Ω", "\t", "\x00", "\ufeff",
]

PROPERTY_SETTINGS = settings(max_examples=25, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow])


def check(text: str) -> Extraction:
    document = parse_plain_text(text, Path("property.txt"), "utf-8")
    extraction = extract_document(document)
    n = len(document.text)
    for figure in extraction.casualties:
        assert 0 <= figure.start <= figure.end <= n
        assert document.text[figure.start:figure.end] == figure.text
        assert figure.count >= 0
    for claim in extraction.claims:
        assert 0 <= claim.start <= claim.end <= n
    for actor in extraction.actors:
        for mention in actor.mentions:
            assert 0 <= mention.start <= mention.end <= n
    return extraction


@PROPERTY_SETTINGS
@given(st.text())
def test_any_unicode_text(text):
    check(text)


# English prose around the fragments, so that the English pipeline (not the language notice)
# gets them.
LEAD = ("Officials said on Monday that the fighting in the north had killed at least 12 people"
        " and that the government was sending troops to the region, according to the agency.")
FRAGMENTS = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=120)


@PROPERTY_SETTINGS
@given(FRAGMENTS.map(" ".join))
def test_newsy_fragments_with_unmatched_quotes(fragments):
    extraction = check(f"Report\n\n{LEAD} {fragments} {LEAD}")
    assert extraction.language == "en"


def test_empty_and_blank_text():
    assert check("").casualties == ()
    assert check(" \n\n \t ").casualties == ()


def test_a_50000_word_paragraph_without_sentence_breaks():
    words = ("at least 12 civilians were killed and “ dozens more wounded according to"
             " officials who said the toll could rise ").split()
    text = "Headline\n\n" + " ".join(words[i % len(words)] for i in range(50_000))
    extraction = check(text)
    assert len(extraction.casualties) > 100


def test_quote_that_never_closes():
    check("Title\n\n“This will not stand, the minister said, as 40 people were killed."
          + " And more" * 2000)
