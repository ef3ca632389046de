"""A complete exam attempt from the keyboard alone, keys sent to whatever has the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.domain.session import AttemptState
from quizapp.services import attempts
from quizapp.storage.database import Database
from quizapp.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.drive import finish_dialog, focused, press, right_choice_numbers, settle

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def test_exam_by_keyboard(window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock) -> None:
    qtbot.waitActive(window)
    # Nobody yet: the name field has the focus; Enter adds the name and goes on.
    assert focused() is window.trainee_area.trainee_page.name_field
    qtbot.keyClicks(focused(), "Bea")
    press(qtbot, Key.Key_Return)
    assert window.trainee_area.currentWidget() is window.trainee_area.start_page

    # The set list has the focus; Enter on it starts the quiz with the defaults.
    assert focused() is window.trainee_area.start_page.sets_view
    press(qtbot, Key.Key_Return)
    page = window.trainee_area.quiz_page
    assert window.trainee_area.currentWidget() is page
    attempt = page.attempt
    assert attempt is not None
    count = len(attempt.session.items)

    for position in range(count):
        item = page.current_item
        assert item.position == position
        if item.question.type == "short":
            assert focused() is page.question_view.answer_field
            qtbot.keyClicks(focused(), "CO2")  # digits type into the field, they pick nothing
            assert page.question_view.typing_pending
        else:
            for number in right_choice_numbers(item):
                press(qtbot, Qt.Key(Key.Key_0 + number))
        if position == 1:
            press(qtbot, Key.Key_F, CTRL)
            assert page.current_item.flagged
        press(qtbot, Key.Key_Return)  # Enter goes on (on the last question it stays)
        assert attempt.session.items[position].answered  # Enter also wrote the typed answer

    assert page.current_item.position == count - 1
    press(qtbot, Key.Key_PageUp)
    assert page.current_item.position == count - 2
    press(qtbot, Key.Key_PageDown)
    assert page.current_item.position == count - 1

    stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    assert all(item.answered for item in stored.items)
    assert [item.flagged for item in stored.items] == [p == 1 for p in range(count)]

    press(qtbot, Key.Key_Return, CTRL)
    dialog = finish_dialog(window, qtbot)
    assert focused() is dialog.submit_button
    press(qtbot, Key.Key_Return)
    assert window.trainee_area.currentWidget() is window.trainee_area.results_page
    final = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    assert final.state is AttemptState.SUBMITTED and final.points == count


def test_digits_toggle_check_boxes_and_text_size_keys(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitActive(window)
    qtbot.keyClicks(focused(), "Cy")
    press(qtbot, Key.Key_Return)
    press(qtbot, Key.Key_Return)
    page = window.trainee_area.quiz_page
    assert page.attempt is not None
    multiple = next(i for i in page.attempt.session.items if i.question.type == "multiple")
    page.go_to(multiple.position)
    settle(qtbot)
    press(qtbot, Key.Key_2)
    press(qtbot, Key.Key_3)
    press(qtbot, Key.Key_2)
    assert page.current_item.response == frozenset({multiple.choice_order[2]})

    size = QApplication.font().pointSizeF()
    press(qtbot, Key.Key_Plus, CTRL)
    assert QApplication.font().pointSizeF() > size
    press(qtbot, Key.Key_Minus, CTRL)
    press(qtbot, Key.Key_Minus, CTRL)
    assert QApplication.font().pointSizeF() < size
    press(qtbot, Key.Key_0, CTRL)
    assert QApplication.font().pointSizeF() == size
