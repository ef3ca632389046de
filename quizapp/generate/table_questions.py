"""Questions about the figure a table sets for one of its rows, or what a row's term means:
"Incident priority table — what is the response time for “P1”?".

A policy puts its thresholds and levels where a reader looks them up, in a table: the response
time for each priority, the authorisation each amount of a gift needs, the benchmark for each
role. Those are the figures a trainee must know, and the prose around them rarely repeats them.
A row's cell is asked, and the wrong choices are the same column's cells in other rows: of the
answer's kind, and wrong by the table itself, which the explanation then shows row by row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.generate.candidates import Candidate
from quizapp.generate.distractors import stable_order
from quizapp.generate.figures import TIME_UNIT, find_figures
from quizapp.generate.lexicon import is_noun
from quizapp.generate.plain import visible
from quizapp.generate.quality import CODE
from quizapp.generate.structure import Document, heading_text
from quizapp.generate.text import (
    capitalise,
    content_words,
    fold,
    short_slug,
    word_count,
)

MIN_ROWS = 4
MAX_KEY_WORDS = 6
MAX_HEADER_WORDS = 5
MAX_CELL_WORDS = 8
ASKED_PER_TABLE = 3

_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
_SEPARATOR = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
# A cell split on pipes that are not escaped ("a \| b" is one cell).
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]  # as a reader sees them: no Markdown, no escapes
    span: tuple[int, int]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    start: int  # where the header row begins
    title: str  # the heading the table stands under


def table_drafts(document: Document) -> list[Candidate]:
    """Up to three questions per table, each about a different row."""
    drafts = []
    for table in tables(document):
        keys = [row.cells[0] for row in table.rows]
        if not _distinct_and_short(keys, MAX_KEY_WORDS) or not table.title:
            continue
        columns = [
            column
            for column in range(1, len(table.header))
            if _names_a_thing(table.header[column])
            and _distinct_and_short([row.cells[column] for row in table.rows], MAX_CELL_WORDS)
            and (
                fold(table.header[column]) in _MEANING
                or all(len(find_figures(row.cells[column])) == 1 for row in table.rows)
            )
        ]
        rows = sorted(table.rows, key=lambda row: stable_order(table.title, row.cells[0]))
        asked = 0
        for row in rows:
            fitting = [c for c in columns if not _echoes(row.cells[0], row.cells[c])]
            if not fitting or asked == ASKED_PER_TABLE:
                continue
            # One draft per column, all of one fact: the checks keep the best that passes.
            drafts += [_draft(document, table, row, column) for column in fitting]
            asked += 1
    return drafts


# The columns worth asking: what each row means, or the figure it sets (a time, an amount, a
# level: one figure in each cell, so not a date, which a past schedule's table is full of). A
# column that describes its rows ("Grows the community") matched to them asks where a phrase
# stands, which judges fail as structure.
_MEANING = {"meaning", "definition"}


def _names_a_thing(header: str) -> bool:
    """A column heading a question can ask for: a short noun phrase ("Response time",
    "Level of authorisation"), not a verb ("Introduced") or a link column."""
    last = re.findall(r"[A-Za-z]+", header)
    return (
        bool(last)
        and word_count(header) <= MAX_HEADER_WORDS
        and is_noun(last[-1])
        and fold(last[-1]) not in {"link", "links", "url", "repo", "repository", "notes"}
    )


def _echoes(key: str, cell: str) -> bool:
    """Whether a cell repeats its row's key ("Upgrades" and "wg-upgrades"), which gives it
    away."""
    said = {w[:4] for w in content_words(cell) if len(w) >= 4}
    return any(w[:4] in said for w in content_words(key) if len(w) >= 4)


def tables(document: Document) -> list[Table]:
    """The Markdown pipe tables of the document, outside code blocks, each with a header row,
    a separator and rows of as many cells as the header."""
    found: list[Table] = []
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in document.text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    in_fence = False
    index = 0
    while index < len(lines):
        start, line = lines[index]
        if _FENCE.match(line):
            in_fence = not in_fence
        if in_fence or not _ROW.match(line) or index + 1 >= len(lines):
            index += 1
            continue
        if not _SEPARATOR.match(lines[index + 1][1]):
            index += 1
            continue
        header = _cells(line)
        rows: list[Row] = []
        first = index = index + 2
        while index < len(lines) and _ROW.match(lines[index][1]):
            row_start, row_line = lines[index]
            cells = _cells(row_line)
            if len(cells) == len(header):
                rows.append(Row(cells, (row_start, row_start + len(row_line.rstrip()))))
            index += 1
        if len(rows) >= MIN_ROWS and len(rows) == index - first:  # no ragged row
            found.append(Table(header, tuple(rows), start, _title(document, start)))
    return found


def _cells(line: str) -> tuple[str, ...]:
    inner = _ROW.match(line)
    assert inner is not None
    return tuple(
        re.sub(r"\\(?=[^\w\s])", "", visible(cell)).strip().lstrip("#").strip()
        for cell in _CELL_SPLIT.split(inner.group("cells"))
    )


def _title(document: Document, start: int) -> str:
    """The text of the nearest heading above the table."""
    title = ""
    for block in document.blocks:
        if block.start >= start:
            break
        if block.kind in ("heading", "title"):
            title = heading_text(document.text[block.start : block.end])
    return title


def _distinct_and_short(cells: list[str], most: int) -> bool:
    return all(
        cell and word_count(cell) <= most and not CODE.search(cell) for cell in cells
    ) and len({fold(cell) for cell in cells}) == len(cells)


def _draft(document: Document, table: Table, row: Row, column: int) -> Candidate:
    header = table.header[column]
    key = row.cells[0]
    others = sorted(
        (other for other in table.rows if other is not row),
        key=lambda other: stable_order(key, other.cells[0]),
    )[:3]
    # "Annual Fee" asked as "the annual fee"; "CPU Hours" as "the CPU hours"
    named = " ".join(w.lower() if w[1:].islower() else w for w in header.split())
    sizes = _sizes([r.cells[column] for r in table.rows])
    timed = all(_minutes(f.unit) for r in table.rows for f in find_figures(r.cells[column]))
    if sizes is not None:  # the other rows from the smallest figure to the largest
        others.sort(key=lambda other: sizes[other.cells[column]])
    told = "; ".join(f"“{other.cells[0]}”, {other.cells[column]}" for other in others)
    meaning = fold(header) in _MEANING
    asked = f"what does “{key}” mean?" if meaning else f"what is the {named} for “{key}”?"
    return Candidate(
        kind="single",
        family="figure",
        stem=short_slug(f"{key} {header}", 6),
        fact=f"table:{row.span[0]}",
        prompt=f"{capitalise(table.title)} — {asked}",
        right=(row.cells[column],),
        wrong=tuple(other.cells[column] for other in others),
        quote=(table.start, row.span[1]),
        highlight=row.span,
        section=_section(document, row.span[0]),
        tags=(short_slug(_section(document, row.span[0])), "tables"),
        explanation=(
            f"In the table, “{key}” means {row.cells[column]}. The other choices are what it says "
            f"other rows mean: {told}."
            if meaning
            else f"For “{key}”{_context(table, row, column)}, the table sets the {named} at "
            f"{row.cells[column]}{_rank(sizes, row.cells[column], timed)}. "
            f"The other choices are the {named} of other rows: {told}."
        ),
        anchor=row.span[0],
        score=3.9 if meaning else 4.0,
    )


def _context(table: Table, row: Row, column: int) -> str:
    """What the row's other cells say of it ("Critical; Complete outage, or ongoing
    unauthorised access"): why its figure is what it is, in the table's own words."""
    said = [
        cell
        for index, cell in enumerate(row.cells)
        if index not in (0, column)
        and cell
        and word_count(cell) <= MAX_CONTEXT_WORDS
        and not CODE.search(cell)
        and not re.search(r"\d", cell)  # another column's figure, which needs its heading
    ]
    return f" ({'; '.join(said)})" if said else ""


