"""Questions about a list: how many, which is one, which is not, all of them, which point.

Every list gives at most one question of each kind, because a second "which is one of" with
another answer is the same question in other words.
"""

from __future__ import annotations

import hashlib
import re

from quizapp.generate.cloze import cloze
from quizapp.generate.distractors import ListDistractors, items_by_form, near_copy, pick
from quizapp.generate.drafts import Draft
from quizapp.generate.lists import ItemList, ListItem, is_compact, quotable_span
from quizapp.generate.sentences import Sentence
from quizapp.generate.text import (
    ORDINALS,
    STOPWORDS,
    content_words,
    fold,
    leans_on_context,
    number_name,
    opens_with_connective,
    singular,
    slugify,
    squash,
    strip_markup,
    word_count,
    word_set,
    words,
)

_ORDINAL_NAMES = {value: name for name, value in ORDINALS.items()}
# A description longer than this is a paragraph, not a pointer to one point.
_MAX_DESCRIPTION_WORDS = 45
_MAX_QUOTE_WORDS = 220
# How many sentences into an item a describing passage may be looked for.
_DESCRIPTION_REACH = 10
_DESCRIPTIONS_PER_ITEM = 4
_STARTS_WITH_MARKER = re.compile(
    r"^(?:the\s+)?(?:" + "|".join(ORDINALS) + r"|finally|lastly|on the other hand)\b",
    re.IGNORECASE,
)


def stable_index(seed: str, size: int) -> int:
    """A choice among `size` things that depends on content only, never on a random state."""
    return int(hashlib.sha256(seed.encode("utf-8")).hexdigest()[:12], 16) % size


def list_drafts(
    text: str,
    item_list: ItemList,
    distractors: ListDistractors,
    claimed: frozenset[int],
    verbs: frozenset[str],
    landmarks: list[tuple[str, tuple[int, int]]],
) -> list[Draft]:
    if item_list.label is None:
        return []
    builders = (_how_many, _one_of, _not_one_of, _all_of, _next_item, _first_item, series_cloze)
    drafts = [draft for build in builders if (draft := build(text, item_list, distractors))]
    own = frozenset(s.start for item in item_list.items for s in [item.head, *item.body])
    others_claim = claimed - own if item_list.kind == "ordinal" else claimed
    drafts.extend(_descriptions(text, item_list, distractors, others_claim))
    drafts.extend(_head_blanks(item_list, verbs))
    drafts.extend(_mentions(text, item_list, distractors, others_claim, landmarks))
    return drafts


# How many "where does the text mention ...?" questions one point may give.
_MENTIONS_PER_ITEM = 2
# The quote runs from the point to the sentence with the term: the least that shows where
# the term stands, so it may be longer than a describing passage's.
_MAX_MENTION_QUOTE_WORDS = 300


def _mentions(
    text: str,
    item_list: ItemList,
    distractors: ListDistractors,
    claimed: frozenset[int],
    landmarks: list[tuple[str, tuple[int, int]]],
) -> list[Draft]:
    """Which point a marked term belongs to: a quoted coinage or a name the point brings up.

    The term is the author's own landmark (in quotation marks, or a proper name), so it
    names one spot in the text without repeating the point it belongs to.
    """
    label = item_list.label
    assert label is not None
    if item_list.family != "statement" or not landmarks:
        return []
    drafts: list[Draft] = []
    for member in item_list.items:
        if not member.body:
            continue
        end = member.body[-1].end
        others = [m.display for m in item_list.items if m is not member]
        if len(others) < 3:
            borrowed = distractors.outsiders(item_list, member.form) or distractors.outsiders(
                item_list
            )
            others += borrowed[: 3 - len(others)]
        wrong = pick(member.display, others, 3)
        if wrong is None:
            continue
        own = content_words(member.display)
        asked = 0
        for term, (start, stop) in landmarks:
            if asked == _MENTIONS_PER_ITEM or start >= end:
                continue
            if start < member.head.end or start < member.quote_start:
                continue
            sentence = next((s for s in member.body if s.start <= start < s.end), None)
            if sentence is None or sentence.start in claimed:
                continue
            if content_words(term) & own or text.count(term, item_list.items[0].quote_start) > 1:
                continue
            quote = (member.quote_start, sentence.end)
            if word_count(text[quote[0] : quote[1]]) > _MAX_MENTION_QUOTE_WORDS:
                continue
            asked += 1
            drafts.append(
                Draft(
                    kind="single",
                    stem=f"{item_list.slug}-mention-{slugify(term)}",
                    fact=f"where:{fold(term)}",
                    prompt=f'Under which of {label.name} does the text mention "{term}"?',
                    right=(member.display,),
                    wrong=tuple(wrong),
                    quote=quote,
                    highlight=(start, stop),
                    explanation=f'The text brings up "{term}" while explaining "{member.display}".',
                    **_base(item_list),  # type: ignore[arg-type]
                )
            )
    return drafts


