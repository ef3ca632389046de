"""A figure question's explanation takes what the document says elsewhere with the same figure:
the other side of its bound and the reason for it, and nothing from an unrelated rule that
happens to share the figure."""

from __future__ import annotations

import pytest

from quizapp.domain.questions import Question
from quizapp.generate import analyse, generate_set


def _asking(text: str, answer: str) -> Question:
    questions = generate_set(text, set_id="t").questions
    [question] = [
        q
        for q in questions
        if answer in [a.text for a in q.answers] + [c.text for c in q.choices if c.fraction > 0]
    ]
    return question


def test_the_other_side_of_a_money_threshold_in_the_section_joins_the_explanation() -> None:
    text = (
        "Lab rules\n\n## Orders\n\n"
        "Orders under $5000 can be done without a purchase order.\n\n"
        "Lab meetings are on Mondays.\n\n"
        "Over $5000, the director signs the purchase order.\n"
    )
    question = _asking(text, "$5,000")
    assert question.explanation.endswith("Over $5000, the director signs the purchase order.")


def test_the_reason_that_names_the_figures_rule_is_taken_from_anywhere() -> None:
    text = (
        "Time off\n\n## Requests\n\n"
        "Before any time off, you need to give your manager two weeks notice.\n\n"
        "## FAQ\n\n**Why do I need to give notice?**\n\n"
        "The purpose of the two-week notification is to keep support staffed at all times.\n"
    )
    question = _asking(text, "two")
    assert question.explanation.endswith(
        "The purpose of the two-week notification is to keep support staffed at all times."
    )


@pytest.mark.usefixtures("any_explanation")
def test_an_unrelated_rule_with_the_same_span_of_time_stays_out() -> None:
    """ "within" sets a deadline, not a case split; and a span of time on the other side of a
    bound counts only in the rule's own paragraph (CivicActions' and Bloom Works' policies)."""
    text = (
        "Referrals\n\n## Bonus\n\n"
        "The candidate must start within 90 days of the referral.\n\n"
        "The hire must stay employed for at least 90 days after starting.\n\n"
        "## Leave\n\n"
        "You can carry over up to 40 hours of unused personal time.\n\n"
        "If your jury duty is over 40 hours, you may use unpaid time off.\n"
    )
    employed = _asking(text, "90")
    assert "within 90 days" not in employed.explanation
    carried = _asking(text, "40")
    assert "jury duty" not in carried.explanation


def test_a_reason_with_the_same_figure_under_another_heading_stays_out() -> None:
    """Round 61's judge: the 15-day cap on unpaid leave was "explained" by a maternity leave
    sentence under its own heading that also had "15 days" (and read "prevents" as a reason)."""
    text = (
        "Handbook\n\n## Leaves\n\n### Maternity Leave\n\n"
        "The leave can start no sooner than 15 days before the expected delivery date unless a "
        "medical condition prevents her from coming to work.\n\n### Other Leaves\n\n"
        "All other leaves will be unpaid. You can take a maximum of 15 days of unpaid leave per "
        "year.\n"
    )
    drafted = [v.draft for v in analyse(text).verdicts if "unpaid leave" in v.draft.prompt]
    assert drafted
    assert not [d for d in drafted if "delivery" in d.explanation]
