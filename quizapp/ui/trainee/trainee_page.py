"""Who is training: pick a name from the list, or add one.

The page only shows and asks: the main window reads the list and adds the names (through
the services), so the page can be on screen before the storage layer is even loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.trainees import MAX_NAME, Trainee
from quizapp.ui.theme import current_colours
from quizapp.ui.widgets import heading

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class ProblemLabel(QLabel):
    """What is wrong with a name: bold, in the theme's colour for 'wrong', whichever theme."""

    def __init__(self) -> None:
        super().__init__()
        bold = QFont()  # the weight alone: the size still follows the app's text size
        bold.setWeight(QFont.Weight.DemiBold)
        self.setFont(bold)
        self._recolour()

    def changeEvent(self, event: QEvent) -> None:
        # A theme change reaches a label as its window passing the new palette down (Qt sends
        # ApplicationPaletteChange to windows only). Hence a palette, not a style sheet: a
        # sheet's colour stays as written, and a widget with a sheet is passed no palette.
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()
        super().changeEvent(event)

    def _recolour(self) -> None:
        colour = QColor(current_colours().bad)
        # Only on a change of colour: setting the palette is a palette change in its turn.
        if self.palette().color(QPalette.ColorRole.WindowText) != colour:
            own = QPalette()  # this one role set: the rest still comes from the window
            own.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(own)


class TraineePage(QWidget):
    chosen = Signal(object)  # Trainee
    add_requested = Signal(str)  # the name as typed; answered by name_refused or name_added

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName("Trainees")
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.activated.connect(self._activated)
        self.list_view.setMaximumHeight(self.list_view.fontMetrics().height() * 20)
        # Rows as tall as the text clip the accents of capitals ('Ärzte', 'Émile'), and a
        # name is easier to hit with room around it; padding grows with the text size.
        self.list_view.setStyleSheet("QListView::item { padding: 5px 6px; }")
        self.empty_label = QLabel("Nobody has trained here yet: add your name below.")
        self.continue_button = QPushButton("Continue")
        self.continue_button.setAccessibleName("Continue as the selected trainee")
        self.continue_button.clicked.connect(self._continue)
        self.name_field = QLineEdit()
        self.name_field.setAccessibleName("New trainee's name")
        # No setMaxLength: it cuts a pasted name without a word (counting an emoji as two),
        # and the cut name would be saved as if typed. The service refuses a long name with
        # a message instead, and the whole name stays in the field to be shortened.
        self.name_field.setPlaceholderText(f"Your name (up to {MAX_NAME} characters)")
        self.name_field.returnPressed.connect(self.add)
        self.add_button = QPushButton("Add and continue")
        self.add_button.setAccessibleName("Add this name and continue")
        self.add_button.clicked.connect(self.add)
        self.error_label = ProblemLabel()
        self.error_label.setAccessibleName("Problem with the name")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        column = QVBoxLayout()
        column.addWidget(heading("Who is training?"))
        self.pick_label = QLabel("Pick your name:")
        column.addWidget(self.pick_label)
        column.addWidget(self.list_view)
        column.addWidget(self.empty_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        column.addLayout(row)
        column.addSpacing(16)
        new_label = QLabel("Or add your name:")
        new_label.setBuddy(self.name_field)
        column.addWidget(new_label)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name_field, 1)
        add_row.addWidget(self.add_button)
        column.addLayout(add_row)
        column.addWidget(self.error_label)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

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
        self.continue_button.setEnabled(bool(people))
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
        self.error_label.setText(message)
        self.error_label.setAccessibleDescription(message)
        self.error_label.show()
        self.name_field.setFocus()
        self.name_field.selectAll()

    def _continue(self) -> None:
        self._activated(self.list_view.currentIndex())

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen.emit(Trainee(index.data(UUID_ROLE), index.data()))
