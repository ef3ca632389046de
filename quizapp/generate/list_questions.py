"""Which things a list announces: "Which points should the site manager adhere
to when implementing policies?", "Which of these are examples of behavior that contributes
to a positive environment?".

A document that says "the following three points:" and lists them is telling the trainee
what to remember, so the members of the list are asked, as a choice of several right answers
among the members of the document's *other* lists of the same form (duties among duties,
behaviours among behaviours): each of those is listed for something else. Two shapes of list
are read: items under a sentence that ends with a colon, and points inside a paragraph
("First, adhere to principles. ... The second is to strictly observe discipline."). The quote
is the whole list, from its announcement to its last point, so only compact lists are asked.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from quizapp.generate.candidates import Candidate
from quizapp.generate.distractors import near_copy, pick
from quizapp.generate.grammar import addressed, as_choice, in_sentence, inverted, question
from quizapp.generate.lexicon import is_base_verb, is_gerund
from quizapp.generate.plain import plain
from quizapp.generate.quality import CODE
from quizapp.generate.sentences import Sentence
from quizapp.generate.statements import Unit, points_back, shortened, strip_lead
from quizapp.generate.structure import Block, Document
from quizapp.generate.text import capitalise, fold, short_slug, word_count, words

MAX_LIST_CHARACTERS = 1500  # the quote holds the whole list: longer ones give wrong choices only
MAX_ITEM_WORDS = 12
MIN_ITEMS = 3
SHOWN_RIGHT = 3
SHOWN_WRONG = 2

_FOLLOWING = re.compile(
    r"\bthe following\s+(?:(?:two|three|four|five|six|seven|\d+)\s+)?(?P<noun>[a-z]+s)\b",
    re.IGNORECASE,
)
_INCLUDE = re.compile(r"^(?P<np>.+?)\s+(?:mainly\s+|also\s+)?includes?\s*:$", re.IGNORECASE)
_ORDINALS = "first|second|third|fourth|fifth|sixth"
_POINT = re.compile(
    rf"^(?:(?:{_ORDINALS})(?:ly)?\s*,\s*|the\s+(?:{_ORDINALS})\s+(?:point\s+)?is\s+(?:to\s+)?)",
    re.IGNORECASE,
)
_SPEAKER_DUTY = re.compile(r"^(?:we|you)\s+(?:should|must|need to|have to)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Listing:
    """A list: the sentence that announces it, its members as choices, the span of it all."""

    announcer: Sentence
    items: tuple[str, ...]
    span: tuple[int, int]
    block: Block
    form: str  # "verb", "gerund" or "noun": members of one form are compared


def list_drafts(document: Document, found: list[Unit]) -> list[Candidate]:
    listings = [*_item_lists(document), *_inline_lists(document)]
    statements = {u.sentence.start: u for u in found if u.statement is not None}
    drafts: list[Candidate] = []
    for listing in listings:
        if listing.span[1] - listing.span[0] > MAX_LIST_CHARACTERS:
            continue
        others = [
            item
            for other in listings
            if other is not listing and other.form == listing.form
            for item in other.items
            if not any(near_copy(item, own) for own in listing.items)
        ]
        prompt = _prompt(document, listing, statements.get(listing.announcer.start))
        if prompt is None:
            continue
        right = sorted(listing.items, key=lambda i: _order(prompt, i))[:SHOWN_RIGHT]
        wrong = pick(right, others, SHOWN_WRONG, seed=prompt)
        if wrong is None:
            continue
        section = listing.block.section.title if listing.block.section else ""
        drafts.append(
            Candidate(
                kind="multiple",
                family="list",
                stem=short_slug(f"list {prompt}"),
                fact=f"list:{listing.span[0]}",
                prompt=prompt,
                right=tuple(right),
                wrong=tuple(wrong),
                quote=listing.span,
                highlight=None,
                section=section,
                tags=(short_slug(section), "lists"),
                explanation=(
                    f"{_announcement(document, listing)}: {_joined(listing.items)}. "
                    f"{_joined(tuple(wrong), ' and ')} belong to another list of the document."
                ),
                anchor=listing.block.start,
                score=3.0,
            )
        )
    return drafts


def _order(seed: str, text: str) -> str:
    return hashlib.sha256(f"{seed}\x00{text}".encode()).hexdigest()


def _joined(items: tuple[str, ...], separator: str = "; ") -> str:
    return separator.join(f'"{i}"' for i in items)


def _announcement(document: Document, listing: Listing) -> str:
    """The sentence that announces the list, up to its colon, in the trainee's "you"."""
    shown = plain(document.text, listing.announcer.start, listing.announcer.end).text
    return capitalise(addressed(shown.split(":", 1)[0].strip()))


