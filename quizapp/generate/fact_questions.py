"""Questions about single facts: definitions, sayings, quoted terms, names, figures.

Short answers are asked only where the answer is a term of at most four words or a number,
shown as a blank in the author's own sentence, so there is one answer and the trainee knows
what shape it has.
"""

from __future__ import annotations

import re
from typing import TypeVar

from quizapp.generate.cloze import BLANK, as_quotation, cloze
from quizapp.generate.distractors import pick
from quizapp.generate.drafts import Draft
from quizapp.generate.facts import (
    PLACE_HEADS,
    Definition,
    Figure,
    Identity,
    Name,
    Quoted,
    Series,
    is_saying,
    saying_blank,
)
from quizapp.generate.list_questions import stable_index
from quizapp.generate.lists import split_terms
from quizapp.generate.structure import Section
from quizapp.generate.text import (
    PREPOSITIONS,
    capitalise,
    content_words,
    fold,
    leans_on_context,
    plural_variant,
    shorten,
    slugify,
    squash,
    strip_markup,
    word_count,
    word_set,
)

MAX_SHORT_WORDS = 4


def _base(section: Section, tag: str) -> dict[str, object]:
    return {"section": section.title, "tags": (slugify(section.title), tag)}


def term_variants(term: str) -> tuple[str, ...]:
    """The term as written, without its article, and in the other number where regular."""
    variants = [term]
    lowered = term.lower()
    for article in ("the ", "a ", "an "):
        if lowered.startswith(article) and word_count(term) > 1:
            variants.append(term[len(article) :])
    plural = plural_variant(variants[-1])
    if plural:
        variants.append(plural)
    return tuple(dict.fromkeys(variants))


def definition_drafts(text: str, found: list[Definition]) -> list[Draft]:
    drafts: list[Draft] = []
    for index, definition in enumerate(found):
        others = [d for d in nearby(found, index) if fold(d.term) != fold(definition.term)]
        tag = slugify(definition.term)
        shared = frozenset().union(*(content_words(d.term) for d in others))
        distinctive = content_words(definition.term) - shared
        # A definition may name the term's head noun ("a hot desk means a desk ..."): only
        # the words that set the term apart would give it away.
        head = content_words(_head_noun(definition.term)) if " " in definition.term else set()
        leaks = bool((distinctive - head) & content_words(definition.definition))
        short = word_count(definition.term) <= MAX_SHORT_WORDS
        meaning = _meaning_phrase(text, definition)
        if short and not leaks and meaning:
            drafts.append(
                Draft(
                    kind="short",
                    stem=f"{tag}-term",
                    fact=f"term:{fold(definition.term)}",
                    prompt=_which_term(meaning),
                    right=term_variants(definition.term),
                    wrong=(),
                    quote=definition.span,
                    highlight=definition.term_span,
                    explanation="The quoted sentence gives this as the meaning of "
                    f'"{definition.term}".',
                    **_base(definition.section, tag),  # type: ignore[arg-type]
                )
            )
            continue
        right = _definition_choice(definition)
        candidates = [_definition_choice(d) for d in others]
        order = sorted((c for c in candidates if c), key=lambda c: stable_index(tag + c, 1 << 30))
        wrong = pick(right, order, 3) if right else None
        if wrong is None:
            continue
        in_wrong = frozenset().union(*(content_words(w) for w in wrong))
        if (distinctive & content_words(right)) - in_wrong:
            continue  # the right meaning repeats the term's own words
        drafts.append(
            Draft(
                kind="single",
                stem=f"{tag}-meaning",
                fact=f"term:{fold(definition.term)}",
                prompt=f'In the text, what does "{definition.term}" mean?',
                right=(right,),
                wrong=tuple(wrong),
                quote=definition.span,
                highlight=None,
                explanation=f'The text defines "{definition.term}" as {_lower_first(right)}.',
                **_base(definition.section, tag),  # type: ignore[arg-type]
            )
        )
    return drafts


