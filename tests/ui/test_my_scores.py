"""The trainee's My scores, driven through the real widgets: every attempt (sorted by the
database, loaded as the table scrolls, charted per set, opened to its review), percent right
by topic, and a practice of weak questions that moves the schedule on."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QHorizontalBarSeries, QLineSeries
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from quizapp.domain.session import AttemptState, Mode
from quizapp.domain.trainees import Trainee
from quizapp.services import practice
from quizapp.services.scores import HistorySort
from quizapp.storage.database import Database
from quizapp.ui.main_window import MainWindow
from quizapp.ui.scores.trainee_scores import TraineeScoresPage
from quizapp.ui.shortcuts import Command
from quizapp.ui.theme import DARK_COLOURS, LIGHT_COLOURS, Theme
from tests.fakes import FakeClock
from tests.score_data import RIGHT, dana_four_times, take
from tests.ui.drive import answer_current, click, finish_dialog, settle
from tests.ui.sample_set import SET_ID


@pytest.fixture
def dana(db: Database, clock: FakeClock, tmp_path: Path) -> Trainee:
    return dana_four_times(db, clock, tmp_path)


def open_my_scores(window: MainWindow, qtbot: QtBot, person: Trainee) -> TraineeScoresPage:
    area = window.trainee_area
    area.choose_trainee(person)
    settle(qtbot)
    assert area.currentWidget() is area.start_page
    click(qtbot, area.start_page.scores_button)
    assert area.currentWidget() is area.scores_page
    return area.scores_page


def test_history_sorts_charts_and_opens_a_review(
    window: MainWindow, qtbot: QtBot, dana: Trainee
) -> None:
    page = open_my_scores(window, qtbot, dana)
    history = page.history
    assert history.model.total == 4 and history.count_label.text() == "4 attempts."
    assert [e.percent for e in history.model.rows] == [100.0, 70.0, 0.0, 100.0]  # newest first
    assert history.model.index(1, 3).data() == "3.5 / 5"

    # A click on the Percent heading sorts by the database; a second click turns it round.
    header = history.view.horizontalHeader()
    percent_heading = QPoint(
        header.sectionViewportPosition(4) + header.sectionSize(4) // 2, header.height() // 2
    )
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=percent_heading)
    settle(qtbot)
    assert history.model.sorted_by is HistorySort.SCORE
    first = [e.percent for e in history.model.rows]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=percent_heading)
    settle(qtbot)
    second = [e.percent for e in history.model.rows]
    assert sorted([first, second]) == [[0.0, 70.0, 100.0, 100.0], [100.0, 100.0, 70.0, 0.0]]

    # The chart: one line for the set, through each graded attempt's percent, oldest first.
    chart = history.chart.chart()
    (line,) = [s for s in chart.series() if isinstance(s, QLineSeries)]
    assert line.name() == "Site gear"
    assert [round(p.y()) for p in line.points()] == [100, 0, 70, 100]

    # Open the attempt half right: its review, and Done comes back to My scores.
    row = next(i for i, e in enumerate(history.model.rows) if e.percent == 70.0)
    history.view.setCurrentIndex(history.model.index(row, 0))
    click(qtbot, history.open_button)
    area = window.trainee_area
    assert area.currentWidget() is area.results_page
    assert area.results_page.score_label.text().startswith("3.5 of 5 points (70 %)")
    click(qtbot, area.results_page.done_button)
    assert area.currentWidget() is area.scores_page


def test_the_history_loads_as_it_scrolls(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock, dana: Trainee
) -> None:
    for _ in range(110):
        take(db, clock, dana.uuid, RIGHT, count=1, minutes=1)
    page = open_my_scores(window, qtbot, dana)
    model = page.history.model
    assert model.total == 114 and model.rowCount() == 100 and model.canFetchMore()
    page.history.view.scrollToBottom()
    settle(qtbot)
    assert model.rowCount() == 114 and not model.canFetchMore()
    assert len({e.attempt_uuid for e in model.rows}) == 114


def test_by_topic_shows_the_weakest_first(window: MainWindow, qtbot: QtBot, dana: Trainee) -> None:
    page = open_my_scores(window, qtbot, dana)
    page.tabs.setCurrentWidget(page.topics)
    topics = page.topics
    topics.set_box.setCurrentIndex(topics.set_box.findText("Site gear"))
    settle(qtbot)
    rows = topics.model.rows
    assert [t.percent for t in rows] == sorted(t.percent for t in rows)
    names = {(t.kind, t.name) for t in rows}
    assert {("section", "Gear"), ("section", "Numbers"), ("tag", "ppe")} <= names
    (series,) = topics.chart.chart().series()
    assert isinstance(series, QHorizontalBarSeries)
    (bars,) = series.barSets()
    # The weakest is drawn at the top, that is last.
    assert [round(bars.at(i), 3) for i in range(bars.count())] == [
        round(t.percent, 3) for t in reversed(rows)
    ]


def test_a_weak_question_practice_runs_and_moves_the_schedule(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock, dana: Trainee
) -> None:
    page = open_my_scores(window, qtbot, dana)
    page.tabs.setCurrentWidget(page.practice)
    view = page.practice
    view.set_box.setCurrentIndex(view.set_box.findData(SET_ID))
    settle(qtbot)
    assert view.outlook is not None and view.outlook.unseen == 5 and view.outlook.due == 0
    assert "5 never asked" in view.outlook_label.text()

    click(qtbot, view.start_button)
    area = window.trainee_area
    assert area.currentWidget() is area.quiz_page
    quiz = area.quiz_page
    attempt = quiz.attempt
    assert attempt is not None and attempt.session.mode is Mode.PRACTICE
    for position in range(len(attempt.session.items)):
        quiz.go_to(position)
        settle(qtbot)
        answer_current(window, qtbot, right=True)
        click(qtbot, quiz.check_button)
    click(qtbot, quiz.finish_button)
    click(qtbot, finish_dialog(window, qtbot).submit_button)
    settle(qtbot)
    assert area.currentWidget() is area.results_page
    assert area.results_page.attempt is not None
    assert area.results_page.attempt.session.state is AttemptState.SUBMITTED

    # Every question answered right is scheduled for later: nothing to practise now.
    outlook = practice.outlook(db, dana.uuid, SET_ID, clock=clock)
    assert (outlook.due, outlook.wrong, outlook.unseen) == (0, 0, 0)
    assert outlook.next_due is not None and outlook.next_due > clock.now()
    click(qtbot, area.results_page.done_button)
    assert area.currentWidget() is area.scores_page
    assert not view.start_button.isEnabled()
    assert "next one is due" in view.outlook_label.text()

    # Once due, it comes back.
    clock.advance(outlook.next_due - clock.now() + timedelta(minutes=1))
    view.reload()
    settle(qtbot)
    assert view.outlook is not None and view.outlook.due >= 1 and view.start_button.isEnabled()


def test_my_scores_has_a_menu_command_and_its_key(
    window: MainWindow, qtbot: QtBot, dana: Trainee
) -> None:
    action = window.actions_by_command[Command.MY_SCORES]
    assert not action.isEnabled()  # nobody is training yet
    window.trainee_area.choose_trainee(dana)
    settle(qtbot)
    assert action.isEnabled() and "Ctrl+Shift+S" in action.shortcut().toString()
    action.trigger()
    settle(qtbot)
    assert window.trainee_area.currentWidget() is window.trainee_area.scores_page


def test_the_charts_take_the_themes_colours(
    window: MainWindow, qtbot: QtBot, dana: Trainee
) -> None:
    page = open_my_scores(window, qtbot, dana)
    view = page.history.chart
    for theme, colours in ((Theme.DARK, DARK_COLOURS), (Theme.LIGHT, LIGHT_COLOURS)):
        window.appearance.set_theme(theme)
        chart = view.chart()
        assert chart.backgroundBrush().color().name() == colours.base
        (line,) = chart.series()
        assert isinstance(line, QLineSeries) and line.pen().color().name() == colours.accent
        assert len(line.points()) == 4  # the same data, drawn again
