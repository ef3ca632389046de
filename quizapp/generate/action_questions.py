"""What a rule says to do in a given case, and why: "If you are not able to reproduce an
issue, what should you do?", "Why should you move any desk booking?".

Both are asked as choices, because the answer is an action or a reason a trainee would not
type word for word. The wrong choices are the document's own, of the same kind and form: for
a conditional duty, what it says to do in *other* cases (never a duty that holds always,
which would be right here too); for a purpose, the purposes it gives for other rules. They
are picked close in length to the right one, and none points back at words the trainee
cannot see ("request them").
"""

from __future__ import annotations

import re

from quizapp.generate.candidates import Candidate, Family
from quizapp.generate.distractors import near_copy, pick
from quizapp.generate.grammar import (
    addressed,
    as_choice,
    in_sentence,
    in_speakers_voice,
    inverted,
    lead_of,
    question,
    restate,
    tail_of,
)
from quizapp.generate.quality import CODE
from quizapp.generate.statement_questions import joined, mentions
from quizapp.generate.statements import (
    Clause,
    Statement,
    purpose_lead,
    purpose_tail,
    readable_sentences,
    set_by_law,
    shortened,
)
from quizapp.generate.structure import Document
from quizapp.generate.text import content_words, fold, short_slug, word_count, words

MAX_CHOICE_WORDS = 16
MAX_PROMPT_WORDS = 32
MAX_CONDITION_WORDS = 14
MIN_ACTION_WORDS = 3
# Words in a choice that point at something the choice does not name.
_POINTING = re.compile(
    r"\b(?:it|its|this|that|these|those|they|them|their|he|him|his|she|her|such|above|below)\b",
    re.IGNORECASE,
)
_OPENING = re.compile(r"^(?:so that|to|because|since|in order to|so as to)\s+", re.IGNORECASE)
_PURPOSE_OPENING = re.compile(r"^(?:in order to|so as to)\s+", re.IGNORECASE)


def action_drafts(found: list[Statement], document: Document) -> list[Candidate]:
    """Conditional duties asked as "what must X do" and purposes asked as "why"."""
    conditional = [(s, c) for s in found if (c := _condition(s)) is not None]
    actions = [(_who(s), c, _as_action(s)) for s, c in conditional]
    drafts: list[Candidate] = []
    for statement, condition in conditional:
        others = {
            action: other
            for who, other, action in actions
            if action
            and who == _who(statement)
            and not near_copy(other.phrase.text, condition.phrase.text)
        }
        draft = _what_to_do(statement, condition, others)
        if draft is not None:
            drafts.append(draft)
    purposes = [(s, c) for s in found if (c := _purpose(s)) is not None]
    aims = _aims(document)
    for statement, clause in purposes:
        right = _as_reason(clause)
        rule = content_words(statement.action.text) | content_words(right)
        reasons = [
            reason
            for reason, said in aims
            if said != statement.sentence.text
            and len(content_words(said) & rule) < MAX_SHARED_WORDS
        ]
        draft = _why(statement, clause, reasons)
        if draft is not None:
            drafts.append(draft)
    return drafts


_UNMISTAKABLE = re.compile(r"^(?:in order to|so as to|so that|because)\b", re.IGNORECASE)


def _set_off(text: str, aim: re.Match[str]) -> bool:
    """Whether a purpose clause says what its rule is for, not what is to be done: not the
    complement of a word that takes one ("It is the organiser's responsibility to ensure
    ...", "try to ensure ..."), unless opened by words that say nothing else ("in order to",
    "so that")."""
    said = text[: aim.start("aim")]
    before = words(said)
    if _UNMISTAKABLE.match(aim.group("aim")) or not before:
        return True
    return before[-1].lower() not in _TAKES_AN_INFINITIVE and not _WHOSE_TASK.search(said)


# "the responsibility of the trip organiser(s) to ...": the task is named before its owner.
_WHOSE_TASK = re.compile(r"\b(?:responsibility|duty|job|role)\s+of\s+[^,.;]{1,40}$", re.I)


