"""Questions that match a member of a list to what the document says of it: "Which of the
principles that the gRPC community adheres to is explained as "Work and collaboration are
done in public"?".

A list of principles, duties, stages or terms with a line on each is the document teaching
what each one means; a trainee who knows only the names has not learnt it. The wrong choices
are the list's other members, so they are of the answer's kind and certainly wrong: the
document explains each of them otherwise, and the explanation says how. Where a list has too
few members for four choices, a member of another list of the same shape fills in, as in
"Which is NOT one of ...?" (list_questions.py).
"""

from __future__ import annotations

import re

from quizapp.generate.candidates import Candidate
from quizapp.generate.distractors import near_copy, stable_order
from quizapp.generate.list_questions import (
    Enumeration,
    Gloss,
    choosable,
    enumerations,
    where_listed,
)
from quizapp.generate.quality import CODE
from quizapp.generate.statements import points_back
from quizapp.generate.structure import Document
from quizapp.generate.text import capitalise, content_words, short_slug, word_count

MIN_GLOSS_WORDS = 5
# A gloss that sends the reader elsewhere ("See Code of Conduct below") explains nothing;
# a name that ends in "the following versions" has its gloss as a bare list.
_POINTER = re.compile(r"^see\b|\b(?:below|above)\b", re.IGNORECASE)
_FOLLOWING = re.compile(r"\bfollowing\b", re.IGNORECASE)
MAX_GLOSS_WORDS = 30
# A name that is a sentence of its own ("Give specific examples of the behavior you felt was
# misconduct.") is a whole step, and the sentence after it adds to it rather than glosses it.
MAX_LABEL_WORDS = 5
WRONG_CHOICES = 3
ASKED_PER_LIST = 2


def meaning_drafts(document: Document) -> list[Candidate]:
    """Up to two questions per list whose members the document glosses one by one."""
    found = enumerations(document)
    drafts = []
    for enumeration in found:
        glossed = [
            (name, gloss)
            for name, gloss in zip(enumeration.members, enumeration.glosses, strict=True)
            if gloss is not None and _fits(name, gloss, enumeration)
        ]
        glossed.sort(key=lambda pair: stable_order(f"{enumeration.span}", pair[0]))
        others = [e for e in found if e is not enumeration and e.verbal == enumeration.verbal]
        for name, gloss in glossed[:ASKED_PER_LIST]:
            draft = _draft(enumeration, name, gloss, others)
            if draft is not None:
                drafts.append(draft)
    return drafts


def _fits(name: str, gloss: Gloss, enumeration: Enumeration) -> bool:
    """A gloss a question can quote: long enough to say something, short enough to read, not
    leaning on the sentence before, and not repeating the name it glosses (which would give
    the answer away: "Referred Hire: a newly hired employee ...", "AGM: Annual General
    Meeting")."""
    return (
        name in choosable(enumeration.members)
        and enumeration.members.count(name) == 1
        and MIN_GLOSS_WORDS <= word_count(gloss.text) <= MAX_GLOSS_WORDS
        and not points_back(gloss.text)
        and not CODE.search(gloss.text)
        and not _POINTER.search(gloss.text)
        and not _FOLLOWING.search(name)
        and not _echoes(name, gloss.text)
        and not _spells(name, gloss.text)
        and not gloss.text.rstrip().endswith(":")  # "must not:" opens a list of its own
        and (not gloss.named_alone or word_count(name) <= MAX_LABEL_WORDS)
    )


def _echoes(name: str, gloss: str) -> bool:
    """Whether the gloss shares a word with the name, by its first four letters, so that
    "fairly" echoes "Fairness" and "responsibly" echoes "Responsible Testing"."""
    said = {w[:4] for w in content_words(gloss) if len(w) >= 4}
    return any(w[:4] in said for w in content_words(name) if len(w) >= 4) or bool(
        content_words(gloss) & content_words(name)
    )


def _spells(name: str, gloss: str) -> bool:
    """Whether an acronym's gloss opens with the words it stands for."""
    if not name.isupper():
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", gloss)[: len(name)])
    return initials.upper() == name


def _draft(
    enumeration: Enumeration, name: str, gloss: Gloss, others: list[Enumeration]
) -> Candidate | None:
    said = content_words(gloss.text)
    siblings = [
        (member, glossed)
        for member, glossed in zip(enumeration.members, enumeration.glosses, strict=True)
        if member != name and member in choosable(enumeration.members)
    ]
    siblings.sort(key=lambda pair: stable_order(gloss.text, pair[0]))
    outsiders = [
        (member, other)
        for other in others
        for member in choosable(other.members)
        if not any(near_copy(member, m) for m in enumeration.members)
        and not (content_words(member) & said)
    ]
    outsiders.sort(key=lambda pair: stable_order(gloss.text, pair[0]))
    wrong = [member for member, _ in siblings][:WRONG_CHOICES]
    borrowed = outsiders[: WRONG_CHOICES - len(wrong)]
    wrong += [member for member, _ in borrowed]
    if len(wrong) < WRONG_CHOICES:
        return None
    shown = gloss.text.rstrip(" .;:")
    prompt = capitalise(
        f'{enumeration.front}which of {enumeration.what} is explained as "{shown}"?'
    )
    return Candidate(
        kind="single",
        family="definition",
        stem=short_slug(name, 6),
        fact=f"meaning:{gloss.passage[0]}",
        prompt=prompt,
        right=(name,),
        wrong=tuple(wrong),
        quote=gloss.passage,
        highlight=None,
        section=enumeration.section.title,
        tags=(short_slug(enumeration.section.title), "lists"),
        explanation=_explanation(enumeration, name, shown, siblings[:WRONG_CHOICES], borrowed),
        anchor=gloss.passage[0],
        score=4.1,
    )


def _explanation(
    enumeration: Enumeration,
    name: str,
    shown: str,
    siblings: list[tuple[str, Gloss | None]],
    borrowed: list[tuple[str, Enumeration]],
) -> str:
    """Why the answer is right and each other choice is not: what the document says of each."""
    told = [
        f"“{member}” as: {glossed.text.rstrip(' .;:')}"
        for member, glossed in siblings
        if glossed is not None
    ]
    told += [f"“{member}” belongs to {home.what}{where_listed(home)}" for member, home in borrowed]
    others = f" It explains the other choices otherwise: {'; '.join(told)}." if told else ""
    return f"The document explains “{name}”, one of {enumeration.what}, as: {shown}.{others}"
