"""Walks the real app through every screen and photographs the X screen at each step.

Run under Xvfb (no window manager, so the window fills the screen):

    Xvfb :99 -screen 0 1024x768x24 &
    DISPLAY=:99 .venv/bin/python tests/ui/screenshot_tour.py OUT_DIR light

It uses the shipped speech set on a fresh database in OUT_DIR and a clock it can move, so
the last-minute warning can be shown without waiting. `import -window root` (ImageMagick)
takes each picture, exactly what a user's screen would show.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from quizapp.domain.session import Mode
from quizapp.services import start_up
from quizapp.storage.database import Database
from quizapp.ui.backend import Backend
from quizapp.ui.main_window import MainWindow
from quizapp.ui.theme import Theme
from quizapp.ui.trainee.quiz.finish_dialog import FinishDialog
from quizapp.ui.trainee.quiz.page import QuizPage
from tests.ui.drive import right_choice_numbers, settled, wrong_choice_number


class TourClock:
    def __init__(self) -> None:
        self.moment = datetime.now(UTC)

    def now(self) -> datetime:
        return self.moment


def answer_rightly(page: QuizPage) -> None:
    item = page.current_item
    if item.question.type == "short":
        QTest.keyClicks(page.question_view.answer_field, item.question.answers[0].text)
        page.question_view.commit_text()
    else:
        for number in right_choice_numbers(item):
            page.question_view.pick(number)


def answer_wrongly(page: QuizPage) -> None:
    if page.current_item.question.type == "short":
        QTest.keyClicks(page.question_view.answer_field, "the township")
        page.question_view.commit_text()
    else:
        page.question_view.pick(wrong_choice_number(page.current_item))


def main(out: Path, theme: str) -> int:
    _app = QApplication(sys.argv)  # kept alive for the whole tour
    out.mkdir(parents=True, exist_ok=True)
    database = out / "tour.sqlite3"
    database.unlink(missing_ok=True)
    db = Database(f"sqlite:///{database}")
    settings = QSettings(str(out / "tour.ini"), QSettings.Format.IniFormat)
    settings.clear()
    clock = TourClock()
    backend = Backend(lambda: start_up.prepared(db), clock)
    window = MainWindow(backend, settings)
    window.appearance.set_theme(Theme(theme))
    screen = QGuiApplication.primaryScreen().size()
    width = screen.width()
    window.setGeometry(0, 0, screen.width(), screen.height())
    window.show()
    ready: list[bool] = []
    window.ready.connect(lambda: ready.append(True))
    while not ready:
        QTest.qWait(20)

    def idle() -> None:
        """Until every database call the last step made is answered."""
        while not settled():
            QTest.qWait(10)

    def shot(name: str) -> None:
        idle()
        QTest.qWait(300)
        target = out / f"{name}-{theme}-{width}.png"
        subprocess.run(["import", "-window", "root", str(target)], check=True)
        print(target)

    # Two names already in, so the list is not empty.
    for name in ("Li Wei", "Zhang Min"):
        window.trainee_area.trainee_page.name_field.setText(name)
        window.trainee_area.trainee_page.add()
        idle()
        window.trainee_area.show_trainees()
        idle()
    window.trainee_area.trainee_page.name_field.setText("Zhang Min")
    window.trainee_area.trainee_page.add()  # a duplicate, to show the message
    shot("1-trainee")

    window.trainee_area.trainee_page.name_field.clear()
    window.trainee_area.trainee_page.list_view.setCurrentIndex(
        window.trainee_area.trainee_page.model.index(0, 0)
    )
    window.trainee_area.trainee_page.continue_button.click()
    idle()
    window.trainee_area.start_page.start()
    idle()
    page = window.trainee_area.quiz_page
    assert page.attempt is not None
    # Most answers right and a few wrong, as a real attempt looks; two left for the shots.
    for item in page.attempt.session.items[:-2]:
        page.go_to(item.position)
        if item.position % 4 == 3:
            answer_wrongly(page)
        else:
            answer_rightly(page)
        idle()
    page.go_to(1)
    page.toggle_flag()
    long_prompt = max(page.attempt.session.items[:-2], key=lambda i: len(i.question.prompt))
    page.go_to(long_prompt.position)
    shot("3-quiz")

    page.go_to(len(page.attempt.session.items) - 1)
    clock.moment += timedelta(minutes=19, seconds=25)
    page.tick()
    shot("4-quiz-last-minute")

    page.finish()
    shot("5-finish")
    dialog = page.findChild(FinishDialog)
    assert dialog is not None
    QTest.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    shot("6-results")

    window.trainee_area.results_page.wrong_only.setChecked(True)
    marked = next(
        c
        for c in window.trainee_area.results_page.cards
        if c.isVisible() and c.feedback.highlighted_words
    )
    assert marked.feedback.source_button is not None
    marked.feedback.source_button.click()
    shot("7-reader")
    assert window.trainee_area.reader is not None
    window.trainee_area.reader.close()

    window.trainee_area.results_page.done.emit()
    idle()
    window.trainee_area.start_page.practice_radio.setChecked(True)
    window.trainee_area.start_page.start()
    idle()
    assert page.attempt is not None and page.attempt.session.mode is Mode.PRACTICE
    answer_rightly(page)
    page.check()
    shot("8-practice")

    # The practice quiz is left open: the start page offers to resume it, above the history.
    window.trainee_area.show_start()
    shot("2-start")

    window.close()
    idle()
    backend.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
