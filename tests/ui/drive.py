"""Steps the tests take through the real widgets, by mouse unless a test says otherwise.

The app's database calls run on its backend's worker thread; each step here waits until
every call it caused has been answered (`settle`), as a trainee waits for the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
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
from quizapp.ui.trainee.quiz.finish_dialog import FinishDialog


def settled() -> bool:
    """Every window's database calls answered, and no write of a quiz waiting to be handed
    over (a move is handed to the saver a moment after its paint)."""
    for window in QApplication.topLevelWidgets():
        if not isinstance(window, MainWindow):
            continue
        if not window.backend.is_idle:
            return False
        area = getattr(window, "trainee_area", None)
        quiz = getattr(area, "quiz_page", None)
        if quiz is not None and quiz.saver.soon_timer.isActive():
            return False
    return True


def settle(qtbot: QtBot) -> None:
    qtbot.waitUntil(settled, timeout=5000)


def click(qtbot: QtBot, widget: QWidget, *, wait: bool = True) -> None:
    """Click where a user would: the middle, or the indicator of a radio button or check box
    (whose middle may be empty space beyond its text); then wait for what it set going.

    Layouts still pending are done first: a user clicks what was laid out and painted, and
    the click is delivered to whatever is under that point of the window (a choice's text
    lets it through to its row), which a layout done meanwhile could have moved."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert widget.isVisible() and widget.isEnabled(), widget
    if isinstance(widget, QRadioButton | QCheckBox):
        where = QPoint(8, widget.height() // 2)
    else:
        where = widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where)
    if wait:
        settle(qtbot)


def add_trainee(window: MainWindow, qtbot: QtBot, name: str) -> None:
    area = window.trainee_area
    qtbot.keyClicks(area.trainee_page.name_field, name)
    click(qtbot, area.trainee_page.add_button)
    assert area.currentWidget() is area.start_page


def sign_in_as(window: MainWindow, qtbot: QtBot, name: str) -> None:
    """From the list of names: pick `name` and Continue, to the start page."""
    area = window.trainee_area
    if area.currentWidget() is not area.trainee_page:
        area.show_trainees()
        settle(qtbot)
    page = area.trainee_page
    row = next(r for r in range(page.model.rowCount()) if page.model.item(r).text() == name)
    page.list_view.setCurrentIndex(page.model.index(row, 0))
    click(qtbot, page.continue_button)
    assert area.currentWidget() is area.start_page


def open_from_history(window: MainWindow, qtbot: QtBot, row: int = 0) -> None:
    """Open a quiz of the trainee's list (newest first) by keyboard, as a review or resumed."""
    view = window.trainee_area.start_page.history_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    settle(qtbot)


def start_quiz(
    window: MainWindow,
    qtbot: QtBot,
    *,
    practice: bool = False,
    minutes: int | None = 10,
    count: int | None = None,
) -> None:
    area = window.trainee_area
    page = area.start_page
    if practice:
        click(qtbot, page.practice_radio)
    else:
        label = f"{minutes} minutes" if minutes else "Untimed"
        page.time_box.setCurrentIndex(page.time_box.findText(label))
    if count is not None:
        page.count_box.setValue(count)
    click(qtbot, page.start_button)
    assert area.currentWidget() is area.quiz_page


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
    return window.trainee_area.quiz_page.question_view.buttons[number - 1]


def finish_dialog(window: MainWindow, qtbot: QtBot) -> FinishDialog:
    dialog: FinishDialog | None = None

    def opened() -> bool:
        nonlocal dialog
        dialog = window.trainee_area.quiz_page.findChild(FinishDialog)
        return dialog is not None and dialog.isVisible()

    qtbot.waitUntil(opened, timeout=2000)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def answer_current(window: MainWindow, qtbot: QtBot, *, right: bool = True) -> None:
    """Answer the question on screen by mouse (typing for short answers, then leaving the
    field as a click elsewhere would)."""
    page = window.trainee_area.quiz_page
    item = page.current_item
    if item.question.type == "short":
        field = page.question_view.answer_field
        click(qtbot, field)
        qtbot.keyClicks(field, "carbon dioxide" if right else "water")
        page.question_view.commit_text()
        settle(qtbot)
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


def focused() -> QWidget:
    """The widget a key press goes to, as the keyboard user's next step starts from it."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed where the focus is, and the app's answers waited for."""
    qtbot.keyClick(focused(), key, modifier)
    settle(qtbot)
