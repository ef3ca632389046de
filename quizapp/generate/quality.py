"""The checks a draft must pass to be shipped: better fewer questions than bad ones.

Each check names the flaw a trainee would notice: the answer given away by the prompt, two
choices that read the same, a second right answer, a prompt that leans on the document, a
question asked twice in other words.
"""

from __future__ import annotations

import re

from quizapp.generate.distractors import near_copy
from quizapp.generate.drafts import Draft
from quizapp.generate.text import fold, is_number, word_count

_FILLERS = re.compile(r"\b(?:all|none|both|neither) of the (?:above|following)\b", re.I)
MAX_SHORT_ANSWER_WORDS = 4


def flaw(draft: Draft) -> str | None:
    """Why a draft must not be shipped, or None when it is fine."""
    if not draft.prompt.strip() or not draft.right:
        return "empty"
    prompt = f" {fold(draft.prompt)} "
    if draft.kind == "short":
        main = draft.right[0]
        if word_count(main) > MAX_SHORT_ANSWER_WORDS and not is_number(main):
            return "short answer too long"
        if any(f" {fold(answer)} " in prompt for answer in draft.right):
            return "answer in prompt"
        return None
    choices = [*draft.right, *draft.wrong]
    if any(not fold(c) or _FILLERS.search(c) for c in choices):
        return "empty or filler choice"
    if len({fold(c) for c in choices}) != len(choices):
        return "choices not distinct"
    if any(f" {fold(answer)} " in prompt for answer in draft.right):
        return "answer in prompt"
    if any(near_copy(w, r) for w in draft.wrong for r in draft.right):
        return "a distractor restates a right answer"
    if draft.kind == "single" and (len(draft.right) != 1 or len(choices) != 4):
        return "single needs one right answer among four"
    if draft.kind == "multiple" and (len(draft.right) < 2 or len(draft.wrong) < 2):
        return "multiple needs several right and wrong choices"
    return None


def select(drafts: list[Draft]) -> list[Draft]:
    """Drafts without flaws, each fact and each prompt once, in the order given."""
    facts: set[str] = set()
    prompts: set[str] = set()
    kept: list[Draft] = []
    for draft in drafts:
        if flaw(draft) is not None:
            continue
        prompt = fold(draft.prompt)
        if draft.fact in facts or prompt in prompts:
            continue
        facts.add(draft.fact)
        prompts.add(prompt)
        kept.append(draft)
    return kept


def longest_is_right(drafts: list[Draft]) -> float:
    """Share of `single` questions whose right answer is strictly the longest choice."""
    singles = [d for d in drafts if d.kind == "single"]
    if not singles:
        return 0.0
    longest = sum(1 for d in singles if all(len(d.right[0]) > len(w) for w in d.wrong))
    return longest / len(singles)
