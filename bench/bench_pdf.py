"""Benchmark: the PDF loader against pypdfium2's plain text, side by side in one run.

Draws a 100-page two-column report (bench/pdf_reports.py: running header and footer, key
figures, footnotes, hyphenation, a table), then times, interleaved and repeated:
  (a) pypdfium2 alone: open the file, get_text_range() on every page;
  (b) briefreader's loader: load_document(path) (reading order, furniture, notes, blocks).
Prints the median wall and CPU time of each and their ratios (issue 12 targets <= 3).

Then draws a 500-page report (--long-pages) and times what a window waits for: the Document of
the first page by load_first_pages(path), and by load_document(path, preview=...) until the
preview arrives; the whole load; and the longest wait between two progress calls (the window
is told of each page read). Issue 12: the first page within 1 s.

usage: .venv/bin/python bench/bench_pdf.py [--pages 100] [--runs 5] [--pdf FILE]
                                          [--long-pages 500 (0: skip)]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.pdf_reports import report_from_article, write_report  # noqa: E402

PLAIN = "pypdfium2 get_text_range"
ARTICLE = REPO / "resources" / "samples" / "idlib_bloodbath.txt"


def plain_text(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    n = 0
    for i in range(len(pdf)):
        page = pdf[i]
        textpage = page.get_textpage()
        n += len(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return n


def loader_text(path: Path) -> int:
    from briefreader.loading import load_document

    return len(load_document(path).text)


def make_report(path: Path, pages: int) -> None:
    report = report_from_article(ARTICLE.read_text(encoding="utf-8"))
    base = list(report.paragraphs)
    # about 25 paragraphs of this article fill a two-column page
    report.paragraphs = [p for _ in range(pages * 25 // len(base) + 1) for p in base]
    write_report(path, report, columns=2)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pdf", type=Path, help="time this PDF instead of a drawn report")
    ap.add_argument("--long-pages", type=int, default=500)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.pdf or Path(tmp) / "report.pdf"
        if not args.pdf:
            make_report(path, args.pages)
        import pypdfium2 as pdfium

        page_count = len(pdfium.PdfDocument(str(path)))
        loader_text(path)  # imports and first-touch costs out of the measure
        wall, cpu = _interleaved(path, args.runs)
    print(f"{page_count} pages, {args.runs} runs interleaved, medians "
          "(CPU time is steadier than wall time on a shared machine)")
    print(f"  {'':26}{'wall':>10}{'cpu':>10}")
    for name in wall:
        print(f"  {name:26}{statistics.median(wall[name]) * 1000:8.1f}ms"
              f"{statistics.median(cpu[name]) * 1000:8.1f}ms")
    ratio = [statistics.median(t["briefreader load"]) / statistics.median(t[PLAIN])
             for t in (wall, cpu)]
    print(f"  {'ratio':26}{ratio[0]:9.2f}x{ratio[1]:9.2f}x  (target <= 3)")
    if args.long_pages:
        with tempfile.TemporaryDirectory() as tmp:
            long_report = Path(tmp) / "long.pdf"
            make_report(long_report, args.long_pages)
            _first_page(long_report)


def _first_page(path: Path) -> None:
    from briefreader.loading import load_document, load_first_pages

    start = time.perf_counter()
    first = load_first_pages(path)
    alone = time.perf_counter() - start
    seen: dict[str, float] = {}
    ticks: list[float] = []
    start = time.perf_counter()
    whole = load_document(
        path, progress=lambda done, total: ticks.append(time.perf_counter()),
        preview=lambda doc: seen.setdefault("preview", time.perf_counter()))
    end = time.perf_counter()
    gaps = [b - a for a, b in zip([start, *ticks], [*ticks, end], strict=True)]
    print(f"{whole.metadata['page_count']} pages, wall time (target: first page <= 1 s)")
    print(f"  load_first_pages          {alone * 1000:8.1f} ms  ({len(first.text)} chars)")
    print(f"  preview from load_document{(seen['preview'] - start) * 1000:8.1f} ms")
    print(f"  whole document            {(end - start) * 1000:8.1f} ms")
    print(f"  longest wait between pages{max(gaps[:-1]) * 1000:8.1f} ms "
          f"(after the last page, assembling: {gaps[-1] * 1000:.1f} ms)")


def _interleaved(path: Path, runs: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    wall: dict[str, list[float]] = {PLAIN: [], "briefreader load": []}
    cpu: dict[str, list[float]] = {PLAIN: [], "briefreader load": []}
    for _ in range(runs):
        for name, fn in ((PLAIN, plain_text), ("briefreader load", loader_text)):
            start, start_cpu = time.perf_counter(), time.process_time()
            fn(path)
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(time.process_time() - start_cpu)
    return wall, cpu

if __name__ == "__main__":
    main()