def _sizes(cells: list[str]) -> dict[str, float] | None:
    """Each cell's one figure as one measure, when every cell of the column holds one of the
    same kind: a span of time in minutes ("1 business day" is a day), else an amount of one
    unit; None when the cells cannot be set in order."""
    figures = [find_figures(cell) for cell in cells]
    if not all(len(found) == 1 for found in figures):
        return None
    spans = [_minutes(found[0].unit) for found in figures]
    if all(span is not None for span in spans):
        return {
            cell: found[0].value * span
            for cell, found, span in zip(cells, figures, spans, strict=True)
            if span is not None
        }
    if len({found[0].unit for found in figures}) == 1:
        return {cell: found[0].value for cell, found in zip(cells, figures, strict=True)}
    return None


def _minutes(unit: str) -> float | None:
    """A unit of time in minutes ("business days" as days), or None for another unit."""
    if not TIME_UNIT.fullmatch(unit):
        return None
    return _MINUTES.get(unit.lower().split()[-1].removesuffix("s"))


_MINUTES = {
    "second": 1 / 60,
    "minute": 1,
    "hour": 60,
    "day": 1440,
    "week": 10080,
    "month": 43200,
    "year": 525600,
}
MAX_CONTEXT_WORDS = 12


def _rank(sizes: dict[str, float] | None, cell: str, timed: bool) -> str:
    """ ", the shortest of its rows" where the row's figure is the table's least or greatest."""
    if sizes is None or len(set(sizes.values())) != len(sizes):
        return ""
    if sizes[cell] == min(sizes.values()):
        return f", the {'shortest' if timed else 'lowest'} of its rows"
    if sizes[cell] == max(sizes.values()):
        return f", the {'longest' if timed else 'highest'} of its rows"
    return ""


def _section(document: Document, offset: int) -> str:
    for section in document.sections:
        if section.start <= offset < section.end:
            return section.title
    return document.sections[-1].title if document.sections else document.title
