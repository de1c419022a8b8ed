"""Start-up and responsiveness of the window, measured side by side in one run.

1. Process start to article visible: ``briefreader SAMPLE`` against a bare PySide6 script that
   shows the same text in a QTextEdit (runs interleaved, medians). Target: ratio <= 1.3.
2. Process start to panels filled for the sample, spaCy model load included. Target: <= 1.5 s.
3. A ~100,000-word report: the event loop's longest stall while it loads and is analysed, measured
   by a QTimer ticking every 10 ms and recording the largest gap. Target: < 100 ms.
4. The same for a drawn 500-page two-column PDF report (bench/pdf_reports.py; --pdf-pages 0 skips
   it): its first page is shown early and the rest filled in while the window keeps answering.

Usage: .venv/bin/python bench/bench_startup.py [--runs 7] [--words 100000] [--pdf-pages 500]
                                               [--skip-stall] [--only-stall]
The app runs under bench/startup_probe.py, which installs the benchmark's hooks from outside the
app. Both processes print the wall-clock time at which their first paint of the text is done: an
event filter on the text's viewport (on nothing else) sees its first paint event and starts a zero
timer; the time is taken when that timer fires, on the next turn of the event loop, once the paint
is done.
Only the viewport is watched: a filter on the whole application would run Python for every event of
every widget, a cost that grows with the window and belongs to the benchmark, not to the app.
"Process start" is the moment just before the benchmark launches each process, so Python's own
start-up is included. Both run with bytecode caching on, as on a user's machine
(PYTHONDONTWRITEBYTECODE is removed from their environment; an untimed first round writes the
caches).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "samples" / "idlib_bloodbath.txt"
PROBE = Path(__file__).resolve().parent / "startup_probe.py"

BARE = r'''
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextEdit
app = QApplication(sys.argv[:1])
view = QTextEdit()
view.setReadOnly(True)
view.setPlainText(open(sys.argv[1], encoding="utf-8").read())
view.resize(1400, 900)
class FirstPaint(QObject):   # the same rule as startup_probe.py's: the first paint, done
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, stamp)
        return False
def stamp():
    print(f"BENCH visible {time.time():.6f}", flush=True)
    app.exit(0)
first = FirstPaint()
view.viewport().installEventFilter(first)
view.show()
app.exec()
'''


def timed_run(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launching ``command`` to the time it reports with a BENCH line."""
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    for line in result.stdout.splitlines():
        if line.startswith("BENCH "):
            return float(line.split()[2]) - start
    raise RuntimeError(f"no BENCH line from {command[:3]}: {result.stderr[-800:]}")


def _load() -> str:
    return f"{os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "?"


def startup(runs: int) -> None:
    load_before = _load()
    python = sys.executable
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRIEFREADER_DATA_DIR=data)
        env.pop("PYTHONDONTWRITEBYTECODE", None)   # a user's install keeps compiled modules
        # the app as ``briefreader SAMPLE`` runs it, with the probe's hooks installed from outside
        visible_cmd = [python, str(PROBE), "visible", str(SAMPLE)]
        panels_cmd = [python, str(PROBE), "panels", str(SAMPLE)]
        bare_cmd = [python, "-c", BARE, str(SAMPLE)]
        # one untimed round to warm the OS file cache for both
        timed_run(bare_cmd, env)
        timed_run(visible_cmd, env)
        bare, app, panels = [], [], []
        for _ in range(runs):  # interleaved, so a busy moment of the machine hits both
            bare.append(timed_run(bare_cmd, env))
            app.append(timed_run(visible_cmd, env))
            panels.append(timed_run(panels_cmd, env))
    b, a, p = (statistics.median(x) for x in (bare, app, panels))
    mode = "in the window's process" if os.environ.get("BRIEFREADER_IN_PROCESS") == "1" \
        else "in a child process"
    print(f"machine load average before and after: {load_before} -> {_load()}; "
          f"extraction {mode}")
    print(f"start-up to article visible ({runs} runs each, interleaved, medians):")
    print(f"  bare PySide6 QTextEdit    {b * 1000:7.0f} ms   (runs: {_ms(bare)})")
    print(f"  briefreader               {a * 1000:7.0f} ms   (runs: {_ms(app)})")
    print(f"  ratio briefreader / bare  {a / b:7.2f}x   (target <= 1.30x)")
    print("start-up to panels filled, sample article, model load included:")
    print(f"  briefreader               {p * 1000:7.0f} ms   (runs: {_ms(panels)})"
          f"   (target <= 1500 ms)")


def _ms(values: list[float]) -> str:
    return " ".join(f"{v * 1000:.0f}" for v in values)


