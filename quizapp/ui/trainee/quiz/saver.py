"""Writing each change the moment it happens, off the UI thread, and retrying when refused.

The quiz page applies a change to its own copy of the attempt first (so the answer stays on
screen whatever happens) and hands the matching service call to the saver. Calls go to the
backend's worker one at a time, in the order they were made; when one fails, it and
everything after it wait, the page is told at once, and the saver tries again every few
seconds. Nothing is dropped and nothing is reported saved before the database has committed
it: `saving` comes the moment a change is queued, `saved` only once the queue is empty.

A database that keeps a write waiting (another program holds its lock) no longer holds the
window: the write waits on the worker, the page says so (`waiting`), and it is saved when the
lock goes. A move to another question is handed over a moment later (`save_soon`), after the
next question is painted: its write loads the whole attempt, and a move lost to a crash in
that moment costs nothing but the place (the next write carries it anyway).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from enum import Enum, auto
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from quizapp.domain.session import AttemptClosed, ItemLocked
from quizapp.services.errors import StorageFailure
from quizapp.ui.backend import Backend

if TYPE_CHECKING:
    from quizapp.services.facade import Services

log = logging.getLogger(__name__)

RETRY_MS = 2000
SOON_MS = 50  # well past the frame that shows the change, well within a blink

Write = Callable[["Services"], object]


class SaveState(Enum):
    SAVED = auto()  # everything asked is in the database
    SAVING = auto()  # writes are queued or running
    REFUSED = auto()  # the database refused the next write; it is retried


@dataclass
class _Pending:
    key: Hashable
    write: Write
    done: Callable[[object], object] | None = None


class Saver(QObject):
    saving = Signal()  # a change was queued: what the screen shows is not all saved now
    waiting = Signal()  # the write under way is kept waiting by the database
    saved = Signal()  # everything asked so far is in the database
    failed = Signal(str)  # the database refused; the message is for the trainee
    closed = Signal()  # the attempt is over (its deadline passed, or closed elsewhere)
    refused = Signal(str)  # the stored attempt refused this change (changed elsewhere)

    def __init__(self, backend: Backend, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._queue: list[_Pending] = []
        self._in_flight = False
        self._refusals: list[str] = []
        self._after: list[Callable[[bool], object]] = []
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.flush)
        self.soon_timer = QTimer(self)
        self.soon_timer.setSingleShot(True)
        self.soon_timer.setInterval(SOON_MS)
        self.soon_timer.timeout.connect(self.flush)

    @property
    def pending(self) -> int:
        """Writes not yet committed, the one under way included."""
        return len(self._queue)

    @property
    def state(self) -> SaveState:
        if self.retry_timer.isActive():
            return SaveState.REFUSED
        return SaveState.SAVING if self._queue else SaveState.SAVED

    def save(
        self, key: Hashable, write: Write, *, done: Callable[[object], object] | None = None
    ) -> None:
        """Queue a write and hand it on now unless the database is refusing writes.

        A write with the same key as one still waiting replaces it in place (only the latest
        answer to a question matters); a key of None never merges (moves add up time spent).
        `done` gets the write's result once it is committed.
        """
        self._queue_write(key, write, done)
        if not self.retry_timer.isActive():
            self.flush()

    def save_soon(self, key: Hashable, write: Write) -> None:
        """Queue a write to hand on once the screen has caught up (or with the next `save`)."""
        self._queue_write(key, write, None)
        if not self.retry_timer.isActive() and not self.soon_timer.isActive():
            self.soon_timer.start()

    def after_saving(self, then: Callable[[bool], object]) -> None:
        """`then(True)` once everything queued is committed, `then(False)` as soon as the
        database refuses a write; at once when there is nothing to wait for."""
        if self.state is not SaveState.SAVING:
            then(self.state is SaveState.SAVED)
            return
        self._after.append(then)
        self.flush()

    def _queue_write(
        self, key: Hashable, write: Write, done: Callable[[object], object] | None
    ) -> None:
        first_waiting = 1 if self._in_flight else 0  # the one under way cannot change now
        for pending in self._queue[first_waiting:]:
            if key is not None and pending.key == key:
                pending.write = write
                pending.done = done
                return
        self._queue.append(_Pending(key, write, done))
        if not self.retry_timer.isActive():  # refused already: the page says so, still true
            self.saving.emit()

    def flush(self) -> None:
        """Hand on the next waiting write, if none is under way."""
        self.soon_timer.stop()
        self.retry_timer.stop()
        if self._in_flight:
            return
        if not self._queue:
            self._settle(saved=True)
            return
        self._in_flight = True
        head = self._queue[0]
        task = self._backend.call(
            head.write, partial(self._written, head), partial(self._not_written, head)
        )
        task.slow.connect(self.waiting)

    def _still_ours(self, head: _Pending) -> bool:
        """The write that ended is still the queue's head (not discarded meanwhile, with
        its attempt, while it ran)."""
        self._in_flight = False
        return bool(self._queue) and self._queue[0] is head

    def _written(self, head: _Pending, result: object) -> None:
        if self._still_ours(head):
            self._queue.pop(0)
            if head.done is not None:
                head.done(result)
        self.flush()

    def _not_written(self, head: _Pending, error: Exception) -> None:
        if not self._still_ours(head):
            self.flush()
            return
        if isinstance(error, StorageFailure):
            log.warning("Saving failed, will retry: %s", error)
            self.retry_timer.start()
            self.failed.emit(str(error))
            self._settle(saved=False)
        elif isinstance(error, AttemptClosed):
            self.discard()
            self.closed.emit()
        elif isinstance(error, ItemLocked):
            # Another window checked this practice answer: the write can never succeed,
            # and the page's copy is behind the database. The rest still goes in.
            self._queue.pop(0)
            self._refusals.append(str(error))
            self.flush()
        else:
            # Not the database's refusal: this write can never succeed, so it must not hold
            # back the writes queued behind it. The crash dialog reports it.
            self._queue.pop(0)
            self.flush()
            raise error

    def _settle(self, *, saved: bool) -> None:
        """The queue ran out or stopped: say so, then the refusals met on the way (the
        page's reload that answers them runs after the writes before it)."""
        if saved:
            self.saved.emit()
        after, self._after = self._after, []
        refusals, self._refusals = self._refusals, []
        for then in after:
            then(saved)
        for reason in refusals:
            self.refused.emit(reason)

    def discard(self) -> None:
        """Forget waiting writes: the attempt they belonged to is over."""
        self._queue.clear()
        self._refusals.clear()
        self._after.clear()
        self.retry_timer.stop()
        self.soon_timer.stop()
