"""Text -> question set: read a document's structure, draft questions, keep the good ones.

Pure Python, deterministic: the same document always gives the same set, byte for byte once
written, so the shipped bank can be regenerated and compared in a test. Nothing is random;
where a choice must be made (which member to ask about, the order of choices) it is taken
from a hash of the content.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from quizapp.domain.problems import Problem, QuestionFileError
from quizapp.domain.questions import (
    AcceptedAnswer,
    Choice,
    Question,
    QuestionSet,
    SourceDocument,
    normalise_source_text,
)
from quizapp.generate.action_questions import action_drafts
from quizapp.generate.approval_questions import approval_drafts
from quizapp.generate.candidates import Candidate
from quizapp.generate.consequence_questions import consequence_drafts
from quizapp.generate.contrast_questions import contrast_drafts
from quizapp.generate.distractors import stable_order
from quizapp.generate.field_questions import field_drafts
from quizapp.generate.figure_questions import figure_drafts
from quizapp.generate.frequency_questions import frequency_drafts
from quizapp.generate.list_questions import list_drafts
from quizapp.generate.manner_questions import manner_drafts
from quizapp.generate.object_questions import object_drafts
from quizapp.generate.prohibition_questions import prohibition_drafts
from quizapp.generate.quality import UNEXPLAINED, Verdict, judge
from quizapp.generate.statement_questions import Pools, statement_drafts
from quizapp.generate.statements import Statement, headings_before, units
from quizapp.generate.step_questions import step_drafts
from quizapp.generate.structure import Document, read_structure
from quizapp.generate.table_questions import table_drafts
from quizapp.generate.target_questions import target_drafts
from quizapp.generate.truth_questions import truth_drafts

__all__ = [
    "Analysis",
    "analyse",
    "draft_questions",
    "generate_file",
    "generate_set",
    "needing_reasons",
]


def generate_set(
    text: str, *, set_id: str, title: str | None = None, source_path: str | None = None
) -> QuestionSet:
    """The question set for a plain-text or Markdown document (raw text, any line endings)."""
    source = normalise_source_text(text)
    document = read_structure(source)
    questions = tuple(
        _question(source, key, draft) for key, draft in _keyed(draft_questions(source))
    )
    return QuestionSet(
        id=set_id,
        title=title or document.title,
        questions=questions,
        source_path=source_path,
        source=SourceDocument(document.title, source),
    )


def generate_file(
    document: Path, output: Path, *, set_id: str | None = None, title: str | None = None
) -> QuestionSet:
    """Generate from `document` and write the native file `output`, which names its source.

    The source is written relative to the output's folder, with forward slashes, so the bank
    and its document can move together and the file is the same on every system. The set id
    defaults to the output's name (without .yaml) as a slug: "My Notes.yaml" gives
    `my-notes`, and `course.v2.yaml` keeps its `course.v2`; the title, to the document's
    own, else its file name in words.

    A document that is not UTF-8 text, or that yields no question, raises QuestionFileError
    and writes nothing: a set with no question is one its own import would refuse.
    """
    from quizapp.formats import native  # the writer is only needed when writing
    from quizapp.formats.base import read_text_file
    from quizapp.formats.interchange import default_set_id, default_title, slugify

    relative = os.path.relpath(document.resolve(), output.resolve().parent)
    qset = generate_set(
        read_text_file(document),
        set_id=set_id or slugify(output.stem) or default_set_id(output),
        title=title,
        source_path=Path(relative).as_posix(),
    )
    if not qset.title:  # a document with no title line of its own
        qset = replace(qset, title=default_title(document))
    if not qset.questions:
        raise QuestionFileError(
            [
                Problem(
                    str(document),
                    None,
                    "no question could be drawn from this document: the generator needs "
                    "sentences that define, list, name or number things; nothing was written",
                )
            ]
        )
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(native.dumps(qset).encode("utf-8"))
    return qset


def draft_questions(source: str) -> list[Candidate]:
    """The drafts that pass every check, in the order of the passages they quote."""
    return _in_passage_order(v.draft for v in analyse(source).verdicts if v.kept)


def _in_passage_order(drafts: Iterable[Candidate]) -> list[Candidate]:
    return sorted(drafts, key=lambda d: (d.quote[0], d.quote[1], d.stem))


def needing_reasons(analysis: Analysis) -> tuple[Question, ...]:
    """The questions left out only because the generator knows no reason for their rule, for
    a trainer who does to write one and keep them (the app's drafting page). One per fact and
    passage, none on a passage a kept question quotes, keyed after the kept ones so that no
    key of the two is the same. From the analysis the coverage report is made of, so that a
    long document is read once for both."""
    source = analysis.document.text
    verdicts = analysis.verdicts
    kept = _in_passage_order(v.draft for v in verdicts if v.kept)
    taken_facts = {d.fact for d in kept}
    taken_quotes = {d.quote for d in kept}
    waiting: list[Candidate] = []
    for draft in sorted(
        (v.draft for v in verdicts if v.reason == UNEXPLAINED),
        key=lambda d: (-d.score, d.quote, d.stem),
    ):
        if draft.fact in taken_facts or draft.quote in taken_quotes:
            continue
        taken_facts.add(draft.fact)
        taken_quotes.add(draft.quote)
        waiting.append(draft)
    keyed = _keyed([*kept, *_in_passage_order(waiting)])[len(kept) :]
    return tuple(_question(source, key, draft) for key, draft in keyed)


@dataclass(frozen=True)
class Analysis:
    """What the generator made of a document: its structure, the statements it found and
    every draft question with whether it was kept and why not (see report.py)."""

    document: Document
    statements: list[Statement]
    verdicts: list[Verdict]


def analyse(source: str) -> Analysis:
    """`source` already normalised (see `normalise_source_text`)."""
    document = read_structure(source)
    clauses = units(document)
    found = [unit.statement for unit in clauses if unit.statement is not None]
    pools = Pools.of(found, source, document.title)
    drafts = [
        *statement_drafts(found, pools),
        *approval_drafts(found, pools),
        *target_drafts(found, pools),
        *object_drafts(clauses),
        *figure_drafts(clauses),
        *frequency_drafts(found),
        *action_drafts(found, document),
        *contrast_drafts(clauses, source),
        *field_drafts(document),
        *manner_drafts(found),
        *consequence_drafts(found, source),
        *step_drafts(document, headings_before(document)),
        *list_drafts(document),
        *prohibition_drafts(document),
        *table_drafts(document),
        *truth_drafts(document),
    ]
    sizes = {section.title: section.end - section.start for section in document.sections}
    return Analysis(document, found, judge(drafts, sizes, source))


def _keyed(drafts: list[Candidate]) -> list[tuple[str, Candidate]]:
    """Readable keys from the drafts' stems, numbered only where two stems coincide."""
    used: dict[str, int] = {}
    keyed = []
    for draft in drafts:
        base = f"q-{draft.stem}"
        used[base] = used.get(base, 0) + 1
        keyed.append((base if used[base] == 1 else f"{base}-{used[base]}", draft))
    return keyed


def _question(source: str, key: str, draft: Candidate) -> Question:
    start, end = draft.quote
    return Question(
        key=key,
        type=draft.kind,
        prompt=draft.prompt,
        choices=_choices(draft),
        answers=tuple(AcceptedAnswer(text) for text in draft.right)
        if draft.kind == "short"
        else (),
        explanation=draft.explanation,
        quote=source[start:end],
        span=draft.quote,
        highlight=draft.highlight,
        section=draft.section,
        tags=draft.tags,
    )


def _choices(draft: Candidate) -> tuple[Choice, ...]:
    """Choices in an order fixed by their content, so a right answer has no usual place."""
    if draft.kind == "short":
        return ()
    k = len(draft.right)
    right = 1.0 if draft.kind == "single" else 1.0 / k
    wrong = 0.0 if draft.kind == "single" else -1.0 / k
    choices = [Choice(t, right) for t in draft.right] + [Choice(t, wrong) for t in draft.wrong]
    return tuple(sorted(choices, key=lambda c: stable_order(draft.fact, c.text)))
