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
    inverted,
    lead_of,
    question,
    restate,
    tail_of,
)
from quizapp.generate.quality import CODE
from quizapp.generate.statement_questions import joined, mentions
from quizapp.generate.statements import Clause, Statement, around, shortened
from quizapp.generate.text import OPEN_ENDINGS, content_words, fold, short_slug, word_count, words

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


def action_drafts(found: list[Statement]) -> list[Candidate]:
    """Conditional duties asked as "what must X do", the case of a conditional rule as "in
    what case", and purposes asked as "why"."""
    conditional = [(s, c) for s in found if (c := _condition(s)) is not None]
    actions = [(_who(s), c, _as_action(s)) for s, c in conditional]
    drafts: list[Candidate] = []
    cases = [(s, c) for s in found if (c := _case(s)) is not None]
    for statement, case in cases:
        draft = _in_what_case(statement, case, cases)
        if draft is not None:
            drafts.append(draft)
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
    reasons = [_as_reason(c) for _, c in purposes]
    for statement, clause in purposes:
        draft = _why(statement, clause, [r for r in reasons if r != _as_reason(clause)])
        if draft is not None:
            drafts.append(draft)
    return drafts


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


def _case(statement: Statement) -> Clause | None:
    """The "if" clause a rule holds in (a duty, a permission or what will be done), when the
    rule is worth asking the case of: "If you are the primary caregiver of a new child, you
    can take up to 16 weeks leave." Not "unless" (the case it does not hold in), nor a case
    that points at what the trainee cannot see."""
    if statement.qualified or statement.kind not in ("duty", "permission", "fact"):
        return None
    for clause in (statement.lead, statement.tail):
        if clause is None or clause.kind != "condition":
            continue
        text = clause.phrase.text
        if not _IF.match(text) or not 4 <= word_count(text) <= MAX_CONDITION_WORDS:
            return None
        if _POINTING.search(_IF.sub("", text)) or CODE.search(text) or mentions(text):
            return None
        return clause
    return None


_IF = re.compile(r"^if\s+", re.IGNORECASE)
# An action a question cannot be made of: a second case in it ("introduced if proposed by
# ..."), a negation the inversion would garble ("don't need to"), a list it announces. (One
# that ends on a word left hanging where the clause was cut is text.OPEN_ENDINGS' business.)
_UNFINISHED = re.compile(r"\bif\b|n['’]t\b|^not\b|\bfollowing\b|:", re.IGNORECASE)


def _as_case(clause: Clause) -> str:
    """ "if you are the primary caregiver" -> "If you are the primary caregiver"."""
    return addressed(as_choice(clause.phrase.text))


def _in_what_case(
    statement: Statement, case: Clause, cases: list[tuple[Statement, Clause]]
) -> Candidate | None:
    """ "In what case can you take up to 16 weeks leave at 100% paid salary?" among the
    cases the same section gives its other rules, the most like this one first ("If you are
    the secondary caregiver ..."): the same kind, on the same topic, and each the case of
    another rule. Cases from other sections were judged off-topic, the answer then being the
    only choice that fits the stem's words."""
    subject = fold(statement.subject.text).split() if statement.subject else []
    if subject == ["we"] or set(subject[1:]) & {"you", "we", "they", "i"}:
        return None  # what the authors will do; or "take the time you" read as a subject
    right = _as_case(case)
    who = _who(statement)
    action = addressed(statement.action.text)
    if statement.subject is None and not statement.verb:
        form: tuple[str, str] | None = ("should", "")  # an order: "take the time you need"
    else:
        form = inverted(statement.verb, who) if statement.verb else None
    if form is None or fold(who) == "we" or word_count(action) > MAX_CHOICE_WORDS:
        return None
    if _POINTING.search(action) or mentions(action) or _UNFINISHED.search(action):
        return None
    if words(action)[-1].lower() in OPEN_ENDINGS:
        return None  # "... to take a course of action even": the clause was cut
    if _UNFINISHED.search(statement.verb):
        return None  # "don't need to": the inversion would read "does you don't need to"
    auxiliary, rest = form
    other_clause = statement.tail if case is statement.lead else statement.lead
    kept = other_clause.phrase.text if other_clause and other_clause.kind != "reason" else ""
    if _POINTING.search(kept) or re.search(r"\bthere\b", kept, re.IGNORECASE):
        return None  # "For many of the teams listed there, ...": listed where?
    before, after = (kept, "") if other_clause is statement.lead else ("", kept)
    prompt = addressed(
        question(
            f"{before}," if before else "", "in what case", auxiliary, who, rest, action, after
        )
    )
    if word_count(prompt) > MAX_PROMPT_WORDS:
        return None
    own = content_words(right)
    others = {
        _as_case(c): s
        for s, c in cases
        if s is not statement
        and s.section is statement.section
        and not (content_words(_as_case(c)) <= own or own <= content_words(_as_case(c)))
    }
    # The case most like this one first ("the secondary caregiver" for "the primary"):
    # the contrast a trainee must know; cases of other topics are matched by their words.
    ranked = sorted(
        others,
        key=lambda o: (-len(content_words(o) & own), abs(word_count(o) - word_count(right)), o),
    )
    wrong = ranked[:3]
    if len(wrong) < 3 or echoes(prompt, right, wrong):
        return None
    first = others[wrong[0]]
    contrast = addressed(restate(first))
    said_with = around(statement)
    if near_copy(said_with, contrast):
        said_with = ""  # the sentence beside the rule is the other case's rule: say it once
    return _choice_draft(
        statement,
        "case",
        prompt=prompt,
        right=right,
        wrong=wrong,
        fact=f"case:{fold(case.phrase.text)}",
        explanation=joined(
            addressed(restate(statement)),
            said_with,
            f"“{wrong[0]}” is the case of another rule: {contrast}",
        ),
        score=3.3,
    )


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
