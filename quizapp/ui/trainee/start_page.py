"""Starting a quiz: the trainee's unfinished quiz to resume, the sets, the quiz settings and
the trainee's past quizzes (open one to review it)."""

from __future__ import annotations

import html
import uuid
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.session import Attempt, AttemptClosed, Mode, QuizSettings
from quizapp.domain.trainees import Trainee
from quizapp.services.attempts import AttemptSummary
from quizapp.services.errors import ServiceError
from quizapp.services.question_sets import SetSummary
from quizapp.ui.backend import Backend, expecting
from quizapp.ui.trainee.models import HistoryTableModel, SetTableModel
from quizapp.ui.trainee.quiz.countdown import format_remaining
from quizapp.ui.widgets import heading, set_heading_text, wrapped_label

if TYPE_CHECKING:
    from quizapp.services.facade import Services

Overview = tuple[list[SetSummary], list[Attempt], list[AttemptSummary]]
DEFAULT_COUNT = 20
TIME_LIMITS_MINUTES = (10, 20, 30, 45, 60)
DEFAULT_MINUTES = 20
EMPTY_STATE = (
    "There are no question sets yet. The sets that come with QuizApp appear here as soon "
    "as they are installed; a trainer can also import a set of their own. Ask your trainer "
    "if this list stays empty."
)


