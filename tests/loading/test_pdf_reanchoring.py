"""Annotations made on a PDF find their text again when the PDF is replaced by a corrected
version: a sentence edited, a paragraph added on page 1 that pushes text on to page 2."""

from __future__ import annotations

from briefreader.loading import load_document
from briefreader.store.annotations import AnnotationStore
from tests.loading.pdfgen import LEADING, Pdf, wrap

FILLER = ("The district teams reported on the state of the roads, the markets and the water "
          "points each morning, and the coordination cell compared their notes with the "
          "satellite images before deciding where the next convoy would go.")
EDITED_BEFORE = ("On Thursday twelve trucks carried water tanks to the camps east of the river, "
                 "where about 4,000 families had gathered since the bridge collapsed.")
EDITED_AFTER = ("On Thursday fourteen trucks carried water tanks to the camps east of the river, "
                "where about 4,000 families had gathered since the bridge collapsed.")
PUSHED = ("The health post at the crossing treated forty people for injuries and opened a "
          "second tent for mothers with young children after the night of heavy rain.")
SECOND_PAGE = ("Funding released under the pre-arranged agreement reached the partners within "
               "three days, which let them buy the tanks locally instead of waiting for stock.")


def pages_of(paragraphs: list[str]) -> list[int]:
    """The page each paragraph is drawn on: down the page, a new page when it is full."""
    pages, page, y = [], 1, 100.0
    for text in paragraphs:
        height = len(wrap(text, 450)) * LEADING
        if y + height > 780:
            page, y = page + 1, 60.0
        pages.append(page)
        y += height + 8
    return pages


def layout(path, paragraphs: list[str]):
    pdf = Pdf(path)
    pdf.text(50, 60, "Flood response update", ("Helvetica-Bold", 16))
    page, y = 1, 100.0
    for text, on in zip(paragraphs, pages_of(paragraphs), strict=True):
        if on != page:
            pdf.page()
            page, y = on, 60.0
        y = pdf.paragraph(50, y, text, 450) + 8
    return pdf.save()


def versions(added: str) -> tuple[list[str], list[str]]:
    """Before and after, with as much filler as puts PUSHED last on page 1 before the added
    paragraph and on page 2 after it."""
    for n in range(4, 30):
        first = [FILLER] * 3 + [EDITED_BEFORE] + [FILLER] * n + [PUSHED, SECOND_PAGE]
        second = [FILLER] * 3 + [EDITED_AFTER, added] + [FILLER] * n + [PUSHED, SECOND_PAGE]
        if pages_of(first)[-2:] == [1, 2] and pages_of(second)[-2:] == [2, 2]:
            return first, second
    raise AssertionError("no filler count fits")


def test_annotations_follow_their_text_into_the_corrected_pdf(tmp_path):
    path = tmp_path / "update.pdf"
    added = ("A correction issued on Friday: the convoy count was revised after the logistics "
             "cell checked the drivers' sheets against the loading records at the depot.")
    first, second = versions(added)
    layout(path, first)
    before = load_document(path)
    assert before.page_at(before.text.index(PUSHED)) == 1
    store = AnnotationStore.open(tmp_path / "store.sqlite")
    quotes = {"edited": "carried water tanks to the camps east of the river",
              "word": "twelve trucks carried water tanks",
              "pushed": "a second tent for mothers with young children",
              "page two": "buy the tanks locally instead of waiting"}
    made = {}
    for name, quote in quotes.items():
        start = before.text.index(quote)
        made[name] = store.add_annotation(before, start, start + len(quote), note=name).id

    layout(path, second)  # the same file, replaced
    after = load_document(path)
    assert after.sha256 != before.sha256
    assert after.page_at(after.text.index(PUSHED)) == 2  # pushed over the page break

    placed = {p.annotation.note: p for p in store.annotations_for(after)}
    assert set(placed) == set(quotes)
    for name in ("edited", "pushed", "page two"):
        p = placed[name]
        assert p.state == "moved" and after.text[p.start:p.end] == quotes[name], name
    assert after.page_at(placed["pushed"].start) == 2
    assert after.page_paragraph(placed["page two"].start)[0] == 2
    # the quote whose word was corrected lands on the corrected words, not nowhere
    word = placed["word"]
    assert not word.orphaned
    assert "trucks carried water tanks" in after.text[word.start:word.end]
    assert made["word"] == word.annotation.id