# Words whose "to ..." says what is to be done: "responsibility to ensure", "try to keep".
_TAKES_AN_INFINITIVE = frozenset(
    {
        "try", "tries", "trying", "attempt", "responsibility", "responsible", "duty", "job",
        "role", "need", "needs", "want", "wants", "able", "required", "expected", "asked",
        "encouraged", "important", "essential", "sure", "how", "what", "where", "way",
        "effort", "efforts", "intend", "plan", "agree", "remember", "continue", "fail",
        "aim", "aims", "goal", "obliged", "expect", "help", "helps", "used", "use",
    }
)  # fmt: skip


# A reason as short as "To reduce the risk" says nothing a trainee could rule out (round 55's
# judge: "vague and arguably true").
MIN_AIM_WORDS = 5
# A reason that shares this many words of substance with the rule asked about may be its
# reason too ("to identify who is using the tools" beside "why do we log access to tools?").
MAX_SHARED_WORDS = 2


def _aims(document: Document) -> list[tuple[str, str]]:
    """Every reason the document gives a rule of its own ("to reduce costs", "so that the
    images can be found"), as a choice, with the sentence that gives it: the wrong choices of
    a "why" question are the reasons it gives for other rules, so a trainee who has not read
    it cannot tell them apart by kind."""
    found = []
    for sentence, shown, _block, _section in readable_sentences(document):
        aim = purpose_tail(shown.text) or purpose_lead(shown.text)
        if aim is None or set_by_law(aim) or in_speakers_voice(aim.group("aim")):
            continue  # the law is no reason of the kind a choice gives, and "to allow us"
            # would read as the trainee's own aim
        if not _set_off(shown.text, aim):
            continue  # "It is the organiser's responsibility to ensure ...", "try to ensure
            # ...": what is to be done, not what it is for
        reason = _PURPOSE_OPENING.sub("to ", aim.group("aim").strip().rstrip(" .,;:"))
        reason = addressed(as_choice(shortened(reason, MAX_CHOICE_WORDS)))
        if (
            MIN_AIM_WORDS <= word_count(reason) <= MAX_CHOICE_WORDS
            and not _POINTING.search(_OPENING.sub("", reason))
            and not CODE.search(reason)
        ):
            found.append((reason, sentence.text))
    return found


def _condition(statement: Statement) -> Clause | None:
    """The case a duty holds in: its opening or closing "if" or "unless" clause. Not a time
    ("before landing", "when you open a pull request"): a time spans the other cases, so what
    they ask may be right in it too."""
    if statement.qualified or statement.kind != "duty":
        return None
    for clause in (statement.lead, statement.tail):
        if clause is not None and clause.kind == "condition":
            if not 3 <= word_count(clause.phrase.text) <= MAX_CONDITION_WORDS or _POINTING.search(
                re.sub(r"\b(?:they|their|them)\b", "", clause.phrase.text)
                if statement.subject is not None
                else clause.phrase.text
            ):
                return None
            return clause
    return None


def _as_action(statement: Statement) -> str:
    """A duty's action as a choice, or "" when it cannot be one (a passive, a pronoun)."""
    action = statement.action.text
    if action.lower().startswith(("be ", "not ", "have been")):
        return ""
    action = addressed(shortened(action, MAX_CHOICE_WORDS))
    if not MIN_ACTION_WORDS <= word_count(action) <= MAX_CHOICE_WORDS or "," in action:
        return ""
    if _POINTING.search(action) or mentions(action) or CODE.search(action):
        return ""
    return as_choice(action)


def _who(statement: Statement) -> str:
    subject = statement.subject.text if statement.subject else "you"
    return "you" if subject.lower() in ("we", "you") else in_sentence(subject)


