"""Sorting the score views' tables from the keyboard (ui/sort_bar.py): Alt+Y reaches "Sort by",
the arrow keys choose the column, Tab and Space turn the order round; the rows follow, and the
header's indicator says the same as the bar (a heading clicked moves the bar too)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from quizapp.domain.trainees import Trainee
from quizapp.services import trainer
from quizapp.services.scores import HistorySort
from quizapp.storage.database import Database
from quizapp.ui.columns_model import SortedColumns
from quizapp.ui.main_window import MainWindow
from quizapp.ui.sort_bar import SortBar
from tests.fakes import FakeClock
from tests.score_data import (
    dana_and_eli,
    dana_four_times,
)
from tests.ui.drive import click, focused, press, settle
from tests.ui.trainer_steps import PASSPHRASE, open_statistics, open_trainer

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
DESCENDING = Qt.SortOrder.DescendingOrder
ASCENDING = Qt.SortOrder.AscendingOrder


def indicator(view: QTableView) -> tuple[int, Qt.SortOrder]:
    header = view.horizontalHeader()
    return header.sortIndicatorSection(), header.sortIndicatorOrder()


def bar_says(bar: SortBar) -> tuple[str, bool]:
    return bar.column_box.currentText(), bar.descending_box.isChecked()


@pytest.fixture
def dana(db: Database, clock: FakeClock, tmp_path: Path) -> Trainee:
    return dana_four_times(db, clock, tmp_path)


def test_my_scores_sorts_by_keyboard_and_the_header_and_bar_agree(
    window: MainWindow, qtbot: QtBot, dana: Trainee
) -> None:
    qtbot.waitActive(window)
    area = window.trainee_area
    area.choose_trainee(dana)
    settle(qtbot)
    click(qtbot, area.start_page.scores_button)
    history = area.scores_page.history
    bar = history.sort_bar
    assert [e.percent for e in history.model.rows] == [100.0, 70.0, 0.0, 100.0]  # newest first
    assert bar_says(bar) == ("Date", True) and indicator(history.view) == (0, DESCENDING)

    history.view.setFocus()
    press(qtbot, Key.Key_Y, ALT)
    assert focused() is bar.column_box
    for _ in range(4):  # Date, Question set, Mode, Score, Percent
        press(qtbot, Key.Key_Down)
    assert bar_says(bar) == ("Percent", True)
    assert indicator(history.view) == (4, DESCENDING)
    assert history.model.sorted_by is HistorySort.SCORE and history.model.descending
    assert [e.percent for e in history.model.rows] == [100.0, 100.0, 70.0, 0.0]

    press(qtbot, Key.Key_Tab)
    assert focused() is bar.descending_box
    press(qtbot, Key.Key_Space)
    assert bar_says(bar) == ("Percent", False)
    assert indicator(history.view) == (4, ASCENDING)
    assert [e.percent for e in history.model.rows] == [0.0, 70.0, 100.0, 100.0]

    # A heading clicked moves the bar: Mode, ascending as a first click sorts.
    header = history.view.horizontalHeader()
    mode_heading = QPoint(
        header.sectionViewportPosition(2) + header.sectionSize(2) // 2, header.height() // 2
    )
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=mode_heading)
    settle(qtbot)
    assert indicator(history.view)[0] == 2
    assert bar_says(bar) == ("Mode", indicator(history.view)[1] == DESCENDING)
    assert history.model.sorted_by is HistorySort.MODE


@pytest.fixture
def room(db: Database, clock: FakeClock, tmp_path: Path) -> None:
    """Three exam attempts on the gear set (score_data.dana_and_eli)."""
    trainer.set_passphrase(db, PASSPHRASE, clock=clock, first=True)
    dana_and_eli(db, clock, tmp_path)


def test_item_statistics_sort_by_keyboard_keeping_the_question_chosen(
    window: MainWindow, qtbot: QtBot, room: None
) -> None:
    area = open_trainer(window, qtbot)
    window.activateWindow()  # from the passphrase's dialog
    qtbot.waitActive(window)
    page = open_statistics(area, qtbot, "gear")
    model, bar = page.model, page.sort_bar
    assert [q.position for q in model.rows] == [0, 1, 2, 3, 4]
    assert bar_says(bar) == ("#", False) and indicator(page.view) == (0, ASCENDING)
    kit = next(n for n, q in enumerate(model.rows) if q.key == "g-kit")
    page.view.setCurrentIndex(model.index(kit, 0))
    page.view.setFocus()

    press(qtbot, Key.Key_Y, ALT)
    assert focused() is bar.column_box
    for _ in range(3):  # #, Question, Attempts, Facility
        press(qtbot, Key.Key_Down)
    assert bar_says(bar) == ("Facility", False) and indicator(page.view) == (3, ASCENDING)
    facilities = [q.statistics.facility for q in model.rows]
    assert None not in facilities and facilities == sorted(facilities)
    assert facilities[-1] == 100.0 and model.rows[-1].key == "g-helmet"
    # The question chosen stays chosen where the sort put it, and its answers stay shown.
    assert model.rows[page.view.currentIndex().row()].key == "g-kit"
    assert page.responses_label.text().startswith("Question 3:")

    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Space)
    assert bar_says(bar) == ("Facility", True) and indicator(page.view) == (3, DESCENDING)
    assert [q.statistics.facility for q in model.rows] == facilities[::-1]
    assert model.rows[0].key == "g-helmet"
    assert model.rows[page.view.currentIndex().row()].key == "g-kit"

    # New figures (each trainee's first attempt only) come in the order asked for.
    click(qtbot, page.first_box)
    firsts = [q.statistics.facility for q in model.rows]
    assert firsts == sorted(firsts, reverse=True)
    assert bar_says(bar) == ("Facility", True)


@dataclass(frozen=True)
class Item:
    name: str
    mark: float | None


def test_sorted_columns_put_rows_without_a_value_last_either_way() -> None:
    model = SortedColumns[Item](
        [("Name", lambda i: i.name), ("Mark", lambda i: str(i.mark))],
        [lambda i: i.name, lambda i: i.mark],
    )
    model.set_rows([Item("b", None), Item("a", 2.0), Item("c", 1.0), Item("d", 2.0)])
    assert [i.name for i in model.rows] == ["a", "b", "c", "d"]  # by the first column
    model.sort(1, ASCENDING)
    assert [i.name for i in model.rows] == ["c", "a", "d", "b"]
    model.sort(1, DESCENDING)
    assert [i.name for i in model.rows] == ["a", "d", "c", "b"]  # ties as they came
    model.set_rows([Item("e", 0.0), Item("f", 5.0)])
    assert [i.name for i in model.rows] == ["f", "e"]
    with pytest.raises(ValueError, match="a sort key per column"):
        SortedColumns[Item]([("Name", lambda i: i.name)], [])


def test_only_the_sorted_column_keeps_room_for_the_sort_arrow(window: MainWindow) -> None:
    """Qt keeps room for the arrow in every heading of a sortable table; ours keeps it in
    the sorted one, so the rest are as wide as in a table that does not sort (under the app's
    style sheet, which the window put on)."""
    from quizapp.ui.scores.calls import table

    def widths(view: QTableView) -> list[int]:
        header = view.horizontalHeader()
        return [header.sectionSizeFromContents(c).width() for c in range(header.count())]

    model = SortedColumns[Item](
        [("Name", lambda i: i.name), ("Discrimination", lambda i: str(i.mark))],
        [lambda i: i.name, lambda i: i.mark],
    )
    plain = table(model, "plain", stretch=0)
    sorting = table(model, "sorting", stretch=0, sorted_by=(1, DESCENDING))
    plain_widths, sorting_widths = widths(plain), widths(sorting)
    assert sorting_widths[0] == plain_widths[0]
    assert sorting_widths[1] > plain_widths[1]
    sorting.horizontalHeader().setSortIndicator(0, ASCENDING)
    assert widths(sorting) == [
        sorting_widths[1] - plain_widths[1] + plain_widths[0],
        plain_widths[1],
    ]
