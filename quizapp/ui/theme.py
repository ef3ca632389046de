"""Light and dark palettes, the style sheet they fill in, the System / Light / Dark choice,
and the text size.

Fusion with palettes of our own looks the same on every platform and under Xvfb (which has
no desktop theme). Every colour the app shows is chosen here: the palette's roles, and the
meaningful colours (right, wrong, flagged...) that fill in the one style sheet,
quizapp.qss, beside this module. Widgets only say what they are (an object name, a property
such as `verdict="right"`) and the sheet says how that looks, in both themes and at every
text size. "System" picks the palette that matches the desktop's colour scheme and follows it
when the desktop switches. The choice and the text size live in QSettings, so the trainee
finds the app as they left it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple, cast

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEME_KEY = "appearance/theme"
TEXT_STEP_KEY = "appearance/text_step"
# Each step scales the text by 10 %; the range keeps 1024x768 usable at the top end.
MIN_TEXT_STEP, MAX_TEXT_STEP = -3, 6
TEXT_STEP_FACTOR = 1.1


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"

    @property
    def label(self) -> str:
        return {"system": "System", "light": "Light", "dark": "Dark"}[self.value]


class Colours(NamedTuple):
    """The theme's colours: the palette's and those with a meaning (right, wrong, warning...),
    each checked to read on what it is drawn on (4.5:1 for text, 3:1 for outlines).

    (A named tuple rather than a dataclass: it is made while the first window is drawn, and
    a dataclass compiles its methods when it is defined.)
    """

    window: str
    base: str  # behind lists, fields, choices and cards
    text: str
    muted: str  # secondary text: hints, descriptions, column headers
    border: str
    button: str
    button_hover: str
    button_pressed: str
    disabled: str  # text of what cannot be used now
    accent: str  # selection, chosen answers, the main button (white text on it)
    accent_hover: str
    accent_soft: str  # the progress bar's fill (text on it)
    hover: str  # behind a row under the mouse
    selected: str  # behind a chosen answer
    focus: str  # the keyboard focus ring
    good: str
    good_background: str
    partial: str
    partial_background: str
    bad: str
    bad_background: str
    warning: str  # a background under white text
    flag: str
    flag_background: str
    link: str
    mark_background: str
    mark_text: str
    passage_background: str  # behind a quote standing on its own
    passage_mark: str  # behind the passage inside the whole document
    notice_background: str
    error_background: str


LIGHT_COLOURS = Colours(
    window="#f3f4f6",
    base="#ffffff",
    text="#1a1a1a",
    muted="#5b6068",
    border="#b9bec5",
    button="#ffffff",
    button_hover="#eef4fb",
    button_pressed="#dce7f4",
    disabled="#8a8a8a",
    accent="#2f6fb3",
    accent_hover="#265d98",
    accent_soft="#cfe0f5",
    hover="#eef4fb",
    selected="#e3eefb",
    focus="#1f5fa6",
    good="#1b6e2a",
    good_background="#e6f4e9",
    partial="#8a5a00",
    partial_background="#fff4dc",
    bad="#b3261e",
    bad_background="#fbe9e7",
    warning="#b3261e",
    flag="#c25e00",
    flag_background="#fff0e0",
    link="#1f5fa6",
    mark_background="#ffe066",
    mark_text="#1a1a1a",
    passage_background="#eef3fb",
    passage_mark="#cfe0f7",
    notice_background="#e6effa",
    error_background="#fbe3e1",
)
DARK_COLOURS = Colours(
    window="#2b2d30",
    base="#1e1f22",
    text="#e6e6e6",
    muted="#a9adb3",
    border="#5c6067",
    button="#3a3d41",
    button_hover="#45494e",
    button_pressed="#2f3236",
    disabled="#7a7a7a",
    accent="#3a74b3",
    accent_hover="#4a88c7",
    accent_soft="#2d4a6b",
    hover="#2a3340",
    selected="#233a55",
    focus="#8ab4f8",
    good="#7bd88f",
    good_background="#1f3a26",
    partial="#f2c46d",
    partial_background="#3f3419",
    bad="#ff8a80",
    bad_background="#472222",
    warning="#c0392b",
    flag="#ffb15c",
    flag_background="#44331f",
    link="#8ab4f8",
    mark_background="#8a6d00",
    mark_text="#ffffff",
    passage_background="#26303d",
    passage_mark="#34506e",
    notice_background="#233347",
    error_background="#4a2020",
)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def current_colours() -> Colours:
    """The meaningful colours for the application's palette as it is now."""
    return DARK_COLOURS if is_dark(QGuiApplication.palette()) else LIGHT_COLOURS


