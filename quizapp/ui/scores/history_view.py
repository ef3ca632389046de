"""A trainee's every attempt: a table loaded as it scrolls and sorted by the database, and
(for the trainee's own view) their percent over time, a line per set. Any attempt opens to
its review."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from quizapp.services.scores import HistoryEntry, HistorySort, Page
from quizapp.ui.scores.calls import Caller, table
from quizapp.ui.scores.charts import ChartView, percent_over_time
from quizapp.ui.scores.models import HistoryModel
from quizapp.ui.sort_bar import SortBar
from quizapp.ui.widgets import muted_label

if TYPE_CHECKING:
    from quizapp.services.facade import Services

CHART_PAGE = 1000  # the chart reads every attempt, this many a call


def every_attempt(services: Services, trainee_uuid: str) -> list[HistoryEntry]:
    """Every attempt of the trainee, oldest first, read page by page on the worker."""
    entries: list[HistoryEntry] = []
    while True:
        page = services.trainee_history(
            trainee_uuid,
            sort=HistorySort.STARTED,
            descending=False,
            offset=len(entries),
            limit=CHART_PAGE,
        )
        entries += page.rows
        if not page.has_more:
            return entries


class HistoryView(QWidget):
    open_requested = Signal(str)  # an attempt's uuid: show its review (or resume it)

    def __init__(self, call: Caller, *, with_chart: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._call = call
        self.trainee_uuid: str | None = None
        self.model = HistoryModel()
        self.model.sort_requested = self.reload
        self.model.loaded.connect(self._counted)
        # Newest first, the service's own order.
        self.view = table(
            self.model, "Attempts", stretch=1, sorted_by=(0, Qt.SortOrder.DescendingOrder)
        )
        self.view.activated.connect(self._open)
        self.view.setToolTip(
            "Open an attempt to see its review; click a heading, or choose in Sort by (Alt+Y), "
            "to sort"
        )
        self.sort_bar = SortBar(self.view)
        self.count_label = muted_label()
        self.open_button = QPushButton("&Open the review")
        self.open_button.setAccessibleName("Open the review of the chosen attempt")
        self.open_button.clicked.connect(lambda: self._open(self.view.currentIndex()))
        self.open_button.setEnabled(False)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _: self.open_button.setEnabled(current.isValid())
        )
        self.chart = ChartView("Your score over time, a line per question set")
        self._with_chart = with_chart
        bar = QHBoxLayout()
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.sort_bar)
        bar.addWidget(self.open_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view, 1)
        top_layout.addLayout(bar)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.chart)
        # Hidden once it has a parent: shown before, it was a window of its own for a moment,
        # and took the focus from the main window.
        self.chart.setVisible(with_chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def show_trainee(self, trainee_uuid: str | None) -> None:
        """The trainee's attempts, from the first page, in the order the header shows; their
        chart from every graded attempt."""
        self.trainee_uuid = trainee_uuid
        self.chart.show_chart(None)
        if trainee_uuid is None:
            self.model.clear()
            self.count_label.clear()
            return
        self.reload()
        if self._with_chart:
            self._call(
                lambda s: every_attempt(s, trainee_uuid),
                lambda entries: self._chart(trainee_uuid, entries),
            )

    def reload(self) -> None:
        uuid = self.trainee_uuid
        if uuid is None:
            return
        sort, descending = self.model.sorted_by, self.model.descending

        def request(
            offset: int, deliver: Callable[[Page[HistoryEntry]], None], failed: Callable[[], None]
        ) -> None:
            self._call(
                lambda s: s.trainee_history(uuid, sort=sort, descending=descending, offset=offset),
                deliver,
                failed,
            )

        self.model.reload(request)

    def _chart(self, trainee_uuid: str, entries: list[HistoryEntry]) -> None:
        if trainee_uuid == self.trainee_uuid:
            self.chart.show_chart(percent_over_time(entries))

    def _counted(self) -> None:
        total = self.model.total
        self.count_label.setText(
            "No attempts yet." if total == 0 else f"{total} attempt{'s' * (total != 1)}."
        )

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.rows[index.row()].attempt_uuid)
