"""Names: one person whatever the letter case, listed where a reader looks for them."""

from __future__ import annotations

from quizapp.domain.trainees import Trainee, by_name, same_name


def test_names_are_listed_as_a_reader_looks_them_up() -> None:
    names = ["Иван", "bob", "Ärzte", "anna", "Zoë", "Arzt", "ärmel", "Arzt"]
    people = [Trainee(str(n), name) for n, name in enumerate(names)]
    assert [p.name for p in by_name(people)] == [
        "anna",
        "ärmel",
        "Arzt",
        "Arzt",
        "Ärzte",
        "bob",
        "Zoë",
        "Иван",
    ]


def test_the_same_name_in_another_case_is_the_same_person() -> None:
    assert same_name("Иван", "иВАН") and same_name("Straße", "STRASSE")
    assert not same_name("Ärzte", "Arzte")


def test_names_that_look_the_same_are_the_same_person() -> None:
    """One 'Zoë' typed precomposed, another with a combining diaeresis; one 'Anna' with a
    pasted zero-width space: names stored before such names were cleaned still clash."""
    assert same_name("Zoë", "zoe\u0308") and same_name("ZOE\u0308", "zoë")
    assert same_name("Anna", "Anna\u200b") and same_name("\u2060Ann\u00ada", "anna")
    assert not same_name("Zoë", "Zoe")
