"""Table models of the score views, over the plain objects the score services return.

History and dashboard rows come a page at a time (`PagedModel`): a view asks for more as it
scrolls (canFetchMore/fetchMore), so a trainee with 5,000 attempts or a room of 2,000
trainees opens as fast as a new one. The model asks through a `PageRequest` its page gives
it, which runs the service call on the task runner and hands the page back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from quizapp.domain.session import AttemptState, Mode
from quizapp.domain.stats import ItemFlag
from quizapp.services.scores import DashboardRow, HistoryEntry, HistorySort, Page, QuestionFigures
from quizapp.ui.columns_model import NO_INDEX as _NO_INDEX
from quizapp.ui.columns_model import Column, Columns, Row, SortedColumns, when
from quizapp.ui.columns_model import Index as _Index
from quizapp.ui.theme import current_colours

# (offset, deliver the page, say it failed): the page's way to the service.
PageRequest = Callable[[int, Callable[[Page[Row]], None], Callable[[], None]], None]

STATE_WORDS = {
    AttemptState.IN_PROGRESS: "In progress",
    AttemptState.SUBMITTED: "Submitted",
    AttemptState.EXPIRED: "Time ran out",
    AttemptState.ABANDONED: "Abandoned",
}
FLAG_WORDS = {  # why, in a word or two; the whole reason in the cell's tooltip
    ItemFlag.TOO_HARD: "too hard",
    ItemFlag.TOO_EASY: "too easy",
    ItemFlag.LOW_DISCRIMINATION: "weak discrimination",
}
FLAG_REASONS = {
    ItemFlag.TOO_HARD: "Too hard: under 20% of the marks were earned (facility under 20%).",
    ItemFlag.TOO_EASY: "Too easy: over 95% of the marks were earned (facility over 95%).",
    ItemFlag.LOW_DISCRIMINATION: (
        "Weak discrimination (under 20%): those who did well on the rest of the test did "
        "not do better on this question. Check its right answer and its wording."
    ),
}


def percent(value: float | None, digits: int = 0) -> str:
    return "—" if value is None else f"{value:.{digits}f} %"


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    minutes, rest = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {rest:02d} s"


def mode_word(mode: Mode) -> str:
    return "Practice" if mode is Mode.PRACTICE else "Exam"


class PagedModel(Columns[Row]):
    """Rows loaded a page at a time as the view scrolls to them.

    `reload` starts again from the first page (a new sort, a new filter); a page asked for
    before that and answered after it is dropped, so rows of two orders never mix.
    """

    loaded = Signal()  # a page arrived and its rows are in

    def __init__(self, columns: Sequence[Column[Row]]) -> None:
        super().__init__(columns)
        self._request: PageRequest[Row] | None = None
        self._next = 0
        self._more = False
        self._asking = False
        self._generation = 0
        self.total = 0

    def reload(self, request: PageRequest[Row]) -> None:
        self.beginResetModel()
        self.rows = []
        self._request = request
        self._next, self._more, self._asking, self.total = 0, True, False, 0
        self._generation += 1
        self.endResetModel()
        self.fetchMore()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self._request, self._more, self.total = None, False, 0
        self._generation += 1
        self.endResetModel()

    @property
    def loading(self) -> bool:
        return self._asking

    def canFetchMore(self, parent: _Index = _NO_INDEX) -> bool:
        return not parent.isValid() and self._more and not self._asking

    def fetchMore(self, parent: _Index = _NO_INDEX) -> None:
        if not self.canFetchMore(parent) or self._request is None:
            return
        self._asking = True
        generation = self._generation
        self._request(
            self._next,
            lambda page: self._arrived(generation, page),
            lambda: self._failed(generation),
        )

    def _arrived(self, generation: int, page: Page[Row]) -> None:
        if generation != self._generation:
            return
        self._asking = False
        self._next, self._more, self.total = page.next_offset, page.has_more, page.total
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
            # A header sizing its sections to their contents hears of new rows only so
            # (Qt 6.11): without it the first page's dates and states were cut short.
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self.loaded.emit()

    def _failed(self, generation: int) -> None:
        if generation == self._generation:
            self._asking = False
            self._more = False  # the page says why; reloading tries again

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Both paged tables start with two columns of words; the figures after them centred.
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)


HISTORY_SORTS = (
    HistorySort.STARTED,
    HistorySort.SET,
    HistorySort.MODE,
    HistorySort.SCORE,
    HistorySort.SCORE,
    HistorySort.TIME,
    HistorySort.STATE,
)


class HistoryModel(PagedModel[HistoryEntry]):
    """A trainee's every attempt; each column sorts by the service's matching order."""

    def __init__(self) -> None:
        super().__init__(
            [
                ("Date", lambda e: when(e.started_at)),
                ("Question set", lambda e: e.set_title),
                ("Mode", lambda e: mode_word(e.mode)),
                (
                    "Score",
                    lambda e: "—" if e.points is None else f"{e.points:g} / {e.questions}",
                ),
                ("Percent", lambda e: percent(e.percent)),
                ("Time taken", lambda e: duration(e.seconds_taken)),
                ("State", lambda e: STATE_WORDS[e.state]),
            ]
        )
        self.sorted_by = HistorySort.STARTED
        self.descending = True
        self.sort_requested: Callable[[], None] | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the database, every page (a view's header click lands here)."""
        self.sorted_by = HISTORY_SORTS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self.sort_requested is not None:
            self.sort_requested()


