"""What not to do, asked among what the document says to do in the same case."""

from __future__ import annotations

from quizapp.domain.grading import grade
from quizapp.generate import generate_set

# Shaped like round 161's incident procedures (adopted from the Ada Initiative's guide).
_PROCEDURE = """Responding to reports

Prepare an initial response to the incident. Please follow these guidelines:

- Offer the victim a private place to sit.
- Ask them "how can I help?"
- Provide them with your list of emergency contacts.
- Involve security only at the victim's request.

What not to do during an initial response:

- Do not invite them to withdraw the complaint. This suggests that you want them to
  do so, and is coercive.
- Do not offer them input into penalties.
"""


def test_a_prohibition_is_asked_among_what_to_do_in_the_same_case() -> None:
    [question] = [q for q in generate_set(_PROCEDURE, set_id="t").questions if "NOT do" in q.prompt]
    assert question.prompt == "What should you NOT do during an initial response?"
    right = [c.text for c in question.choices if c.fraction]
    assert right == ["Invite them to withdraw the complaint"]
    wrong = {c.text for c in question.choices if not c.fraction}
    assert len(wrong) == 3 and wrong <= {
        "Offer the victim a private place to sit",
        'Ask them "how can I help?"',
        "Provide them with your list of emergency contacts",
        "Involve security only at the victim's request",
    }
    assert question.explanation.endswith(
        "This suggests that you want them to do so, and is coercive."
    )
    assert question.quote.startswith("What not to do during an initial response:")
    assert grade(question, next(i for i, c in enumerate(question.choices) if c.fraction)).correct


def test_a_prohibition_without_its_reason_or_without_a_list_of_what_to_do_is_not_asked() -> None:
    """The item that says no why ("Do not offer them input into penalties.") is not asked; nor
    is any where the document gives no list of what to do in the case."""
    questions = generate_set(_PROCEDURE, set_id="t").questions
    assert not any("penalties" in c.text for q in questions for c in q.choices if c.fraction)
    alone = (
        _PROCEDURE.split("Prepare an initial response")[0]
        + _PROCEDURE.split("Involve security only at the victim's request.\n\n")[1]
    )
    assert not any("NOT do" in q.prompt for q in generate_set(alone, set_id="t").questions)
