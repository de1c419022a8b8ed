"""Core offsets count code points, Qt positions UTF-16 units: text beyond the BMP differs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from briefreader.document import DocumentBuilder
from briefreader.gui.article.layout import ArticleLayout
from briefreader.gui.article.offsets import Utf16Map, utf16_length


def test_plain_text_maps_one_to_one():
    m = Utf16Map("plain text")
    assert [m.to_utf16(i) for i in range(11)] == list(range(11))
    assert m.to_code_point(7) == 7


def test_emoji_and_astral_characters_shift_positions():
    text = "a😀b𝔘c"          # U+1F600 and U+1D518 take two UTF-16 units each
    m = Utf16Map(text)
    assert m.utf16_length == utf16_length(text) == 7
    assert [m.to_utf16(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    assert [m.to_code_point(p) for p in (0, 1, 3, 4, 6, 7)] == [0, 1, 2, 3, 4, 5]
    assert m.to_code_point(2) == 1    # inside the surrogate pair: rounds down to the emoji


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))
def test_round_trip_matches_utf16_encoding(text):
    m = Utf16Map(text)
    for i in range(len(text) + 1):
        position = m.to_utf16(i)
        assert position == len(text[:i].encode("utf-16-le")) // 2
        assert m.to_code_point(position) == i


def test_article_layout_maps_offsets_past_emoji(qapp):
    builder = DocumentBuilder()
    builder.add("title", "Flood 🌊 warning")
    builder.add("paragraph", "Rescuers 🚁 said 40 people 👨‍👩‍👧 were missing near the 𝔘 river.")
    builder.add("paragraph", "Officials said more help was coming.")
    document = builder.build("Flood 🌊 warning", {"path": "flood.txt"})
    layout = ArticleLayout(document, QTextDocument())
    for word in ("warning", "40 people", "missing", "river", "Officials", "coming"):
        start = document.text.index(word)
        end = start + len(word)
        cursor = QTextCursor(layout.qdoc)
        cursor.setPosition(layout.to_view(start))
        cursor.setPosition(layout.to_view(end), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == word
        assert layout.to_offset(cursor.selectionStart()) == start
        assert layout.to_offset(cursor.selectionEnd()) == end


def test_metadata_line_is_not_part_of_the_text(qapp):
    builder = DocumentBuilder()
    builder.add("title", "Headline")
    builder.add("paragraph", "Body text.")
    document = builder.build("Headline", {"path": "x.txt", "byline": "A. Writer"})
    layout = ArticleLayout(document, QTextDocument())
    assert "A. Writer" in layout.qdoc.toPlainText()
    meta_block = layout.qdoc.findBlockByNumber(1)
    assert layout.to_offset(meta_block.position() + 2) == document.text.index("Body")