class DashboardModel(PagedModel[DashboardRow]):
    """A row per trainee and set: attempts, last activity, best and latest score."""

    def __init__(self) -> None:
        super().__init__(
            [
                ("Trainee", lambda r: r.trainee_name),
                ("Question set", lambda r: r.set_title),
                ("Attempts", lambda r: str(r.attempts)),
                ("Last activity", lambda r: when(r.last_activity)),
                ("Best", lambda r: percent(r.best_percent)),
                ("Latest", lambda r: percent(r.latest_percent)),
            ]
        )


def needs_a_look(figures: QuestionFigures) -> str:
    return "; ".join(FLAG_WORDS[flag] for flag in figures.statistics.flags)


class QuestionStatisticsModel(SortedColumns[QuestionFigures]):
    """The per-question figures of a set version, sortable by any of them (a figure that is
    undefined last); a question that needs a look is drawn in the theme's flag colours and
    says why in its last column (sorted by how many reasons it has)."""

    def __init__(self) -> None:
        super().__init__(
            [
                ("#", lambda q: str(q.position + 1)),
                ("Question", lambda q: q.prompt),
                ("Attempts", lambda q: str(q.statistics.attempts)),
                ("Facility", lambda q: percent(q.statistics.facility, 1)),
                ("SD", lambda q: percent(q.statistics.sd, 1)),
                ("Discrimination", lambda q: percent(q.statistics.discrimination_index, 1)),
                ("Efficiency", lambda q: percent(q.statistics.discriminative_efficiency, 1)),
                ("Needs a look", needs_a_look),
            ],
            [
                lambda q: q.position,
                lambda q: q.prompt.casefold(),
                lambda q: q.statistics.attempts,
                lambda q: q.statistics.facility,
                lambda q: q.statistics.sd,
                lambda q: q.statistics.discrimination_index,
                lambda q: q.statistics.discriminative_efficiency,
                lambda q: len(q.statistics.flags),
            ],
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        flagged = bool(self.rows[index.row()].statistics.flags)
        if role == Qt.ItemDataRole.BackgroundRole and flagged:
            return QColor(current_colours().flag_background)
        if role == Qt.ItemDataRole.ForegroundRole and flagged:
            return QColor(current_colours().text)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return self.rows[index.row()].prompt
        if role == Qt.ItemDataRole.ToolTipRole and flagged:
            return "\n".join(FLAG_REASONS[f] for f in self.rows[index.row()].statistics.flags)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() not in (1, 7):
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)
