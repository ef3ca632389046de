"""Whether the machine has a font Qt can draw our text with.

With no font installed, Qt draws every letter as an empty box and reports nothing, so the
trainee sees a window of boxes and nobody knows why. A dialog would be drawn in boxes too,
so the warning goes to stderr and to the log file, naming the package that fixes it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

log = logging.getLogger(__name__)

FONT_PACKAGE = "fonts-dejavu-core"
NO_FONTS = (
    "no font that can draw Latin letters is installed, so every letter would be drawn as an "
    f"empty box. Install one: on Debian or Ubuntu `sudo apt-get install {FONT_PACKAGE}`; "
    "elsewhere any common font such as DejaVu Sans."
)


def warn_if_no_fonts(latin_families: Sequence[str]) -> bool:
    """Say so on stderr and in the log when no family covers Latin; True when it did.

    `latin_families` is what QFontDatabase.families(WritingSystem.Latin) returns (a test
    passes its own list).
    """
    if latin_families:
        return False
    print(f"quizapp: {NO_FONTS}", file=sys.stderr)
    log.error("No usable font: %s", NO_FONTS)
    return True
