"""The trainer's area: its pages in tabs, the key that opens the services to it, and the lock.

The shell shows it only once the unlock dialog handed over a key; every page reaches the
services through `call`, which passes the key and, when the services say the session is
locked (idle too long, locked elsewhere), locks the area. Leaving, or ten minutes without a
key pressed or a click in it (told by the app's clock, so a test moves time instead of
waiting), locks it too: the key is given back and forgotten.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.services.errors import ServiceError, TrainerLocked
from quizapp.services.trainer import IDLE_LIMIT, TrainerKey
from quizapp.ui.backend import Backend
from quizapp.ui.tasks import Progress, Task, TaskCancelled
from quizapp.ui.trainer.messages import show_problem
from quizapp.ui.widgets import heading

if TYPE_CHECKING:
    from quizapp.domain.session import Attempt
    from quizapp.services.facade import Services
    from quizapp.ui.scores.dashboard_page import DashboardPage
    from quizapp.ui.scores.review_dialog import ReviewDialog
    from quizapp.ui.scores.statistics_page import StatisticsPage
    from quizapp.ui.trainer.generate_page import GeneratePage
    from quizapp.ui.trainer.sets_page import SetsPage
    from quizapp.ui.trainer.trainees_page import TraineesPage

T = TypeVar("T")
IDLE_CHECK_MS = 15_000
# The services' own idle limit runs from their last use: a trainer reading a page for minutes
# still touches the session now and then, at most this often.
TOUCH_EVERY = timedelta(minutes=1)
_ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)


class TrainerArea(QWidget):
    locked = Signal(str)  # the area locked itself or was left; why, for the banner ("" if left)

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.key: TrainerKey | None = None
        self._last_activity = backend.now()
        self._last_touch = backend.now()
        self.leave_button = QPushButton("&Leave trainer mode")
        self.leave_button.setAccessibleName("Leave trainer mode and lock it")
        self.leave_button.clicked.connect(lambda: self.lock(""))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Trainer's pages")
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(IDLE_CHECK_MS)
        self.idle_timer.timeout.connect(self.check_idle)
        self.status_label = QLabel()
        self.status_label.setAccessibleName("What was done last")
        self.status_label.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(heading("Trainer mode"))
        header.addWidget(self.status_label, 1)
        header.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self._built = False

    def now(self) -> datetime:
        return self._backend.now()

    def tell(self, text: str) -> None:
        """What the last action did, beside the heading, until the next one says more."""
        self.status_label.setText(text)

    @property
    def is_open(self) -> bool:
        return self.key is not None

    def _build(self) -> None:
        from quizapp.ui.scores.dashboard_page import DashboardPage
        from quizapp.ui.scores.statistics_page import StatisticsPage
        from quizapp.ui.trainer.generate_page import GeneratePage
        from quizapp.ui.trainer.sets_page import SetsPage
        from quizapp.ui.trainer.trainees_page import TraineesPage

        self.sets_page: SetsPage = SetsPage(self)
        self.generate_page: GeneratePage = GeneratePage(self)
        self.trainees_page: TraineesPage = TraineesPage(self)
        self.tabs.addTab(self.sets_page, "&Question sets")
        self.tabs.addTab(self.generate_page, "&Generate from a document")
        self.tabs.addTab(self.trainees_page, "T&rainees")
        # Score review (ui/scores/): everyone's scores, and each set's item statistics.
        self.dashboard_page: DashboardPage = DashboardPage(self)
        self.statistics_page: StatisticsPage = StatisticsPage(self)
        self.dashboard_page.open_requested.connect(self.review_attempt)
        self.tabs.addTab(self.dashboard_page, "&Dashboard")
        self.tabs.addTab(self.statistics_page, "Item &statistics")
        self.review: ReviewDialog | None = None
        self.tabs.currentChanged.connect(self._tab_changed)
        self._built = True

    def open(self, key: TrainerKey) -> None:
        """Unlocked: the pages, read afresh."""
        if not self._built:
            self._build()
        self.key = key
        self._last_activity = self._last_touch = self._backend.now()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.idle_timer.start()
        self.tabs.setCurrentWidget(self.sets_page)
        self.sets_page.refresh()
        self.trainees_page.refresh()
        self.sets_page.sets_view.setFocus()

    def lock(self, why: str) -> None:
        """Give the key back and leave; `why` is told when the area locked itself."""
        key, self.key = self.key, None
        self.idle_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if key is not None:
            self._backend.call(lambda s: s.lock_trainer(key), lambda _: None, lambda _: None)
        if self._built:
            self.generate_page.forget()
        self.locked.emit(why)

    # -- idle ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.is_open and self.isVisible():
            self.note_activity()
        return False

    def note_activity(self) -> None:
        now = self._backend.now()
        self._last_activity = now
        if now - self._last_touch >= TOUCH_EVERY and self.key is not None:
            self._last_touch = now
            key = self.key
            self._backend.call(
                lambda s: s.keep_trainer_open(key), lambda _: None, self._locked_or_raise
            )

    def check_idle(self) -> None:
        """Lock once the trainer has done nothing here for the idle limit (the timer asks)."""
        if self.is_open and self._backend.now() - self._last_activity >= IDLE_LIMIT:
            self.lock("Trainer mode locked itself after 10 minutes without use.")

    # -- calls -----------------------------------------------------------------------------

    def call(
        self,
        work: Callable[[Services, TrainerKey], T],
        done: Callable[[T], object],
        *,
        failed: Callable[[ServiceError], object] | None = None,
        title: str = "That could not be done",
    ) -> None:
        """Run `work` with the key on the worker; a refusal the user can act on is shown
        (or handed to `failed`), a locked session locks the area."""
        key = self.key
        if key is None:
            return
        self._backend.call(lambda s: work(s, key), done, self._failure(failed, title))

    def call_with_progress(
        self,
        work: Callable[[Services, TrainerKey, Progress], T],
        done: Callable[[T], object],
        *,
        label: str,
        failed: Callable[[ServiceError], object] | None = None,
        cancelled: Callable[[], object] | None = None,
        progressed: Callable[[int, int, str], object] | None = None,
        title: str = "That could not be done",
    ) -> Task | None:
        key = self.key
        if key is None:
            return None
        handle = self._failure(failed, title)

        def gave_up(error: Exception) -> None:
            if isinstance(error, TaskCancelled) and cancelled is not None:
                cancelled()
            else:
                handle(error)

        return self._backend.call_with_progress(
            lambda s, p: work(s, key, p), done, gave_up, label=label, progressed=progressed
        )

    def _failure(
        self, failed: Callable[[ServiceError], object] | None, title: str
    ) -> Callable[[Exception], None]:
        def handle(error: Exception) -> None:
            if isinstance(error, TrainerLocked):
                if self.is_open:
                    self.lock(str(error))
            elif isinstance(error, ServiceError):
                if failed is not None:
                    failed(error)
                else:
                    show_problem(self, title, str(error))
            else:
                raise error

        return handle

    def _locked_or_raise(self, error: Exception) -> None:
        self._failure(None, "Trainer mode")(error)

    def _tab_changed(self, _index: int) -> None:
        page = self.tabs.currentWidget()
        if page is self.trainees_page:
            self.trainees_page.refresh()
        elif page is self.sets_page:
            self.sets_page.refresh()
        elif page is self.dashboard_page:
            self.dashboard_page.refresh()
        elif page is self.statistics_page:
            self.statistics_page.refresh()

    def review_attempt(self, attempt_uuid: str) -> None:
        """Any trainee's attempt, as its results screen shows it, in a dialog."""
        self.call(lambda s, key: s.review_attempt(key, attempt_uuid), self._show_review)

    def _show_review(self, attempt: Attempt) -> None:
        from quizapp.domain.session import AttemptState
        from quizapp.ui.scores.review_dialog import ReviewDialog

        if attempt.session.state is AttemptState.IN_PROGRESS:
            self.tell("That attempt is still running: its review comes once it is submitted.")
            return

        if self.review is not None:
            self.review.close()
        self.review = ReviewDialog(self, attempt, self)
        self.review.open()
