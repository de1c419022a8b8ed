"""File > Export Brief: choose what goes in, see it rendered, save it as Markdown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
)

from briefreader.gui.session.article_session import DocumentSession

SECTION_TITLES = {"figures": "Key figures", "actors": "Actors", "claims": "Claims",
                  "highlights": "Highlights and notes", "orphans": "Orphaned annotations"}


def brief_sources(sessions: list[DocumentSession]):
    from briefreader.brief.build import BriefSource

    sources = []
    for s in sessions:
        notes = s.notes
        sources.append(BriefSource(
            s.document, s.extraction,
            annotations=tuple(notes.annotations) if notes else (),
            corrections=tuple(notes.corrections) if notes else (),
            original=s.raw_extraction))
    return sources


# the preview's tables: padded, ruled cells, so that columns do not run together
PREVIEW_STYLE = ("table { border-collapse: collapse; border: 1px solid #777; }"
                 " th, td { padding: 3px 8px; border: 1px solid #777; }")


class ExportDialog(QDialog):
    failed = Signal(str)
    saved = Signal(str)

    def __init__(self, sessions: list[DocumentSession], current: DocumentSession | None,
                 parent=None) -> None:
        super().__init__(parent)
        from briefreader.brief.build import SECTIONS

        self.setWindowTitle("Export Brief")
        self.setObjectName("exportDialog")
        self.resize(1000, 700)
        self.sessions = sessions
        self.current = current if current in sessions else sessions[0]
        options = QGroupBox("Include", self)
        column = QVBoxLayout(options)
        self.sections = {}
        for name in SECTIONS:
            box = QCheckBox(SECTION_TITLES.get(name, name.title()), options)
            box.setChecked(True)
            box.toggled.connect(self.render)
            column.addWidget(box)
            self.sections[name] = box
        self.assessed_only = QCheckBox("Only claims I assessed", options)
        self.assessed_only.toggled.connect(self.render)
        self.all_documents = QCheckBox(f"All open articles ({len(sessions)})", options)
        self.all_documents.setEnabled(len(sessions) > 1)
        self.all_documents.toggled.connect(self.render)
        column.addSpacing(8)
        column.addWidget(self.assessed_only)
        column.addWidget(self.all_documents)
        column.addStretch(1)
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName("Brief preview")
        self.preview.setOpenLinks(False)
        self.preview.document().setDefaultStyleSheet(PREVIEW_STYLE)
        self.summary = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self.save_dialog)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(options)
        body.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.markdown = ""
        self._brief = None
        self.render()

    def _chosen_sessions(self) -> list[DocumentSession]:
        return self.sessions if self.all_documents.isChecked() else [self.current]

    def render(self, *_args) -> None:
        """Build the brief (once per choice of documents) and render the options into it."""
        from briefreader.brief.build import (
            BriefOptions,
            build_brief,
            markdown_to_html,
            render_markdown,
        )

        chosen = self._chosen_sessions()
        if self._brief is None or self._brief[0] != [id(s) for s in chosen]:
            self._brief = ([id(s) for s in chosen], build_brief(brief_sources(chosen)))
        sections = tuple(n for n, box in self.sections.items() if box.isChecked())
        options = BriefOptions(sections=sections, assessed_only=self.assessed_only.isChecked())
        self.markdown = render_markdown(self._brief[1], options)
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(markdown_to_html(self.markdown))
        self.preview.verticalScrollBar().setValue(scroll)
        self.summary.setText(f"{len(self.markdown.splitlines())} lines of Markdown")

    def suggested_path(self) -> str:
        document = self.current.document
        stem = Path(document.path).stem if document.path else "brief"
        return str(Path(document.path or ".").with_name(f"{stem}-brief.md"))

    def save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save brief", self.suggested_path(),
                                              "Markdown (*.md);;All files (*)")
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        from briefreader.brief.build import write_brief_atomically
        from briefreader.errors import BriefreaderError

        try:
            write_brief_atomically(path, self.markdown)
        except BriefreaderError as exc:
            self.failed.emit(str(exc))
            return False
        self.saved.emit(path)
        self.summary.setText(f"Saved {path}")
        return True

