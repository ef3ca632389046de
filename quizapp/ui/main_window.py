"""The main window: a stack of pages (trainee, start, quiz, results), a banner for what the
trainee must know, and the start-up work done after the first paint.

The window is drawn before anything heavy is imported: the pages call services, which pull
in SQLAlchemy (about twice what Qt takes to draw a bare window), so the database and the
pages are made right after the first frame is on screen, behind a short "Opening..."
placeholder. When the caller can read the trainee list without the storage layer (a SQLite
file already at this app's schema, see storage/first_look.py), that list is shown first and the
rest is loaded right after it: `listed` says when the names are on screen, `ready` when
everything is loaded. A name picked in between waits for the rest (about 0.3 s here, more on
a slow machine), under a busy cursor.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum, auto
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp import APP_NAME
from quizapp.ui.errors import report_crash, show_error
from quizapp.ui.icon import app_icon
from quizapp.ui.shortcuts import WINDOW_BINDINGS, Command
from quizapp.ui.theme import Appearance, Theme
from quizapp.ui.widgets import Notice, NoticeKind, press_focused_button

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QKeyEvent, QPaintEvent

    from quizapp.domain.questions import Question
    from quizapp.domain.session import Attempt, Clock
    from quizapp.domain.trainees import Trainee
    from quizapp.storage.database import Database
    from quizapp.ui.quiz.page import QuizPage
    from quizapp.ui.reader_dialog import ReaderDialog
    from quizapp.ui.results_page import ResultsPage
    from quizapp.ui.start_page import StartPage
    from quizapp.ui.trainee_page import TraineePage

log = logging.getLogger(__name__)

GEOMETRY_KEY = "window/geometry"
DEFAULT_SIZE = QSize(1280, 900)
MAX_CONTENT_WIDTH = 1280
NAMED_EXPIRED = 5  # quizzes submitted while the app was closed, named in the start-up banner


def _plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


class StartUp(Enum):
    """Where the start-up work stands. It is tried once: a database that failed is not
    opened again by the next click, nor a second dialog shown from the first one's loop."""

    WAITING = auto()
    LOADING = auto()
    DONE = auto()
    FAILED = auto()


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class MainWindow(QMainWindow):
    starting = Signal()  # the first frame is on screen; the start-up work begins
    listed = Signal()  # the trainees' names are shown (again)
    loading = Signal()  # the database and the pages are being loaded: log what happens
    ready = Signal()  # the start-up work is done: every page and the database are there
    failed = Signal()  # the database cannot be used; the user has been told why

    # Made by the start-up work, once the database is open (see the module's docstring).
    database: Database
    clock: Clock
    trainee_page: TraineePage
    start_page: StartPage
    quiz_page: QuizPage
    results_page: ResultsPage

    def __init__(
        self,
        open_database: Callable[[], Database],
        settings: QSettings,
        *,
        first_look: Callable[[], list[Trainee] | None] | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`open_database` is called after the first paint; `first_look`, when given, reads
        the trainees for the first screen cheaply, or says None (see the module's docstring);
        `clock` defaults to the system's."""
        super().__init__(parent)
        self._open_database = open_database
        self._first_look = first_look
        self._given_clock = clock
        self._settings = settings
        self._painted = False
        self.start_up_state = StartUp.WAITING
        self.trainee: Trainee | None = None
        self.reader: ReaderDialog | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.appearance = Appearance(app, settings, self)

        self.notice = Notice()
        self.stack = QStackedWidget()
        opening = QLabel(f"Opening {APP_NAME}…")
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(opening)
        # Lines of text longer than this are hard to read; wide screens get margins instead.
        column = QWidget()
        column.setMaximumWidth(MAX_CONTENT_WIDTH)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        central = QWidget()
        centring = QHBoxLayout(central)
        centring.setContentsMargins(0, 0, 0, 0)
        centring.addWidget(column)
        self.setCentralWidget(central)

        self._build_menus()
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self._restore_geometry()

    # -- start-up -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Queued, so the whole first frame is flushed to the screen before the work.
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.starting.emit()
        from quizapp.ui.trainee_page import TraineePage

        self.trainee_page = TraineePage()
        self.trainee_page.chosen.connect(self.choose_trainee)
        self.trainee_page.add_requested.connect(self.add_trainee)
        self.stack.addWidget(self.trainee_page)
        people = self._first_look() if self._first_look is not None else None
        if people is None:
            self._start_up()
        else:
            self._show_trainee_page(people)
            QTimer.singleShot(0, self._start_up)  # once the names are painted

    @property
    def started(self) -> bool:
        """The database is open and every page exists."""
        return self.start_up_state is StartUp.DONE

    def _start_up(self) -> None:
        """The database, the pages, the shipped sets, overdue attempts submitted, then who
        trains. A name picked before the queued start-up ran has it run first."""
        if self.start_up_state is not StartUp.WAITING:
            return
        self.start_up_state = StartUp.LOADING
        self.loading.emit()
        from quizapp.storage.database import DatabaseError

        try:
            with _busy():
                self._load()
        except DatabaseError as error:
            self._give_up(
                partial(show_error, self, f"{APP_NAME} cannot use its database", str(error))
            )
        except Exception as error:
            # A bug: the crash dialog names the log file. Without its pages the app can do
            # nothing, so it closes rather than leave a window that answers no click.
            self._give_up(partial(report_crash, type(error), error, error.__traceback__))
        else:
            self.ready.emit()

    def _load(self) -> None:
        from quizapp.storage.schema import prepare

        self.database = self._open_database()
        backup = prepare(self.database)
        self._build_pages()
        notes: list[tuple[NoticeKind, str]] = []
        if backup is not None:
            notes.append(
                (
                    NoticeKind.INFO,
                    f"Your data was upgraded to this version of {APP_NAME}; a copy of it as it "
                    f"was is kept at {backup}.",
                )
            )
        notes += self._import_shipped_sets()
        notes += self._expire_overdue()
        self.start_up_state = StartUp.DONE
        self._tell(notes)
        self.show_trainees()

    def _tell(self, notes: list[tuple[NoticeKind, str]]) -> None:
        """What the start-up has to say, in the one banner at once, errors first: shown one
        after another, each message replaced the one before."""
        if not notes:
            return
        errors = [text for kind, text in notes if kind is NoticeKind.ERROR]
        others = [text for kind, text in notes if kind is not NoticeKind.ERROR]
        self.notice.show_message(
            "\n\n".join(errors + others), NoticeKind.ERROR if errors else NoticeKind.INFO
        )

    def _give_up(self, tell_why: Callable[[], None]) -> None:
        self.start_up_state = StartUp.FAILED
        tell_why()
        self.failed.emit()

    def _show_trainee_page(self, people: list[Trainee]) -> None:
        self.trainee_page.show_trainees(people)
        self.stack.setCurrentWidget(self.trainee_page)
        self.listed.emit()

    def _build_pages(self) -> None:
        from quizapp.domain.session import SystemClock
        from quizapp.ui.quiz.page import QuizPage
        from quizapp.ui.results_page import ResultsPage
        from quizapp.ui.start_page import StartPage

        self.clock = self._given_clock or SystemClock()
        db, clock = self.database, self.clock
        self.start_page = StartPage(db, clock)
        self.quiz_page = QuizPage(db, clock)
        self.results_page = ResultsPage()
        for page in (self.start_page, self.quiz_page, self.results_page):
            self.stack.addWidget(page)

        self.start_page.started.connect(self._begin)
        self.start_page.open_requested.connect(self.open_attempt)
        self.start_page.change_trainee.connect(self.show_trainees)
        self.start_page.problem.connect(self.show_error)
        self.quiz_page.finished.connect(self._quiz_finished)
        self.quiz_page.save_failed.connect(self._save_failed)
        self.quiz_page.saved.connect(lambda: self.notice.clear(NoticeKind.ERROR))
        self.quiz_page.passage_requested.connect(self.show_passage)
        self.results_page.done.connect(self.show_start)
        self.results_page.passage_requested.connect(self.show_passage)

    def _import_shipped_sets(self) -> list[tuple[NoticeKind, str]]:
        from quizapp.services import question_sets
        from quizapp.services.errors import StorageFailure

        try:
            reports = question_sets.import_shipped_sets(self.database)
        except FileNotFoundError as error:
            log.warning("No shipped question sets: %s", error)
            return []
        except StorageFailure as error:
            return [(NoticeKind.ERROR, str(error))]
        refused = [report for report in reports if report.refused]
        for report in refused:
            log.error("Shipped set %s refused: %s", report.file, report.errors)
        if not refused:
            return []
        first = refused[0]
        reason = first.errors[0].message if first.errors else "it could not be read"
        return [
            (
                NoticeKind.ERROR,
                f"A question set that comes with QuizApp could not be loaded ({first.file}: "
                f"{reason}). The other sets work as usual.",
            )
        ]

    def _expire_overdue(self) -> list[tuple[NoticeKind, str]]:
        from quizapp.services import attempts, trainees
        from quizapp.services.errors import StorageFailure

        try:
            expired = attempts.expire_overdue(self.database, clock=self.clock)
            names = {person.uuid: person.name for person in trainees.list_trainees(self.database)}
        except StorageFailure as error:
            return [(NoticeKind.ERROR, str(error))]
        if not expired:
            return []
        # Names and sets only: whoever opens the app next may not be the trainee, and a score
        # is theirs to see in their own history. A few of them: a room's worth would push the
        # page off the screen.
        lines = [
            f"• {names.get(attempt.trainee_uuid, 'Someone')}: {attempt.set_title}"
            for attempt in expired[:NAMED_EXPIRED]
        ]
        if len(expired) > NAMED_EXPIRED:
            lines.append(f"• and {len(expired) - NAMED_EXPIRED} more")
        count = len(expired)
        return [
            (
                NoticeKind.INFO,
                f"Time ran out on {count} {_plural(count, 'quiz', 'quizzes')} while QuizApp was "
                f"closed, so {_plural(count, 'it was', 'they were')} submitted with the answers "
                f"saved before the deadline. {_plural(count, 'Open it', 'Open one')} from “Your "
                "quizzes” to review it.\n" + "\n".join(lines),
            )
        ]

    # -- pages ------------------------------------------------------------------------------

    def show_trainees(self) -> None:
        from quizapp.services import trainees
        from quizapp.services.errors import StorageFailure

        self.trainee = None
        self.setWindowTitle(APP_NAME)
        self._change_trainee_action.setEnabled(False)
        try:
            people = trainees.list_trainees(self.database)
        except StorageFailure as error:
            self.show_error(str(error))
            people = []
        self._show_trainee_page(people)

    def add_trainee(self, name: str) -> None:
        from quizapp.services import trainees
        from quizapp.services.errors import InvalidInput, StorageFailure

        self._start_up()
        if not self.started:
            return
        try:
            person = trainees.add_trainee(self.database, name)
        except InvalidInput as error:
            self.trainee_page.name_refused(str(error))
            return
        except StorageFailure as error:
            self.show_error(str(error))
            return
        self.trainee_page.name_added()
        self.choose_trainee(person)

    def choose_trainee(self, trainee: Trainee) -> None:
        self._start_up()
        if not self.started:
            return
        self.trainee = trainee
        self.setWindowTitle(f"{APP_NAME} — {trainee.name}")
        self.show_start()

    def show_start(self) -> None:
        if self.trainee is None:
            self.show_trainees()
            return
        self.start_page.show_trainee(self.trainee)
        self.stack.setCurrentWidget(self.start_page)
        self._change_trainee_action.setEnabled(True)

    def open_attempt(self, attempt_uuid: str) -> None:
        """Resume an attempt in progress, or review a closed one."""
        from quizapp.domain.session import AttemptState
        from quizapp.services import attempts
        from quizapp.services.errors import ServiceError

        try:
            attempt = attempts.load_attempt(self.database, attempt_uuid, clock=self.clock)
        except ServiceError as error:
            self.show_error(str(error))
            return
        if attempt.session.state is AttemptState.IN_PROGRESS:
            self._begin(attempt)
        elif attempt.session.state is AttemptState.ABANDONED:
            # No results to show, and its right answers would turn the next try into a copy.
            self.notice.show_message(
                "That quiz was discarded before it was finished: it has no results to review."
            )
        else:
            self._show_results(attempt)

    def _begin(self, attempt: Attempt) -> None:
        self.notice.clear()
        self.quiz_page.load(attempt)
        self.stack.setCurrentWidget(self.quiz_page)
        self._change_trainee_action.setEnabled(False)
        self.quiz_page.question_view.focus_answer()

    def _quiz_finished(self, attempt: Attempt, submitted_here: bool) -> None:
        from quizapp.domain.session import AttemptState

        state = attempt.session.state
        if state is AttemptState.ABANDONED:  # discarded in another window on the same data
            self.show_start()
            self.notice.show_message(
                "This quiz was discarded in another window, so it has no results."
            )
            return
        self._show_results(attempt)
        if state is AttemptState.EXPIRED:
            self.notice.show_message(
                "Time is up. Your quiz was submitted automatically with every answer saved before "
                "the deadline."
            )
        elif not submitted_here:
            self.notice.show_message("This quiz was submitted in another window.")

    def _show_results(self, attempt: Attempt) -> None:
        self.notice.clear()
        self.results_page.show_attempt(attempt)
        self.stack.setCurrentWidget(self.results_page)
        self._change_trainee_action.setEnabled(True)

    def show_passage(self, attempt_uuid: str, question: Question) -> None:
        from quizapp.services import attempts
        from quizapp.services.errors import StorageFailure
        from quizapp.ui.reader_dialog import ReaderDialog

        try:
            document = attempts.attempt_document(self.database, attempt_uuid)
        except StorageFailure as error:
            self.show_error(str(error))
            return
        if document is None:
            self.show_error("The source of this question set is not in the database.")
            return
        if self.reader is not None:
            self.reader.close()
        self.reader = ReaderDialog(document, question, self)
        self.reader.open()

    def show_error(self, message: str) -> None:
        self.notice.show_message(message, NoticeKind.ERROR)

    def _save_failed(self, message: str) -> None:
        self.show_error(
            f"Your last answer could not be saved: {message}\nIt is still on screen and "
            "QuizApp keeps trying to save it. Please do not close QuizApp until this message "
            "goes away."
        )

    # -- menus ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        quiz_menu = self.menuBar().addMenu("&Quiz")
        self._change_trainee_action = quiz_menu.addAction("&Change trainee")
        self._change_trainee_action.triggered.connect(self.show_trainees)
        self._change_trainee_action.setEnabled(False)
        quiz_menu.addSeparator()
        quit_action = quiz_menu.addAction("&Quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        view_menu = self.menuBar().addMenu("&View")
        theme_menu = view_menu.addMenu("&Theme")
        self.theme_actions: dict[Theme, QAction] = {}
        group = QActionGroup(self)
        for theme in Theme:
            action = theme_menu.addAction(theme.label)
            action.setCheckable(True)
            action.setChecked(theme is self.appearance.theme)
            action.triggered.connect(lambda _=False, t=theme: self.appearance.set_theme(t))
            group.addAction(action)
            self.theme_actions[theme] = action
        view_menu.addSeparator()
        sizes = {
            Command.BIGGER_TEXT: 1,
            Command.SMALLER_TEXT: -1,
            Command.NORMAL_TEXT: 0,
        }
        for entry in WINDOW_BINDINGS:
            action = view_menu.addAction(entry.description)
            action.setShortcuts([QKeySequence(key) for key in entry.keys])
            steps = sizes[entry.command]
            action.triggered.connect(lambda _=False, s=steps: self.appearance.change_text_size(s))
            self.addAction(action)  # works while the menu bar is hidden or closed

        help_menu = self.menuBar().addMenu("&Help")
        keys_action = help_menu.addAction("&Keyboard shortcuts")
        keys_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        keys_action.triggered.connect(self._show_shortcuts)
        about_action = help_menu.addAction(f"&About {APP_NAME}")
        about_action.triggered.connect(self._show_about)

    # The Help dialogs' module is imported when one opens: the first frame does not wait for
    # the Qt classes only they use.

    def _show_about(self) -> None:
        from quizapp.ui.help_dialogs import show_about

        show_about(self, self.database.display_name if self.started else "not open yet")

    def _show_shortcuts(self) -> None:
        from quizapp.ui.help_dialogs import shortcuts_dialog

        shortcuts_dialog(self).open()

    # -- window -----------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        stored = self._settings.value(GEOMETRY_KEY)
        if stored is not None and self.restoreGeometry(stored):  # type: ignore[arg-type]
            return
        screen = QGuiApplication.primaryScreen()
        available = screen.availableSize() if screen else DEFAULT_SIZE
        self.resize(DEFAULT_SIZE.boundedTo(available))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter that no widget took (a push button does not, outside dialogs) presses the
        focused button: Resume, Done, Continue..."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and press_focused_button(self):
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Write what is on screen; refuse to close quietly over answers the disk refused."""
        quiz_open = self.started and self.stack.currentWidget() is self.quiz_page
        if quiz_open and not self.quiz_page.flush():
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.warning(
                self,
                "Answers not saved",
                "Some of your answers could not be saved yet because the database refuses "
                "them. If you quit now they are lost. Quit anyway?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
