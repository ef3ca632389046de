"""The desktop app's one bound services facade, made once in ui/app.py.

Pages hold this, never a Database, a session or a clock: each call names a use case of the
bound services (services/facade.py) as a function of them, which the task runner runs on its
worker while the window keeps painting; the result, or the failure, comes back on the UI
thread. The database is opened by the first task, the start-up (services/start_up.py), so a
call made while it runs waits for it and finds the data ready.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum, auto
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject

from quizapp.services import start_up
from quizapp.services.errors import DatabaseUnusable
from quizapp.ui.tasks import Progress, Task, TaskRunner

if TYPE_CHECKING:
    from quizapp.domain.session import Clock
    from quizapp.domain.trainees import Trainee
    from quizapp.services.facade import Services
    from quizapp.services.start_up import Opened, StartUpReport

T = TypeVar("T")
E = TypeVar("E", bound=Exception)
WAITING_FOR_DATABASE = "Waiting for the database…"


class StartUp(Enum):
    """Where the start-up stands. It is tried once: a database that failed is not opened
    again by the next click, nor a second dialog shown from the first one's loop."""

    WAITING = auto()
    LOADING = auto()
    DONE = auto()
    FAILED = auto()


@dataclass(frozen=True)
class Started:
    report: StartUpReport
    trainees: list[Trainee]  # as the start left them, for the first page


class Backend(QObject):
    def __init__(
        self,
        open_database: Callable[[], Opened],
        clock: Clock,
        *,
        first_look: Callable[[], list[Trainee] | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`open_database` is called on the worker by start_up(); `first_look`, when given,
        reads the trainees cheaply on the UI thread before that, or says None."""
        super().__init__(parent)
        self._open_database = open_database
        self._first_look = first_look
        self._clock = clock
        self._services: Services | None = None
        self._closed = False
        self.state = StartUp.WAITING
        self.runner = TaskRunner(self)

    @property
    def started(self) -> bool:
        """The database is open and ready for calls (and not closed since)."""
        return self.state is StartUp.DONE and not self._closed

    @property
    def database_name(self) -> str | None:
        return self._services.database_name if self._services is not None else None

    def now(self) -> datetime:
        """The time by the app's clock, for what a page measures itself (time on a question)."""
        return self._clock.now()

    def first_look(self) -> list[Trainee] | None:
        return self._first_look() if self._first_look is not None else None

    def start_up(
        self, done: Callable[[Started], object], failed: Callable[[Exception], object]
    ) -> None:
        """Open the database and do what every start does, once (see services/start_up.py)."""
        if self.state is not StartUp.WAITING:
            return
        self.state = StartUp.LOADING

        def work(_: object) -> Started:
            opened = self._open_database()
            # Here, on the worker: the facade's import brings in SQLAlchemy.
            from quizapp.services.facade import Services

            services = Services(opened.db, self._clock)
            report = start_up.start(opened, self._clock)
            self._services = services  # read only by the calls queued after this one
            return Started(report, services.list_trainees())

        def succeeded(started: Started) -> None:
            self.state = StartUp.DONE
            done(started)

        def gave_up(error: Exception) -> None:
            self.state = StartUp.FAILED
            failed(error)

        self.runner.run(work, succeeded, gave_up, label="Opening the database…")

    def call(
        self,
        work: Callable[[Services], T],
        done: Callable[[T], object],
        failed: Callable[[Exception], object],
        *,
        label: str = WAITING_FOR_DATABASE,
    ) -> Task:
        """Run `work` on the bound services off the UI thread, after every call made before
        it; `done(result)` or `failed(exception)` then runs on the UI thread."""

        def run(_: object) -> T:
            if self._services is None:
                raise DatabaseUnusable("QuizApp's database could not be opened.")
            return work(self._services)

        return self.runner.run(run, done, failed, label=label)

    def call_with_progress(
        self,
        work: Callable[[Services, Progress], T],
        done: Callable[[T], object],
        failed: Callable[[Exception], object],
        *,
        label: str,
        progressed: Callable[[int, int, str], object] | None = None,
    ) -> Task:
        """As `call`, for slow work that says how far it got (to `progressed`) and stops
        when the returned task is cancelled (its failure callback then gets TaskCancelled)."""

        def run(progress: Progress) -> T:
            if self._services is None:
                raise DatabaseUnusable("QuizApp's database could not be opened.")
            return work(self._services, progress)

        return self.runner.run(
            run, done, failed, label=label, cancellable=True, progressed=progressed
        )

    @property
    def is_idle(self) -> bool:
        return self.runner.is_idle

    def close(self) -> None:
        """Finish the call running now, drop the rest, close the database."""
        self._closed = True
        self.runner.close()
        if self._services is not None:
            self._services.close()


def expecting(kind: type[E], then: Callable[[E], object]) -> Callable[[Exception], None]:
    """A failure callback: `then(error)` for the errors of `kind` the caller can tell the
    user about; any other is a bug and is raised again, for the crash dialog."""

    def failed(error: Exception) -> None:
        if not isinstance(error, kind):
            raise error
        then(error)

    return failed
