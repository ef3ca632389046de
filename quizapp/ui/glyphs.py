"""Text that no installed font can draw, and the font package that would draw it.

With only DejaVu installed, a Chinese name is drawn as a row of empty boxes and nobody is
told why. Qt falls back from the app's font to any installed font that has a character, so
a character is missing only when no installed font has it: that is what is asked here, per
character, and the answer names the Debian package to install (fonts-noto-cjk for Chinese,
Japanese and Korean, fonts-noto-color-emoji for emoji, fonts-noto-core for the rest).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication

# Unicode blocks (first, last code point) and the package whose fonts cover them.
_PACKAGES = (
    (0x1100, 0x11FF, "fonts-noto-cjk"),  # Hangul Jamo
    (0x2E80, 0x9FFF, "fonts-noto-cjk"),  # CJK radicals, punctuation, Kana, ideographs
    (0xA960, 0xA97F, "fonts-noto-cjk"),  # Hangul Jamo Extended-A
    (0xAC00, 0xD7FF, "fonts-noto-cjk"),  # Hangul syllables
    (0xF900, 0xFAFF, "fonts-noto-cjk"),  # CJK compatibility ideographs
    (0xFE30, 0xFE4F, "fonts-noto-cjk"),  # CJK compatibility forms
    (0xFF00, 0xFFEF, "fonts-noto-cjk"),  # full-width forms
    (0x20000, 0x3FFFF, "fonts-noto-cjk"),  # CJK extensions
    (0x1F000, 0x1FAFF, "fonts-noto-color-emoji"),  # emoji and pictographs
)
OTHER_SCRIPTS = "fonts-noto-core"  # Arabic, Hebrew, Devanagari, Thai, Ethiopic...


def font_package(character: str) -> str:
    """The Debian package with a font for `character`."""
    point = ord(character)
    return next((pkg for first, last, pkg in _PACKAGES if first <= point <= last), OTHER_SCRIPTS)


@cache
def _app_font() -> QFontMetrics:
    return QFontMetrics(QGuiApplication.font())


@cache
def _fallbacks() -> list[QFontMetrics]:
    """Every installed family, listed only once a character is missing from the app's font
    (asking fontconfig for them all is not free)."""
    return [QFontMetrics(QFont(family)) for family in QFontDatabase.families()]


@cache
def _drawable(point: int) -> bool:
    """Whether the app's font, or any installed font Qt can fall back to, has the glyph.
    The font that had the last one is asked first: a Chinese document's thousands of
    characters mostly come from one font, so each costs one look, not one per family."""
    if _app_font().inFontUcs4(point):
        return True
    fonts = _fallbacks()
    for index, metrics in enumerate(fonts):
        if metrics.inFontUcs4(point):
            fonts.insert(0, fonts.pop(index))
            return True
    return False


@dataclass(frozen=True)
class MissingGlyphs:
    """Characters no installed font has (drawn as boxes), and the packages that draw them."""

    characters: str
    packages: tuple[str, ...]

    @property
    def message(self) -> str:
        shown = self.characters[:12] + ("…" if len(self.characters) > 12 else "")
        return (
            "Some characters here cannot be shown, because no font installed on this "
            f"computer has them ({shown}): they appear as empty boxes. Ask for the font "
            "package to be installed: on Debian or Ubuntu, "
            f"`sudo apt-get install {' '.join(self.packages)}`."
        )


def missing_glyphs(text: str) -> MissingGlyphs | None:
    """What of `text` no installed font can draw; None when every character is drawn.
    Spaces, controls and invisible format characters need no glyph."""
    missing = "".join(
        character
        for character in dict.fromkeys(text)
        if unicodedata.category(character)[0] not in "ZC" and not _drawable(ord(character))
    )
    if not missing:
        return None
    return MissingGlyphs(missing, tuple(sorted({font_package(c) for c in missing})))
