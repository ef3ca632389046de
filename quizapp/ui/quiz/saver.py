"""Writing each change the moment it happens, and retrying when the database refuses.

The quiz page applies a change to its own copy of the attempt first (so the answer stays on
screen whatever happens) and hands the matching service call to the saver. Calls run in the
order they were made; when one fails, it and everything after it wait, the page is told at
once, and the saver tries again every few seconds. Nothing is dropped and nothing is
reported saved before the database has committed it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from quizapp.domain.session import AttemptClosed
from quizapp.services.errors import StorageFailure

log = logging.getLogger(__name__)

RETRY_MS = 2000


@dataclass
class _Pending:
    key: Hashable
    write: Callable[[], object]


class Saver(QObject):
    saved = Signal()  # everything asked so far is in the database
    failed = Signal(str)  # the database refused; the message is for the trainee
    closed = Signal()  # the attempt is over (its deadline passed): reload it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: list[_Pending] = []
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.flush)

    @property
    def pending(self) -> int:
        return len(self._queue)

    def save(self, key: Hashable, write: Callable[[], object]) -> None:
        """Queue a write and try to run the queue now.

        A write with the same key as one still waiting replaces it in place (only the latest
        answer to a question matters); a key of None never merges (moves add up time spent).
        """
        for pending in self._queue:
            if key is not None and pending.key == key:
                pending.write = write
                break
        else:
            self._queue.append(_Pending(key, write))
        self.flush()

    def flush(self) -> bool:
        """Run waiting writes in order; True when nothing is left waiting."""
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
            self._queue.pop(0)
        self.retry_timer.stop()
        self.saved.emit()
        return True

    def discard(self) -> None:
        """Forget waiting writes: the attempt they belonged to is over."""
        self._queue.clear()
        self.retry_timer.stop()
