"""`quizapp --self-test`: the installed app proves, headless, that it works on this machine.

It takes the path a trainee's first start takes, with nothing mocked: the shipped files found
through quizapp.paths (inside the bundle when frozen), a new database built by the bundled
migrations through the start-up service, the shipped sets imported by the main window's own
start-up (offscreen), then a quiz started and one question answered through the backend's
worker thread and read back. Every step prints what it found; any failure prints why and
exits 1, so CI and a support call both learn exactly which piece is missing.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtGui import QFontInfo

from quizapp import __version__, paths
from quizapp.services import start_up
from quizapp.ui.app import application, make_backend
from quizapp.ui.backend import Backend
from quizapp.ui.fonts import NO_FONTS, draws_latin
from quizapp.ui.main_window import MainWindow

if TYPE_CHECKING:
    from quizapp.services.facade import Services

T = TypeVar("T")

START_UP_TIMEOUT_MS = 60_000


class SelfTestFailed(Exception):
    pass


def _check(condition: object, failure: str) -> None:
    if not condition:
        raise SelfTestFailed(failure)


def _step(message: str) -> None:
    print(f"self-test: {message}", flush=True)


def _wait(signals_done: Callable[[Callable[[], None]], object]) -> None:
    """Run the event loop until `signals_done`'s callback is called, or the time runs out."""
    loop = QEventLoop()
    signals_done(loop.quit)
    QTimer.singleShot(START_UP_TIMEOUT_MS, loop.quit)
    loop.exec()


def _call(backend: Backend, work: Callable[[Services], T]) -> T:
    """`work` on the backend's worker, as the pages run theirs; its result, or its error."""
    outcome: list[T] = []
    errors: list[Exception] = []

    def run(finished: Callable[[], None]) -> None:
        def done(result: T) -> None:
            outcome.append(result)
            finished()

        def failed(error: Exception) -> None:
            errors.append(error)
            finished()

        backend.call(work, done, failed)

    _wait(run)
    if errors:
        raise errors[0]
    _check(outcome, "the database call did not finish in time")
    return outcome[0]


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
    backend = make_backend(url)  # its first look says None: a new database
    window = MainWindow(
        backend, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    )

    def start(finished: Callable[[], None]) -> None:
        window.ready.connect(finished)
        window.failed.connect(finished)
        window.show()

    _wait(start)
    _check(window.started, "the main window's start-up did not finish (see the messages above)")
    _check(window.notice.text() == "", f"the window reported a problem: {window.notice.text()}")
    _step(f"main window shown offscreen ({app.platformName()}), database {url}")
    _check(not window.windowIcon().pixmap(64).isNull(), "the app icon (SVG) cannot be drawn")
    _step("window icon drawn from SVG")
    font = QFontInfo(app.font()).family()
    _check(draws_latin(app.font()), f"no installed font draws Latin letters ({NO_FONTS})")
    _step(f"text drawn with the font {font!r}")

    _quiz(window, url)
    _chart()
    window.close()
    backend.close()


def _chart() -> None:
    """Qt Charts comes from another wheel (PySide6-Addons) than the rest of Qt: a bundle
    without its library would fail only when a trainee opens their scores."""
    from quizapp.ui.scores.charts import ChartView, score_histogram

    view = ChartView("self-test")
    view.resize(400, 300)
    view.show_chart(score_histogram([0, 1, 2, 3, 5, 8, 5, 3, 2, 1]))
    _check(len(view.chart().series()) == 1, "the score histogram has no series")
    _check(not view.grab().isNull(), "a chart cannot be drawn")
    _step("a score chart drawn (Qt Charts)")


def _quiz(window: MainWindow, url: str) -> None:
    from quizapp.domain.grading import grade
    from quizapp.domain.questions import AcceptedAnswer, Question
    from quizapp.domain.session import QuizSettings

    backend, area = window.backend, window.trainee_area
    revision, head = _call(backend, lambda s: s.schema_revision())
    _check(revision == head, f"schema revision {revision}, expected {head}")
    _step(f"schema at revision {revision} (built by the migrations)")
    sets = _call(backend, lambda s: s.list_sets())
    _check(sets, "no question set was imported at start-up")
    for summary in sets:
        _step(f"set {summary.slug!r} v{summary.version}: {summary.question_count} questions")

    trainee = _call(backend, lambda s: s.add_trainee("Self-test"))
    _call(backend, lambda s: s.sign_in(trainee.uuid))
    looked = start_up.first_look(url)
    _check(looked == [trainee], f"the first look read {looked}, not the trainee just added")
    _step("trainees read without SQLAlchemy by the first look (sqlite3)")

    def choose(finished: Callable[[], None]) -> None:
        area.start_page.refreshed.connect(finished)
        area.choose_trainee(trainee)

    _wait(choose)
    listed = [row.slug for row in area.start_page.sets_model.rows]
    _check(listed == [s.slug for s in sets], f"the start page lists {listed}")
    settings = QuizSettings(count=5, time_limit=timedelta(minutes=10))
    started = str(uuid.uuid4())
    attempt = _call(
        backend,
        lambda s: s.start_attempt(trainee.uuid, sets[0].slug, settings, attempt_uuid=started),
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
    _call(backend, lambda s: s.answer(attempt.uuid, 0, response))
    stored = _call(backend, lambda s: s.load_attempt(attempt.uuid)).session.items[0]
    _check(stored.response == response, f"stored {stored.response!r}, answered {response!r}")
    earned = grade(stored.question, stored.response, attempt.session.grading).fraction
    _check(earned == question.max_fraction, f"the right answer earned {earned}")
    _step(f"answered {question.key!r} ({question.type}) rightly; stored and graded {earned:g}")
    loose = Question(
        "self-test", "short", "What is it called?", answers=(AcceptedAnswer("civilization"),)
    )
    _check(grade(loose, "civilisations").correct, "lenient grading refused 'civilisations'")
    _step("short answers graded leniently (lemminflect's lexicon is in place)")

    def open_it(finished: Callable[[], None]) -> None:
        area.currentChanged.connect(finished)
        area.open_attempt(attempt.uuid)

    _wait(open_it)
    _check(area.currentWidget() is area.quiz_page, "the quiz page did not open")
    _check(area.quiz_page.current_item.answered, "the quiz page does not show the answer")
    _step("the quiz page shows the attempt with its answer")
