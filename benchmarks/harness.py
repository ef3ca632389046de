"""What every benchmark shares: repeated timing, a floor measured in the same run, a table.

These machines are shared and noisy, so targets are ratios against a floor taken side by side
in the same process, medians of several runs; a missed target exits 1 so `make bench` fails
loudly. `--quick` (what CI runs) repeats little and checks no target: it only keeps the
benchmarks from rotting.
"""

from __future__ import annotations

import argparse
import atexit
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Row:
    name: str
    value: float
    unit: str
    target: str
    ok: bool | None  # None: informational, or not checked in quick mode


@dataclass
class Bench:
    title: str
    quick: bool
    rows: list[Row]

    @classmethod
    def from_args(cls, title: str) -> Bench:
        parser = argparse.ArgumentParser(description=title)
        parser.add_argument("--quick", action="store_true", help="few repetitions, no target check")
        return cls(title, parser.parse_args().quick, [])

    @property
    def repeats(self) -> int:
        return 2 if self.quick else 7

    def scratch(self, prefix: str) -> Path:
        """A temporary folder for this run's databases and files, removed when it ends."""
        folder = Path(tempfile.mkdtemp(prefix=prefix))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        return folder

    def median(self, run: Callable[[], object], repeats: int | None = None) -> float:
        """Median wall time of `run` in seconds."""
        times = []
        for _ in range(repeats or self.repeats):
            start = time.perf_counter()
            run()
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    def record(
        self, name: str, value: float, unit: str, target: str = "", ok: bool | None = None
    ) -> None:
        self.rows.append(Row(name, value, unit, target, None if self.quick else ok))

    def finish(self) -> int:
        """Print the table; 1 when any target was missed."""
        width = max(len(r.name) for r in self.rows)
        print(f"\n{self.title}{' (quick: targets not checked)' if self.quick else ''}")
        for r in self.rows:
            verdict = {True: "ok", False: "MISSED", None: ""}[r.ok]
            print(f"  {r.name:<{width}}  {r.value:>10.3f} {r.unit:<6} {r.target:<18} {verdict}")
        missed = [r.name for r in self.rows if r.ok is False]
        sys.stdout.flush()
        if missed:
            print(f"targets missed: {', '.join(missed)}", file=sys.stderr)
        return 1 if missed else 0
