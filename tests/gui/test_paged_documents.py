"""PDF, Word and EPUB in the window: the Open dialog and drag-and-drop take them, a PDF's pages
show progress as they load, page breaks are labelled in the margin, and a PDF's header copes
with a text that has no title line."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor

from briefreader.loading.load import SUPPORTED_SUFFIXES
from tests.gui.conftest import open_and_wait
from tests.loading.pdfgen import Pdf

TITLE = "Floods in the lower valley"
PARAGRAPH = "Paragraph {k} on page {n}. {sentence}"
# each page says something else: lines repeated at one place on every page are running headers
SENTENCES = ("Water rose over the river banks during the night and families moved to the schools "
             "on the hill, where volunteers cooked for them.",
             "Road crews cleared mud from the main bridge before the morning market opened.",
             "The health post asked for clean water tanks and more oral rehydration salts.",
             "Farmers counted the cattle lost to the current and asked for feed and seed.",
             "Teachers said classes would resume once the shelters in the schools were empty.")


def report_pdf(path, pages: int, heading: bool = True, metadata_title: str | None = None):
    pdf = Pdf(path)
    if metadata_title:
        pdf.c.setTitle(metadata_title)
    for n in range(1, pages + 1):
        y = 60
        if n == 1 and heading:
            pdf.text(50, y, TITLE, ("Helvetica-Bold", 18))
            y += 40
        for k in range(1, 4):
            sentence = SENTENCES[(n * 3 + k) % len(SENTENCES)]
            y = pdf.paragraph(50, y, PARAGRAPH.format(k=k, n=n, sentence=sentence), 460) + 13
        pdf.page()
    return pdf.save()


def test_the_open_dialog_offers_every_type_the_loader_reads(window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    seen = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *args: (seen.append(args[3]), ([], ""))[1])
    window.open_dialog()
    (dialog_filter,) = seen
    documents = dialog_filter.split(";;")[0]
    for suffix in (".pdf", ".docx", ".epub", ".txt", ".md", ".html"):
        assert f"*{suffix}" in documents.split("(")[1].rstrip(")").split()
    assert {s for s in SUPPORTED_SUFFIXES if s} == {
        p.removeprefix("*") for p in documents.split("(")[1].rstrip(")").split()}


def drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    dropped = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                         Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(dropped)
    return enter.isAccepted(), dropped.isAccepted()


def test_drag_and_drop_opens_a_pdf_and_refuses_a_picture(window, qtbot, tmp_path):
    picture = tmp_path / "map.png"
    picture.write_bytes(b"\x89PNG\r\n")
    assert drop(window, [picture]) == (False, False)
    assert not window.sessions
    assert "map.png" in window.statusBar().currentMessage()
    pdf = report_pdf(tmp_path / "report.pdf", 2)
    with qtbot.waitSignal(window.sessionFinished, timeout=60000):
        assert drop(window, [pdf, picture]) == (True, True)
    (session,) = window.sessions
    assert session.document.blocks[-1].page == 2


def test_loading_a_pdf_shows_its_pages_as_they_load(window, qtbot, tmp_path):
    pdf = report_pdf(tmp_path / "long.pdf", 12)
    (session,) = window.open_paths([str(pdf)])
    view = window.current_view()
    seen = []
    session.loadProgress.connect(
        lambda done, total: seen.append((done, total, view.placeholderText(),
                                         window.chrome.status_label.text())))
    qtbot.waitUntil(lambda: session.document is not None, timeout=30000)
    told = [done for done, total, _, _ in seen if total == 12]
    # the first page and the last, a few between (not one signal per page of a long report)
    assert told[0] == 1 and told[-1] == 12 and told == sorted(set(told)) and len(told) == len(seen)
    done, total, placeholder, status = seen[-1]
    # the view's slot ran before this one: both show the page just loaded
    assert placeholder == "Loading page 12 of 12…" and status == "Opening: page 12 of 12…"
    assert session.load_progress == (12, 12)
    qtbot.waitUntil(lambda: session.finished, timeout=60000)


def test_page_breaks_are_labelled_in_the_margin_beside_their_first_line(window, qtbot,
                                                                        tmp_path):
    session, view = open_and_wait(qtbot, window, report_pdf(tmp_path / "r.pdf", 3))
    margin = view.page_margin
    assert margin.isVisible() and margin.width() >= margin.label_width() > 0
    labels = margin.labels()
    assert [label for _, label in labels] == ["p. 1", "p. 2", "p. 3"]
    first_on_2 = next(b for b in session.document.blocks if b.page == 2)
    view.select_offsets(first_on_2.start, first_on_2.start)
    qtbot.wait(10)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.layout_map.to_view(first_on_2.start))
    line = view.cursorRect(cursor)
    (y,) = [y for y, label in margin.labels() if label == "p. 2"]
    assert line.top() <= y <= line.bottom()        # level with the block's first line
    assert 0 <= y <= margin.height()
    # a paint asks only for those on screen: found by bisection, the same as filtering them all
    every = margin.labels()
    for low, high in ((y - 1, y + 1), (y + 1, 10**6), (-10**6, y - 1), (10**6, 10**7)):
        assert margin.labels(low, high) == [(v, t) for v, t in every if low <= v <= high]


def test_an_unpaged_article_has_no_page_labels(opened):
    _window, _session, view = opened
    assert not view.page_margin.isVisible() and view.page_margin.labels() == []
    assert view.page_margin.label_width() == 0


def test_a_pdf_headline_is_its_first_heading_with_the_metadata_line_under_it(window, qtbot,
                                                                            tmp_path):
    session, view = open_and_wait(qtbot, window, report_pdf(tmp_path / "r.pdf", 2))
    assert session.document.title == TITLE and session.document.blocks[0].kind == "title"
    qdoc = view.document()
    assert qdoc.firstBlock().text() == TITLE
    meta = qdoc.firstBlock().next().text()
    assert "r.pdf" in meta and "2 pages" in meta
    assert qdoc.firstBlock().next().next().text().startswith("Paragraph 1 on page 1")
    assert view.layout_map.to_offset(qdoc.firstBlock().next().position()) == \
        session.document.blocks[1].start


def test_a_pdf_without_a_heading_shows_its_metadata_title_above_the_text(window, qtbot,
                                                                        tmp_path):
    pdf = report_pdf(tmp_path / "plain.pdf", 2, heading=False, metadata_title="Sitrep four")
    session, view = open_and_wait(qtbot, window, pdf)
    assert session.document.title == "Sitrep four"
    assert session.document.text.startswith("Paragraph 1 on page 1")   # no title in the text
    qdoc = view.document()
    title, meta = qdoc.firstBlock(), qdoc.firstBlock().next()
    assert title.text() == "Sitrep four" and "2 pages" in meta.text()
    assert view.layout_map.to_offset(title.position()) == 0
    assert view.layout_map.to_offset(meta.position() + 3) == 0
    assert qdoc.findBlock(view.layout_map.to_view(0)).text().startswith("Paragraph 1 on page 1")
    start = session.document.text.index("on page 1")
    view.select_offsets(start, start + len("on page 1"))
    assert view.textCursor().selectedText() == "on page 1"
    assert view.selected_offsets() == (start, start + len("on page 1"))


def test_word_and_epub_files_open_with_their_headline_and_no_page_labels(window, qtbot,
                                                                         tmp_path):
    import docx

    from tests.loading.test_docx_epub import epub_bytes

    word = docx.Document()
    word.add_heading("Flash update on the floods", level=1)
    word.add_paragraph("Boats reached the island villages, the district office said.")
    word.add_paragraph("Blankets", style="List Bullet")
    word.save(str(tmp_path / "update.docx"))
    book = tmp_path / "annual.epub"
    book.write_bytes(epub_bytes({"a": "<h1>Annual report</h1><p>The year in numbers.</p>"},
                                spine=["a"]))
    for path, headline in ((tmp_path / "update.docx", "Flash update on the floods"),
                           (book, "Annual report")):
        session, view = open_and_wait(qtbot, window, path)
        assert view.document().firstBlock().text() == headline
        assert path.name in view.document().firstBlock().next().text()     # the metadata line
        assert not view.page_margin.isVisible()
