"""How the generator's time grows with the document: seconds per MB at 100 KB and at 1 MB.

The documents are made from the generator tests' own documents, repeated with their numbers,
names and headings varied per copy so that no two copies are the same text. Exits 1 when a
megabyte costs more than twice as much at 1 MB as at 100 KB, i.e. when the time is not linear.

    python benchmarks/bench_generate.py
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from quizapp.generate import generate_set  # noqa: E402

DOCUMENTS = REPO / "tests/generate/documents"
PART_NAMES = ("North", "South", "East", "West", "Upper", "Lower", "Inner", "Outer")


def _variant(text: str, copy: int) -> str:
    """One copy of a document with its figures shifted and its names and headings renamed."""
    text = re.sub(r"\d+", lambda m: str(int(m.group(0)) + copy), text)
    part = f"{PART_NAMES[copy % len(PART_NAMES)]} {copy}"
    text = re.sub(r"^(#+ .+|[A-Z][^.\n]{0,60}\.)$", rf"\1 ({part})", text, flags=re.M)
    return text.replace("Harbour Road", f"Harbour Road {part}").replace("Lisbon", f"Lisbon {part}")


def _document(size: int) -> str:
    sources = [p.read_text(encoding="utf-8") for p in sorted(DOCUMENTS.iterdir())]
    parts: list[str] = [sources[0].split("\n", 1)[0] + "\n\n"]
    copy = 0
    while sum(len(p) for p in parts) < size:
        body = sources[copy % len(sources)].split("\n", 1)[1]
        parts.append(_variant(body, copy) + "\n")
        copy += 1
    return "".join(parts)


def _seconds_per_mb(size: int, rounds: int) -> tuple[float, int]:
    text = _document(size)
    best = float("inf")
    questions = 0
    for _ in range(rounds):
        started = time.perf_counter()
        questions = len(generate_set(text, set_id="bench").questions)
        best = min(best, time.perf_counter() - started)
    return best / (len(text.encode("utf-8")) / 1_000_000), questions


def main() -> int:
    small, small_questions = _seconds_per_mb(100_000, rounds=5)
    large, large_questions = _seconds_per_mb(1_000_000, rounds=2)
    print(f"100 KB: {small:.3f} s/MB ({small_questions} questions)")
    print(f"  1 MB: {large:.3f} s/MB ({large_questions} questions)")
    ratio = large / small
    print(f"ratio 1 MB / 100 KB: {ratio:.2f} ({'linear' if ratio <= 2 else 'NOT linear'})")
    return 0 if ratio <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