def _blankable(word: str, others: frozenset[str], verbs: frozenset[str]) -> bool:
    """A word worth recalling: a content word of its own point, not a verb or a modifier."""
    lowered = word.lower()
    return (
        len(word) >= 4
        and lowered not in STOPWORDS
        and lowered not in others
        and lowered not in verbs
        and not lowered.endswith(("ly", "ing", "ed", "'s", "’s"))
    )


_NOUN_MARKS = word_set(
    "the a an their our its his her your my every each any some this of in for with about on "
    "at from by to"
)


def _after_determiner(tokens: list[re.Match[str]], position: int) -> bool:
    """A word within two words after a determiner or preposition sits in a noun phrase."""
    before = [t.group(0).lower() for t in tokens[max(0, position - 2) : position]]
    return any(word in _NOUN_MARKS for word in before)


def _head_blanks(item_list: ItemList, verbs: frozenset[str]) -> list[Draft]:
    """Recall each point of a list by its key word, the point shown with that word blanked.

    The blank is the longest word of the point that no other point of the list uses, so the
    position and the rest of the wording pin down one answer.
    """
    label = item_list.label
    assert label is not None
    if item_list.family != "statement":
        return []
    drafts: list[Draft] = []
    for index, member in enumerate(item_list.items):
        others = frozenset(
            w.lower() for m in item_list.items if m is not member for w in words(m.display)
        )
        tokens = list(re.finditer(r"[A-Za-z][A-Za-z-]*(?:['’]s)?", member.display))
        candidates = [
            w
            for position, w in enumerate(tokens)
            if _blankable(w.group(0), others, verbs)
            and member.display.lower().count(w.group(0).lower()) == 1
            and (position == len(tokens) - 1 or _after_determiner(tokens, position))
        ]
        distinct = [t for t in tokens if t.group(0).lower() not in others]
        if not candidates and len(distinct) == 1 and len(tokens) <= 4:
            # parallel points ("Publicize the masses", "Organize the masses") differ in one
            # word only, usually the verb: that word is the point
            candidates = distinct
        if not candidates or word_count(member.display) > 16:
            continue
        chosen = max(candidates, key=lambda w: (len(w.group(0)), w.start()))
        answer = chosen.group(0)
        display = member.display
        shown = display[: chosen.start()] + "____" + display[chosen.end() :]
        ordinal = _ORDINAL_NAMES.get(index + 1, str(index + 1))
        last = chosen is tokens[-1]
        right = [answer, *filter(None, [singular(answer) if last else None])]
        value_start = member.head.text.find(answer)
        highlight = None
        if value_start >= 0:
            at = member.head.start + value_start
            highlight = (at, at + len(answer))
        drafts.append(
            Draft(
                kind="short",
                stem=f"{item_list.slug}-word-{index + 1}",
                fact=f"head:{item_list.slug}:{index}",
                prompt=f'Fill in the blank in the {ordinal} of {label.name}: "{shown}"',
                right=tuple(right),
                wrong=(),
                quote=(member.quote_start, member.head.end),
                highlight=highlight,
                explanation=f'The {ordinal} point reads "{display}".',
                **_base(item_list),  # type: ignore[arg-type]
            )
        )
    return drafts


def nested_sentences(lists: list[ItemList]) -> frozenset[int]:
    """Starts of the sentences that make up ordinal lists, which sit inside other items."""
    return frozenset(
        s.start
        for item_list in lists
        if item_list.kind == "ordinal"
        for item in item_list.items
        for s in [item.head, *item.body]
    )


def _base(item_list: ItemList) -> dict[str, object]:
    section = item_list.section.title
    return {"section": section, "tags": (slugify(section), item_list.slug)}


def _members(item_list: ItemList, items: list[ListItem] | None = None) -> str:
    shown = [squash(i.display) for i in (items or item_list.items)]
    if len(shown) == 2:
        return f"{shown[0]} and {shown[1]}"
    return "; ".join(shown[:-1]) + f"; and {shown[-1]}"


