"""Trainee names through the services: what looks like one name is stored and found as one."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from quizapp.services import trainees
from quizapp.services.errors import InvalidInput, unit_of_work
from quizapp.storage import trainees as store
from quizapp.storage.database import Database

ZWNJ, ZWJ, ZWSP = "\u200c", "\u200d", "\u200b"
ALIREZA = f"علی{ZWNJ}رضا"  # Persian: the joiner keeps 'Ali' and 'Reza' apart
CODER = f"\U0001f469{ZWJ}\U0001f4bb"  # one emoji: woman + ZWJ + laptop


@pytest.mark.parametrize(("first", "second"), [("Zoë", "zoe\u0308"), ("Anna", f"Anna{ZWSP}")])
def test_names_that_look_the_same_clash(database: Database, first: str, second: str) -> None:
    trainees.add_trainee(database, first)
    with pytest.raises(InvalidInput, match=f"already a trainee called '{first}'"):
        trainees.add_trainee(database, second)


@pytest.mark.parametrize("name", [ZWSP, f" {ZWJ} \ufeff", "\u00ad\u2060", f"{ZWNJ}{ZWJ}"])
def test_a_name_of_invisible_characters_is_no_name(database: Database, name: str) -> None:
    with pytest.raises(InvalidInput, match="Please type a name"):
        trainees.add_trainee(database, name)
    assert trainees.list_trainees(database) == []


def test_names_are_stored_composed_and_without_hidden_characters(database: Database) -> None:
    for name in (f"Zo{ZWSP}e\u0308", f"\u202e{ZWJ}Ann{ZWSP}  Lee{ZWNJ}\ufeff", f"{ZWJ}Bo {ZWNJ}b"):
        trainees.add_trainee(database, name)
    assert [t.name for t in trainees.list_trainees(database)] == ["Ann Lee", "Bo b", "Zoë"]


def test_joiners_stay_between_letters_and_go_at_the_edges(database: Database) -> None:
    assert trainees.add_trainee(database, f"{ZWJ}{ALIREZA}{ZWNJ} ").name == ALIREZA
    assert trainees.add_trainee(database, f"Kim {ZWNJ}{CODER}{ZWJ}").name == f"Kim {CODER}"


def test_a_composed_name_counts_each_letter_once(database: Database) -> None:
    assert trainees.add_trainee(database, "x" * 59 + "e\u0308").name == "x" * 59 + "ë"


@pytest.mark.parametrize(("stored", "typed"), [("Zoe\u0308", "zoë"), (f"Anna{ZWSP}", "ANNA")])
def test_a_name_stored_before_the_cleaning_still_clashes(
    database: Database, stored: str, typed: str
) -> None:
    with unit_of_work(database) as session:
        store.insert_trainee(session, "old", stored, datetime(2026, 1, 1, tzinfo=UTC))
    with pytest.raises(InvalidInput, match="already a trainee"):
        trainees.add_trainee(database, typed)


def test_a_clash_names_the_stored_name_as_written(database: Database) -> None:
    """Not repr(): a Persian name's non-joiner read as "\\u200c" in the message."""
    trainees.add_trainee(database, "علی\u200cرضا")
    with pytest.raises(InvalidInput) as refused:
        trainees.add_trainee(database, "علی\u200cرضا")
    assert "'علی\u200cرضا'" in str(refused.value) and "\\u200c" not in str(refused.value)
