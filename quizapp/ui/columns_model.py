"""One table model for rows of one kind, shown a column per (heading, how to show a row):
the trainer's tables and the score views' tables are all of this shape."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
NO_INDEX = QModelIndex()
Row = TypeVar("Row")
Column = tuple[str, Callable[[Row], str]]


def when(moment: datetime | None) -> str:
    """A stored UTC instant as a cell shows it: in local time, to the minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "—"


class Columns(QAbstractTableModel, Generic[Row]):
    """Rows of one kind, a column per (heading, how to show a row)."""

    def __init__(self, columns: Sequence[Column[Row]]) -> None:
        super().__init__()
        self._columns = list(columns)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        # The tooltip too: a cell too narrow for its text (a long title) is elided.
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._columns[index.column()][1](self.rows[index.row()])
        return None
