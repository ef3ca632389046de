"""The Aiken format: one-line questions, lettered options, `ANSWER: X`.

Read the way Moodle's importer (question/format/aiken/format.php) reads it, which is more
lenient than the format's own description: `A.` or `A)`, with or without a space after it,
upper-case letters only, lines shorter than two characters ignored. Moodle's error cases are
kept, with the same line numbers, and one more is reported instead of being dropped in
silence: a question still open at the end of the file.

Aiken holds only single-answer questions with no feedback, so the writer refuses the rest by
name (see `dumps`).
"""

from __future__ import annotations

import re
from pathlib import Path

from quizapp.domain.questions import Choice, Question, QuestionSet
from quizapp.formats.base import ReadResult
from quizapp.formats.interchange import (
    Draft,
    ExportError,
    SetBuilder,
    read_with,
)

FORMAT_NAME = "aiken"

_OPTION = re.compile(r"[A-Z][).][ \t]?")
_ANSWER = "ANSWER:"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def read_file(path: Path) -> ReadResult:
    return read_with(read_text, path)


def read_text(
    text: str, *, file: str = "<text>", set_id: str = "imported", title: str = "Imported questions"
) -> ReadResult:
    builder = SetBuilder(file, FORMAT_NAME)
    question: Draft | None = None
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if len(line) < 2:
            continue
        if _OPTION.match(line):
            if question is None:
                builder.problem(number, "option outside a question: question not started")
            else:
                question.choices.append(Choice(line[2:].strip()))
        elif line.startswith(_ANSWER):
            if question is None:
                builder.problem(number, "ANSWER line outside a question: question not started")
            else:
                _finish(question, line[len(_ANSWER) :].strip()[:1], number, builder)
            question = None
        else:
            if question is not None:
                builder.invalid_question(
                    number,
                    f"question not completed (started on line {question.line}, no ANSWER "
                    "line) before the next question starts",
                    question.prompt,
                )
            question = Draft(line=number, name="", kind="single", prompt=line)
    if question is not None:
        builder.invalid_question(
            question.line,
            "question not completed: no ANSWER line before the end of the file",
            question.prompt,
        )
    return builder.result(set_id=set_id, title=title)


def _finish(question: Draft, letter: str, number: int, builder: SetBuilder) -> None:
    if len(question.choices) < 2:
        builder.invalid_question(number, "question must have at least 2 answers", question.prompt)
        return
    index = _LETTERS.find(letter) if letter else -1
    if not 0 <= index < len(question.choices):
        builder.invalid_question(
            number,
            f"'ANSWER: {letter}' names none of the options "
            f"A to {_LETTERS[len(question.choices) - 1]}",
            question.prompt,
        )
        return
    question.choices[index] = Choice(question.choices[index].text, 1.0)
    builder.add(question)


# -- writing --------------------------------------------------------------------------------


def dumps(qset: QuestionSet) -> str:
    """The set's single-answer questions as Aiken.

    Aiken has no room for feedback, explanations, partial credit, keys or tags; those are
    left behind by design. A question that cannot be written at all (several right answers,
    a typed answer, more than 26 choices, a text Aiken would misread) raises `ExportError`
    naming every such question, with the text of the others in `ExportError.text`.
    """
    blocks, left_out = [], []
    for question in qset.questions:
        reason = _unwritable(question)
        if reason:
            left_out.append(f"{question.key}: {reason}")
        else:
            blocks.append(_block(question))
    text = "\n".join(blocks)
    if left_out:
        raise ExportError(FORMAT_NAME, left_out, text)
    return text


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _unwritable(question: Question) -> str:
    if question.type != "single":
        return f"a {question.type} question; Aiken holds only single-answer questions"
    if len(question.choices) > len(_LETTERS):
        return f"{len(question.choices)} choices; Aiken letters stop at Z"
    prompt = _one_line(question.prompt)
    if len(prompt) < 2 or _OPTION.match(prompt) or prompt.startswith(_ANSWER):
        return "its text would be read back as an option or an answer line"
    return ""


def _block(question: Question) -> str:
    lines = [_one_line(question.prompt)]
    for letter, choice in zip(_LETTERS, question.choices, strict=False):
        lines.append(f"{letter}) {_one_line(choice.text)}")
    right = next(i for i, c in enumerate(question.choices) if c.fraction == 1.0)
    lines.append(f"{_ANSWER} {_LETTERS[right]}")
    return "\n".join(lines) + "\n"