def _table(model: SetTableModel | HistoryTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return view


class StartPage(QWidget):
    started = Signal(object)  # Attempt
    open_requested = Signal(str)  # an attempt uuid: resume it or review it
    change_trainee = Signal()
    problem = Signal(str)

    refreshed = Signal()  # the trainee's sets, quizzes and unfinished quiz are on the page

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.trainee: Trainee | None = None
        self._open: list[Attempt] = []
        # The start asked for and its attempt's UUID, kept while that start has not been
        # seen to succeed: pressing Start again after a failure finds the attempt if it was
        # stored after all, instead of starting a second.
        self._pending_start: tuple[tuple[object, ...], str] | None = None

        self.greeting = heading("Start a quiz")
        self.change_button = QPushButton("Not you? Change trainee")
        self.change_button.setAccessibleName("Change trainee")
        self.change_button.clicked.connect(self.change_trainee)

        self.resume_panel = QFrame()
        self.resume_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.resume_label = wrapped_label()
        self.resume_button = QPushButton("Resume")
        self.resume_button.setAccessibleName("Resume the unfinished quiz")
        self.resume_button.clicked.connect(self._resume)
        self.discard_button = QPushButton("Discard…")
        self.discard_button.setAccessibleName("Discard the unfinished quiz")
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self._discard)
        resume_layout = QHBoxLayout(self.resume_panel)
        resume_layout.addWidget(self.resume_label, 1)
        resume_layout.addWidget(self.resume_button)
        resume_layout.addWidget(self.discard_button)
        self.resume_panel.hide()

        self.sets_model = SetTableModel()
        self.sets_view = _table(self.sets_model, "Question sets")
        self.sets_view.selectionModel().currentRowChanged.connect(self._set_chosen)
        self.sets_view.activated.connect(self.start)
        self.empty_label = wrapped_label(EMPTY_STATE)
        self.empty_label.setAccessibleName("No question sets")
        self.empty_label.hide()

        self.count_box = QSpinBox()
        self.count_box.setAccessibleName("Number of questions")
        self.count_box.setRange(1, DEFAULT_COUNT)
        self.count_box.setValue(DEFAULT_COUNT)
        self.count_of_label = QLabel()
        self.time_box = QComboBox()
        self.time_box.setAccessibleName("Time limit")
        for minutes in TIME_LIMITS_MINUTES:
            self.time_box.addItem(f"{minutes} minutes", minutes)
        self.time_box.addItem("Untimed", None)
        self.time_box.setCurrentIndex(TIME_LIMITS_MINUTES.index(DEFAULT_MINUTES))
        self.time_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.exam_radio = QRadioButton("Exam: timed, results at the end")
        self.exam_radio.setAccessibleName("Exam mode")
        self.practice_radio = QRadioButton("Practice: untimed, each answer explained at once")
        self.practice_radio.setAccessibleName("Practice mode")
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.exam_radio)
        self.mode_group.addButton(self.practice_radio)
        self.exam_radio.setChecked(True)
        self.practice_radio.toggled.connect(self._mode_changed)
        self.start_button = QPushButton("Start the quiz")
        self.start_button.setAccessibleName("Start the quiz")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)

        count_widget = QWidget()
        count_row = QHBoxLayout(count_widget)
        count_row.setContentsMargins(0, 0, 0, 0)
        count_row.addWidget(self.count_box)
        count_row.addWidget(self.count_of_label)
        count_row.addStretch(1)
        mode_widget = QWidget()
        mode_column = QVBoxLayout(mode_widget)
        mode_column.setContentsMargins(0, 0, 0, 0)
        mode_column.addWidget(self.exam_radio)
        mode_column.addWidget(self.practice_radio)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow("&Questions:", count_widget)
        form.addRow("&Time limit:", self.time_box)
        form.addRow("Mode:", mode_widget)
        count_label = form.labelForField(count_widget)
        assert isinstance(count_label, QLabel)
        count_label.setBuddy(self.count_box)
        start_row = QHBoxLayout()
        start_row.addLayout(form, 1)
        start_row.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.history_model = HistoryTableModel()
        self.history_view = _table(self.history_model, "Your quizzes")
        self.history_view.activated.connect(self._open_history)
        self.history_view.setToolTip("Open a quiz to review it, or to resume it")
        self.history_view.setMaximumHeight(170)

        header = QHBoxLayout()
        header.addWidget(self.greeting, 1)
        header.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.resume_panel)
        layout.addWidget(QLabel("<b>Choose a question set</b>"))
        layout.addWidget(self.sets_view, 3)
        layout.addWidget(self.empty_label)
        layout.addLayout(start_row)
        layout.addSpacing(8)
        self.history_label = QLabel("<b>Your quizzes</b> (open one to review it, or to resume it)")
        layout.addWidget(self.history_label)
        layout.addWidget(self.history_view, 1)

    def show_trainee(self, trainee: Trainee) -> None:
        """The trainee's page; what is stored for them fills it as soon as it is read.

        Nothing of the trainee before stays meanwhile, nor when the read fails: Resume would
        open their quiz for this one. The banner says why the page stays empty."""
        self.trainee = trainee
        set_heading_text(self.greeting, f"Hello, {trainee.name}")
        self._open = []
        self._show(sets=[], history=[])
        self.empty_label.hide()
        self.refresh()

    def refresh(self) -> None:
        """Reload sets, history and unfinished quizzes (expiring any whose time ran out)."""
        assert self.trainee is not None
        uuid = self.trainee.uuid

        def read(services: Services) -> Overview:
            return (
                services.list_sets(uuid),
                services.open_attempts(uuid),
                services.list_attempts(uuid),
            )

        def show(found: Overview) -> None:
            if self.trainee is not None and self.trainee.uuid == uuid:  # still theirs
                sets, self._open, history = found
                self._show(sets, history)
                self.refreshed.emit()

        self._backend.call(read, show, expecting(ServiceError, self._tell))

    def _tell(self, error: ServiceError) -> None:
        self.problem.emit(str(error))

    def _show(self, sets: list[SetSummary], history: list[AttemptSummary]) -> None:
        chosen = self.chosen_set()
        self.sets_model.set_rows(sets)
        self.history_model.set_rows(history)
        self.history_view.setVisible(bool(history))
        self.history_label.setVisible(bool(history))
        self.empty_label.setVisible(not sets)
        self.sets_view.setVisible(bool(sets))
        self.start_button.setEnabled(bool(sets))
        row = next((i for i, s in enumerate(sets) if chosen and s.slug == chosen.slug), 0)
        if sets:
            self.sets_view.selectRow(row)
        self._show_resume()

    def chosen_set(self) -> SetSummary | None:
        index = self.sets_view.currentIndex()
        return self.sets_model.rows[index.row()] if index.isValid() else None

    def settings(self) -> QuizSettings:
        mode = Mode.PRACTICE if self.practice_radio.isChecked() else Mode.EXAM
        minutes = self.time_box.currentData() if mode is Mode.EXAM else None
        return QuizSettings(
            count=self.count_box.value(),
            time_limit=timedelta(minutes=minutes) if minutes else None,
            mode=mode,
        )

    def start(self) -> None:
        chosen = self.chosen_set()
        if chosen is None or self.trainee is None or not self.start_button.isEnabled():
            return
        trainee, settings = self.trainee.uuid, self.settings()
        request = (trainee, chosen.slug, settings)
        if self._pending_start is None or self._pending_start[0] != request:
            # One UUID per start the trainee asked for: pressing Start again after a reply
            # was lost finds the attempt stored, not a second one.
            self._pending_start = (request, str(uuid.uuid4()))
        attempt_uuid = self._pending_start[1]
        self.start_button.setEnabled(False)  # one quiz per click, however long the write

        def started(attempt: Attempt) -> None:
            self._pending_start = None
            self.start_button.setEnabled(True)
            self.started.emit(attempt)

        def refused(error: ServiceError) -> None:
            self.start_button.setEnabled(True)
            self._tell(error)

        self._backend.call(
            lambda s: s.start_attempt(trainee, chosen.slug, settings, attempt_uuid=attempt_uuid),
            started,
            expecting(ServiceError, refused),
        )

    def _show_resume(self) -> None:
        if not self._open:
            self.resume_panel.hide()
            self.sets_view.setFocus()
            return
        attempt = self._open[0]
        session = attempt.session
        remaining = session.remaining()
        left = f"{format_remaining(remaining)} left" if remaining is not None else "untimed"
        more = (
            f" You have {len(self._open) - 1} more in the list below."
            if len(self._open) > 1
            else ""
        )
        self.resume_label.setText(
            f"<b>You have an unfinished quiz:</b> {html.escape(attempt.set_title)} — question "
            f"{session.current + 1} of {len(session.items)}, {session.summary().answered} "
            f"answered, {left}.{more}"
        )
        self.resume_panel.show()
        self.resume_button.setFocus()

    def _resume(self) -> None:
        if self._open:
            self.open_requested.emit(self._open[0].uuid)

    def _discard(self) -> None:
        """Abandon the offered quiz once the trainee confirms: it is kept, ungraded, in the
        history and no longer offered. Nothing is lost by a slip of the mouse."""
        if not self._open:
            return
        attempt = self._open[0]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Discard the unfinished quiz?",
            f"Discard your unfinished quiz “{attempt.set_title}”? It will not be scored and "
            "cannot be resumed; it stays in your list of quizzes as abandoned.",
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # a set's title is text, not markup
        box.setAccessibleName("Discard the unfinished quiz?")
        discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("Keep it", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is not discard:
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
        if not current.isValid():
            return
        size = self.sets_model.rows[current.row()].question_count
        self.count_box.setMaximum(max(1, size))
        self.count_box.setValue(min(DEFAULT_COUNT, size))
        self.count_of_label.setText(f"of {size} in the set")

    def _mode_changed(self, practice: bool) -> None:
        self.time_box.setEnabled(not practice)
        self.time_box.setToolTip("Practice is untimed" if practice else "")
