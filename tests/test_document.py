from pathlib import Path

import pytest

from briefreader.document import BULLET, DocumentBuilder, clean_inline
from briefreader.loading import load_document


def test_builder_joins_blocks_with_one_blank_line_and_keeps_offsets():
    b = DocumentBuilder()
    b.add("title", "Headline")
    b.add("paragraph", "First paragraph.")
    b.add("list_item", BULLET + "an item", level=1)
    doc = b.build("Headline", {"path": "x.txt"})
    assert doc.text == "Headline\n\nFirst paragraph.\n\n• an item"
    texts = [doc.block_text(bl) for bl in doc.blocks]
    assert texts == ["Headline", "First paragraph.", "• an item"]
    assert [bl.kind for bl in doc.blocks] == ["title", "paragraph", "list_item"]


def test_builder_rejects_blank_lines_inside_a_block():
    b = DocumentBuilder()
    with pytest.raises(ValueError):
        b.add("paragraph", "one\n\ntwo")


def test_clean_inline_folds_white_space_and_controls():
    assert clean_inline("  a\tb \u00a0 c\r\nd\x07e  ") == "a b c d e"


def test_sha256_is_over_the_utf8_text(sample_path):
    import hashlib

    doc = load_document(sample_path)
    assert doc.sha256 == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


def test_loading_twice_gives_the_same_text_and_offsets(sample_path):
    a, b = load_document(sample_path), load_document(sample_path)
    assert a.text == b.text and a.blocks == b.blocks and a.sha256 == b.sha256


def test_text_contract_holds_for_every_format(data_path: Path, sample_path):
    for path in [sample_path, data_path / "markdown" / "report.md",
                 *sorted((data_path / "text").glob("*.txt"))]:
        doc = load_document(path)
        assert not doc.text.endswith("\n"), path
        assert "\n\n\n" not in doc.text, path
        assert doc.text.split("\n", 1)[0] == doc.title, path
        assert doc.blocks[0].kind == "title" and doc.blocks[0].start == 0
        # blocks tile the text exactly, separated by one blank line
        rebuilt = "\n\n".join(doc.block_text(bl) for bl in doc.blocks)
        assert rebuilt == doc.text, path


def test_block_index_at_counts_the_title_as_paragraph_zero(sample_path):
    doc = load_document(sample_path)
    assert doc.block_index_at(0) == 0
    third = doc.blocks[2]
    assert doc.block_index_at(third.start + 3) == 2
