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
from dataclasses import replace

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
from quizapp.generate.lexicon import is_gerund, verb_lemma
from quizapp.generate.quality import CODE, ELLIPTICAL_CONDITION
from quizapp.generate.statement_questions import joined, mentions
from quizapp.generate.statements import (
    Clause,
    Phrase,
    Statement,
    around,
    purpose_lead,
    purpose_tail,
    readable_sentences,
    set_by_law,
    shortened,
    with_reason,
)
from quizapp.generate.structure import Document
from quizapp.generate.text import content_words, fold, short_slug, word_count

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
_PICTURED = re.compile(
    r"\b(?:circled|highlighted|pictured|screenshot|shown\s+(?:above|below|here))\b", re.I
)
_PURPOSE_OPENING = re.compile(r"^(?:in order to|so as to)\s+", re.IGNORECASE)
# An action whose "if" after it asks whether: "Ask the manager if ...", "check with staff if".
_ASKS_WHETHER = re.compile(
    r"^(?:ask|check|confirm|find\s+out|see|enquire|inquire|verify)\b", re.IGNORECASE
)
# The next item's bullet, where a list runs on one line: "... stand clear. * Turn off ...".
_BULLET_AFTER = re.compile(r"[\s.]*[*•]\s*$")
# A verb group whose object is a gerund: "are responsible for", "are in charge of".
_ENDS_ON_PREPOSITION = re.compile(r"\b(?:for|of)$", re.IGNORECASE)
# A word that leaned on the clause cut from the action's end.
_DANGLING = re.compile(r"\b(?:only|even|except|but|just)\s*$", re.IGNORECASE)


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
    purposes = [pair for s in found if (pair := purpose_clause(s)) is not None]
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
        reason = _PURPOSE_OPENING.sub("to ", aim.group("aim").strip().rstrip(" .,;:"))
        reason = _NEXT_SPEC.split(reason, maxsplit=1)[0]
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
    tail = statement.tail
    if (
        tail is not None
        and tail.phrase.text.lower().startswith("if ")
        and _ASKS_WHETHER.match(statement.action.text)
    ):
        return None  # "Ask the Space Manager if the incident needs to be reported": whether,
        # not a case (round 167's makerspace induction)
    for clause in (statement.lead, statement.tail):
        if clause is not None and clause.kind == "condition":
            if ELLIPTICAL_CONDITION.match(clause.phrase.text):
                return None  # "If you have one, ...": neither a case to ask nor another's
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
    action = _BULLET_AFTER.sub("", statement.action.text)
    if action.lower().startswith(("be ", "not ", "have been")):
        return ""
    if _DANGLING.search(action):
        return ""  # "Assist any person in immediate danger only", its "if safe to do so" cut
    action = addressed(shortened(_as_order(action), MAX_CHOICE_WORDS))
    if not MIN_ACTION_WORDS <= word_count(action) <= MAX_CHOICE_WORDS or "," in action:
        return ""
    if _POINTING.search(action) or mentions(action) or CODE.search(action):
        return ""
    if re.search(r"\bhere\b", action, re.IGNORECASE):
        return ""  # "Contact Hua and apply here": here is a link the choice does not show
    if _PICTURED.search(action):
        return ""  # "Select the circled button": a picture the choice does not show (round
        # 149's judge)
    return as_choice(action)


def _as_order(action: str) -> str:
    """ "returning your keys", what one is responsible for, as the order the other choices
    are: "return your keys" (round 209's judge: the right choice was the only gerund)."""
    first, _, rest = action.partition(" ")
    return f"{verb_lemma(first)} {rest}".strip() if is_gerund(first) else action


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
    # "what are you responsible for doing?", not "... responsible for do?" (round 209's judge)
    do = "doing" if _ENDS_ON_PREPOSITION.search(rest) else "do"
    prompt = addressed(
        question(lead_of(statement), "what", auxiliary, who, rest, do, tail_of(statement))
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
            with_reason(addressed(restate(statement))),
            f"“{wrong[0]}” is what to do in another case: "
            f"{addressed(_lowered(others[wrong[0]].phrase.text))}",
            around(statement),
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


def purpose_clause(statement: Statement) -> tuple[Statement, Clause] | None:
    """What a rule is for: its "so that", "in order to" or "because" clause, with the rule
    read without it. The clause may close a time ("emptied before refilling, in order to
    prevent oxygen enrichment") or the action itself ("filled slowly to minimize thermal
    shock"), where the rule's first trailing clause is not the purpose."""
    if statement.qualified or statement.kind not in ("duty", "prohibition", "fact"):
        return None
    statement = _purpose_set_apart(statement)
    for clause in (statement.tail, statement.lead):
        if (
            clause is statement.lead
            and clause is not None
            and _CONDITION_OF.match(clause.phrase.text)
        ):
            continue  # "To be eligible for the stipend, members must ...": what the rule is a
            # condition of, not what it is for
        if clause is not None and clause.kind in ("purpose", "reason"):
            reason = _as_reason(clause)
            if (
                MIN_ACTION_WORDS <= word_count(reason) <= MAX_CHOICE_WORDS
                and not _POINTING.search(_OPENING.sub("", reason))
                and not CODE.search(reason)
            ):
                return statement, clause
    return None


def _purpose_set_apart(statement: Statement) -> Statement:
    """The statement with a purpose that closes its action or its time as its trailing
    clause, what came before it read as the action: "be completely emptied before refilling"
    + "in order to prevent oxygen enrichment"."""
    tail = statement.tail
    if tail is not None and tail.kind in ("purpose", "reason"):
        return statement
    action = statement.action
    within = f"{action.text} {tail.phrase.text}" if tail is not None else action.text
    aim = purpose_tail(within, len(action.text) if tail is not None else 0)
    if aim is None:
        return statement
    span = (action.span[0], tail.phrase.span[1] if tail is not None else action.span[1])
    return replace(
        statement,
        action=Phrase(within[: aim.start()].rstrip(" ,;"), span),
        tail=Clause("purpose", Phrase(aim.group("aim"), span)),
    )


def _as_reason(clause: Clause) -> str:
    """ "in order to land" -> "To land"; "so that the desk is free" as it is."""
    text = _PURPOSE_OPENING.sub("to ", clause.phrase.text.strip().rstrip(" .,;"))
    text = _NEXT_SPEC.split(text, maxsplit=1)[0]
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
    if word_count(prompt) > MAX_PROMPT_WORDS or _SECOND_CLAUSE.search(prompt):
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


# "to prevent loss, autoclave tape on top of lid": after the comma, the next item of a
# specification, not the reason's words (a list of aims goes on to its "and").
_NEXT_SPEC = re.compile(r",\s+(?!(?:and|or|but|so|which|who|while|without)\b)(?!.*\b(?:and|or)\b)")
_CONDITION_OF = re.compile(r"(?:in order |so as )?to be\b", re.IGNORECASE)
# "..., and maintain the garden’s appearance, mulch is strongly recommended": a clause with a
# subject of its own after the action, where the purpose led a list of aims (round 66's
# garden rules), so the question splices two sentences.
_SECOND_CLAUSE = re.compile(r",\s+(?:\w+\s+){0,2}(?:is|are|was|were)\b")


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
