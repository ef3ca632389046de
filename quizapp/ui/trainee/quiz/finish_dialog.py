"""The last look before submitting: what is answered, unanswered and flagged, and a warning."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from quizapp.domain.session import AttemptItem
from quizapp.ui.widgets import heading, wrapped_label

WARNING = "Once you submit, you can no longer change your answers."


def _numbers(items: list[AttemptItem]) -> str:
    if not items:
        return ""
    listed = ", ".join(str(item.position + 1) for item in items)
    return f" (question{'s' if len(items) > 1 else ''} {listed})"


class FinishDialog(QDialog):
    def __init__(self, items: list[AttemptItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Finish the quiz")
        self.setAccessibleName("Finish the quiz")
        unanswered = [item for item in items if not item.answered]
        flagged = [item for item in items if item.flagged]
        answered = len(items) - len(unanswered)
        self.summary_label = wrapped_label(
            f"Answered: {answered} of {len(items)}\n"
            f"Unanswered: {len(unanswered)}{_numbers(unanswered)}\n"
            f"Flagged for review: {len(flagged)}{_numbers(flagged)}"
        )
        self.summary_label.setAccessibleName("Summary of your answers")
        self.warning_label = QLabel(f"<b>{WARNING}</b>")
        self.warning_label.setWordWrap(True)
        self.warning_label.setAccessibleName(WARNING)
        buttons = QDialogButtonBox()
        self.submit_button = buttons.addButton("Submit", QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setAccessibleName("Submit your answers")
        self.back_button = buttons.addButton(
            "Back to the quiz", QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.setAccessibleName("Back to the quiz")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.submit_button.setDefault(True)
        self.submit_button.setFocus()
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Finish the quiz?", "large"))
        layout.addWidget(self.summary_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
