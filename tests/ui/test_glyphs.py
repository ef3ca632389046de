"""A name, a question or a document in a script no installed font has: the app names the
font package to install, instead of leaving a row of empty boxes unexplained."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from quizapp.services import trainees
from quizapp.storage.database import Database
from quizapp.storage.schema import prepare
from quizapp.ui.glyphs import font_package
from tests.ui.app_process import run_python

DRIVER = Path(__file__).with_name("glyph_driver.py")
ONLY_THESE_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{folder}</dir><cachedir>{cache}</cachedir></fontconfig>
"""


def test_each_script_is_sent_to_its_font_package() -> None:
    assert [font_package(c) for c in "李ひ한" + "\uff21"] == ["fonts-noto-cjk"] * 4
    assert font_package("\U0001f642") == "fonts-noto-color-emoji"
    assert font_package("ก") == "fonts-noto-core"  # Thai, and every other script


def _dejavu() -> Path | None:
    for root in (Path("/usr/share/fonts"), Path("/usr/local/share/fonts")):
        found = next(root.rglob("DejaVuSans.ttf"), None) if root.is_dir() else None
        if found is not None:
            return found.parent
    return None


def _banner(tmp_path: Path, url: str, fonts: Path) -> str:
    """What the window's banner says with only the fonts in `fonts` installed."""
    config = tmp_path / "fonts.conf"
    config.write_text(ONLY_THESE_FONTS.format(folder=fonts, cache=tmp_path / "cache"), "utf-8")
    done = run_python(
        tmp_path, str(DRIVER), url, str(tmp_path / "settings.ini"), FONTCONFIG_FILE=str(config)
    )
    line = next(line for line in done.stdout.splitlines() if line.startswith("NOTICE "))
    return str(json.loads(line.removeprefix("NOTICE ")))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is Linux's")
def test_a_chinese_name_with_only_dejavu_installed_names_fonts_noto_cjk(tmp_path: Path) -> None:
    """With only DejaVu, a Chinese name showed as boxes without a word."""
    fonts = _dejavu()
    if fonts is None:
        pytest.skip("DejaVu Sans is not installed where fontconfig usually has it")
    url = f"sqlite:///{tmp_path / 'names.sqlite3'}"
    db = Database(url)
    prepare(db)
    trainees.add_trainee(db, "Ann")
    trainees.add_trainee(db, "李伟")
    db.dispose()
    notice = _banner(tmp_path, url, fonts)
    assert "no font installed on this computer has them (李伟)" in notice
    assert "sudo apt-get install fonts-noto-cjk" in notice
