"""What every reader returns, so the importer treats all formats alike."""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.domain.problems import Problem, Skipped
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
