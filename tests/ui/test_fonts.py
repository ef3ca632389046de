"""Without fonts Qt draws boxes and says nothing: the app says so, on stderr and in its log."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from quizapp.ui.fonts import FONT_PACKAGE, warn_if_no_fonts
from tests.ui.app_process import log_file, start_app

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
    done = start_app(tmp_path, FONTCONFIG_FILE=str(config))
    assert "every letter would be drawn as an empty box" in done.stderr
    assert f"sudo apt-get install {FONT_PACKAGE}" in done.stderr
    assert "ERROR quizapp.ui.fonts: No usable font: no font that can draw Latin" in log_file(
        tmp_path
    )