# Definitions and quoted phrases of one kind sit close together; looking for distractors
# among the nearest ones only keeps the generator linear in the document's length.
NEARBY = 12
T = TypeVar("T")


def nearby(found: list[T], index: int) -> list[T]:
    return found[max(0, index - NEARBY) : index + NEARBY + 1]


def _head_noun(term: str) -> str:
    """The noun a term is about: the last word, or the one before "of"/"from"/... if any."""
    parts = term.split()
    for index, part in enumerate(parts[1:], start=1):
        if part.lower() in PREPOSITIONS:
            return parts[index - 1]
    return parts[-1]


def _which_term(meaning: str) -> str:
    """'which term means ...?' reads well; 'which term is to ...?' does not, so that one is
    asked as the definition with the term left blank."""
    if meaning.startswith("is to "):
        return f'Which term fills the blank in the text\'s definition: "{BLANK} {meaning}"?'
    return f"In the text, which term {meaning}?"


def _meaning_phrase(text: str, definition: Definition) -> str | None:
    """The definition as the predicate of "which term ...?" ("means that ...", "is to ...")."""
    verb = "means" if definition.verb in ("is defined as", "stands for") else definition.verb
    phrase = f"{verb} {strip_markup(definition.definition)}".rstrip(".;")
    if word_count(phrase) > 60 or leans_on_context(phrase):
        return None
    return phrase


def _definition_choice(definition: Definition) -> str:
    meaning = re.sub(r"^that\s+", "", definition.definition)
    return capitalise(shorten(meaning.rstrip(".;"), 18))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def saying_drafts(text: str, quoted: list[Quoted]) -> list[Draft]:
    drafts: list[Draft] = []
    seen: set[str] = set()
    for phrase in quoted:
        if not is_saying(phrase) or fold(phrase.text) in seen:
            continue
        if split_terms(text, phrase.span[0], phrase.span[1]):
            continue  # a quoted series is a list, asked about as one
        seen.add(fold(phrase.text))
        blank = saying_blank(phrase.text)
        if blank is None:
            continue
        saying = phrase.text
        answer = saying[blank[0] : blank[1]]
        before, after = saying[: blank[0]], saying[blank[1] :].rstrip()
        before_word = before.split()[-1].lower() if before.split() else ""
        right = [answer]
        if before_word in ("the", "a", "an"):
            right.append(f"{before_word} {answer}")
        tag = slugify(saying, 3)
        start = phrase.span[0]
        drafts.append(
            Draft(
                kind="short",
                stem=f"saying-{tag}",
                fact=f"saying:{fold(saying)}",
                prompt="Complete the saying quoted in the text: "
                + as_quotation(squash(before + BLANK + after)),
                right=tuple(right),
                wrong=(),
                quote=phrase.span,
                highlight=(start + blank[0], start + blank[1]),
                explanation=f'The saying ends in "{answer}", as quoted.',
                **_base(phrase.section, "saying"),  # type: ignore[arg-type]
            )
        )
    return drafts


def quoted_term_drafts(text: str, quoted: list[Quoted], defined: set[str]) -> list[Draft]:
    """Coined terms the author put in quotation marks, recalled in their sentence."""
    drafts: list[Draft] = []
    done: set[str] = set()
    for phrase in quoted:
        term = squash(phrase.text)
        key = fold(term)
        if key in done or key in defined or is_saying(phrase):
            continue
        if not 1 <= word_count(term) <= MAX_SHORT_WORDS or term[:1].isdigit():
            continue
        if len(re.findall(re.escape(key), fold(phrase.clause.text))) > 1:
            continue
        shown = cloze(text, phrase.clause, phrase.span)
        if shown is None:
            continue
        done.add(key)
        tag = slugify(term)
        drafts.append(
            Draft(
                kind="short",
                stem=f"quoted-{tag}",
                fact=f"term:{key}",
                prompt=f"Fill in the words the text puts in quotation marks: {shown}",
                right=term_variants(term),
                wrong=(),
                quote=(phrase.clause.start, phrase.clause.end),
                highlight=phrase.span,
                explanation=f'The quoted sentence has "{term}" in that place.',
                **_base(phrase.section, tag),  # type: ignore[arg-type]
            )
        )
    return drafts


