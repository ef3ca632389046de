"""The last look before submitting: how many are answered, and each question still
unanswered or flagged for review as a link that goes back to it (as Moodle's summary does),
then the warning and the choice."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.session import AttemptItem
from quizapp.ui.widgets import heading, wrapped_label

WARNING = "Once you submit, you can no longer change your answers."
EXCERPT = 60  # characters of a prompt beside its number: enough to tell questions apart


def _excerpt(prompt: str) -> str:
    line = " ".join(prompt.split())
    return line if len(line) <= EXCERPT else line[: EXCERPT - 1].rstrip() + "…"


class FinishDialog(QDialog):
    go_to = Signal(int)  # a position: the trainee followed a link back to it

    def __init__(self, items: list[AttemptItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Finish the quiz")
        self.setAccessibleName("Finish the quiz")
        unanswered = [item for item in items if not item.answered]
        flagged = [item for item in items if item.flagged]
        answered = len(items) - len(unanswered)
        self.summary_label = wrapped_label(
            f"Answered: {answered} of {len(items)}\n"
            f"Unanswered: {len(unanswered)}\n"
            f"Flagged for review: {len(flagged)}"
        )
        self.summary_label.setAccessibleName("Summary of your answers")
        self.links: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading("Finish the quiz?", "heading"))
        layout.addWidget(self.summary_label)
        for title, listed in (("Not answered yet", unanswered), ("Flagged for review", flagged)):
            if listed:
                layout.addWidget(heading(title, "heading"))
                for item in listed:
                    layout.addWidget(self._link(item))
        self.warning_label = QLabel(f"<b>{WARNING}</b>")
        self.warning_label.setWordWrap(True)
        self.warning_label.setAccessibleName(WARNING)
        buttons = QDialogButtonBox()
        self.submit_button = buttons.addButton("Submit", QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setAccessibleName("Submit your answers")
        self.submit_button.setProperty("primary", True)
        self.back_button = buttons.addButton(
            "Back to the quiz", QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.setAccessibleName("Back to the quiz")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.submit_button.setDefault(True)
        layout.addSpacing(6)
        layout.addWidget(self.warning_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Submit, not the first link: Enter after Ctrl+Return submits, as the keys promise.
        self.submit_button.setFocus()

    def _link(self, item: AttemptItem) -> QPushButton:
        """A question named by its number and the start of its prompt; following it closes
        the dialog on that question."""
        number = item.position + 1
        link = QPushButton(f"Question {number}: {_excerpt(item.question.prompt)}")
        link.setProperty("link", True)
        link.setAutoDefault(False)
        link.setCursor(Qt.CursorShape.PointingHandCursor)
        link.setAccessibleName(f"Go to question {number}")
        link.setToolTip(item.question.prompt)
        link.clicked.connect(lambda: self._follow(item.position))
        self.links.append(link)
        return link

    def _follow(self, position: int) -> None:
        self.reject()
        self.go_to.emit(position)
