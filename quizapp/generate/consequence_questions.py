"""Questions on what breaking a rule costs: "What will more than 3 absences result in?".

Policies, codes of conduct and league rules say what follows a breach ("Gross misconduct
offences will result in dismissal without notice"), and a trainee who knows the rule but not
its consequence has learnt half of it. The consequence is the answer, and the wrong choices
are consequences too: first those the same document sets for other breaches, which are
certainly of the same kind and, being set for something else, wrong here; where the
document sets three (two others), the usual steps of a disciplinary ladder fill in the last
place, but never one the document names anywhere, since the document might attach it to this
breach as well. With fewer, the right choice would be the only one of its kind among generic
fillers, and two breaches with one consequence are not asked at all: the answer would tell
neither from the other.

Only a consequence that costs the one who breaks the rule is asked with such fillers; any
other ("A strike or a foul will result in an out") needs three others of the same document.
A vague consequence ("may result in disciplinary action") is not asked: every step of the
ladder is a kind of it, so the fillers would be right too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.generate.candidates import Candidate
from quizapp.generate.distractors import near_copy, stable_order
from quizapp.generate.grammar import as_choice, in_sentence, question
from quizapp.generate.purposes import PENALTY, purpose_of
from quizapp.generate.statement_questions import joined
from quizapp.generate.statements import Statement, points_back
from quizapp.generate.text import content_words, fold, short_slug, word_count

# "result in ...", "normally result in ...", "lead to ...", after a modal or as a verb of
# its own ("A strike results in an out").
_RESULTS = re.compile(
    r"^(?:(?:normally|usually|automatically|generally|also|likely|eventually|immediately)\s+)?"
    r"(?:result|lead)s?\s+(?:in|to)\s+(?P<effect>.+)$",
    re.IGNORECASE,
)
_MODALS = {"will": "will", "shall": "will", "may": "may", "can": "can", "could": "could"}
# Where the consequence ends and what it is followed by begins: another consequence, a
# comment on it or a condition ("..., which could include summary dismissal", "... and/or
# you may be liable", "..., depending on circumstances").
_EFFECT_END = re.compile(
    r"\s*(?:[,;(]|\s-\s|\band/or\b|\b(?:which|who|unless|if|when|where|depending|"
    r"regardless|as well as|in addition|particularly|especially|even if)\b)",
    re.IGNORECASE,
)
# A consequence every other is a kind of.
_VAGUE = re.compile(
    r"^(?:(?:further|appropriate|formal|possible|immediate)\s+)?(?:disciplinary\s+"
    r"(?:action|measures?|proceedings?|procedures?|sanctions?)|discipline|sanctions?|"
    r"consequences?|penalt(?:y|ies)|action|the matter being\b)",
    re.IGNORECASE,
)
# A breach named only by its place in a series, which needs the rule before it: "A second
# offense", "The next incident", "Subsequent instances".
_BY_PLACE = re.compile(
    r"^(?:an?\s+|the\s+|any\s+)?(?:second|third|next|further|subsequent|later|another|"
    r"repeat(?:ed)?)\s+\w+$",
    re.IGNORECASE,
)
# The usual steps of a disciplinary ladder, each with the words by which a document names it.
_LADDER: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (step, re.compile(rf"\b(?:{words})", re.IGNORECASE))
    for step, words in (
        ("A verbal warning", r"warn"),
        ("A written warning", r"warn"),
        ("A fine", r"fine[sd]?\b|fining"),
        ("Suspension", r"suspen"),
        ("Expulsion", r"expel|expul"),
        ("A permanent ban", r"\bban"),
        ("Dismissal", r"dismiss"),
        ("Probation", r"probation"),
    )
)
_QUALIFIER = re.compile(r"\s+(?:from|in|for|by|of|at|on)\s+", re.IGNORECASE)
# A consequence said as a clause ("the user paying for the repair") keeps what it is about.
_GERUND = re.compile(r"\w+ing$")
_PARTICIPLE = re.compile(r"\s+(?:\w+ed|given|taken|made|written|sent|issued)$", re.IGNORECASE)
SHORT_EFFECT_WORDS = 4
MAX_CAUSE_WORDS = 18
MAX_EFFECT_WORDS = 10
CHOICES = 4
# Wrong choices the document itself must give: the ladder's generic steps beside a specific
# right one ("Immediate disqualification" among "Expulsion", "Dismissal", "A fine") leave it
# the only one of its kind (round 76's judge).
LEAST_OWN_CHOICES = 2


@dataclass(frozen=True)
class _Consequence:
    statement: Statement
    cause: str
    modal: str
    effect: str  # the first consequence the rule names, as a choice
    named: str  # everything the rule says follows, for keeping true ones out of the choices
    said: str  # the rule's first consequence whole, with its verbs ("will usually result in ...")

    @property
    def asked_verb(self) -> str:
        """ "result in" or "lead to", as the rule says it."""
        return "lead to" if re.match(r"^(?:\w+\s+){0,2}lead", self.said, re.I) else "result in"

    @property
    def penalty(self) -> bool:
        return bool(re.search(PENALTY, self.said, re.IGNORECASE))


def consequence_drafts(found: list[Statement], source: str) -> list[Candidate]:
    consequences = [c for c in (_consequence(s) for s in found) if c is not None]
    drafts = [_draft(c, consequences, source) for c in consequences]
    return [d for d in drafts if d is not None]


def _consequence(statement: Statement) -> _Consequence | None:
    if statement.subject is None or statement.qualified:
        return None
    verb = statement.verb.lower()
    action = statement.action.text
    if verb and verb not in _MODALS:
        return None
    match = _RESULTS.match(action)
    if match is None:
        return None
    if verb:
        modal = _MODALS[verb]
    else:  # "A strike or a foul results in an out"
        modal = "does" if re.search(r"\b(?:results|leads)\s", action, re.I) else "do"
    named = match.group("effect").strip().rstrip(".!;")
    cut = _EFFECT_END.search(named)
    first = named[: cut.start()] if cut else named
    effect = _shortened(first)
    cause = statement.subject.text.strip()
    if (
        not 1 <= word_count(effect) <= MAX_EFFECT_WORDS
        or _VAGUE.match(effect)
        or not 2 <= word_count(cause) <= MAX_CAUSE_WORDS
        or points_back(cause)
        or _BY_PLACE.match(cause)
    ):
        return None
    results = f"{statement.verb} {action[: match.start('effect')]}".lstrip()
    return _Consequence(statement, cause, modal, as_choice(effect), named, f"{results}{first}")


def _shortened(effect: str) -> str:
    """A long consequence up to its first qualifying phrase ("at least a one-year ban from
    playing in ACF tournaments" -> "at least a one-year ban", "a formal verbal warning given
    by the manager" -> "a formal verbal warning"), so that the right choice is not the one
    that says most. Never down to a single word, and never a clause cut from its verb ("the
    user paying for the repair")."""
    if word_count(effect) <= SHORT_EFFECT_WORDS:
        return effect
    for qualifier in _QUALIFIER.finditer(effect):
        head = effect[: qualifier.start()]
        if _GERUND.search(head):
            return effect
        head = _PARTICIPLE.sub("", head)
        if word_count(head) >= 2:
            return re.sub(r"^the\s+", "", head, flags=re.IGNORECASE)
    return effect


def _draft(asked: _Consequence, every: list[_Consequence], source: str) -> Candidate | None:
    statement = asked.statement
    lead = statement.lead.phrase.text if statement.lead else ""
    if lead and points_back(lead):
        return None
    cause = in_sentence(asked.cause)
    if any(
        c.statement.sentence != statement.sentence and near_copy(c.effect, asked.effect)
        for c in every
    ):
        return None  # "Failure to allow pre-race inspection" and "failure to carry any of the
        # required gear" both cost disqualification: two questions with one answer, which
        # tells no breach from another (round 76's judge)
    wrong = _wrong_choices(asked, every, source)
    if len(wrong) < CHOICES - 1:
        return None
    prompt = question(f"{lead}," if lead else "", f"what {asked.modal} {cause}", asked.asked_verb)
    said = f"{cause} {asked.said}"
    return Candidate(
        kind="single",
        family="consequence",
        stem=short_slug(f"consequence {asked.cause}"),
        fact=f"consequence:{fold(asked.cause)}",
        prompt=prompt,
        right=(asked.effect,),
        wrong=tuple(wrong),
        quote=statement.quote,
        highlight=statement.action.span,
        section=statement.section.title,
        tags=(short_slug(statement.section.title), "consequences"),
        explanation=joined(
            f"{lead}, {said}" if lead else said,
            purpose_of(source[statement.quote[0] : statement.quote[1]]),
        ),
        anchor=statement.block.start,
        score=3.4,
    )


def _wrong_choices(asked: _Consequence, every: list[_Consequence], source: str) -> list[str]:
    """The document's other consequences of the same kind, then for a penalty the ladder's
    steps the document never names, closest first in length to the right one."""
    taken: list[str] = []

    def fits(choice: str) -> bool:
        return not (
            near_copy(choice, asked.effect)
            or near_copy(choice, asked.named)
            or content_words(choice) & content_words(asked.cause)
            or any(near_copy(choice, t) for t in taken)
        )

    own = [
        c.effect
        for c in every
        if c.statement.sentence != asked.statement.sentence
        and c.penalty == asked.penalty
        and content_words(c.cause) != content_words(asked.cause)
    ]
    size = word_count(asked.effect)
    for choice in sorted(
        own, key=lambda e: (abs(word_count(e) - size), stable_order(asked.cause, e))
    ):
        if len(taken) < CHOICES - 1 and fits(choice):
            taken.append(choice)
    if asked.penalty and len(taken) >= LEAST_OWN_CHOICES:
        ladder = [step for step, named in _LADDER if not named.search(source)]
        for step in sorted(ladder, key=lambda s: stable_order(asked.cause, s)):
            if len(taken) < CHOICES - 1 and fits(step):
                taken.append(step)
    return taken
