"""Without fonts Qt draws boxes and says nothing: the app says so, on stderr and in its log."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from quizapp.ui.app import TRACE_ENV
from quizapp.ui.fonts import FONT_PACKAGE, warn_if_no_fonts
from tests.conftest import REPO_ROOT

NO_FONTS_CONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def test_the_font_check_is_quiet_where_fonts_are_installed(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    assert warn_if_no_fonts(qapp.font()) is False
    assert capsys.readouterr().err == ""
    assert caplog.records == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is Linux's")
def test_the_app_started_without_fonts_says_so_on_stderr_and_in_its_log(tmp_path: Path) -> None:
    """The real app, given a fontconfig that knows no font file (as on a bare machine)."""
    config = tmp_path / "fonts.conf"
    config.write_text(NO_FONTS_CONFIG.format(cache=tmp_path / "cache"), encoding="utf-8")
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FONTCONFIG_FILE": str(config),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        TRACE_ENV: "1",  # quit once ready
    }
    url = f"sqlite:///{tmp_path / 'quiz.sqlite3'}"
    done = subprocess.run(
        [sys.executable, "-m", "quizapp", "--database", url],
        capture_output=True,
        text=True,
        env=environment,
        cwd=REPO_ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "every letter would be drawn as an empty box" in done.stderr
    assert f"sudo apt-get install {FONT_PACKAGE}" in done.stderr
    log = (tmp_path / "data" / "quizapp" / "quizapp.log").read_text(encoding="utf-8")
    assert "ERROR quizapp.ui.fonts: No usable font: no font that can draw Latin" in log
