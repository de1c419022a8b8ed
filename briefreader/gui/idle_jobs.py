"""Work for the GUI thread that can wait a moment: a few milliseconds of jobs per event-loop turn.

When an analysis arrives, every panel and the article have something to rebuild. Qt runs all due
zero-delay timers in one pass, so scheduling each with QTimer.singleShot(0) would still hold the
window for their sum; one repeating timer that runs jobs for at most TURN_BUDGET per timeout (and
always one) lets input and painting in between. A long job (a long report's panel) runs alone in
its turn; the small jobs of a short article share a turn, so its panels appear together, sooner.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator

import shiboken6
from PySide6.QtCore import QObject, QTimer

_runner: _IdleJobs | None = None
TURN_BUDGET = 0.008   # seconds: no new job starts in a turn after this


class _IdleJobs(QObject):
    def __init__(self) -> None:
        super().__init__()
        self._jobs: deque[tuple[QObject, Callable[[], None]]] = deque()
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self._run_one)

    def add(self, owner: QObject, job: Callable[[], None]) -> None:
        self._jobs.append((owner, job))
        self._timer.start()

    def _run_one(self) -> None:
        deadline = time.perf_counter() + TURN_BUDGET
        while self._jobs:
            owner, job = self._jobs.popleft()
            if shiboken6.isValid(owner):   # a panel or view closed meanwhile is skipped
                job()
                if time.perf_counter() >= deadline:
                    break
        if not self._jobs:
            self._timer.stop()
        else:
            # Restart: a zero-interval timer's next timeout is counted from the start of the
            # pass that ran the job, so after a long job it would come due before timers (input,
            # painting) that waited meanwhile, and two jobs could run back to back.
            self._timer.start()

    @property
    def pending(self) -> int:
        return len(self._jobs)


def pending() -> int:
    """How many jobs wait (a screenshot waits for none)."""
    return _runner.pending if _runner is not None else 0


def run_soon(owner: QObject, job: Callable[[], None]) -> None:
    """Run ``job`` on a later turn of the event loop, after the jobs already waiting."""
    global _runner
    if _runner is None:
        _runner = _IdleJobs()
    _runner.add(owner, job)


def run_in_steps(owner: QObject, steps: Iterator[list], done: Callable[[list], None],
                 wanted: Callable[[], bool]) -> None:
    """Take one step of ``steps`` now and each next one on a later turn, gathering what they
    give; then, on a turn of its own, ``done(gathered)``. Stops when ``wanted()`` says no."""
    gathered: list = []

    def step() -> None:
        if not wanted():
            return
        made = next(steps, None)
        if made is None:
            run_soon(owner, lambda: done(gathered))
        else:
            gathered.extend(made)
            run_soon(owner, step)

    step()
