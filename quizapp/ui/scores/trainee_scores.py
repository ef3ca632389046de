"""My scores: the trainee's own page of the trainee area, in three tabs: every attempt (with
the chart of percent over time), percent right by topic, and practice of weak questions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from quizapp.domain.trainees import Trainee
from quizapp.services.question_sets import SetSummary
from quizapp.ui.backend import Backend
from quizapp.ui.scores.calls import backend_caller
from quizapp.ui.scores.history_view import HistoryView
from quizapp.ui.scores.practice_view import PracticeView
from quizapp.ui.scores.topics_view import TopicsView
from quizapp.ui.widgets import heading, set_heading_text


class TraineeScoresPage(QWidget):
    open_requested = Signal(str)  # an attempt's uuid: its review
    practice_started = Signal(object)  # a weak-question practice Attempt
    done = Signal()  # back to the start page
    problem = Signal(str)

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        call = backend_caller(backend, self.problem.emit)
        self._call = call
        self.trainee: Trainee | None = None
        self.title_label = heading("My scores")
        self.back_button = QPushButton("&Back to the question sets")
        self.back_button.clicked.connect(self.done)
        self.history = HistoryView(call, with_chart=True)
        self.history.setContentsMargins(8, 8, 8, 8)  # inside the tab's frame
        self.history.open_requested.connect(self.open_requested)
        self.topics = TopicsView(call)
        self.practice = PracticeView(call)
        self.practice.started.connect(self.practice_started)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("My scores")
        self.tabs.addTab(self.history, "&Attempts")
        self.tabs.addTab(self.topics, "By to&pic")
        self.tabs.addTab(self.practice, "&Weak questions")
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def show_trainee(self, trainee: Trainee) -> None:
        """The trainee's scores, read afresh (they may have just finished a quiz)."""
        self.trainee = trainee
        set_heading_text(self.title_label, f"My scores — {trainee.name}")
        self.history.show_trainee(trainee.uuid)
        uuid = trainee.uuid
        self._call(lambda s: s.list_sets(uuid), lambda sets: self._sets(uuid, sets))

    def _sets(self, trainee_uuid: str, sets: list[SetSummary]) -> None:
        if self.trainee is None or self.trainee.uuid != trainee_uuid:
            return
        self.topics.show_trainee(trainee_uuid, sets)
        self.practice.show_trainee(trainee_uuid, sets)
