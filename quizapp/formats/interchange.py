"""What every foreign format (GIFT, Aiken, Moodle XML, CSV) shares when it becomes a set.

Each reader parses its own syntax and then hands raw choices, answers and names to the
SetBuilder, which asks domain/question_rules.py (as the native reader does) whether each is a
valid `single`, `multiple` or `short` question, and decides here how keys are made and when a
whole file is refused, the same way for every format.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from quizapp.domain.problems import Problem, QuestionFileError, Skipped
from quizapp.domain.question_rules import (
    answer_problems,
    choice_kind,
    choice_problems,
    credit_problem,
)
from quizapp.domain.questions import (
    MAX_ID_LENGTH,
    AcceptedAnswer,
    Choice,
    Question,
    QuestionSet,
    QuestionType,
    question_type,
)
from quizapp.formats.base import ReadResult, read_text_file

_NON_SLUG = re.compile(r"[^a-z0-9_.]+")
_SEPARATORS = re.compile(r"[-_.]{2,}")


class ExportError(Exception):
    """A set that a format cannot hold whole; `text` holds the questions that did fit.

    Writers raise it instead of leaving questions out quietly: the caller decides whether a
    partial file is worth writing, and `left_out` says which questions would be missing and why.
    """

    def __init__(self, fmt: str, left_out: Sequence[str], text: str) -> None:
        self.format = fmt
        self.left_out = tuple(left_out)
        self.text = text
        count = len(self.left_out)
        super().__init__(
            f"{count} question{'s' if count != 1 else ''} cannot be written as {fmt}:\n"
            + "\n".join(self.left_out)
        )


MAX_SLUG = 80  # a readable id; well inside MAX_ID_LENGTH, leaving room for a "-2" suffix


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by '-', '_' or '.': what native keys and set ids allow."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", ascii_text.lower())
    slug = _SEPARATORS.sub("-", slug).strip("-_.")
    return slug[:MAX_SLUG].rstrip("-_.")


def default_set_id(path: Path) -> str:
    """The file's name as a slug; a name with no Latin letters (`培训一.gift`) gets one made
    from its digest, so two such files never become versions of one set."""
    stem = path.name.split(".")[0]
    digest = hashlib.sha256(stem.encode("utf-8")).hexdigest()[:8]
    return slugify(stem) or f"set-{digest}"


def default_title(path: Path) -> str:
    """'questions_in_category.gift.txt' -> 'Questions in category'."""
    words = re.sub(r"[_\-.\s]+", " ", path.name.split(".")[0]).strip()
    return words[:1].upper() + words[1:] if words else "Imported questions"


class TextReader(Protocol):
    def __call__(self, text: str, *, file: str, set_id: str, title: str) -> ReadResult: ...


def read_with(read_text: TextReader, path: Path) -> ReadResult:
    """Read a file with a format's `read_text`, named and titled after the file."""
    return read_text(
        read_text_file(path), file=str(path), set_id=default_set_id(path), title=default_title(path)
    )


def parse_number(text: str) -> float | None:
    """A finite decimal number, or None: 'nan', 'inf' and '1e999' are not numbers in a quiz."""
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def split_category(path: str) -> list[str]:
    """'$course$/top/A//B/C' -> ['A/B', 'C']: Moodle writes a '/' inside a name as '//'."""
    parts = [p.replace("\0", "/").strip() for p in path.replace("//", "\0").split("/")]
    parts = [p for p in parts if p]
    if parts and re.fullmatch(r"\$[a-z0-9]+\$", parts[0]):
        parts = parts[1:]
    if parts and parts[0] == "top":
        parts = parts[1:]
    return parts


def category_path(title: str) -> str:
    """The category a writer files a set under, so that reading it back gives the title."""
    return "$course$/top/" + title.replace("/", "//")


@dataclass
class Draft:
    """A question as a reader understood it, before the shared rules make it a `Question`."""

    line: int | None
    name: str  # what messages call it: its id number, else its name
    kind: str  # "single", "multiple", "choice" (let the credits decide) or "short"
    prompt: str
    choices: list[Choice] = field(default_factory=list)
    answers: list[AcceptedAnswer] = field(default_factory=list)
    explanation: str = ""
    tags: tuple[str, ...] = ()
    category: tuple[str, ...] = ()
    section: str = ""
    idnumber: str = ""  # the file's own id for the question (GIFT [id:], <idnumber>, CSV key)


