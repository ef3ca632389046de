"""The score, the time taken, and every question explained in the order it was asked.

An exam the trainer fixed with a pass mark says passed or not. Its right answers and
explanations come only when its terms show them (right after submitting, once the trainer
releases them, or never); until then the services hand the attempt over without them, and
the page says when they will come.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.exams import ShowAnswers
from quizapp.domain.review import Verdict, format_points
from quizapp.domain.session import Attempt, AttemptState, Mode
from quizapp.ui.feedback import FeedbackPanel
from quizapp.ui.widgets import (
    Column,
    breakable,
    heading,
    muted_label,
    restyle,
    scroll_area,
    set_heading_text,
    wrapped_label,
)

WILL_BE_RELEASED = (
    "Your trainer will release the answers: the right answers and explanations appear here "
    "once they have. Open this quiz again from “Your quizzes” to see them."
)
NEVER_SHOWN = (
    "The right answers and explanations of this exam are not shown: your trainer keeps them."
)


def format_duration(seconds: float) -> str:
    minutes, seconds = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min {seconds} s" if minutes else f"{seconds} s"


class ReviewCard(QFrame):
    """One question of the review: its prompt, then the shared feedback panel."""

    def __init__(self, attempt: Attempt, position: int) -> None:
        super().__init__()
        self.setObjectName("card")
        item = attempt.session.items[position]
        self.prompt_label = wrapped_label()
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_label.setText(f"{position + 1}. {breakable(item.question.prompt)}")
        self.prompt_label.setAccessibleName(f"Question {position + 1}")
        font = self.prompt_label.font()
        font.setBold(True)
        self.prompt_label.setFont(font)
        self.feedback = FeedbackPanel(
            item,
            attempt.session.grading,
            can_show_source=attempt.has_source,
            answers_shown=attempt.answers_shown,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.feedback)

    @property
    def right(self) -> bool:
        return self.feedback.outcome.verdict is Verdict.RIGHT


class ResultsPage(QWidget):
    done = Signal()
    passage_requested = Signal(str, object)  # attempt uuid, Question

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attempt: Attempt | None = None
        self.cards: list[ReviewCard] = []
        self.title_label = heading("Results")
        self.score_label = QLabel()
        self.score_label.setProperty("role", "heading")
        self.score_label.setAccessibleName("Score")
        self.time_label = muted_label()
        self.time_label.setAccessibleName("Time taken")
        self.passed_label = QLabel()
        self.passed_label.setObjectName("passed")
        self.passed_label.hide()
        self.answers_note = muted_label()
        self.answers_note.setAccessibleName("When the answers are shown")
        self.answers_note.hide()
        self.wrong_only = QCheckBox("Show only the questions answered wrong")
        self.wrong_only.setAccessibleName("Show only the questions answered wrong")
        self.wrong_only.toggled.connect(self._filter)
        self.done_button = QPushButton("Done")
        self.done_button.setAccessibleName("Done: back to the question sets")
        self.done_button.setProperty("primary", True)
        self.done_button.clicked.connect(self.done)
        self.empty_label = QLabel("Every question was answered right.")
        self.empty_label.hide()
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignTop)
        facts = QHBoxLayout()
        facts.addWidget(self.passed_label, 0, Qt.AlignmentFlag.AlignVCenter)
        facts.addWidget(self.score_label)
        facts.addSpacing(24)
        facts.addWidget(self.time_label, 1, Qt.AlignmentFlag.AlignVCenter)
        self._cards_layout = QVBoxLayout()
        self._cards_layout.setSpacing(10)
        content_layout = QVBoxLayout()
        content_layout.addWidget(self.empty_label)
        content_layout.addLayout(self._cards_layout)
        content_layout.addStretch(1)
        self.scroll_area = scroll_area(content_layout)
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addLayout(header)
        column.addLayout(facts)
        column.addWidget(self.answers_note)
        column.addWidget(self.wrong_only)
        column.addWidget(self.scroll_area, 1)
        # The explanations are reading text: at the question's measure, as in the quiz.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(Column(column, scale=1.3))

    def show_attempt(self, attempt: Attempt) -> None:
        self.attempt = attempt
        session = attempt.session
        set_heading_text(self.title_label, f"Results — {attempt.set_title}")
        percent = round((session.score or 0.0) * 100)
        mode = "practice" if session.mode is Mode.PRACTICE else "exam"
        pass_mark = attempt.exam.pass_mark if attempt.exam is not None else None
        self.score_label.setText(
            f"{format_points(session.points)} of {session.max_points} points ({percent} %)"
            + (" — a practice, not an exam score" if mode == "practice" else "")
            + (f" — pass mark {round(pass_mark * 100)} %" if pass_mark is not None else "")
        )
        self.score_label.setAccessibleName(
            f"Score: {format_points(session.points)} of {session.max_points} points, {percent} %"
        )
        ended = session.submitted_at or session.deadline or session.started_at
        taken = format_duration((ended - session.started_at).total_seconds())
        ran_out = session.state is AttemptState.EXPIRED
        self.time_label.setText(f"Time taken: {taken}" + (" (time ran out)" if ran_out else ""))
        self._show_terms(attempt)
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = []
        for position in range(len(session.items)):
            card = ReviewCard(attempt, position)
            card.feedback.show_passage.connect(
                lambda question, uuid=attempt.uuid: self.passage_requested.emit(uuid, question)
            )
            self._cards_layout.addWidget(card)
            card.show()
            self.cards.append(card)
        self.wrong_only.setChecked(False)
        self._filter(False)
        self.scroll_area.verticalScrollBar().setValue(0)
        self.done_button.setFocus()

    def _show_terms(self, attempt: Attempt) -> None:
        """Passed or not against the exam's pass mark; when its answers come, if not now."""
        passed, terms = attempt.passed, attempt.exam
        if passed is not None:
            self.passed_label.setText("Passed" if passed else "Not passed")
            restyle(self.passed_label, passed=passed)
        self.passed_label.setVisible(passed is not None)
        note = ""
        if not attempt.answers_shown and terms is not None:
            note = NEVER_SHOWN if terms.show_answers is ShowAnswers.NEVER else WILL_BE_RELEASED
        self.answers_note.setText(note)
        self.answers_note.setVisible(bool(note))

    def _filter(self, wrong_only: bool) -> None:
        for card in self.cards:
            card.setVisible(not (wrong_only and card.right))
        self.empty_label.setVisible(wrong_only and all(card.right for card in self.cards))
