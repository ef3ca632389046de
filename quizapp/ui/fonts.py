"""Whether the machine has a font Qt can draw our text with.

With no font installed, Qt draws every letter as an empty box and reports nothing, so the
trainee sees a window of boxes and nobody knows why. A dialog would be drawn in boxes too,
so the warning goes to stderr and to the log file, naming the package that fixes it.

Asking for the list of families is not enough: fontconfig still offers its generic names
("Sans Serif", "Monospace") when no font file is installed. So the check asks whether the
app's font has glyphs for Latin letters.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QFont, QFontMetrics

log = logging.getLogger(__name__)

FONT_PACKAGE = "fonts-dejavu-core"
NO_FONTS = (
    "no font that can draw Latin letters is installed, so every letter would be drawn as an "
    f"empty box. Install one: on Debian or Ubuntu `sudo apt-get install {FONT_PACKAGE}`; "
    "elsewhere any common font such as DejaVu Sans."
)


def draws_latin(font: QFont) -> bool:
    metrics = QFontMetrics(font)
    return all(metrics.inFont(letter) for letter in "Aa")


def warn_if_no_fonts(font: QFont) -> bool:
    """Say so on stderr and in the log when `font` cannot draw Latin text; True when it did."""
    if draws_latin(font):
        return False
    print(f"quizapp: {NO_FONTS}", file=sys.stderr)
    log.error("No usable font: %s", NO_FONTS)
    return True
