"""Whether a noun phrase names someone who acts: a person, a role, a body.

"Who must approve a pull request?" is a fair question only when the answer and its
distractors are all agents; "Approval" or "The mechanism" are not. Without a trained model,
the head noun decides: a word from a short list of roles and bodies, a noun made from a verb
by -er/-or/-ist/-ee/-ant ("reviewer", "collaborator", "trainee"), a name or an acronym.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container

from quizapp.domain.answer_text import initials
from quizapp.generate.grammar import is_plural
from quizapp.generate.lexicon import (
    FUNCTION_WORDS,
    is_base_verb,
    parts_of_speech,
    singular,
    verb_lemma,
)
from quizapp.generate.text import FINITE_VERBS, NUMBER_WORDS, word_set, words

AGENT_HEADS = word_set(
    """member person people staff team committee board council group department office
    officer authority chair chairperson secretary head leader manager
    employee employer worker volunteer official cadre community organization organisation
    company government personnel administration panel jury court union foundation agency
    institute school university citizen resident student teacher trainee trainer candidate
    nominee applicant guest visitor customer client patient driver pilot crew guard
    representative delegate deputy director president expert specialist engineer developer
    contributor maintainer collaborator reviewer author owner user everyone anyone someone
    individual unit section division body ministry bureau court commission assembly
    congress parliament mayor governor
    judge inspector auditor supervisor coordinator handler agent partner supplier vendor
    contractor consultant landlord tenant parent child youth elder emeritus emeriti masses
    public captain coach umpire steward marshal lifeguard warden nurse chairman chairwoman
    caretaker"""
)
# Nouns that end like an agent but name a thing.
_NOT_AGENTS = word_set(
    """number error letter order paper chapter matter master corner border water power
    meter layer filter folder header footer factor sector vector error mirror monitor
    minor major honor honour colour color behavior behaviour labour labor other either
    neither whether together register computer server browser parameter character cluster
    counter answer member-state ancestor charter chapter quarter tracker container scanner
    checker linter installer launcher compiler debugger handler trigger buffer printer
    router adapter connector driver player viewer reader editor indicator calculator
    elevator generator converter processor detector sensor"""
)
_SUFFIXES = re.compile(r"(?:er|or|ist|ee|ant|ian|ent)s?$")
# Words after which the rest of a subject qualifies its head ("members of the board").
_QUALIFIERS = frozenset(
    {"who", "whose", "that", "which", "of", "with", "in", "for", "on", "at", "from", "to", "by"}
)


def head_word(phrase: str) -> str:
    """The noun a phrase is about: its last word before a qualifier ("of", "who", ...)."""
    head = ""
    for word in words(phrase):
        if word.lower() in _QUALIFIERS and head:
            break
        if word.lower() not in FUNCTION_WORDS:
            head = word
    return head


def by_participle(name: str, acronyms: Container[str] = frozenset()) -> tuple[str, str]:
    """A person named by what they are doing ("the last person leaving the boathouse"): who
    ("the last person") and the participle phrase that says which ("leaving the
    boathouse"); the name and "" when its own head names someone ("the club organising
    committee") or no participle in lower case follows a word of substance ("a member of the
    teaching team", "the Technical Steering Committee")."""
    if _names_someone(name, acronyms):
        return name, ""
    for match in re.finditer(r"(?<=\w\s)(?P<verb>[a-z]+ing)\b", name):
        verb = match.group("verb")
        before = words(name[: match.start()])
        if (
            verb_lemma(verb) not in (None, verb)
            and before[-1].lower() not in FUNCTION_WORDS
            and _names_someone(name[: match.start()].rstrip(), acronyms)
        ):
            return name[: match.start()].rstrip(), name[match.start() :]
    return name, ""


# Officers every organisation names by their initials, spelt out nowhere in its documents.
_TITLES = frozenset({"CEO", "CTO", "CFO", "COO", "CIO", "CISO", "CPO", "DPO"})


def is_agent(phrase: str, acronyms: Container[str] = frozenset()) -> bool:
    """Whether the phrase names someone who acts. An acronym does when the document spells it
    out as an agent ("Technical Steering Committee (TSC)"): `acronyms` holds those. Someone
    may be named by what they are doing (see `by_participle`)."""
    return _names_someone(phrase, acronyms) or bool(by_participle(phrase, acronyms)[1])


def _names_someone(phrase: str, acronyms: Container[str]) -> bool:
    head = head_word(phrase)
    if not head:
        return False
    if re.fullmatch(r"[A-Z]{2,}s?", head):
        return head.rstrip("s") in acronyms or head in acronyms or head in _TITLES
    lower = head.lower()
    base = singular(lower) or (
        lower[:-1] if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) else lower
    )
    if base in AGENT_HEADS or lower in AGENT_HEADS:
        return True
    if base in _NOT_AGENTS or not _SUFFIXES.search(base):
        return _is_name(phrase)
    return _made_from_verb(base) or _is_name(phrase)


