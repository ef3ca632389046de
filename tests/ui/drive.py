"""Steps the tests take through the real widgets, by mouse unless a test says otherwise."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QMessageBox,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.domain.review import shown_choices
from quizapp.domain.session import AttemptItem
from quizapp.ui.main_window import MainWindow
from quizapp.ui.quiz.finish_dialog import FinishDialog


def click(qtbot: QtBot, widget: QWidget) -> None:
    """Click where a user would: the middle, or the indicator of a radio button or check box
    (whose middle may be empty space beyond its text)."""
    assert widget.isVisible() and widget.isEnabled(), widget
    if isinstance(widget, QRadioButton | QCheckBox):
        where = QPoint(8, widget.height() // 2)
    else:
        where = widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where)


def add_trainee(window: MainWindow, qtbot: QtBot, name: str) -> None:
    page = window.trainee_page
    qtbot.keyClicks(page.name_field, name)
    click(qtbot, page.add_button)
    assert window.stack.currentWidget() is window.start_page


def start_quiz(
    window: MainWindow,
    qtbot: QtBot,
    *,
    practice: bool = False,
    minutes: int | None = 10,
    count: int | None = None,
) -> None:
    page = window.start_page
    if practice:
        click(qtbot, page.practice_radio)
    else:
        label = f"{minutes} minutes" if minutes else "Untimed"
        page.time_box.setCurrentIndex(page.time_box.findText(label))
    if count is not None:
        page.count_box.setValue(count)
    click(qtbot, page.start_button)
    assert window.stack.currentWidget() is window.quiz_page


def right_choice_numbers(item: AttemptItem) -> list[int]:
    """1-based numbers, as shown, of the choices that earn credit."""
    question = item.question
    best = question.max_fraction
    wanted = (lambda f: f >= best) if question.type == "single" else (lambda f: f > 0)
    return [
        number
        for number, index in enumerate(shown_choices(item), start=1)
        if wanted(question.choices[index].fraction)
    ]


def wrong_choice_number(item: AttemptItem) -> int:
    return next(
        number
        for number, index in enumerate(shown_choices(item), start=1)
        if item.question.choices[index].fraction <= 0
    )


def choice_button(window: MainWindow, number: int) -> QAbstractButton:
    return window.quiz_page.question_view.buttons[number - 1]


def finish_dialog(window: MainWindow, qtbot: QtBot) -> FinishDialog:
    dialog: FinishDialog | None = None

    def opened() -> bool:
        nonlocal dialog
        dialog = window.quiz_page.findChild(FinishDialog)
        return dialog is not None and dialog.isVisible()

    qtbot.waitUntil(opened, timeout=2000)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def answer_current(window: MainWindow, qtbot: QtBot, *, right: bool = True) -> None:
    """Answer the question on screen by mouse (typing for short answers, then leaving the
    field as a click elsewhere would)."""
    page = window.quiz_page
    item = page.current_item
    if item.question.type == "short":
        field = page.question_view.answer_field
        click(qtbot, field)
        qtbot.keyClicks(field, "carbon dioxide" if right else "water")
        page.question_view.commit_text()
    elif right:
        for number in right_choice_numbers(item):
            click(qtbot, choice_button(window, number))
    else:
        click(qtbot, choice_button(window, wrong_choice_number(item)))


def reply_to_message_box(qtbot: QtBot, button_text: str) -> list[str]:
    """Click `button_text` in the next modal message box, once it is up; returns a list that
    then holds the box's text (so a test can check what it asked)."""
    asked: list[str] = []

    def reply() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, reply)
            return
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.text() == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, reply)
    return asked
