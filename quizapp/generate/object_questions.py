"""What a duty acts on: "What should a good commit message describe?", "What does the plant
keep for 5 years?", "What are collaborators not permitted to approve?".

The thing a rule names (a permit to apply for, a log to keep, a guide to follow) is what a
trainee must remember to act on it, and a short noun phrase can be typed and matched. The
question keeps everything else the rule says (its condition, its time, its manner), so only
the object is asked; it is dropped where the document gives the same agent the same verb with
another object (two right answers), where the object is vague ("the work", "these points"),
a list, a person (asked by "who" and "to whom"), or a figure (asked as a figure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.generate.candidates import Candidate
from quizapp.generate.grammar import (
    addressed,
    in_sentence,
    inverted,
    lead_of,
    question,
    restate,
    tail_of,
)
from quizapp.generate.lexicon import (
    FUNCTION_WORDS,
    inflect,
    is_base_verb,
    is_noun,
    parts_of_speech,
    verb_lemma,
)
from quizapp.generate.statement_questions import Pools, joined, mentions
from quizapp.generate.statements import Statement
from quizapp.generate.text import (
    NUMBER_WORDS,
    capitalise,
    content_words,
    fold,
    short_slug,
    word_count,
    word_set,
    words,
)

MAX_OBJECT_WORDS = 6  # as written, its article and any "of" phrase included
MAX_ANSWER_WORDS = 4  # without the article
MAX_PROMPT_WORDS = 30
# Prepositions a verb takes its object through ("apply for", "comply with", "come with").
_PREPOSITIONS = word_set("for with to on about from into against")
_PARTICLES = word_set("out up off down back away over")
# Verbs that say what something is, not what is done to it ("remain Experimental").
_LINKING = word_set("be remain become seem stay appear look sound feel get keep")
_DETERMINERS = word_set("a an the any every each all its their your our his her this that")
# Heads that name no particular thing: a question with one of them as its answer tests
# nothing ("the work", "three points", "appropriate action").
_VAGUE_HEADS = word_set(
    """thing things way ways point points aspect aspects one ones part parts lot lots number
    kind kinds type types sort role roles matter matters manner job jobs effort efforts
    attention care use account sense place time times step steps measure measures action
    actions work problem problems issue issues something anything everything case cases
    situation situations level levels lead job example task tasks idea ideas question
    questions content contents detail details information process fact facts best
    following above rest end means method methods form forms side hand approval permission
    consent input support help"""
)
# Where a noun phrase ends: a word that opens a clause or a phrase of its own.
_NP_BREAK = word_set(
    """and or but that which who whom whose when where while if unless because so as than
    before after until within during by through via without under over between among
    since once whether even not towards toward per like in at on for with from every each"""
)
_PRONOUNS = re.compile(
    r"\b(?:it|its|them|they|their|theirs|him|his|her|hers|us|me|this|these|those|that)\b",
    re.IGNORECASE,
)
_DEMONSTRATIVE = re.compile(r"\b(?:this|that|these|those)\s+[a-z]+", re.IGNORECASE)
_LEADING_ADVERBS = word_set("always also only never then first still just not")


@dataclass(frozen=True)
class _Parts:
    """An action cut as verb (with its adverbs and preposition), object, and what follows."""

    before: str  # "always come with"
    verb: str  # "come": the verb as written
    object: str  # "tests"
    after: str  # what follows the object in the action, kept in the question
    object_start: int  # offset of the object in the action


def object_drafts(found: list[Statement], pools: Pools) -> list[Candidate]:
    uses = _uses(found)
    drafts: list[Candidate] = []
    for statement in found:
        draft = _object(statement, pools, uses)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _askable(statement: Statement) -> bool:
    if statement.qualified or statement.kind not in ("duty", "prohibition", "fact"):
        return False
    if statement.kind == "fact" and (statement.verb or statement.subject is None):
        return False  # "will", "is": a prediction or a passive, not someone's act
    return not statement.action.text.lower().startswith(("be ", "have been", "not be "))


def _uses(found: list[Statement]) -> dict[tuple[str, str], set[str]]:
    """Per agent and verb, every object the document gives: two objects, two right answers."""
    uses: dict[tuple[str, str], set[str]] = {}
    for statement in found:
        parts = _cut(statement.action.text)
        if parts is None:
            continue
        uses.setdefault(_use_key(statement, parts), set()).add(fold(parts.object))
    return uses


def _use_key(statement: Statement, parts: _Parts) -> tuple[str, str]:
    who = fold(statement.subject.text) if statement.subject else "you"
    lemma = verb_lemma(parts.verb) or parts.verb.lower()
    return who, f"{lemma} {parts.before.split(' ')[-1] if ' ' in parts.before else ''}"


def _cut(action: str) -> _Parts | None:
    """ "always come with tests" -> ("always come with", "come", "tests", "")."""
    tokens = list(re.finditer(r"[A-Za-z0-9][A-Za-z0-9'’-]*|[\"“”,;:()]", action))
    index = 0
    while index < len(tokens) and tokens[index].group(0).lower() in _LEADING_ADVERBS:
        index += 1
    while index < len(tokens) and tokens[index].group(0).lower().endswith("ly"):
        index += 1
    if index >= len(tokens):
        return None
    verb = tokens[index].group(0)
    if verb_lemma(verb) is None or verb.lower() in FUNCTION_WORDS:
        return None
    index += 1
    if verb_lemma(verb) in _LINKING and verb.lower() not in ("keep", "keeps"):
        return None
    if index < len(tokens) and tokens[index].group(0).lower() in _PARTICLES:
        index += 1
    if index < len(tokens) and tokens[index].group(0).lower() in _PREPOSITIONS:
        index += 1
    if index >= len(tokens):
        return None
    start = tokens[index].start()
    end = _object_end(action, tokens, index)
    if end is None:
        return None
    return _Parts(
        action[:start].strip(), verb, action[start:end].strip(), action[end:].strip(), start
    )


def _object_end(action: str, tokens: list[re.Match[str]], index: int) -> int | None:
    """Where the noun phrase from tokens[index] ends, or None if no plain one starts there."""
    first = tokens[index].group(0)
    if first.lower() not in _DETERMINERS and (is_base_verb(first) and not is_noun(first)):
        return None  # "to do", "help": a verb, not a thing
    quoted = False
    end = index
    seen_of = False
    while end < len(tokens):
        word = tokens[end].group(0)
        lower = word.lower()
        if word in '"“”':
            quoted = not quoted if word == '"' else word == "“"
            end += 1
            continue
        if quoted:
            end += 1
            continue
        if word in ",;:()" or lower in _NP_BREAK:
            break
        if lower == "to" or lower in _PREPOSITIONS:
            break
        if lower == "of":
            if seen_of:
                break
            seen_of = True
        elif (
            end > index
            and lower.endswith(("ed", "ing"))
            and verb_lemma(word)
            and not is_noun(word)
            and not _adjective(word)
        ):
            break  # "a commit signed by ...": a phrase of its own
        end += 1
    if end == index:
        return None
    return tokens[end - 1].end()


def _adjective(word: str) -> bool:
    return "ADJ" in parts_of_speech(word)


def _object(
    statement: Statement, pools: Pools, uses: dict[tuple[str, str], set[str]]
) -> Candidate | None:
    if not _askable(statement):
        return None
    parts = _cut(statement.action.text)
    if parts is None or not _good_object(parts.object, pools) or _continues(parts.after):
        return None
    if statement.kind == "fact" and not (statement.subject and pools.acts(statement.subject.text)):
        return None  # "Altering the timing ... effects": a misread, or no one acting
    if statement.subject and any(
        w.isdigit() or w.lower() in NUMBER_WORDS for w in words(statement.subject.text)
    ):
        return None  # "Two TSC members must approve ...": asked as a figure
    if _generic(parts.object, pools.text):
        return None
    if len(uses.get(_use_key(statement, parts), set())) > 1:
        return None  # the same agent does the same to something else too
    subject = statement.subject.text if statement.subject else "you"
    if subject.lower() == "we" and statement.kind == "fact":
        return None  # the speaker's story, not a rule
    who = "you" if subject.lower() in ("we", "you") else in_sentence(subject)
    if statement.verb:
        form = inverted(statement.verb, who)
        if form is None:
            return None
        auxiliary, rest = form
        verb_group = f"{rest} {parts.before}"
    else:
        lemma = verb_lemma(parts.verb)
        if lemma is None or parts.verb.lower() not in (lemma, _s_form(lemma)):
            return None
        auxiliary = "does" if parts.verb.lower() != lemma else "do"
        verb_group = re.sub(rf"\b{re.escape(parts.verb)}\b", lemma, parts.before, count=1)
    prompt = addressed(
        question(
            lead_of(statement), "what", auxiliary, who, verb_group, parts.after, tail_of(statement)
        )
    )
    answer = re.sub(r"^(?:the|a|an)\s+", "", parts.object, flags=re.IGNORECASE)
    answer = addressed(answer)
    own = _own_words(prompt)
    if word_count(prompt) > MAX_PROMPT_WORDS or mentions(own) or _DEMONSTRATIVE.search(own):
        return None
    said = content_words(answer)
    if content_words(_head(answer)) & content_words(prompt) or (
        2 * len(said & content_words(prompt)) >= len(said)
    ):
        return None  # "What must the commit message conform to?": the answer half given
    return Candidate(
        kind="short",
        family="object",
        stem=short_slug(f"what {parts.verb} {answer}"),
        fact=f"object:{fold(answer)}:{fold(parts.verb)}",
        prompt=prompt,
        right=_accepted(answer, pools.text),
        wrong=(),
        quote=statement.quote,
        highlight=statement.action.span,
        section=statement.section.title,
        tags=(short_slug(statement.section.title), "rules"),
        explanation=joined(addressed(capitalise(restate(statement))), statement.followup),
        anchor=statement.block.start,
        score=3.05,  # below a "who" or "to whom" of the same sentence
    )


def _s_form(lemma: str) -> str:
    return inflect(lemma, "VBZ").lower()


def _own_words(prompt: str) -> str:
    return re.sub(r'"[^"]*"', "", prompt)


def _good_object(phrase: str, pools: Pools) -> bool:
    tokens = words(phrase)
    bare = [t for t in tokens if t.lower() not in ("the", "a", "an")]
    if not bare or len(bare) > MAX_ANSWER_WORDS or len(tokens) > MAX_OBJECT_WORDS:
        return False
    if (
        re.match(r"(?:no|following|other|all other|any other)\b", phrase, re.IGNORECASE)
        or "following" in phrase.lower()
    ):
        return False
    if _PRONOUNS.search(phrase) or any(t.isdigit() or t.lower() in NUMBER_WORDS for t in tokens):
        return False
    if len(bare) > 1 and _adjective(bare[-1]) and is_noun(bare[-2]) and not is_noun(bare[-1]):
        return False  # "consider the commit final": an object and what it is to be
    head = _head(phrase).lower()
    if not head or head in _VAGUE_HEADS or head in FUNCTION_WORDS:
        return False
    if not (is_noun(head) or not parts_of_speech(head) or phrase.rstrip().endswith(('"', "”"))):
        return False
    return not pools.acts(phrase)  # a person or a body is asked by "who" and "to whom"


def _continues(after: str) -> bool:
    """Whether the object is one of several ("a laptop, a headset and ..."), or a second verb
    follows it ("the project and clone your fork"): the question would splice them."""
    return bool(re.match(r"\s*(?:,|and\b|or\b|nor\b)", after)) or bool(
        re.search(r",\s|\band\s+\w+", after) and re.search(r"\b(?:and|or)\s+[a-z]+\b", after)
    )


# A one-word answer the document uses this often is one of its everyday words ("label",
# "comment"), not the thing a rule names.
MAX_USES_OF_ONE_WORD = 3


def _generic(phrase: str, text: str) -> bool:
    bare = [t for t in words(phrase) if t.lower() not in ("the", "a", "an")]
    if len(bare) != 1:
        return False
    head = re.escape(bare[0].rstrip("s"))
    return len(re.findall(rf"\b{head}s?\b", text, re.IGNORECASE)) > MAX_USES_OF_ONE_WORD


def _head(phrase: str) -> str:
    """The object's head noun: its last word before an "of" phrase."""
    tokens = [t for t in words(phrase.split(" of ")[0]) if t.lower() not in FUNCTION_WORDS]
    return tokens[-1] if tokens else ""


def _accepted(answer: str, text: str) -> tuple[str, ...]:
    """The object as written (articles are read past in grading), and the shorter names a
    trainee would type where the document uses them for nothing else: its last words
    ("energy sheet" for "machine's energy sheet"), or what comes before its "of" ("energy
    sheet" for "energy sheet of the machine")."""
    accepted = [answer]
    head, of, _ = answer.partition(" of ")
    if of:
        if _only_in(head, answer, text):
            accepted.append(head)
        return tuple(accepted)
    tokens = answer.split(" ")
    for size in range(len(tokens) - 1, 1, -1):
        shorter = " ".join(tokens[-size:])
        if not _only_in(shorter, answer, text):
            break
        accepted.append(shorter)
    return tuple(accepted)


def _only_in(shorter: str, answer: str, text: str) -> bool:
    """Whether every time the document says `shorter`, it is inside `answer`."""
    pattern = rf"\b{re.escape(shorter)}\b"
    return len(re.findall(pattern, text, re.IGNORECASE)) == len(
        re.findall(rf"\b{re.escape(answer)}\b", text, re.IGNORECASE)
    )
