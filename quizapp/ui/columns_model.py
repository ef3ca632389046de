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
# What a column sorts by: a number or a string, None where the row has no value.
SortKey = Callable[[Row], Any]


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


class SortedColumns(Columns[Row]):
    """Rows all at hand, sorted here by each column's key (a view's header, or the keyboard's
    sort bar, asks): rows without a value last whichever the order, ties in the order the
    rows came in. New rows keep the order last asked for."""

    def __init__(self, columns: Sequence[Column[Row]], keys: Sequence[SortKey[Row]]) -> None:
        super().__init__(columns)
        if len(keys) != len(columns):
            raise ValueError("a sort key per column")
        self._keys = list(keys)
        self._arrived: list[Row] = []
        self._sorted_by: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: Sequence[Row]) -> None:
        self._arrived = list(rows)
        super().set_rows(self._in_order(self._arrived))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(self.rows[index.row()], index.column()) for index in before]
        self.rows = self._in_order(self._arrived)
        at = {id(row): n for n, row in enumerate(self.rows)}
        self.changePersistentIndexList(
            before, [self.index(at[id(row)], column) for row, column in held]
        )
        self.layoutChanged.emit()

    def _in_order(self, rows: list[Row]) -> list[Row]:
        column, order = self._sorted_by
        key = self._keys[column]
        valued = [row for row in rows if key(row) is not None]
        unvalued = [row for row in rows if key(row) is None]
        return sorted(valued, key=key, reverse=order == Qt.SortOrder.DescendingOrder) + unvalued