class SetBuilder:
    """Collects a file's questions, skips and problems, then makes the `ReadResult` or refuses.

    Keys are handed out in file order over every question read (skipped ones included), so a
    question keeps its key when a neighbour is fixed or removed from the file.
    """

    def __init__(self, file: str, fmt: str) -> None:
        self.file = file
        self.format = fmt
        self.questions: list[Question] = []
        self.skipped: list[Skipped] = []
        self.invalid: list[Problem] = []
        self.categories: list[tuple[str, ...]] = []
        self._ordinal = 0
        self._keys: set[str] = set()

    def problem(self, line: int | None, message: str) -> None:
        """Something broken that is not a question of its own (a stray line)."""
        self.invalid.append(Problem(self.file, line, message))

    def invalid_question(self, line: int | None, message: str, name: str = "") -> None:
        self._ordinal += 1
        where = f"question {name!r}: " if name else ""
        self.invalid.append(Problem(self.file, line, where + message))

    def skip(self, line: int | None, reason: str, name: str = "") -> None:
        self._ordinal += 1
        where = f" ({name})" if name else ""
        self.skipped.append(Skipped(line, reason + where))

    def add(self, draft: Draft) -> None:
        self._ordinal += 1
        problems = ["the question has no text"] if not draft.prompt.strip() else []
        kind: QuestionType = "short"
        if draft.kind == "short":
            problems += answer_problems(draft.answers)
        else:
            kind = (
                choice_kind(draft.choices) if draft.kind == "choice" else question_type(draft.kind)
            )
            problems += choice_problems(draft.choices)
            if not problems and (credit := credit_problem(kind, draft.choices)):
                problems.append(credit)
        if problems:
            where = f"question {draft.name!r}: " if draft.name else ""
            for message in problems:
                self.invalid.append(Problem(self.file, draft.line, where + message))
            return
        self.categories.append(draft.category)
        self.questions.append(
            Question(
                key=self._key(draft),
                type=kind,
                prompt=draft.prompt.strip(),
                choices=tuple(draft.choices) if kind != "short" else (),
                answers=tuple(draft.answers) if kind == "short" else (),
                explanation=draft.explanation.strip(),
                section=draft.section.strip(),
                tags=_unique(draft.tags),
            )
        )

    def _key(self, draft: Draft) -> str:
        if draft.idnumber and len(draft.idnumber) <= MAX_ID_LENGTH:
            # Already a native question id (`Q1`): kept as written, so a native set's ids
            # come back unchanged from an export. A name is a title, made into a slug.
            base = draft.idnumber
        else:
            base = slugify(draft.name) or f"q{self._ordinal}"
        key, suffix = base, 2
        while key in self._keys:
            tail = f"-{suffix}"
            key, suffix = base[: MAX_ID_LENGTH - len(tail)] + tail, suffix + 1
        self._keys.add(key)
        return key

    def result(self, *, set_id: str, title: str) -> ReadResult:
        """The set, titled after the file's one top category if it has one; or a refusal."""
        if not self.questions:
            summary = "nothing in this file can be imported"
            if self.skipped:
                summary += f" ({len(self.skipped)} question(s) of kinds this app cannot run)"
            raise QuestionFileError(
                [*self.invalid, Problem(self.file, None, summary)], skipped=self.skipped
            )
        tops = {c[0] for c in self.categories if c}
        strip_top = len(tops) == 1 and all(self.categories)
        if strip_top:
            title = next(iter(tops))
        questions = []
        for question, category in zip(self.questions, self.categories, strict=True):
            rest = category[1:] if strip_top else category
            if rest:
                tag = "/".join(rest)
                question = _with_tags(question, (*question.tags, tag))
            questions.append(question)
        return ReadResult(
            QuestionSet(set_id, title, tuple(questions)),
            self.format,
            skipped=tuple(self.skipped),
            invalid=tuple(self.invalid),
        )


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i.strip() for i in items if i.strip()))


def _with_tags(question: Question, tags: tuple[str, ...]) -> Question:
    return replace(question, tags=_unique(tags))


def is_true_false(question: Question) -> bool:
    """A `single` question that a true/false question of Moodle's holds without loss."""
    return (
        question.type == "single"
        and [c.text for c in question.choices] == ["True", "False"]
        and sorted(c.fraction for c in question.choices) == [0.0, 1.0]
    )


def fraction_of(percent: float) -> float:
    """A percentage as a fraction, without float noise (33.33333% -> 0.3333333)."""
    return round(percent / 100, 9)


def percent_text(fraction: float) -> str:
    """A credit as Moodle writes it ("50", "-33.3333333"), precise enough to read back."""
    return f"{fraction * 100:.10f}".rstrip("0").rstrip(".")
