"""Report-like PDFs made from plain article texts, with their reference text known by making.

Layouts: one, two or three columns; running header and footer with page numbers; a key-figures
box under the title; a table after the body; footnotes at the page foot with raised marks;
long words hyphenated at line ends (compounds broken at their own hyphen). The reference text
follows the conventions of the PDF eval README: page content in reading order, one block per
paragraph, headers and footers gone, hyphenation joined, table rows with " | ", notes at the end.

usage: .venv/bin/python bench/pdf_reports.py ARTICLE.txt... --out DIR [--columns 2]
(writes DIR/NAME.pdf and DIR/NAME.ref.txt; reportlab comes with the test extra)
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

W, H = A4
MARGIN, GUTTER, TOP, BOTTOM, NOTES = 50.0, 18.0, 80.0, 70.0, 40.0
BODY, LEAD = ("Times-Roman", 10.0), 12.5


@dataclass
class Report:
    title: str
    paragraphs: list[str]
    figures: list[tuple[str, str]] = field(default_factory=list)
    table: list[tuple[str, ...]] = field(default_factory=list)
    notes: dict[int, str] = field(default_factory=dict)  # paragraph index -> note text
    header: str = "Situation report"

    def reference(self) -> str:
        blocks = [self.title]
        if self.figures:
            blocks += ["Key figures"] + [f"{num} {label}" for num, label in self.figures]
        blocks += self.paragraphs
        blocks += [" | ".join(row) for row in self.table]
        blocks += [f"{n} {text}" for n, text in enumerate(self.notes.values(), 1)]
        return "\n\n".join(blocks) + "\n"


def _break_line(words: list[str], width: float) -> tuple[str, list[str]]:
    """One line's text and the words left, hyphenating a long word that does not fit."""
    line: list[str] = []
    while words:
        trial = " ".join([*line, words[0]])
        if stringWidth(trial, *BODY) <= width:
            line.append(words.pop(0))
            continue
        word = words[0]
        cut = word.find("-") + 1 if "-" in word[1:-1] else len(word) // 2 if len(word) >= 9 \
            and word.isalpha() else 0
        if cut and stringWidth(" ".join([*line, word[:cut]]) + "-", *BODY) <= width:
            head = word[:cut] if word[cut - 1] == "-" else word[:cut] + "-"
            line.append(head)
            words[0] = word[cut:]
        break
    if not line:  # a word wider than the column stands alone
        line.append(words.pop(0))
    return " ".join(line), words