def long_report(words: int, path: Path) -> int:
    """A report of about ``words`` words: the sample's paragraphs repeated under numbered headings
    (numbers changed per section so the text is not one paragraph over and over)."""
    blocks = SAMPLE.read_text(encoding="utf-8").split("\n\n")
    title, body = blocks[0], blocks[1:]
    out = [f"{title}: consolidated report"]
    count, section = 0, 0
    while count < words:
        section += 1
        out.append(f"Section {section}")
        for paragraph in body:
            text = paragraph.replace(" 12 ", f" {12 + section} ")
            out.append(text)
            count += len(text.split())
            if count >= words:
                break
    path.write_text("\n\n".join(out), encoding="utf-8")
    return count


def stall(words: int, pdf_pages: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as data:
        report = Path(data) / "long_report.txt"
        actual = long_report(words, report)
        _stall(report, f"long report ({actual:,} words")
        if pdf_pages:
            sys.path.insert(0, str(REPO))
            from bench.bench_pdf import make_report

            pdf = Path(data) / "long_report.pdf"
            make_report(pdf, pdf_pages)
            _stall(pdf, f"long PDF report ({pdf_pages} pages")


def _stall(report: Path, label: str) -> None:
    with tempfile.TemporaryDirectory() as data:
        os.environ["BRIEFREADER_DATA_DIR"] = data
        from PySide6.QtCore import QElapsedTimer, QTimer

        from briefreader.gui import idle_jobs
        from briefreader.gui.app import (
            after_first_paint,
            create_application,
            start_extraction_process,
        )
        from briefreader.gui.session.workers import Workers
        from briefreader.gui.settings import AppSettings
        from briefreader.gui.window.main_window import MainWindow

        app = create_application()
        # the window's extraction as the app sets it up (a child process unless
        # BRIEFREADER_IN_PROCESS=1)
        workers = Workers(app, start_extraction_process())
        mode = "in the window's process" if workers.extraction_process is None \
            else "in a child process"
        window = MainWindow(AppSettings(), workers, quiet=True, size=(1400, 900))
        # as the app does: the child starts once the text is on screen
        window.firstShown.connect(lambda: after_first_paint(app, workers.extraction_process))
        window.show()
        clock = QElapsedTimer()
        gaps: list[int] = []
        last = [0]
        marks: dict[str, float] = {}

        long_gaps: list[tuple[int, int]] = []

        def tick() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            if now - last[0] >= 50:
                long_gaps.append((last[0], now - last[0]))
            last[0] = now

        def finished() -> None:
            marks["extracted"] = clock.elapsed()
            poll.start()

        def settled() -> None:   # panels filled and every mark laid
            view = window.current_view()
            if window.chrome.panels_filled() and view is not None and view.marks_done \
                    and idle_jobs.pending() == 0:
                poll.stop()
                done()

        def done() -> None:
            marks["done"] = clock.elapsed()
            QTimer.singleShot(200, app.quit)   # a few more ticks after the last marks are laid

        poll = QTimer(interval=20)
        poll.timeout.connect(settled)

        timer = QTimer(interval=10)
        timer.timeout.connect(tick)
        clock.start()
        timer.start()
        (session,) = window.open_paths([str(report)])
        session.previewReady.connect(lambda _d: marks.setdefault("first", clock.elapsed()))
        session.documentLoaded.connect(lambda: marks.setdefault("loaded", clock.elapsed()))
        session.extractionReady.connect(finished)
        session.failed.connect(lambda _m: done())
        app.exec()
        timer.stop()
        workers.wait_for_idle()
        workers.stop_extraction_process()
        window.close()
        ext = session.extraction
        first = f"first page shown at {marks['first']:.0f} ms, " if "first" in marks else ""
        print(f"{label}, extraction {mode}): {first}text shown at "
              f"{marks.get('loaded', -1):.0f} ms, "
              f"analysed at {marks.get('extracted', -1):.0f} ms, panels filled and marks laid at "
              f"{marks.get('done', -1):.0f} ms")
        if ext is not None:
            print(f"  {len(ext.actors)} actors, {len(ext.claims)} claims, "
                  f"{len(ext.casualties)} figures")
        worst = max(gaps) if gaps else 0
        over = sum(1 for g in gaps if g >= 100)
        print(f"  event loop: {len(gaps)} ticks of 10 ms, longest gap {worst} ms, "
              f"{over} gaps >= 100 ms   (target: longest < 100 ms)")
        if long_gaps:
            print("  gaps >= 50 ms (start ms: length ms): "
                  + ", ".join(f"{s}: {g}" for s, g in long_gaps[:12]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--pdf-pages", type=int, default=500)
    parser.add_argument("--skip-stall", action="store_true")
    parser.add_argument("--only-stall", action="store_true")
    args = parser.parse_args()
    if not args.only_stall:
        startup(args.runs)
    if not args.skip_stall:
        stall(args.words, args.pdf_pages)


if __name__ == "__main__":
    main()
