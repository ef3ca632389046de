"""The exam of a set: what trainees take, and when they see the right answers."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.exams import Exam, ExamSettings, ShowAnswers
from quizapp.ui.widgets import wrapped_label

REMOVE = 2  # the dialog's result when the trainer removed the exam


class ExamDialog(QDialog):
    def __init__(
        self, title: str, question_count: int, exam: Exam | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Exam of “{title}”")
        self.setAccessibleName("Exam settings")
        settings = exam.settings if exam else ExamSettings(min(20, question_count))
        self.count_box = QSpinBox()
        self.count_box.setAccessibleName("Number of questions")
        self.count_box.setRange(1, max(1, question_count))
        self.count_box.setValue(min(settings.question_count, max(1, question_count)))
        self.per_section_box = QCheckBox("Draw this many from &each section")
        self.per_section_box.setChecked(settings.per_section)
        self.minutes_box = QSpinBox()
        self.minutes_box.setAccessibleName("Time limit in minutes")
        self.minutes_box.setRange(0, 600)
        self.minutes_box.setSpecialValueText("Untimed")
        self.minutes_box.setSuffix(" min")
        limit = settings.time_limit
        self.minutes_box.setValue(round(limit.total_seconds() / 60) if limit else 0)
        self.pass_box = QSpinBox()
        self.pass_box.setAccessibleName("Pass mark in percent")
        self.pass_box.setRange(0, 100)
        self.pass_box.setSpecialValueText("No pass mark")
        self.pass_box.setSuffix(" %")
        self.pass_box.setValue(round((settings.pass_mark or 0) * 100))
        self.attempts_box = QSpinBox()
        self.attempts_box.setAccessibleName("Attempts allowed")
        self.attempts_box.setRange(0, 99)
        self.attempts_box.setSpecialValueText("Unlimited")
        self.attempts_box.setValue(settings.attempts_allowed or 0)
        self.practice_box = QCheckBox("Trainees may also &practise this set")
        self.practice_box.setChecked(settings.practice_open)
        self.show_box = QComboBox()
        self.show_box.setAccessibleName("When trainees see the right answers")
        for choice in ShowAnswers:
            self.show_box.addItem(choice.label.capitalize(), choice)
        self.show_box.setCurrentIndex(list(ShowAnswers).index(settings.show_answers))

        form = QFormLayout()
        form.addRow("&Questions:", self.count_box)
        form.addRow("", self.per_section_box)
        form.addRow("&Time limit:", self.minutes_box)
        form.addRow("Pass &mark:", self.pass_box)
        form.addRow("&Attempts allowed:", self.attempts_box)
        form.addRow("", self.practice_box)
        form.addRow("Right answers &shown:", self.show_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.remove_button: QPushButton | None = None
        if exam is not None:
            self.remove_button = self.buttons.addButton(
                "&Remove the exam", QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.remove_button.clicked.connect(lambda: self.done(REMOVE))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped_label(
                "Trainees then start this exam instead of choosing the number of questions "
                "and the time themselves; their results say whether they passed."
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.count_box.setFocus()

    def settings(self) -> ExamSettings:
        minutes = self.minutes_box.value()
        return ExamSettings(
            question_count=self.count_box.value(),
            time_limit=timedelta(minutes=minutes) if minutes else None,
            pass_mark=self.pass_box.value() / 100 if self.pass_box.value() else None,
            attempts_allowed=self.attempts_box.value() or None,
            per_section=self.per_section_box.isChecked(),
            practice_open=self.practice_box.isChecked(),
            show_answers=ShowAnswers(self.show_box.currentData()),
        )