class _Writer:
    def __init__(self, path: Path, report: Report, columns: int) -> None:
        self.c = canvas.Canvas(str(path), pagesize=A4)
        self.report, self.columns = report, columns
        self.col_w = (W - 2 * MARGIN - GUTTER * (columns - 1)) / columns
        self.page_no, self.col, self.y = 0, 0, TOP
        self.pending_notes: list[tuple[int, str]] = []
        self.note_no = 0
        self.new_page()

    def new_page(self) -> None:
        if self.page_no:
            self.draw_notes()
            self.c.showPage()
        self.page_no += 1
        self.col, self.y = 0, TOP
        self.c.setFont("Helvetica", 8)
        self.c.drawString(MARGIN, H - 40, f"{self.report.header} | {self.report.title[:60]}")
        self.c.drawRightString(W - MARGIN, H - 40, "OCHA")
        self.c.drawCentredString(W / 2, 35, f"Page {self.page_no}")

    def draw_notes(self) -> None:
        y = H - BOTTOM - NOTES + 14
        for n, text in self.pending_notes:
            self.c.setFont("Helvetica", 5.5)
            self.c.drawString(MARGIN, H - y + 3, str(n))
            self.c.setFont("Helvetica", 7.5)
            self.c.drawString(MARGIN + 5, H - y, text[:150])
            y += 10
        self.pending_notes = []

    def line(self, text: str, x_extra: float = 0.0) -> float:
        if self.y > H - BOTTOM - NOTES:
            self.col += 1
            self.y = self.top_of_columns
            if self.col >= self.columns:
                self.new_page()
                self.top_of_columns = TOP
        x = MARGIN + self.col * (self.col_w + GUTTER) + x_extra
        self.c.setFont(*BODY)
        self.c.drawString(x, H - self.y, text)
        self.y += LEAD
        return x + stringWidth(text, *BODY)

    def heading_and_figures(self) -> None:
        self.c.setFont("Helvetica-Bold", 18)
        self.c.drawString(MARGIN, H - self.y, self.report.title)
        self.y += 30
        if self.report.figures:
            self.c.rect(MARGIN, H - self.y - 52, W - 2 * MARGIN, 62)
            self.c.setFont("Helvetica-Bold", 10)
            self.c.drawString(MARGIN + 8, H - self.y, "Key figures")
            step = (W - 2 * MARGIN) / len(self.report.figures)
            for i, (num, label) in enumerate(self.report.figures):
                self.c.setFont("Helvetica-Bold", 16)
                self.c.drawString(MARGIN + 8 + i * step, H - self.y - 22, num)
                self.c.setFont("Helvetica", 8)
                self.c.drawString(MARGIN + 8 + i * step, H - self.y - 36, label)
            self.y += 80
        self.top_of_columns = self.y

    def paragraph(self, index: int, text: str) -> None:
        words = text.split()
        end_x = 0.0
        while words:
            line, words = _break_line(words, self.col_w)
            end_x = self.line(line)
        if index in self.report.notes:
            self.note_no += 1
            self.c.setFont("Helvetica", 6)
            self.c.drawString(end_x + 0.5, H - (self.y - LEAD) + 4, str(self.note_no))
            self.pending_notes.append((self.note_no, self.report.notes[index]))
        self.y += LEAD * 0.6

    def table(self) -> None:
        if not self.report.table:
            return
        self.new_page()
        step = (W - 2 * MARGIN) / len(self.report.table[0])
        for r, row in enumerate(self.report.table):
            font = ("Helvetica-Bold", 9) if r == 0 else ("Helvetica", 9)
            for i, cell in enumerate(row):
                self.c.setFont(*font)
                self.c.drawString(MARGIN + i * step, H - self.y, cell)
            self.y += 16

    def save(self) -> None:
        self.draw_notes()
        self.c.save()


def write_report(path: Path, report: Report, columns: int = 2) -> str:
    """Draw the report to ``path``; returns its reference text."""
    writer = _Writer(path, report, columns)
    writer.heading_and_figures()
    for i, text in enumerate(report.paragraphs):
        writer.paragraph(i, text)
    writer.table()
    writer.save()
    return report.reference()


def report_from_article(text: str) -> Report:
    """An article (title line, blank line, paragraphs) dressed as a situation report."""
    blocks = [" ".join(b.split()) for b in text.split("\n\n") if b.strip()]
    title, paragraphs = blocks[0], blocks[1:]
    sources = ["Figures as reported on the day by the district office.",
               "The count excludes people staying with host families.",
               "Estimate from the rapid needs assessment, not a census.",
               "Agency figures, not independently verified.",
               "Reported by local media and confirmed by officials."]
    notes = {i: f"{sources[(i // 4) % len(sources)]} On: {' '.join(paragraphs[i].split()[:4])}"
             for i in range(0, len(paragraphs), 4)}
    return Report(
        title=title, paragraphs=paragraphs,
        figures=[("2.4M", "people in need"), ("410,000", "people targeted"),
                 ("US$ 6M", "pre-arranged funding")],
        table=[("Region", "People in need", "Funding (USD)"), ("North", "120,000", "3.2m"),
               ("South", "95,500", "2.1m"), ("Coast", "80,000", "1.9m")],
        notes=notes)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("articles", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--columns", type=int, default=0, help="0: cycle through 1, 2 and 3")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for n, article in enumerate(args.articles):
        columns = args.columns or (2, 1, 3)[n % 3]
        report = report_from_article(article.read_text(encoding="utf-8"))
        ref = write_report(args.out / f"{article.stem}.pdf", report, columns)
        (args.out / f"{article.stem}.ref.txt").write_text(ref, encoding="utf-8")


if __name__ == "__main__":
    main()
