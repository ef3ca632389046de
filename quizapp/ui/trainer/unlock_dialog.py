"""Opening trainer mode: the passphrase, or on a database without one, a new one typed twice.

The services decide: a wrong passphrase comes back with how long the next try must wait, and
a try before that is refused unchecked; the dialog says so and keeps the field for the next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.services.errors import ServiceError
from quizapp.services.trainer import TrainerKey
from quizapp.ui.backend import Backend, expecting
from quizapp.ui.widgets import problem_label, say_problem, wrapped_label

if TYPE_CHECKING:
    from quizapp.services.facade import Services


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # TrainerKey

    def __init__(self, backend: Backend, *, first: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.first = first
        self.setWindowTitle("Set the trainer's passphrase" if first else "Open trainer mode")
        self.setAccessibleName(self.windowTitle())
        self.passphrase_field = QLineEdit()
        self.passphrase_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_field.setAccessibleName("Trainer's passphrase")
        self.again_field = QLineEdit()
        self.again_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_field.setAccessibleName("The passphrase again")
        self.problem_label = problem_label("Problem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Set and open" if first else "Open")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow("&Passphrase:", self.passphrase_field)
        if first:
            form.addRow("&Again:", self.again_field)
        else:
            self.again_field.hide()
        layout = QVBoxLayout(self)
        intro = (
            "No trainer passphrase is set for this database yet. Choose one (at least 8 "
            "characters): every seat of this database will ask for it. Only the command "
            "`quizapp trainer set-passphrase` can change it later."
            if first
            else "Trainer mode is for the trainer: type the trainer's passphrase."
        )
        layout.addWidget(wrapped_label(intro))
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.passphrase_field.setFocus()

    def submit(self) -> None:
        passphrase = self.passphrase_field.text()
        if self.first and passphrase != self.again_field.text():
            self._refused("The two passphrases differ: type the same one twice.")
            return
        self.ok_button.setEnabled(False)

        def work(services: Services) -> TrainerKey:
            if self.first:
                return services.set_first_passphrase(passphrase)
            return services.unlock_trainer(passphrase)

        self._backend.call(work, self._opened, expecting(ServiceError, self._failed))

    def _opened(self, key: TrainerKey) -> None:
        self.passphrase_field.clear()
        self.again_field.clear()
        self.accept()
        self.unlocked.emit(key)

    def _failed(self, error: ServiceError) -> None:
        """Wrong (and how long to wait), too soon, too short: said in the dialog."""
        self.ok_button.setEnabled(True)
        self._refused(str(error))

    def _refused(self, message: str) -> None:
        say_problem(self.problem_label, message)
        self.passphrase_field.selectAll()
        self.passphrase_field.setFocus(Qt.FocusReason.OtherFocusReason)
