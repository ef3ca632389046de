"""Python's cyclic garbage collector while the desktop app starts, and after.

Starting makes about 80,000 objects the collector tracks (Qt's enums, SQLAlchemy's classes)
and frees almost none of them: with the usual thresholds it passes over them some 140 times
while SQLAlchemy and the services load, freeing a few hundred, at a cost of about 40 ms of
the 290 it takes here. The passes are spaced out while the app starts, not switched off, so
a start-up that never finishes still collects. Once it has finished, one full pass frees
what it left behind (about 25 ms here), the survivors are frozen out of later passes, and
those run as usual again.
"""

from __future__ import annotations

import gc

USUAL_THRESHOLDS = gc.get_threshold()
START_UP_THRESHOLDS = (50_000, 20, 100)


def space_out() -> None:
    gc.set_threshold(*START_UP_THRESHOLDS)


def settle() -> None:
    gc.collect()
    gc.freeze()
    gc.set_threshold(*USUAL_THRESHOLDS)
