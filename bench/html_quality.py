"""Article text from saved pages: briefreader's HTML loader beside plain trafilatura, one run.

    .venv/bin/python bench/html_quality.py [DIR]     # DIR defaults to ../shared/eval/html-dev

DIR holds NAME.html pages and ground-truth.json ({NAME: {"articleBody": ...}}). Scores are the
same 4-word-shingle precision/recall/F1 as ../shared/eval/html_score.py (title line left out),
computed in-process so that variants can be compared side by side; the per-page table shows
where each one wins or loses, and the timing row is the mean load time per page.

Variants: trafilatura's defaults (plain text), readability-lxml alone, briefreader without its
clean-up rules, and briefreader as shipped.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT.parent / "shared" / "eval" / "html-dev"


def shingles(text: str, n: int = 4) -> Counter:
    w = re.findall(r"\w+", text.casefold())
    return Counter(tuple(w[i:i + n]) for i in range(max(len(w) - n + 1, 1))) if w else Counter()


def prf(predicted: str, gold: str) -> tuple[float, float, float]:
    p, g = shingles(predicted), shingles(gold)
    if not p and not g:
        return 1.0, 1.0, 1.0
    inter = sum((p & g).values())
    precision = inter / sum(p.values()) if p else 0.0
    recall = inter / sum(g.values()) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def trafilatura_defaults(data: bytes) -> str:
    import trafilatura

    return trafilatura.extract(data) or ""


def readability_alone(data: bytes) -> str:
    import lxml.html
    from readability import Document

    from briefreader.loading.boilerplate import BlockCollector
    from briefreader.loading.markup import BlockWalker

    summary = Document(data.decode("utf-8", "replace")).summary(html_partial=True)
    collector = BlockCollector()
    BlockWalker(collector).walk(lxml.html.fragment_fromstring(summary, create_parent="div"))
    return "\n\n".join(b.text for b in collector.blocks)


def briefreader_loader(clean: bool) -> Callable[[bytes], str]:
    def load(data: bytes) -> str:
        from briefreader.errors import LoadError
        from briefreader.loading import html

        original = html.clean_blocks
        if not clean:
            html.clean_blocks = lambda blocks, **kwargs: blocks
        try:
            text = html.parse_html(data, Path("page.html")).text
        except LoadError:
            return ""
        finally:
            html.clean_blocks = original
        return text.split("\n", 1)[1] if "\n" in text else ""

    return load


VARIANTS: dict[str, Callable[[bytes], str]] = {
    "trafilatura": trafilatura_defaults,
    "readability": readability_alone,
    "br-noclean": briefreader_loader(clean=False),
    "briefreader": briefreader_loader(clean=True),
}


def main(argv: list[str]) -> int:
    import logging

    logging.disable(logging.WARNING)  # extractors complain about every odd page
    folder = Path(argv[0]) if argv else DEFAULT_DIR
    truth_file = folder / "ground-truth.json"
    if not truth_file.exists():
        print(f"no ground truth at {truth_file}", file=sys.stderr)
        return 2
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    names = sorted(truth)
    scores = {v: [] for v in VARIANTS}
    seconds = dict.fromkeys(VARIANTS, 0.0)
    for variant, run in VARIANTS.items():
        run((folder / f"{names[0]}.html").read_bytes())  # imports are not a page's cost
        for name in names:
            data = (folder / f"{name}.html").read_bytes()
            start = time.perf_counter()
            text = run(data)
            seconds[variant] += time.perf_counter() - start
            scores[variant].append(prf(text, truth[name]["articleBody"]))
    print("F1 per page".ljust(18) + "".join(v.rjust(13) for v in VARIANTS))
    for i, name in enumerate(names):
        print(name[:17].ljust(18) + "".join(f"{scores[v][i][2]:13.3f}" for v in VARIANTS))
    for k, label in enumerate(("precision", "recall", "F1")):
        means = (sum(s[k] for s in scores[v]) / len(names) for v in VARIANTS)
        print(f"mean {label}".ljust(18) + "".join(f"{m:13.3f}" for m in means))
    print("ms per page".ljust(18) + "".join(f"{1000 * seconds[v] / len(names):13.0f}"
                                           for v in VARIANTS))
    base = sum(s[2] for s in scores["trafilatura"]) / len(names)
    ours = sum(s[2] for s in scores["briefreader"]) / len(names)
    print(f"briefreader / trafilatura F1 ratio: {ours / base:.3f} ({len(names)} pages)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
