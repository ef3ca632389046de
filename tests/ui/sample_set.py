"""A small question set of our own with a source document, so the UI tests have quotes,
highlights, every question type and partial credit without waiting for the shipped sets."""

from __future__ import annotations

from dataclasses import replace

from quizapp.domain.questions import (
    AcceptedAnswer,
    Choice,
    Question,
    QuestionSet,
    SourceDocument,
)
from quizapp.formats.base import ReadResult
from quizapp.services.question_sets import import_result
from quizapp.storage.database import Database

SET_ID = "fire-drill"
SET_TITLE = "Fire drill briefing"

_PARAGRAPHS = (
    "Fire drill briefing",
    "Every floor has two fire wardens. This lets one warden help anyone who needs it while "
    "the other checks the rooms. When the alarm sounds, the wardens check every room on their "
    "floor and close the doors behind them.",
    "Staff leave by the nearest stairway and never use the lifts. The assembly point is the "
    "car park behind the canteen, so that the wardens can count everyone against the day's "
    "visitor list.",
    "A fire extinguisher is used only to clear an escape route. Water extinguishers must never "
    "be used on electrical fires; carbon dioxide extinguishers are kept beside every server "
    "room for that purpose.",
    # Enough text between the passages that the reader has to scroll to the last one.
    *(
        f"Drill record {n}: the floor was cleared in good time and the wardens reported to "
        "the assembly point."
        for n in range(1, 41)
    ),
    "Nobody goes back into the building until the chief warden says it is safe.",
)
SOURCE = "\n\n".join(_PARAGRAPHS) + "\n"


def quoted(
    source: str,
    key: str,
    type_: str,
    prompt: str,
    quote: str,
    answer_words: str,
    explanation: str,
    *,
    choices: tuple[Choice, ...] = (),
    answers: tuple[AcceptedAnswer, ...] = (),
) -> Question:
    """A question quoting `source` where `quote` stands, `answer_words` highlighted in it."""
    start = source.index(quote)
    inner = start + quote.index(answer_words)
    return Question(
        key=key,
        type=type_,  # type: ignore[arg-type]
        prompt=prompt,
        choices=choices,
        answers=answers,
        explanation=explanation,
        quote=quote,
        span=(start, start + len(quote)),
        highlight=(inner, inner + len(answer_words)),
    )


QUESTIONS = (
    quoted(
        SOURCE,
        "wardens",
        "single",
        "How many fire wardens does every floor have?",
        "Every floor has two fire wardens.",
        "two",
        "The briefing names two wardens for each floor.",
        choices=(Choice("Two", 1.0), Choice("One"), Choice("Three"), Choice("Four")),
    ),
    quoted(
        SOURCE,
        "assembly",
        "single",
        "Where is the assembly point? Take your time: this prompt is deliberately long so "
        "that it has to wrap over several lines on a small screen, the way the longer "
        "questions generated from the speech do, and nothing of it may be cut off.",
        "The assembly point is the car park behind the canteen",
        "the car park behind the canteen",
        "Everyone gathers in the car park behind the canteen to be counted.",
        choices=(
            Choice("The car park behind the canteen", 1.0),
            Choice("The main entrance"),
            Choice("The canteen"),
        ),
    ),
    quoted(
        SOURCE,
        "never",
        "multiple",
        "Which of these must staff never do during a fire drill?",
        "Staff leave by the nearest stairway and never use the lifts.",
        "never use the lifts",
        "Lifts can stop between floors in a fire; stairways are the only way out.",
        choices=(
            Choice("Use the lifts", 0.5),
            Choice("Go back in before the chief warden says it is safe", 0.5),
            Choice("Leave by the nearest stairway", -1.0),
        ),
    ),
    quoted(
        SOURCE,
        "co2",
        "short",
        "Which kind of extinguisher is kept beside every server room?",
        "carbon dioxide extinguishers are kept beside every server room",
        "carbon dioxide",
        "Water conducts electricity, so server rooms get carbon dioxide extinguishers.",
        answers=(
            AcceptedAnswer("carbon dioxide"),
            AcceptedAnswer("CO2"),
            AcceptedAnswer("gas", 0.5, feedback="Carbon dioxide is a gas, but be precise."),
        ),
    ),
    quoted(
        SOURCE,
        "safe",
        "single",
        "Who decides when it is safe to go back into the building?",
        "Nobody goes back into the building until the chief warden says it is safe.",
        "the chief warden",
        "Only the chief warden gives the all-clear.",
        choices=(
            Choice("The chief warden", 1.0),
            Choice("Any fire warden"),
            Choice("The first person back"),
        ),
    ),
)


def sample_set() -> QuestionSet:
    return QuestionSet(SET_ID, SET_TITLE, QUESTIONS, source=SourceDocument(SET_TITLE, SOURCE))


def import_sample_set(db: Database, *, copies: int = 1) -> None:
    """The sample set, its questions `copies` times over (each copy keyed apart) for a test
    that needs more questions than the five written here."""
    questions = tuple(
        replace(question, key=f"{question.key}-{copy}" if copy else question.key)
        for copy in range(copies)
        for question in QUESTIONS
    )
    qset = replace(sample_set(), questions=questions)
    report = import_result(db, ReadResult(qset, "native"), file="fire-drill.yaml")
    assert report.created and not report.refused, report
