"""`quizapp --self-test`: the installed app proves, headless, that it works on this machine.

It takes the path a trainee's first start takes, with nothing mocked: the shipped files found
through quizapp.paths (inside the bundle when frozen), a new database built by the bundled
migrations, the shipped sets imported by the main window's own start-up (offscreen), then a
quiz started and one question answered through the services and read back. Every step prints
what it found; any failure prints why and exits 1, so CI and a support call both learn
exactly which piece is missing.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
import uuid
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtGui import QFontInfo

from quizapp import __version__, paths
from quizapp.ui.app import application, first_look, open_database
from quizapp.ui.fonts import NO_FONTS, draws_latin
from quizapp.ui.main_window import MainWindow

START_UP_TIMEOUT_MS = 60_000


class SelfTestFailed(Exception):
    pass


def _check(condition: object, failure: str) -> None:
    if not condition:
        raise SelfTestFailed(failure)


def _step(message: str) -> None:
    print(f"self-test: {message}", flush=True)


def run_self_test() -> int:
    """0 when every step passed; 1 (and the reason on stderr) otherwise."""
    # Read when the QApplication is made: the test needs no display and must not use one.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="quizapp-self-test-") as folder:
        try:
            _run(Path(folder))
        except Exception as error:  # every failure, whatever it is, must be reported as one
            traceback.print_exc()
            print(f"self-test: FAILED: {error}", file=sys.stderr, flush=True)
            return 1
    _step("passed")
    return 0


def _run(folder: Path) -> None:
    frozen = getattr(sys, "frozen", False)
    _step(f"QuizApp {__version__}, {'frozen bundle' if frozen else 'from source'}")
    shipped = sorted(paths.questions_dir().glob("*.yaml"))
    _step(f"shipped questions in {paths.questions_dir()}: {[p.name for p in shipped]}")
    _check(shipped, "the shipped questions/ folder has no set")
    _step(f"resources in {paths.resources_dir()}")

    app = application()
    url = f"sqlite:///{folder / 'self-test.sqlite3'}"
    window = MainWindow(
        lambda: open_database(url),
        QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
        first_look=lambda: first_look(url),  # None: a new database takes the full path
    )
    loop = QEventLoop()
    window.ready.connect(loop.quit)
    window.failed.connect(loop.quit)
    QTimer.singleShot(START_UP_TIMEOUT_MS, loop.quit)
    window.show()
    loop.exec()
    _check(window.started, "the main window's start-up did not finish (see the messages above)")
    _check(window.notice.text() == "", f"the window reported a problem: {window.notice.text()}")
    _step(f"main window shown offscreen ({app.platformName()}), database {url}")
    _check(not window.windowIcon().pixmap(64).isNull(), "the app icon (SVG) cannot be drawn")
    _step("window icon drawn from SVG")
    font = QFontInfo(app.font()).family()
    _check(draws_latin(app.font()), f"no installed font draws Latin letters ({NO_FONTS})")
    _step(f"text drawn with the font {font!r}")

    _quiz(window)
    window.close()
    window.database.dispose()


def _quiz(window: MainWindow) -> None:
    from quizapp.domain.grading import grade
    from quizapp.domain.session import QuizSettings
    from quizapp.services import attempts, question_sets, trainees
    from quizapp.storage.revision import HEAD_REVISION
    from quizapp.storage.schema import current_revision

    db, clock = window.database, window.clock
    revision = current_revision(db)
    _check(revision == HEAD_REVISION, f"schema revision {revision}, expected {HEAD_REVISION}")
    _step(f"schema at revision {revision} (built by the migrations)")
    sets = question_sets.list_sets(db)
    _check(sets, "no question set was imported at start-up")
    for summary in sets:
        _step(f"set {summary.slug!r} v{summary.version}: {summary.question_count} questions")

    trainee = trainees.add_trainee(db, "Self-test")
    looked = first_look(db.url.render_as_string(hide_password=False))
    _check(looked == [trainee], f"the first look read {looked}, not the trainee just added")
    _step("trainees read without SQLAlchemy by the first look (sqlite3)")
    window.choose_trainee(trainee)
    listed = [row.slug for row in window.start_page.sets_model.rows]
    _check(listed == [s.slug for s in sets], f"the start page lists {listed}")
    settings = QuizSettings(count=5, time_limit=timedelta(minutes=10))
    attempt = attempts.start_attempt(
        db, trainee.uuid, sets[0].slug, settings, attempt_uuid=str(uuid.uuid4()), clock=clock
    )
    item = attempt.session.items[0]
    question = item.question
    if question.type == "single":
        best = max(c.fraction for c in question.choices)
        response: int | frozenset[int] | str = next(
            i for i, c in enumerate(question.choices) if c.fraction == best
        )
    elif question.type == "multiple":
        response = frozenset(i for i, c in enumerate(question.choices) if c.fraction > 0)
    else:
        response = question.answers[0].text
    attempts.answer(db, attempt.uuid, 0, response, clock=clock)
    stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session.items[0]
    _check(stored.response == response, f"stored {stored.response!r}, answered {response!r}")
    earned = grade(stored.question, stored.response, attempt.session.grading).fraction
    _check(earned == question.max_fraction, f"the right answer earned {earned}")
    _step(f"answered {question.key!r} ({question.type}) rightly; stored and graded {earned:g}")

    window.open_attempt(attempt.uuid)
    _check(window.stack.currentWidget() is window.quiz_page, "the quiz page did not open")
    _check(window.quiz_page.current_item.answered, "the quiz page does not show the answer")
    _step("the quiz page shows the attempt with its answer")
