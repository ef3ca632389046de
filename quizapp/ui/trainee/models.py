"""Item models over the plain objects the services return, testable without any view: the
sets (title, a line on what the set is, how the trainee did; shown as a list) and the
trainee's quizzes (a table)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from quizapp.domain.session import AttemptState, Mode
from quizapp.services.attempts import AttemptSummary
from quizapp.services.question_sets import SetSummary
from quizapp.ui.columns_model import when

_Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 1  # what the set is: its questions, its source
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2  # how the trainee did on it

_KINDS = {
    "single": ("choose-one", "choose-one"),
    "multiple": ("choose-several", "choose-several"),
    "short": ("typed answer", "typed answers"),
}
_ORIGINS = {"shipped": "comes with QuizApp", "generator": "generated from its document"}


def format_score(score: float | None) -> str:
    return f"{round(score * 100)} %" if score is not None else "—"


def describe(summary: SetSummary) -> str:
    """A set in one line: "12 questions: 5 choose-one, 4 choose-several, 3 typed answers ·
    quotes “How to be a good secretary…” · comes with QuizApp"."""
    count = summary.question_count
    kinds = ", ".join(
        f"{n} {_KINDS[kind][n != 1]}" for kind, n in summary.question_types if kind in _KINDS
    )
    parts = [f"{count} question{'s' if count != 1 else ''}" + (f": {kinds}" if kinds else "")]
    if summary.source_title:
        parts.append(f"quotes “{summary.source_title}”")
    if summary.origin in _ORIGINS:
        parts.append(_ORIGINS[summary.origin])
    return " · ".join(parts)


def record(summary: SetSummary) -> str:
    """How the trainee has done on the set, after its exam if the trainer set one: the line
    short enough to be read whole."""
    exam = "Exam set by your trainer · " if summary.exam is not None else ""
    if summary.last_taken is None:
        return f"{exam}Not taken yet"
    best = (
        f"best exam score {format_score(summary.best_score)}"
        if summary.best_score is not None
        else "no exam score yet"
    )
    return f"{exam}Last taken {when(summary.last_taken)} · {best}"


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


class SetListModel(_RowsModel[SetSummary]):
    """The sets, one row each: the title shows, the description and record go with it."""

    headers = ("Question set",)

    def cell(self, row: SetSummary, column: int) -> str:
        return row.title

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == DESCRIPTION_ROLE:
            return describe(row)
        if role == RECORD_ROLE:
            return record(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.title}. {describe(row)}. {record(row)}."
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole of what the row may elide
            return f"{row.title}\n{describe(row)}\n{record(row)}"
        return super().data(index, role)


_STATE_WORDS = {
    AttemptState.IN_PROGRESS: "In progress",
    AttemptState.SUBMITTED: "Submitted",
    AttemptState.EXPIRED: "Time ran out",
    AttemptState.ABANDONED: "Abandoned",
}


_PASSED_WORDS = {None: "", True: " · passed", False: " · not passed"}


class HistoryTableModel(_RowsModel[AttemptSummary]):
    headers = ("Question set", "Started", "Mode", "State", "Score")

    def cell(self, row: AttemptSummary, column: int) -> str:
        return (
            row.set_title,
            when(row.started_at),
            "Practice" if row.mode is Mode.PRACTICE else "Exam",
            _STATE_WORDS[row.state],
            format_score(row.score) + _PASSED_WORDS[row.passed],
        )[column]
