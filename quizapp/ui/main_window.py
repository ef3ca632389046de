"""The shell: the window, its menus (from the command table), the banner, the word on slow
work and the close guard, around the areas (ui/trainee/ today; ui/trainer/ and ui/scores/
next). The shell opens the data through the backend and hands it on; what happens inside an
area, and in which order its pages come, is the area's business.

The window is drawn before anything heavy is imported: the areas' pages call services, which
pull in SQLAlchemy (about twice what Qt takes to draw a bare window), so the database is
opened on the backend's worker right after the first frame is on screen, behind a short
"Opening..." placeholder. When the backend can read the trainee list without the storage
layer (a SQLite file already at this app's schema, see storage/first_look.py), that list is
shown first: `listed` says when the names are on screen, `ready` when everything is loaded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp import APP_NAME
from quizapp.services.errors import DatabaseUnusable
from quizapp.ui.activity import ActivityBar
from quizapp.ui.backend import Backend, Started, StartUp
from quizapp.ui.errors import report_crash, show_error
from quizapp.ui.icon import app_icon
from quizapp.ui.shortcuts import WINDOW_BINDINGS, Command, Menu
from quizapp.ui.theme import Appearance, Theme
from quizapp.ui.widgets import Notice, NoticeKind, press_focused_button

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from quizapp.ui.trainee.area import TraineeArea
    from quizapp.ui.trainer.area import TrainerArea
    from quizapp.ui.trainer.unlock_dialog import UnlockDialog

log = logging.getLogger(__name__)

GEOMETRY_KEY = "window/geometry"
DEFAULT_SIZE = QSize(1280, 900)
MAX_CONTENT_WIDTH = 1280


class HeldEnter(QObject):
    """Drops the presses a held Enter key repeats, before any widget of the window sees them.

    One press is one step: a list's Enter opened the trainee's start page, the repeats of the
    same press then pressed Resume (which had the focus by then) and went on through every
    question. The quiz's own keys are shortcuts, told not to repeat in the command table.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.isAutoRepeat()
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        )


