"""The Help menu's dialogs: every keyboard shortcut, and About (name, version, database)."""

from __future__ import annotations

import html

from PySide6.QtCore import qVersion
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp import APP_NAME, __version__
from quizapp.ui.shortcuts import QUIZ_BINDINGS, WINDOW_BINDINGS, Binding


def show_about(parent: QWidget, database: str) -> None:
    # The box shows the parent window's icon, so it carries the app's picture too.
    QMessageBox.about(
        parent,
        f"About {APP_NAME}",
        f"<h3>{APP_NAME} {__version__}</h3>"
        "<p>Offline training quizzes: every answer is explained with a passage quoted from "
        "its source.</p>"
        f"<p>Database: {html.escape(database)}<br>Qt {qVersion()}, MIT licence.</p>",
    )


def shortcuts_dialog(parent: QWidget) -> QDialog:
    """The table of every binding, read from shortcuts.py so it lists exactly what works."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Keyboard shortcuts")
    rows: list[Binding] = [b for b in (*QUIZ_BINDINGS, *WINDOW_BINDINGS) if b.keys]
    table = QTableWidget(len(rows), 2)
    table.setAccessibleName("Keyboard shortcuts")
    table.setHorizontalHeaderLabels(["Keys", "What they do"])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for row, entry in enumerate(rows):
        keys = ", ".join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in entry.keys
        )
        table.setItem(row, 0, QTableWidgetItem(keys))
        table.setItem(row, 1, QTableWidgetItem(entry.description))
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.resizeColumnToContents(0)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(560, 420)
    return dialog
