"""Every control has an accessible name, nothing is cut off at 1024x768, the theme setting
overrides the system's and is remembered, and the text scales."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QStyleHints
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.ui.main_window import MainWindow
from quizapp.ui.theme import DARK_COLOURS, LIGHT_COLOURS, Theme, current_colours, is_dark
from tests.fakes import FakeClock
from tests.ui.colours import background, luminance
from tests.ui.drive import add_trainee, click, finish_dialog, settle, start_quiz

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit)


def _unnamed_controls(top: QWidget) -> list[str]:
    unnamed = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the editor inside a spin box or combo box speaks for it
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue  # scroll bar arrows and the like
        if not (widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return unnamed


def _fits(window: MainWindow) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768, hint
    page = window.trainee_area.currentWidget()
    assert page.minimumSizeHint().width() <= page.width()
    assert page.minimumSizeHint().height() <= page.height()


def test_every_page_named_and_fits_1024x768(window: MainWindow, qtbot: QtBot) -> None:
    assert window.size().width() == 1024 and window.size().height() == 768
    assert _unnamed_controls(window) == []
    _fits(window)
    add_trainee(window, qtbot, "Max")
    assert _unnamed_controls(window) == []
    _fits(window)
    start_quiz(window, qtbot, minutes=10)
    page = window.trainee_area.quiz_page
    assert page.attempt is not None
    assembly = next(i for i in page.attempt.session.items if i.question.key == "assembly")
    page.go_to(assembly.position)  # the long prompt wraps instead of widening the window
    settle(qtbot)
    assert _unnamed_controls(window) == []
    _fits(window)
    assert page.question_view.prompt_label.width() <= page.width()
    assert page.countdown.isVisible() and not page.countdown.visibleRegion().isEmpty()
    click(qtbot, page.finish_button)
    dialog = finish_dialog(window, qtbot)
    assert _unnamed_controls(dialog) == []
    click(qtbot, dialog.submit_button)
    assert _unnamed_controls(window) == []
    _fits(window)
    results = window.trainee_area.results_page
    card = results.cards[0]
    assert card.feedback.source_button is not None
    click(qtbot, card.feedback.source_button)
    assert (
        window.trainee_area.reader is not None
        and _unnamed_controls(window.trainee_area.reader) == []
    )


def test_theme_setting_overrides_the_system_and_is_remembered(
    make_window: Callable[[], MainWindow],
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The offscreen platform has no desktop scheme to switch, so play the desktop's part.
    scheme = Qt.ColorScheme.Light
    monkeypatch.setattr(QStyleHints, "colorScheme", lambda _self: scheme)
    hints = QGuiApplication.styleHints()
    window = make_window()
    assert window.appearance.theme is Theme.SYSTEM
    assert not is_dark(QApplication.palette())
    scheme = Qt.ColorScheme.Dark
    hints.colorSchemeChanged.emit(scheme)  # the desktop turns dark: System follows
    assert is_dark(QApplication.palette())
    window.theme_actions[Theme.LIGHT].trigger()
    assert not is_dark(QApplication.palette())
    window.theme_actions[Theme.DARK].trigger()
    scheme = Qt.ColorScheme.Light
    hints.colorSchemeChanged.emit(scheme)  # no effect while the setting says Dark
    assert is_dark(QApplication.palette())
    assert settings.value("appearance/theme") == "dark"

    window.close()
    again = make_window()
    assert again.appearance.theme is Theme.DARK
    assert again.theme_actions[Theme.DARK].isChecked()
    assert is_dark(QApplication.palette())


def test_text_size_scales_and_is_remembered(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    normal = QApplication.font().pointSizeF()
    countdown = window.trainee_area.quiz_page.countdown
    clock = countdown.font().pointSizeF()
    assert clock > normal  # the sheet's larger size for the time left
    window.appearance.change_text_size(+2)
    bigger = QApplication.font().pointSizeF()
    assert bigger > normal * 1.2
    QApplication.processEvents()  # Qt hands the new font down to the widgets in events
    # Every widget follows, those the style sheet gives a size of their own too.
    assert countdown.font().pointSizeF() == pytest.approx(clock * bigger / normal, abs=0.1)
    assert window.trainee_area.trainee_page.name_field.font().pointSizeF() == bigger
    window.close()
    make_window()
    assert QApplication.font().pointSizeF() == bigger


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_radio_and_check_box_rings_stand_out_in_both_themes(
    window: MainWindow, qtbot: QtBot, theme: Theme
) -> None:
    """WCAG asks 3:1 for the outline of a control against what surrounds it: the window."""
    window.appearance.set_theme(theme)
    background = luminance(QApplication.palette().color(QPalette.ColorRole.Window))
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    buttons = [QRadioButton("radio"), QCheckBox("check box")]
    for button in buttons:
        layout.addWidget(button)
    holder.show()
    qtbot.waitExposed(holder)
    image = holder.grab().toImage()
    width = holder.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + 4
    for button in buttons:
        area = button.geometry()
        strongest = max(
            (
                (
                    abs(luminance(image.pixelColor(x, y)) - background),
                    luminance(image.pixelColor(x, y)),
                )
                for x in range(area.left(), area.left() + width)
                for y in range(area.top(), area.bottom() + 1)
            ),
        )[1]
        lighter, darker = sorted((strongest, background), reverse=True)
        contrast = (lighter + 0.05) / (darker + 0.05)
        assert contrast >= 3, (button.text(), theme, contrast)


def test_names_in_the_list_have_room_for_the_accents_of_capitals(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A row only as tall as the font clips 'Ä' and 'É' (seen under Xvfb with DejaVu Sans)."""
    add_trainee(window, qtbot, "Ärzte Émile")
    window.trainee_area.show_trainees()
    settle(qtbot)
    view = window.trainee_area.trainee_page.list_view
    row = view.visualRect(view.model().index(0, 0))
    glyphs = view.fontMetrics().boundingRect("ÄÉ")
    assert row.height() >= glyphs.height() + 8