class MainWindow(QMainWindow):
    starting = Signal()  # the first frame is on screen; the start-up work begins
    listed = Signal()  # the trainees' names are shown (again)
    loading = Signal()  # the database is being opened: log what happens
    ready = Signal()  # the start-up work is done: every page and the database are there
    failed = Signal()  # the database cannot be used; the user has been told why

    trainee_area: TraineeArea  # made after the first paint
    trainer_area: TrainerArea | None = None  # made when trainer mode is first opened
    unlock_dialog: UnlockDialog | None = None  # the passphrase asked last

    def __init__(
        self, backend: Backend, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self._settings = settings
        self._painted = False
        self._closing = False  # the close guard has let the window go
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.appearance = Appearance(app, settings, self)

        self.notice = Notice()
        self.activity = ActivityBar(backend.runner)
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
        layout.addWidget(self.activity)
        central = QWidget()
        centring = QHBoxLayout(central)
        centring.setContentsMargins(0, 0, 0, 0)
        centring.addWidget(column)
        self.setCentralWidget(central)

        self.actions_by_command: dict[Command, QAction] = {}
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
        self.appearance.use_style_sheet()  # before any page: every page is drawn styled
        handle = self.windowHandle()  # the window's key events pass it before any widget
        self._held_enter = HeldEnter(self)
        handle.installEventFilter(self._held_enter)
        from quizapp.ui.trainee.area import TraineeArea

        self.trainee_area = TraineeArea(self.backend, self.notice)
        self.trainee_area.listed.connect(self.listed)
        self.trainee_area.trainee_changed.connect(self._trainee_changed)
        self.trainee_area.page_changed.connect(self._update_commands)
        self.stack.addWidget(self.trainee_area)
        people = self.backend.first_look()
        if people is None:
            self._start_up()
        else:
            self.stack.setCurrentWidget(self.trainee_area)
            self.trainee_area.show_first_look(people)
            QTimer.singleShot(0, self._start_up)  # once the names are painted

    @property
    def started(self) -> bool:
        """The database is open and every page exists."""
        return self.backend.started

    def _start_up(self) -> None:
        """The database opened on the worker; meanwhile the pages are built here."""
        if self.backend.state is not StartUp.WAITING:
            return
        self.loading.emit()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.backend.start_up(self._started, self._gave_up)
        self.trainee_area.build_pages()

    def _started(self, started: Started) -> None:
        QApplication.restoreOverrideCursor()
        from quizapp.ui.start_up_notes import notes

        self._tell(notes(started.report))
        self.stack.setCurrentWidget(self.trainee_area)
        self.trainee_area.open(started.trainees)
        self._update_commands()
        self.ready.emit()

    def _gave_up(self, error: Exception) -> None:
        QApplication.restoreOverrideCursor()
        if isinstance(error, DatabaseUnusable):
            show_error(self, f"{APP_NAME} cannot use its database", str(error))
        else:
            # A bug: the crash dialog names the log file. Without its pages the app can do
            # nothing, so it closes rather than leave a window that answers no click.
            report_crash(type(error), error, error.__traceback__)
        self.failed.emit()

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

    # -- what the areas tell the shell ----------------------------------------------------------

    def _trainee_changed(self, name: str) -> None:
        self.setWindowTitle(f"{APP_NAME} — {name}" if name else APP_NAME)

    def _update_commands(self) -> None:
        """Each command enabled as the area on screen allows, asked every time it changes."""
        training = self.stack.currentWidget() is getattr(self, "trainee_area", None)
        trainer_open = self.trainer_area is not None and self.trainer_area.is_open
        self.actions_by_command[Command.CHANGE_TRAINEE].setEnabled(
            training and self.trainee_area.can_change_trainee
        )
        self.actions_by_command[Command.MY_SCORES].setEnabled(
            training and self.trainee_area.can_show_scores
        )
        # Not in the middle of a quiz: the trainer comes in between quizzes.
        self.actions_by_command[Command.OPEN_TRAINER].setEnabled(
            self.started and training and self.trainee_area.can_open_trainer
        )
        self.actions_by_command[Command.LEAVE].setEnabled(
            training and self.trainee_area.can_leave_quiz
        )
        self.actions_by_command[Command.LEAVE_TRAINER].setEnabled(trainer_open)

    # -- trainer mode ----------------------------------------------------------------------------

    def open_trainer(self) -> None:
        """Ask for the passphrase (or a first one), then show the trainer's area."""
        if not self.started or not self.actions_by_command[Command.OPEN_TRAINER].isEnabled():
            return
        from quizapp.services.errors import ServiceError
        from quizapp.ui.backend import expecting

        self.backend.call(
            lambda s: s.has_trainer_passphrase(),
            lambda has: self._ask_passphrase(first=not has),
            expecting(
                ServiceError,
                lambda error: self.notice.show_message(str(error), NoticeKind.ERROR),
            ),
        )

    def _ask_passphrase(self, *, first: bool) -> None:
        from quizapp.ui.trainer.unlock_dialog import UnlockDialog

        self.unlock_dialog = UnlockDialog(self.backend, first=first, parent=self)
        self.unlock_dialog.unlocked.connect(self._trainer_unlocked)
        self.unlock_dialog.open()

    def _trainer_unlocked(self, key: object) -> None:
        from quizapp.services.trainer import TrainerKey
        from quizapp.ui.trainer.area import TrainerArea

        assert isinstance(key, TrainerKey)
        if self.trainer_area is None:
            self.trainer_area = TrainerArea(self.backend)
            self.trainer_area.locked.connect(self._trainer_locked)
            self.stack.addWidget(self.trainer_area)
        self.notice.clear()
        self.trainer_area.open(key)
        self.stack.setCurrentWidget(self.trainer_area)
        self._trainee_changed("")
        self.setWindowTitle(f"{APP_NAME} — trainer mode")
        self._update_commands()

    def leave_trainer(self) -> None:
        if self.trainer_area is not None and self.trainer_area.is_open:
            self.trainer_area.lock("")

    def _trainer_locked(self, why: str) -> None:
        """Back to the list of names: nobody is training and nothing of the trainer shows."""
        self.stack.setCurrentWidget(self.trainee_area)
        self.trainee_area.show_trainees()
        if why:
            self.notice.show_message(why)
        self._update_commands()

    # -- menus ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        menus = {menu: self.menuBar().addMenu(menu.value) for menu in Menu}
        self._build_theme_menu(menus[Menu.VIEW])
        handlers: dict[Command, Callable[[], object]] = {
            Command.LEAVE: lambda: self.trainee_area.leave_quiz(),
            Command.CHANGE_TRAINEE: lambda: self.trainee_area.show_trainees(),
            Command.MY_SCORES: lambda: self.trainee_area.show_scores(),
            Command.OPEN_TRAINER: self.open_trainer,
            Command.LEAVE_TRAINER: self.leave_trainer,
            Command.QUIT: self._quit,
            Command.BIGGER_TEXT: partial(self.appearance.change_text_size, 1),
            Command.SMALLER_TEXT: partial(self.appearance.change_text_size, -1),
            Command.NORMAL_TEXT: partial(self.appearance.change_text_size, 0),
            Command.SHORTCUTS: self._show_shortcuts,
            Command.ABOUT: self._show_about,
        }
        for entry in WINDOW_BINDINGS:
            assert entry.menu is not None
            menu = menus[entry.menu]
            if entry.separated:
                menu.addSeparator()
            action = menu.addAction(entry.label)
            action.setShortcuts([QKeySequence(key) for key in entry.keys])
            action.setAutoRepeat(entry.repeats)
            action.triggered.connect(lambda _=False, run=handlers[entry.command]: run())
            self.addAction(action)  # its keys work while the menu bar is hidden or closed
            self.actions_by_command[entry.command] = action
        for command in (
            Command.CHANGE_TRAINEE,
            Command.MY_SCORES,
            Command.LEAVE,
            Command.OPEN_TRAINER,
            Command.LEAVE_TRAINER,
        ):
            self.actions_by_command[command].setEnabled(False)

    def _build_theme_menu(self, view_menu: QMenu) -> None:
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

    # The Help dialogs' module is imported when one opens: the first frame does not wait for
    # the Qt classes only they use.

    def _show_about(self) -> None:
        from quizapp.ui.help_dialogs import show_about

        show_about(self, self.backend.database_name or "not open yet")

    def _show_shortcuts(self) -> None:
        from quizapp.ui.help_dialogs import shortcuts_dialog

        shortcuts_dialog(self).open()

    # -- window -----------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        stored = self._settings.value(GEOMETRY_KEY)
        if isinstance(stored, bytes | bytearray) and self.restoreGeometry(stored):
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

    def _quit(self) -> None:
        """Quit (the menu, its key): during an exam, once the trainee has read that its
        clock goes on without them."""
        if self._may_quit():
            self.close()

    def _may_quit(self) -> bool:
        return not self.started or self.trainee_area.may_quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close once what is on screen is written; never quietly over answers the database
        refused. While writes are still going, the window waits for them, painting. Closed by
        the desktop (its close button) during an exam, it asks as Quit does; a close the app
        asks for itself (after Quit has asked) does not ask again. Trainer mode is locked on
        the way out."""
        from quizapp.ui.trainee.quiz.saver import SaveState

        if event.spontaneous() and not self._closing and not self._may_quit():
            event.ignore()
            return
        self.leave_trainer()
        state = self.trainee_area.save_state() if self.started else SaveState.SAVED
        if state is SaveState.SAVING and not self._closing:
            event.ignore()
            self.trainee_area.after_saving(self._close_when_saved)
            return
        if state is SaveState.REFUSED and not self._closing and not self._quit_anyway():
            event.ignore()
            return
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)

    def _close_when_saved(self, saved: bool) -> None:
        if saved or self._quit_anyway():
            self._closing = True
            self.close()

    def _quit_anyway(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            self,
            "Answers not saved",
            "Some of your answers could not be saved yet because the database refuses "
            "them. If you quit now they are lost. Quit anyway?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
