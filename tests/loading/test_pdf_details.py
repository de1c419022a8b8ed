"""Finer PDF rules: spaces pdfium misses, doubled accents, headings over two lines, tables whose
cells sit close or wrap, text around a figure."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from briefreader.loading import load_document
from briefreader.loading.pdf.spacing import drop_doubled_accents
from tests.loading.pdfgen import HEIGHT, Pdf

BODY_TEXT = ("The convoy reached the northern camps on Tuesday after three days on flooded "
             "roads, and the teams began handing out water kits and blankets to families.")


def draw_char_by_char(pdf: Pdf, x: float, y_top: float, text: str, space_ems: float) -> None:
    """Each character its own text object; a word space is only a shift of ``space_ems``."""
    for ch in text:
        if ch == " ":
            x += space_ems * 11
            continue
        pdf.text(x, y_top, ch, ("Times-Roman", 11))
        x += stringWidth(ch, "Times-Roman", 11)


def test_spaces_that_pdfium_misses_between_characters_drawn_one_by_one(tmp_path):
    pdf = Pdf(tmp_path / "chars.pdf")
    line = "much of the human rights debate turns on it"
    draw_char_by_char(pdf, 50, 100, line, 0.14)  # pdfium joins some of these words
    draw_char_by_char(pdf, 50, 114, "and the other signs of hope", 0.3)
    doc = load_document(pdf.save())
    assert doc.text == f"{line} and the other signs of hope"


def test_an_accent_drawn_twice_is_kept_once():
    assert drop_doubled_accents("salubrite\u0301\u0301 et e\u0301cole") == "salubrité et école"
    assert drop_doubled_accents("salubrité\u0301") == "salubrité"
    assert drop_doubled_accents("naïve café") == "naïve café"


def test_an_accent_drawn_twice_in_a_pdf(tmp_path):
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip("no DejaVu font to draw a combining accent with")
    pdfmetrics.registerFont(TTFont("DejaVu", str(font)))
    pdf = Pdf(tmp_path / "accent.pdf")
    pdf.text(50, 100, "La salubrit\u00e9\u0301 de l'eau est assur\u00e9e.", ("DejaVu", 10))
    assert load_document(pdf.save()).text == "La salubrité de l'eau est assurée."


def test_a_two_line_heading_whose_first_line_ends_in_a_colon_is_one_heading(tmp_path):
    pdf = Pdf(tmp_path / "heading.pdf")
    pdf.text(50, 80, "A YEAR OF FLOODS:", ("Helvetica-Bold", 12))
    pdf.text(50, 96, "WHAT THE RESPONSE LEARNED", ("Helvetica-Bold", 12))
    pdf.paragraph(50, 130, BODY_TEXT, 450, font=("Helvetica", 11.5))
    doc = load_document(pdf.save())
    assert doc.title == "A YEAR OF FLOODS: WHAT THE RESPONSE LEARNED"
    assert [b.kind for b in doc.blocks] == ["title", "paragraph"]  # the first heading


def test_a_multi_line_large_heading_is_one_block(tmp_path):
    pdf = Pdf(tmp_path / "big.pdf")
    pdf.text(50, 80, "Anticipatory action framework for", ("Helvetica-Bold", 20))
    pdf.text(50, 104, "the river basin floods", ("Helvetica-Bold", 20))
    pdf.paragraph(50, 140, BODY_TEXT, 450)
    doc = load_document(pdf.save())
    assert doc.block_text(doc.blocks[0]) == ("Anticipatory action framework for the river "
                                             "basin floods")


def test_text_wrapping_around_a_figure_is_read_in_order(tmp_path):
    pdf = Pdf(tmp_path / "figure.pdf")
    first = ("Before the figure the report explains how the river rose over the week and which "
             "districts were cut off from the markets when the bridges closed.")
    beside = ("Beside the picture the text runs in a narrower measure, telling how many families "
              "left their homes and where the shelters were opened by the district office.")
    after = ("Under the figure the text takes the full width again and closes the account of "
             "the response with what remains to be done before the next rains come.")
    y = pdf.paragraph(50, 80, first, 495)
    pdf.c.rect(50, HEIGHT - (y + 100), 200, 100)  # the figure, left; text wraps to its right
    pdf.text(50, y + 112, "Figure 1: Flooded districts", ("Helvetica", 8))
    pdf.paragraph(265, y + 10, beside, 280)
    pdf.paragraph(50, y + 135, after, 495)
    doc = load_document(pdf.save())
    text = doc.text
    assert text.index("Before the figure") < text.index("Beside the picture") < text.index(
        "Under the figure")
    assert "Figure 1: Flooded districts" in [doc.block_text(b) for b in doc.blocks]
    assert beside in text and after in text


def draw_table(pdf: Pdf, y: float, rows: list[tuple[float, list[tuple[float, str]]]]) -> None:
    """Rows of (gap above, [(x, text), ...]), every cell its own string, in 9-point type."""
    for step, cells in rows:
        y += step
        for x, text in cells:
            pdf.text(x, y, text, ("Helvetica", 9))


def test_table_cells_close_together_wrapped_cells_sub_rows_and_a_total_row(tmp_path):
    pdf = Pdf(tmp_path / "table.pdf")
    pdf.paragraph(50, 80, BODY_TEXT, 495)
    name, people, reach, act = 60, 150, 240, 283  # reach ends about 8 points before act
    draw_table(pdf, 120, [
        (0, [(name, "Partner"), (people, "Budget"), (reach, "Reach"), (act, "Activities")]),
        (16, [(name, "Red Cross"), (people, "410,500"), (reach, "21,000"),
              (act, "Cash transfers and")]),
        (11, [(act, "evacuation support")]),
        (11, [(reach, "4,000"), (act, "First aid kits")]),
        (16, [(name, "Save the"), (people, "n/a"), (reach, "9,000"), (act, "Water")]),
        (11, [(name, "Children"), (act, "purification")]),
        (16, [(name, "Food agency"), (people, "1,200,000"), (reach, "55,000"),
              (act, "Food baskets")]),
        (34, [(name, "TOTAL"), (people, "1,610,500"), (reach, "89,000")]),
    ])
    pdf.paragraph(50, 300, "After the table the report goes on with its account of the week "
                  "and of the funds released.", 495)
    doc = load_document(pdf.save())
    blocks = [doc.block_text(b) for b in doc.blocks]
    assert blocks[1:8] == [
        "Partner | Budget | Reach | Activities",
        "Red Cross | 410,500 | 21,000 | Cash transfers and evacuation support",
        "4,000 | First aid kits",
        "Save the Children | n/a | 9,000 | Water purification",
        "Food agency | 1,200,000 | 55,000 | Food baskets",
        "TOTAL | 1,610,500 | 89,000",
        "After the table the report goes on with its account of the week and of the funds "
        "released.",
    ]


def two_columns(pdf: Pdf, left: list[str], right: list[str], top: float) -> None:
    """Lines drawn as given: the left column's lines, then the right column's from the top."""
    for i, line in enumerate(left):
        pdf.text(50, top + i * 13, line)
    for i, line in enumerate(right):
        pdf.text(310, top + i * 13, line)


def column(pdf: Pdf, x: float, y: float, paragraphs: list[list[str]]) -> None:
    """Paragraphs of given lines, 13 points apart, 8 more between paragraphs."""
    for lines in paragraphs:
        for line in lines:
            pdf.text(x, y, line)
            y += 13
        y += 8


def test_paragraphs_cut_by_a_column_end_go_on_with_a_number_a_quote_or_a_name(tmp_path):
    pdf = Pdf(tmp_path / "runs.pdf")
    counted = ["Families were counted in every one of the", "shelters on each day of the week."]
    pdf.text(50, 80, "Floods in the valley", ("Helvetica-Bold", 16))
    column(pdf, 50, 120, [["The water rose through the night and the",
                           "teams from the district reached around"]])
    column(pdf, 310, 120, [["30 miles from the city, where the road",
                            "ended at the broken bridge."],
                           ["Officials said the level of need was"]])
    pdf.page()
    column(pdf, 50, 80, [["\u201cunprecedented in a decade,\u201d the mayor of",
                          "the town said on the radio."],
                         counted, ["The rains also hit the farms and the roads in"]])
    column(pdf, 310, 80, [["Colombia, and its neighbours asked the agencies",
                           "for help with the harvest."], counted])
    doc = load_document(pdf.save())
    assert [doc.block_text(b) for b in doc.blocks] == [
        "Floods in the valley",
        "The water rose through the night and the teams from the district reached around 30 "
        "miles from the city, where the road ended at the broken bridge.",
        "Officials said the level of need was \u201cunprecedented in a decade,\u201d the mayor "
        "of the town said on the radio.",
        " ".join(counted),
        "The rains also hit the farms and the roads in Colombia, and its neighbours asked the "
        "agencies for help with the harvest.",
        " ".join(counted),
    ]


def test_a_one_page_report_loses_its_header_but_keeps_its_title(tmp_path):
    pdf = Pdf(tmp_path / "one.pdf")
    title = "Floods cut off the northern districts"
    pdf.text(50, 40, f"Situation report | {title}", ("Helvetica", 8))
    pdf.text(50, 80, title, ("Helvetica-Bold", 18))
    pdf.paragraph(50, 110, BODY_TEXT, 495)
    doc = load_document(pdf.save())
    assert [doc.block_text(b) for b in doc.blocks] == [title, BODY_TEXT]
    assert doc.title == title


def test_a_lone_line_carried_into_the_second_column_is_read_last(tmp_path):
    pdf = Pdf(tmp_path / "lone.pdf")
    words = BODY_TEXT.split()
    lines = [" ".join(words[i:i + 6]) for i in range(0, len(words) - 2, 6)]
    two_columns(pdf, lines, ["week."], top=100)
    doc = load_document(pdf.save())
    assert doc.text.endswith("week.") and doc.text.count("week.") == 1


def test_bold_lines_that_each_stand_whole_stay_apart(tmp_path):
    pdf = Pdf(tmp_path / "bold.pdf")
    pdf.text(50, 80, "Endorsed by the coordinator on 30 May 2021", ("Helvetica-Bold", 11))
    pdf.text(50, 94, "Approved by the relief office on 3 June 2021", ("Helvetica-Bold", 11))
    pdf.text(50, 108, "(subject to the yearly review)", ("Helvetica-Bold", 11))
    pdf.paragraph(50, 140, BODY_TEXT, 450)
    doc = load_document(pdf.save())
    assert [doc.block_text(b) for b in doc.blocks][:3] == [
        "Endorsed by the coordinator on 30 May 2021",
        "Approved by the relief office on 3 June 2021", "(subject to the yearly review)"]


def test_rows_set_barely_apart_from_their_wrapped_lines_stay_rows(tmp_path):
    pdf = Pdf(tmp_path / "tight.pdf")
    pdf.paragraph(50, 80, BODY_TEXT, 495)
    who, what, when = 60, 190, 380
    draw_table(pdf, 120, [
        (0, [(who, "Coordination office"), (what, "Estimates the impact"), (when, "Daily")]),
        (11, [(what, "of the storm")]),
        (11.5, [(who, "Agency focal"), (what, "Sends the readiness"), (when, "Before landfall")]),
        (11, [(who, "points"), (what, "notice to partners")]),
        (11.5, [(who, "Relief fund"), (what, "Sends approval letters"), (when, "On activation")]),
        (11.5, [(who, "District teams"), (what, "Inform the shelters"), (when, "Same day")]),
    ])
    doc = load_document(pdf.save())
    assert [doc.block_text(b) for b in doc.blocks][1:5] == [
        "Coordination office | Estimates the impact of the storm | Daily",
        "Agency focal points | Sends the readiness notice to partners | Before landfall",
        "Relief fund | Sends approval letters | On activation",
        "District teams | Inform the shelters | Same day",
    ]
