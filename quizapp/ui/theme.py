"""Light and dark palettes, the System / Light / Dark choice, and the text size.

Fusion with palettes of our own looks the same on every platform and under Xvfb (which has
no desktop theme). "System" picks the palette that matches the desktop's colour scheme and
follows it when the desktop switches. The choice and the text size live in QSettings, so the
trainee finds the app as they left it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
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
    """Colours with a meaning (right, wrong, warning...), chosen to read on the palette.

    (A named tuple rather than a dataclass: it is made while the first window is drawn, and
    a dataclass compiles its methods when it is defined.)
    """

    good: str
    partial: str
    bad: str
    warning: str  # a background under white text
    flag: str
    mark_background: str
    mark_text: str
    passage_background: str  # behind a quote standing on its own
    passage_mark: str  # behind the passage inside the whole document
    notice_background: str
    error_background: str


_LIGHT_COLOURS = Colours(
    good="#1b6e2a",
    partial="#8a5a00",
    bad="#b3261e",
    warning="#b3261e",
    flag="#c25e00",
    mark_background="#ffe066",
    mark_text="#1a1a1a",
    passage_background="#eef3fb",
    passage_mark="#cfe0f7",
    notice_background="#e6effa",
    error_background="#fbe3e1",
)
_DARK_COLOURS = Colours(
    good="#7bd88f",
    partial="#f2c46d",
    bad="#ff8a80",
    warning="#c0392b",
    flag="#ffb15c",
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
    return _DARK_COLOURS if is_dark(QGuiApplication.palette()) else _LIGHT_COLOURS


def _palette(entries: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, colour in entries.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def light_palette() -> QPalette:
    role = QPalette.ColorRole
    return _palette(
        {
            role.Window: "#f3f3f3",
            role.WindowText: "#1a1a1a",
            role.Base: "#ffffff",
            role.AlternateBase: "#f0f4f8",
            role.Text: "#1a1a1a",
            role.Button: "#e8e8e8",
            role.ButtonText: "#1a1a1a",
            role.Highlight: "#2f6fb3",
            role.HighlightedText: "#ffffff",
            role.ToolTipBase: "#ffffdc",
            role.ToolTipText: "#1a1a1a",
            role.PlaceholderText: "#6b6b6b",
            role.Link: "#1f5fa6",
            role.Light: "#ffffff",
            role.Midlight: "#f0f0f0",
            role.Mid: "#b8b8b8",
            role.Dark: "#8c8c8c",
            role.Shadow: "#5a5a5a",
            role.BrightText: "#ffffff",
        },
        disabled_text="#8a8a8a",
    )


def dark_palette() -> QPalette:
    role = QPalette.ColorRole
    return _palette(
        {
            role.Window: "#2b2d30",
            role.WindowText: "#e6e6e6",
            role.Base: "#1e1f22",
            role.AlternateBase: "#26282b",
            role.Text: "#e6e6e6",
            role.Button: "#3a3d41",
            role.ButtonText: "#e6e6e6",
            role.Highlight: "#4a88c7",
            role.HighlightedText: "#ffffff",
            role.ToolTipBase: "#3a3d41",
            role.ToolTipText: "#e6e6e6",
            role.PlaceholderText: "#9a9a9a",
            role.Link: "#8ab4f8",
            role.Light: "#505357",
            role.Midlight: "#45484c",
            role.Mid: "#5c5f63",
            role.Dark: "#1a1b1d",
            role.Shadow: "#000000",
            role.BrightText: "#ffffff",
        },
        disabled_text="#7a7a7a",
    )


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
        palette = dark_palette() if dark else light_palette()
        self._app.setPalette(palette)
        indicators = ring_palette(palette, DARK_RING_SOURCE if dark else LIGHT_RING_SOURCE)
        for kind in INDICATOR_CLASSES:  # class palettes outlive a theme change: always set
            _set_class_palette(indicators, kind)
        font = QFont(self._app.font())
        font.setPointSizeF(self._base_point_size * TEXT_STEP_FACTOR**self.text_step)
        self._app.setFont(font)
        _reapply_style_sheets()
        _announce_palette_change()

    def _on_system_scheme_changed(self) -> None:
        if self.theme is Theme.SYSTEM:
            self.apply()


def _announce_palette_change() -> None:
    """Tell every widget, not only the windows Qt tells itself (PySide6 6.11): the countdown,
    the question strip, the banner and the feedback panels restyle on ApplicationPaletteChange
    with the new theme's meaningful colours, and would otherwise keep the old theme's."""
    for widget in QApplication.allWidgets():
        if not widget.isWindow():
            QApplication.sendEvent(widget, QEvent(QEvent.Type.ApplicationPaletteChange))


def _reapply_style_sheets() -> None:
    """Qt keeps the font and the `palette(...)` colours a widget had when its style sheet was
    applied, and ignores later changes to the application's; applying the sheet again picks
    up the new size and theme."""
    for widget in QApplication.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
