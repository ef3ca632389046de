"""How long work tells its caller how far it got, and learns whether to stop.

The window's task runner hands its Progress (ui/tasks.py), which fits this shape; the command
line hands nothing. A stop raises from `check` inside the work's transaction, so what the
work wrote so far is rolled back with it: a cancelled load writes nothing.
"""

from __future__ import annotations

from typing import Protocol


class Steps(Protocol):
    def report(self, done: int, total: int, text: str = "") -> None: ...

    def check(self) -> None: ...


class Unwatched:
    """Steps nobody watches: the command line's, and the tests' that do not count."""

    def report(self, done: int, total: int, text: str = "") -> None:
        pass

    def check(self) -> None:
        pass
