"""A database that stops accepting writes mid-quiz: the trainee is told at once, the answer
stays on screen, nothing pretends to be saved, and saving resumes when the database does.

Tests run as root, where chmod does not stop writes, so every connection handed out is put
into SQLite's query_only mode instead: writes then fail exactly as on a read-only file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import event

from quizapp.services import attempts
from quizapp.storage.database import Database
from quizapp.ui.main_window import MainWindow
from quizapp.ui.widgets import NoticeKind
from tests.fakes import FakeClock
from tests.ui.drive import add_trainee, answer_current, click, finish_dialog, settle, start_quiz


@contextmanager
def read_only(db: Database) -> Iterator[None]:
    def refuse_writes(connection: Any, _record: Any, _proxy: Any) -> None:
        connection.execute("PRAGMA query_only = ON")

    def allow_writes(connection: Any, _record: Any, _proxy: Any) -> None:
        connection.execute("PRAGMA query_only = OFF")

    event.listen(db.engine, "checkout", refuse_writes)
    try:
        yield
    finally:
        event.remove(db.engine, "checkout", refuse_writes)
        event.listen(db.engine, "checkout", allow_writes)


def test_read_only_database_during_an_attempt(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    add_trainee(window, qtbot, "Ida")
    start_quiz(window, qtbot, minutes=10)
    page = window.trainee_area.quiz_page
    # The retries are made by hand below: the real timer (2 s) could fire between two steps
    # on a loaded machine and retry early, so it waits an hour here.
    page.saver.retry_timer.setInterval(3_600_000)
    attempt = page.attempt
    assert attempt is not None
    answer_current(window, qtbot)
    assert page.status_label.text() == "✔ All answers saved."

    with read_only(db):
        click(qtbot, page.next_button)
        answer_current(window, qtbot, right=False)
        position = page.current_item.position
        notice = window.notice.text()
        assert window.notice.kind is NoticeKind.ERROR
        assert "Your last answer could not be saved" in notice
        assert "readonly" in notice  # the database's own reason
        assert "Not saved yet" in page.status_label.text()
        assert page.saver.pending == 2  # the move and the answer, in order
        # The answer stays on screen and in the strip.
        assert page.current_item.answered
        assert page.nav_strip.button(position).accessibleName().endswith(": answered, current")
        if page.question_view.buttons:
            assert any(button.isChecked() for button in page.question_view.buttons)
        else:
            assert page.question_view.answer_field.text() == "water"

        # Submitting is refused while answers wait: it never carries on as if saved.
        click(qtbot, page.finish_button)
        click(qtbot, finish_dialog(window, qtbot).submit_button)
        assert window.trainee_area.currentWidget() is page
        assert "Not submitted" in page.status_label.text()

        page.saver.flush()  # what the retry timer does every few seconds
        settle(qtbot)
        assert page.saver.pending == 3  # and the time on this question, noted on submitting

    stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    assert stored.current == 0 and not stored.items[position].answered

    page.saver.flush()  # the next retry, with the database writable again
    settle(qtbot)
    assert page.saver.pending == 0
    assert window.notice.text() == ""
    assert page.status_label.text() == "✔ All answers saved."
    stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    assert stored.current == position and stored.items[position].answered


def test_retry_runs_by_itself(window: MainWindow, qtbot: QtBot, db: Database) -> None:
    add_trainee(window, qtbot, "Jo")
    start_quiz(window, qtbot, minutes=10)
    page = window.trainee_area.quiz_page
    page.saver.retry_timer.setInterval(50)  # not the real seconds
    with read_only(db):
        answer_current(window, qtbot)
        assert page.saver.pending == 1
    qtbot.waitUntil(lambda: page.saver.pending == 0, timeout=2000)
    assert window.notice.text() == ""