def _how_many(text: str, item_list: ItemList, _: ListDistractors) -> Draft | None:
    label = item_list.label
    assert label is not None
    count = len(item_list.items)
    answer = number_name(count)
    if label.how_many is None or item_list.kind == "bullet":
        return None
    if re.search(rf"\b(?:{answer}|{count})\b", label.name, re.IGNORECASE):
        return None  # the list's own name says how many
    last = item_list.items[-1]
    if item_list.span is not None and item_list.kind in ("quoted", "inline"):
        quote = item_list.span
        why = "The quoted sentence names them"
    elif item_list.intro is not None and item_list.announced == count:
        quote = (item_list.intro.start, item_list.intro.end)
        why = f"The quoted passage announces {answer}, and the text then sets them out"
    elif item_list.kind == "numbered":
        quote = (last.quote_start, last.head.end)
        why = f"The text numbers them from 1 to {count}"
    else:
        quote = (last.quote_start, last.head.end)
        why = f"The text counts them off up to the {_ORDINAL_NAMES.get(count, count)}"
    return Draft(
        kind="short",
        stem=f"{item_list.slug}-how-many",
        fact=f"count:{item_list.slug}",
        prompt=label.how_many,
        right=(answer,),
        wrong=(),
        quote=quote,
        highlight=None,
        explanation=f"{why}: {_members(item_list)}.",
        **_base(item_list),  # type: ignore[arg-type]
    )


def _member_quote(item_list: ItemList, member: ListItem) -> tuple[int, int]:
    if item_list.span is not None:
        return item_list.span
    return (member.quote_start, member.head.end)


def _one_of(text: str, item_list: ItemList, distractors: ListDistractors) -> Draft | None:
    label = item_list.label
    assert label is not None
    options: list[tuple[ListItem, list[str]]] = []
    for form, members in sorted(items_by_form(item_list.items).items()):
        outsiders = distractors.outsiders(item_list, form)
        options.extend((member, outsiders) for member in members if len(outsiders) >= 3)
    if not options:
        return None
    member, outsiders = options[stable_index(item_list.slug + ":one", len(options))]
    wrong = pick(member.display, outsiders, 3)
    if wrong is None:
        return None
    return Draft(
        kind="single",
        stem=f"{item_list.slug}-one-of",
        fact=f"member:{item_list.slug}",
        prompt=label.one_of,
        right=(member.display,),
        wrong=tuple(wrong),
        quote=_member_quote(item_list, member),
        highlight=member.value,
        explanation=(
            f'"{member.display}" is on the list, as the quote shows; the other choices come from '
            "other parts of the text."
        ),
        **_base(item_list),  # type: ignore[arg-type]
    )


def _list_quote(text: str, item_list: ItemList) -> tuple[int, int] | None:
    span = quotable_span(item_list)
    if span is not None and is_compact(text, span):
        return span
    if item_list.intro is not None:
        return (item_list.intro.start, item_list.intro.end)
    return None


def _not_one_of(text: str, item_list: ItemList, distractors: ListDistractors) -> Draft | None:
    label = item_list.label
    assert label is not None
    quote = _list_quote(text, item_list)
    if quote is None:
        return None
    for form, members in sorted(items_by_form(item_list.items).items()):
        if len(members) < 3:
            continue
        outsiders = distractors.outsiders(item_list, form)
        if not outsiders:
            continue
        start = stable_index(item_list.slug + ":not", len(members))
        shown = [members[(start + i) % len(members)] for i in range(3)]
        longest = max(len(m.display) for m in shown)
        outsider = next((o for o in outsiders[:4] if len(o) <= longest), outsiders[0])
        return Draft(
            kind="single",
            stem=f"{item_list.slug}-not-one-of",
            fact=f"outsider:{item_list.slug}",
            prompt=label.not_one_of,
            right=(outsider,),
            wrong=tuple(m.display for m in shown),
            quote=quote,
            highlight=None,
            explanation=label.statement.format(members=_members(item_list))
            + f' "{outsider}" is not among them.',
            **_base(item_list),  # type: ignore[arg-type]
        )
    return None


def _all_of(text: str, item_list: ItemList, distractors: ListDistractors) -> Draft | None:
    label = item_list.label
    assert label is not None
    span = quotable_span(item_list)
    if span is None or not is_compact(text, span) or not 3 <= len(item_list.items) <= 6:
        return None
    forms = {member.form for member in item_list.items}
    outsiders = [
        o for form in sorted(forms) for o in distractors.outsiders(item_list, form)[:3]
    ] or distractors.outsiders(item_list)
    wanted = 3 if len(item_list.items) <= 5 else 2
    wrong: list[str] = []
    for outsider in outsiders:
        if not any(near_copy(outsider, w) for w in wrong):
            wrong.append(outsider)
        if len(wrong) == wanted:
            break
    if len(wrong) < 2:
        return None
    return Draft(
        kind="multiple",
        stem=f"{item_list.slug}-all-of",
        fact=f"all:{item_list.slug}",
        prompt=label.all_of,
        right=tuple(m.display for m in item_list.items),
        wrong=tuple(wrong),
        quote=span,
        highlight=None,
        explanation=label.statement.format(members=_members(item_list))
        + " The other choices are not on that list.",
        **_base(item_list),  # type: ignore[arg-type]
    )