def _made_from_verb(noun: str) -> bool:
    """ "reviewer" from "review", "collaborator" from "collaborate", "trainee" from "train"."""
    for ending, restore in (
        ("er", ""),
        ("er", "e"),
        ("or", ""),
        ("or", "e"),
        ("ee", ""),
        ("ee", "e"),
        ("ist", ""),
        ("ist", "e"),
        ("ant", ""),
        ("ant", "e"),
        ("ent", ""),
        ("ent", "e"),
    ):
        if noun.endswith(ending) and len(noun) > len(ending) + 2:
            stem = noun[: -len(ending)]
            if is_base_verb(stem + restore) or (
                len(stem) > 3 and stem[-1] == stem[-2] and is_base_verb(stem[:-1])
            ):
                return True
    return False


def _is_name(phrase: str) -> bool:
    """A name as the head past the first word: "Secretary Dou"; not "the TSC agenda" or
    "the TSC Charter", whose heads are common nouns."""
    from quizapp.generate.lexicon import parts_of_speech

    tokens = words(phrase)
    head = head_word(phrase)
    return (
        len(tokens) > 1 and head[:1].isupper() and tokens[0] != head and not (parts_of_speech(head))
    )


_SPELLED_OUT = re.compile(r"\b(?P<words>(?:[A-Z][\w-]*\s+){1,5})\((?P<acronym>[A-Z]{2,6})\)")


def agent_acronyms(text: str) -> dict[str, str]:
    """Acronyms the document spells out as agents, with what they stand for:
    "Technical Steering Committee (TSC)" gives {"TSC": "Technical Steering Committee"}; so
    does a document that writes both "Project Steering Committee" and "PSC" without putting
    one in brackets after the other."""
    found = {
        match.group("acronym"): match.group("words").strip()
        for match in _SPELLED_OUT.finditer(text)
        if is_agent(match.group("words").strip())
    }
    runs = {tuple(m.group(0).split()) for m in _CAPITALISED_NAME.finditer(text)}
    # every ending of a run: "Contact the Tech Ops Board" holds "Tech Ops Board"
    names = {" ".join(run[i:]) for run in runs for i in range(len(run) - 1) if run[i][:1].isupper()}
    # where two names share initials ("National Tech Committee", "National Technology
    # Committee"), the one the document uses most, then first, so the output never hangs on
    # the order of a set
    by_initials: dict[str, str] = {}
    for name in sorted(names, key=lambda name: (-text.count(name), text.find(name), name)):
        if is_agent(name):
            by_initials.setdefault(initials(name), name)
    for acronym in set(_ACRONYM.findall(text)) - set(found):
        if acronym in by_initials:
            found[acronym] = by_initials[acronym]
    return found


# "PSC", "TSC": a word of capitals that may stand for a name of capitalised words.
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_CAPITALISED_NAME = re.compile(
    r"\b[A-Z][a-z]+(?:[^\S\n]+(?:(?:of|and|for|the)[^\S\n]+)?[A-Z][a-z]+){1,4}\b"
)


# Words of one line or one paragraph: a name never runs on over a blank line, which is where a
# heading ends and its text begins ("Enforcement Guidelines" + "Community leaders").
_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"


# Nouns a clause follows: "the fact volunteers are in a position of trust" names no
# "fact volunteers".
_CLAUSE_NOUNS = frozenset({"fact", "reason", "idea", "case", "hope", "belief", "sense", "event"})


