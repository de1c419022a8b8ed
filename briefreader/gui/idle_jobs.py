"""Work for the GUI thread that can wait a moment: run one job per turn of the event loop.

When an analysis arrives, every panel and the article have something to rebuild. Qt runs all due
zero-delay timers in one pass, so scheduling each with QTimer.singleShot(0) would still hold the
window for their sum; one repeating timer that runs a single job per timeout lets input and
painting in between each.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer

_runner: _IdleJobs | None = None


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
        while self._jobs:
            owner, job = self._jobs.popleft()
            if shiboken6.isValid(owner):   # a panel or view closed meanwhile is skipped
                job()
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
