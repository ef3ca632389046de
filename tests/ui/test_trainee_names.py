"""The name field on the first screen: a pasted name is never cut, and the problem with a
name reads in either theme."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from quizapp.domain.trainees import MAX_NAME
from quizapp.ui.main_window import MainWindow
from quizapp.ui.theme import Theme
from tests.ui.colours import contrast
from tests.ui.drive import click, settle


def _paste_and_add(window: MainWindow, qtbot: QtBot, name: str) -> None:
    page = window.trainee_area.trainee_page
    QApplication.clipboard().setText(name)
    page.name_field.setFocus()
    page.name_field.paste()
    click(qtbot, page.add_button)


def test_a_long_pasted_name_is_refused_with_the_message_not_cut(
    window: MainWindow, qtbot: QtBot
) -> None:
    name = "Maximiliane " * 6  # 72 characters: a cut one would be saved as if typed
    _paste_and_add(window, qtbot, name)
    page = window.trainee_area.trainee_page
    assert window.trainee_area.currentWidget() is page
    assert f"at most {MAX_NAME} characters" in page.error_label.text()
    assert page.name_field.text() == name  # all of it, to shorten where the trainee likes


def test_an_emoji_counts_as_one_character(window: MainWindow, qtbot: QtBot) -> None:
    name = "x" * (MAX_NAME - 1) + "\U0001f642"  # Qt counts the emoji as two
    _paste_and_add(window, qtbot, name)
    assert window.trainee_area.currentWidget() is window.trainee_area.start_page
    assert window.trainee_area.trainee is not None and window.trainee_area.trainee.name == name


def _strongest_contrast(window: MainWindow, label: QLabel) -> float:
    """Measured on screen: the most contrasting pixel of the text against the most common
    one, the background it is drawn on."""
    QApplication.processEvents()  # the window passes a new palette down in its own time
    image = window.grab(QRect(label.mapTo(window, QPoint(0, 0)), label.size())).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    background = QColor(Counter(pixel.rgb() for pixel in pixels).most_common(1)[0][0])
    return max(contrast(pixel, background) for pixel in pixels)


@pytest.mark.parametrize(
    ("before", "after"), [(Theme.DARK, Theme.LIGHT), (Theme.LIGHT, Theme.DARK)]
)
def test_the_problem_with_a_name_reads_in_both_themes(
    window: MainWindow, qtbot: QtBot, before: Theme, after: Theme
) -> None:
    """WCAG asks 4.5:1 for text: in the theme the message came up in (set while it was
    hidden), and in the theme switched to while it shows."""
    label = window.trainee_area.trainee_page.error_label
    window.appearance.set_theme(before)
    _paste_and_add(window, qtbot, "   ")
    assert label.isVisible() and label.text() == "Please type a name."
    assert _strongest_contrast(window, label) >= 4.5, before
    window.appearance.set_theme(after)
    assert _strongest_contrast(window, label) >= 4.5, after


def test_the_problem_with_a_name_goes_once_the_name_changes(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A stale 'already a trainee called...' stayed under the field while a new name was
    typed."""
    _paste_and_add(window, qtbot, "Ann")
    window.trainee_area.show_trainees()
    settle(qtbot)
    _paste_and_add(window, qtbot, "ann")
    page = window.trainee_area.trainee_page
    assert page.error_label.isVisible() and "already a trainee" in page.error_label.text()
    qtbot.keyClicks(page.name_field, "e")
    assert not page.error_label.isVisible()
