"""Steps the trainer-mode tests take through the real widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.ui.main_window import MainWindow
from quizapp.ui.scores.statistics_page import StatisticsPage
from quizapp.ui.trainer.area import TrainerArea
from quizapp.ui.trainer.unlock_dialog import UnlockDialog
from tests.ui.drive import click, settle

PASSPHRASE = "lantern-orchard-42"


def unlock_dialog(window: MainWindow, qtbot: QtBot) -> UnlockDialog:
    from quizapp.ui.shortcuts import Command

    window.actions_by_command[Command.OPEN_TRAINER].trigger()
    settle(qtbot)
    dialog = window.unlock_dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    return dialog


def type_passphrase(qtbot: QtBot, dialog: UnlockDialog, passphrase: str) -> None:
    dialog.passphrase_field.clear()
    qtbot.keyClicks(dialog.passphrase_field, passphrase)
    if dialog.first:
        dialog.again_field.clear()
        qtbot.keyClicks(dialog.again_field, passphrase)
    click(qtbot, dialog.ok_button)


def open_trainer(window: MainWindow, qtbot: QtBot, passphrase: str = PASSPHRASE) -> TrainerArea:
    dialog = unlock_dialog(window, qtbot)
    type_passphrase(qtbot, dialog, passphrase)
    area = window.trainer_area
    assert area is not None and area.is_open
    assert window.stack.currentWidget() is area
    settle(qtbot)
    return area


def open_statistics(area: TrainerArea, qtbot: QtBot, set_slug: str) -> StatisticsPage:
    """The item statistics tab, showing the set `set_slug`."""
    area.tabs.setCurrentWidget(area.statistics_page)
    settle(qtbot)
    page = area.statistics_page
    page.set_box.setCurrentIndex(page.set_box.findData(set_slug))
    settle(qtbot)
    return page


def message_box_text() -> str:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox), box
    return box.text()
