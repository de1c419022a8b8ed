"""Application start: a plain window showing the text (the reading desk replaces it)."""

from __future__ import annotations

import sys

from briefreader.errors import BriefreaderError


def run_app(files: list[str], screenshot: str | None = None, size: str = "1400x900") -> int:
    import os

    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit

    from briefreader.loading import load_document
    from briefreader.paths import sample_article

    app = QApplication.instance() or QApplication(sys.argv[:1])
    view = QPlainTextEdit()
    view.setReadOnly(True)
    path = files[0] if files else str(sample_article())
    try:
        document = load_document(path)
        view.setPlainText(document.text)
        view.setWindowTitle(f"{document.title} — briefreader")
    except BriefreaderError as exc:
        if screenshot:
            raise
        QMessageBox.warning(None, "briefreader", str(exc))
        view.setWindowTitle("briefreader")
    width, _, height = size.partition("x")
    view.resize(int(width), int(height))
    view.show()
    if screenshot:
        app.processEvents()
        view.grab().save(screenshot)
        return 0
    return app.exec()
