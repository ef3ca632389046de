"""The exam a trainer fixed for the chosen set, in place of the trainee's own settings.

Trainees of one class take the same exam: the card shows its terms as the trainer set them
(nothing to change), how many of the allowed attempts are used, when the answers are shown,
and Start. Practice is offered beside it only while the trainer keeps it open, and the card
says why when it is not; the services refuse both all the same, whatever a window offers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from quizapp.domain.exams import ExamSettings
from quizapp.services.question_sets import SetSummary
from quizapp.ui.widgets import heading, muted_label, wrapped_label

PRACTICE_CLOSED = "Your trainer has closed practice on this set."


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


def exam_terms(settings: ExamSettings, used: int) -> list[tuple[str, str]]:
    """The exam's terms as the card's rows: (what, as the trainer set it)."""
    count = _plural(settings.question_count, "question")
    minutes = round(settings.time_limit.total_seconds() / 60) if settings.time_limit else None
    allowed = settings.attempts_allowed
    return [
        ("Questions", f"{count} from each section" if settings.per_section else count),
        ("Time limit", _plural(minutes, "minute") if minutes else "Untimed"),
        (
            "Pass mark",
            f"{round(settings.pass_mark * 100)} %"
            if settings.pass_mark is not None
            else "No pass mark",
        ),
        (
            "Attempts",
            f"{used} of {allowed} used" if allowed is not None else f"{used} taken, no limit",
        ),
        ("Answers shown", settings.show_answers.label.capitalize()),
    ]


def used_up(summary: SetSummary) -> str:
    """Why the set's exam cannot be started again, or "" while attempts are left."""
    allowed = summary.exam.settings.attempts_allowed if summary.exam else None
    if allowed is None or summary.exam_attempts_used < allowed:
        return ""
    return (
        f"You have used all {_plural(allowed, 'attempt')} at this exam. Ask your trainer if "
        "you need another."
    )


class ExamCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.intro = muted_label("Set by your trainer: every trainee takes it as it is.")
        self.form = QFormLayout()
        # Every value as wide as the card: a wrapped label kept to its hint broke mid-phrase.
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for name, _ in exam_terms(ExamSettings(1), 0):
            value = wrapped_label()
            value.setAccessibleName(name)
            self.values[name] = value
            self.form.addRow(f"{name}:", value)
        self.blocked_label = wrapped_label()
        self.blocked_label.setProperty("role", "problem")
        self.blocked_label.setAccessibleName("Why the exam cannot be started")
        self.blocked_label.hide()
        self.start_button = QPushButton("Start the exam")
        self.start_button.setAccessibleName("Start the exam")
        self.start_button.setProperty("primary", True)
        self.practice_label = muted_label()
        self.practice_label.setAccessibleName("Practice")
        self.practice_button = QPushButton("&Practise instead")
        self.practice_button.setAccessibleName("Practise this set instead")
        self.practice_button.setAutoDefault(False)
        rule = QFrame()
        rule.setObjectName("rule")
        rule.setFixedHeight(1)  # a line between the exam and the practice beside it

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(heading("Your exam", "heading"))
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.blocked_label)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addSpacing(6)
        layout.addWidget(rule)
        layout.addWidget(self.practice_label)
        layout.addWidget(self.practice_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)

    def show_exam(self, summary: SetSummary, practice_count: int, running: str = "") -> None:
        """The set's exam, and what may be started now: nothing while `running` (why) says
        an exam on the set is unfinished; no exam once every attempt allowed is used."""
        assert summary.exam is not None
        settings = summary.exam.settings
        for name, text in exam_terms(settings, summary.exam_attempts_used):
            self.values[name].setText(text)
        blocked = running or used_up(summary)
        self.blocked_label.setText(blocked)
        self.blocked_label.setVisible(bool(blocked))
        self.start_button.setVisible(not blocked)
        practice_open = settings.practice_open
        self.practice_label.setText(
            f"Practice: {_plural(practice_count, 'question')}, untimed; each answer is "
            "checked and explained at once."
            if practice_open
            else PRACTICE_CLOSED
        )
        self.practice_button.setVisible(practice_open and not running)
