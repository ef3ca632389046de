"""Word-level helpers shared by every stage of the generator.

All of them are deliberately crude and deterministic: the generator only has to recognise the
patterns a document itself uses, and it must give the same file for the same input on every
machine, so nothing here depends on a model, a locale or a dictionary download.
"""

from __future__ import annotations

import functools
import re

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_MARKUP = re.compile(r"\*\*|__|`|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


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

# Words that point back into text the trainee cannot see; a prompt containing one does not
# stand on its own.
# Verbs that open instructions in any kind of document; the generator adds the verbs each
# document uses itself (see lists.verbs_of), so this only has to cover the common ones.
COMMON_VERBS = word_set(
    """add adjust agree allow apply approve ask assess attach avoid book bring build call
    cancel carry change check choose clean clear close collect come complete confirm connect
    consider contact continue count create cut decide define deliver describe develop do
    document ensure enter establish explain file fill find finish fit fix follow get give go
    help hold identify improve inform inspect install isolate keep know lead learn leave let
    list lock log make manage mark measure meet move note notify obtain open order organize
    organise pay place plan prepare present press print protect provide publicize pull put
    raise read record refit register release remove repair replace report request return
    review run save secure see select send set share sign start stay stop store submit supply
    support switch take talk teach tell test think train turn understand unite update use
    verify wait walk warn wash wear work write"""
)
DEMONSTRATIVES = frozenset({"this", "these", "those", "above", "aforementioned", "such"})
PERSONAL = frozenset({"he", "him", "his", "she", "her", "it", "its", "they", "them", "their"})
AUXILIARIES = word_set(
    """is are was were be been being am do does did has have had will would shall should can
    could may might must"""
)
PREPOSITIONS = word_set(
    """of in on at to for from by with into onto upon about as among around through over under
    between within without towards toward against during before after across along"""
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
}
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
_IRREGULAR_PLURALS = frozenset({"geese", "men", "women", "children", "people", "feet", "teeth"})


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


def strip_markup(text: str) -> str:
    """What a reader sees of Markdown inline markup: the words, not the asterisks."""
    return _MARKUP.sub("", _LINK.sub(r"\1", text))


def squash(text: str) -> str:
    return " ".join(text.split())


def capitalise(text: str) -> str:
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1 :]
    return text


def decapitalise(text: str) -> str:
    """Lower the first letter unless the first word looks like a name or an acronym."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and (first[1:].lower() != first[1:] or first.isupper()):
        return text
    return text[:1].lower() + text[1:]


def fold(text: str) -> str:
    """The form two choices are compared in when checking they are distinct."""
    return " ".join(w.lower() for w in words(text))


def slugify(text: str, max_words: int = 4) -> str:
    picked = [w.lower().replace("'", "").replace("’", "") for w in words(text)]
    picked = [w for w in picked if w not in STOPWORDS] or picked
    slug = "-".join(picked[:max_words])
    return re.sub(r"[^a-z0-9-]+", "", slug).strip("-") or "item"


def is_number(text: str) -> bool:
    return text.isdigit() or text.lower() in NUMBER_WORDS


def number_name(value: int) -> str:
    return NUMBER_NAMES.get(value, str(value))


_EXPLETIVE = re.compile(r"^\W*it\s+(?:is|was)\s+(?:[\w'’-]+\s+){0,8}?(?:to|that)\b", re.IGNORECASE)
# "do so", "did so": the action is named only in an earlier sentence.
_PRO_VERB = re.compile(r"\b(?:do|does|did|doing|done)\s+so\b", re.IGNORECASE)
_CONNECTIVE = re.compile(
    r"^\W*(?:for example|for instance|in addition|also|therefore|however|but|so|and|thus|"
    r"moreover|in this way|on the other hand|on the one hand|of course|as a result)\b",
    re.IGNORECASE,
)


def leans_on_context(text: str) -> bool:
    """True when the text points at something only the surrounding document says.

    A demonstrative anywhere ("this rule", "the above") or a personal pronoun before any noun
    could carry its referent ("They must...") makes the sentence unreadable on its own; an
    "it" that only opens "It is necessary to ..." points at nothing.
    """
    if _PRO_VERB.search(text):
        return True
    tokens = [w.lower() for w in words(_EXPLETIVE.sub("", text))]
    following = [*tokens[1:], ""]
    pairs = zip(tokens, following, strict=True)
    if any(t in DEMONSTRATIVES and not (t == "such" and n == "as") for t, n in pairs):
        return True
    return any(t in PERSONAL for t in tokens[:3])


def opens_with_connective(text: str) -> bool:
    """A sentence that starts "For example," or "However," continues another one."""
    return bool(_CONNECTIVE.match(text))


def singular(word: str) -> str | None:
    """The singular of a regular plural ("difficulties" -> "difficulty"), else None."""
    lowered = word.lower()
    if len(word) < 4 or not lowered.endswith("s") or lowered.endswith(("ss", "us", "is")):
        return None
    if lowered.endswith("ies"):
        return word[:-3] + "y"
    if lowered.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1]


def plural_variant(term: str) -> str | None:
    """The other number of a short noun term, for short answers typed either way.

    Only regular English plurals; an irregular or unknown form gets no variant rather than a
    wrong one.
    """
    parts = term.split(" ")
    last = parts[-1]
    if not last.isalpha() or not last.islower() or len(last) < 3 or len(parts) > 3:
        return None
    if last in _IRREGULAR_PLURALS or last.endswith(("ing", "ed", "ly", "ss", "us", "ee")):
        return None
    if last.endswith("ies"):
        other = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "xes")):
        other = last[:-2]
    elif last.endswith("s"):
        other = last[:-1]
    elif last.endswith("y") and last[-2] not in "aeiou":
        other = last[:-1] + "ies"
    elif last.endswith(("ch", "sh", "x")):
        other = last + "es"
    else:
        other = last + "s"
    return " ".join([*parts[:-1], other])


def shorten(text: str, limit: int = 16) -> str:
    """A long statement cut at a clause boundary, so it can stand as a choice.

    A semicolon or ", and" ends a clause more surely than a bare comma or "and", which may
    sit inside an enumeration ("the mode, direction and level of ..."); those are cut at only
    where enough words come before them to carry the meaning. "" when no cut fits.
    """
    text = text.strip()
    if word_count(text) <= limit:
        return text
    for pattern, least in (
        (r";\s", 5),
        (r",\s+(?:and|but|so|while|which)\s", 5),
        (r",\s", 8),
        (r"\s+and\s", 8),
    ):
        for match in re.finditer(pattern, text):
            head = text[: match.start()]
            if least <= word_count(head) <= limit + 2:
                return head
    return ""
