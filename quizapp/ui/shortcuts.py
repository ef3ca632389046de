"""Every keyboard shortcut in one table, as Anki's reviewer keeps them.

Pages bind the entries to their own handlers by command, so a key is defined once, the help
dialog lists exactly what works, and two features can never quietly claim the same key.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class Command(StrEnum):
    PICK = "pick"
    GO_ON = "go_on"
    NEXT = "next"
    PREVIOUS = "previous"
    FLAG = "flag"
    FINISH = "finish"
    BIGGER_TEXT = "bigger_text"
    SMALLER_TEXT = "smaller_text"
    NORMAL_TEXT = "normal_text"


class Binding(NamedTuple):
    keys: tuple[str, ...]
    command: Command
    description: str
    argument: int | None = None


QUIZ_BINDINGS: tuple[Binding, ...] = (
    *(
        Binding(
            (str(n),), Command.PICK, f"Pick choice {n} (tick or untick it when several apply)", n
        )
        for n in range(1, 10)
    ),
    Binding(
        ("Return", "Enter"),
        Command.GO_ON,
        "Go on: next question (in practice, check the answer first)",
    ),
    Binding(("PgDown",), Command.NEXT, "Next question"),
    Binding(("PgUp",), Command.PREVIOUS, "Previous question"),
    Binding(("Ctrl+F",), Command.FLAG, "Flag the question for review, or unflag it"),
    Binding(("Ctrl+Return", "Ctrl+Enter"), Command.FINISH, "Finish the quiz"),
)

WINDOW_BINDINGS: tuple[Binding, ...] = (
    Binding(("Ctrl++", "Ctrl+="), Command.BIGGER_TEXT, "Bigger text"),
    Binding(("Ctrl+-",), Command.SMALLER_TEXT, "Smaller text"),
    Binding(("Ctrl+0",), Command.NORMAL_TEXT, "Normal text size"),
)


def binding(command: Command) -> Binding:
    """The one binding of a command that has a single entry (digits have nine)."""
    (found,) = [b for b in (*QUIZ_BINDINGS, *WINDOW_BINDINGS) if b.command is command]
    return found
