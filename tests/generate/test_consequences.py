"""What breaking a rule costs: "What will gross misconduct result in?" among the document's
other consequences, and the usual penalties it never names."""

from __future__ import annotations

import pytest

from quizapp.domain.questions import Question
from quizapp.generate import generate_set

pytestmark = pytest.mark.usefixtures("any_explanation")

_CLUB_RULES = (
    "# Club rules\n\n"
    "Members must sign in at the front desk. A first unexcused absence from practice will "
    "result in a written warning. Three unexcused absences in one term will result in "
    "suspension from the team. Fighting at a match will result in expulsion from the club. "
    "Damage caused by careless use of club boats may result in the member paying for the "
    "repair.\n"
)


def _consequences(text: str) -> list[Question]:
    questions = generate_set(text, set_id="t").questions
    return [q for q in questions if q.prompt.endswith(("result in?", "lead to?"))]


def _right(question: Question) -> list[str]:
    return [c.text for c in question.choices if c.correct]


def _wrong(question: Question) -> list[str]:
    return [c.text for c in question.choices if not c.correct]


def test_a_consequence_is_asked_among_the_other_consequences_the_document_sets() -> None:
    asked = {q.prompt: q for q in _consequences(_CLUB_RULES)}
    question = asked["What will three unexcused absences in one term result in?"]
    assert question.type == "single"
    assert _right(question) == ["Suspension from the team"]
    assert set(_wrong(question)) == {
        "A written warning",
        "Expulsion from the club",
        "The member paying for the repair",
    }
    assert question.quote == (
        "Three unexcused absences in one term will result in suspension from the team."
    )
    assert "What will fighting at a match result in?" in asked


def test_a_penalty_is_explained_by_what_setting_it_in_advance_is_for() -> None:
    [question] = [
        q
        for q in _consequences(_CLUB_RULES)
        if q.prompt == "What will fighting at a match result in?"
    ]
    assert question.explanation.startswith(
        "Fighting at a match will result in expulsion from the club. Saying in advance what a "
        "breach costs tells everyone where the line is"
    )


def test_a_long_consequence_is_offered_up_to_its_qualifying_phrase() -> None:
    """The right choice is not the one that says most; the explanation keeps it whole."""
    asked = {
        q.prompt: q
        for q in _consequences(
            "# Eligibility\n\nA first instance of minor misconduct will result in a warning "
            "from the league. A first instance of major misconduct will result in at least a "
            "one-year ban from playing in league tournaments. Cheating at a tournament will "
            "result in disqualification from it.\n"
        )
    }
    question = asked["What will a first instance of major misconduct result in?"]
    assert _right(question) == ["At least a one-year ban"]
    assert "one-year ban from playing in league tournaments" in question.explanation


def test_the_usual_penalties_fill_in_only_beside_two_of_the_document_s_own() -> None:
    """Round 76's judge: "Immediate disqualification" among "Expulsion", "Dismissal" and "A
    fine" was the only choice of its kind. With two others of the document's own, one step of
    the ladder fills the last place, never a step the document names (it might hold here)."""
    alone = (
        "# Conduct\n\nGross misconduct offences will result in dismissal without notice. "
        "A manager may give a written warning for lateness.\n"
    )
    assert _consequences(alone) == []
    text = (
        "# Conduct\n\nGross misconduct offences will result in dismissal without notice. "
        "Lateness to a shift will result in a formal warning. Damage to company vehicles will "
        "result in the employee paying for the repair. A manager may give a written warning "
        "for lateness. Staff under investigation may be suspended on full pay.\n"
    )
    asked = {q.prompt: q for q in _consequences(text)}
    question = asked["What will gross misconduct offences result in?"]
    assert _right(question) == ["Dismissal without notice"]
    wrong = _wrong(question)
    assert "A formal warning" in wrong and "The employee paying for the repair" in wrong
    [filler] = [
        w for w in wrong if w not in ("A formal warning", "The employee paying for the repair")
    ]
    assert not any(word in filler.lower() for word in ("warning", "suspen", "dismiss"))


def test_two_breaches_with_one_consequence_are_not_asked() -> None:
    """Round 76: refusing inspection and missing gear both cost disqualification; the two
    questions had one answer, and one's explanation gave the other's away."""
    text = (
        "# Racing\n\nFailure to allow pre-race inspection can result in immediate "
        "disqualification from the race. Failure to carry any of the required gear can result "
        "in immediate disqualification. Late entry will result in a fee of twice the entry "
        "fee. Unsportsmanlike conduct will result in a ban from the next regatta.\n"
    )
    prompts = [q.prompt for q in _consequences(text)]
    assert not [p for p in prompts if "inspection" in p or "required gear" in p]


@pytest.mark.parametrize(
    "rule",
    [
        # a consequence every other is a kind of: a warning is disciplinary action too
        "Misuse of the equipment may result in disciplinary action, up to dismissal.",
        # a breach named by its place in a series, which needs the rule before it
        "A second offence will result in suspension from the team.",
        # a consequence that costs no one, with no three others of the document to choose from
        "A ball hit over the fence will result in a home run.",
    ],
)
def test_a_consequence_that_cannot_be_asked_fairly_is_not(rule: str) -> None:
    assert _consequences(f"# Rules\n\nMembers must sign in at the desk. {rule}\n") == []
