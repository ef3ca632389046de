"""Walks the real app through every trainer view and photographs the X screen at each step.

Run under Xvfb (no window manager, so the window fills the screen), as screenshot_tour.py:

    Xvfb :99 -screen 0 1024x768x24 &
    DISPLAY=:99 .venv/bin/python tests/ui/trainer_tour.py OUT_DIR light

A fresh database in OUT_DIR gets the shipped sets, a few trainees and a trainer passphrase;
the tour opens trainer mode, previews a file with errors, edits a question, sets an exam,
drafts questions from a document and manages the trainees. Then a trainee takes that exam:
its card on the start page, a passed result whose answers wait for the trainer's release,
and, once released (trainer mode opened again, after a wrong passphrase), a result that did
not pass, answers shown.
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

from quizapp.domain.exams import ShowAnswers
from quizapp.services import start_up
from quizapp.storage.database import Database
from quizapp.ui.backend import Backend
from quizapp.ui.main_window import MainWindow
from quizapp.ui.shortcuts import Command
from quizapp.ui.theme import Theme
from quizapp.ui.trainee.quiz.finish_dialog import FinishDialog
from quizapp.ui.trainer.exam_dialog import ExamDialog
from tests.ui.drive import settled
from tests.ui.sample_set import import_sample_set
from tests.ui.screenshot_tour import answer

PASSPHRASE = "lantern-orchard-42"
BROKEN = """\
::duties:: Who checks every room when the alarm sounds? {=the wardens ~the visitors ~the cooks}

::essay:: Describe the last drill in your own words. {}

::lifts:: Staff leave by the lifts. {~yes ~always}

