"""Every command with its keys in one table, as Anki's reviewer keeps them.

The shell builds its menus from the entries that name a menu, the quiz page binds the rest
to its own handlers by command, and the help dialog lists the table: a key is defined once,
the help lists exactly what works, and two features can never quietly claim the same key.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from PySide6.QtGui import QKeySequence

Key = str | QKeySequence.StandardKey  # a platform's own key where it has one (Quit, Help)


class Menu(StrEnum):
    QUIZ = "&Quiz"
    TRAINER = "&Trainer"
    VIEW = "&View"
    HELP = "&Help"


class Command(StrEnum):
    PICK = "pick"
    GO_ON = "go_on"
    NEXT = "next"
    PREVIOUS = "previous"
    FLAG = "flag"
    FINISH = "finish"
    LEAVE = "leave"
    CHANGE_TRAINEE = "change_trainee"
    MY_SCORES = "my_scores"
    OPEN_TRAINER = "open_trainer"
    LEAVE_TRAINER = "leave_trainer"
    QUIT = "quit"
    BIGGER_TEXT = "bigger_text"
    SMALLER_TEXT = "smaller_text"
    NORMAL_TEXT = "normal_text"
    SHORTCUTS = "shortcuts"
    ABOUT = "about"


class Binding(NamedTuple):
    keys: tuple[Key, ...]
    command: Command
    description: str
    argument: int | None = None
    menu: Menu | None = None  # where the shell lists it, under `label`
    label: str = ""
    separated: bool = False  # a line above it in its menu
    # Whether a held key repeats it. Only moving and text size do: a held Enter or digit
    # went on through page after page (Resume, then every question to the last).
    repeats: bool = False


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
    Binding(("PgDown",), Command.NEXT, "Next question", repeats=True),
    Binding(("PgUp",), Command.PREVIOUS, "Previous question", repeats=True),
    Binding(("Ctrl+F",), Command.FLAG, "Flag the question for review, or unflag it"),
    Binding(("Ctrl+Return", "Ctrl+Enter"), Command.FINISH, "Finish the quiz"),
)

# In menu order; the View menu's Theme choices come first, from theme.Theme.
WINDOW_BINDINGS: tuple[Binding, ...] = (
    Binding(
        (),
        Command.LEAVE,
        "Leave the quiz for now: back to the start page, the quiz kept to resume",
        menu=Menu.QUIZ,
        label="&Leave the quiz for now",
    ),
    Binding(
        ("Ctrl+Shift+S",),
        Command.MY_SCORES,
        "My scores: every attempt, by topic, practice of weak questions",
        menu=Menu.QUIZ,
        label="My &scores…",
    ),
    Binding(
        (),
        Command.CHANGE_TRAINEE,
        "Change trainee",
        menu=Menu.QUIZ,
        label="&Change trainee",
    ),
    Binding(
        (QKeySequence.StandardKey.Quit,),
        Command.QUIT,
        "Quit QuizApp",
        menu=Menu.QUIZ,
        label="&Quit",
        separated=True,
    ),
    Binding(
        ("Ctrl+Shift+T",),
        Command.OPEN_TRAINER,
        "Open trainer mode (asks for the trainer's passphrase)",
        menu=Menu.TRAINER,
        label="&Open trainer mode…",
    ),
    Binding(
        ("Ctrl+Shift+L",),
        Command.LEAVE_TRAINER,
        "Leave trainer mode and lock it",
        menu=Menu.TRAINER,
        label="&Leave trainer mode",
    ),
    Binding(
        ("Ctrl++", "Ctrl+="),
        Command.BIGGER_TEXT,
        "Bigger text",
        menu=Menu.VIEW,
        label="Bigger text",
        separated=True,
        repeats=True,
    ),
    Binding(
        ("Ctrl+-",),
        Command.SMALLER_TEXT,
        "Smaller text",
        menu=Menu.VIEW,
        label="Smaller text",
        repeats=True,
    ),
    Binding(
        ("Ctrl+0",),
        Command.NORMAL_TEXT,
        "Normal text size",
        menu=Menu.VIEW,
        label="Normal text size",
    ),
    Binding(
        (QKeySequence.StandardKey.HelpContents,),
        Command.SHORTCUTS,
        "List the keyboard shortcuts",
        menu=Menu.HELP,
        label="&Keyboard shortcuts",
    ),
    Binding((), Command.ABOUT, "About QuizApp", menu=Menu.HELP, label="&About QuizApp"),
)


def binding(command: Command) -> Binding:
    """The one binding of a command that has a single entry (digits have nine)."""
    (found,) = [b for b in (*QUIZ_BINDINGS, *WINDOW_BINDINGS) if b.command is command]
    return found
