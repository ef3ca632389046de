"""How long a 10,000-question GIFT file takes to read, and to import into a new database.

Run with `python benchmarks/bench_gift_import.py`. It prints seconds and peak memory of the
parse (the GIFT reader alone) and of the whole import (reader, checks, one SQLite
transaction), and exits 1 when the import takes more than the 2 seconds issue 5 allows.
Peak memory is traced in a separate run, because tracing slows Python down several times.
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from quizapp.formats import gift

QUESTIONS = 10_000
LIMIT_SECONDS = 2.0


def build(path: Path) -> None:
    """A realistic mix: choice questions with feedback, weights, true/false, short answers."""
    blocks = ["$CATEGORY: $course$/top/Benchmark\n"]
    for n in range(QUESTIONS):
        kind = n % 4
        if kind == 0:
            body = (
                f"::Q{n}::Which colour comes after orange in question {n}?{{\n"
                "\t=yellow#Right: the rainbow goes on to yellow.\n\t~red#No, red comes before.\n"
                "\t~blue#No.\n\t~green#Not yet.\n\t####Red, orange, yellow, green, blue.\n}"
            )
        elif kind == 1:
            body = f"// [tag:multi]\n::Q{n}::Which are primes ({n})? {{~%50%2 ~%50%3 ~%-100%4}}"
        elif kind == 2:
            body = f"::Q{n}::Question {n} is true.{{TRUE#Look again.#Yes.}}"
        else:
            body = f"::Q{n}::Two plus two equals {{=four =4 =%50%quatre#Close.}} in case {n}."
        blocks.append(body + "\n")
    path.write_text("\n".join(blocks), encoding="utf-8")


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def peak_mib(work: Callable[[], object]) -> float:
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def importer(folder: Path, source: Path) -> Callable[[], object] | None:
    """The whole import into a fresh SQLite database, if the services layer offers one."""
    try:
        from quizapp.services.question_sets import import_file
        from quizapp.storage.database import Database
        from quizapp.storage.schema import prepare
    except ImportError:
        return None
    runs = iter(range(1_000))

    def run() -> object:
        db = Database(f"sqlite:///{folder / f'bench-{next(runs)}.sqlite3'}")
        prepare(db)
        report = import_file(db, source)
        assert report.version == 1 and report.questions == QUESTIONS, report
        return report

    return run


def main() -> int:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        source = folder / "bench.gift"
        build(source)
        parse = lambda: gift.read_file(source)  # noqa: E731
        result = gift.read_file(source)
        assert len(result.question_set.questions) == QUESTIONS and not result.invalid
        print(f"file: {QUESTIONS} questions, {source.stat().st_size / 2**20:.1f} MiB")
        print(f"parse:  {timed(parse):.2f} s, peak {peak_mib(parse):.0f} MiB")
        whole = importer(folder, source)
        if whole is None:
            print("import: quizapp.services has no import function; parse timed only")
            return 0
        seconds = timed(whole)
        print(f"import: {seconds:.2f} s (parse + checks + SQLite), peak {peak_mib(whole):.0f} MiB")
        if seconds > LIMIT_SECONDS:
            print(f"FAIL: the import took more than {LIMIT_SECONDS:.0f} s")
            return 1
        return 0


if __name__ == "__main__":
    sys.exit(main())
