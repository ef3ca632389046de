"""The cyclic collector is spaced out while the app starts and back to usual afterwards."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from quizapp import collector


@pytest.fixture
def restored() -> Iterator[None]:
    before = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*before)


@pytest.mark.usefixtures("restored")
def test_start_up_spaces_passes_out_without_switching_them_off() -> None:
    collector.space_out()
    assert gc.isenabled()
    assert gc.get_threshold()[0] > collector.USUAL_THRESHOLDS[0]


@pytest.mark.usefixtures("restored")
def test_settling_frees_the_start_ups_garbage_then_freezes_the_rest() -> None:
    collector.space_out()

    class Node:
        partner: object

    first, second = Node(), Node()
    first.partner, second.partner = second, first  # a cycle only the collector can free
    garbage = weakref.ref(first)
    del first, second
    collector.settle()
    assert garbage() is None, "frozen, the cycle would never be freed"
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == collector.USUAL_THRESHOLDS
