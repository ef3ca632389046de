"""A trainee's PIN through the real widgets: asked when their name is picked, a wrong one
refused and slowed, the right one accepted; and no passphrase or PIN in clear in the database
file, the log file or the process list, after a session that typed them all."""

from __future__ import annotations

import logging
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from quizapp.logs import configure_logging
from quizapp.services import trainee_admin, trainees, trainer
from quizapp.storage.database import Database
from quizapp.ui.main_window import MainWindow
from quizapp.ui.trainee.pin_dialog import PinDialog
from tests.fakes import FakeClock
from tests.ui.drive import click, settle
from tests.ui.trainer_steps import PASSPHRASE, open_trainer, type_passphrase, unlock_dialog

PIN = "2468"
# Long enough that their digits cannot turn up by chance in the file's UUIDs, timestamps and
# base64 hashes, as a 4-digit PIN did once in 1,000-odd runs ("2468" inside a timestamp or
# a hash is not the PIN stored in clear).
LONG_PIN = "80413579246"
WRONG_LONG_PIN = "31975208642"


def pick_name(window: MainWindow, qtbot: QtBot, name: str) -> None:
    page = window.trainee_area.trainee_page
    row = next(r for r in range(page.model.rowCount()) if page.model.item(r).text() == name)
    page.list_view.setCurrentIndex(page.model.index(row, 0))
    click(qtbot, page.continue_button)


def pin_dialog(window: MainWindow) -> PinDialog:
    dialog = window.trainee_area.pin_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def type_pin(qtbot: QtBot, dialog: PinDialog, pin: str) -> None:
    dialog.pin_field.clear()
    qtbot.keyClicks(dialog.pin_field, pin)
    click(qtbot, dialog.ok_button)


def test_a_pin_is_asked_refused_slowed_and_accepted(
    make_window, qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    trainer.set_passphrase(db, PASSPHRASE, clock=clock, first=True)
    key = trainer.unlock(db, PASSPHRASE, clock=clock)
    ann = trainees.add_trainee(db, "Ann")
    trainees.add_trainee(db, "Bea")
    trainee_admin.set_pin(db, key, ann.uuid, PIN, clock=clock)
    window = make_window()
    area = window.trainee_area

    pick_name(window, qtbot, "Bea")  # no PIN: straight on
    assert area.currentWidget() is area.start_page and area.pin_dialog is None
    area.show_trainees()
    settle(qtbot)

    pick_name(window, qtbot, "Ann")
    dialog = pin_dialog(window)
    assert dialog.intro_label.text().startswith("Ann has a PIN: type it")
    qtbot.keyClicks(dialog.pin_field, "12ab")  # letters are never typed into it
    assert dialog.pin_field.text() == "12"
    type_pin(qtbot, dialog, "1111")
    assert dialog.isVisible() and area.currentWidget() is area.trainee_page
    assert dialog.problem_label.text() == "That is not Ann's PIN; try again in 1 second."
    type_pin(qtbot, dialog, PIN)  # too soon: refused unchecked
    assert dialog.isVisible() and "Too many wrong PINs for Ann" in dialog.problem_label.text()
    clock.advance(timedelta(seconds=1))
    type_pin(qtbot, dialog, PIN)
    assert not dialog.isVisible() and dialog.pin_field.text() == ""
    assert area.currentWidget() is area.start_page and area.trainee is not None
    assert area.trainee.name == "Ann" and window.windowTitle().endswith("Ann")

    area.show_trainees()
    settle(qtbot)
    pick_name(window, qtbot, "Ann")
    dialog = pin_dialog(window)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    assert not dialog.isVisible() and area.currentWidget() is area.trainee_page


def test_no_passphrase_or_pin_in_clear_in_the_database_file_or_the_log_file(
    window: MainWindow,
    qtbot: QtBot,
    db: Database,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Typed as a trainer and a trainee type them: the first passphrase, a wrong one, the
    right one; a PIN set on the trainees page; a wrong PIN and the right one."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])
    monkeypatch.setattr(root, "level", root.level)
    log_path = configure_logging(logging.DEBUG)  # everything a record may say, and SQL
    assert log_path is not None

    ann = trainees.add_trainee(db, "Ann")
    first = open_trainer(window, qtbot)  # no passphrase yet: it is set, typed twice
    click(qtbot, first.leave_button)
    dialog = unlock_dialog(window, qtbot)
    type_passphrase(qtbot, dialog, "wrong-passphrase-typed")
    clock.advance(timedelta(seconds=1))
    type_passphrase(qtbot, dialog, PASSPHRASE)
    trainer_area = window.trainer_area
    assert trainer_area is not None and trainer_area.is_open
    trainer_area.tabs.setCurrentWidget(trainer_area.trainees_page)
    settle(qtbot)
    trainer_area.trainees_page.select("Ann")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (LONG_PIN, True))
    click(qtbot, trainer_area.trainees_page.pin_button)
    assert trainer_area.trainees_page.model.rows[0].has_pin
    click(qtbot, trainer_area.leave_button)

    pick_name(window, qtbot, "Ann")
    type_pin(qtbot, pin_dialog(window), WRONG_LONG_PIN)
    clock.advance(timedelta(seconds=1))
    type_pin(qtbot, pin_dialog(window), LONG_PIN)
    assert window.trainee_area.trainee is not None
    assert window.trainee_area.trainee.uuid == ann.uuid

    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_path.read_text(encoding="utf-8")
    db.dispose()
    path = db.sqlite_path
    assert path is not None
    stored = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    assert "A wrong PIN was given" in logged and "passphrase" in logged  # the log was written
    assert b"scrypt$" in stored  # and the hashes stored
    for secret in (PASSPHRASE, "wrong-passphrase-typed", LONG_PIN, WRONG_LONG_PIN):
        assert secret not in logged
        assert secret.encode() not in stored
        assert secret.encode("utf-16-le") not in stored


def test_the_passphrase_never_reaches_the_process_list(tmp_path: Path) -> None:
    """`quizapp trainer set-passphrase` takes it on standard input only: an argument would be
    in every user's `ps`. While it waits for the second line, its command line and its
    environment hold nothing of the first."""
    url = f"sqlite:///{tmp_path / 'room.sqlite3'}"
    command = [sys.executable, "-m", "quizapp", "--database", url, "trainer", "set-passphrase"]
    as_argument = subprocess.run([*command, PASSPHRASE], capture_output=True, text=True)
    assert as_argument.returncode == 2 and "unrecognized arguments" in as_argument.stderr

    running = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert running.stdin is not None
        running.stdin.write(PASSPHRASE + "\n")
        running.stdin.flush()
        proc = Path("/proc") / str(running.pid)
        if proc.exists():  # Linux: what `ps` and every user can read
            seen = (proc / "cmdline").read_bytes()
            assert PASSPHRASE.encode() not in seen
            assert PASSPHRASE.encode() not in (proc / "environ").read_bytes()
        out, err = running.communicate(PASSPHRASE + "\n", timeout=60)
    finally:
        if running.poll() is None:
            running.kill()
    assert running.returncode == 0, err
    assert PASSPHRASE not in out + err
