"""The middle of the quiz page: the question on screen and, once a practice answer is
checked, its explanation below it, scrolling together when the window is short of room."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from quizapp.domain.questions import GradingOptions
from quizapp.domain.session import AttemptItem
from quizapp.ui.feedback import FeedbackPanel
from quizapp.ui.trainee.quiz.question_view import QuestionView
from quizapp.ui.widgets import scroll_area


class QuestionArea(QWidget):
    passage_requested = Signal(object)  # the Question whose passage to show in the reader

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question_view = QuestionView()
        self.feedback: FeedbackPanel | None = None
        self._feedback_area = QVBoxLayout()
        content = QVBoxLayout()
        content.setContentsMargins(0, 8, 0, 8)
        content.addWidget(self.question_view)
        content.addLayout(self._feedback_area)
        content.addStretch(1)
        # As tall as the question: the buttons below it follow right after it.
        self.scroll_area = scroll_area(content, fit_content=True)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def show_item(
        self, item: AttemptItem, count: int, grading: GradingOptions, *, has_source: bool
    ) -> None:
        """`item` at the top; a checked practice answer locked, with its explanation."""
        self.question_view.show_item(item, count, locked=item.checked)
        if self.feedback is not None:
            self.feedback.hide()
            self.feedback.deleteLater()
            self.feedback = None
        if item.checked:
            self.feedback = FeedbackPanel(item, grading, can_show_source=has_source)
            self.feedback.show_passage.connect(self.passage_requested)
            self._feedback_area.addWidget(self.feedback)
            self.feedback.show()
        self.scroll_area.verticalScrollBar().setValue(0)
        self.scroll_area.updateGeometry()  # as tall as this question and its feedback
        # and again once the new content's own layout has run: until then its height is
        # the last question's, and the area stayed a sliver with a scroll bar
        QTimer.singleShot(0, self, self.scroll_area.updateGeometry)
