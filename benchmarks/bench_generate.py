"""How the generator's time grows with the document: seconds per MB at 100 KB and at 1 MB.

The documents are made from the generator tests' own documents, repeated with their numbers,
names and headings varied per copy so that no two copies are the same text. Exits 1 when a
megabyte costs more than twice as much at 1 MB as at 100 KB, i.e. when the time is not linear.

    python benchmarks/bench_generate.py [--quick]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from harness import Bench

from quizapp.generate import generate_set

REPO = Path(__file__).resolve().parent.parent

DOCUMENTS = REPO / "tests/generate/documents"
PART_NAMES = ("North", "South", "East", "West", "Upper", "Lower", "Inner", "Outer")


def _variant(text: str, copy: int) -> str:
    """One copy of a document with its figures shifted and its names and headings renamed."""
    text = re.sub(r"\d+", lambda m: str(int(m.group(0)) + copy), text)
    part = f"{PART_NAMES[copy % len(PART_NAMES)]} {copy}"
    text = re.sub(r"^(#+ .+|[A-Z][^.\n]{0,60}\.)$", rf"\1 ({part})", text, flags=re.M)
    return text.replace("Harbour Road", f"Harbour Road {part}").replace("Lisbon", f"Lisbon {part}")


def _document(size: int) -> str:
    sources = [
        p.read_text(encoding="utf-8")
        for p in sorted(DOCUMENTS.iterdir())
        if p.suffix in (".txt", ".md") and p.name != "SOURCES.md"
    ]
    parts: list[str] = [sources[0].split("\n", 1)[0] + "\n\n"]
    copy = 0
    while sum(len(p) for p in parts) < size:
        body = sources[copy % len(sources)].split("\n", 1)[1]
        parts.append(_variant(body, copy) + "\n")
        copy += 1
    return "".join(parts)


def main() -> int:
    bench = Bench.from_args("Generator: time against document size")
    speech = (REPO / "resources/speech/how-to-be-a-good-village-party-secretary.txt").read_text(
        encoding="utf-8"
    )
    seconds = bench.median(lambda: generate_set(speech, set_id="speech"))
    bench.record("the speech (34 KB)", seconds, "s", "< 1 s", seconds < 1.0)
    per_mb = {}
    for size, label in ((100_000, "100 KB"), (1_000_000, "1 MB")):
        text = _document(size)
        megabytes = len(text.encode("utf-8")) / 1_000_000
        repeats = 1 if bench.quick else (5 if size < 1_000_000 else 2)
        per_mb[size] = bench.median(lambda text=text: generate_set(text, set_id="bench"), repeats)
        per_mb[size] /= megabytes
        bench.record(f"{label} document", per_mb[size], "s/MB")
    ratio = per_mb[1_000_000] / per_mb[100_000]
    bench.record("s/MB at 1 MB / at 100 KB", ratio, "x", "<= 2x (linear)", ratio <= 2.0)
    return bench.finish()


if __name__ == "__main__":
    sys.exit(main())
