"""Slow work off the UI thread, its result back on it: the task runner.

In the spirit of Anki's CollectionOp/QueryOp: a page hands over a function and what to do
with its result or its failure; the function runs on a worker thread while the window keeps
painting, and the callbacks run on the UI thread, where widgets may be touched. The function
may report progress and, where the work allows, stop when asked to cancel.

One worker, tasks in the order they were given: they are the app's database calls, so a
read asked for after a write sees it, and the answers of a quiz are written in the order
they were given. A task that has run for SLOW_MS is announced (`slow`), so the window can
say it is waiting instead of looking frozen.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from quizapp.ui.ui_thread_collector import UiThreadCollector

log = logging.getLogger(__name__)

T = TypeVar("T")
SLOW_MS = 400  # past a glance: long enough that an unexplained pause would look like a hang


class TaskCancelled(Exception):
    """The task was cancelled before it finished; its work did not complete."""


class Progress:
    """Handed to a task's work: tell how far it got, and learn whether to stop."""

    def __init__(self, task: Task) -> None:
        self._task = task

    @property
    def cancelled(self) -> bool:
        return self._task.cancelled

    def check(self) -> None:
        """Stop here (TaskCancelled) if the task was cancelled: call it between steps."""
        if self._task.cancelled:
            raise TaskCancelled

    def report(self, done: int, total: int, text: str = "") -> None:
        """`done` of `total` steps; safe from the worker (the signal is queued to the UI)."""
        self._task.progressed.emit(done, total, text)


class Task(QObject):
    """One piece of work handed to the runner; lives on the UI thread."""

    progressed = Signal(int, int, str)  # done, total, what is being done
    slow = Signal()  # still running after SLOW_MS

    def __init__(self, label: str, cancellable: bool, parent: QObject) -> None:
        super().__init__(parent)
        self.label = label
        self.cancellable = cancellable
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Ask the work to stop: a task still waiting never starts, a running one stops at
        its next Progress.check(). Its failure callback then gets TaskCancelled."""
        if self.cancellable:
            self._cancelled.set()


class _Job(Generic[T]):
    """A task with its work and callbacks, as the worker and the UI thread pass it on."""

    def __init__(
        self,
        task: Task,
        work: Callable[[Progress], T],
        done: Callable[[T], object],
        failed: Callable[[Exception], object],
    ) -> None:
        self.task = task
        self.work = work
        self.done = done
        self.failed = failed
        self._result: list[T] = []  # empty until the work returned (its result may be None)
        self._error: Exception | None = None

    def run(self) -> None:
        """On the worker: the work, keeping its result or its exception for the UI thread."""
        try:
            if self.task.cancelled:
                raise TaskCancelled
            self._result.append(self.work(Progress(self.task)))
        except Exception as error:
            self._error = error

    def finish(self) -> None:
        """On the UI thread: the callback that fits."""
        if self._error is not None:
            self.failed(self._error)
        else:
            self.done(self._result[0])


class TaskRunner(QObject):
    """Runs tasks on one worker thread in the order given; callbacks on the UI thread."""

    slow = Signal(object)  # the running Task has taken SLOW_MS so far
    idle = Signal()  # every task given has finished and been answered
    _started = Signal(object)  # from the worker: a _Job began
    _finished = Signal(object)  # from the worker: a _Job ended

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[_Job[Any] | None] = queue.SimpleQueue()
        self._worker: threading.Thread | None = None
        self._outstanding = 0
        self._running: Task | None = None
        self._closed = False
        # No garbage collection on the worker: see ui_thread_collector.
        self._collector = UiThreadCollector(self)
        self._slow_timer = QTimer(self)
        self._slow_timer.setSingleShot(True)
        self._slow_timer.setInterval(SLOW_MS)
        self._slow_timer.timeout.connect(self._announce_slow)
        # Emitted on the worker thread, received here: Qt queues them to the UI thread.
        self._started.connect(self._on_started)
        self._finished.connect(self._on_finished)

    @property
    def is_idle(self) -> bool:
        return self._outstanding == 0

    @property
    def running(self) -> Task | None:
        """The task the worker is on now, if any."""
        return self._running

    def run(
        self,
        work: Callable[[Progress], T],
        done: Callable[[T], object],
        failed: Callable[[Exception], object],
        *,
        label: str = "",
        cancellable: bool = False,
        progressed: Callable[[int, int, str], object] | None = None,
    ) -> Task:
        """Queue `work`; `done(result)` or `failed(exception)` is called on the UI thread.

        `progressed(done, total, text)` hears every Progress.report on the UI thread: it is
        connected before the work is queued, since a report made before a later connect
        would be heard by nobody.

        `failed` gets every exception the work raised, TaskCancelled included: it decides
        what the user is told, and re-raises what it does not expect (a bug then reaches the
        crash dialog). After close() nothing runs and nothing is called back.
        """
        task = Task(label, cancellable, self)
        if progressed is not None:
            task.progressed.connect(progressed)
        if self._closed:
            log.debug("Task %r given after the runner closed: not run", label)
            return task
        self._outstanding += 1
        if self._worker is None:
            self._worker = threading.Thread(target=self._work, name="quizapp-tasks", daemon=True)
            self._worker.start()
        self._jobs.put(_Job(task, work, done, failed))
        return task

    def close(self) -> None:
        """Finish the task running now, drop the rest, and stop the worker."""
        self._closed = True
        self._slow_timer.stop()
        if self._worker is not None:
            while True:  # what never started is dropped
                try:
                    self._jobs.get_nowait()
                except queue.Empty:
                    break
            self._jobs.put(None)
            self._worker.join()
            self._worker = None
        self._collector.close()

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            self._started.emit(job)
            job.run()
            self._finished.emit(job)

    def _on_started(self, job: _Job[Any]) -> None:
        self._running = job.task
        self._slow_timer.start()

    def _on_finished(self, job: _Job[Any]) -> None:
        self._slow_timer.stop()
        self._running = None
        if self._closed:
            return
        try:
            job.finish()
        finally:
            job.task.deleteLater()
            self._outstanding -= 1
            if self._outstanding == 0:
                self.idle.emit()

    def _announce_slow(self) -> None:
        if self._running is not None:
            self._running.slow.emit()
            self.slow.emit(self._running)
