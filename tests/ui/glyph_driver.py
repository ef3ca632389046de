"""Opens the real main window on a database and prints what its banner says once the names
are listed, for test_glyphs.py, which runs it with only the fonts it chooses installed (a
font configuration of its own: fonts are the process's, fixed when Qt starts).

Usage: glyph_driver.py DATABASE_URL SETTINGS_FILE
Prints `NOTICE <json text>` (empty when the banner is hidden).
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from quizapp.ui.app import make_backend
from quizapp.ui.main_window import MainWindow


def main(url: str, settings_file: str) -> int:
    app = QApplication(sys.argv)
    window = MainWindow(make_backend(url), QSettings(settings_file, QSettings.Format.IniFormat))
    ready: list[bool] = []
    window.ready.connect(lambda: ready.append(True))
    window.show()
    while not ready:
        QTest.qWait(10)
    print("NOTICE", json.dumps(window.notice.text()), flush=True)
    window.close()
    window.backend.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
