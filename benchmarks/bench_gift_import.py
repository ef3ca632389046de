"""How long a 10,000-question GIFT file takes to read, and to import into a new database.

Run with `python benchmarks/bench_gift_import.py [--quick]`. It prints seconds and peak
memory of the parse (the GIFT reader alone) and of the whole import (reader, checks, one
SQLite transaction), and exits 1 when the import takes more than 2 seconds or needs much
more memory than the parsed set itself.
"""

from __future__ import annotations

import sys
import tempfile
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from harness import Bench

from quizapp.formats import gift
from quizapp.services.question_sets import import_file
from quizapp.storage.database import Database
from quizapp.storage.schema import prepare

QUESTIONS = 10_000


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


def peak_mib(work: Callable[[], object]) -> float:
    """Peak traced allocation of one run, in a run of its own: tracing slows Python down."""
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> int:
    bench = Bench.from_args(f"GIFT: {QUESTIONS:,} questions")
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        source = folder / "bench.gift"
        build(source)
        result = gift.read_file(source)
        assert len(result.question_set.questions) == QUESTIONS and not result.invalid
        runs = iter(range(1_000))

        def parse() -> object:
            return gift.read_file(source)

        def whole_import() -> object:
            db = Database(f"sqlite:///{folder / f'bench-{next(runs)}.sqlite3'}")
            prepare(db)
            report = import_file(db, source)
            assert report.version == 1 and report.questions == QUESTIONS, report
            return report

        bench.record("parse", bench.median(parse), "s")
        seconds = bench.median(whole_import, 1 if bench.quick else 3)
        bench.record("import (parse, checks, SQLite)", seconds, "s", "< 2 s", seconds < 2.0)
        parsed, imported = peak_mib(parse), peak_mib(whole_import)
        bench.record("peak memory: parse", parsed, "MiB")
        bench.record("peak memory: import", imported, "MiB")
        growth = imported / parsed
        bench.record("import / parse memory", growth, "x", "<= 1.5x", growth <= 1.5)
    return bench.finish()


if __name__ == "__main__":
    sys.exit(main())
