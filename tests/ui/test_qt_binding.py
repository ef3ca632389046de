"""The Qt binding itself must survive a long quiz.

PySide6 6.12.0 hands back None from every void method (setText, setEnabled...) without
taking a reference to it. From Python 3.12 on None is immortal and nothing happens; on 3.11
every call wears None's count down by one, until the interpreter aborts with "deallocating
None": a quiz of 100 questions got there before its last question. pyproject.toml keeps that
release out on 3.11; this test keeps out any other that does the same.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel

CALLS = 200  # few: on a bad release the whole test run must not abort


def test_qt_calls_leave_the_count_of_none_alone(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
        label.setEnabled(True)
    assert sys.getrefcount(None) > before - CALLS // 10


def test_the_import_scan_is_answered_by_name_without_reading_source() -> None:
    """If a PySide6 release moves its feature support, this fails instead of start-up slowing."""
    import types

    from shibokensupport import feature

    from quizapp.ui.binding import skip_feature_source_scan

    assert skip_feature_source_scan() is True
    assert feature._mod_uses_pyside(types.ModuleType("sqlalchemy.orm")) is False
    assert feature._mod_uses_pyside(types.ModuleType("quizapp.ui.trainee.start_page")) is True
    assert feature._mod_uses_pyside(types.ModuleType("PySide6.QtWidgets")) is True
    assert feature._mod_uses_pyside(types.ModuleType("quizapp.uix")) is False