def palette_of(colours: Colours) -> QPalette:
    """The palette that draws what the style sheet leaves to Fusion (spin and combo boxes,
    radio buttons, scroll bars, menus, text selections) in the theme's colours."""
    role = QPalette.ColorRole
    dark = colours is DARK_COLOURS
    palette = QPalette()
    for name, colour in {
        role.Window: colours.window,
        role.WindowText: colours.text,
        role.Base: colours.base,
        role.AlternateBase: "#26282b" if dark else "#f0f4f8",
        role.Text: colours.text,
        role.Button: colours.button,
        role.ButtonText: colours.text,
        role.Highlight: colours.accent,
        role.HighlightedText: "#ffffff",
        role.ToolTipBase: colours.button if dark else "#ffffdc",
        role.ToolTipText: colours.text,
        role.PlaceholderText: "#9a9a9a" if dark else "#6b6b6b",
        role.Link: colours.link,
        role.Light: "#505357" if dark else "#ffffff",
        role.Midlight: "#45484c" if dark else "#f0f0f0",
        role.Mid: colours.border,
        role.Dark: "#1a1b1d" if dark else "#8c8c8c",
        role.Shadow: "#000000" if dark else "#5a5a5a",
        role.BrightText: "#ffffff",
    }.items():
        palette.setColor(name, QColor(colour))
    for name in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, name, QColor(colours.disabled))
    return palette


STYLE_SHEET = Path(__file__).with_name("quizapp.qss")


def style_sheet(colours: Colours, point_size: float) -> str:
    """quizapp.qss filled in: `$name` is a colour of `colours`; `${name}pt` and `${name}px`
    are sizes that grow with the text (`point_size`, the app's font), so padding, corners
    and headings keep their proportions at every text size."""
    from string import Template  # here: the first frame needs neither it nor the sheet's text

    unit = point_size / 10  # 1 at the usual 10 pt
    sizes = {
        "title": f"{point_size * 1.6:.1f}",
        "heading": f"{point_size * 1.25:.1f}",
        "prompt": f"{point_size * 1.3:.1f}",
        "clock": f"{point_size * 1.3:.1f}",
        "small": f"{point_size * 0.9:.1f}",
        "gap": str(round(4 * unit)),
        "pad": str(round(8 * unit)),
        "wide": str(round(14 * unit)),
        "big": str(round(12 * unit)),
        "corner": str(round(6 * unit)),
        "round": str(round(10 * unit)),
        "key": str(round(26 * unit)),
        "key_corner": str(round(13 * unit)),
    }
    return Template(STYLE_SHEET.read_text(encoding="utf-8")).substitute(colours._asdict(), **sizes)


# Fusion rings a radio button or a check box in the Window colour darkened by a third, which
# all but vanishes on the dark window and is too faint (2.4:1) on the light one; WCAG asks
# 3:1. Those two classes get a palette whose Window is the colour the ring should come from
# (they paint no background of their own, so nothing else of theirs changes).
INDICATOR_CLASSES = ("QRadioButton", "QCheckBox")
# The palette of one class of widgets. PySide6's stub asks for the class name as bytes, but
# the binding takes only str (6.11): typed here as it works.
_set_class_palette = cast("Callable[[QPalette, str], None]", QApplication.setPalette)
LIGHT_RING_SOURCE = "#a6a6a6"  # measured on #f3f3f3: 3.8:1 (radio), 3.5:1 (check box)
DARK_RING_SOURCE = "#d2d6dc"  # measured on #2b2d30: 3.7:1 (radio), 5.8:1 (check box)


