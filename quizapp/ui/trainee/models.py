"""Table models over the plain objects the services return, testable without any view."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from quizapp.domain.session import AttemptState
from quizapp.services.attempts import AttemptSummary
from quizapp.services.question_sets import SetSummary

_Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


def format_when(moment: datetime | None) -> str:
    """A stored UTC instant in the trainee's local time."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "—"


def format_score(score: float | None) -> str:
    return f"{round(score * 100)} %" if score is not None else "—"


Row = TypeVar("Row")


class _RowsModel(QAbstractTableModel, Generic[Row]):
    headers: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(self.rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def cell(self, row: Row, column: int) -> str:
        raise NotImplementedError


class SetTableModel(_RowsModel[SetSummary]):
    headers = ("Question set", "Questions", "Last taken", "Best score")

    def cell(self, row: SetSummary, column: int) -> str:
        return (
            row.title,
            str(row.question_count),
            format_when(row.last_taken),
            format_score(row.best_score),
        )[column]


_STATE_WORDS = {
    AttemptState.IN_PROGRESS: "In progress",
    AttemptState.SUBMITTED: "Submitted",
    AttemptState.EXPIRED: "Time ran out",
    AttemptState.ABANDONED: "Abandoned",
}


class HistoryTableModel(_RowsModel[AttemptSummary]):
    headers = ("Question set", "Started", "State", "Score")

    def cell(self, row: AttemptSummary, column: int) -> str:
        return (
            row.set_title,
            format_when(row.started_at),
            _STATE_WORDS[row.state],
            format_score(row.score),
        )[column]
