"""The question bank as plain, immutable values shared by every layer.

Readers of every format produce these, the generator produces these, storage maps them to rows
and back, and the quiz runs on them. Keeping them frozen lets a set version be hashed and
compared: an unchanged file must add nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Literal

QuestionType = Literal["single", "multiple", "short"]
QUESTION_TYPES: tuple[QuestionType, ...] = ("single", "multiple", "short")
# Set ids and question keys are stored in columns of this width (PostgreSQL enforces it).
MAX_ID_LENGTH = 200
_SET_ID = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")


def question_type(text: str) -> QuestionType:
    """`text` as a question type (what storage and the readers hold as plain text)."""
    for kind in QUESTION_TYPES:
        if kind == text:
            return kind
    raise ValueError(f"type {text!r} is not one of {', '.join(QUESTION_TYPES)}")


def set_id_problem(set_id: str) -> str | None:
    """Why `set_id` cannot name a set, or None. A slug: it is typed on command lines
    (`quizapp export ID`) and becomes a file name."""
    if len(set_id) > MAX_ID_LENGTH:
        return f"set id is {len(set_id)} characters long; at most {MAX_ID_LENGTH}"
    if not _SET_ID.match(set_id):
        return (
            f"set id {set_id!r} must be a slug: lower-case letters and digits, "
            "joined by single '-', '_' or '.'"
        )
    return None


@dataclass(frozen=True)
class Choice:
    """One option of a `single` or `multiple` question; `fraction` is the credit (may be < 0)."""

    text: str
    fraction: float = 0.0
    feedback: str = ""

    @property
    def correct(self) -> bool:
        return self.fraction > 0


@dataclass(frozen=True)
class AcceptedAnswer:
    """One accepted response to a `short` question; the first one that matches wins."""

    text: str
    fraction: float = 1.0
    case_sensitive: bool = False
    feedback: str = ""


@dataclass(frozen=True)
class Question:
    """A question as asked: choices for `single`/`multiple`, accepted answers for `short`.

    `span` and `highlight` are (start, end) code-point offsets into the set's source text, end
    exclusive; `highlight` lies inside `span` and marks the words that answer the question.
    Sets without a source (imported from other tools) have no quote, and their explanation is
    the general feedback of the original question.
    """

    key: str
    type: QuestionType
    prompt: str
    choices: tuple[Choice, ...] = ()
    answers: tuple[AcceptedAnswer, ...] = ()
    explanation: str = ""
    quote: str = ""
    span: tuple[int, int] | None = None
    highlight: tuple[int, int] | None = None
    section: str = ""
    tags: tuple[str, ...] = ()

    @property
    def max_fraction(self) -> float:
        """Best credit a response can earn: 1 for well-formed questions, less for odd imports."""
        if self.type == "short":
            best = max((a.fraction for a in self.answers), default=0.0)
        elif self.type == "single":
            best = max((c.fraction for c in self.choices), default=0.0)
        else:
            best = sum(c.fraction for c in self.choices if c.fraction > 0)
        return min(1.0, best)


AnswerMatching = Literal["lenient", "strict"]
ANSWER_MATCHING: tuple[AnswerMatching, ...] = ("lenient", "strict")


@dataclass(frozen=True)
class GradingOptions:
    """Per-set grading leniency.

    `matching` "lenient" (the default for every set) accepts a short answer typed with or
    without articles and punctuation, in another inflection or spelling, or with its unit;
    "strict" is Moodle's comparison of the normalised texts. `typo_tolerance` is the edit
    distance forgiven on top of either.
    """

    typo_tolerance: int = 0
    matching: AnswerMatching = "lenient"


@dataclass(frozen=True)
class SourceDocument:
    """The text questions quote from, already normalised (no BOM, `\\n` line endings)."""

    title: str
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class QuestionSet:
    """One version of a set. `source_path` is as written in the file (relative to it)."""

    id: str
    title: str
    questions: tuple[Question, ...]
    grading: GradingOptions = field(default_factory=GradingOptions)
    source_path: str | None = None
    source: SourceDocument | None = None

    def content_hash(self) -> str:
        """A digest of everything that makes this version what it is (not where it came from).

        Two files that read to the same set give the same hash, so re-importing an unchanged
        file (or the same set written in another format) adds no new version.
        """
        payload = [
            self.id,
            self.title,
            _grading_payload(self.grading),
            self.source.sha256 if self.source else None,
            self.questions,
        ]
        encoded = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=_fields)
        return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def credits_from_flags(right: Sequence[bool], kind: QuestionType) -> list[float]:
    """Right/wrong marks as credit: 1 or 0 in `single`; 1/k and -1/k in `multiple`.

    With k right choices, each right one is worth 1/k and each wrong one costs 1/k, so
    ticking every box does not earn full marks (the grade is clamped to 0..1).
    """
    if kind != "multiple":
        return [1.0 if flag else 0.0 for flag in right]
    k = sum(right)
    share = 1.0 / k if k else 0.0
    return [share if flag else -share for flag in right]


def _grading_payload(grading: GradingOptions) -> list[object]:
    """The grading options as hashed before `matching` existed, plus `matching` only when it
    is not the default: a set stored before then keeps its hash, so re-importing its unchanged
    file still adds nothing."""
    payload: list[object] = [grading.typo_tolerance]
    if grading.matching != "lenient":
        payload.append(grading.matching)
    return payload


def _fields(value: object) -> list[object]:
    """A dataclass as the list of its field values, in declaration order: cheap to encode.

    `dataclasses.asdict` deep-copies every value and costs a second per 10,000 questions.
    """
    assert is_dataclass(value) and not isinstance(value, type)  # json's default= hook
    return [getattr(value, f.name) for f in fields(value)]


def normalise_source_text(raw: str) -> str:
    """The text offsets count in: a byte-order mark dropped, line endings turned into `\\n`."""
    return raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
