"""Each PDF layout rule on a small PDF drawn for the test."""

from __future__ import annotations

import pytest

from briefreader.loading import load_document
from tests.loading.pdfgen import HEIGHT, Pdf

LEFT = ("Floodwaters rose across the northern districts on Monday, forcing families to leave "
        "their homes and seek shelter in schools and mosques along the embankment roads.")
LEFT_2 = ("Local officials said that the water level at the main gauging station had passed "
          "the danger mark for the third time this season.")
RIGHT = ("Aid agencies distributed cash and food to the most affected households, while health "
         "teams watched for outbreaks of waterborne disease in the crowded shelters.")
RIGHT_2 = ("The government appealed for boats and dry rations as more rain was forecast for "
           "the coming week in the upper catchment.")


def paragraphs(doc) -> list[str]:
    return [doc.block_text(b) for b in doc.blocks]


def two_columns(pdf: Pdf, interleave: bool = False) -> None:
    pdf.text(50, 60, "Monsoon floods displace thousands", ("Helvetica-Bold", 18))
    if interleave:  # content stream in the wrong order: across the columns, line by line
        from tests.loading.pdfgen import wrap

        left = wrap(LEFT, 230) + [""] + wrap(LEFT_2, 230)
        right = wrap(RIGHT, 230) + [""] + wrap(RIGHT_2, 230)
        for i in range(max(len(left), len(right))):
            for x, col in ((50, left), (310, right)):
                if i < len(col) and col[i]:
                    pdf.text(x, 100 + 13 * i, col[i])
        return
    y = pdf.paragraph(50, 100, LEFT, 230)
    pdf.paragraph(50, y + 13, LEFT_2, 230)
    y = pdf.paragraph(310, 100, RIGHT, 230)
    pdf.paragraph(310, y + 13, RIGHT_2, 230)


@pytest.mark.parametrize("interleave", [False, True])
def test_two_columns_read_left_column_then_right(tmp_path, interleave):
    pdf = Pdf(tmp_path / "cols.pdf")
    two_columns(pdf, interleave)
    doc = load_document(pdf.save())
    assert paragraphs(doc) == ["Monsoon floods displace thousands", LEFT, LEFT_2, RIGHT, RIGHT_2]
    assert doc.blocks[0].kind == "title"  # the first heading is the title block


def test_no_title_line_is_added_and_the_first_heading_is_the_title(tmp_path):
    pdf = Pdf(tmp_path / "report.pdf")
    pdf.c.setTitle("Metadata title")
    two_columns(pdf)
    doc = load_document(pdf.save())
    assert doc.text.startswith("Monsoon floods displace thousands\n\n" + LEFT)
    assert doc.title == "Monsoon floods displace thousands"
    assert doc.metadata["format"] == "pdf" and doc.metadata["pdf_title"] == "Metadata title"


def test_metadata_title_when_the_pages_have_no_heading(tmp_path):
    pdf = Pdf(tmp_path / "plain.pdf")
    pdf.c.setTitle("Situation report 4")
    pdf.paragraph(50, 100, LEFT, 400)
    doc = load_document(pdf.save())
    assert doc.title == "Situation report 4" and doc.text == LEFT


def test_three_columns(tmp_path):
    pdf = Pdf(tmp_path / "three.pdf")
    texts = [LEFT, RIGHT, LEFT_2]
    for i, text in enumerate(texts):
        pdf.paragraph(40 + 180 * i, 100, text, 160)
    doc = load_document(pdf.save())
    assert paragraphs(doc) == texts


def test_running_headers_footers_and_page_numbers_are_removed(tmp_path):
    pdf = Pdf(tmp_path / "furniture.pdf")
    bodies = [LEFT, RIGHT, LEFT_2, RIGHT_2]
    for n, body in enumerate(bodies, 1):
        pdf.text(50, 30, "Bangladesh: Monsoon Floods | Flash Update No. 3", ("Helvetica", 8))
        pdf.text(50, 820, f"Page {n} of {len(bodies)}", ("Helvetica", 8))
        pdf.text(500, 820, str(n), ("Helvetica", 8))
        pdf.paragraph(50, 120, body, 450)
        pdf.page()
    doc = load_document(pdf.save())
    assert "Flash Update" not in doc.text and "Page" not in doc.text
    # each page's paragraph ends with a full stop: no run-on joining across pages
    assert paragraphs(doc) == bodies
    assert [b.page for b in doc.blocks] == [1, 2, 3, 4]


def test_hyphenation_is_joined_but_a_compound_keeps_its_hyphen(tmp_path):
    pdf = Pdf(tmp_path / "hyphens.pdf")
    lines = ["The agencies delivered humani-", "tarian aid along the cross-",
             "border routes, as cross-border access had been agreed, and the well-",
             "known road to the north-", "ern hills was open again."]
    for i, line in enumerate(lines):
        pdf.text(50, 100 + 13 * i, line)
    doc = load_document(pdf.save())
    assert doc.text == ("The agencies delivered humanitarian aid along the cross-border routes, "
                        "as cross-border access had been agreed, and the well-known road to the "
                        "northern hills was open again.")


def test_a_table_becomes_rows_with_cells_separated_by_bars(tmp_path):
    pdf = Pdf(tmp_path / "table.pdf")
    pdf.paragraph(50, 80, LEFT, 450)
    rows = [("District", "People in need", "Funding (USD)"), ("Kurigram", "120,000", "3.2m"),
            ("Gaibandha", "95,000", "2.1m"), ("Jamalpur", "80,500", "1.9m")]
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            pdf.text(50 + 160 * j, 160 + 16 * i, cell)
    pdf.paragraph(50, 250, RIGHT, 450)
    doc = load_document(pdf.save())
    assert paragraphs(doc) == [LEFT, "District | People in need | Funding (USD)",
                               "Kurigram | 120,000 | 3.2m", "Gaibandha | 95,000 | 2.1m",
                               "Jamalpur | 80,500 | 1.9m", RIGHT]


