"""Who must say yes first: "Who must approve all international travel?" ("your manager"),
"Whose permission do members need to use ladders at the hackspace?" ("the directors"); and who
does what a passive rule gives by name: "Who will select teams for the various competitions?"
("the Team Captains"), "Who may accompany you at any stage of the appeal hearing?" ("a
fellow employee").

Safety rules, policies and bylaws put many acts behind someone's approval, and a trainee who
does not know whom to ask either waits or goes ahead without it. The who-family asks for the
subject of a rule; here the one who approves or acts is not the subject but stands after "by"
in a passive rule ("must be approved by the board") or after "without the permission of" in a
prohibition, so it needs its own reading. Only a single agent of a few words is asked for: "a
two-thirds majority of members" is a figure's question, and "both coaches and the game
officials" would need every name typed.
"""

from __future__ import annotations

import re

from quizapp.generate.agents import is_agent
from quizapp.generate.candidates import Candidate
from quizapp.generate.figures import find_figures
from quizapp.generate.grammar import in_sentence, is_plural, lead_of, question, tail_of
from quizapp.generate.lexicon import inflect, verb_lemma
from quizapp.generate.quality import NOBODY
from quizapp.generate.statement_questions import (
    MAX_ANSWER_WORDS,
    Pools,
    answers_for,
    bare_name,
    by_office,
    gives_away,
    statement_draft,
)
from quizapp.generate.statements import Statement, points_back
from quizapp.generate.text import fold, short_slug, word_count

# "be approved by", "be pre-approved in writing by", "are authorised in advance by".
_APPROVED_BY = re.compile(
    r"^(?:be\s+)?(?P<before>pre-?)?(?:(?:explicitly|formally|first)\s+)?"
    r"(?P<verb>approved|authori[sz]ed|signed off|agreed|sanctioned|countersigned|ratified)"
    r"(?P<how>(?:\s+(?:in advance|in writing|beforehand|first))*)\s+by\s+(?P<agent>[^,;]+)$",
    re.IGNORECASE,
)
# "be selected by the Team Captains", "be accompanied at any stage of the appeal hearing by a
# fellow employee of your choice": a task whose doer a passive rule names. Not "elected by the
# members", whom a trainee guesses (round 155's judge), nor "decided by a majority vote".
_DONE_BY = re.compile(
    r"^(?:be\s+)?(?P<verb>selected|appointed|chosen|nominated|maintained|kept|organi[sz]ed|"
    r"managed|chaired|convened|called|prepared|audited|reviewed|published|distributed|"
    r"collected|coordinated|overseen|supervised|investigated|announced|arranged|scheduled|"
    r"accompanied|conducted)(?P<how>(?:\s+[^,;]+?)?)\s+by\s+(?P<agent>[^,;]+?)"
    r"(?:\s+of\s+(?:your|their|his|her)\s+(?:own\s+)?choice)?$",
    re.IGNORECASE,
)
# Modal groups a passive act is asked with as they are.
_ACT_GROUPS = frozenset({"must", "shall", "should", "will", "may", "can"})
# "use ladders at the hackspace without permission from the directors"
_WITHOUT_LEAVE = re.compile(
    r"^(?P<act>.+?)\s+without\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:prior|express|explicit|written|advance|formal|specific)\s+(?:and\s+)?)*"
    r"(?P<leave>permission|approval|consent|authori[sz]ation|agreement|sign-off)\s+"
    r"(?:of|from)\s+(?P<agent>[^,;]+)$",
    re.IGNORECASE,
)
# More than one agent, or one of several: every name would have to be typed.
_SEVERAL = re.compile(r"\b(?:and|or|both|either|any|one of)\b|[,/&]", re.IGNORECASE)
# "borrow or move tools, wheelbarrows, etc.": the question ends on the things named.
_ET_CETERA = re.compile(r",?\s+etc\.?,?$", re.IGNORECASE)
# "act without the consent of the Council": an act too vague to ask before.
MIN_ACT_WORDS = 2
MAX_ACT_WORDS = 14
_NEGATIVE_ACT = re.compile(r"\b(?:no|none|nothing|never)\b", re.IGNORECASE)
# Modal groups a question asks with "who" as they are; any other duty is asked with "must".
_DUTY_GROUPS = frozenset({"must", "shall", "should"})


def approval_drafts(found: list[Statement], pools: Pools) -> list[Candidate]:
    drafts = []
    for statement in found:
        if statement.qualified:
            continue  # an exception follows: the approval is one case of several
        draft = (
            _approver(statement, pools) or _whose_leave(statement, pools) or _doer(statement, pools)
        )
        if draft is not None:
            drafts.append(draft)
    return drafts


