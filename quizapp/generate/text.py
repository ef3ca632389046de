"""Word-level helpers shared by every stage of the generator.

All of them are deliberately plain and deterministic: the generator must give the same file
for the same input on every machine. What needs a lexicon (a word's parts of speech and forms)
is in lexicon.py.
"""

from __future__ import annotations

import functools
import re

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")


def word_set(text: str) -> frozenset[str]:
    """A vocabulary written as one string of words, which reads better than a list literal."""
    return frozenset(text.split())


STOPWORDS = word_set(
    """a an the and or but nor of in on at to for from by with without into onto upon about as
    is are was were be been being am do does did has have had will would shall should can
    could may might must not no so than that this these those it its they them their he him
    his she her we us our you your i me my which who whom whose what when where why how all
    any each every some such other more most very also only even just both either neither
    own same too there here then if while because until unless although though since after
    before over under between through during against among within again further once out up
    down off one someone anyone everyone something anything everything nobody nothing else"""
)

MODAL_VERBS = word_set("may must can shall should will would could might")
# The verbs that make a clause finite whatever its main verb: the modals, "be", "have", "do".
FINITE_VERBS = MODAL_VERBS | word_set("is are was were be been has have had do does did")
# Words a clause never ends on, that the words after them would finish: a heading is not
# "An individual Developer may", nor a blank's sentence "... send a notification to".
OPEN_ENDINGS = MODAL_VERBS | word_set(
    "the a an of to for with by and or but even that which who is are be either neither both"
)

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "hundred": 100,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
_TENS |= {"eighty": 80, "ninety": 90}
_UNITS = dict(list(NUMBER_WORDS.items())[:9])
_SIMPLE = sorted(NUMBER_WORDS, key=len, reverse=True)
# "fourteen days", "twenty-one days": bylaws write their notice periods in words
NUMBER_WORDS |= _TENS
NUMBER_WORDS |= {
    f"{ten}-{unit}": tv + uv for ten, tv in _TENS.items() for unit, uv in _UNITS.items()
}
# The words of a count as a pattern, longest first ("eleven" before "one"), the tens with their
# units after a hyphen written once: a hundred alternatives, searched in every rule, cost more
# than the rest of a pattern.
COUNT_WORDS = f"(?:(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS)}))?|{'|'.join(_SIMPLE)})"
NUMBER_NAMES = {value: name for name, value in NUMBER_WORDS.items()}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


def words(text: str) -> list[str]:
    return WORD.findall(text)


def stem(word: str) -> str:
    """A plural folded onto its singular, enough to see that two phrases share a noun."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def root(word: str) -> str:
    """A rougher stem for telling whether two phrases share an idea ("talking", "talk";
    "political", "politics"): endings dropped, then the first six letters."""
    word = stem(word)
    for ending in ("ing", "ed"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            word = word[: -len(ending)]
            break
    return word[:6]


@functools.lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """The words that carry meaning, by rough stem; cached, as choices are compared often."""
    return frozenset(root(w) for w in words(text) if w.lower() not in STOPWORDS)


def word_count(text: str) -> int:
    return len(words(text))


def capitalise(text: str) -> str:
    """The first letter in capitals; a text that opens with a number keeps its words as they
    are ("3 records can ...", not "3 Records")."""
    for index, char in enumerate(text):
        if char.isdigit():
            return text
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1 :]
    return text


def fold(text: str) -> str:
    """The form two choices are compared in when checking they are distinct."""
    return " ".join(w.lower() for w in words(text))


def short_slug(text: str, max_words: int = 4) -> str:
    """Up to four of a text's content words as a slug: a question's key, a section's tag."""
    picked = [w.lower().replace("'", "").replace("’", "") for w in words(text)]
    picked = [w for w in picked if w not in STOPWORDS] or picked
    slug = "-".join(picked[:max_words])
    return re.sub(r"[^a-z0-9-]+", "", slug).strip("-") or "item"
