"""A question set for the screenshots: a short handbook of our own with a dozen questions of
every kind (choose one, choose several, typed), so the pictures show what a real set looks
like whatever the shipped bank holds today. Not shipped; the tour imports it."""

from __future__ import annotations

from quizapp.domain.questions import (
    AcceptedAnswer,
    Choice,
    QuestionSet,
    SourceDocument,
    credits_from_flags,
)
from quizapp.formats.base import ReadResult
from quizapp.services.question_sets import import_result
from quizapp.storage.database import Database
from tests.ui.sample_set import quoted

SET_ID = "open-village-accounts"
TITLE = "Keeping the village accounts open"

SOURCE = (
    "\n\n".join(
        (
            TITLE,
            "The village committee publishes its accounts every quarter. The statement is posted "
            "on the notice board outside the committee office and read aloud at the next "
            "villagers' meeting, so that those who cannot read hear it too.",
            "Every payment above five hundred yuan needs two signatures: the secretary's and the "
            "treasurer's. Nobody signs a payment to themselves or to a member of their family.",
            "Receipts are kept for five years in a locked cabinet. The key is held by the "
            "treasurer, and a second key by the township finance office.",
            "Villagers may ask to see any receipt. The request is written in the request book, "
            "and the receipt is shown within seven days.",
            "A supervision group of three villagers, elected at the annual meeting, checks the "
            "accounts before each statement is posted. Committee members cannot sit on the group.",
            "Money from land contracts goes into the village bank account the day it is received. "
            "Cash is never kept in the office overnight.",
            "When a project costs more than twenty thousand yuan, three quotations are asked for, "
            "and the villagers' meeting decides which one is taken.",
            "Mistakes found by the supervision group are put right in the next statement, which "
            "says what was wrong and who corrected it.",
        )
    )
    + "\n"
)


def _one(right: str, *wrong: str) -> tuple[Choice, ...]:
    return (Choice(right, 1.0), *(Choice(text) for text in wrong))


def _several(right: tuple[str, ...], wrong: tuple[str, ...]) -> tuple[Choice, ...]:
    flags = [True] * len(right) + [False] * len(wrong)
    credits = credits_from_flags(flags, "multiple")
    texts = (*right, *wrong)
    return tuple(Choice(text, credit) for text, credit in zip(texts, credits, strict=True))


QUESTIONS = (
    quoted(
        SOURCE,
        "quarter",
        "single",
        "How often does the village committee publish its accounts?",
        "The village committee publishes its accounts every quarter.",
        "every quarter",
        "The statement comes out four times a year.",
        choices=_one("Every quarter", "Every month", "Once a year", "When villagers ask"),
    ),
    quoted(
        SOURCE,
        "read-aloud",
        "single",
        "Why is the statement also read aloud at the villagers' meeting, and not only posted "
        "on the notice board outside the committee office?",
        "read aloud at the next villagers' meeting, so that those who cannot read hear it too",
        "so that those who cannot read hear it too",
        "A posted statement reaches only those who can read it.",
        choices=_one(
            "So that those who cannot read hear it too",
            "So that it can be voted on",
            "Because the notice board is too small",
        ),
    ),
    quoted(
        SOURCE,
        "signatures",
        "multiple",
        "Whose signatures does a payment above five hundred yuan need?",
        "Every payment above five hundred yuan needs two signatures: the secretary's and the "
        "treasurer's.",
        "the secretary's and the treasurer's",
        "Two people sign, so that no one person can pay out the village's money.",
        choices=_several(
            ("The secretary's", "The treasurer's"),
            ("The township head's", "The supervision group's"),
        ),
    ),
    quoted(
        SOURCE,
        "threshold",
        "short",
        "Above how many yuan does a payment need two signatures?",
        "Every payment above five hundred yuan needs two signatures",
        "five hundred",
        "Smaller payments need one signature.",
        answers=(AcceptedAnswer("500"), AcceptedAnswer("five hundred")),
    ),
    quoted(
        SOURCE,
        "years",
        "short",
        "For how many years are receipts kept?",
        "Receipts are kept for five years in a locked cabinet.",
        "five years",
        "Five years, in a locked cabinet.",
        answers=(AcceptedAnswer("5"),),
    ),
    quoted(
        SOURCE,
        "keys",
        "multiple",
        "Who holds a key to the cabinet where the receipts are kept?",
        "The key is held by the treasurer, and a second key by the township finance office.",
        "the treasurer, and a second key by the township finance office",
        "One key in the village, one outside it.",
        choices=_several(
            ("The treasurer", "The township finance office"),
            ("The secretary", "The oldest villager"),
        ),
    ),
    quoted(
        SOURCE,
        "days",
        "single",
        "Within how many days must a receipt a villager asks to see be shown?",
        "the receipt is shown within seven days",
        "seven days",
        "The request is written in the request book first.",
        choices=_one("Seven", "Three", "Thirty", "Fourteen"),
    ),
    quoted(
        SOURCE,
        "group",
        "single",
        "Who checks the accounts before each statement is posted?",
        "A supervision group of three villagers, elected at the annual meeting, checks the "
        "accounts before each statement is posted.",
        "A supervision group of three villagers",
        "Three elected villagers, none of them on the committee.",
        choices=_one(
            "A supervision group of three elected villagers",
            "The township finance office",
            "The secretary and the treasurer together",
        ),
    ),
    quoted(
        SOURCE,
        "cannot-sit",
        "short",
        "Who cannot sit on the supervision group?",
        "Committee members cannot sit on the group.",
        "Committee members",
        "Those who keep the accounts do not check them.",
        answers=(AcceptedAnswer("committee members"), AcceptedAnswer("the committee")),
    ),
    quoted(
        SOURCE,
        "cash",
        "multiple",
        "Which of these are rules for money from land contracts?",
        "Money from land contracts goes into the village bank account the day it is received. "
        "Cash is never kept in the office overnight.",
        "the day it is received",
        "Paid in the same day; no cash left in the office at night.",
        choices=_several(
            ("It is paid into the bank the day it is received", "No cash stays overnight"),
            ("It is counted at the villagers' meeting", "It is kept in the locked cabinet"),
        ),
    ),
    quoted(
        SOURCE,
        "quotations",
        "single",
        "How many quotations are asked for when a project costs more than twenty thousand yuan?",
        "When a project costs more than twenty thousand yuan, three quotations are asked for",
        "three quotations",
        "The villagers' meeting then chooses among them.",
        choices=_one("Three", "Two", "One, from the township", "Five"),
    ),
    quoted(
        SOURCE,
        "mistakes",
        "single",
        "What happens to a mistake the supervision group finds?",
        "Mistakes found by the supervision group are put right in the next statement, which "
        "says what was wrong and who corrected it.",
        "put right in the next statement",
        "The correction is public, as the mistake was.",
        choices=_one(
            "It is put right in the next statement, which says what was wrong",
            "It is reported to the township and nothing is posted",
            "The statement is taken down until the next year",
        ),
    ),
)


def tour_set() -> QuestionSet:
    return QuestionSet(SET_ID, TITLE, QUESTIONS, source=SourceDocument(TITLE, SOURCE))


def import_tour_set(db: Database) -> None:
    report = import_result(db, ReadResult(tour_set(), "native"), file="open-village-accounts.yaml")
    assert report.created and not report.refused, report
