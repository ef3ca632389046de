"""Questions on what the terms of a glossary list mean: "As one of the restricted
behaviors, what is meant by "Violating confidentiality"?".

Codes, policies and specifications define their terms in lists, one term in bold per item
and what it means after it ("5. **Violating confidentiality.** Sharing or acting on
someone's personal or private information without their permission."). What a trainee must
learn is each term's meaning, and the list gives wrong choices that are certainly of the
answer's kind (what the same list says its other terms mean) and certainly wrong for this
term, since the list sets them apart. A meaning that repeats the term's own words would give
itself away, and is not asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.generate.candidates import Candidate
from quizapp.generate.distractors import pick
from quizapp.generate.grammar import as_choice
from quizapp.generate.plain import Plain, plain
from quizapp.generate.statement_questions import joined
from quizapp.generate.statements import headings_before, is_plural_phrase, points_back
from quizapp.generate.structure import Block, Document
from quizapp.generate.text import content_words, fold, short_slug, word_count

# "**Term.** ...", "**Term:** ...", "**Term**: ...", "**Term** — ..." at an item's start.
_TERM = re.compile(
    r"^(?:\*\*|__)(?P<term>[^*_\n]{2,60}?)"
    r"(?:[.:](?:\*\*|__)|(?:\*\*|__)\s*[.:—–])\s+(?=\S)"
)
LEAST_TERMS = 4  # one right meaning and three wrong ones, all from the same list
MAX_TERM_WORDS = 5
MIN_MEANING_WORDS = 4
MAX_MEANING_WORDS = 24


@dataclass(frozen=True)
class _Entry:
    term: str
    block: Block
    meaning: Plain  # the words after the term, up to the end of their sentence
    end: int  # where that sentence ends in the source, its full stop included

    @property
    def choice(self) -> str:
        return as_choice(self.meaning.text)


def glossary_drafts(document: Document) -> list[Candidate]:
    headings = headings_before(document)
    drafts: list[Candidate] = []
    for entries in _glossaries(document):
        for entry in entries:
            draft = _draft(entry, entries, headings.get(entry.block.start, ""))
            if draft is not None:
                drafts.append(draft)
    return drafts


def _glossaries(document: Document) -> list[list[_Entry]]:
    """Runs of list items at one indent that each open with a term of their own; a run with
    a term twice ("**Optional**: ...") is a list of labelled steps, not a glossary."""
    runs: list[list[_Entry]] = [[]]
    for block in document.blocks:
        run = runs[-1]
        if run and block.kind == "item" and block.indent > run[0].block.indent:
            continue  # an item's own sub-items belong to its meaning
        entry = _entry(document.text, block) if block.kind == "item" else None
        if entry is not None and (not run or block.indent == run[0].block.indent):
            run.append(entry)
        else:
            runs.append([entry] if entry is not None else [])
    return [run for run in runs if len({fold(e.term) for e in run}) == len(run) >= LEAST_TERMS]


def _entry(text: str, block: Block) -> _Entry | None:
    match = _TERM.match(text[block.start : block.end])
    if match is None:
        return None
    start = block.start + match.end()
    ends = [s.end for s in block.sentences if s.end > start]
    if not ends:
        return None
    meaning = plain(text, start, ends[0])
    trimmed = meaning.text.rstrip(" .;:")
    term = match.group("term").strip(" .:")
    return _Entry(term, block, meaning.slice(0, len(trimmed)), ends[0])


def _draft(entry: _Entry, entries: list[_Entry], heading: str) -> Candidate | None:
    right = entry.choice
    if not MIN_MEANING_WORDS <= word_count(right) <= MAX_MEANING_WORDS:
        return None
    if word_count(entry.term) > MAX_TERM_WORDS or points_back(right):
        return None
    if content_words(entry.term) & content_words(right):
        return None  # "Failing to credit sources: not crediting the sources": given away
    others = {e.choice: e for e in entries if e is not entry}
    usable = [
        c
        for c in others
        if MIN_MEANING_WORDS <= word_count(c) <= MAX_MEANING_WORDS and not points_back(c)
    ]
    wrong = pick([right], usable, 3, seed=entry.term)
    if wrong is None:
        return None
    term = entry.term
    if heading and is_plural_phrase(heading):
        prompt = f'As one of the {heading.lower()}, what is meant by "{term}"?'
    elif heading:
        prompt = f'Under "{heading}", what is meant by "{term}"?'
    else:
        prompt = f'What is meant by "{term}"?'
    other = others[wrong[0]]
    return Candidate(
        kind="single",
        family="definition",
        stem=short_slug(f"meaning {term}"),
        fact=f"term:{fold(term)}",
        prompt=prompt,
        right=(right,),
        wrong=tuple(wrong),
        quote=(entry.block.start, entry.end),
        highlight=entry.meaning.span(0, len(entry.meaning.text)),
        section=entry.block.section.title if entry.block.section else "",
        tags=(short_slug(heading or term), "terms"),
        explanation=joined(
            f'"{term}" is {_lowered(right)}',
            f'"{wrong[0]}" is what the same list calls "{other.term}"',
        ),
        anchor=entry.block.start,
        score=3.4,
    )


def _lowered(text: str) -> str:
    return text if text[:2].isupper() else text[:1].lower() + text[1:]
