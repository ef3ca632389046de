"""Walks the real app through every score view and photographs the X screen at each step.

Run under Xvfb (no window manager, so the window fills the screen), as trainer_tour.py:

    Xvfb :97 -screen 0 1024x768x24 &
    DISPLAY=:97 .venv/bin/python tests/ui/scores_tour.py OUT_DIR light

A fresh database in OUT_DIR gets two sets (the handbook of the other tours and the site-gear
set of the score tests, which has sections and tags), eight trainees who took them over three
weeks, each right as often as their own ability says, and a trainer passphrase. The tour shows
one trainee's scores (attempts, topics, weak questions), then the trainer's dashboard, an
attempt's review, and the handbook's item statistics. Each picture is
OUT_DIR/scores-VIEW-THEME-WIDTHxHEIGHT.png.
"""

from __future__ import annotations

import random
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from quizapp.domain.grading import Response
from quizapp.domain.questions import Question
from quizapp.domain.session import Mode, QuizSettings
from quizapp.services import attempts, start_up, trainees, trainer
from quizapp.storage.database import Database
from quizapp.ui.backend import Backend
from quizapp.ui.main_window import MainWindow
from quizapp.ui.shortcuts import Command
from quizapp.ui.theme import Theme
from tests.score_data import import_topics_set
from tests.ui.drive import settled
from tests.ui.tour_set import SET_ID, import_tour_set

PASSPHRASE = "lantern-orchard-42"
PEOPLE = {  # name: how able they are (the chance of a right answer grows with it)
    "Li Wei": 0.5,
    "Zhang Min": 0.8,
    "Wang Fang": 0.6,
    "Chen Jie": 0.2,
    "Liu Yang": 0.95,
    "Zhao Lei": 0.35,
    "Sun Hua": 0.7,
    "Zhou Ping": 0.55,
    "Huang Yan": 0.3,
    "Wu Qiang": 0.85,
    "Xu Jing": 0.45,
    "Ma Lin": 0.65,
}
START = datetime(2026, 11, 9, 8, 30, tzinfo=UTC)


class TourClock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment


def answer(question: Question, right: bool, rng: random.Random) -> Response:
    """A right answer, or a plausible wrong one."""
    if question.type == "short":
        return question.answers[0].text if right else "I am not sure"
    correct = [i for i, c in enumerate(question.choices) if c.correct]
    wrong = [i for i, c in enumerate(question.choices) if not c.correct]
    if question.type == "single":
        return correct[0] if right or not wrong else rng.choice(wrong)
    if right or not wrong:
        return frozenset(correct)
    return frozenset({*correct[:1], rng.choice(wrong)})


def take(db: Database, clock: TourClock, person: str, slug: str, skill: float, mode: Mode) -> None:
    rng = random.Random(f"{slug}{clock.moment}{skill}")
    settings = QuizSettings(count=50, mode=mode, time_limit=timedelta(hours=1))
    attempt = attempts.start_attempt(
        db, person, slug, settings, attempt_uuid=str(uuid.uuid4()), clock=clock
    )
    for item in attempt.session.items:
        # Some questions are harder than others, for every trainee alike.
        hard = (sum(map(ord, item.question.key)) % 5) / 10
        right = rng.random() < max(0.03, min(0.98, 1.6 * skill - hard))
        attempts.answer(
            db,
            attempt.uuid,
            item.position,
            answer(item.question, right, rng),
            trainee_uuid=person,
            clock=clock,
        )
    clock.moment += timedelta(minutes=rng.randrange(4, 15))
    attempts.submit(db, attempt.uuid, trainee_uuid=person, clock=clock)


def fill(db: Database, folder: Path) -> str:
    """The sets, the people and three weeks of their attempts; returns Li Wei's uuid."""
    import_tour_set(db)
    import_topics_set(db, folder)
    clock = TourClock(START)
    rng = random.Random(14)
    uuids = {name: trainees.add_trainee(db, name).uuid for name in PEOPLE}
    for day in range(21):
        for name, skill in PEOPLE.items():
            if rng.random() < (0.45 if name == "Li Wei" else 0.3):
                clock.moment = START + timedelta(days=day, hours=rng.randrange(0, 8))
                improving = skill + day * 0.01
                slug = SET_ID if rng.random() < 0.6 else "gear"
                mode = Mode.EXAM if rng.random() < 0.8 else Mode.PRACTICE
                take(db, clock, uuids[name], slug, improving, mode)
    trainer.set_passphrase(db, PASSPHRASE, clock=clock, first=True)
    return uuids["Li Wei"]


def main(out: Path, theme: str) -> int:
    _app = QApplication(sys.argv)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("scores-tour.sqlite3*"):
        old.unlink()
    db = Database(f"sqlite:///{out / 'scores-tour.sqlite3'}")
    start_up.prepared(db)
    li_wei = fill(db, out)
    settings = QSettings(str(out / "scores-tour.ini"), QSettings.Format.IniFormat)
    settings.clear()
    clock = TourClock(START + timedelta(days=22))
    backend = Backend(lambda: start_up.prepared(db), clock)
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
        QTest.qWait(400)
        target = out / f"scores-{name}-{theme}-{screen.width()}x{screen.height()}.png"
        subprocess.run(["import", "-window", "root", str(target)], check=True)
        print(target)

    area = window.trainee_area
    person = next(p for p in trainees.list_trainees(db) if p.uuid == li_wei)
    area.choose_trainee(person)
    idle()
    window.actions_by_command[Command.MY_SCORES].trigger()
    idle()
    page = area.scores_page
    page.history.view.selectRow(1)
    shot("history")
    page.tabs.setCurrentWidget(page.topics)
    shot("topics")
    page.tabs.setCurrentWidget(page.practice)
    practice = page.practice
    practice.set_box.setCurrentIndex(practice.set_box.findData(SET_ID))
    shot("practice")

    window.actions_by_command[Command.OPEN_TRAINER].trigger()
    idle()
    dialog = window.unlock_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.passphrase_field, PASSPHRASE)
    dialog.submit()
    idle()
    trainer_area = window.trainer_area
    assert trainer_area is not None
    trainer_area.tabs.setCurrentWidget(trainer_area.dashboard_page)
    idle()
    dashboard = trainer_area.dashboard_page
    dashboard.view.selectRow(2)
    idle()
    dashboard.attempts.view.selectRow(0)
    shot("dashboard")
    dashboard.attempts.open_button.click()
    idle()
    shot("review")
    assert trainer_area.review is not None
    trainer_area.review.accept()

    trainer_area.tabs.setCurrentWidget(trainer_area.statistics_page)
    idle()
    statistics = trainer_area.statistics_page
    statistics.set_box.setCurrentIndex(statistics.set_box.findData(SET_ID))
    idle()
    flagged = next((i for i, q in enumerate(statistics.model.rows) if q.statistics.flags), 0)
    statistics.view.selectRow(flagged)
    shot("statistics")

    window.close()
    idle()
    backend.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