def _what_to_do(
    statement: Statement, condition: Clause, others: dict[str, Clause]
) -> Candidate | None:
    """ "If the CI is not green, what should you do?" among what to do in other cases."""
    right = _as_action(statement)
    if not right:
        return None
    who = _who(statement)
    form = inverted(statement.verb, who)
    if form is None:
        return None
    auxiliary, rest = form
    prompt = addressed(
        question(lead_of(statement), "what", auxiliary, who, rest, "do", tail_of(statement))
    )
    if word_count(prompt) > MAX_PROMPT_WORDS:
        return None
    wrong = pick([right], [o for o in others if fold(o) != fold(right)], 3, seed=prompt)
    if wrong is None or echoes(prompt, right, wrong):
        return None
    return _choice_draft(
        statement,
        "action",
        prompt=prompt,
        right=right,
        wrong=wrong,
        fact=f"action:{fold(condition.phrase.text)}",
        explanation=joined(
            addressed(restate(statement)),
            f"“{wrong[0]}” is what to do in another case: "
            f"{addressed(_lowered(others[wrong[0]].phrase.text))}",
        ),
        score=3.4,
    )


def echoes(prompt: str, right: str, wrong: list[str]) -> bool:
    """Whether the right choice alone repeats a word of the prompt ("If the merge fails, ..."
    -> "Try a 3-way merge"): the only choice on the prompt's topic is guessed."""
    asked = content_words(prompt)
    return bool(content_words(right) & asked) and not any(content_words(w) & asked for w in wrong)


def _lowered(text: str) -> str:
    return text if text.split(" ", 1)[0].isupper() else text[:1].lower() + text[1:]


def _purpose(statement: Statement) -> Clause | None:
    """What a rule is for: its "so that", "in order to" or "because" clause."""
    if statement.qualified or statement.kind not in ("duty", "prohibition", "fact"):
        return None
    for clause in (statement.tail, statement.lead):
        if clause is not None and clause.kind in ("purpose", "reason"):
            reason = _as_reason(clause)
            if (
                MIN_ACTION_WORDS <= word_count(reason) <= MAX_CHOICE_WORDS
                and not _POINTING.search(_OPENING.sub("", reason))
                and not CODE.search(reason)
            ):
                return clause
    return None


def _as_reason(clause: Clause) -> str:
    """ "in order to land" -> "To land"; "so that the desk is free" as it is."""
    text = _PURPOSE_OPENING.sub("to ", clause.phrase.text.strip().rstrip(" .,;"))
    return addressed(as_choice(shortened(text, MAX_CHOICE_WORDS)))


def _why(statement: Statement, clause: Clause, others: list[str]) -> Candidate | None:
    right = _as_reason(clause)
    if statement.subject is not None and statement.subject.text.lower() == "we":
        return None  # "We will retain ... in order to ...": the organisation's reason, which
        # "Why will you retain ...?" would make the trainee's
    who = _who(statement)
    action = addressed(statement.action.text)
    if word_count(action) > MAX_CHOICE_WORDS or _POINTING.search(action):
        return None
    if statement.verb:
        form = inverted(statement.verb, who)
        if form is None:
            return None
        auxiliary, rest = form
    else:
        return None  # a present-tense fact: "why does X do Y" asks for a story
    lead = lead_of(statement) if clause is not statement.lead else ""
    tail = tail_of(statement) if clause is not statement.tail else ""
    prompt = addressed(question(lead, "why", auxiliary, who, rest, action, tail))
    if word_count(prompt) > MAX_PROMPT_WORDS:
        return None
    wrong = pick([right], others, 3, seed=prompt)
    if wrong is None or echoes(prompt, right, wrong):
        return None
    return _choice_draft(
        statement,
        "purpose",
        prompt=prompt,
        right=right,
        wrong=wrong,
        fact=f"purpose:{fold(clause.phrase.text)}",
        explanation=joined(addressed(restate(statement))),
        score=3.3,
    )


def _choice_draft(
    statement: Statement,
    family: Family,
    *,
    prompt: str,
    right: str,
    wrong: list[str],
    fact: str,
    explanation: str,
    score: float,
) -> Candidate:
    section = statement.section.title
    return Candidate(
        kind="single",
        family=family,
        stem=short_slug(f"{family} {statement.action.text}"),
        fact=fact,
        prompt=prompt,
        right=(right,),
        wrong=tuple(wrong),
        quote=statement.quote,
        highlight=statement.action.span,
        section=section,
        tags=(short_slug(section), "rules"),
        explanation=explanation,
        anchor=statement.block.start,
        score=score,
    )
