"""Wrong choices of the same kind as the right one, taken from the document itself.

A distractor must be plausible (another item of a list like the one asked about, another
definition, written in the same grammatical shape) and certainly wrong: it never comes from a
list that shares a member with the one asked about or that nests inside it, and it is never a
near-copy of a right answer. Candidates are looked for among nearby lists only, which keeps
the whole generator linear in the length of the document.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from quizapp.generate.lists import ItemList, ListItem
from quizapp.generate.text import content_words, fold, word_count

# How many lists on either side of the one asked about supply distractors.
WINDOW = 12


def near_copy(a: str, b: str) -> bool:
    """True when two phrases say nearly the same thing (one's content words hold the other's)."""
    words_a, words_b = content_words(a), content_words(b)
    if not words_a or not words_b:
        return fold(a) == fold(b)
    if words_a <= words_b or words_b <= words_a:
        return True
    return len(words_a & words_b) / len(words_a | words_b) >= 0.5


class ListDistractors:
    """Outsiders for a list: items of other lists of the same family and shape."""

    def __init__(self, named: list[ItemList], pool: list[ItemList]) -> None:
        self._lists = sorted(
            [*named, *pool], key=lambda item_list: (item_list.items[0].head.start, item_list.kind)
        )
        self._position = {id(item_list): i for i, item_list in enumerate(self._lists)}

    def outsiders(self, target: ItemList, form: str | None = None) -> list[str]:
        """Candidate outsiders, best first: closest in words to the members, then in length."""
        members = target.items
        member_words = frozenset().union(*(content_words(m.display) for m in members))
        mean_length = sum(word_count(m.display) for m in members) / len(members)
        position = self._position.get(id(target), 0)
        nearby = self._lists[max(0, position - WINDOW) : position + WINDOW + 1]
        seen: set[str] = set()
        ranked: list[tuple[float, int, str]] = []
        for other in nearby:
            if other is target or other.family != target.family or _related(target, other):
                continue
            for item in other.items:
                key = fold(item.display)
                if key in seen or (form is not None and item.form != form):
                    continue
                seen.add(key)
                if any(near_copy(item.display, m.display) for m in members):
                    continue
                shared = len(content_words(item.display) & member_words)
                distance = abs(word_count(item.display) - mean_length)
                ranked.append((-shared + distance / 4, item.head.start, item.display))
        ranked.sort()
        return [display for _, _, display in ranked]


def _related(target: ItemList, other: ItemList) -> bool:
    """Lists that share a member, or where one sits inside an item of the other."""
    if target.members() & other.members():
        return True
    return _extent(target, other) or _extent(other, target)


def _extent(outer: ItemList, inner: ItemList) -> bool:
    start = inner.items[0].head.start
    for item in outer.items:
        end = item.body[-1].end if item.body else item.head.end
        if item.head.start <= start < end:
            return True
    return False


def pick(answer: str, candidates: Sequence[str], count: int) -> list[str] | None:
    """`count` distinct distractors from ranked candidates, balancing choice lengths.

    When the right answer would be the longest choice, a longer candidate from further down
    the ranking replaces the last pick, so length never marks the answer.
    """
    chosen: list[str] = []
    for candidate in _distinct(answer, candidates):
        chosen.append(candidate)
        if len(chosen) == count:
            break
    if len(chosen) < count:
        return None
    if all(len(answer) > len(c) for c in chosen):
        longer = [
            c for c in _distinct(answer, candidates) if len(c) > len(answer) and c not in chosen
        ]
        if longer:
            chosen[-1] = longer[0]
    return chosen


def _distinct(answer: str, candidates: Iterable[str]) -> Iterable[str]:
    seen = {fold(answer)}
    for candidate in candidates:
        key = fold(candidate)
        if key and key not in seen and not near_copy(candidate, answer):
            seen.add(key)
            yield candidate


def items_by_form(items: Sequence[ListItem]) -> dict[str, list[ListItem]]:
    grouped: dict[str, list[ListItem]] = {}
    for item in items:
        grouped.setdefault(item.form, []).append(item)
    return grouped
