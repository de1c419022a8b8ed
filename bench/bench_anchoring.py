"""Re-anchoring 1,000 annotations on a 100,000-word document; prints times and a baseline.

    .venv/bin/python bench/bench_anchoring.py

The document is made of paragraphs of the bundled sample and the test article, each sentence
given a numbered place so that paragraphs are not identical. Four texts are timed: none (same
fingerprint), paragraphs inserted near the top (every annotation has moved), and the mixed edit
(inserted, deleted, moved paragraphs, typos, quote marks and white space), and a worst case
where every paragraph's words are shuffled. The baseline, measured
in the same run, is a plain ``str.find`` of every quote in the edited text.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "data" / "reanchor"))

import make_variants  # noqa: E402

from briefreader.anchoring.resolve import resolve_anchor  # noqa: E402
from briefreader.anchoring.selectors import Anchor  # noqa: E402

WORDS = 100_000
ANNOTATIONS = 1_000


def build_document(rng: random.Random) -> str:
    paras = []
    for path in make_variants.ARTICLES.values():
        paras += path.read_text(encoding="utf-8").strip().split("\n\n")[1:]
    out, words, n = ["A long report"], 0, 0
    while words < WORDS:
        n += 1
        para = rng.choice(paras).replace(". ", f". In section {n}, ", 1)
        out.append(para)
        words += len(para.split())
    return "\n\n".join(out)


def pick(text: str, rng: random.Random) -> list[Anchor]:
    anchors = []
    while len(anchors) < ANNOTATIONS:
        start = rng.randrange(0, len(text) - 200)
        start = text.find(" ", start) + 1
        end = start
        for _ in range(rng.choice([1, 2, 3, 5, 8, 12])):
            end = text.find(" ", end + 1)
        if "\n" not in text[start:end] and end > start:
            anchors.append(Anchor.from_text(text, start, end))
    return anchors


def timed(label: str, text: str, anchors: list[Anchor], unchanged: bool) -> float:
    began = time.perf_counter()
    placed = [resolve_anchor(text, a, unchanged=unchanged) for a in anchors]
    seconds = time.perf_counter() - began
    states = {s: sum(p.state == s for p in placed) for s in ("anchored", "moved", "orphaned")}
    print(f"{label:<34} {seconds:8.3f} s   {states}")
    return seconds


def baseline(text: str, anchors: list[Anchor]) -> float:
    began = time.perf_counter()
    for a in anchors:
        text.find(a.quote)
    return time.perf_counter() - began


def main() -> None:
    rng = random.Random(5)
    text = build_document(rng)
    anchors = pick(text, rng)
    print(f"document: {len(text.split()):,} words, {len(text):,} characters; "
          f"{len(anchors):,} annotations")
    original = [(c, i) for i, c in enumerate(text)]
    inserted = "".join(c for c, _ in make_variants.insert_paragraphs(original, rng))
    inserted = "A new first paragraph.\n\n" + inserted
    mixed = "".join(c for c, _ in make_variants.everything(original, random.Random(6)))
    # The worst case: another text at the same path (each paragraph's words shuffled), where
    # every strategy is tried and nearly every annotation ends up orphaned.
    shuffled = "\n\n".join(" ".join(random.Random(i).sample(p.split(" "), len(p.split(" "))))
                           for i, p in enumerate(text.split("\n\n")))
    timed("unchanged (same fingerprint)", text, anchors, True)
    for label, edited in (("paragraphs inserted", inserted), ("mixed edit", mixed),
                          ("words shuffled (worst case)", shuffled)):
        seconds = timed(label, edited, anchors, False)
        base = baseline(edited, anchors)
        print(f"{'  baseline: str.find of each quote':<34} {base:8.3f} s   "
              f"ratio {seconds / base:,.0f}x")


if __name__ == "__main__":
    main()