def _approver(statement: Statement, pools: Pools) -> Candidate | None:
    """ "All club functions must be approved by the board." -> "Who must approve all club
    functions?"; "Expense claims are approved by the Treasurer." -> "Who approves expense
    claims?"."""
    subject = statement.subject
    match = _APPROVED_BY.match(statement.action.text)
    if subject is None or match is None or points_back(subject.text):
        return None
    if statement.kind == "duty":
        group = statement.verb.lower() if statement.verb.lower() in _DUTY_GROUPS else "must"
    elif statement.kind == "fact" and statement.verb.lower() in ("is", "are"):
        group = ""
    else:
        return None
    first, _, particle = match.group("verb").lower().partition(" ")  # "signed off"
    lemma = verb_lemma(first) or first
    verb = f"{lemma} {particle}".strip()
    agent = _single_agent(match.group("agent"), pools)
    if agent is None:
        return None
    what = in_sentence(subject.text)
    if find_figures(what) or NOBODY.match(what):
        return None  # "Expenditure over $500 must be approved by ...": a figure's question
    how = " ".join(match.group("how").split())
    if match.group("before") and "in advance" not in how:
        how = f"{how} in advance".strip()  # "pre-approved": asked "approve ... in advance"
    asked = f"{group} {verb}" if group else f"{inflect(lemma, 'VBZ')} {particle}".strip()
    prompt = question(lead_of(statement), "who", asked, what, how, tail_of(statement))
    return _draft(statement, pools, agent, prompt, f"who {lemma} {what}", f"approver:{fold(what)}")


def _doer(statement: Statement, pools: Pools) -> Candidate | None:
    """ "Teams for the various competitions will be selected by the Team Captains." -> "Who
    will select teams for the various competitions?"."""
    subject = statement.subject
    match = _DONE_BY.match(statement.action.text)
    if subject is None or match is None or points_back(subject.text):
        return None
    group = statement.verb.lower()
    if group not in _ACT_GROUPS or statement.kind not in ("duty", "fact", "permission"):
        return None
    lemma = verb_lemma(match.group("verb").lower())
    agent = _single_agent(match.group("agent"), pools)
    if lemma is None or agent is None or by_office(agent, f"{lemma} {subject.text}"):
        return None  # "Who shall keep the accounts?" -> "Treasurer": the name says it
    what = in_sentence(subject.text)
    if find_figures(what) or NOBODY.match(what):
        return None
    how = " ".join(match.group("how").split())
    prompt = question(lead_of(statement), "who", group, lemma, what, how, tail_of(statement))
    return _draft(
        statement, pools, agent, prompt, f"who {lemma} {what}", f"doer:{lemma}:{fold(what)}"
    )


def _whose_leave(statement: Statement, pools: Pools) -> Candidate | None:
    """ "Members are not permitted to use ladders at the hackspace without permission from
    the directors." -> "Whose permission do members need to use ladders at the hackspace?"."""
    if statement.kind != "prohibition":
        return None
    subject = statement.subject
    if subject is not None and (NOBODY.match(subject.text) or points_back(subject.text)):
        return None
    match = _WITHOUT_LEAVE.match(statement.action.text)
    if match is None:
        return None
    act = _ET_CETERA.sub("", match.group("act"))
    if not MIN_ACT_WORDS <= word_count(act) <= MAX_ACT_WORDS or _NEGATIVE_ACT.search(act):
        return None
    agent = _single_agent(match.group("agent"), pools)
    if agent is None:
        return None
    who = in_sentence(subject.text) if subject is not None else "you"
    need = "do" if is_plural(who) else "does"
    leave = match.group("leave").lower()
    prompt = question(
        lead_of(statement), f"whose {leave}", need, who, f"need to {act}", tail_of(statement)
    )
    return _draft(
        statement, pools, agent, prompt, f"whose {leave} to {act}", f"approver:{fold(act)}"
    )


def _single_agent(phrase: str, pools: Pools) -> str | None:
    """The one agent a phrase names, without its article, or None."""
    phrase = phrase.strip().rstrip(".")
    if _SEVERAL.search(phrase) or find_figures(phrase):
        return None
    name = bare_name(phrase)
    if not is_agent(name, pools.acronyms) or word_count(name) > MAX_ANSWER_WORDS:
        return None
    if pools.dominant(name):
        return None  # the one nearly every rule names: guessed without the document
    return name


def _draft(
    statement: Statement, pools: Pools, agent: str, prompt: str, stem: str, asked: str
) -> Candidate | None:
    if gives_away(prompt, agent):
        return None
    return statement_draft(
        statement,
        "who",
        kind="short",
        stem=short_slug(stem),
        fact=f"{asked}:{fold(agent)}",
        prompt=prompt,
        right=answers_for(agent, pools),
        highlight=statement.action.span,
        score=3.1,
    )
