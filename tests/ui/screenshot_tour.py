"""Walks the real app through every trainee screen and photographs the X screen at each step.

Run under Xvfb (no window manager: the window is placed at the top left, at the size asked):

    Xvfb :95 -screen 0 1920x1080x24 &
    DISPLAY=:95 .venv/bin/python tests/ui/screenshot_tour.py OUT_DIR light 1024x768

It imports its own set (tests/ui/tour_set.py: a dozen questions of every kind, whatever the
shipped bank holds) into a fresh database in OUT_DIR, and moves a clock of its own, so the
last-minute warning shows without waiting. `import -window root` (ImageMagick) takes each
picture, cropped to the window's size: exactly what a trainee's screen would show, dialogs
included. Each picture is OUT_DIR/SCREEN-THEME-WIDTHxHEIGHT.png.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from quizapp.domain.session import Mode
from quizapp.services import start_up
from quizapp.storage.database import Database
from quizapp.storage.schema import prepare
from quizapp.ui.backend import Backend
from quizapp.ui.main_window import MainWindow
from quizapp.ui.shortcuts import Command
from quizapp.ui.theme import Theme
from quizapp.ui.trainee.quiz.finish_dialog import FinishDialog
from quizapp.ui.trainee.quiz.page import QuizPage
from tests.ui.drive import right_choice_numbers, settled, wrong_choice_number
from tests.ui.tour_set import SET_ID, import_tour_set


class TourClock:
    def __init__(self) -> None:
        self.moment = datetime.now(UTC)

    def now(self) -> datetime:
        return self.moment


def answer(page: QuizPage, *, right: bool) -> None:
    item = page.current_item
    if item.question.type == "short":
        text = item.question.answers[0].text if right else "the township"
        QTest.keyClicks(page.question_view.answer_field, text)
        page.question_view.commit_text()
    elif right:
        for number in right_choice_numbers(item):
            page.question_view.pick(number)
    else:
        page.question_view.pick(wrong_choice_number(item))


def main(out: Path, theme: str, size: str) -> int:
    _app = QApplication(sys.argv)  # kept alive for the whole tour
    width, height = (int(n) for n in size.split("x"))
    out.mkdir(parents=True, exist_ok=True)
    database = out / f"tour-{theme}-{size}.sqlite3"
    for leftover in out.glob(f"{database.name}*"):
        leftover.unlink()
    db = Database(f"sqlite:///{database}")
    prepare(db)
    import_tour_set(db)
    settings = QSettings(str(out / f"tour-{theme}-{size}.ini"), QSettings.Format.IniFormat)
    settings.clear()
    clock = TourClock()
    backend = Backend(lambda: start_up.prepared(db), clock)
    window = MainWindow(backend, settings)
    window.appearance.set_theme(Theme(theme))
    window.setGeometry(0, 0, width, height)
    window.show()
    ready: list[bool] = []
    window.ready.connect(lambda: ready.append(True))
    while not ready:
        QTest.qWait(20)
    area = window.trainee_area

    def idle() -> None:
        """Until every database call the last step made is answered."""
        while not settled():
            QTest.qWait(10)

    def shot(name: str) -> None:
        idle()
        QTest.qWait(300)
        target = out / f"{name}-{theme}-{size}.png"
        crop = f"{width}x{height}+0+0"
        subprocess.run(
            ["import", "-window", "root", "-crop", crop, "+repage", str(target)], check=True
        )
        print(target)

    def with_box(then: Callable[[QMessageBox], None]) -> None:
        """`then(box)` once the next message box is up (it runs its own event loop)."""

        def look() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                then(box)
            else:
                QTimer.singleShot(20, look)

        QTimer.singleShot(20, look)

    trainees = area.trainee_page
    for name in ("Li Wei", "Zhang Min", "Ana Souza"):
        trainees.name_field.setText(name)
        trainees.add()
        idle()
        area.show_trainees()
        idle()
    trainees.name_field.setText("zhang min")
    trainees.add()  # a name already there, to show the message
    shot("trainee")

    trainees.name_field.clear()
    trainees.list_view.setCurrentIndex(trainees.model.index(0, 0))
    trainees.continue_button.click()
    idle()
    start = area.start_page
    ours = next(i for i, summary in enumerate(start.sets_model.rows) if summary.slug == SET_ID)
    start.sets_view.select_row(ours)
    start.count_box.setValue(12)
    start.start()
    idle()
    page = area.quiz_page
    assert page.attempt is not None
    items = page.attempt.session.items
    # Most answers right, a few wrong, two left unanswered and one flagged for the summary.
    for item in items[:-2]:
        page.go_to(item.position)
        answer(page, right=item.position % 4 != 3)
        idle()
    page.go_to(1)
    page.toggle_flag()
    choice = next(i for i in items[:-2] if i.question.type == "multiple")
    page.go_to(choice.position)
    shot("quiz-exam")
    typed = next(i for i in items[:-2] if i.question.type == "short")
    page.go_to(typed.position)
    shot("quiz-typed")

    page.go_to(len(items) - 1)
    clock.moment += timedelta(minutes=19, seconds=25)
    page.tick()
    shot("quiz-last-minute")

    def leave_question(box: QMessageBox) -> None:
        shot("quit-exam")
        button = next(b for b in box.buttons() if b.text() == "Back to the exam")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    with_box(leave_question)
    window.actions_by_command[Command.QUIT].trigger()

    page.finish()
    shot("finish")
    dialog = page.findChild(FinishDialog)
    assert dialog is not None
    QTest.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    shot("results")

    results = area.results_page
    results.wrong_only.setChecked(True)
    marked = next(c for c in results.cards if c.isVisible() and c.feedback.highlighted_words)
    assert marked.feedback.source_button is not None
    marked.feedback.source_button.click()
    shot("reader")
    assert area.reader is not None
    area.reader.close()

    results.done.emit()
    idle()
    start.practice_radio.setChecked(True)
    start.start()
    idle()
    assert page.attempt is not None and page.attempt.session.mode is Mode.PRACTICE
    single = next(i for i in page.attempt.session.items if i.question.type == "single")
    page.go_to(single.position)
    answer(page, right=False)
    page.check()
    shot("practice")

    # The practice is left for now: the start page offers to resume it, above the history.
    page.leave()
    idle()
    shot("start")

    window.close()
    idle()
    backend.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2], sys.argv[3]))
