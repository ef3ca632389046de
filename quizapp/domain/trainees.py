"""Who trains: a name picked from a list, the same person whatever its letter case.

Names are compared with `casefold`, in Python: SQLite's lower() folds only ASCII, so 'Иван'
and 'иван' would otherwise be two trainees on one machine and a clash on another. Names that
look the same are the same too: 'Zoë' typed with a precomposed ë or with e and a combining
diaeresis, or with an invisible character (a pasted zero-width space) in it. They are
sorted the way a reader looks a name up, accents set aside ('Ärzte' among the A's, not after
'Zoë'): for one short list, that is most of what a full collation library would add.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

MAX_NAME = 60


@dataclass(frozen=True)
class Trainee:
    uuid: str
    name: str


def by_name(people: Iterable[Trainee]) -> list[Trainee]:
    """In the order people look for their name in a list."""
    return sorted(people, key=lambda person: _lookup_key(person.name))


def same_name(first: str, second: str) -> bool:
    return name_key(first) == name_key(second)


def name_key(name: str) -> str:
    """What two names that are one name have in common; the database keeps it unique.

    Unicode's canonical caseless form (normalised on both sides of the fold, as case
    folding can undo a normal form), without the invisible format characters: names stored
    before those were cleaned out, or with a joiner kept, still meet the plain spelling.
    Changing it needs a migration that computes the stored keys again."""
    visible = "".join(char for char in name if unicodedata.category(char) != "Cf")
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", visible).casefold())


def _lookup_key(name: str) -> tuple[str, str]:
    letters = unicodedata.normalize("NFKD", name)
    bare = "".join(char for char in letters if not unicodedata.combining(char))
    return bare.casefold(), name.casefold()  # a tie goes plain first: 'Arzt' before 'Ärzt'
