"""Python's cyclic garbage collector while the desktop app starts, and after.

Starting allocates about a million objects (Qt's enums, SQLAlchemy's classes) and frees
almost none of them, so the collector's frequent passes over them are pure cost: about a
tenth of the time until SQLAlchemy is loaded. They are spaced out while the app starts, not
switched off, so a start-up that never finishes still collects; once the app is ready, what
it made is frozen out of later passes, which then run as usual.
"""

from __future__ import annotations

import gc

USUAL_THRESHOLDS = gc.get_threshold()
START_UP_THRESHOLDS = (50_000, 20, 100)


def space_out() -> None:
    gc.set_threshold(*START_UP_THRESHOLDS)


def settle() -> None:
    gc.freeze()
    gc.set_threshold(*USUAL_THRESHOLDS)
