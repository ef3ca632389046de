"""Glossary lists: each term's meaning asked among the meanings the same list gives the others."""

from __future__ import annotations

from quizapp.domain.questions import Question
from quizapp.generate import analyse, generate_set

_HAZARDS = """Workshop safety

## Reportable hazards

Every hazard below must be reported to the duty supervisor the same day.

1. **Trip hazard.** Cables, hoses or boxes left across a walkway where someone could fall.
2. **Blocked exit.** Anything stored within one metre of a fire door or its push bar.
3. **Missing guard.** A cutting machine run while its blade cover is removed or propped open.
4. **Spill.** Oil, coolant or water on the floor that has not been marked with a cone.
   - Mark it first, then fetch the absorbent granules from the red bin.
5. **Unsafe stacking.** Pallets or crates piled higher than the yellow line on the wall.
"""


def _glossary(text: str) -> list[Question]:
    questions = generate_set(text, set_id="t").questions
    return [q for q in questions if "what is meant by" in q.prompt]


def _drafted(text: str) -> list[str]:
    """Every glossary prompt drafted, also those the cap per section leaves out."""
    verdicts = analyse(text).verdicts
    return [v.draft.prompt for v in verdicts if "what is meant by" in v.draft.prompt]


def test_each_term_is_asked_among_the_meanings_of_the_list_s_other_terms() -> None:
    assert len(_drafted(_HAZARDS)) == 5
    asked = {q.prompt: q for q in _glossary(_HAZARDS)}
    exit_question = asked['As one of the reportable hazards, what is meant by "Blocked exit"?']
    assert [c.text for c in exit_question.choices if c.correct] == [
        "Anything stored within one metre of a fire door or its push bar"
    ]
    others = {
        "Cables, hoses or boxes left across a walkway where someone could fall",
        "A cutting machine run while its blade cover is removed or propped open",
        "Oil, coolant or water on the floor that has not been marked with a cone",
        "Pallets or crates piled higher than the yellow line on the wall",
    }
    wrong_choices = {c.text for c in exit_question.choices if not c.correct}
    assert len(wrong_choices) == 3 and wrong_choices <= others
    assert exit_question.quote == (
        "**Blocked exit.** Anything stored within one metre of a fire door or its push bar."
    )
    said, why_not = exit_question.explanation.split(". ", 1)
    assert (
        said == '"Blocked exit" is anything stored within one metre of a fire door or its push bar'
    )
    assert any(
        why_not.startswith(f'"{wrong}" is what the same list calls') for wrong in wrong_choices
    )


def test_an_item_s_sub_items_do_not_end_the_list() -> None:
    assert [p for p in _drafted(_HAZARDS) if '"Unsafe stacking"' in p]


def test_a_meaning_that_repeats_its_term_is_not_asked() -> None:
    text = _HAZARDS.replace(
        "Anything stored within one metre of a fire door", "An exit blocked by anything stored"
    )
    prompts = _drafted(text)
    assert len(prompts) == 4
    assert not [p for p in prompts if '"Blocked exit"' in p]


def test_labels_repeated_down_a_list_or_fewer_than_four_terms_are_no_glossary() -> None:
    labelled = _HAZARDS.replace("**Blocked exit.**", "**Trip hazard.**")
    assert _drafted(labelled) == []
    three = _HAZARDS.split("4. **Spill.**")[0]
    assert _drafted(three) == []
