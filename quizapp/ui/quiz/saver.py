"""Writing each change the moment it happens, and retrying when the database refuses.

The quiz page applies a change to its own copy of the attempt first (so the answer stays on
screen whatever happens) and hands the matching service call to the saver. Calls run in the
order they were made; when one fails, it and everything after it wait, the page is told at
once, and the saver tries again every few seconds. Nothing is dropped and nothing is
reported saved before the database has committed it.

Answers and flags are written before the click that made them returns. A move to another
question is written a moment later (`save_soon`), after the next question is painted: its
write loads the whole attempt, which on a long quiz takes most of a frame, and a move lost to
a crash in that moment costs nothing but the place (the next write carries it anyway).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from quizapp.domain.session import AttemptClosed, ItemLocked
from quizapp.services.errors import StorageFailure

log = logging.getLogger(__name__)

RETRY_MS = 2000
SOON_MS = 50  # well past the frame that shows the change, well within a blink


@dataclass
class _Pending:
    key: Hashable
    write: Callable[[], object]


class Saver(QObject):
    saved = Signal()  # everything asked so far is in the database
    failed = Signal(str)  # the database refused; the message is for the trainee
    closed = Signal()  # the attempt is over (its deadline passed, or closed elsewhere)
    refused = Signal(str)  # the stored attempt refused this change (changed elsewhere)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: list[_Pending] = []
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
        return len(self._queue)

    def save(self, key: Hashable, write: Callable[[], object]) -> None:
        """Queue a write and try to run the queue now.

        A write with the same key as one still waiting replaces it in place (only the latest
        answer to a question matters); a key of None never merges (moves add up time spent).
        """
        self._queue_write(key, write)
        self.flush()

    def save_soon(self, key: Hashable, write: Callable[[], object]) -> None:
        """Queue a write to run once the screen has caught up (or with the next `save`)."""
        self._queue_write(key, write)
        if not self.retry_timer.isActive() and not self.soon_timer.isActive():
            self.soon_timer.start()

    def _queue_write(self, key: Hashable, write: Callable[[], object]) -> None:
        for pending in self._queue:
            if key is not None and pending.key == key:
                pending.write = write
                return
        self._queue.append(_Pending(key, write))

    def flush(self) -> bool:
        """Run waiting writes in order; True when nothing is left waiting."""
        self.soon_timer.stop()
        refused: list[str] = []
        try:
            return self._run_queue(refused)
        finally:
            # After the queue has run, however it ended: the page's reload writes too.
            for reason in refused:
                self.refused.emit(reason)

    def _run_queue(self, refused: list[str]) -> bool:
        while self._queue:
            try:
                self._queue[0].write()
            except StorageFailure as error:
                log.warning("Saving failed, will retry: %s", error)
                self.retry_timer.start()
                self.failed.emit(str(error))
                return False
            except AttemptClosed:
                self.discard()
                self.closed.emit()
                return False
            except ItemLocked as error:
                # Another window checked this practice answer: the write can never succeed,
                # and the page's copy is behind the database. The rest still goes in.
                self._queue.pop(0)
                refused.append(str(error))
                continue
            except Exception:
                # Not the database's refusal: this write can never succeed, so it must not
                # hold back the writes queued behind it. The crash dialog reports it.
                self._queue.pop(0)
                raise
            self._queue.pop(0)
        self.retry_timer.stop()
        self.saved.emit()
        return True

    def discard(self) -> None:
        """Forget waiting writes: the attempt they belonged to is over."""
        self._queue.clear()
        self.retry_timer.stop()
        self.soon_timer.stop()