def _next_item(text: str, item_list: ItemList, distractors: ListDistractors) -> Draft | None:
    """Order matters in numbered steps and points: which one follows a given one."""
    label = item_list.label
    assert label is not None
    items = item_list.items
    if item_list.family != "statement" or len(items) < 4:
        return None
    position = 1 + stable_index(item_list.slug + ":next", len(items) - 1)
    before, answer = items[position - 1], items[position]
    others = [m.display for m in items if m is not before and m is not answer]
    if len(others) < 3:  # a list of four lends one point of another list of the same shape
        others += distractors.outsiders(item_list, answer.form)[: 3 - len(others)]
    wrong = pick(answer.display, others, 3)
    if wrong is None:
        return None
    quote = (before.quote_start, answer.head.end)
    if word_count(text[quote[0] : quote[1]]) > _MAX_QUOTE_WORDS:
        quote = (answer.quote_start, answer.head.end)
    return Draft(
        kind="single",
        stem=f"{item_list.slug}-after-{position}",
        fact=f"order:{item_list.slug}",
        prompt=f'Among {label.name}, which comes right after "{before.display}"?',
        right=(answer.display,),
        wrong=tuple(wrong),
        quote=quote,
        highlight=answer.value,
        explanation=f'The text gives "{before.display}" as number {position} and '
        f'"{answer.display}" as number {position + 1}.',
        **_base(item_list),  # type: ignore[arg-type]
    )


def _first_item(text: str, item_list: ItemList, distractors: ListDistractors) -> Draft | None:
    """Where a list starts: the first step of a procedure, the first of the points."""
    label = item_list.label
    assert label is not None
    items = item_list.items
    if item_list.family != "statement" or item_list.kind == "bullet":
        return None
    if len(items) >= 4 and 1 + stable_index(item_list.slug + ":next", len(items) - 1) == 1:
        return None  # "which comes right after the first?" already names the first
    first = items[0]
    others = [m.display for m in items[1:]]
    if len(others) < 3:
        others += distractors.outsiders(item_list, first.form)[: 3 - len(others)]
    wrong = pick(first.display, others, 3)
    if wrong is None:
        return None
    return Draft(
        kind="single",
        stem=f"{item_list.slug}-first",
        fact=f"first:{item_list.slug}",
        prompt=f"Which of {label.name} does the text give first?",
        right=(first.display,),
        wrong=tuple(wrong),
        quote=(first.quote_start, first.head.end),
        highlight=first.value,
        explanation=f'The text opens the list with "{first.display}".',
        **_base(item_list),  # type: ignore[arg-type]
    )


def series_cloze(text: str, item_list: ItemList, _: ListDistractors | None = None) -> Draft | None:
    """Recall the missing last term of a series, shown in the author's own sentence.

    Asked of unnamed series too: the sentence itself gives the context. Only a term that
    ends where its clause does is blanked, so the blank holds exactly the answer.
    """
    if item_list.family != "term" or item_list.span is None or len(item_list.items) < 4:
        return None
    if any(
        item.form in ("verb", "ing") or item.display.lower().endswith("ly")
        for item in item_list.items
    ):
        return None  # a series of actions has no single right wording to recall
    start, end = item_list.span
    clause = Sentence(start, end, text[start:end])
    counts: dict[str, int] = {}
    for item in item_list.items:
        counts[fold(item.display)] = counts.get(fold(item.display), 0) + 1
    for member in reversed(item_list.items):
        if word_count(member.display) > 3 or counts[fold(member.display)] > 1:
            continue
        if not re.match(r"\s*(?:[,;.!?]|$)", text[member.value[1] : end]):
            continue
        head_piece = text.rfind(", ", start, item_list.items[0].value[0])
        shown = cloze(text, clause, member.value, head_piece + 2 if head_piece >= 0 else None)
        if shown is None:
            return None
        answer = text[member.value[0] : member.value[1]]
        return Draft(
            kind="short",
            stem=f"{item_list.slug or slugify(member.display)}-missing",
            fact=f"missing:{start}",
            prompt=f"Fill in the blank, as the text has it: {shown}",
            right=(answer,),
            wrong=(),
            quote=item_list.span,
            highlight=member.value,
            explanation=f'The quoted sentence names "{answer}" in that place.',
            section=item_list.section.title,
            tags=(slugify(item_list.section.title), item_list.slug or "series"),
        )
    return None


