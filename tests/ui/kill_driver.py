"""Drives the real main window in its own process for test_kill.py, which SIGKILLs it.

Usage: kill_driver.py DATABASE_URL SETTINGS_FILE ANSWERS

Builds the window the way the app does (real clock), on a database holding the test's own set
(test_kill.py imports it; no shipped set is imported here, so the shipped bank's size does not
matter), adds a trainee, starts an exam and answers ANSWERS questions through the widgets,
typing the short ones; the draw is random, so it goes on past ANSWERS until it has typed one.
After each answer is in the database (the saver said so; a typed one after its pause in
typing) it prints `ANSWERED <position> <json response>`. Then it goes back to a typed question
(the move written), replaces its text with new keystrokes and, right after the last one,
prints `TYPED <position> <json text>` and `READY`, and waits in the event loop for the kill:
the test kills it 0.2 s after that keystroke, as a crash might, before any pause is over
unless the app writes typed text within a fraction of a second.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from quizapp.services import question_sets
from quizapp.ui.app import make_backend
from quizapp.ui.main_window import MainWindow

LAST_WORDS = "typed just before the kill"


def wait_for(condition: Callable[[], object], timeout_ms: int = 10_000) -> None:
    waited = 0
    while not condition():
        QTest.qWait(10)
        waited += 10
        if waited > timeout_ms:
            raise TimeoutError("the app did not get there in time")


def main(url: str, settings_file: str, answers: int) -> int:
    app = QApplication(sys.argv)
    nothing_shipped = Path(tempfile.mkdtemp())
    question_sets.questions_dir = lambda: nothing_shipped
    window = MainWindow(make_backend(url), QSettings(settings_file, QSettings.Format.IniFormat))
    ready = []
    window.ready.connect(lambda: ready.append(True))
    window.show()
    wait_for(lambda: ready)

    trainee = window.trainee_area.trainee_page
    QTest.keyClicks(trainee.name_field, "Killed Kate")
    QTest.mouseClick(trainee.add_button, Qt.MouseButton.LeftButton)
    start = window.trainee_area.start_page
    wait_for(lambda: start.start_button.isVisible() and start.start_button.isEnabled())
    QTest.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    page = window.trainee_area.quiz_page
    wait_for(page.isVisible)
    attempt = page.attempt
    assert attempt is not None
    print("ATTEMPT", attempt.uuid, flush=True)

    typed = False
    for position in range(len(attempt.session.items)):
        if position >= answers and typed:
            break
        item = page.current_item
        view = page.question_view
        if item.question.type == "short":
            typed = True
            QTest.keyClicks(view.answer_field, f"typed answer {position}")
            wait_for(lambda v=view: not v.typing_pending and page.saver.pending == 0)
        else:
            QTest.mouseClick(
                view.buttons[-1], Qt.MouseButton.LeftButton, pos=view.buttons[-1].rect().center()
            )
            wait_for(lambda: page.saver.pending == 0)  # written off the UI thread, at once
        response = item.response
        shown = sorted(response) if isinstance(response, frozenset) else response
        print("ANSWERED", position, json.dumps(shown), flush=True)
        if position < len(attempt.session.items) - 1:
            QTest.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: page.saver.pending == 0)  # a move is written just after its paint
    short = next(i for i in attempt.session.items if i.question.type == "short")
    page.go_to(short.position)
    wait_for(lambda: page.saver.pending == 0)
    field = page.question_view.answer_field
    field.selectAll()
    QTest.keyClicks(field, LAST_WORDS)
    print("TYPED", short.position, json.dumps(LAST_WORDS), flush=True)
    print("READY", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
