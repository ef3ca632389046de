"""The trainer's dashboard: every trainee with attempts, a row per set they took (attempts,
last activity, best and latest score), filtered by set, trainee and dates, loaded as it
scrolls. The chosen row's trainee's attempts show below, each opening to its review; the
filter's results go out as CSV, the chosen trainee's as a PDF report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from quizapp.services.errors import ServiceError
from quizapp.services.scores import DashboardFilter, DashboardRow, Page
from quizapp.services.set_admin import TrainerSet
from quizapp.services.trainee_admin import TraineeOverview
from quizapp.ui.scores.calls import table, trainer_caller
from quizapp.ui.scores.exports import Exports
from quizapp.ui.scores.history_view import HistoryView
from quizapp.ui.scores.models import DashboardModel
from quizapp.ui.widgets import heading, muted_label

if TYPE_CHECKING:
    from quizapp.ui.trainer.area import TrainerArea

EVERYONE = ""
DEFAULT_DAYS = 30  # the date range offered before the trainer changes it


def local_day_start(day: QDate) -> datetime:
    """The instant the trainer's local day begins, in UTC as attempts are stored."""
    moment = datetime(day.year(), day.month(), day.day()).astimezone()
    return moment.astimezone(UTC)


class DashboardPage(QWidget):
    open_requested = Signal(str)  # an attempt's uuid: show its review

    def __init__(self, area: TrainerArea, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._area = area
        call = trainer_caller(area)
        self.exports = Exports(area, self)
        self.set_box = QComboBox()
        self.set_box.setAccessibleName("Only this question set")
        self.trainee_box = QComboBox()
        self.trainee_box.setAccessibleName("Only this trainee")
        self.dates_box = QCheckBox("&Between")
        self.dates_box.setAccessibleName("Only attempts started between two dates")
        self.since_edit = QDateEdit()
        self.until_edit = QDateEdit()
        # The range offered: the last DEFAULT_DAYS days, by the app's clock.
        today = area.now().astimezone().date()
        for edit, name, day in (
            (self.since_edit, "From", today - timedelta(days=DEFAULT_DAYS)),
            (self.until_edit, "Until, inclusive", today),
        ):
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _: self.reload())
        self.dates_box.toggled.connect(self._dates_toggled)
        self.order_box = QComboBox()
        self.order_box.setAccessibleName("Order of the trainees")
        self.order_box.addItem("by name", False)
        self.order_box.addItem("most recently active first", True)
        for box in (self.set_box, self.trainee_box, self.order_box):
            box.currentIndexChanged.connect(lambda _: self.reload())
        self.model = DashboardModel()
        self.model.loaded.connect(self._counted)
        self.view = table(self.model, "Trainees and their scores per set", stretch=0)
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.count_label = muted_label()
        self.csv_button = QPushButton("E&xport CSV…")
        self.csv_button.setAccessibleName("Export the filtered attempts and answers as CSV")
        self.csv_button.clicked.connect(self._export_csv)
        self.pdf_button = QPushButton("&PDF report of the trainee…")
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(self._export_pdf)
        self.attempts_label = heading("Attempts", "heading")
        self.attempts = HistoryView(call, with_chart=False)
        self.attempts.open_requested.connect(self.open_requested)

        filters = QGridLayout()
        filters.addWidget(_buddy("Question s&et:", self.set_box), 0, 0)
        filters.addWidget(self.set_box, 0, 1)
        filters.addWidget(_buddy("Tr&ainee:", self.trainee_box), 0, 2)
        filters.addWidget(self.trainee_box, 0, 3)
        # Not "Sort by", which the attempts' table below answers to (Alt+Y): ui/sort_bar.py.
        filters.addWidget(_buddy("List trai&nees:", self.order_box), 0, 4)
        filters.addWidget(self.order_box, 0, 5)
        dates = QHBoxLayout()
        dates.addWidget(self.dates_box)
        dates.addWidget(self.since_edit)
        dates.addWidget(QLabel("and"))
        dates.addWidget(self.until_edit)
        dates.addStretch(1)
        filters.addLayout(dates, 1, 0, 1, 6)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.view, 1)
        top_layout.addLayout(buttons)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.attempts_label)
        bottom_layout.addWidget(self.attempts, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._filling = False

    def refresh(self) -> None:
        """The sets and trainees to filter by, then the rows, read afresh."""
        self._area.call(
            lambda s, key: (s.trainer_sets(key), s.trainee_overview(key)),
            lambda found: self._choices(*found),
        )

    def _choices(self, sets: list[TrainerSet], people: list[TraineeOverview]) -> None:
        self._filling = True
        for box, items, everyone in (
            (self.set_box, [(s.title, s.slug) for s in sets], "Every set"),
            (self.trainee_box, [(p.name, p.uuid) for p in people], "Every trainee"),
        ):
            wanted = box.currentData()
            box.clear()
            box.addItem(everyone, EVERYONE)
            for text, data in items:
                box.addItem(text, data)
            box.setCurrentIndex(max(box.findData(wanted), 0))
        self._filling = False
        self.reload()

    def which(self) -> DashboardFilter:
        since = until = None
        if self.dates_box.isChecked():
            since = local_day_start(self.since_edit.date())
            until = local_day_start(self.until_edit.date().addDays(1))
        return DashboardFilter(
            set_slug=self.set_box.currentData() or None,
            trainee_uuid=self.trainee_box.currentData() or None,
            since=since,
            until=until,
        )

    def reload(self) -> None:
        if self._filling:
            return
        which, by_activity = self.which(), bool(self.order_box.currentData())
        self.attempts.show_trainee(None)
        self.attempts_label.setText("Attempts: choose a row above")
        self.pdf_button.setEnabled(False)

        def request(
            offset: int, deliver: Callable[[Page[DashboardRow]], None], failed: Callable[[], None]
        ) -> None:
            def refused(error: ServiceError) -> None:
                failed()
                self._area.tell(str(error))

            self._area.call(
                lambda s, key: s.dashboard(key, which, by_activity=by_activity, offset=offset),
                deliver,
                failed=refused,
            )

        self.model.reload(request)

    def _dates_toggled(self, on: bool) -> None:
        self.since_edit.setEnabled(on)
        self.until_edit.setEnabled(on)
        self.reload()

    def _counted(self) -> None:
        total = self.model.total
        self.count_label.setText(
            "No attempts match." if total == 0 else f"{total} trainee{'s' * (total != 1)}."
        )

    def chosen(self) -> DashboardRow | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.rows[current.row()] if current.isValid() else None
        self.pdf_button.setEnabled(row is not None)
        if row is None:
            return
        self.attempts_label.setText(f"Attempts of {row.trainee_name}")
        self.attempts.show_trainee(row.trainee_uuid)

    def _export_csv(self) -> None:
        which = self.which()
        name = self.trainee_box.currentText() if which.trainee_uuid else None
        self.exports.csv(set_slug=which.set_slug, trainee_name=name)

    def _export_pdf(self) -> None:
        row = self.chosen()
        if row is not None:
            self.exports.trainee_pdf(row.trainee_name, self.set_box.currentData() or None)


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label
