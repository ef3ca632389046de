"""The quiz to start: how many questions, the time limit, exam or practice, and Start.

It opens on what the trainee chose last time (the services remember it per trainee, from
their attempts), so a trainee who always takes 30 questions in 45 minutes sets that once.
The count asked for is kept across sets: a set smaller than it gives all its questions, and
the next larger set gets the count back.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.session import Mode, QuizSettings
from quizapp.ui.widgets import heading, muted_label

DEFAULT_COUNT = 20
TIME_LIMITS_MINUTES = (10, 20, 30, 45, 60)
DEFAULT_MINUTES = 20


class SettingsPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._wanted = DEFAULT_COUNT  # the count the trainee asked for, whatever the set
        self._fitting = False  # the count box is being set to fit a set, not by the trainee
        self.count_box = QSpinBox()
        self.count_box.setAccessibleName("Number of questions")
        self.count_box.setRange(1, DEFAULT_COUNT)
        self.count_box.setValue(DEFAULT_COUNT)
        self.count_box.valueChanged.connect(self._count_changed)
        self.count_of_label = muted_label()
        self.time_box = QComboBox()
        self.time_box.setAccessibleName("Time limit")
        for minutes in TIME_LIMITS_MINUTES:
            self.time_box.addItem(f"{minutes} minutes", minutes)
        self.time_box.addItem("Untimed", None)
        self.time_box.setCurrentIndex(TIME_LIMITS_MINUTES.index(DEFAULT_MINUTES))
        self.time_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.exam_radio = QRadioButton("Exam")
        self.exam_radio.setAccessibleName("Exam mode")
        self.exam_radio.setToolTip("Timed; your answers are marked and explained at the end.")
        self.practice_radio = QRadioButton("Practice")
        self.practice_radio.setAccessibleName("Practice mode")
        self.practice_radio.setToolTip("Untimed; each answer is checked and explained at once.")
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.exam_radio)
        self.mode_group.addButton(self.practice_radio)
        self.exam_radio.setChecked(True)
        self.practice_radio.toggled.connect(self._mode_changed)
        self.mode_hint = muted_label()
        self.start_button = QPushButton("Start the quiz")
        self.start_button.setAccessibleName("Start the quiz")
        self.start_button.setProperty("primary", True)
        self.blocked_label = muted_label()
        self.blocked_label.hide()

        count_row = QHBoxLayout()
        count_row.setContentsMargins(0, 0, 0, 0)
        count_row.addWidget(self.count_box)
        count_row.addWidget(self.count_of_label, 1)
        modes = QHBoxLayout()
        modes.setContentsMargins(0, 0, 0, 0)
        modes.addWidget(self.exam_radio)
        modes.addWidget(self.practice_radio)
        modes.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # Alt+N: Alt+Q is the Quiz menu's, and opened it as well as jumping here.
        form.addRow("Questio&ns:", count_row)
        form.addRow("Ti&me limit:", self.time_box)  # Alt+T: the Trainer menu
        form.addRow("Mode:", modes)
        count_label = form.labelForField(count_row)
        assert isinstance(count_label, QLabel)
        count_label.setBuddy(self.count_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(heading("Your quiz", "heading"))
        layout.addLayout(form)
        layout.addWidget(self.mode_hint)
        layout.addStretch(1)
        layout.addWidget(self.blocked_label)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)
        self._mode_changed(False)

    def settings(self) -> QuizSettings:
        mode = Mode.PRACTICE if self.practice_radio.isChecked() else Mode.EXAM
        minutes = self.time_box.currentData() if mode is Mode.EXAM else None
        return QuizSettings(
            count=self.count_box.value(),
            time_limit=timedelta(minutes=minutes) if minutes else None,
            mode=mode,
        )

    def offer(self, last: QuizSettings | None) -> None:
        """What the trainee chose last time: the count, the exam's time limit, the mode;
        before their first quiz (None), the usual 20 questions in 20 minutes."""
        if last is None:
            last = QuizSettings(count=DEFAULT_COUNT, time_limit=timedelta(minutes=DEFAULT_MINUTES))
        self._wanted = last.count
        self._fit(self.count_box.maximum())
        minutes = last.time_limit.total_seconds() / 60 if last.time_limit else None
        found = self.time_box.findData(round(minutes) if minutes else None)
        if found >= 0:
            self.time_box.setCurrentIndex(found)
        (self.practice_radio if last.mode is Mode.PRACTICE else self.exam_radio).setChecked(True)

    def fit_to_set(self, size: int) -> None:
        self._fit(size)
        self.count_of_label.setText(f"of {size} in the set")

    def block(self, reason: str) -> None:
        """Start cannot act for this set now (`reason` says why); "" lets it again."""
        self.blocked_label.setText(reason)
        self.blocked_label.setVisible(bool(reason))
        self.start_button.setEnabled(not reason)

    def _fit(self, size: int) -> None:
        self._fitting = True
        self.count_box.setMaximum(max(1, size))
        self.count_box.setValue(min(self._wanted, size))
        self._fitting = False

    def _count_changed(self, value: int) -> None:
        if not self._fitting:
            self._wanted = value

    def _mode_changed(self, practice: bool) -> None:
        self.time_box.setEnabled(not practice)
        self.time_box.setToolTip("Practice is untimed" if practice else "")
        self.mode_hint.setText(
            "Practice: untimed; each answer is checked and explained at once."
            if practice
            else "Exam: timed; your answers are marked and explained at the end."
        )
