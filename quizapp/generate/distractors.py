"""Wrong choices of the same kind as the right one, taken from the document itself.

A distractor must be plausible (another agent of the document for a "who" question, another
duty for a "what" question, a nearby amount for a figure) and certainly wrong: never a
near-copy of a right answer or of another distractor, never one that shares the answer's
words, never the same length class as nothing else so the right one stands out. Which
candidates are of the right kind is the caller's business; this module picks among them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from quizapp.generate.text import content_words, fold, word_count


def near_copy(a: str, b: str) -> bool:
    """True when two phrases say nearly the same thing (one's content words hold the other's,
    or half their words are shared)."""
    words_a, words_b = content_words(a), content_words(b)
    if not words_a or not words_b:
        return fold(a) == fold(b)
    if words_a <= words_b or words_b <= words_a:
        return True
    return len(words_a & words_b) / len(words_a | words_b) >= 0.5


def pick(
    answers: Sequence[str],
    candidates: Iterable[str],
    count: int,
    *,
    seed: str,
) -> list[str] | None:
    """`count` candidates as wrong choices beside `answers`, or None if there are not enough.

    Candidates closest in length to the answers come first, ties broken by a hash of the
    seed so the choice is stable but not always the document's first.
    """
    mean = sum(word_count(a) for a in answers) / max(1, len(answers))
    taken: list[str] = []
    seen = {fold(a) for a in answers}
    ranked = sorted(
        {fold(c): c for c in candidates if fold(c) not in seen}.values(),
        key=lambda c: (abs(word_count(c) - mean), stable_order(seed, c)),
    )
    for candidate in ranked:
        if any(near_copy(candidate, other) for other in (*answers, *taken)):
            continue
        taken.append(candidate)
        if len(taken) == count:
            return taken
    return None


def stable_order(seed: str, text: str) -> str:
    """A sort key that is the same on every run and for every machine, yet not the
    document's order: the generator draws nothing at random."""
    return hashlib.sha256(f"{seed}\x00{text}".encode()).hexdigest()
