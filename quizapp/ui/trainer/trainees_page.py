"""The trainees as the trainer manages them: rename, merge two entries of one person, delete
(saying how many attempts go), give or take away a PIN, and read a class list from CSV."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizapp.services.trainee_admin import ClassList, TraineeOverview
from quizapp.ui.trainer.messages import confirm, show_problem
from quizapp.ui.trainer.models import trainees_model
from quizapp.ui.widgets import wrapped_label

if TYPE_CHECKING:
    from quizapp.ui.trainer.area import TrainerArea


class MergeDialog(QDialog):
    """Merge `other` into one of the others: the one kept keeps its name."""

    def __init__(
        self, other: TraineeOverview, people: list[TraineeOverview], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Merge two trainees")
        self.setAccessibleName("Merge two trainees")
        self.keep_box = QComboBox()
        self.keep_box.setAccessibleName("The entry to keep")
        for person in people:
            if person.uuid != other.uuid:
                self.keep_box.addItem(person.name, person.uuid)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Merge")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("&Keep:", self.keep_box)
        moving = (
            f"{other.name}'s {other.attempts} attempt{'s' * (other.attempts != 1)} move to it"
            if other.attempts
            else f"{other.name} has no attempts to move"
        )
        self.explanation = wrapped_label(
            f"“{other.name}” and the entry you keep are one person: {moving}, and "
            f"“{other.name}” is removed from the list."
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)


class TraineesPage(QWidget):
    def __init__(self, area: TrainerArea) -> None:
        super().__init__()
        self._area = area
        self.model = trainees_model()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName("Trainees")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.rename_button = QPushButton("Re&name…")
        self.rename_button.clicked.connect(self.rename)
        self.merge_button = QPushButton("&Merge into…")
        self.merge_button.clicked.connect(self.merge)
        self.pin_button = QPushButton("Set &PIN…")
        self.pin_button.clicked.connect(self.set_pin)
        self.delete_button = QPushButton("&Delete…")
        self.delete_button.clicked.connect(self.delete)
        self.class_button = QPushButton("Import a &class list…")
        self.class_button.setToolTip("A CSV file: one name per line (or a column headed 'name')")
        self.class_button.clicked.connect(self.choose_class_list)
        buttons = QHBoxLayout()
        for button in (
            self.rename_button,
            self.merge_button,
            self.pin_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.class_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.merge_dialog: MergeDialog | None = None
        self._update_buttons()

    def refresh(self) -> None:
        self._area.call(lambda s, key: s.trainee_overview(key), self._show)

    def _show(self, people: list[TraineeOverview]) -> None:
        chosen = self.chosen()
        self.model.set_rows(people)
        uuids = [p.uuid for p in people]
        if people:
            self.view.selectRow(uuids.index(chosen.uuid) if chosen and chosen.uuid in uuids else 0)
        self._update_buttons()

    def chosen(self) -> TraineeOverview | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def select(self, name: str) -> None:
        self.view.selectRow(next(i for i, p in enumerate(self.model.rows) if p.name == name))

    def _update_buttons(self) -> None:
        chosen = self.chosen()
        for button in (self.rename_button, self.pin_button, self.delete_button):
            button.setEnabled(chosen is not None)
        self.merge_button.setEnabled(chosen is not None and len(self.model.rows) > 1)
        self.pin_button.setText(
            "Change or remove the &PIN…" if chosen and chosen.has_pin else "Set &PIN…"
        )

    def rename(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        name, ok = QInputDialog.getText(
            self,
            "Rename a trainee",
            f"New name for “{chosen.name}”:",
            QLineEdit.EchoMode.Normal,
            chosen.name,
        )
        if ok:
            self._area.call(
                lambda s, key: s.rename_trainee(key, chosen.uuid, name),
                lambda _: self.refresh(),
                title="Not renamed",
            )

    def merge(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        self.merge_dialog = MergeDialog(chosen, self.model.rows, self)
        dialog = self.merge_dialog
        dialog.accepted.connect(lambda: self._merge(dialog.keep_box.currentData(), chosen.uuid))
        dialog.open()

    def _merge(self, keep: str, other: str) -> None:
        self._area.call(
            lambda s, key: s.merge_trainees(key, keep, other),
            lambda _moved: self.refresh(),
            title="Not merged",
        )

    def set_pin(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        pin, ok = QInputDialog.getText(
            self,
            "A PIN for this trainee",
            f"PIN for “{chosen.name}” (4 digits or more; leave it empty for no PIN):",
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self._area.call(
                lambda s, key: s.set_trainee_pin(key, chosen.uuid, pin or None),
                lambda _: self.refresh(),
                title="PIN not set",
            )

    def delete(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        self._area.call(
            lambda s, key: s.trainee_attempt_count(key, chosen.uuid),
            lambda count: self._confirm_delete(chosen, count),
        )

    def _confirm_delete(self, chosen: TraineeOverview, count: int) -> None:
        attempts = f"{count} attempt{'s' * (count != 1)}"
        if confirm(
            self,
            "Delete a trainee?",
            f"Delete “{chosen.name}” and their {attempts}? Their scores go with them; this "
            "cannot be undone.",
            f"Delete {chosen.name} and {attempts}",
            destructive=True,
        ):
            self._area.call(
                lambda s, key: s.delete_trainee(key, chosen.uuid), lambda _: self.refresh()
            )

    def choose_class_list(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Import a class list", "", "Class lists (*.csv *.txt);;All files (*)"
        )
        if name:
            self.import_class_list(Path(name))

    def import_class_list(self, path: Path) -> None:
        def imported(report: ClassList) -> None:
            self.refresh()
            lines = [f"Added {len(report.added)}: {', '.join(report.added) or 'nobody'}."]
            if report.known:
                lines.append(f"Already in the list: {', '.join(report.known)}.")
            if report.problems:
                lines.append(f"{len(report.problems)} line(s) could not be read: see the details.")
                details = "\n".join(str(p) for p in report.problems)
                show_problem(self, "Class list imported", "\n".join(lines), details)
            else:
                self._area.tell(" ".join(lines))

        self._area.call(lambda s, key: s.import_class_list(key, path), imported)
