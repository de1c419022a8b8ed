"""Rule ablation: for each named extraction rule, what switching it off changes.

Scores with every rule on, then with each rule off in turn, on the dev articles
(``../shared/eval/dev``: score.py's F1 per table) and on the incident rows of
``../shared/eval/counts/`` (count_score.py's killed/wounded exact). Prints one row per rule with
the change of each score; a rule that changes nothing on this material is flagged as a candidate
to delete (or to cover with material that needs it).

Runs in-process: the pipeline is loaded once, every document is parsed once and its spaCy Docs
reused; a rule of a later stage reuses the earlier stages' results. ``--rows N`` samples N rows
of each counts file (seeded; 0: all of them).

usage: .venv/bin/python bench/rule_ablation.py [--rows 300] [--only PREFIX] [--eval DIR]
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval"
COUNT_SETS = ("wad-dev.jsonl", "msa-dev.jsonl")


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Item:
    """A document parsed once, with its gold (dev) or its row (counts)."""
    document: object
    parsed: list
    gold: dict | None = None
    row: dict | None = None
    stages: dict = field(default_factory=dict)  # the all-rules-on results, by stage


def _parsed(path: Path) -> tuple[object, list]:
    from briefreader.extraction.nlp import parse_spans
    from briefreader.extraction.pipeline import parse_ranges
    from briefreader.loading import load_document

    document = load_document(path)
    return document, parse_spans(document.text, parse_ranges(document))


def load_items(eval_dir: Path, rows: int, tmp: Path) -> tuple[list[Item], dict[str, list[Item]]]:
    import json

    counts_score = _module(eval_dir / "count_score.py")
    dev = []
    for gold_file in sorted((eval_dir / "dev").glob("*.gold.json")):
        article = gold_file.with_name(gold_file.name.replace(".gold.json", ".txt"))
        document, parsed = _parsed(article)
        dev.append(Item(document, parsed, gold=json.loads(gold_file.read_text(encoding="utf-8"))))
    counts: dict[str, list[Item]] = {}
    for name in COUNT_SETS:
        data = [r for r in counts_score.load(str(eval_dir / "counts" / name))
                if r.get("killed") is not None]
        if rows and rows < len(data):
            data = random.Random(1).sample(data, rows)
        counts[name] = []
        for i, r in enumerate(data):  # written as count_score.py writes them
            path = tmp / f"{name}-{i:05d}.txt"
            path.write_text(f"Incident report {i + 1}\n\n{r['text'].strip()}\n", encoding="utf-8")
            document, parsed = _parsed(path)
            counts[name].append(Item(document, parsed, row=r))
    return dev, counts


def extract(item: Item, from_stage: str) -> dict:
    """The extraction JSON of one item, re-running the stages from ``from_stage`` on."""
    from briefreader.extraction.actors.merging import extract_actors
    from briefreader.extraction.casualties.figures import extract_casualties
    from briefreader.extraction.claims.assemble import extract_claims

    doc, parsed, done = item.document, item.parsed, item.stages
    actors = done["actors"] if from_stage != "actors" and done else extract_actors(doc, parsed)
    claims = done["claims"] if from_stage == "casualties" and done else \
        extract_claims(doc, parsed, actors)
    casualties = extract_casualties(doc, parsed, claims, actors)
    if not done:
        item.stages = {"actors": actors, "claims": claims}
    return {"actors": [a.to_json() for a in actors], "claims": [c.to_json() for c in claims],
            "casualties": [k.to_json() for k in casualties]}


def _without_rules(pred: dict) -> dict:
    return {k: [{f: v for f, v in item.items() if f != "rules"} for item in items]
            for k, items in pred.items()}


@dataclass
class Run:
    """One extraction of every item: the scores and the outputs (without "rules")."""
    scores: dict[str, float]
    outputs: list[dict]


def dev_scores(score: ModuleType, dev: list[Item], preds: list[dict]) -> dict[str, float]:
    totals = {t: score.Counts() for t in score.TABLES}
    for item, pred in zip(dev, preds, strict=True):
        a, _ = score.score_actors(item.gold, pred)
        (c, ca), _ = score.score_claims(item.gold, pred)
        (k, kf), _ = score.score_casualties(item.gold, pred)
        for table, counts in zip(score.TABLES, (a, c, ca, k, kf), strict=True):
            totals[table].add(*counts)
    return {t: round(totals[t].prf()[2], 3) for t in score.TABLES}


def count_scores(counts_score: ModuleType, items: list[Item], preds: list[dict]
                 ) -> dict[str, float]:
    out = {}
    for category in ("killed", "wounded"):
        n = exact = 0
        for item, pred in zip(items, preds, strict=True):
            gold = item.row.get(category)
            if not gold:
                continue
            got = counts_score.figures(pred, category)
            n += 1
            exact += (max(got) if got else 0) == gold
        out[category] = round(exact / max(1, n), 3)
    return out


def run_all(score: ModuleType, counts_score: ModuleType, dev: list[Item],
            counts: dict[str, list[Item]], from_stage: str) -> Run:
    preds = [extract(item, from_stage) for item in dev]
    out = {f"dev {t}": f for t, f in dev_scores(score, dev, preds).items()}
    outputs = list(preds)
    for name, items in counts.items():
        row_preds = [extract(item, from_stage) for item in items]
        outputs.extend(row_preds)
        for category, value in count_scores(counts_score, items, row_preds).items():
            out[f"{name.split('-')[0]} {category}"] = value
    return Run(out, [_without_rules(p) for p in outputs])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=300,
                    help="rows sampled from each counts file (0: all; default 300)")
    ap.add_argument("--only", default="", help="only the rules whose name starts with this")
    ap.add_argument("--eval", type=Path, default=EVAL, help="the shared eval directory")
    args = ap.parse_args(argv)
    if not (args.eval / "dev").is_dir() or not (args.eval / "score.py").is_file():
        print(f"rule_ablation: skipped: no eval material at {args.eval}")
        return 0
    from briefreader.extraction.pipeline import known_rules as all_rules
    from briefreader.extraction.rules import switched_off

    score = _module(args.eval / "score.py")
    counts_score = _module(args.eval / "count_score.py")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        dev, counts = load_items(args.eval, args.rows, Path(tmp))
    parsed_in = time.perf_counter() - started
    base = run_all(score, counts_score, dev, counts, "actors")
    columns = list(base.scores)
    print(f"{len(dev)} dev articles, counts rows: "
          + ", ".join(f"{n} {len(v)}" for n, v in counts.items())
          + f"; parsed in {parsed_in:.0f} s")
    print(f"{'rule':36} {'docs':>5} " + " ".join(f"{c:>14}" for c in columns))
    print(f"{'(all rules on)':36} {'':>5} " + " ".join(f"{base.scores[c]:14.3f}"
                                                     for c in columns))
    unused, neutral = [], []
    for r in all_rules():
        if not r.name.startswith(args.only):
            continue
        try:
            with switched_off([r.name]):
                got = run_all(score, counts_score, dev, counts, r.stage)
        except Exception as exc:  # a rule whose absence breaks the stage: say so, go on
            print(f"{r.name:36} fails when off: {type(exc).__name__}: {exc}")
            continue
        deltas = {c: round(got.scores[c] - base.scores[c], 3) for c in columns}
        changed = sum(a != b for a, b in zip(got.outputs, base.outputs, strict=True))
        if not changed:
            unused.append(r.name)
        elif not any(deltas.values()):
            neutral.append(r.name)
        note = "   <- changes nothing" if not changed else ""
        print(f"{r.name:36} {changed:5} " + " ".join(
            f"{deltas[c]:+14.3f}" if deltas[c] else f"{'.':>14}" for c in columns) + note)
        sys.stdout.flush()
    print("\n'docs': documents whose extraction changes when the rule is off.")
    print(f"{len(unused)} rules change no output on this material (candidates to delete, or to "
          f"cover with material that needs them): {', '.join(unused) or '-'}")
    print(f"{len(neutral)} more change outputs but no score: {', '.join(neutral) or '-'}")
    print(f"seconds: {time.perf_counter() - started:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
