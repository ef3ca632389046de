"""When two written words are the same word: inflections, and British against American spelling.

A trainee who knows the answer types it in the form that comes to mind ("serve" for
"serving", "works" for "work", "civilisation" for "civilization"); one who does not may type a
form no dictionary has ("olders"). Both questions are answered from lemminflect's lexicon
(derived from the NLM SPECIALIST lexicon, bundled with the package), never from suffix rules
alone, so an invented form matches nothing. The lexicon is loaded on first use: grading is
the only reader, and the window must not wait for it at start-up.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Literal

# Parts of speech whose inflections are the same answer: a noun's number, a verb's tense or
# person. Adjectives only inflect for degree, and "older" is not "old".
_SAME_WORD_POS = ("NOUN", "VERB")
# What an accepted answer's words around a word make of it: before an article it is a verb
# with its object ("serving the people"), after one a noun ("the people").
WordRole = Literal["noun", "verb"] | None

# British endings and their American forms. A rewrite counts only when the lexicon knows both
# words, which keeps "tour" from becoming "tor" through the -our rule; the few pairs of real,
# unrelated words the rules would still join are listed in _NOT_VARIANTS.
_SPELLING_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"isation(s?)$", r"ization\1"),
        (r"(?<=[a-z]{3})is(e|es|ed|ing|er|ers)$", r"iz\1"),
        (r"(?<=[a-z]{2})ys(e|es|ed|ing|er|ers)$", r"yz\1"),
        (
            r"(?<=[a-z]{2})our(s|ed|ing|ite|ites|able|ably|ful|fully|less|al|ally|y|ies|er|ers)?$",
            r"or\1",
        ),
        (r"(?<=[a-z][bcdfghkmnpstvz])re(s?)$", r"er\1"),
        (r"(?<=[fc])ence(s?)$", r"ense\1"),
        (r"ell(ed|ing|er|ers)$", r"el\1"),
        (r"ogue(s?)$", r"og\1"),
        (r"(?<=[a-z])mme(s?)$", r"m\1"),
        (r"dgement(s?)$", r"dgment\1"),
        (r"(?<=[a-z])ae(?=[a-z])", "e"),
        (r"^ae(?=[a-z]{3})", "e"),
        # not British, but the same word spelled two ways: "implementor", "implementer"
        (r"(?<=[a-z]{5})or(s?)$", r"er\1"),
    )
)
_NOT_VARIANTS = frozenset({"scoured", "scouring", "timbre", "timbres", "umbre", "umbres"})
# A word after one of these is an adjective in a comparison ("more stable"); it has no
# inflections to accept, so "more stables" stays wrong.
_DEGREE_WORDS = frozenset({"more", "most", "less", "least", "very", "too", "so", "as"})


# The one plural the lexicon files under its own lemma: "people" is the plural of "person"
# ("affected people" answers "affected person").
_SUPPLETIVE = {"people": "person"}


@functools.lru_cache(maxsize=16384)
def lemmas(word: str) -> Mapping[str, tuple[str, ...]]:
    """{part of speech: lemmas} for a lower-case form the lexicon has; empty for any other."""
    from lemminflect import getAllLemmas  # loads its tables on first use

    found: dict[str, tuple[str, ...]] = dict(getAllLemmas(word))
    if word in _SUPPLETIVE:
        found["NOUN"] = (_SUPPLETIVE[word], *found.get("NOUN", ()))
    return found


def is_known_word(word: str) -> bool:
    """Whether the lexicon has this lower-case form as a noun, verb, adjective or adverb."""
    return bool(lemmas(word))


@functools.lru_cache(maxsize=8192)
def american_spelling(word: str) -> str:
    """The American form of a British spelling the lexicon knows, else the word itself."""
    if word in _NOT_VARIANTS or not is_known_word(word):
        return word
    for pattern, replacement in _SPELLING_RULES:
        candidate = pattern.sub(replacement, word, count=1)
        if candidate != word and is_known_word(candidate):
            return candidate
    return word


def same_word(expected: str, typed: str, *, after: str = "", role: WordRole = None) -> bool:
    """Whether `typed` is `expected` in another inflection or spelling (lower-case words).

    `after` is the word before `expected` in the accepted answer: after "more" or "very" the
    word is an adjective, which has no other form to accept. `role` is what the answer makes
    of the word where one part of speech alone fits (see `WordRole`).
    """
    if expected == typed:
        return True
    expected, typed = american_spelling(expected), american_spelling(typed)
    if expected == typed:
        return True
    if after in _DEGREE_WORDS:
        return False
    if role == "noun" and _SUPPLETIVE.get(expected) in lemmas(typed).get("NOUN", ()):
        return False  # "the people" served is everyone, not "the person"
    expected_lemmas, typed_lemmas = lemmas(expected), lemmas(typed)
    if not expected_lemmas and not typed_lemmas:
        # Two words the lexicon does not know, a coined role or a name ("triagers"): their
        # regular plural is the only form to accept.
        return _regular_plural(expected) == _regular_plural(typed)
    if not expected_lemmas or not typed_lemmas:
        # A form the lexicon lacks of a noun it has ("deprecations" of "deprecation"): it must
        # be a form the inflection rules make of that noun, so "policys" is not "policies".
        known, unknown = (expected_lemmas, typed) if expected_lemmas else (typed_lemmas, expected)
        return any(unknown in _noun_forms(lemma) for lemma in known.get("NOUN", ()))
    # "serving the people": "serving" takes an object, so it is the verb, and the noun's
    # plural "servings" is another word; "peopled" is no form of the noun "people"
    fitting = (role.upper(),) if role and role.upper() in expected_lemmas else _SAME_WORD_POS
    return any(
        set(expected_lemmas.get(pos, ())) & set(typed_lemmas.get(pos, ())) for pos in fitting
    )


def _noun_forms(lemma: str) -> frozenset[str]:
    """A noun's singular and plurals: the lexicon's, and those its rules make for a noun whose
    plural the lexicon lacks."""
    from lemminflect import getAllInflections, getAllInflectionsOOV

    forms = {lemma}
    for table in (getAllInflections(lemma, "NOUN"), getAllInflectionsOOV(lemma, "NOUN")):
        for written in table.values():
            forms.update(written)
    return frozenset(forms)


def _regular_plural(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


@functools.lru_cache(maxsize=8192)
def base_forms(word: str) -> frozenset[str]:
    """Every noun or verb lemma of a word, its American spelling first: units and the words of
    a prompt are compared by these."""
    american = american_spelling(word)
    found = {american}
    for pos in _SAME_WORD_POS:
        found.update(lemmas(american).get(pos, ()))
    return frozenset(found)


# A noun made into an adjective before another noun, as "industry" is in "industrial leader":
# the adjective's ending and the noun's in its place. Only pairs the lexicon knows as that
# adjective and that noun count, so "general" finds no "gener".
_ADJECTIVE_ENDINGS = (
    ("ical", "y"),
    ("ial", "y"),
    ("ial", "e"),
    ("ial", ""),
    ("al", ""),
    ("al", "e"),
    ("ic", "y"),
    ("ary", ""),
    ("ous", ""),
)


def same_modifier(expected: str, typed: str) -> bool:
    """Whether two words before a noun name one thing, a noun used as a modifier and the
    adjective made of it ("industry leader" for "industrial leader", "economy policy" for
    "economic policy"): a trainee who knows the answer may type either. Only for a modifier:
    alone, "industry" is not "industrial"."""
    return bool(_adjective_nouns(expected) & base_forms(typed)) or bool(
        _adjective_nouns(typed) & base_forms(expected)
    )


@functools.lru_cache(maxsize=4096)
def _adjective_nouns(word: str) -> frozenset[str]:
    """The nouns a known adjective is made of ("industrial" -> {"industry"})."""
    if "ADJ" not in lemmas(word):
        return frozenset()
    return frozenset(
        noun
        for ending, replacement in _ADJECTIVE_ENDINGS
        if word.endswith(ending)
        for noun in (word[: -len(ending)] + replacement,)
        if len(noun) > 3 and "NOUN" in lemmas(noun)
    )