def _descriptions(
    text: str, item_list: ItemList, distractors: ListDistractors, claimed: frozenset[int]
) -> list[Draft]:
    """Which point a passage explains: the passage given, the points as choices.

    Sentences in `claimed` belong to a list nested inside an item; they describe the nested
    point, so they are asked about there and not here.
    """
    label = item_list.label
    assert label is not None
    if item_list.family != "statement":
        return []
    drafts: list[Draft] = []
    for index, member in enumerate(item_list.items):
        others = [m.display for m in item_list.items if m is not member]
        if len(others) < 3:
            # a short list borrows from other lists, of the same shape where there is one
            borrowed = distractors.outsiders(item_list, member.form) or distractors.outsiders(
                item_list
            )
            others += borrowed[: 3 - len(others)]
        order = sorted(others, key=lambda o: stable_index(f"{item_list.slug}:{o}", 1 << 30))
        wrong = pick(member.display, order, 3)
        if wrong is None:
            continue
        passages = _descriptions_of(text, item_list, member, others, claimed)
        for number, description in enumerate(passages[:_DESCRIPTIONS_PER_ITEM], start=1):
            drafts.append(
                _description_draft(
                    text, item_list, member, description, wrong, f"{index + 1}-{number}"
                )
            )
    return drafts


def _description_draft(
    text: str,
    item_list: ItemList,
    member: ListItem,
    description: tuple[int, int],
    wrong: list[str],
    place: str,
) -> Draft:
    label = item_list.label
    assert label is not None
    shown = squash(strip_markup(text[description[0] : description[1]])).replace('"', "'")
    return Draft(
        kind="single",
        stem=f"{item_list.slug}-point-{place}",
        fact=f"describe:{item_list.slug}:{place}",
        prompt=f'Which of {label.name} does the text explain with the words "{shown}"?',
        right=(member.display,),
        wrong=tuple(wrong),
        quote=(member.quote_start, description[1]),
        highlight=description,
        explanation=f'The quoted passage says this right under "{member.display}".',
        **_base(item_list),  # type: ignore[arg-type]
    )


def _descriptions_of(
    text: str,
    item_list: ItemList,
    member: ListItem,
    others: list[str],
    claimed: frozenset[int],
) -> list[tuple[int, int]]:
    """The item's next sentences that explain it without naming it, close enough to quote.

    Further into an item, a passage must also point to it more than to any other, by a word
    it shares with that item's statement alone; a generic sentence ("The manager is in
    charge of the site") could be explaining any of them, and would make the question a
    guess. The sentence right after a point only must not point elsewhere.
    """
    found: list[tuple[int, int]] = []
    own = content_words(member.display)
    others_words = frozenset().union(*(content_words(o) for o in others))
    heads = [content_words(item.head.text) for item in item_list.items]
    label = item_list.label.name if item_list.label else ""
    half = len(heads) / 2
    common = frozenset(w for w in frozenset().union(*heads) if sum(w in h for h in heads) >= half)
    common |= content_words(label)
    own_head = content_words(member.head.text) - common
    other_heads = [
        h - common for h, item in zip(heads, item_list.items, strict=True) if item is not member
    ]
    for place, sentence in enumerate(member.body[:_DESCRIPTION_REACH]):
        plain = squash(strip_markup(sentence.text))
        if not 8 <= word_count(plain) <= _MAX_DESCRIPTION_WORDS or plain.endswith(":"):
            continue
        if leans_on_context(plain) or _STARTS_WITH_MARKER.match(plain):
            continue
        if opens_with_connective(plain) or sentence.start in claimed:
            continue
        words_here = content_words(plain)
        shared = (words_here & own) - others_words
        if len(shared) >= 2 or (shared and len(own - others_words) <= 2):
            continue  # the passage repeats the item's own words: it would give it away
        if any(words_here & (content_words(o) - own - common) for o in others):
            continue  # the passage echoes another point's wording: it would mislead
        pointing = len(words_here & own_head)
        elsewhere = max((len(words_here & h) for h in other_heads), default=0)
        # right after its point a sentence is read as explaining it; further on it must say so
        if elsewhere > pointing or (place > 0 and pointing <= elsewhere):
            continue
        if place > 0 and pointing == 0:
            continue
        if word_count(text[member.quote_start : sentence.end]) > _MAX_QUOTE_WORDS:
            break
        found.append((sentence.start, sentence.end))
    return found
