"""Pathological text shapes against an ordinary article of the same length: time and memory.

    .venv/bin/python bench/bench_shapes.py [--scale 0.25] [--shapes one_line,unpaired_quotes]

Each shape is written to a file and given to ``briefreader extract FILE --format json`` and
``briefreader text FILE`` in a child process; the child's peak memory is its ru_maxrss
(``resource.getrusage(RUSAGE_CHILDREN)`` read by a wrapper process that runs only that child),
its time the wall clock. Beside each shape, an ordinary article of the same number of words
(paragraphs of the bundled sample and the test article, sentences numbered so that none repeats)
is run the same way. The targets (issue 15): peak under 600 MB, time per 1,000 words within 3x
the ordinary article's, ``text`` under 30 s.

Shapes: one 2 MB line of sentences; 50,000 one-word lines; a 100,000-word paragraph with no
sentence end; 70,000 words with 20,000 unpaired quotation marks.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BRIEFREADER = [sys.executable, "-m", "briefreader"]
SOURCES = (ROOT / "resources" / "samples" / "idlib_bloodbath.txt",
           ROOT / "tests" / "data" / "reanchor" / "river_report.txt")


def _paragraphs() -> list[str]:
    paragraphs = []
    for path in SOURCES:
        paragraphs += path.read_text(encoding="utf-8").strip().split("\n\n")[1:]
    return paragraphs


def ordinary(words: int, seed: int = 1) -> str:
    """An ordinary article of ``words`` words: varied paragraphs, each with a numbered place."""
    rng, paragraphs = random.Random(seed), _paragraphs()
    out, count, n = ["A long report"], 0, 0
    while count < words:
        n += 1
        paragraph = rng.choice(paragraphs).replace(". ", f". In section {n}, ", 1)
        out.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(out) + "\n"


def one_line(scale: float) -> str:
    """One line of ordinary sentences, 2 MB long."""
    target = int(2 * 2**20 * scale)
    words = ordinary(target // 5).split()
    line, size = [], 0
    for word in words:
        if size >= target:
            break
        line.append(word)
        size += len(word) + 1
    return " ".join(line) + "\n"


def one_word_lines(scale: float) -> str:
    return "\n".join(ordinary(int(50_000 * scale)).split()[: int(50_000 * scale)]) + "\n"


def no_sentence_end(scale: float) -> str:
    words = re.sub(r"[.!?]", "", ordinary(int(100_000 * scale))).split()[: int(100_000 * scale)]
    return "A report without an end\n\n" + " ".join(words) + "\n"


def unpaired_quotes(scale: float) -> str:
    """70,000 words with 20,000 quotation marks none of which closes (none opened before it)."""
    rng = random.Random(7)
    words = re.sub("[\"\u201c\u201d]", "", ordinary(int(70_000 * scale))).split(" ")
    for i in rng.sample(range(len(words)), int(20_000 * scale)):
        words[i] = '"' + words[i]
    return " ".join(words)


SHAPES: dict[str, Callable[[float], str]] = {
    "one_line": one_line, "one_word_lines": one_word_lines,
    "no_sentence_end": no_sentence_end, "unpaired_quotes": unpaired_quotes,
}


def measure(command: list[str]) -> dict[str, float]:
    """Run one child (from a wrapper process, so RUSAGE_CHILDREN is that child's alone)."""
    wrapper = ("import json, resource, subprocess, sys, time\n"
               "t = time.perf_counter()\n"
               "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
               "elapsed = time.perf_counter() - t\n"
               "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
               "print(json.dumps({'code': code, 'seconds': elapsed, 'peak_mb': peak / 1024}))\n")
    out = subprocess.run([sys.executable, "-c", wrapper, *command], capture_output=True,
                         text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout)


def run_pair(name: str, text: str, folder: Path) -> None:
    words = len(text.split())
    shape_file, plain_file = folder / f"{name}.txt", folder / f"{name}.ordinary.txt"
    shape_file.write_text(text, encoding="utf-8")
    plain_file.write_text(ordinary(words), encoding="utf-8")
    for label, path in ((name, shape_file), ("  ordinary", plain_file)):
        shown = measure([*BRIEFREADER, "text", str(path)])
        extracted = measure([*BRIEFREADER, "extract", str(path), "--format", "json"])
        per_k = extracted["seconds"] / (len(path.read_text(encoding="utf-8").split()) / 1000)
        status = "" if extracted["code"] == 0 else f"  (exit {extracted['code']})"
        print(f"{label:18} {words:>8,} words  extract {extracted['seconds']:7.1f} s "
              f"{per_k:6.2f} s/1k words  peak {extracted['peak_mb']:6.0f} MB   "
              f"text {shown['seconds']:5.1f} s{status}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--scale", type=float, default=1.0,
                        help="size of every shape relative to the issue's (default 1)")
    parser.add_argument("--shapes", default=",".join(SHAPES),
                        help=f"comma-separated, from {','.join(SHAPES)}")
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-shapes-") as folder:
        for name in args.shapes.split(","):
            run_pair(name, SHAPES[name](args.scale), Path(folder))
    print(f"(whole run {time.perf_counter() - started:.0f} s; peak is each child's ru_maxrss; "
          f"this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