# A verb of telling before a name: what "of" adds after it is the news, not the name's part.
_TOLD_BEFORE = re.compile(
    r"\b(?:inform|informs|informed|notify|notifies|notified|tell|tells|told|advise|advised|"
    r"remind|reminded|warn|warned|alert|alerts|alerted|apprise|update)\s+(?:[\w'’]+\s+){0,3}$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=256)
def names_with_head(head: str, text: str) -> frozenset[str]:
    """Every way the document names something by this head noun: "night shift nurse", "nurse
    of the night shift" for "nurse". A trainee who knows a rule may answer with any of them;
    the caller keeps those that name the same one. Kept per head and document: one scan of
    the whole text per head, however many questions name it (a long document names its
    agents many times)."""
    if not head.strip():
        return frozenset()  # a name with no noun in it ("me") has no other names
    plural = re.escape(head) + r"(?:s|es)?"
    pattern = re.compile(
        rf"\b((?:[A-Za-z][\w'’-]*{_GAP}){{0,3}}){plural}\b"
        # "committee of the Society", not "committee of an inability": one of a kind names no one
        rf"({_GAP}of{_GAP}(?!(?:a|an|any|some)\b)(?:the{_GAP})?(?:[A-Za-z][\w-]*{_GAP}){{0,2}}"
        rf"[A-Za-z][\w-]*)?",
        re.IGNORECASE,
    )
    found: set[str] = set()
    for match in pattern.finditer(text):
        if text[match.end() : match.end() + 1] == "@":
            continue  # "email trustees@example.com": an address, not a name
        kept: list[str] = []  # the words right before the head that describe it
        before = [*text[max(0, match.start() - 40) : match.start()].split()[-1:]]
        tokens = [*before, *match.group(1).split()]
        for at in range(len(tokens) - 1, len(before) - 1, -1):
            word = tokens[at]
            if (
                word.lower() in FUNCTION_WORDS
                or word.lower() in NUMBER_WORDS
                or not word[:1].isalpha()
                or word.lower() in _CLAUSE_NOUNS
                or _acts(word)
                or (at and _AFTER_WHICH_A_VERB.match(tokens[at - 1]) and _can_act(word))
            ):
                break  # not "one secretary", "identify collaborators", "will need supervisor"
            if kept and kept[0][:1].isupper() and word[:1].islower():
                break  # not "the reason UK regions ...": a proper name starts the name
            kept.insert(0, word)
        head_as_written = match.group(0)[len(match.group(1)) :].split()[0]
        qualifier = _qualifier((match.group(2) or "").split(), text, match.end())
        if _TOLD_BEFORE.search(text[max(0, match.end(1) - 60) : match.end(1)]):
            qualifier = ""  # "inform your line manager of the proposed dates": what they
            # are told, not a fuller name of them
        name = " ".join([*kept, head_as_written, *([qualifier] if qualifier else [])])
        last = name.split()[-1]
        if last.lower() not in FUNCTION_WORDS and (
            not parts_of_speech(last) or "NOUN" in parts_of_speech(last)
        ):
            found.add(name)  # not "nurse of the ward should": a name ends in a noun
            of_one = re.fullmatch(r"(\w+) of (?:the )?(\w+)", name)
            if of_one and not kept and not is_plural(of_one.group(2)):
                # "secretary of the committee": "committee secretary"; never "Directors Board"
                # for the "Board of Directors" (round 203's judge)
                found.add(f"{of_one.group(2)} {of_one.group(1)}")
    return frozenset(found)


# A word after a modal, "to" or a subject pronoun is read as a verb where it can be one
# ("You will need supervisor approval": no "need supervisor").
_AFTER_WHICH_A_VERB = re.compile(
    r"^(?:will|would|shall|should|must|may|might|can|could|to|you|we|they|i)$", re.IGNORECASE
)


def _can_act(word: str) -> bool:
    return "VERB" in parts_of_speech(word)


def _acts(word: str) -> bool:
    """A verb before a name is not part of it ("identify collaborators", "a pull request
    asking collaborators"); a participle may be ("authorised person")."""
    kinds = parts_of_speech(word)
    return kinds == {"VERB"} and not word.lower().endswith("ed")


def _qualifier(tokens: list[str], text: str, end: int) -> str:
    """The "of ..." that names the head ("of the night shift"), without the words after its
    last noun ("of the project team are"); none where the phrase runs on past the match ("of
    the night" cut short of its "shift")."""
    whole = len(tokens)
    for index in range(1, len(tokens)):
        if tokens[index].lower() in FINITE_VERBS:
            del tokens[index:]  # "of directors are inactive": the name ends before its verb
            break
    for index in range(2, len(tokens)):
        following = tokens[index + 1] if index + 1 < len(tokens) else _next_word(text, end)
        if "VERB" in parts_of_speech(tokens[index]) and following.lower() in _DETERMINERS:
            del tokens[index:]  # "of the group signs the minutes": a verb and its object
            break
    if any(token.lower() in _NOT_IN_A_NAME for token in tokens[2:]):
        return ""  # "paid by the Board of Trustees a sum", "notice to the secretary of business
        # the member wishes to raise": the sentence goes on, where the name may have ended
        # before "of" (round 203's judge)
    while tokens and (
        tokens[-1].lower() in FUNCTION_WORDS or "NOUN" not in parts_of_speech(tokens[-1])
    ):
        tokens.pop()
    if len(tokens) < 2 or tokens[-1].lower() in ("of", "the"):
        return ""
    if len(tokens) == whole and _runs_on(text, end):
        return ""
    return " ".join(tokens)


_DETERMINERS = frozenset({"the", "a", "an", "every", "each", "all", "any", "its", "their"})
# Words that never stand in a name's "of ..." after its first noun: never "of" ("of the
# Department of Physics"), nor the "the" right after "of".
_NOT_IN_A_NAME = _DETERMINERS | {"from", "to", "for", "by", "with", "at", "in", "on", "as"}


def _next_word(text: str, end: int) -> str:
    following = re.match(r"[^\S\n]+([A-Za-z][\w-]*)", text[end:])
    return following.group(1) if following else ""


def _runs_on(text: str, end: int) -> bool:
    """Whether the noun phrase at `end` goes on past where a match stopped: another noun
    follows on the same line."""
    word = _next_word(text, end)
    return bool(word) and word.lower() not in FUNCTION_WORDS and "NOUN" in parts_of_speech(word)