def ring_palette(palette: QPalette, source: str) -> QPalette:
    rings = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        rings.setColor(group, QPalette.ColorRole.Window, QColor(source))
    return rings


class Appearance(QObject):
    """Applies the chosen theme and text size to the whole application and remembers them."""

    def __init__(self, app: QApplication, settings: QSettings, parent: QObject) -> None:
        super().__init__(parent)
        self._app = app
        self._settings = settings
        # The desktop's own size, not the app font: that one already carries the last zoom.
        self._base_point_size = QFontDatabase.systemFont(
            QFontDatabase.SystemFont.GeneralFont
        ).pointSizeF()
        if app.style().name() != "fusion":  # often it already is: a new one costs a frame
            app.setStyle("Fusion")
        app.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)
        self._sheet_on = False  # see use_style_sheet()
        self.apply()

    @property
    def theme(self) -> Theme:
        stored = str(self._settings.value(THEME_KEY, Theme.SYSTEM.value))
        return Theme(stored) if stored in Theme.__members__.values() else Theme.SYSTEM

    def set_theme(self, theme: Theme) -> None:
        self._settings.setValue(THEME_KEY, theme.value)
        self.apply()

    @property
    def text_step(self) -> int:
        # QSettings gives back text from an INI file and numbers from the registry.
        try:
            step = int(str(self._settings.value(TEXT_STEP_KEY, 0)))
        except ValueError:
            step = 0
        return min(MAX_TEXT_STEP, max(MIN_TEXT_STEP, step))

    def change_text_size(self, steps: int) -> None:
        """Bigger (+1), smaller (-1); 0 goes back to the normal size."""
        step = 0 if steps == 0 else self.text_step + steps
        self._settings.setValue(TEXT_STEP_KEY, min(MAX_TEXT_STEP, max(MIN_TEXT_STEP, step)))
        self.apply()

    def apply(self) -> None:
        dark = self.theme is Theme.DARK or (
            self.theme is Theme.SYSTEM
            and self._app.styleHints().colorScheme() == Qt.ColorScheme.Dark
        )
        colours = DARK_COLOURS if dark else LIGHT_COLOURS
        palette = palette_of(colours)
        self._app.setPalette(palette)
        indicators = ring_palette(palette, DARK_RING_SOURCE if dark else LIGHT_RING_SOURCE)
        for kind in INDICATOR_CLASSES:  # class palettes outlive a theme change: always set
            _set_class_palette(indicators, kind)
        size = self._base_point_size * TEXT_STEP_FACTOR**self.text_step
        font = QFont(self._app.font())
        font.setPointSizeF(size)
        self._app.setFont(font)
        if self._sheet_on:
            self._app.setStyleSheet(style_sheet(colours, size))
        _announce_palette_change()

    def use_style_sheet(self) -> None:
        """Style the widgets with quizapp.qss from now on. The window asks once its first
        frame is on screen: that frame (the menu bar and a word) is the palette's alone, the
        same with the sheet or without, and applying the sheet before it cost about 3 ms of
        CPU, 3 % of the bare window the start-up is measured against."""
        self._sheet_on = True
        self.apply()

    def _on_system_scheme_changed(self) -> None:
        if self.theme is Theme.SYSTEM:
            self.apply()


def _announce_palette_change() -> None:
    """Tell every widget, not only the windows Qt tells itself (PySide6 6.11): what draws a
    meaningful colour into rich text (a quote's highlighted words, the reader's marks) draws
    it again on ApplicationPaletteChange, and would otherwise keep the old theme's."""
    for widget in QApplication.allWidgets():
        if not widget.isWindow():
            QApplication.sendEvent(widget, QEvent(QEvent.Type.ApplicationPaletteChange))