def _item_lists(document: Document) -> list[Listing]:
    """Items under a paragraph whose last sentence ends with a colon."""
    found: list[Listing] = []
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or not block.sentences:
            continue
        announcer = block.sentences[-1]
        if not announcer.text.rstrip().endswith(":"):
            continue
        members: list[Block] = []
        for item in blocks[index + 1 :]:
            if item.kind != "item" or not item.sentences:
                break
            members.append(item)
        if len(members) < MIN_ITEMS:
            continue
        items = [_member(document, m.sentences[0]) for m in members]
        listing = _listing(announcer, items, (announcer.start, members[-1].end), block)
        if listing is not None:
            found.append(listing)
    return found


def _inline_lists(document: Document) -> list[Listing]:
    """Points inside a paragraph: "... the following three points: First, X. ... The second
    is to Y. ... The third is to Z."."""
    found: list[Listing] = []
    for block in document.blocks:
        if block.kind not in ("paragraph", "item"):
            continue
        for index, sentence in enumerate(block.sentences):
            head, colon, first = sentence.text.partition(":")
            if not colon or not _FOLLOWING.search(head) or not _POINT.match(first.strip()):
                continue
            offset = sentence.start + len(head) + 1
            first_point = plain(document.text, offset, sentence.end).text
            items = [_point(first_point)]
            last = sentence
            for later in block.sentences[index + 1 :]:
                shown = plain(document.text, later.start, later.end).text
                if _POINT.match(shown):
                    items.append(_point(shown))
                    last = later
            listing = _listing(sentence, items, (sentence.start, last.end), block)
            if listing is not None:
                found.append(listing)
    return found


def _member(document: Document, sentence: Sentence) -> str:
    return plain(document.text, sentence.start, sentence.end).text


def _point(text: str) -> str:
    """ "The second is to strictly observe discipline." -> "strictly observe discipline"."""
    text = _POINT.sub("", text.strip())
    return _SPEAKER_DUTY.sub("", text)


def _listing(
    announcer: Sentence, items: list[str], span: tuple[int, int], block: Block
) -> Listing | None:
    cleaned = [_as_member(i) for i in items]
    if len(cleaned) < MIN_ITEMS or any(not c for c in cleaned):
        return None
    forms = {_form(c) for c in cleaned}
    if len(forms) != 1 or len({fold(c) for c in cleaned}) != len(cleaned):
        return None
    return Listing(announcer, tuple(cleaned), span, block, forms.pop())


def _as_member(text: str) -> str:
    """A member as a choice: its first clause, short, in the trainee's "you"."""
    text = re.split(r"(?<=[a-z])[.;:](?:\s|$)", text.strip(), maxsplit=1)[0]
    text = _SPEAKER_DUTY.sub("", re.sub(r"^to\s+(?=[a-z])", "", text))
    setting, comma, rest = text.partition(", ")
    if comma and not is_base_verb(words(setting)[0]) and is_base_verb(words(rest)[0]):
        text = rest  # 'in the new year, do a good job in ...': the act is after its setting
    text = text.split(", ")[0] if _form(text) == "verb" else text
    text = addressed(shortened(text.strip().rstrip(" .;:,"), MAX_ITEM_WORDS))
    if not 2 <= word_count(text) <= MAX_ITEM_WORDS or CODE.search(text) or points_back(text):
        return ""
    if re.search(r"\b(?:it|they|them|this|these|those|he|she|his|her)\b", text, re.I):
        return ""
    return as_choice(text)


def _form(item: str) -> str:
    first = next((w for w in words(item) if not w.lower().endswith("ly")), "")
    if is_gerund(first):
        return "gerund"
    return "verb" if is_base_verb(first) else "noun"


def _prompt(document: Document, listing: Listing, unit: Unit | None) -> str | None:
    """The announcement as a question: "X should adhere to the following three points when
    Y" -> "Which points should X adhere to when Y?"; "Examples of Z include:" -> "Which of
    these are examples of Z?"."""
    shown = plain(document.text, listing.announcer.start, listing.announcer.end)
    head = shown.text.split(":", 1)[0].strip()
    include = _INCLUDE.match(head + ":")
    if include is not None:
        body, _ = strip_lead(plain(head, 0, len(head)))
        match = _INCLUDE.match(body.text + ":")
        np = match.group("np") if match else ""
        if not np or points_back(np) or word_count(np) > 14:
            return None
        return question("which of these are", in_sentence(np))
    statement = unit.statement if unit is not None else None
    if statement is None or statement.subject is None:
        return None
    following = _FOLLOWING.search(statement.action.text)
    if following is None or statement.action.text[following.end() :].strip():
        return None
    who = "you" if statement.subject.text.lower() in ("we", "you") else None
    who = who or in_sentence(statement.subject.text)
    form = inverted(statement.verb, who)
    if form is None or points_back(statement.subject.text):
        return None
    auxiliary, rest = form
    verb = statement.action.text[: following.start()].strip()
    lead = f"{statement.lead.phrase.text}," if statement.lead else ""
    tail = statement.tail.phrase.text if statement.tail else ""
    noun = following.group("noun").lower()
    asked = question(lead, f"which {noun}", auxiliary, who, rest, verb, tail)
    return capitalise(addressed(asked)) if word_count(asked) <= 30 else None
