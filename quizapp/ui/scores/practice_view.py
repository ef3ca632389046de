"""Practice my weak questions: what a practice of the chosen set would draw now (due, last
answered wrong, never asked), and the button that starts it. The session runs on the quiz
page as any practice does; its end moves the schedule on (TraineeArea asks the services)."""

from __future__ import annotations

import uuid as uuids

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.session import Attempt
from quizapp.services.practice import Outlook
from quizapp.services.question_sets import SetSummary
from quizapp.ui.scores.calls import Caller
from quizapp.ui.widgets import muted_label, wrapped_label

DEFAULT_COUNT = 10
EXPLAINED = (
    "A practice of the questions you last got wrong or have never been asked, each checked "
    "and explained as you answer. A question you get wrong comes back soon; one you get right "
    "several times comes back less and less often."
)


def describe(outlook: Outlook) -> str:
    parts = [
        f"{outlook.due} due for another look",
        f"{outlook.wrong} answered wrong last time",
        f"{outlook.unseen} never asked",
    ]
    waiting = outlook.due + outlook.wrong + outlook.unseen
    text = "Now: " + ", ".join(parts) + "."
    if not waiting and outlook.next_due is not None:
        text += f" The next one is due {outlook.next_due.astimezone():%d %b %Y at %H:%M}."
    elif not waiting:
        text += " Nothing needs practice in this set."
    return text


class PracticeView(QWidget):
    started = Signal(object)  # the practice Attempt, for the quiz page

    def __init__(self, call: Caller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._call = call
        self.trainee_uuid: str | None = None
        self.outlook: Outlook | None = None
        self._start_uuid = str(uuids.uuid4())  # one per start asked for: a retry finds it
        self.set_box = QComboBox()
        self.set_box.setAccessibleName("Practise which question set")
        self.set_box.currentIndexChanged.connect(lambda _: self.reload())
        self.outlook_label = wrapped_label()
        self.outlook_label.setAccessibleName("What the practice would draw now")
        self.count_box = QSpinBox()
        self.count_box.setRange(1, 100)
        self.count_box.setValue(DEFAULT_COUNT)
        self.count_box.setAccessibleName("At most this many questions")
        self.start_button = QPushButton("P&ractise my weak questions")
        self.start_button.setProperty("primary", True)
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow("Question &set:", self.set_box)
        form.addRow("At &most:", self.count_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(muted_label(EXPLAINED))
        layout.addLayout(form)
        layout.addWidget(self.outlook_label)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_trainee(self, trainee_uuid: str, sets: list[SetSummary]) -> None:
        self.trainee_uuid = trainee_uuid
        wanted = self.set_box.currentData()
        self.set_box.blockSignals(True)
        self.set_box.clear()
        for summary in sets:
            self.set_box.addItem(summary.title, summary.slug)
        found = self.set_box.findData(wanted)
        self.set_box.setCurrentIndex(max(found, 0))
        self.set_box.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        uuid, slug = self.trainee_uuid, self.set_box.currentData()
        self.outlook = None
        self.start_button.setEnabled(False)
        if uuid is None or slug is None:
            self.outlook_label.setText("There is no question set to practise yet.")
            return
        self.outlook_label.setText("Looking at your answers…")
        self._call(
            lambda s: s.practice_outlook(uuid, slug),
            lambda outlook: self._show(uuid, slug, outlook),
        )

    def _show(self, trainee_uuid: str, slug: str, outlook: Outlook) -> None:
        if (trainee_uuid, slug) != (self.trainee_uuid, self.set_box.currentData()):
            return
        self.outlook = outlook
        self.outlook_label.setText(describe(outlook))
        self.start_button.setEnabled(outlook.due + outlook.wrong + outlook.unseen > 0)

    def start(self) -> None:
        uuid, slug = self.trainee_uuid, self.set_box.currentData()
        if uuid is None or slug is None or not self.start_button.isEnabled():
            return
        count, attempt_uuid = self.count_box.value(), self._start_uuid
        self.start_button.setEnabled(False)  # one practice per click

        def started(attempt: Attempt) -> None:
            self._start_uuid = str(uuids.uuid4())
            self.started.emit(attempt)

        self._call(
            lambda s: s.start_weak_practice(uuid, slug, count=count, attempt_uuid=attempt_uuid),
            started,
            self.reload,
        )
