"""A CSV table of questions, for trainers who write their questions in a spreadsheet.

One row per question under a header row; the columns are documented in docs/formats.md.
Lists inside a cell (choices, feedback, fractions, tags) are separated by `|`, written `\\|`
when a choice itself holds a bar. Comma, semicolon and tab separated files are all read: the
header row says which one the spreadsheet used. UTF-8 with or without a byte-order mark.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import NoReturn

from quizapp.domain.problems import Problem, QuestionFileError
from quizapp.domain.questions import (
    AcceptedAnswer,
    Choice,
    Question,
    QuestionSet,
    credits_from_flags,
)
from quizapp.formats.base import ReadResult
from quizapp.formats.interchange import (
    Draft,
    SetBuilder,
    parse_number,
    read_with,
)

FORMAT_NAME = "csv"
COLUMNS = (
    "key",
    "type",
    "prompt",
    "choices",
    "correct",
    "fractions",
    "feedback",
    "explanation",
    "tags",
    "section",
    "case_sensitive",
)
_TYPES = {"single", "multiple", "short", ""}
_YES = {"yes", "true", "1", "y"}
_NO = {"no", "false", "0", "n", ""}
_DELIMITERS = (",", ";", "\t")
_MARK = re.compile(r"[A-Za-z]|\d+")
_QUOTED = re.compile(r'"(?:[^"]|"")*+"')  # possessive: '""' inside is a quote, never the end
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def read_file(path: Path) -> ReadResult:
    return read_with(read_text, path)


def read_text(
    text: str, *, file: str = "<text>", set_id: str = "imported", title: str = "Imported questions"
) -> ReadResult:
    text = text.removeprefix("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(_DELIMITERS, key=first.count)
    builder = SetBuilder(file, FORMAT_NAME)
    header: list[str] | None = None
    for start, row in _rows(text, delimiter, file):
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = _header(row, file, start)
            continue
        _read_row(dict(zip(header, row, strict=False)), len(row) - len(header), start, builder)
    if header is None:
        raise QuestionFileError([Problem(file, None, "the file is empty: no header row")])
    return builder.result(set_id=set_id, title=title)


def _rows(text: str, delimiter: str, file: str) -> list[tuple[int, list[str]]]:
    """Every row with the line it starts on; refuses a table whose quotes do not pair up."""
    if '"' in text:  # before reading: a runaway cell can also outgrow csv's field limit
        _check_quotes(text, delimiter, file)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for row in reader:
            rows.append((line, row))
            line = reader.line_num + 1
    except csv.Error as error:
        raise QuestionFileError(
            [Problem(file, line, f"not a readable CSV table: {error}")]
        ) from None
    return rows


def _check_quotes(text: str, delimiter: str, file: str) -> None:
    """Refuse a quote that never closes, or closes on a later line with text after it.

    csv.reader is lenient, as it must be for hand-made files, so it reads such a quote on
    through the lines after it and makes all those rows one cell: the questions on them would
    be lost without a word. Spreadsheets never write either; a quote is missing or stray.
    """
    cell_ends = re.compile(f"[{re.escape(delimiter)}\r\n]")

    def end_of_cell(start: int) -> int:
        found = cell_ends.search(text, start)
        return found.start() if found else len(text)

    position = 0
    while position < len(text):
        if text[position] == '"':
            quoted = _QUOTED.match(text, position)
            if quoted is None:
                _refuse_quote(text, position, None, file)
            closed = quoted.end()
            if _LINE_BREAK.search(text, position, closed) and end_of_cell(closed) > closed:
                _refuse_quote(text, position, closed, file)
            position = closed
        position = end_of_cell(position) + 1


def _refuse_quote(text: str, opened: int, closed: int | None, file: str) -> NoReturn:
    line = _line_of(text, opened)
    if closed is None:
        message = "this quote opens a cell and never closes, so every line after it would be "
        message += "read into that one cell"
    else:
        message = (
            f"this quote opens a cell that only closes on line {_line_of(text, closed)}, with "
            "more text after it: a quote is missing or stray, and the rows between would be "
            "read as one cell"
        )
    hint = '; a quote inside a quoted cell is written twice ("")'
    raise QuestionFileError([Problem(file, line, message + hint)])


def _line_of(text: str, position: int) -> int:
    return len(_LINE_BREAK.findall(text, 0, position)) + 1


def _header(row: list[str], file: str, line: int) -> list[str]:
    names = [cell.strip().lower().replace(" ", "_") for cell in row]
    problems = []
    unknown = [n for n in names if n not in COLUMNS]
    if unknown:
        problems.append(
            f"unknown column(s) {', '.join(repr(n) for n in unknown)}; "
            f"the columns are {', '.join(COLUMNS)}"
        )
    if "prompt" not in names:
        problems.append("the header row needs a 'prompt' column")
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        problems.append(f"column(s) named twice: {', '.join(repeated)}")
    if problems:
        raise QuestionFileError([Problem(file, line, message) for message in problems])
    return names


def split_list(cell: str) -> list[str]:
    """'a|b\\|c' -> ['a', 'b|c']; empty items are kept so that lists stay aligned."""
    items, current, chars = [], [], iter(cell)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            current.append(following if following in "|\\" else "\\" + following)
        elif char == "|":
            items.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    items.append("".join(current).strip())
    return items if cell.strip() else []


def _read_row(cells: dict[str, str], extra: int, line: int, builder: SetBuilder) -> None:
    def cell(name: str) -> str:
        return (cells.get(name) or "").strip()

    key = cell("key")
    problems = [f"the row has {extra} more cell(s) than the header"] if extra > 0 else []
    kind = cell("type").lower()
    if kind not in _TYPES:
        problems.append(f"type {kind!r} is not one of single, multiple, short")
    items = split_list(cells.get("choices") or "")
    feedback = split_list(cells.get("feedback") or "")
    if len(feedback) > len(items):
        problems.append(f"{len(feedback)} feedback texts for {len(items)} choices")
    feedback += [""] * (len(items) - len(feedback))
    right, why = _marks(cell("correct"), len(items))
    if why:
        problems.append(why)
    fractions, why = _fractions(cell("fractions"), len(items))
    if why:
        problems.append(why)
    case = cell("case_sensitive").lower()
    if case not in _YES | _NO:
        problems.append(f"case_sensitive {case!r} is not yes or no")
    if not kind:
        kind = "short" if not right and fractions is None else "choice"
    if right and fractions is not None:
        problems.append("give either 'correct' or 'fractions', not both")
    elif kind == "short" and right:
        problems.append(
            "leave 'correct' empty for a short question: every listed answer is accepted "
            "(use 'fractions' for partial credit)"
        )
    if problems:
        for message in problems:
            builder.invalid_question(line, message, key)
        return
    draft = Draft(
        line=line,
        name=key,
        idnumber=key,
        kind=kind,
        prompt=cell("prompt"),
        explanation=cell("explanation"),
        tags=tuple(split_list(cells.get("tags") or "")),
    )
    if kind == "short":
        credits = fractions or [1.0] * len(items)
        draft.answers = [
            AcceptedAnswer(text, credit, case in _YES, note)
            for text, credit, note in zip(items, credits, feedback, strict=True)
        ]
    else:
        credits = fractions or _credits(right, len(items), kind)
        draft.choices = [
            Choice(text, credit, note)
            for text, credit, note in zip(items, credits, feedback, strict=True)
        ]
    draft.section = cell("section")
    builder.add(draft)


def _marks(cell: str, count: int) -> tuple[set[int], str]:
    """'A, C' or '1;3' -> {0, 2}: which choices are right, counted from zero."""
    marks = set()
    for mark in _MARK.findall(cell):
        index = int(mark) - 1 if mark.isdigit() else ord(mark.upper()) - ord("A")
        if not 0 <= index < count:
            return set(), f"'correct' names {mark!r}, but there are {count} choices"
        marks.add(index)
    leftover = _MARK.sub("", cell).strip(" ,;|\t")
    if leftover:
        return set(), f"'correct' should list letters or numbers of choices, not {cell!r}"
    return marks, ""


def _fractions(cell: str, count: int) -> tuple[list[float] | None, str]:
    if not cell:
        return None, ""
    values = []
    for item in split_list(cell):
        number = parse_number(item.removesuffix("%"))
        if number is None:
            return None, f"fraction {item!r} is not a number"
        values.append(number / 100 if item.endswith("%") else number)
    if len(values) != count:
        return None, f"{len(values)} fractions for {count} choices"
    return values, ""


def _credits(right: set[int], count: int, kind: str) -> list[float]:
    """Right/wrong flags as credit, by the native format's rule."""
    several = kind == "multiple" or (kind == "choice" and len(right) > 1)
    flags = [i in right for i in range(count)]
    return credits_from_flags(flags, "multiple" if several else "single")


