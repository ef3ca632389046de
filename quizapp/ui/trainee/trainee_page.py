"""Who is training: pick a name from the list, or add one.

The page only shows and asks: the area reads the list and adds the names (through the
services), so the page can be on screen before the storage layer is even loaded. Continue is
there only when there is a name to continue as; a problem with a typed name goes as soon as
the name is changed.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.trainees import MAX_NAME, Trainee
from quizapp.ui.widgets import Column, heading, muted_label, problem_label, say_problem

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_CHARACTERS = 48  # the page's measure: a list of names needs less than a question


class NameList(QListView):
    """The names; Enter on one is a click on Continue, and goes no further: passed on, it
    pressed whatever button the next page gave the focus."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            if self.currentIndex().isValid():
                self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class TraineePage(QWidget):
    chosen = Signal(object)  # Trainee
    add_requested = Signal(str)  # the name as typed; answered by name_refused or name_added

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.list_view = NameList()
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName("Trainees")
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.activated.connect(self._activated)
        self.list_view.setMaximumHeight(self.list_view.fontMetrics().height() * 24)
        self.empty_label = muted_label("Nobody has trained here yet: add your name below.")
        self.continue_button = QPushButton("Continue")
        self.continue_button.setAccessibleName("Continue as the selected trainee")
        self.continue_button.setProperty("primary", True)
        self.continue_button.clicked.connect(self._continue)
        self.name_field = QLineEdit()
        self.name_field.setAccessibleName("New trainee's name")
        # No setMaxLength: it cuts a pasted name without a word (counting an emoji as two),
        # and the cut name would be saved as if typed. The service refuses a long name with
        # a message instead, and the whole name stays in the field to be shortened.
        self.name_field.setPlaceholderText("Your name")
        self.name_field.returnPressed.connect(self.add)
        self.name_field.textEdited.connect(self._name_changed)
        self.add_button = QPushButton("Add and continue")
        self.add_button.setAccessibleName("Add this name and continue")
        self.add_button.clicked.connect(self.add)
        self.error_label = problem_label("Problem with the name")

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addSpacing(24)
        column.addWidget(heading("Who is training?"))
        self.pick_label = muted_label("Pick your name, then Continue.")
        column.addWidget(self.pick_label)
        column.addWidget(self.list_view, 1)
        column.addWidget(self.empty_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        column.addLayout(row)
        column.addSpacing(20)
        self.new_label = heading("New here?", "heading")
        column.addWidget(self.new_label)
        new_hint = muted_label(
            f"Add your name (up to {MAX_NAME} characters): it is how your quizzes are kept for you."
        )
        new_hint.setBuddy(self.name_field)
        column.addWidget(new_hint)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name_field, 1)
        add_row.addWidget(self.add_button)
        column.addLayout(add_row)
        column.addWidget(self.error_label)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(Column(column, characters=NAME_CHARACTERS))

    def show_trainees(self, people: list[Trainee]) -> None:
        """Fill the list; whoever was selected stays selected if they are still in it."""
        selected = self.list_view.currentIndex().data(UUID_ROLE)
        self.model.clear()
        for person in people:
            entry = QStandardItem(person.name)
            entry.setData(person.uuid, UUID_ROLE)
            self.model.appendRow(entry)
        self.empty_label.setVisible(not people)
        self.pick_label.setVisible(bool(people))
        self.list_view.setVisible(bool(people))
        self.continue_button.setVisible(bool(people))  # there only when it can act
        if people:
            uuids = [person.uuid for person in people]
            row = uuids.index(selected) if selected in uuids else 0
            self.list_view.setCurrentIndex(self.model.index(row, 0))
        if not self.name_field.hasFocus():  # someone may be typing a new name already
            (self.list_view if people else self.name_field).setFocus()

    def add(self) -> None:
        self.add_requested.emit(self.name_field.text())

    def name_added(self) -> None:
        self.name_field.clear()
        self.error_label.hide()

    def name_refused(self, message: str) -> None:
        say_problem(self.error_label, message)
        self.name_field.setFocus()
        self.name_field.selectAll()

    def _name_changed(self) -> None:
        """The problem was with the name as it was: it goes once the name changes."""
        self.error_label.hide()

    def _continue(self) -> None:
        self._activated(self.list_view.currentIndex())

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen.emit(Trainee(index.data(UUID_ROLE), index.data()))