def name_drafts(text: str, names: list[Name]) -> list[Draft]:
    """Places and people, recalled in the sentence that places them.

    A name that shares a word with an earlier one (a person called by a title later on) is
    left out: the trainee could rightly answer with either form.
    """
    drafts: list[Draft] = []
    earlier: list[frozenset[str]] = []
    done: set[str] = set()
    per_clause: dict[int, int] = {}
    for name in names:
        key = fold(name.text)
        own = frozenset(key.split()) - {"of", "the"} - PLACE_HEADS
        if key in done:
            continue
        if any(own & other and other != own for other in earlier):
            continue
        earlier.append(own)
        if word_count(name.text) > MAX_SHORT_WORDS or per_clause.get(name.clause.start, 0) >= 3:
            continue
        if len(re.findall(re.escape(key), fold(name.clause.text))) > 1:
            continue
        shown = cloze(text, name.clause, name.span)
        if shown is None:
            continue
        done.add(key)
        per_clause[name.clause.start] = per_clause.get(name.clause.start, 0) + 1
        right = [name.text]
        parts = name.text.split()
        if parts[-1].lower() in PLACE_HEADS and len(parts) > 1:
            right.append(" ".join(parts[:-1]))
        tag = slugify(name.text)
        drafts.append(
            Draft(
                kind="short",
                stem=f"name-{tag}",
                fact=f"name:{key}",
                prompt=f"Fill in the name: {shown}",
                right=tuple(right),
                wrong=(),
                quote=(name.clause.start, name.clause.end),
                highlight=name.span,
                explanation=f"The quoted sentence names {name.text} here.",
                **_base(name.section, tag),  # type: ignore[arg-type]
            )
        )
    return drafts


def figure_drafts(text: str, found: list[Figure]) -> list[Draft]:
    drafts: list[Draft] = []
    done: set[str] = set()
    for figure in found:
        key = f"{figure.number} {figure.unit}"
        if key in done or text.count(figure.number, figure.clause.start, figure.clause.end) > 1:
            continue
        shown = cloze(text, figure.clause, figure.span)
        if shown is None:
            continue
        done.add(key)
        tag = slugify(f"{figure.number} {figure.unit}")
        drafts.append(
            Draft(
                kind="short",
                stem=f"figure-{tag}",
                fact=f"figure:{key}",
                prompt=f"Fill in the number: {shown}",
                right=(figure.number,),
                wrong=(),
                quote=(figure.clause.start, figure.clause.end),
                highlight=figure.span,
                explanation="The quoted sentence gives the figure as "
                f"{figure.number} {figure.unit}.",
                **_base(figure.section, tag),  # type: ignore[arg-type]
            )
        )
    return drafts


def series_drafts(text: str, found: list[Series]) -> list[Draft]:
    """'A is the key, B is the guarantee, ...': recall which subject goes with which role."""
    drafts: list[Draft] = []
    for series in found:
        subjects = [fold(s) for s, _ in series.subjects]
        unique = [
            (subject, span)
            for subject, span in series.subjects
            if subjects.count(fold(subject)) == 1
            and word_count(subject) <= MAX_SHORT_WORDS
            and not any(fold(subject) in s and fold(subject) != s for s in subjects)
        ]
        if not unique:
            continue
        subject, span = unique[stable_index(series.sentence.text, len(unique))]
        clause = series.sentence
        shown = cloze(text, clause, span)
        if shown is None:
            continue
        tag = slugify(subject)
        drafts.append(
            Draft(
                kind="short",
                stem=f"series-{tag}",
                fact=f"series:{fold(clause.text)}",
                prompt=f"Fill in the blank, as the text has it: {shown}",
                right=term_variants(subject),
                wrong=(),
                quote=(clause.start, clause.end),
                highlight=span,
                explanation=f'The quoted sentence gives that role to "{subject}".',
                **_base(series.section, tag),  # type: ignore[arg-type]
            )
        )
    return drafts


