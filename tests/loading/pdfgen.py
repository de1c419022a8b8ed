"""Small PDFs for the layout tests, drawn with reportlab line by line at known places."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = A4
BODY = ("Helvetica", 10)
LEADING = 13


def wrap(text: str, width: float, font: tuple[str, float] = BODY) -> list[str]:
    """Greedy line breaking with reportlab's own widths."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and stringWidth(trial, *font) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


class Pdf:
    """A canvas with a cursor per column; ``y`` counts from the page's top."""

    def __init__(self, path: Path, **kwargs) -> None:
        self.path = path
        self.c = canvas.Canvas(str(path), pagesize=A4, **kwargs)

    def text(self, x: float, y_top: float, text: str, font: tuple[str, float] = BODY) -> None:
        self.c.setFont(*font)
        self.c.drawString(x, HEIGHT - y_top, text)

    def paragraph(self, x: float, y_top: float, text: str, width: float,
                  font: tuple[str, float] = BODY, leading: float = LEADING) -> float:
        """Draw a wrapped paragraph; returns the y below it."""
        for line in wrap(text, width, font):
            self.text(x, y_top, line, font)
            y_top += leading
        return y_top

    def page(self) -> None:
        self.c.showPage()

    def save(self) -> Path:
        self.c.save()
        return self.path
