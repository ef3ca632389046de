"""What not to do, among what to do: "What should you NOT do as an initial response?"

Codes of conduct, incident procedures and shop rules often set a list of what to do beside a
list of what not to do ("Prepare an initial response ...: Offer the victim a private call; Ask
them how you can help ..." and "What not to do as an initial response: Do not ask for their
advice on how to deal with the complaint. This is a staff responsibility."). Judges keep
naming such prohibitions among what a trainee must learn. Asked alone, a prohibition's wrong
choices are hard to make both plausible and certainly wrong; here the document supplies them:
its own list of what to do in the same case, each a real action of the same kind, and each
one the document asks for. Only a prohibition whose item says why is asked: the explanation
gives the document's reason, and the quote runs from the list's announcement to the item's
rule (the reason it leaves to the explanation, which then says more than the quote).
"""

from __future__ import annotations

import re

from quizapp.generate.candidates import Candidate
from quizapp.generate.distractors import stable_order
from quizapp.generate.lexicon import is_base_verb
from quizapp.generate.plain import visible
from quizapp.generate.sentences import Sentence
from quizapp.generate.statements import leadins, rule_of_its_own
from quizapp.generate.structure import Block, Document
from quizapp.generate.text import capitalise, short_slug, word_count, words

SHOWN_CHOICES = 3
MAX_CHOICE_WORDS = 16
MAX_QUOTE_CHARACTERS = 1500

# "Do not overtly invite them ...", "Don't ...", "Never ...": an item that forbids.
_FORBIDS = re.compile(r"^\W*(?:do\s+not|don['’]t|never)\s+(?=\w)", re.IGNORECASE)
# What opens the case both lists are set in: "as an initial response", "during an initial
# response".
_CASE_OPENING = re.compile(r"\b(?:as|during|when|while|before|after)\s+", re.IGNORECASE)
MAX_CASE_WORDS = 6


def _case(announcement: str) -> str:
    """The case an announcement ends on: "... what not to do as an initial response:" -> "as
    an initial response" (from its last opening word, so not "as to what not to do ...")."""
    openings = list(_CASE_OPENING.finditer(announcement))
    if not openings:
        return ""
    case = announcement[openings[-1].start() :].rstrip(" :.")
    return case if 2 <= word_count(case) <= MAX_CASE_WORDS else ""


# A reason given as what the act would say or whose task it is: "This suggests that ...",
# "This is a staff responsibility."
_THIS = re.compile(r"^(?:this|that|it)\s+(?:is|would|will|could|can|suggests|implies|makes|"
                   r"may|might|puts|gives)\b", re.IGNORECASE)  # fmt: skip


def prohibition_drafts(document: Document) -> list[Candidate]:
    lists = _lists(document)
    drafts = []
    for at, (announcement, items) in enumerate(lists):
        if not _forbidding(items):
            continue
        told = next(
            (
                other_items
                for other, other_items in reversed(lists[:at])
                if other_items[0].section is items[0].section and _ordering(other_items)
            ),
            None,
        )
        case = _case(visible(announcement.text))
        if told is None or not case:
            continue
        for item in items:
            draft = _draft(announcement, item, told, case)
            if draft is not None:
                drafts.append(draft)
    return drafts


def _lists(document: Document) -> list[tuple[Sentence, list[Block]]]:
    """Each announced list with its items, in the document's order."""
    grouped: dict[int, tuple[Sentence, list[Block]]] = {}
    for block, announcement in _announced(document):
        grouped.setdefault(announcement.start, (announcement, []))[1].append(block)
    return list(grouped.values())


def _announced(document: Document) -> list[tuple[Block, Sentence]]:
    announcing = leadins(document)
    return [
        (block, announcing[block.start])
        for block in document.blocks
        if block.kind == "item" and block.sentences and block.start in announcing
    ]


def _first(item: Block) -> str:
    return visible(item.sentences[0].text).strip()


def _forbidding(items: list[Block]) -> bool:
    return len(items) >= 2 and all(_FORBIDS.match(_first(item)) for item in items)


def _ordering(items: list[Block]) -> bool:
    """A list of what to do: most of its items open with an order ("Offer the victim ...")."""
    orders = [item for item in items if _order(_first(item))]
    return len(orders) >= SHOWN_CHOICES and len(orders) * 2 > len(items)


def _order(text: str) -> str:
    """An item as a choice, if it is an order of a few words: "Offer the victim a private
    video call"; not "If everyone is safe, ...", nor a prohibition."""
    found = words(text)
    if not found or _FORBIDS.match(text) or not is_base_verb(found[0]):
        return ""
    choice = re.sub(r"\s*\([^)]*\)", "", text).rstrip(" .;:!")  # "(if so, ...)": an aside
    return capitalise(choice) if word_count(choice) <= MAX_CHOICE_WORDS else ""


def _draft(announcement: Sentence, item: Block, told: list[Block], case: str) -> Candidate | None:
    first = _first(item)
    forbidden = _FORBIDS.sub("", first).rstrip(" .;:!")
    if word_count(forbidden) > MAX_CHOICE_WORDS or len(item.sentences) < 2:
        return None
    reason = visible(item.sentences[1].text).strip()
    if not _THIS.match(reason) or rule_of_its_own(reason):
        return None  # only a prohibition whose item says why is asked
    if item.end - announcement.start > MAX_QUOTE_CHARACTERS:
        return None
    seed = f"{item.start}"
    choices = sorted(
        {c for c in (_order(_first(other)) for other in told) if c},
        key=lambda c: (abs(word_count(c) - word_count(forbidden)), stable_order(seed, c)),
    )[:SHOWN_CHOICES]
    if len(choices) < SHOWN_CHOICES:
        return None
    said = f"You should not {forbidden[:1].lower()}{forbidden[1:]} {case}."
    section = item.section.title if item.section else ""
    return Candidate(
        kind="single",
        family="prohibition",
        stem=short_slug(f"not {forbidden}"),
        fact=f"prohibition:{item.start}",
        prompt=f"What should you NOT do {case}?",
        right=(capitalise(forbidden),),
        wrong=tuple(choices),
        quote=(announcement.start, item.sentences[0].end),  # the reason is the explanation's
        highlight=(item.sentences[0].start, item.sentences[0].end),
        section=section,
        tags=(short_slug(section), "rules"),
        explanation=f"{said} {capitalise(reason)}",
        anchor=item.start,
        score=3.4,
    )