# -- writing --------------------------------------------------------------------------------


def dumps(qset: QuestionSet) -> str:
    """The set as a comma-separated table with a byte-order mark, which spreadsheets expect.

    Partial credit, feedback, tags and sections get their columns only when some question
    uses them. Quotes and spans have no column.
    """
    rows = [_row(q) for q in qset.questions]
    always = ("key", "type", "prompt", "choices", "correct")
    used = [c for c in COLUMNS if c in always or any(row.get(c) for row in rows)]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=used, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return "\ufeff" + out.getvalue()


def _join(items: list[str]) -> str:
    return "|".join(i.replace("\\", "\\\\").replace("|", "\\|") for i in items)


def _row(question: Question) -> dict[str, str]:
    row = {
        "key": question.key,
        "type": question.type,
        "prompt": question.prompt,
        "explanation": question.explanation,
        "tags": _join(list(question.tags)),
        "section": question.section,
    }
    items: tuple[AcceptedAnswer, ...] | tuple[Choice, ...]
    if question.type == "short":
        items = question.answers
        row["case_sensitive"] = "yes" if all(a.case_sensitive for a in items) else ""
        plain = all(a.fraction == 1.0 for a in items)
    else:
        items = question.choices
        right = {i for i, c in enumerate(items) if c.fraction > 0}
        plain = _credits(right, len(items), question.type) == [c.fraction for c in items]
        if plain:
            letters = len(items) <= 26
            marks = (chr(65 + i) if letters else str(i + 1) for i in sorted(right))
            row["correct"] = ",".join(marks)
    row["choices"] = _join([i.text for i in items])
    if not plain:
        row["fractions"] = _join([repr(i.fraction) for i in items])
    if any(i.feedback for i in items):
        row["feedback"] = _join([i.feedback for i in items])
    return row
