"""The task runner: work off the UI thread, in the order given, answered on the UI thread,
with progress, cancel and the word that a task is slow."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from quizapp.ui import ui_thread_collector
from quizapp.ui.tasks import Progress, TaskCancelled, TaskRunner


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.close()


def test_work_runs_off_the_ui_thread_in_order_and_is_answered_on_it(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    ui = QThread.currentThread()
    ran_on: list[str] = []
    answered: list[tuple[int, bool]] = []
    for n in range(3):
        runner.run(
            lambda _p, n=n: ran_on.append(threading.current_thread().name) or n,
            lambda result: answered.append((result, QThread.currentThread() is ui)),
            pytest.fail,
        )
    assert not runner.is_idle
    with qtbot.waitSignal(runner.idle):
        pass
    assert ran_on == ["quizapp-tasks"] * 3
    assert answered == [(0, True), (1, True), (2, True)]


def test_a_failure_goes_to_the_failure_callback_on_the_ui_thread(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    failures: list[Exception] = []

    def broken(_: Progress) -> None:
        raise ValueError("no such thing")

    with qtbot.waitSignal(runner.idle):
        runner.run(broken, pytest.fail, failures.append)
    assert [str(error) for error in failures] == ["no such thing"]


def test_progress_reaches_the_ui_and_a_cancelled_task_stops_at_its_next_check(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    go_on = threading.Event()
    steps_done: list[int] = []
    heard: list[tuple[int, int, str]] = []
    failures: list[Exception] = []

    def long_work(progress: Progress) -> None:
        for step in range(10):
            progress.check()
            progress.report(step, 10, f"step {step}")
            steps_done.append(step)
            go_on.wait(timeout=5)
            go_on.clear()

    task = runner.run(
        long_work,
        pytest.fail,
        failures.append,
        label="Long",
        cancellable=True,
        progressed=lambda done, total, text: heard.append((done, total, text)),
    )
    qtbot.waitUntil(lambda: heard == [(0, 10, "step 0")])
    task.cancel()
    go_on.set()
    with qtbot.waitSignal(runner.idle):
        pass
    assert steps_done == [0] and [type(e) for e in failures] == [TaskCancelled]


def test_a_task_not_yet_started_is_never_run_once_cancelled(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    release = threading.Event()
    ran: list[str] = []
    failures: list[Exception] = []
    runner.run(lambda _p: release.wait(timeout=5), lambda _r: ran.append("first"), pytest.fail)
    second = runner.run(
        lambda _p: ran.append("second ran"), pytest.fail, failures.append, cancellable=True
    )
    second.cancel()
    release.set()
    with qtbot.waitSignal(runner.idle):
        pass
    assert ran == ["first"] and [type(e) for e in failures] == [TaskCancelled]


def test_a_slow_task_is_announced_and_a_quick_one_is_not(qtbot: QtBot, runner: TaskRunner) -> None:
    slow: list[str] = []
    runner.slow.connect(lambda task: slow.append(task.label))
    with qtbot.waitSignal(runner.idle):
        runner.run(lambda _p: None, lambda _r: None, pytest.fail, label="quick")
    release = threading.Event()
    runner.run(lambda _p: release.wait(timeout=5), lambda _r: None, pytest.fail, label="slow")
    qtbot.waitUntil(lambda: slow == ["slow"], timeout=3000)
    release.set()
    with qtbot.waitSignal(runner.idle):
        pass
    assert slow == ["slow"]


FREED_ON: list[str] = []  # the thread that freed each _Cycle


class _Cycle:
    """Garbage only the cyclic collector frees."""

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        FREED_ON.append(threading.current_thread().name)


def test_garbage_made_on_the_worker_is_collected_on_the_ui_thread(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    """A Qt object collected on the worker runs its destructor there and can freeze the app
    (see ui_thread_collector): so the worker never collects, the UI thread does."""
    FREED_ON.clear()
    threshold = gc.get_threshold()[0]

    def litter(_: Progress) -> None:
        for _n in range(20 * threshold):  # far past the point the collector would start
            _Cycle()

    with qtbot.waitSignal(runner.idle):
        runner.run(litter, lambda _: None, pytest.fail)
    qtbot.waitUntil(lambda: len(FREED_ON) == 20 * threshold)
    assert set(FREED_ON) == {"MainThread"}


def test_the_automatic_collector_is_back_once_the_last_runner_closes(qtbot: QtBot) -> None:
    first, second = TaskRunner(), TaskRunner()
    assert not gc.isenabled()
    first.close()
    assert not gc.isenabled()
    second.close()
    assert gc.isenabled()


def test_a_full_collection_waits_its_turn(monkeypatch: pytest.MonkeyPatch) -> None:
    """Its pause must not come between each keystroke and its save: one per FULL_EVERY_S."""
    monkeypatch.setattr(ui_thread_collector, "_last_full", 1000.0)
    threshold = gc.get_threshold()
    gc.disable()  # as a live runner has it: only collect_due collects
    try:
        for _n in range(threshold[2] + 1):
            gc.collect(1)  # each counts towards the oldest generation
        litter = [[n] for n in range(2 * threshold[0])]
        ui_thread_collector.collect_due(now=1010.0)  # too soon for a full one
        assert gc.get_count()[0] < threshold[0] and gc.get_count()[2] > threshold[2]
        litter += [[n] for n in range(2 * threshold[0])]
        ui_thread_collector.collect_due(now=1000.0 + ui_thread_collector.FULL_EVERY_S + 1)
        assert gc.get_count()[2] == 0 and litter
    finally:
        gc.enable()
