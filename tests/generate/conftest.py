"""Fixtures for the generator's tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def any_explanation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep drafts whose explanation only says the rule again. Tests of how a family drafts
    a question write one bare rule, whose explanation can say nothing more; whether a set
    keeps such a question is tested on its own (test_purposes.py)."""
    monkeypatch.setattr("quizapp.generate.quality.explains_nothing", lambda draft, source: False)