def test_the_last_questions_choices_are_gone_from_the_next_frame(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Out of the layout but not yet deleted, they painted over the next question's field."""
    add_trainee(window, qtbot, "Cai")
    start_quiz(window, qtbot, minutes=10)
    page = window.trainee_area.quiz_page
    assert page.attempt is not None
    items = page.attempt.session.items
    choice = next(i for i in items if i.question.type != "short")
    short = next(i for i in items if i.question.type == "short")
    page.go_to(choice.position)
    settle(qtbot)
    old_rows = list(page.question_view.buttons)
    page.go_to(short.position)  # no event loop in between: nothing deleted yet
    assert old_rows and not any(row.isVisible() for row in old_rows)


def test_a_theme_change_restyles_the_quiz_pages_own_colours(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    """Qt tells only windows that the application's palette changed: the countdown kept the
    old theme's red after Light -> Dark."""
    add_trainee(window, qtbot, "Dee")
    start_quiz(window, qtbot, minutes=10)
    page = window.trainee_area.quiz_page
    clock.advance(timedelta(minutes=9, seconds=30))
    page.tick()
    settle(qtbot)
    for theme in (Theme.LIGHT, Theme.DARK, Theme.LIGHT):
        window.appearance.set_theme(theme)
        assert background(page.countdown) == QColor(current_colours().warning), theme
    assert LIGHT_COLOURS.warning != DARK_COLOURS.warning  # the two themes' reds differ


def _mnemonics(widgets: list[QWidget]) -> list[str]:
    found = []
    for widget in widgets:
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        at = text.find("&")
        if widget.isVisible() and 0 <= at < len(text) - 1 and text[at + 1] != "&":
            found.append(text[at + 1].lower())
    return found


def test_no_alt_key_is_claimed_twice_on_the_start_page(window: MainWindow, qtbot: QtBot) -> None:
    """Alt+Q opened the Quiz menu and also jumped to the Questions field."""
    add_trainee(window, qtbot, "Nat")
    menus = [action.text() for action in window.menuBar().actions()]
    keys = [text[text.index("&") + 1].lower() for text in menus]
    keys += _mnemonics(window.trainee_area.start_page.findChildren(QWidget))
    assert "q" in keys and len(keys) == len(set(keys)), keys


def _check_a_single(window: MainWindow, qtbot: QtBot) -> int:
    """In the practice on screen, a single-choice question answered and checked; where."""
    page = window.trainee_area.quiz_page
    assert page.attempt is not None
    single = next(i for i in page.attempt.session.items if i.question.type == "single")
    click(qtbot, page.nav_strip.button(single.position))
    click(qtbot, page.question_view.buttons[0])
    click(qtbot, page.check_button)
    return single.position


def test_the_reader_takes_the_text_size_keys(window: MainWindow, qtbot: QtBot) -> None:
    """Ctrl+plus did nothing in the reader's window."""
    add_trainee(window, qtbot, "Oz")
    start_quiz(window, qtbot, practice=True)
    _check_a_single(window, qtbot)
    feedback = window.trainee_area.quiz_page.question_area.feedback
    assert feedback is not None and feedback.source_button is not None
    click(qtbot, feedback.source_button)
    reader = window.trainee_area.reader
    assert reader is not None
    qtbot.waitActive(reader)
    size = QApplication.font().pointSizeF()
    qtbot.keyClick(reader.text_view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() > size


def test_flagging_or_checking_never_moves_the_question_strip(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The flag and the ✓/✗ signs widened their buttons and shifted the strip."""
    add_trainee(window, qtbot, "Pia")
    start_quiz(window, qtbot, practice=True)
    page = window.trainee_area.quiz_page
    strip = page.nav_strip
    count = strip.layout().count()
    before = [strip.button(n).geometry() for n in range(count)]
    checked = _check_a_single(window, qtbot)
    click(qtbot, page.flag_button)
    QApplication.processEvents()
    assert strip.button(checked).marks in ("✔ ⚑", "✘ ⚑")  # two signs shown...
    assert [strip.button(n).geometry() for n in range(count)] == before  # ...nothing moved


def test_the_first_question_of_an_attempt_is_shown_whole(window: MainWindow, qtbot: QtBot) -> None:
    """The first question was laid out while its page was hidden, and its area stayed at a
    sliver with a scroll bar (its prompt and one choice) in a window with room for all."""
    add_trainee(window, qtbot, "Ola")
    start_quiz(window, qtbot, practice=True)
    area = window.trainee_area.quiz_page.question_area.scroll_area
    settle(qtbot)
    # the area takes its height once the content's last layout has run
    qtbot.waitUntil(lambda: area.height() >= area.sizeHint().height(), timeout=2000)
    assert not area.verticalScrollBar().isVisible()
