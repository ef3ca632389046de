"""Table models of the trainer's pages, over the plain objects the services return."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from quizapp.domain.exams import Exam
from quizapp.services.set_admin import StoredVersion, TrainerSet
from quizapp.services.trainee_admin import TraineeOverview

_Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
Row = TypeVar("Row")


def when(moment: datetime | None) -> str:
    """A stored UTC instant in local time."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "—"


def exam_summary(exam: Exam | None) -> str:
    if exam is None:
        return "—"
    settings = exam.settings
    parts = [f"{settings.question_count}{' per section' if settings.per_section else ''} q."]
    if settings.time_limit is not None:
        parts.append(f"{round(settings.time_limit.total_seconds() / 60)} min")
    if settings.pass_mark is not None:
        parts.append(f"pass {round(settings.pass_mark * 100)} %")
    return ", ".join(parts)


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of one kind, a column per (heading, how to show a row)."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Row], str]]]) -> None:
        super().__init__()
        self._columns = list(columns)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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


def sets_model() -> RowsModel[TrainerSet]:
    return RowsModel[TrainerSet](
        [
            ("Title", lambda s: s.title + ("  (retired)" if s.retired else "")),
            ("Id", lambda s: s.slug),
            ("Version", lambda s: f"v{s.version} of {s.versions}"),
            ("Questions", lambda s: str(s.question_count)),
            ("Exam", lambda s: exam_summary(s.exam)),
        ]
    )


def versions_text(version: StoredVersion) -> str:
    origin = {"edited": "edited here", "generator": "generated here", "shipped": "shipped"}.get(
        version.origin, version.file_name or version.origin
    )
    count = f"{version.question_count} questions"
    return f"v{version.version} — {count}, {origin}, {when(version.imported_at)}"


def trainees_model() -> RowsModel[TraineeOverview]:
    return RowsModel[TraineeOverview](
        [
            ("Name", lambda t: t.name),
            ("Attempts", lambda t: str(t.attempts)),
            ("Last started", lambda t: when(t.last_started)),
            ("PIN", lambda t: "yes" if t.has_pin else "—"),
        ]
    )
