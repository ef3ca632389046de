"""Replies lost after the commit, seen from the window: pressing Start again, and the saver's
retry of a move, find the work already stored instead of doing it twice (issue 11, point 3).

The connection is patched to drop right after the database committed (tests/fakes.py).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from quizapp.services import attempts
from quizapp.storage.database import Database
from quizapp.ui.main_window import MainWindow
from tests.fakes import DropAfterCommit, FakeClock
from tests.ui.drive import add_trainee, click, settle, start_quiz


def test_start_pressed_again_after_a_lost_reply_opens_the_attempt_it_stored(
    window: MainWindow, qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_trainee(window, qtbot, "Lee")
    link = DropAfterCommit(db, monkeypatch)
    area = window.trainee_area
    page = area.start_page
    page.time_box.setCurrentIndex(page.time_box.findText("10 minutes"))
    link.armed = True
    click(qtbot, page.start_button)
    assert link.dropped == 1
    assert area.currentWidget() is page
    assert "server closed the connection" in window.notice.text()

    click(qtbot, page.start_button)
    assert area.currentWidget() is area.quiz_page
    opened = area.quiz_page.attempt
    assert opened is not None
    assert [a.uuid for a in attempts.list_attempts(db)] == [opened.uuid]


def test_a_move_retried_after_a_lost_reply_counts_its_time_once(
    window: MainWindow,
    qtbot: QtBot,
    db: Database,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_trainee(window, qtbot, "Max")
    start_quiz(window, qtbot, minutes=10)
    page = window.trainee_area.quiz_page
    attempt = page.attempt
    assert attempt is not None
    link = DropAfterCommit(db, monkeypatch)
    clock.advance(timedelta(seconds=30))
    link.armed = True
    click(qtbot, page.next_button)  # waits for the move's write, which the link loses
    assert link.dropped == 1 and page.saver.pending == 1  # failed for the page: kept

    page.saver.flush()  # what the retry timer does
    settle(qtbot)
    assert page.saver.pending == 0
    stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    assert stored.current == 1
    assert stored.items[0].seconds_spent == 30.0
