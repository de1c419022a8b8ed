from pathlib import Path

import pytest

from briefreader.loading import load_document

EXPECTED_START = "Relief Convoy Reaches Town\n\nA convoy of 40 trucks reached the town on Monday"


@pytest.mark.parametrize("name", ["utf8", "utf8_bom", "utf16_bom", "crlf", "cr"])
def test_encodings_and_newlines_give_the_same_text(data_path: Path, name):
    doc = load_document(data_path / "text" / f"{name}.txt")
    assert doc.text.startswith(EXPECTED_START)
    assert "\r" not in doc.text and "\ufeff" not in doc.text
    assert doc.title == "Relief Convoy Reaches Town"
    assert doc.text == load_document(data_path / "text" / "utf8.txt").text


@pytest.mark.parametrize("name", ["cp1252", "latin1"])
def test_single_byte_code_pages_are_detected(data_path: Path, name):
    doc = load_document(data_path / "text" / f"{name}.txt")
    assert "Café Owners Flee" == doc.title
    assert "naïve" in doc.text and "déjà vu" in doc.text and "Renée" in doc.text
    if name == "cp1252":
        assert "“It is over,”" in doc.text and "—" in doc.text


def test_first_line_is_the_headline_and_paragraphs_are_blocks(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text("Headline here\nFirst para starts\nand wraps here.\n\n\n\nSecond para.\n\n",
                 encoding="utf-8")
    doc = load_document(p)
    assert doc.text == "Headline here\n\nFirst para starts and wraps here.\n\nSecond para."
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "paragraph"]


def test_bullet_lines_become_list_items(tmp_path):
    p = tmp_path / "list.txt"
    p.write_text("Title\n\n- one\n- two\n* three\n\nAfter.", encoding="utf-8")
    doc = load_document(p)
    assert [doc.block_text(b) for b in doc.blocks[1:4]] == ["• one", "• two", "• three"]
    assert all(b.kind == "list_item" for b in doc.blocks[1:4])


def test_title_falls_back_to_file_stem_when_the_first_line_is_blank_only(tmp_path):
    p = tmp_path / "my_report.txt"
    p.write_text("   \n\t\nJust one line", encoding="utf-8")
    doc = load_document(p)
    assert doc.title == "Just one line"
    assert doc.metadata["format"] == "text" and doc.metadata["path"] == str(p)


def test_emoji_and_non_bmp_text_keeps_code_point_offsets(tmp_path):
    p = tmp_path / "emoji.txt"
    p.write_text("Title 🚑\n\nMedics 🏥 said 𝔸 word.", encoding="utf-8")
    doc = load_document(p)
    i = doc.text.index("said")
    assert doc.text[i:i + 4] == "said"
    assert doc.blocks[1].end == len(doc.text)


def test_junk_is_counted_as_controls_other_than_tab_newline_cr_ff_and_replacement_marks():
    from briefreader.loading.files import _JUNK

    def by_definition(text: str) -> int:
        return sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")

    every = "".join(chr(i) for i in range(0, 400)) + "\ufffd\u2028\x7f\x85é\U0001f600"
    for text in (every, every * 3 + "plain text", "", "\t\n\r\f", "\x00\x0b\x0e\x1f\ufffd"):
        assert len(_JUNK.findall(text)) == by_definition(text)


def test_a_short_heading_line_over_its_paragraph_is_a_heading_block(tmp_path):
    p = tmp_path / "sitrep.txt"
    p.write_text("Flash update\n\nOVERVIEW\n"
                 "Heavy fighting went on in the north of the district.\n\n"
                 "Humanitarian situation\nAid agencies said access stayed restricted, and\n"
                 "convoys waited at the crossing.\n", encoding="utf-8")
    doc = load_document(p)
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks[1:]] == [
        ("heading", "OVERVIEW"),
        ("paragraph", "Heavy fighting went on in the north of the district."),
        ("heading", "Humanitarian situation"),
        ("paragraph", "Aid agencies said access stayed restricted, and convoys waited at the "
                      "crossing."),
    ]


def test_a_hard_wrapped_paragraph_is_not_split_at_a_line_that_ends_early(tmp_path):
    p = tmp_path / "wrapped.txt"
    p.write_text("Title\n\nThe convoy reached the border crossing at Tarnow on\n"
                 "Monday after three days on the road, officials said.\n\n"
                 "Short first line\nand its lower-case continuation.\n", encoding="utf-8")
    doc = load_document(p)
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "paragraph"]


def test_a_line_ending_in_and_is_wrapped_not_a_heading(tmp_path):
    p = tmp_path / "wrapped.txt"
    p.write_text("Title\n\nThe Council for Unity and\nRenewal said on Monday that talks would "
                 "resume.\n", encoding="utf-8")
    doc = load_document(p)
    assert [b.kind for b in doc.blocks] == ["title", "paragraph"]
