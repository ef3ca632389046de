"""Separate processes that act on one database at the same moment, as seats in a room do.

Threads would share one interpreter's lock and one SQLAlchemy pool: a race between them says
little about two programs. These are processes, forked from a server that has imported the
services once (`forkserver`), so a seat starts in milliseconds and holds nothing of pytest's
(nor of Qt's, which a fork of the test process could inherit half-locked).

Each round hands every seat one call from tests/seat_calls.py; the seats wait at a barrier
and are released together. A call's exception comes back as (type name, message), so that
the test sees exactly what a user would have been told.
"""

from __future__ import annotations

import multiprocessing
from typing import Any

from tests import seat_calls
from tests.seat_calls import PATIENCE, Outcome

CONTEXT = multiprocessing.get_context("forkserver")
CONTEXT.set_forkserver_preload(["tests.seat_calls"])


class Seats:
    """`count` processes that each run one named call of tests/seat_calls.py per round."""

    def __init__(self, count: int) -> None:
        self._barrier = CONTEXT.Barrier(count)
        self._inboxes = [CONTEXT.Queue() for _ in range(count)]
        self._results = CONTEXT.Queue()
        self._processes = [
            CONTEXT.Process(
                target=seat_calls.serve,
                args=(index, inbox, self._results, self._barrier),
                daemon=True,
            )
            for index, inbox in enumerate(self._inboxes)
        ]
        for process in self._processes:
            process.start()

    def __enter__(self) -> Seats:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def round(self, calls: list[tuple[str, tuple[Any, ...]]]) -> list[Outcome]:
        """Run calls[i] in seat i, all released at once; their outcomes in seat order."""
        assert len(calls) == len(self._inboxes)
        for inbox, call in zip(self._inboxes, calls, strict=True):
            inbox.put(call)
        outcomes: dict[int, Outcome] = {}
        for _ in calls:
            index, outcome = self._results.get(timeout=PATIENCE)
            outcomes[index] = outcome
        return [outcomes[i] for i in range(len(calls))]

    def close(self) -> None:
        for inbox in self._inboxes:
            inbox.put(None)
        for process in self._processes:
            process.join(timeout=PATIENCE)