def test_footnotes_go_to_the_end_and_their_marks_leave_the_body(tmp_path):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pdf = Pdf(tmp_path / "notes.pdf")
    first = "About 410,000 people will be reached ahead of the flood peak"
    pdf.text(50, 100, first)
    x = 50 + stringWidth(first, "Helvetica", 10)
    pdf.text(x, 96, "1", ("Helvetica", 6))
    pdf.text(x + 4, 100, " with cash, food and clean water.")
    pdf.paragraph(50, 130, LEFT, 450)
    pdf.text(50, 790, "1", ("Helvetica", 6))
    pdf.text(55, 794, "The range depends on the final budget of each agency.", ("Helvetica", 8))
    pdf.page()
    pdf.paragraph(50, 100, RIGHT, 450)
    doc = load_document(pdf.save())
    assert paragraphs(doc) == [
        "About 410,000 people will be reached ahead of the flood peak with cash, food and "
        "clean water.", LEFT, RIGHT, "1 The range depends on the final budget of each agency."]
    assert doc.blocks[-1].page == 1


def test_headings_and_list_items(tmp_path):
    pdf = Pdf(tmp_path / "lists.pdf")
    pdf.text(50, 60, "Anticipatory action framework", ("Helvetica-Bold", 20))
    pdf.text(50, 100, "Key messages", ("Helvetica-Bold", 13))
    items = ["\u2022 Cash reaches families before the peak.",
             "\u2022 Health teams are deployed to shelters.", "1. Trigger on the forecast."]
    for i, item in enumerate(items):
        pdf.text(60, 125 + 14 * i, item)
    pdf.paragraph(50, 185, LEFT, 450)
    doc = load_document(pdf.save())
    kinds = [(b.kind, b.level) for b in doc.blocks]
    assert kinds == [("title", 0), ("heading", 3), ("list_item", 0), ("list_item", 0),
                     ("list_item", 0), ("paragraph", 0)]
    assert paragraphs(doc)[2] == "• Cash reaches families before the peak."
    assert paragraphs(doc)[4] == "1. Trigger on the forecast."


def test_a_key_figures_box_is_its_own_block_beside_the_body(tmp_path):
    pdf = Pdf(tmp_path / "box.pdf")
    pdf.text(50, 60, "Cyclone response", ("Helvetica-Bold", 18))
    y = pdf.paragraph(50, 100, LEFT, 300)
    pdf.paragraph(50, y + 13, RIGHT, 300)
    pdf.c.rect(380, HEIGHT - 220, 170, 130)
    pdf.text(390, 110, "Key figures", ("Helvetica-Bold", 11))
    pdf.text(390, 135, "2.4M", ("Helvetica-Bold", 16))
    pdf.text(390, 150, "people in need", ("Helvetica", 9))
    pdf.text(390, 175, "US$ 6M", ("Helvetica-Bold", 16))
    pdf.text(390, 190, "pre-arranged financing", ("Helvetica", 9))
    doc = load_document(pdf.save())
    texts = paragraphs(doc)
    assert texts[:3] == ["Cyclone response", LEFT, RIGHT]
    assert "Key figures" in texts and "2.4M" in texts and "people in need" in texts
    assert all("Key figures" not in t for t in (LEFT, RIGHT))


def test_a_pull_quote_repeating_the_body_is_dropped(tmp_path):
    pdf = Pdf(tmp_path / "pull.pdf")
    y = pdf.paragraph(50, 100, LEFT, 450)
    pdf.text(80, y + 30, "forcing families to leave their homes and seek shelter",
             ("Helvetica-Oblique", 15))
    pdf.paragraph(50, y + 70, RIGHT, 450)
    doc = load_document(pdf.save())
    assert paragraphs(doc) == [LEFT, RIGHT]


def test_a_paragraph_running_over_a_page_break_is_one_block_on_its_first_page(tmp_path):
    pdf = Pdf(tmp_path / "runon.pdf")
    pdf.paragraph(50, 100, "Heavy rain continued through the night and the river", 450)
    pdf.page()
    pdf.paragraph(50, 100, "broke its banks near the bridge at dawn.", 450)
    doc = load_document(pdf.save())
    assert paragraphs(doc) == ["Heavy rain continued through the night and the river broke its "
                               "banks near the bridge at dawn."]
    assert doc.blocks[0].page == 1


def test_a_table_under_a_caption_with_wrapped_cells(tmp_path):
    pdf = Pdf(tmp_path / "wrapped.pdf")
    pdf.text(50, 80, "Overview table (does not include early warning messages)",
             ("Helvetica-Bold", 11))
    rows = [(("FAO", "773,284", "Animal feed"), ["Storage silos"]),
            (("UNFPA", "711,397", "Dignity kits"), ["Health kits", "Condoms"]),
            (("WFP", "5,500,000", "Cash distribution"), [])]
    y = 100
    for cells, wrapped in rows:
        for j, cell in enumerate(cells):
            pdf.text(50 + 150 * j, y, cell)
        for extra in wrapped:
            y += 13
            pdf.text(350, y, extra)
        y += 16
    doc = load_document(pdf.save())
    assert paragraphs(doc) == ["Overview table (does not include early warning messages)",
                               "FAO | 773,284 | Animal feed Storage silos",
                               "UNFPA | 711,397 | Dignity kits Health kits Condoms",
                               "WFP | 5,500,000 | Cash distribution"]
