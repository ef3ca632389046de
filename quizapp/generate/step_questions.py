"""What comes next in a procedure: "In a lockout, which step comes right after "Tell the
affected people"?".

Only for numbered steps that are orders ("Stop the machine"), where doing things in their
order is the point of the list, and only with four steps or more, so that the wrong choices
(the procedure's other steps, neither the one named nor the one asked) are three. The
explanation gives the step that follows and the words the document says about it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from quizapp.generate.candidates import Candidate
from quizapp.generate.distractors import pick
from quizapp.generate.lexicon import is_base_verb
from quizapp.generate.plain import plain
from quizapp.generate.statements import is_readable
from quizapp.generate.structure import Block, Document, Section
from quizapp.generate.text import MODAL_VERBS, capitalise, fold, short_slug, word_count, words

MIN_STEPS = 4
MAX_STEP_WORDS = 10


@dataclass(frozen=True)
class Step:
    text: str  # the step's first sentence as shown, without its closing full stop
    span: tuple[int, int]
    block: Block
    detail: str  # the sentence after it, if any: what the step involves


def step_drafts(document: Document, contexts: dict[int, str]) -> list[Candidate]:
    drafts: list[Candidate] = []
    for steps, section in _procedures(document):
        heading = contexts.get(steps[0].block.start, "") or section.title
        if _NO_ORDER.search(heading):
            continue  # "Academic Integrity Guidelines": rules kept all at once, whose order is
            # the list's layout (round 69's judge)
        where = _setting(heading)
        for index in range(len(steps) - 1):
            current, following = steps[index], steps[index + 1]
            others = [s.text for j, s in enumerate(steps) if j not in (index, index + 1)]
            wrong = pick([following.text], others, 3, seed=current.text)
            if wrong is None:
                continue
            detail = f" {following.detail}" if following.detail else ""
            drafts.append(
                Candidate(
                    kind="single",
                    family="step",
                    stem=short_slug(f"after {current.text}"),
                    fact=f"step:{fold(current.text)}",
                    prompt=f'{where}, which step comes right after "{current.text}"?',
                    right=(following.text,),
                    wrong=tuple(wrong),
                    quote=(current.block.start, following.block.end),
                    highlight=following.span,
                    section=section.title,
                    tags=(short_slug(section.title), "procedures"),
                    explanation=(
                        f'Step {index + 2}, "{following.text}", comes right after step '
                        f'{index + 1}, "{current.text}".{detail}'
                    ),
                    anchor=following.block.start,
                    score=2.8,
                )
            )
    return drafts


# Headings of lists whose items hold all at once, in no order: a code, not a procedure.
_NO_ORDER = re.compile(
    r"\b(?:guidelines?|rules|principles|expectations|tips|values|conduct|etiquette|"
    r"dos|don'?ts|do's|policy|policies|standards|norms|manners)\b",
    re.IGNORECASE,
)


def _procedures(document: Document) -> list[tuple[list[Step], Section]]:
    """Runs of numbered items, each an order of a few words, that are not the end of a
    sentence of powers or duties ("The Project Leader may: 1. Appoint Delegates ..."): what
    someone may or must do is a list in no order, and "which comes next" asks its layout."""
    found: list[tuple[list[Step], Section]] = []
    run: list[Step] = []
    blocks = document.blocks
    before = {later.start: earlier for earlier, later in pairwise(blocks)}
    for block in [*blocks, None]:
        step = _step(document, block) if block is not None else None
        if step is not None and (not run or (block is not None and block.number == len(run) + 1)):
            run.append(step)
            continue
        if (
            len(run) >= MIN_STEPS
            and run[0].block.section is not None
            and not _finishes_a_modal(document, before.get(run[0].block.start))
        ):
            found.append((run, run[0].block.section))
        run = [step] if step is not None and block is not None and block.number == 1 else []
    return found


def _finishes_a_modal(document: Document, announcing: Block | None) -> bool:
    if announcing is None or announcing.kind not in ("paragraph", "item"):
        return False
    tokens = words(document.text[announcing.start : announcing.end].rstrip(" :"))
    return bool(tokens) and tokens[-1].lower() in MODAL_VERBS


def _step(document: Document, block: Block) -> Step | None:
    if block.kind != "item" or block.number is None or not block.sentences:
        return None
    first = block.sentences[0]
    shown = plain(document.text, first.start, first.end)
    text = shown.text.rstrip(" .;:")
    raw = document.text[first.start : first.end]
    tokens = words(text)
    if not tokens or not is_base_verb(tokens[0]) or word_count(text) > MAX_STEP_WORDS:
        return None
    if "`" in raw or (word_count(text) >= 6 and not is_readable(raw, text)):
        return None
    rest = block.sentences[1:2]
    detail = plain(document.text, rest[0].start, rest[0].end).text if rest else ""
    if detail and not is_readable(document.text[rest[0].start : rest[0].end], detail, least=3):
        detail = ""
    return Step(capitalise(text), shown.span(0, len(text)), block, detail)


def _setting(heading: str) -> str:
    """Where the steps belong, as a prompt's opening: "Requesting a remote day" -> "When
    requesting a remote day"; "The steps of a lockout" -> "In the steps of a lockout"."""
    first, _, rest = heading.partition(" ")
    if (first.lower().endswith("ing") and is_base_verb(first[:-3])) or (
        first.lower().endswith("ing") and is_base_verb(first[:-3] + "e")
    ):
        return f"When {first.lower()} {rest}".strip()
    lowered = heading[:1].lower() + heading[1:] if not heading[:2].isupper() else heading
    return f"In {lowered}" if lowered.startswith(("the ", "a ", "an ")) else f"In the {lowered}"
