"""What every reader returns, so the importer treats all formats alike."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quizapp.domain.problems import Problem, QuestionFileError, Skipped
from quizapp.domain.questions import QuestionSet


@dataclass(frozen=True)
class ReadResult:
    """A parsed file.

    `question_set` holds only the questions that can be asked. `skipped` lists questions of a
    kind we cannot run (essay, matching...), which never refuse a file. `invalid` lists the
    problems of questions that are broken: the importer refuses the whole file when there are
    any, unless the trainer asked to skip invalid questions. A file that cannot be read at all
    makes the reader raise `QuestionFileError` instead.
    """

    question_set: QuestionSet
    format: str
    skipped: tuple[Skipped, ...] = ()
    invalid: tuple[Problem, ...] = ()


def read_text_file(path: Path) -> str:
    """The file's text; refuses what is not UTF-8 and names the line of the first bad byte.

    Moodle refuses such files too: guessing an 8-bit code page would silently garble accents.
    """
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise QuestionFileError(
            [Problem(str(path), None, f"cannot read the file: {error}")]
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        message = (
            "the file is not UTF-8 text (first bad byte "
            f"0x{raw[error.start]:02X}); save it as UTF-8 and import it again"
        )
        raise QuestionFileError([Problem(str(path), line, message)]) from None
    return text.removeprefix("\ufeff")
