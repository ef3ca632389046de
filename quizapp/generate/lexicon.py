"""What part of speech a word can be, and its other forms: the little grammar the generator
needs to turn a statement into a question ("Employees approve" -> "Who approves").

Read from lemminflect's bundled lexicon, the one short-answer grading uses, so the generator
and the grader agree on what a word's forms are. A word the lexicon does not have is taken
for a name or a term, which is what such words in a training document usually are.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from quizapp.domain.word_forms import lemmas
from quizapp.generate.text import NUMBER_WORDS, word_set

# Words that are never the head of a phrase a question can ask for.
FUNCTION_WORDS = word_set(
    """a an the and or but nor of in on at to for from by with without into onto upon about
    as is are was were be been being am do does did has have had will would shall should can
    could may might must not no so than that this these those it its they them their he him
    his she her we us our you your i me my which who whom whose what when where why how all
    any each every some such other more most very also only even just both either neither
    there here then if while because until unless although though since after before over
    under between through during against among within again further once out up down off"""
)


def parts_of_speech(word: str) -> frozenset[str]:
    """The lexicon's parts of speech for a word (NOUN, VERB, ADJ, ADV ...), any case."""
    return frozenset(lemmas(word.lower()))


def is_base_verb(word: str) -> bool:
    """Whether the word can be a verb in its plain form ("report", "keep"), as an order or
    after "must" begins."""
    lower = word.lower()
    return lower in lemmas(lower).get("VERB", ())


def is_only_a_verb(word: str) -> bool:
    """A plain verb that is no noun as well: "attend", "provide"; not "report" or "file"."""
    return is_base_verb(word) and not is_noun(word)


def is_noun(word: str) -> bool:
    return "NOUN" in parts_of_speech(word)


def is_gerund(word: str) -> bool:
    lower = word.lower()
    return lower.endswith("ing") and "VERB" in lemmas(lower)


@functools.lru_cache(maxsize=4096)
def inflect(lemma: str, tag: str) -> str:
    """`lemma` in the Penn tag's form ("approve", "VBZ" -> "approves"); the lemma if unknown."""
    from lemminflect import getInflection

    forms = getInflection(lemma.lower(), tag=tag)
    if not forms:
        return lemma
    form: str = forms[0]
    return form[0].upper() + form[1:] if lemma[:1].isupper() else form


def verb_lemma(word: str) -> str | None:
    """The plain form of a verb form ("approves" -> "approve"), or None if not a verb."""
    found = lemmas(word.lower()).get("VERB", ())
    return found[0] if found else None


def plural(noun: str) -> str:
    return inflect(noun, "NNS")


def singular(noun: str) -> str | None:
    """The singular of a plural noun the lexicon knows, else None."""
    lower = noun.lower()
    found = lemmas(lower).get("NOUN", ())
    if not found or found[0] == lower:
        return None
    return found[0]


def misspelt(text: str, source: str) -> list[str]:
    """The words of `text` the lexicon does not know that are one slip of the keyboard from a
    word it knows which `source` writes more often ("Offiers" in a heading, "officers" in the
    rules under it). A question that copies one reads as careless (judges fail it on
    clarity); a name the lexicon lacks ("Qiagen") is no slip of any word the document writes,
    and a spelling the document keeps to ("Byelaws" beside one "BYLAWS") is its own."""
    written = _written(source)
    return [
        word
        for word in re.findall(r"\b[A-Za-z]{5,}\b", text)
        if not word.isupper()
        and word.lower() not in NUMBER_WORDS
        and not parts_of_speech(word)
        and any(
            written[other] > written[word.lower()] and lemmas(other)
            for other in _one_slip(word.lower()) & written.keys()
        )
    ]


@functools.lru_cache(maxsize=4)
def _written(source: str) -> Counter[str]:
    """How often the document writes each word, in any case."""
    return Counter(re.findall(r"[a-z]+", source.lower()))


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_slip(word: str) -> set[str]:
    """Every word one letter dropped, added, changed or two swapped away (Norvig's edits),
    inside the word: at its end a letter more or less is a suffix ("approver", "hirer")."""
    splits = [(word[:i], word[i:]) for i in range(len(word))]
    return {
        *(a + b[1:] for a, b in splits if len(b) > 1),
        *(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1),
        *(a + c + b[1:] for a, b in splits if len(b) > 1 for c in _LETTERS),
        *(a + c + b for a, b in splits for c in _LETTERS),
    }


# "Tubes/tip/gloves with residual reagent": things of a kind, not a path.
_SLASHED_WORDS = re.compile(r"\b[A-Za-z]+(?:/[A-Za-z]+)+\b")


def slashes_as_or(text: str) -> str:
    """Words between slashes as the alternatives they are where each is a noun the lexicon
    knows ("Tubes or tip or gloves"), for the checks that take a slash between words for a
    path; "docs/guides/ntc" stays as written."""

    def alternatives(match: re.Match[str]) -> str:
        parts = match.group().split("/")
        return " or ".join(parts) if all(is_noun(part) for part in parts) else match.group()

    return _SLASHED_WORDS.sub(alternatives, text)
