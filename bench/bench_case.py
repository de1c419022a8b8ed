"""Benchmark: `briefreader case add` with a pool of processes against one process, then search and
the figure ledger on the case it made.

Generates N articles of ~800 words (default 1,000; --docs to cut): events of a few kinds in
made-up towns, each told by several outlets on different days with tolls that rise and differ,
among paragraphs of background. Then, each in a fresh store:
  (a) `briefreader case add NAME DIR --processes 1`;
  (b) `briefreader case add NAME DIR` (one process per core).
It prints wall time, documents per second and peak memory (the whole process tree, sampled) of
each, and their throughput ratio (issue 13 targets: >= 1.6x on 2 cores, peak < 1.5 GB); then the
median time of 20 searches over the case (target < 50 ms) and the time to build the figure ledger
(target < 1 s), with the time to open the case from the cache beside it.

On a shared machine the two sides see different loads: --rounds N runs them interleaved (the
order swapped each round) and prints each round's ratio with the load average, and the medians;
the CPU time of each side (all its processes) shows the pool costs no extra work.

usage: .venv/bin/python bench/bench_case.py [--docs 1000] [--rounds 1] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BRIEFREADER = Path(sys.executable).parent / "briefreader"

SYLLABLES = "ka ro len mar vel dor sa ti bru nes ob al gor wen fi ra tu".split()
EVENTS = [("bombing", "A car bomb exploded at a market in {town}", "the blast"),
          ("earthquake", "A strong earthquake struck {town}", "the quake"),
          ("flood", "Flash floods swept through {town}", "the floods"),
          ("attack", "Gunmen attacked a checkpoint in {town}", "the attack")]
SOURCES = ["the health ministry", "the Red Crescent", "police", "the provincial governor",
           "hospital officials", "the civil defence agency"]
OUTLETS = ["Harbour Wire", "Lantern Daily", "Meridian Post", "Coastal Times", "Northern Herald",
           "Evening Ledger", "Capital Review", "Frontier News"]
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
BACKGROUND = [
    "Residents described scenes of confusion as emergency workers arrived at the scene and "
    "began moving the injured to nearby clinics, some of which were already short of supplies.",
    "The region has long suffered from poor roads and weak public services, and aid agencies "
    "have warned for years that local hospitals could not cope with a sudden emergency.",
    "Officials said an investigation had been opened and promised that those responsible for "
    "any failures would be held to account once the facts had been established.",
    "Neighbouring countries sent messages of sympathy, and several offered to send medical "
    "teams and equipment if the government asked for help.",
    "Local traders said the market had reopened only recently after months of repairs, and "
    "many feared that customers would now stay away for a long time.",
    "Opposition politicians criticised the government's response, saying warnings had been "
    "ignored and that the emergency services had been underfunded for a decade.",
    "Witnesses said the streets around the site were quickly sealed off by security forces, "
    "and journalists were kept away from the area for several hours.",
    "The United Nations said it was following the situation closely and stood ready to help "
    "the authorities with shelter, clean water and medical care.",
]


def town(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def article(rng: random.Random, event: tuple, place: str, year: int, day: int, report: int,
            toll: int) -> str:
    kind, opening, short = event
    source, other = rng.sample(SOURCES, 2)
    weekday = WEEKDAYS[day % 7]
    outlet = rng.choice(OUTLETS)
    lines = [f"---\ntitle: {kind.capitalize()} in {place} kills {toll}\noutlet: {outlet}\n"
             f"date: {year}-03-{day + report:02d}\n---\n",
             f"# {kind.capitalize()} in {place} kills {toll}\n",
             f"{opening.format(town=place)} on {weekday}, killing at least {toll} people and "
             f"wounding {toll * 2 + rng.randint(0, 20)}, {source} said.\n",
             f"{other.capitalize()} put the death toll at {toll + rng.randint(3, 30)}.\n",
             f'"We are doing everything we can," said {town(rng)} {town(rng)}, a spokesman for '
             f"{source}.\n",
             f"A similar {kind} in {place} in {year - 3} killed {rng.randint(10, 90)} people.\n"]
    words = sum(len(line.split()) for line in lines)
    while words < 800:
        paragraph = rng.choice(BACKGROUND)
        lines.append(paragraph.replace("the site", f"the site of {short}") + "\n")
        words += len(paragraph.split())
    return "\n".join(lines)


def generate(directory: Path, count: int, seed: int = 13) -> list[str]:
    """Write ``count`` articles; returns the towns, for search queries."""
    rng = random.Random(seed)
    towns: list[str] = []
    written = 0
    while written < count:
        place, event = town(rng), rng.choice(EVENTS)
        towns.append(place)
        year, day, toll = rng.randint(2015, 2025), rng.randint(1, 20), rng.randint(8, 120)
        for report in range(min(rng.randint(4, 8), count - written)):
            toll += rng.randint(0, 15)
            text = article(rng, event, place, year, day, report, toll)
            (directory / f"{written:05d}.md").write_text(text, encoding="utf-8")
            written += 1
    return towns


class TreeMemory:
    """Peak resident memory of a process and its descendants, sampled from /proc."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _tree(self, pid: int) -> list[int]:
        found = [pid]
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in children:
                found += self._tree(int(child))
        return found

    def _rss(self, pid: int) -> int:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
        except OSError:
            pass
        return 0

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, sum(self._rss(p) for p in self._tree(self.pid)))

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def case_add(directory: Path, data: Path, processes: int | None) -> tuple[float, int, float]:
    """Wall time, peak memory of the process tree, and CPU time of all its processes."""
    env = dict(os.environ, BRIEFREADER_DATA_DIR=str(data))
    subprocess.run([str(BRIEFREADER), "case", "create", "bench"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    command = [str(BRIEFREADER), "case", "add", "bench", str(directory)]
    if processes:
        command += ["--processes", str(processes)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    memory = TreeMemory(child.pid)
    out, _ = child.communicate()
    elapsed = time.perf_counter() - start
    peak = memory.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if child.returncode != 0:
        raise SystemExit(f"case add failed: {out}")
    return elapsed, peak, cpu


def search_and_ledger(data: Path, towns: list[str]) -> None:
    os.environ["BRIEFREADER_DATA_DIR"] = str(data)
    from briefreader.cases.case_file import open_case
    from briefreader.cases.ledger import build_ledger
    from briefreader.store.annotations import AnnotationStore

    rng = random.Random(5)
    queries = [rng.choice(towns) for _ in range(12)] + \
        ['"death toll"', "bombing", "earthquake market", "Red Crescent", "spokesman*",
         '"aid agencies"', "floods hospitals", "checkpoint"]
    with AnnotationStore.open() as store:
        case = store.case("bench")
        times, hits = [], 0
        for query in queries:
            start = time.perf_counter()
            hits += len(store.search_case(case.id, query))
            times.append(time.perf_counter() - start)
        print(f"search, {len(queries)} queries over {case.documents} documents: median "
              f"{statistics.median(times) * 1000:.1f} ms, slowest {max(times) * 1000:.1f} ms "
              f"({hits} passages in all)")
        start = time.perf_counter()
        opened = open_case(store, "bench")
        loaded = time.perf_counter() - start
        start = time.perf_counter()
        ledger = build_ledger(opened)
        built = time.perf_counter() - start
        events = len({e.event for e in ledger.entries if e.incident.scope == "event"})
        print(f"figure ledger: {built:.2f} s ({len(ledger.entries)} entries, {events} events); "
              f"opening the case from the cache: {loaded:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=1,
                        help="interleaved rounds of both sides (medians are printed)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the articles here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-case-") as scratch:
        articles = args.keep or Path(scratch) / "articles"
        articles.mkdir(parents=True, exist_ok=True)
        towns = generate(articles, args.docs)
        print(f"{args.docs} articles of ~800 words in {articles}")
        results: dict[str, list[tuple[float, int, float]]] = {"one": [], "pool": []}
        for round_ in range(args.rounds):  # interleaved, the order swapped each round
            order = ("one", "pool") if round_ % 2 == 0 else ("pool", "one")
            for side in order:
                data = Path(scratch) / f"{side}-{round_}"
                results[side].append(case_add(articles, data, 1 if side == "one" else None))
            load = os.getloadavg()[0]
            ratio = results["one"][-1][0] / results["pool"][-1][0]
            print(f"  round {round_ + 1}: one {results['one'][-1][0]:.1f} s, pool "
                  f"{results['pool'][-1][0]:.1f} s, ratio {ratio:.2f}x (load average {load:.1f})")
        for side, label in (("one", "one process"), ("pool", f"pool ({os.cpu_count()} cores)")):
            elapsed = statistics.median(r[0] for r in results[side])
            peak = max(r[1] for r in results[side])
            cpu = statistics.median(r[2] for r in results[side])
            print(f"case add, {label:>16}: {elapsed:7.1f} s, {args.docs / elapsed:5.1f} docs/s, "
                  f"peak {peak / 2**20:6.0f} MB, CPU {cpu:6.1f} s")
        ratios = [o[0] / p[0] for o, p in zip(results["one"], results["pool"], strict=True)]
        print(f"throughput ratio (pool / one process): median {statistics.median(ratios):.2f}x "
              f"(rounds: {', '.join(f'{r:.2f}' for r in ratios)})")
        pooled = Path(scratch) / f"pool-{args.rounds - 1}"
        search_and_ledger(pooled, towns)


if __name__ == "__main__":
    main()
