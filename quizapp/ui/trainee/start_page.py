"""Starting a quiz: the trainee's unfinished quiz to resume, the sets to choose from, the
quiz's settings (or the exam a trainer fixed for the set), and the trainee's past quizzes
(open one to review it).

While the page is on screen it looks again every few seconds, so a set a trainer imports
meanwhile (`quizapp import` in a terminal) shows without leaving the page, and the time left
on an unfinished exam stays true. A look that finds nothing new changes nothing on screen:
the trainee's selection and scrolling stay as they were.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.session import Attempt, AttemptClosed, Mode, QuizSettings
from quizapp.domain.trainees import Trainee
from quizapp.services.attempts import AttemptSummary, LastChoice
from quizapp.services.errors import ExamUnfinished, ServiceError, StorageFailure
from quizapp.services.question_sets import SetSummary
from quizapp.ui.backend import Backend, expecting
from quizapp.ui.trainee.exam_card import ExamCard
from quizapp.ui.trainee.models import HistoryTableModel, SetListModel
from quizapp.ui.trainee.quiz.countdown import format_remaining
from quizapp.ui.trainee.set_list import SetList
from quizapp.ui.trainee.settings_panel import SettingsPanel
from quizapp.ui.widgets import (
    Column,
    confirm,
    heading,
    muted_label,
    set_heading_text,
    wrapped_label,
)

if TYPE_CHECKING:
    from quizapp.services.facade import Services

Overview = tuple[list[SetSummary], list[Attempt], list[AttemptSummary], LastChoice | None]
LOOK_AGAIN_MS = 5000
PAGE_CHARACTERS = 180  # sets and settings side by side, the history below: a wide page
EMPTY_STATE = (
    "There are no question sets yet. The sets that come with QuizApp appear here as soon "
    "as they are installed; a trainer can also import a set of their own. Ask your trainer "
    "if this list stays empty."
)


def _history_table(model: HistoryTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName("Your quizzes")
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 14)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    view.setToolTip("Open a quiz to review it, or to resume it")
    return view


class StartPage(QWidget):
    started = Signal(object)  # Attempt
    open_requested = Signal(str)  # an attempt uuid: resume it or review it
    change_trainee = Signal()
    problem = Signal(str)
    exam_unfinished = Signal(str, str)  # the message, the uuid of the exam to resume
    scores_requested = Signal()  # My scores (ui/scores/): history, topics, weak questions

    refreshed = Signal()  # the trainee's sets, quizzes and unfinished quiz are on the page

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.trainee: Trainee | None = None
        self._open: list[Attempt] = []
        self._shown: tuple[list[SetSummary], list[AttemptSummary]] | None = None
        self._filled = False  # the first look of this visit is on the page
        # The start asked for and its attempt's UUID, kept while that start has not been
        # seen to succeed: pressing Start again after a failure finds the attempt if it was
        # stored after all, instead of starting a second.
        self._pending_start: tuple[tuple[object, ...], str] | None = None

        self.greeting = heading("Start a quiz")
        self.change_button = QPushButton("Not you? Change trainee")
        self.change_button.setAccessibleName("Change trainee")
        self.change_button.clicked.connect(self.change_trainee)

        self.resume_panel = QFrame()
        self.resume_panel.setObjectName("resume")
        self.resume_label = wrapped_label()
        self.resume_button = QPushButton("Resume")
        self.resume_button.setAccessibleName("Resume the unfinished quiz")
        self.resume_button.setProperty("primary", True)
        self.resume_button.clicked.connect(self._resume)
        self.discard_button = QPushButton("Discard…")
        self.discard_button.setAccessibleName("Discard the unfinished quiz")
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self._discard)
        resume_layout = QHBoxLayout(self.resume_panel)
        resume_layout.setContentsMargins(14, 10, 14, 10)
        resume_layout.addWidget(self.resume_label, 1)
        resume_layout.addWidget(self.resume_button)
        resume_layout.addWidget(self.discard_button)
        self.resume_panel.hide()

        self.sets_model = SetListModel()
        self.sets_view = SetList(self.sets_model)
        self.sets_view.selectionModel().currentRowChanged.connect(self._set_chosen)
        self.sets_view.activated.connect(self.start)
        self.empty_label = wrapped_label(EMPTY_STATE)
        self.empty_label.setAccessibleName("No question sets")
        self.empty_label.hide()

        self.settings_panel = SettingsPanel()
        self.count_box = self.settings_panel.count_box
        self.time_box = self.settings_panel.time_box
        self.exam_radio = self.settings_panel.exam_radio
        self.practice_radio = self.settings_panel.practice_radio
        self.start_button = self.settings_panel.start_button
        self.start_button.clicked.connect(self.start)
        self.exam_card = ExamCard()
        self.exam_card.start_button.clicked.connect(self.start)
        self.exam_card.practice_button.clicked.connect(self.practise)
        # The trainee's own settings, or the exam the trainer fixed for the chosen set.
        self.cards = QStackedWidget()
        self.cards.addWidget(self.settings_panel)
        self.cards.addWidget(self.exam_card)

        self.history_model = HistoryTableModel()
        self.history_view = _history_table(self.history_model)
        self.history_view.activated.connect(self._open_history)
        self.history_label = heading("Your quizzes", "heading")
        self.history_hint = muted_label("Open one to review it, or to resume it.")
        self.scores_button = QPushButton("My &scores…")
        self.scores_button.setAccessibleName("My scores: every attempt, by topic, weak questions")
        self.scores_button.clicked.connect(self.scores_requested)

        header = QHBoxLayout()
        header.addWidget(self.greeting, 1)
        header.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignTop)
        choose = QVBoxLayout()
        choose.addWidget(heading("Choose a question set", "heading"))
        choose.addWidget(self.sets_view, 1)
        choose.addWidget(self.empty_label)
        choose.addStretch(0)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addLayout(choose, 3)
        top.addWidget(self.cards, 2)
        history_title = QHBoxLayout()
        history_title.addWidget(self.history_label)
        history_title.addWidget(self.history_hint, 1, Qt.AlignmentFlag.AlignBottom)
        history_title.addWidget(self.scores_button)
        page = QVBoxLayout()
        page.setSpacing(12)
        page.addLayout(header)
        page.addWidget(self.resume_panel)
        page.addLayout(top, 3)
        page.addLayout(history_title)
        page.addWidget(self.history_view, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(Column(page, characters=PAGE_CHARACTERS))

        self.look_again = QTimer(self)
        self.look_again.setInterval(LOOK_AGAIN_MS)
        self.look_again.timeout.connect(self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.look_again.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.look_again.stop()
        super().hideEvent(event)

    def show_trainee(self, trainee: Trainee) -> None:
        """The trainee's page; what is stored for them fills it as soon as it is read.

        Nothing of the trainee before stays meanwhile, nor when the read fails: Resume would
        open their quiz for this one. The banner says why the page stays empty."""
        self.trainee = trainee
        set_heading_text(self.greeting, f"Hello, {trainee.name}")
        self._open = []
        self._shown = None
        self._filled = False
        self._show(sets=[], history=[])
        self._show_resume()
        self.empty_label.hide()
        self.refresh()

    def refresh(self) -> None:
        """Reload sets, history and unfinished quizzes (expiring any whose time ran out)."""
        if self.trainee is None:
            return
        uuid = self.trainee.uuid

        def read(services: Services) -> Overview:
            return (
                services.list_sets(uuid),
                services.open_attempts(uuid),
                services.list_attempts(uuid),
                services.last_choice(uuid),
            )

        def show(found: Overview) -> None:
            if self.trainee is None or self.trainee.uuid != uuid:  # no longer theirs
                return
            sets, self._open, history, last = found
            first = not self._filled
            self._filled = True
            if (sets, history) != self._shown:
                self._shown = (sets, history)
                self._show(sets, history)
            if first:
                self._offer(last)
            self._show_resume()
            if first:  # where Enter goes: resume what is unfinished, else start a set
                (self.resume_button if self._open else self.sets_view).setFocus()
            self.refreshed.emit()

        self._backend.call(read, show, expecting(ServiceError, self._tell))

    def _tell(self, error: ServiceError) -> None:
        if isinstance(error, ExamUnfinished):
            self.exam_unfinished.emit(str(error), error.attempt_uuid)
        else:
            self.problem.emit(str(error))

    def _offer(self, last: LastChoice | None) -> None:
        """The trainee's last set and settings, once a visit (a later look keeps theirs)."""
        if last is not None:
            rows = self.sets_model.rows
            found = next((i for i, s in enumerate(rows) if s.slug == last.set_slug), None)
            if found is not None:
                self.sets_view.select_row(found)
        self.settings_panel.offer(last.settings if last else None)

    def _show(self, sets: list[SetSummary], history: list[AttemptSummary]) -> None:
        chosen = self.chosen_set()
        wanted = chosen.slug if chosen else None
        self.sets_model.set_rows(sets)
        self.history_model.set_rows(history)
        for widget in (self.history_view, self.history_label, self.history_hint):
            widget.setVisible(bool(history))
        self.empty_label.setVisible(not sets)
        self.sets_view.setVisible(bool(sets))
        self.cards.setVisible(bool(sets))
        if sets:
            row = next((i for i, s in enumerate(sets) if s.slug == wanted), 0)
            self.sets_view.select_row(row)

    def chosen_set(self) -> SetSummary | None:
        index = self.sets_view.currentIndex()
        return self.sets_model.rows[index.row()] if index.isValid() else None

    def start(self) -> None:
        """Start what the card offers first (its Start, or Enter on a set): the set's exam
        as its trainer fixed it, or a quiz of the trainee's own settings."""
        chosen = self.chosen_set()
        if chosen is None or self.trainee is None:
            return
        trainee, slug = self.trainee.uuid, chosen.slug
        if chosen.exam is not None:
            self._start(
                self.exam_card.start_button,
                (trainee, slug, "the exam"),
                lambda s, attempt_uuid: s.start_exam(trainee, slug, attempt_uuid=attempt_uuid),
            )
        else:
            self._start_own(self.start_button, self.settings_panel.settings())

    def practise(self) -> None:
        """A practice of the set whose exam the trainer fixed, while they keep it open."""
        count = self.settings_panel.settings().count
        self._start_own(self.exam_card.practice_button, QuizSettings(count, mode=Mode.PRACTICE))

    def _start_own(self, button: QPushButton, settings: QuizSettings) -> None:
        chosen = self.chosen_set()
        if chosen is None or self.trainee is None:
            return
        trainee, slug = self.trainee.uuid, chosen.slug
        self._start(
            button,
            (trainee, slug, settings),
            lambda s, attempt_uuid: s.start_attempt(
                trainee, slug, settings, attempt_uuid=attempt_uuid
            ),
        )

    def _start(
        self,
        button: QPushButton,
        request: tuple[object, ...],
        call: Callable[[Services, str], Attempt],
    ) -> None:
        """One start through `button`, which acts only while the card offers it."""
        if button.isHidden() or not button.isEnabled():
            return
        if self._pending_start is None or self._pending_start[0] != request:
            # One UUID per start the trainee asked for: pressing Start again after a reply
            # was lost finds the attempt stored, not a second one.
            self._pending_start = (request, str(uuid.uuid4()))
        attempt_uuid = self._pending_start[1]
        button.setEnabled(False)  # one quiz per click, however long the write

        def started(attempt: Attempt) -> None:
            self._pending_start = None
            button.setEnabled(True)
            self.started.emit(attempt)

        def refused(error: ServiceError) -> None:
            button.setEnabled(True)
            self._tell(error)
            if not isinstance(error, StorageFailure):
                # Refused for what changed elsewhere (an exam started in another window, the
                # trainer's exam or its last attempt): show what the services see now.
                self.refresh()

        self._backend.call(
            lambda s: call(s, attempt_uuid), started, expecting(ServiceError, refused)
        )

    def _show_resume(self) -> None:
        self._update_start()
        if not self._open:
            self.resume_panel.hide()
            return
        attempt = self._open[0]
        session = attempt.session
        remaining = session.remaining()
        kind = "practice" if session.mode is Mode.PRACTICE else "exam"
        left = (
            f"{format_remaining(remaining)} left, and its clock keeps running"
            if remaining is not None
            else "untimed"
        )
        more = (
            f" You have {len(self._open) - 1} more in the list below."
            if len(self._open) > 1
            else ""
        )
        self.resume_label.setText(
            f"<b>Your {kind} is not finished:</b> {html.escape(attempt.set_title)} — question "
            f"{session.current + 1} of {len(session.items)}, {session.summary().answered} "
            f"answered, {left}.{more}"
        )
        self.resume_panel.show()

    def _update_start(self) -> None:
        """The chosen set's card: its trainer's exam, or the trainee's own settings. Nothing
        starts on a set whose exam is unfinished: say so beside it (the services refuse it
        too, whatever another window shows)."""
        chosen = self.chosen_set()
        running = chosen is not None and any(
            a.set_slug == chosen.slug and a.session.mode is Mode.EXAM for a in self._open
        )
        why = (
            "Your exam on this set is not finished: resume it above, or discard it, first."
            if running
            else ""
        )
        if chosen is not None and chosen.exam is not None:
            self.exam_card.show_exam(chosen, self.settings_panel.settings().count, why)
            self.cards.setCurrentWidget(self.exam_card)
        else:
            self.settings_panel.block(why)
            self.cards.setCurrentWidget(self.settings_panel)

    def _resume(self) -> None:
        if self._open:
            self.open_requested.emit(self._open[0].uuid)

    def _discard(self) -> None:
        """Abandon the offered quiz once the trainee confirms: it is kept, ungraded, in the
        history and no longer offered. Nothing is lost by a slip of the mouse."""
        if not self._open:
            return
        attempt = self._open[0]
        if not confirm(
            self,
            "Discard the unfinished quiz?",
            f"Discard your unfinished quiz “{attempt.set_title}”? It will not be scored and "
            "cannot be resumed; it stays in your list of quizzes as abandoned.",
            "Discard",
            "Keep it",
        ):
            return

        def not_discarded(error: Exception) -> None:
            if isinstance(error, AttemptClosed):
                self.refresh()  # its time ran out meanwhile: it was submitted, as shown now
            else:
                expecting(ServiceError, self._tell)(error)

        self._backend.call(
            lambda s: s.abandon(attempt.uuid), lambda _: self.refresh(), not_discarded
        )

    def _open_history(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.history_model.rows[index.row()].uuid)

    def _set_chosen(self, current: QModelIndex) -> None:
        if current.isValid():
            self.settings_panel.fit_to_set(self.sets_model.rows[current.row()].question_count)
        self._update_start()