::point:: Where is the assembly point? {=the car park behind the canteen}
"""


class TourClock:
    def __init__(self) -> None:
        self.moment = datetime.now(UTC)

    def now(self) -> datetime:
        return self.moment


def main(out: Path, theme: str) -> int:
    _app = QApplication(sys.argv)
    out.mkdir(parents=True, exist_ok=True)
    database = out / "trainer-tour.sqlite3"
    for old in out.glob("trainer-tour.sqlite3*"):
        old.unlink()
    db = Database(f"sqlite:///{database}")
    settings = QSettings(str(out / "trainer-tour.ini"), QSettings.Format.IniFormat)
    settings.clear()
    clock = TourClock()
    backend = Backend(lambda: start_up.prepared(db), clock)
    start_up.prepared(db)
    import_sample_set(db)
    window = MainWindow(backend, settings)
    window.appearance.set_theme(Theme(theme))
    screen = QGuiApplication.primaryScreen().size()
    window.setGeometry(0, 0, screen.width(), screen.height())
    window.show()
    ready: list[bool] = []
    window.ready.connect(lambda: ready.append(True))
    while not ready:
        QTest.qWait(20)

    def idle() -> None:
        while not settled():
            QTest.qWait(10)

    def shot(name: str) -> None:
        idle()
        QTest.qWait(300)
        target = out / f"{name}-{theme}-{screen.width()}x{screen.height()}.png"
        subprocess.run(["import", "-window", "root", str(target)], check=True)
        print(target)

    for name in ("Li Wei", "Zhang Min", "Zhang M.", "Wang Fang"):
        window.trainee_area.trainee_page.name_field.setText(name)
        window.trainee_area.trainee_page.add()
        idle()
        window.trainee_area.show_trainees()
        idle()

    window.actions_by_command[Command.OPEN_TRAINER].trigger()
    idle()
    dialog = window.unlock_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.passphrase_field, PASSPHRASE)
    QTest.keyClicks(dialog.again_field, PASSPHRASE)
    shot("trainer-first-passphrase")
    dialog.submit()
    idle()
    area = window.trainer_area
    assert area is not None
    page = area.sets_page
    page.questions_list.setCurrentRow(1)

    broken = out / "drill-questions.gift"
    broken.write_text(BROKEN, encoding="utf-8")
    page.load_files([broken])
    idle()
    shot("trainer-load-preview")
    assert page.load_dialog is not None
    page.load_dialog.reject()

    page.edit_question()
    assert page.edit_dialog is not None
    shot("trainer-edit-question")
    page.edit_dialog.reject()

    chosen = page.chosen()
    assert chosen is not None
    exam = ExamDialog(chosen.title, chosen.question_count, chosen.exam, window)
    exam.count_box.setValue(5)
    exam.pass_box.setValue(70)
    exam.attempts_box.setValue(2)
    exam.show_box.setCurrentIndex(list(ShowAnswers).index(ShowAnswers.ON_RELEASE))
    exam.show()
    shot("trainer-exam")
    fixed = exam.settings()
    exam.reject()
    area.call(lambda s, key: s.save_exam(key, chosen.slug, fixed), lambda _: page.refresh())
    idle()
    shot("trainer-sets")

    speech = next(Path(__file__).resolve().parents[2].glob("resources/speech/*.txt"))
    area.tabs.setCurrentWidget(area.generate_page)
    area.generate_page.draft(speech)
    idle()
    drafts = area.generate_page.drafts_list
    drafts.item(1).setCheckState(Qt.CheckState.Unchecked)
    waiting = [r for r in range(drafts.count()) if drafts.item(r).text().startswith("Needs a")]
    drafts.setCurrentRow(waiting[0] if waiting else 0)  # the note over the editor says why
    shot("trainer-generate")
    area.generate_page.right_tabs.setCurrentIndex(1)
    shot("trainer-coverage-report")

    area.tabs.setCurrentWidget(area.trainees_page)
    idle()
    area.trainees_page.select("Zhang M.")
    shot("trainer-trainees")
    area.trainees_page.merge()
    assert area.trainees_page.merge_dialog is not None
    keep = area.trainees_page.merge_dialog.keep_box
    keep.setCurrentIndex(keep.findText("Zhang Min"))
    shot("trainer-merge")
    assert area.trainees_page.merge_dialog is not None
    area.trainees_page.merge_dialog.reject()

    # A trainee takes the exam just fixed.
    def sign_in(name: str) -> None:
        trainee_area.show_trainees()
        idle()
        names = trainee_area.trainee_page
        row = next(r for r in range(names.model.rowCount()) if names.model.item(r).text() == name)
        names.list_view.setCurrentIndex(names.model.index(row, 0))
        names.continue_button.click()
        idle()

    def take_exam(*, right: bool) -> None:
        start.start()
        idle()
        quiz = trainee_area.quiz_page
        assert quiz.attempt is not None
        for item in quiz.attempt.session.items:
            quiz.go_to(item.position)
            answer(quiz, right=right and item.position != 1)
            idle()
        quiz.finish()
        idle()
        finish = quiz.findChild(FinishDialog)
        assert finish is not None
        QTest.mouseClick(finish.submit_button, Qt.MouseButton.LeftButton)
        idle()

    area.leave_button.click()
    idle()
    trainee_area = window.trainee_area
    sign_in("Li Wei")
    start = trainee_area.start_page
    slugs = [summary.slug for summary in start.sets_model.rows]
    start.sets_view.select_row(slugs.index(chosen.slug))
    shot("exam-card")
    take_exam(right=True)
    shot("results-passed")
    trainee_area.results_page.done.emit()
    idle()
    take_exam(right=False)

    window.actions_by_command[Command.OPEN_TRAINER].trigger()
    idle()
    unlock = window.unlock_dialog
    assert unlock is not None
    QTest.keyClicks(unlock.passphrase_field, "orchard-lantern-24")
    unlock.submit()
    idle()
    shot("trainer-unlock")
    clock.moment += timedelta(seconds=1)
    unlock.passphrase_field.clear()
    QTest.keyClicks(unlock.passphrase_field, PASSPHRASE)
    unlock.submit()
    idle()
    area.sets_page.toggle_release()
    idle()
    area.leave_button.click()
    idle()
    sign_in("Li Wei")
    trainee_area.open_attempt(start.history_model.rows[0].uuid)
    shot("results-not-passed")

    window.close()
    idle()
    backend.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
