"""Which format a file is in, and the one place the CLI and the UI read and write any of them.

Detection trusts a distinctive extension (.yaml, .gift, .xml, .csv) and looks at the content
only where the extension is shared (.txt holds both GIFT and Aiken) or unknown.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol

from quizapp.domain.problems import Problem, QuestionFileError
from quizapp.domain.questions import QuestionSet
from quizapp.formats import FORMAT_NAMES
from quizapp.formats.base import ReadResult, read_text_file
from quizapp.formats.interchange import ExportError

__all__ = ["FORMAT_NAMES", "ExportError", "detect_format", "dumps", "read_file", "write_file"]


_EXTENSIONS = {
    ".yaml": "native",
    ".yml": "native",
    ".gift": "gift",
    ".xml": "moodle-xml",
    ".csv": "csv",
    ".tsv": "csv",
}
_AIKEN_ANSWER = re.compile(r"^\s*ANSWER:\s*[A-Z]", re.MULTILINE)
# An option line (`B) Lyon`) and then the `ANSWER:` line closing the question: Aiken's own
# shape, and a stronger sign than braces, which an Aiken question may hold in its text.
_AIKEN_CLOSED = re.compile(r"^[ \t]*[A-Z][).][^\n]*\n\s*ANSWER:\s*[A-Z]", re.MULTILINE)
_GIFT_ANSWERS = re.compile(r"\{[^{}]*\}")
_NATIVE = re.compile(r"^format:\s*[\"']?quizapp-set/", re.MULTILINE)
_CSV_HEADER = re.compile(r"^\ufeff?[^\n]*\bprompt\b[^\n]*[,;\t]", re.IGNORECASE)


def detect_format(path: Path, text: str | None = None) -> str:
    """The format of `path`, from its extension or, where that is ambiguous, its content.

    Raises QuestionFileError when the content fits no format we read.
    """
    by_extension = _EXTENSIONS.get(path.suffix.lower())
    if by_extension:
        return by_extension
    if text is None:
        text = read_text_file(path)
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        return "moodle-xml"
    if _NATIVE.search(text):
        return "native"
    if _CSV_HEADER.match(head):
        return "csv"
    if _AIKEN_CLOSED.search(text):
        return "aiken"
    if _AIKEN_ANSWER.search(text) and not _GIFT_ANSWERS.search(text):
        return "aiken"
    if _GIFT_ANSWERS.search(text) or "$CATEGORY:" in text:
        return "gift"
    raise QuestionFileError(
        [
            Problem(
                str(path),
                None,
                "cannot tell the format of this file; name it with --format "
                f"({', '.join(FORMAT_NAMES)})",
            )
        ]
    )


def read_file(path: Path, fmt: str = "auto") -> ReadResult:
    """Read `path` in `fmt`, or in the format `detect_format` finds when `fmt` is "auto"."""
    if fmt == "auto":
        fmt = detect_format(path)
    return _module(fmt).read_file(path)


def dumps(qset: QuestionSet, fmt: str) -> str:
    """The set written in `fmt`; raises ExportError when some questions do not fit the format."""
    return _module(fmt).dumps(qset)


def write_file(qset: QuestionSet, path: Path, fmt: str) -> None:
    """Write the set to `path` in `fmt`, whole or not at all (ExportError, nothing written)."""
    text = dumps(qset, fmt)
    path.write_text(text, encoding="utf-8", newline="" if fmt == "csv" else None)


class _Format(Protocol):
    """What each format's module offers."""

    def read_file(self, path: Path) -> ReadResult: ...

    def dumps(self, qset: QuestionSet) -> str: ...


def _module(fmt: str) -> _Format:
    """The format's module, imported when first asked for: the app's start-up reads only the
    native files it ships, and Moodle XML alone brings in defusedxml and expat."""
    match fmt:
        case "native":
            from quizapp.formats import native

            return native
        case "gift":
            from quizapp.formats import gift

            return gift
        case "aiken":
            from quizapp.formats import aiken

            return aiken
        case "moodle-xml":
            from quizapp.formats import moodle_xml

            return moodle_xml
        case "csv":
            from quizapp.formats import csv_table

            return csv_table
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMAT_NAMES)}")
