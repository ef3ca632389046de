"""Python's cyclic garbage collector, run on the UI thread only while a worker thread lives.

The collector runs on whichever thread happens to allocate when a threshold is crossed. If
that is the task runner's worker and the garbage holds a Qt object, the object's C++
destructor runs there: it takes Qt's lock on the object's connections, then waits for the
GIL to tell PySide the object is gone, while the UI thread, holding the GIL, waits in another
destructor for that same lock. The app freezes. The suite met it once (the worker in
gc_collect_main -> QObject::~QObject -> GilState::acquire, the UI thread in
QObject::~QObject -> QBasicMutex::lockInternal), and a trainee's window would freeze alike.

So while a worker lives the automatic collector is off, and a timer on the UI thread does
what it would have done: it looks at the same counts against the same thresholds and
collects the generation the automatic collector would have collected. A full collection is
the exception: CPython also waits until a quarter of the long-lived objects are new, which
Python code cannot see, so one is made at most every FULL_EVERY_S seconds; the pause it
costs (tens of milliseconds with the app's objects) must not come between each keystroke
and its save.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 200
FULL_EVERY_S = 30.0

_holders = 0  # live collectors: the automatic collector comes back when the last one goes
_last_full = time.monotonic()


class UiThreadCollector(QObject):
    """Collects on the UI thread, from its creation until close()."""

    def __init__(self, parent: QObject) -> None:
        global _holders
        super().__init__(parent)
        if _holders == 0:
            gc.disable()
        _holders += 1
        self._open = True
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(collect_due)
        self._timer.start()

    def close(self) -> None:
        global _holders
        if not self._open:
            return
        self._open = False
        self._timer.stop()
        _holders -= 1
        if _holders == 0:
            gc.enable()


def collect_due(now: float | None = None) -> None:
    """The collection the automatic collector would make now, if any: the oldest
    generation whose count has passed its threshold, a full one no oftener than
    FULL_EVERY_S. `now` is the monotonic clock's reading (given by tests)."""
    global _last_full
    now = time.monotonic() if now is None else now
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    if not thresholds[0] or counts[0] <= thresholds[0]:
        return
    due = max(g for g in range(3) if counts[g] > thresholds[g])
    if due == 2 and now - _last_full < FULL_EVERY_S:
        due = 1
    if due == 2:
        _last_full = now
    gc.collect(due)
