"""The question that matches a list's member to what the document says of it."""

from __future__ import annotations

from quizapp.domain.questions import Question
from quizapp.generate import generate_set


def _meaning_questions(body: str) -> list[Question]:
    questions = generate_set(f"Club rules\n\n{body}\n", set_id="t").questions
    return [q for q in questions if "is explained as" in q.prompt]


_PRINCIPLES = """Principles

The principles of the club are:

- **Openness**: every meeting is held in public and its minutes are posted.
- **Fairness**: each member gets one vote on every motion put to the board.
- **Thrift**: the treasurer never spends more than the budget allows.
- **Care**: injured players are seen by the first-aid officer before they leave.
"""


def test_a_member_is_matched_to_its_gloss_among_the_other_members() -> None:
    questions = _meaning_questions(_PRINCIPLES)
    assert len(questions) == 2  # two of four glossed members, not the whole list
    by_answer = {next(c.text for c in q.choices if c.correct): q for q in questions}
    for name, question in by_answer.items():
        assert {c.text for c in question.choices} == {"Openness", "Fairness", "Thrift", "Care"}
        assert question.prompt.startswith("Which of the principles of the club is explained as")
        assert question.quote.startswith(f"**{name}**:")  # the member's own line proves it
    if "Fairness" in by_answer:
        fairness = by_answer["Fairness"]
        assert fairness.prompt.endswith(
            'is explained as "each member gets one vote on every motion put to the board"?'
        )
        assert "The document explains “Fairness”" in fairness.explanation
    # each wrong choice is said to mean something else, in the document's words
    some = questions[0]
    for choice in some.choices:
        if not choice.correct and choice.text == "Thrift":
            assert "“Thrift” as: the treasurer never spends more than the budget allows" in (
                some.explanation
            )


_COUNTED = """Duties

When paying an invoice, the treasurer should keep the following three points: First, check
the order. Its number must match the one on the purchase ledger. The second is to ask
for a receipt. No payment leaves the account until the supplier has signed for it. Third,
file the invoice. Copies stay in the grey cabinet for seven years.

Closing

In the evening, staff must do the following three things: First, empty the bins. Second,
lock the front door. The third is to set the alarm.
"""


def test_a_counted_member_is_glossed_by_the_sentence_after_it() -> None:
    questions = _meaning_questions(_COUNTED)
    assert questions
    for question in questions:
        right = next(c.text for c in question.choices if c.correct)
        wrong = {c.text for c in question.choices if not c.correct}
        assert right in {"Check the order", "Ask for a receipt", "File the invoice"}
        # two of the list's own members, and one of the other list's, said to be elsewhere
        assert len(wrong & {"Check the order", "Ask for a receipt", "File the invoice"}) == 2
        outsider = (wrong - {"Check the order", "Ask for a receipt", "File the invoice"}).pop()
        assert outsider in {"Empty the bins", "Lock the front door", "Set the alarm"}
        assert f"“{outsider}” belongs to the three things that staff must do" in (
            question.explanation
        )
    asked = {q.prompt for q in questions}
    assert (
        "When paying an invoice, which of the three points that the treasurer should keep is "
        'explained as "No payment leaves the account until the supplier has signed for it"?'
    ) in asked


def test_a_gloss_that_gives_the_name_away_or_points_elsewhere_is_not_asked() -> None:
    for gloss in (
        "the board treats every member fairly on every motion put to it",  # echoes the name
        "see the voting rules below for how this works in detail",  # explains nothing
        "members must not:",  # opens a list of its own
    ):
        text = _PRINCIPLES.replace(
            "each member gets one vote on every motion put to the board", gloss
        )
        answers = {next(c.text for c in q.choices if c.correct) for q in _meaning_questions(text)}
        assert "Fairness" not in answers, gloss


def test_an_acronym_is_not_glossed_by_the_words_it_stands_for() -> None:
    glossary = """Definitions

- **AGM**: Annual General Meeting, held each spring in the club house for all members.
- **Board**: the five elected officers who run the club between general meetings.
- **Quorum**: twelve members present in person, without which no vote is valid.
- **Motion**: a proposal put to a vote, written down before the meeting opens.
"""
    questions = _meaning_questions(glossary)
    assert questions  # the terms are asked as "the defined terms"
    assert all(q.prompt.startswith("Which of the defined terms is explained as") for q in questions)
    assert all("Annual General Meeting" not in q.prompt for q in questions)


def test_a_step_written_as_a_whole_sentence_is_not_glossed_by_the_next_one() -> None:
    """ "Give specific examples of the behaviour you felt was misconduct. Try to avoid
    sweeping statements." adds to the step; it does not say what the step is."""
    steps = """Grievances

To raise a grievance properly:

1. Raise your grievance with your manager as soon as you can. Memories fade quickly.
2. Give specific examples of the behaviour that upset you. Avoid sweeping statements.
3. Keep other people's comments out of your written account. They cannot be checked.
4. Be patient with the people who look into the matter. Reviews take a few weeks.
"""
    assert _meaning_questions(steps) == []
