"""A trainee's PIN, asked when they pick a name that has one, so a classmate cannot take a quiz
under it.

The services decide: a wrong PIN comes back with how long the next try must wait (counted in
the database, so every seat waits alike), and a try before that is refused unchecked; the
dialog says so and keeps the field for the next. The PIN is never kept: the field is cleared
once the trainee is signed in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.trainees import Trainee
from quizapp.services.errors import ServiceError
from quizapp.ui.backend import Backend, expecting
from quizapp.ui.widgets import problem_label, say_problem, wrapped_label

if TYPE_CHECKING:
    from quizapp.services.facade import Services


class PinDialog(QDialog):
    signed_in = Signal(object)  # Trainee

    def __init__(self, backend: Backend, trainee: Trainee, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.trainee = trainee
        self.setWindowTitle("Your PIN")
        self.setAccessibleName(f"PIN of {trainee.name}")
        self.pin_field = QLineEdit()
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setAccessibleName("PIN")
        self.pin_field.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-9]*"), self.pin_field)
        )
        self.problem_label = problem_label("Problem with the PIN")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Continue")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("&PIN:", self.pin_field)
        self.intro_label = wrapped_label(
            f"{trainee.name} has a PIN: type it to go on. Not you? Cancel, and pick your own name."
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.pin_field.setFocus()

    def submit(self) -> None:
        pin = self.pin_field.text()
        if not pin:
            self._refused("Type your PIN: its digits.")
            return
        self.ok_button.setEnabled(False)
        uuid = self.trainee.uuid

        def work(services: Services) -> Trainee:
            return services.sign_in(uuid, pin)

        self._backend.call(work, self._accepted, expecting(ServiceError, self._failed))

    def _accepted(self, trainee: Trainee) -> None:
        self.pin_field.clear()
        self.accept()
        self.signed_in.emit(trainee)

    def _failed(self, error: ServiceError) -> None:
        """Wrong (and how long to wait), too soon: said in the dialog."""
        self.ok_button.setEnabled(True)
        self._refused(str(error))

    def _refused(self, message: str) -> None:
        say_problem(self.problem_label, message)
        self.pin_field.selectAll()
        self.pin_field.setFocus(Qt.FocusReason.OtherFocusReason)