_PERSONS = word_set(
    """secretary secretaries leader leaders member members cadre cadres officer officers
    manager managers worker workers supervisor supervisors operator operators employee
    employees staff person people chairman director directors owner owners"""
)


def identity_drafts(text: str, found: list[Identity]) -> list[Draft]:
    """'X is the Y' asked back as 'What is the Y?': one subject, named in so many words."""
    drafts: list[Draft] = []
    for identity in found:
        subject = identity.subject
        if word_count(subject) > MAX_SHORT_WORDS:
            continue
        if content_words(subject) <= content_words(identity.role):
            continue  # "the team is the core of the team" asks nothing
        if leans_on_context(text[identity.sentence.start : identity.subject_span[1]]):
            continue
        head = subject.split()[-1].lower()
        who = "who" if head in _PERSONS else "what"
        prompt = f"According to the text, {who} {identity.verb} {identity.role}?"
        if leans_on_context(identity.role):
            continue
        tag = slugify(subject)
        drafts.append(
            Draft(
                kind="short",
                stem=f"role-{tag}",
                fact=f"role:{fold(identity.role)}",
                prompt=prompt,
                right=term_variants(_lower_first_word(subject)),
                wrong=(),
                quote=(identity.sentence.start, identity.end),
                highlight=identity.subject_span,
                explanation=f"The quoted sentence says that {_lower_first_word(subject)} "
                f"{identity.verb} {identity.role}.",
                **_base(identity.section, tag),  # type: ignore[arg-type]
            )
        )
    return drafts


def _lower_first_word(text: str) -> str:
    first, _, rest = text.partition(" ")
    if first[1:].lower() == first[1:]:
        first = first.lower()
    return f"{first} {rest}".strip()


def quoted_phrase_drafts(text: str, quoted: list[Quoted], defined: set[str]) -> list[Draft]:
    """Longer quoted slogans and names of campaigns, recalled among the document's others.

    Too long to type exactly, they are asked as a choice; the distractors are the other
    quoted phrases of the document, which are of the same kind by the author's own marking.
    """
    phrases: dict[str, Quoted] = {}
    for phrase in quoted:
        term = squash(phrase.text)
        if fold(term) in defined or not MAX_SHORT_WORDS < word_count(term) <= 12:
            continue
        if split_terms(text, phrase.span[0], phrase.span[1]) or is_saying(phrase):
            continue
        phrases.setdefault(fold(term), phrase)
    pool = [squash(p.text).rstrip(".!?") for p in phrases.values()]
    drafts: list[Draft] = []
    for index, (key, phrase) in enumerate(phrases.items()):
        term = squash(phrase.text).rstrip(".!?")
        shown = cloze(text, phrase.clause, phrase.span)
        if shown is None:
            continue
        order = sorted(nearby(pool, index), key=lambda c: stable_index(key + c, 1 << 30))
        wrong = pick(term, order, 3)
        if wrong is None:
            continue
        tag = slugify(term)
        drafts.append(
            Draft(
                kind="single",
                stem=f"quoted-{tag}",
                fact=f"term:{key}",
                prompt=f"Which words does the text put in quotation marks here: {shown}",
                right=(term,),
                wrong=tuple(wrong),
                quote=(phrase.clause.start, phrase.clause.end),
                highlight=phrase.span,
                explanation=f'The quoted sentence has "{term}" in that place.',
                **_base(phrase.section, tag),  # type: ignore[arg-type]
            )
        )
    return drafts
