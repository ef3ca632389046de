"""The statements a trainer would test, read out of a document's sentences.

A trainer looks for what a trainee must know and do: duties ("must", "shall", "is required
to"), prohibitions ("must not", "never"), permissions, what something is ("X is the Y of Z",
"X means Y"), and the conditions, deadlines and reasons attached to them ("if ...", "within
5 days", "so that ..."). Each is found here by the words English uses for it, and split into
the parts a question can ask for: who, what, when, why. Sentences a trainee could not read
on their own (code, links, pronouns pointing back, examples) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Literal

from quizapp.generate.agents import is_agent
from quizapp.generate.grammar import restate
from quizapp.generate.lexicon import (
    FUNCTION_WORDS,
    inflect,
    is_base_verb,
    is_gerund,
    is_noun,
    is_only_a_verb,
    misspelt,
    parts_of_speech,
    singular,
    slashes_as_or,
    verb_lemma,
)
from quizapp.generate.plain import Plain, plain, visible
from quizapp.generate.purposes import purpose_of
from quizapp.generate.sentences import Sentence
from quizapp.generate.structure import PART_NUMBER, Block, Document, Section, heading_text
from quizapp.generate.text import (
    COUNT_WORDS,
    OPEN_ENDINGS,
    capitalise,
    content_words,
    fold,
    word_count,
    words,
)

StatementKind = Literal["duty", "prohibition", "permission", "fact", "identity", "definition"]
ClauseKind = Literal["condition", "time", "purpose", "reason", "manner"]


@dataclass(frozen=True)
class Phrase:
    """Words of the source as shown (`text`) and where they stand in it (`span`)."""

    text: str
    span: tuple[int, int]


@dataclass(frozen=True)
class Clause:
    kind: ClauseKind
    phrase: Phrase  # the whole clause, its opening word included ("if the ...", "so that ...")


@dataclass(frozen=True)
class Statement:
    """One sentence read as "[lead,] subject verb action [tail]".

    `verb` is the verb group as written ("must", "are required to", "approves"); `action` is
    what follows it, without the trailing clause. A sentence with no subject of its own (an
    order, "Report every fault") has `subject` None.
    """

    kind: StatementKind
    sentence: Sentence
    block: Block
    section: Section
    subject: Phrase | None
    verb: str
    action: Phrase
    lead: Clause | None = None
    tail: Clause | None = None
    qualified: bool = False  # the next sentence makes an exception to this one
    followup: str = ""  # the next sentence, where it gives a reason or a consequence

    clause: tuple[int, int] = (0, 0)  # where the clause the statement was read from stands
    resolved: bool = False  # its subject was a pronoun, read from the sentence before

    @property
    def asked_tail(self) -> str:
        """The trailing clause as a question asks it: without the purpose that may close it
        ("when you take holidays with a reasonable notice | to help with project planning"),
        which the explanation gives, and which would leave it nothing to say."""
        if self.tail is None:
            return ""
        text = self.tail.phrase.text
        aim = None if self.tail.kind in ("purpose", "reason") else purpose_tail(text, 1)
        return text[: aim.start()].rstrip(" ,") if aim else text

    @property
    def quote(self) -> tuple[int, int]:
        if self.resolved:
            return self.sentence.start, self.sentence.end
        return quote_span(self.sentence, self.clause)


def quote_span(sentence: Sentence, clause: tuple[int, int]) -> tuple[int, int]:
    """The passage that proves a question on a clause: its sentence, unless the sentence runs
    so long (the speech strings clauses with semicolons) that the clause alone is the proof."""
    if word_count(sentence.text) <= MAX_QUOTE_WORDS:
        return sentence.start, sentence.end
    return clause


# Verb groups, longest first; the group decides the kind of statement.
_MODALS: tuple[tuple[str, StatementKind], ...] = (
    (r"(?:is|are) not (?:allowed|permitted) to", "prohibition"),
    (r"(?:is|are) (?:prohibited|forbidden|barred) from", "prohibition"),
    # "should not only pay attention to A, but also B" asks for both: not a prohibition
    # "Frogs should also NOT take more than 5 consecutive days": "also" between the two
    (r"(?:must|shall|should|may)(?: also| still)? (?:not(?! only\b)|never)", "prohibition"),
    (r"(?:cannot|can not|can't|mustn't|shouldn't)", "prohibition"),
    (r"(?:will not|won't|will never)", "fact"),
    (r"(?:is|are) (?:required|expected|obliged|obligated|supposed) to", "duty"),
    (r"(?:is|are) (?:responsible|accountable) for", "duty"),
    (r"(?:does|do) not (?:need|have) to|(?:need|needs) not", "permission"),
    (r"(?:has|have|need|needs) to", "duty"),
    (r"(?:must|shall|should|ought to)", "duty"),
    (r"(?:is|are) (?:allowed|permitted|entitled|encouraged|invited|welcome) to", "permission"),
    (r"(?:may|can)", "permission"),
    (r"will|['’]ll", "fact"),
    (r"never", "prohibition"),
)
_MODAL = re.compile(
    r"\b(?P<modal>" + "|".join(f"(?:{pattern})" for pattern, _ in _MODALS) + r")\b",
    re.IGNORECASE,
)
_MODAL_KINDS = tuple((re.compile(p + "$", re.IGNORECASE), k) for p, k in _MODALS)

_LEADS: tuple[tuple[str, ClauseKind], ...] = (
    (
        r"if|unless|where|wherever|in case|in case of|in the case of|in the event of|"
        r"in the event that|in the case that|in cases where|"
        r"provided that|as long as|even if|even though|although|though|"
        # "Should The Polytechnic’s website be self-hosted, the technology director shall
        # ...": a case said by its verb first (round 197's judge: the question had dropped it)
        r"should",
        "condition",
    ),
    (
        r"when|whenever|before|after|once|until|within|during|as soon as|while|"
        # "Three days before the election, ...": a span counted back or on from an event
        rf"(?:\d{{1,3}}|{COUNT_WORDS})\s+"
        r"(?:business\s+|working\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)"
        r"(?:\s+or\s+(?:more|less))?\s+(?:before|after|prior\s+to)",
        "time",
    ),
    (r"in order to|so as to|to", "purpose"),
    (r"because|since", "reason"),
    (
        r"for|in|on|at|under|according to|by|with|without|throughout|as|each|every|"
        r"at least once|from",
        "manner",
    ),
)
# A condition may go on past a comma with "or"/"and" and a verb of the same subject ("If you
# believe that someone is violating the code, or have any other concerns, please ...").
_LEAD = re.compile(
    r"^(?P<word>" + "|".join(p for p, _ in _LEADS) + r")\b(?P<body>(?:[^,;:]|(?<=\d),(?=\d{3}))"
    r"{3,160}"
    r"(?:,\s+(?:or|and)\s+(?:have|are|is|need|want|do|feel|see|think)\b[^,;:]{3,80})?),\s+(?=\S)",
    re.IGNORECASE,
)
# The modal of a duty the reader is given, said as a case's end is looked for.
_DUTY_MODAL = r"(?:must|should|shall|need to|have to|are required to)"
# "If you wish to board from the water you should ask ...": a case written without its comma,
# which ends where the reader comes back as the subject of a duty. Only a pronoun marks that end
# for sure; a noun there could as well be the case's own ("If the chair is absent the ...").
_UNPUNCTUATED_LEAD = re.compile(
    r"^(?P<word>if|unless|when|whenever|once|before|after|as soon as|for|during|within|"
    rf"in the event of|in case of)\b[^,;:]{{3,160}}?(?=\s+(?:you|we|they)\s+{_DUTY_MODAL}\b)",
    re.IGNORECASE,
)
# Where the first comma of such a sentence falls inside its rule: after its modal ("you must,
# in the first instance, inform ..."), or before a clause of the rule's own ("..., unless
# ..."); after "If you feel you should be a key holder, please contact ..." the rule follows.
_ENDS_ON_A_DUTY = re.compile(rf"\b{_DUTY_MODAL},?\s*$", re.IGNORECASE)
_TAIL_OPENING = re.compile(r"(?:unless|except|so|because|as|which|who|and|or|but|if)\b", re.I)
# Openings a statement can lose without losing its meaning.
_ADVERBIAL = re.compile(
    r"^(?:(?:our|the)\s+(?:experience|rule|policy|principle|practice|expectation)\s+is\s+that\s+)|"
    r"^(?:normally|typically|usually|generally|generally speaking|broadly speaking|in general|"
    r"in principle|in practice|"
    r"in addition|additionally|also|however|therefore|thus|hence|finally|furthermore|"
    r"similarly|likewise|"
    r"moreover|otherwise|at all times|as a rule|in particular|above all|specifically|"
    r"sometimes|often|occasionally|ideally|usually|always|still|then|now|today|"
    r"in the new period|in concrete work|(?:first|second|third|fourth|fifth)(?:ly)?|"
    r"at this time|at the moment|at present|for now|currently)"
    r"\s*,\s+|^(?:please\s+)?note that\s+|^please\s+"
    # a hedge without its comma before the subject: "Normally an appeal meeting will be ..."
    r"|^(?:normally|usually|typically|generally)\s+(?=(?:a|an|the|all|any|each|every|your|our)\s)",
    re.IGNORECASE,
)
# What "so" opens a purpose with, when "that" is left out: "so the planning may occur".
_SO_SUBJECT = r"(?:the|everyone|everybody|all|our|your|their|we|you|they|people|members)\b"
_TAILS: tuple[tuple[str, ClauseKind], ...] = (
    # after the rule, "in case" is a precaution ("keep the bottles in a bin in case of
    # spills"); before it, a case ("In case of fire, ...")
    (
        r"in order to|so as to|so that|to ensure|to make sure|to avoid|to prevent|in case|"
        # "... set 1 year in advance so the appropriate planning may occur"
        rf"so(?=\s+{_SO_SUBJECT})",
        "purpose",
    ),
    (r"because|since|as this|given that", "reason"),
    (r"if|unless|provided that|as long as|where", "condition"),
    # not "once a month": a rhythm, which the rule's own words keep
    (
        r"before|after|within|until|by the time|no later than|once(?!\s+(?:a|an|per|every|each)\b)|"
        r"when|whenever|as soon as",
        "time",
    ),
)
_TAIL = re.compile(
    # not after a preposition, whose object the clause is: "Give my perspective on where the
    # lab is going" (round 175's lab manual), "advice about when to apply"
    r"(?:,\s*|(?<!\bon)(?<!\babout)(?<!\bover)(?<!\binto)\s+)"
    r"(?P<word>" + "|".join(p for p, _ in _TAILS) + r")\b(?=\s+\S)",
    re.IGNORECASE,
)
# A relative clause after a comma comments on what came before; an action stops there.
# So does one opened by what it says of them: ", the schedule of which will be decided by ...".
_COMMENT = re.compile(
    r",\s+(?:(?:the|each|all|some|none|any)\s+(?:\w+\s+)?of\s+)?(?:who|whom|which|whose|where)\b"
)
_CLAUSE_KINDS = tuple((re.compile(f"^(?:{p})$", re.IGNORECASE), k) for p, k in (*_LEADS, *_TAILS))
# A clause after the rule is read by the tails' kinds first: "in case" is a precaution there.
_TAIL_KINDS = (
    *((re.compile(f"^(?:{p})$", re.IGNORECASE), k) for p, k in (*_TAILS, *_LEADS)),
    (re.compile("^so$", re.IGNORECASE), "purpose"),  # its pattern looks past the word
)

# "X is the Y of Z"; not "X is the same as Y", which compares X with what the reader already
# knows ("The quorum is the same as for a General Resolution") and says nothing of it alone.
_IDENTITY = re.compile(
    r"\s(?P<verb>is|are)\s+(?P<det>the|a|an|one of the)\s(?!(?:same|opposite)\b)", re.IGNORECASE
)
_DEFINITION = re.compile(
    r"\s(?P<verb>means|shall mean|refers to|shall refer to|is defined as|are defined as|"
    r"stands for|is called|are called)\s",
    re.IGNORECASE,
)

# Words that make a sentence unreadable on its own: an opening that points back, or a
# phrase that sends the reader elsewhere.
# "those", unless a relative clause says whom ("Those who graduated within the last 12 months
# ..."), which then points nowhere back.
_THOSE = r"those(?!\s+(?:who|whom|whose)\b)"
# A document named by its kind, with its subject or not: "this governance document", "this
# leave policy", "these bylaws".
NAMED_ITSELF = (
    r"(?:\w+[- ])?(?:document|policy|constitution|by-?laws|charter|handbook|manual|agreement)\b"
)
# What a document calls itself: "This constitution may be amended ...", "These bylaws ...",
# "This policy applies to ...": the text the trainee studies, no thing said before.
_ITSELF = (
    rf"(?:{NAMED_ITSELF}|(?:memo|policies|guide|code|procedure|licen[cs]e|section|process|"
    r"project|standard|rules?|guidelines?|regulations?|plan|programme|program|speech|"
    r"statutes)\b)"
)
_OPENS_BACK = re.compile(
    rf"^\W*(?:(?:this|these)(?!\s+{_ITSELF})|that|{_THOSE}|such|it|its|they|them|their|"
    r"he|she|his|her|here|"
    r"which|what|who|there(?!\s+(?:is|are|will be|must be|shall be|should be|may be|can be)\b)|"
    r"the\s+(?:new|other|remaining|same|rest)"  # "The new member will serve ...": which one
    # "The decision will be confirmed in writing ...": a decision the sentence before names
    # (round 189's disciplinary procedure), unless this one says whose
    r"|the\s+(?:decision|outcome|result|verdict|ruling|findings)(?!\s+(?:of|on|to|about|"
    r"for|by|whether)\b))"
    r"\b",
    re.IGNORECASE,
)
_SENDS_ELSEWHERE = re.compile(
    r"\b(?:the above|the following(?=\s*[,.;:]|\s*$)|as follows|"
    r"see below|see above|for example|for instance|e\.g\.|afore-?mentioned|the former|the latter|"
    r"said|(?:after|before|from|like|than|besides|beyond) that(?=\s*[,.;:]|\s*$)|"
    r"(?:described|mentioned|listed|outlined|shown|explained|given|defined) (?:above|below)|"
    r"in other words|either way|in either case|in both cases|all other|all the other|"
    r"(?:do|does|did) that)\b",
    re.IGNORECASE,
)
# "this", "these", "those" point back, unless they name the document itself ("this policy").
_DEMONSTRATIVE = re.compile(
    rf"\b(?:this|these|{_THOSE})\b(?!\s+{_ITSELF})"
    # "a reconsideration of that decision": "that" as a determiner after a preposition, not
    # the conjunction ("so that", "ensure that")
    r"|\b(?:of|for|on|about|against|to)\s+that\s+(?:decision|ruling|vote|case|request|meeting|"
    r"incident|period|date|time|rule|policy|matter|report|complaint|event|team|member|person|"
    r"officer|player|trade|process)\b",
    re.IGNORECASE,
)
# In a lead, a pronoun points outside the sentence ("When they arrive", "If this fails"), as
# "still" and "again" do ("If agreement still cannot be reached": after what was tried), and
# a short lead may stand for a whole earlier sentence ("If not", "If in doubt").
# "above" and "below" point back only as places in the text ("If any of the above applies"),
# not as bounds ("If the speed falls below 4 knots").
_BACK_REFERENCE = re.compile(
    r"\b(?:it|its|this|these|those|such|said|former|latter|afore-?mentioned|they|"
    r"them|still|again|here|however|(?:the|as)\s+(?:above|below)|"
    # "If the problem persists, ...": a trouble the sentences before describe (round 151)
    r"persists?|continues|recurs|is\s+repeated|"
    # "If voting conditions are met, ...": conditions the sentences before set (round 161)
    r"conditions\s+(?:are|have\s+been)\s+(?:met|satisfied|fulfilled)|"
    # "In the case that the vote fails, ...": which vote, the sentences before say (round 163)
    r"the\s+(?:vote|motion|proposal|nomination|request)\s+(?:fails|is\s+(?:rejected|defeated|"
    r"lost|tied|refused))|"
    r"(?:above|below)(?=\s*[,.;:)]|\s*$))\b",
    re.IGNORECASE,
)
_ELLIPTIC = re.compile(r"\b(?:so|not|doubt|doing|otherwise)\b", re.IGNORECASE)


def leans_back(lead: str) -> bool:
    """ "If after that, ...", "If agreement still cannot be reached, ...": a case that is
    only one after what an earlier sentence says."""
    return (
        bool(_BACK_REFERENCE.search(lead))
        or _SENDS_ELSEWHERE.search(lead) is not None
        or (word_count(lead) <= 3 and _ELLIPTIC.search(lead) is not None)
    )


def points_back(text: str) -> bool:
    """Whether a clause leans on what came before it: it opens with a pronoun, it says "this
    rule" of a rule it does not state, or it sends the reader to another place."""
    return bool(
        _OPENS_BACK.match(text)
        or _SENDS_ELSEWHERE.search(text)
        or any(not named_before(text, match) for match in _DEMONSTRATIVE.finditer(text))
        or _BARE_EXCEPTION.fullmatch(text)
    )


_DEMONSTRATIVE_NOUN = re.compile(
    r"\W*(?:this|these|those)\s+(?:of\s+)?(?P<noun>[a-z]{3,})\b", re.IGNORECASE
)


def named_before(text: str, demonstrative: re.Match[str]) -> bool:
    """Whether "these days" names what the clause itself has named before: "on-site three
    days per week, with two of these days being Tuesdays" (round 189's lab handbook)."""
    found = _DEMONSTRATIVE_NOUN.match(text, demonstrative.start())
    if found is None:
        return False
    said = found.group("noun").lower()
    before = {word.lower() for word in words(text[: demonstrative.start()])}
    return said in before or said.rstrip("s") in before or f"{said}s" in before


# "Any exceptions should be approved by your manager": exceptions to the rule before, which
# the question would not name (round 167's judge: "exceptions to what?").
_BARE_EXCEPTION = re.compile(
    r"\W*(?:any|all|the|such)?\s*(?:exceptions?|deviations?|variations?|exemptions?)\W*",
    re.IGNORECASE,
)


# Openings that make a clause a story, not a fact a figure can be asked of ("most requests
# are answered within 6 months" is such a fact; "some secretaries lend money" is not).
_ANECDOTE = re.compile(r"^(?:some|several|a few|certain|another|i|my)\b", re.IGNORECASE)
# "Early in 1992, two skiers perished ...", "In January 1994 we rescued ...": a story told by
# its date, whose figures are trivia (round 68's judge).
_DATED_STORY = re.compile(
    r"^(?:(?:early|late)\s+)?in\s+(?:(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# Openings of a subject that make a statement an anecdote, not a rule.
_NOT_GENERAL = re.compile(
    r"^(?:some|many|most|several|few|a few|certain|another|one of|i|my|our)\b", re.IGNORECASE
)
_ANAPHORIC_SUBJECT = re.compile(
    r"^(?:this|that|these|those|it|they|he|she|i|one|both|either|neither|each|some|"
    r"many|most|all|none|other|others|such|there|here)$",
    re.IGNORECASE,
)
# A file name is in lower case: "Node.js" and "Vue.js" are names of products, read as words.
_TECHNICAL = re.compile(
    r"https?:|www\.|\S+@\S+\.\w|(?:^|\s)[~.]?/[\w.-]+/|\w/\w+/|(?-i:\b[a-z_][\w-]*\.)(?:py|js|mjs|cc|"
    r"md|txt|json|ya?ml|sh|toml|cfg|ini|exe|html?)\b|(?:^|\s)@\w|(?:^|\s)--?\w|\{|\}|=>|::|\$\(|\w\(\)|"
    r"\|\||&&|\bTODO\b|\bFIXME\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CODE_SPAN = re.compile(r"`([^`\n]*)`")
_NAME_IN_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9 -]{0,40}(?:/[A-Za-z0-9.-]+)?$")
_AUXILIARY_WORDS = frozenset(
    {"do", "does", "did", "is", "are", "was", "were", "can", "must", "will", "should", "may"}
)
MIN_WORDS = 6
MIN_RULE_BEFORE_COLON = 10
MAX_WORDS = 90  # in a clause
MAX_SENTENCE_WORDS = 160
MAX_QUOTE_WORDS = 60


def readable_sentences(document: Document) -> Iterator[tuple[Sentence, Plain, Block, Section]]:
    """Sentences a trainee could read on their own: prose, no code or links, not a question,
    not an example, opening with a capital or a figure."""
    for block in document.blocks:
        if block.section is None or block.kind not in ("paragraph", "item"):
            continue
        if block.sentences and _WORKED_EXAMPLE.match(visible(block.sentences[0].text)):
            continue  # "For example, an employee buys a $600 desk. ... it is valued at $400."
        for sentence in block.sentences:
            shown = plain(document.text, sentence.start, sentence.end)
            raw = document.text[sentence.start : sentence.end]
            if is_readable(raw, shown.text, most=MAX_SENTENCE_WORDS):
                yield sentence, shown, block, block.section


# A paragraph that opens as an example works one case through: its figures are the case's,
# not rules a trainee learns.
_WORKED_EXAMPLE = re.compile(
    r"^\W*(?:for example|for instance|as an example|example|e\.g\.|suppose|imagine|say)\b",
    re.IGNORECASE,
)


def _half_an_aside(shown: str) -> bool:
    """Whether a sentence is one of several inside brackets, which it opens or closes alone:
    "(People who are members of both committees ... one or the other." and "Therefore, any
    request will always require at least four approvals.)." (round 195's judge). Not "a)
    Members must ...", whose bracket labels it."""
    depth = 0
    for character in _BRACKET_LABEL.sub("", shown):
        depth += {"(": 1, ")": -1}.get(character, 0)
        if depth < 0:
            return True
    return depth > 0


_BRACKET_LABEL = re.compile(r"^\(?\w{1,3}\)\s")


def is_readable(raw: str, shown: str, *, least: int = MIN_WORDS, most: int = MAX_WORDS) -> bool:
    """`raw` is the source of the sentence, `shown` what a reader sees of it: a link's target
    is not read, but code in backticks is."""
    count = word_count(shown)
    if not least <= count <= most or _TECHNICAL.search(slashes_as_or(shown)):
        return False
    if any(not _NAME_IN_CODE.match(span) for span in _CODE_SPAN.findall(raw)):
        return False  # code in backticks; a label or a name in backticks ("`never-stale`") reads
    if shown.endswith("?") or (not shown[:1].isalnum() and shown[:1] not in "\"“'‘("):
        return False
    if _half_an_aside(shown):
        return False
    # "Collaborators have:" announces a list and says nothing alone; a whole rule before a
    # colon ("..., the following comment will be added to the issue:") does.
    return not shown.rstrip().endswith(":") or count >= MIN_RULE_BEFORE_COLON


@dataclass(frozen=True)
class Unit:
    """One clause of a readable sentence, and the statement it makes if it makes one."""

    clause: Plain
    sentence: Sentence
    block: Block
    section: Section
    statement: Statement | None
    qualified: bool  # the next sentence makes an exception to this one
    followup: str  # the next sentence, where it gives a reason or a consequence
    context: str  # the nearest heading, naming what the clause is about ("" if none says)
    leadin: Sentence | None = None  # for a list item, the sentence that announces the list


# An opening clause of time, condition or reason: what follows it is not its subject.
SUBORDINATE_OPENING = re.compile(
    r"^(?:once|when|if|after|before|as|while|since|because)\b", re.IGNORECASE
)
ORDINAL_OPENING = re.compile(
    r"^(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?,?|"
    # "2.5 Retention of Records": a clause number (round 97's judge)
    # "B. Sick Leaves": a lettered part (round 113's judge read the letter as left over)
    # "D) Practical rules": a lettered part, which in a quiz reads as choice D (round 143's judge)
    r"(?:part|chapter|section|step)\s+\w+[.:]?|[IVX]+\.|[a-z]\.|\(?[A-Za-z]\)|\d+(?:\.\d+)+[.)]?|"
    r"\d+[.)])\s+",
    re.IGNORECASE,
)


# Headings that name no topic a question could be set under.
_GENERIC_HEADING = re.compile(
    r"^(?:frequently asked questions|faqs?|introduction|overview|summary|background|notes?|"
    r"general|miscellaneous|other|details|more information|see also)\W*$",
    re.IGNORECASE,
)
# A heading that names a part only as the part of the one above it: "8.1.1 Process" under
# "8.1 Amendments" is the process of amending (round 149's judge read "Process —" as stray).
_PART_OF_ABOVE = re.compile(
    r"^(?:process(?:es)?|procedures?|steps|rules|requirements|definitions?|scope|purpose|"
    r"general provisions)\W*$",
    re.IGNORECASE,
)
# A heading that states a rule ("A. Safety goggles must be worn at all times.").
_RULE_HEADING = re.compile(r"\b(?:must|shall|should|may not|must not|is not|are not)\s+\w+", re.I)
# A heading that only numbers its part: "Section 4", "Article IV", "Clause 3.1", or letters it:
# "SECTION B" (round 167's judge read "Section b —" as stray).
_NUMBER_ONLY = re.compile(
    rf"(?:{PART_NUMBER}|(?:section|article|part|clause|schedule|appendix|annex)\s+[a-z])\W*",
    re.IGNORECASE,
)


def headings_before(document: Document) -> dict[int, str]:
    """Per block start, the nearest heading above it that names a topic, without a numbering
    ("Second, the steps of a lockout" -> "The steps of a lockout") and not shouted ("EXPENSE
    REVIEW" -> "Expense review"); "Frequently asked questions" names none. A heading under a
    place's heading keeps the place as its scope: "Pension" under "UK" reads "Pension (UK)",
    since a figure for the UK pension is not one for every pension."""
    nearest: dict[int, str] = {}
    current = ""
    number: re.Match[str] | None = None  # the last heading's clause number, if it has one
    places: dict[int, str] = {}  # per heading level, the place it names, if any
    topics: dict[int, str] = {}  # per heading level, its topic
    above = 0  # the level of the last heading, whose first part a heading may be
    for block in document.blocks:
        if block.kind == "heading":
            first_part, above = block.level > above, block.level
            raw = heading_text(document.text[block.start : block.end]).strip()
            places = {level: p for level, p in places.items() if level < block.level and p}
            place = places[max(places)] if places else ""
            # not a heading whose unknown word is a slip ("Community Aproval", round 183)
            places[block.level] = raw if _is_place(raw) and not misspelt(raw, document.text) else ""
            topics = {level: t for level, t in topics.items() if level < block.level}
            topic = _topic(document, raw)
            if not topic and _NUMBER_ONLY.fullmatch(raw) and topics:
                topic = topics[max(topics)]  # "Section 4" under "Article V - Officers": the
                # article's topic (round 66's judge: "Section 4 —" meant nothing)
            elif _PART_OF_ABOVE.match(topic) and first_part and topics and topics[max(topics)]:
                topic = topics[max(topics)]  # "Process" first under "Amendments": amending it
                # is; not a "Procedure" after other parts, which a sloppy level may put under
                # a heading it is not part of
            topics[block.level] = topic
            current = f"{topic} ({place})" if topic and place else topic
            number = _CLAUSE_NUMBER.match(document.text[block.start : block.end])
        elif block.kind == "item" and (label := _item_name(document.text, block.start)):
            # "* Finance Committee: to consist of four members ... Members shall be appointed
            # for a term of two years": the item's own name says whose members (round 67's
            # judge read "Standing Committees —" as the rule for every committee)
            named = label.group("name")
            nearest[block.start] = (
                current if named.lower() in _ASIDES else _topic(document, named) or current
            )
        else:
            nearest[block.start] = "" if _numbered_apart(document, block, number) else current
    return nearest


# A clause's own number at its start: "5.5. Cast Council", "6.3. The Directors ...".
_CLAUSE_NUMBER = re.compile(r"\W*(?P<number>\d+(?:\.\d+)+)\.?\s")


def _numbered_apart(document: Document, block: Block, heading: re.Match[str] | None) -> bool:
    """Whether a paragraph numbers itself outside the clause its heading numbers: "5.6.
    Vacancies ..." or "6.3. The Directors ..." under "5.5. Cast Council", a heading the
    bylaws gave one clause, not what the clauses after it are about (round 185's judge)."""
    line = document.text.rfind("\n", 0, block.start) + 1  # the number may be its marker
    own = _CLAUSE_NUMBER.match(document.text, line)
    if heading is None or own is None:
        return False
    mine, its = own.group("number"), heading.group("number")
    # not a list's "6." under "2.5 Result scoring", which numbers its items afresh
    return "." in mine and not mine.startswith(its + ".")


# Labels that mark an aside, not what an item is about: "Tip: Fill one of the trays ...".
_ASIDES = frozenset(
    {"tip", "note", "hint", "warning", "caution", "important", "example", "reminder", "nb"}
)
# A list item that opens by naming what it is about, each word capitalised: "Finance
# Committee: to consist of ...", "**Technical Committee**: responsible for ...".
_ITEM_NAME = re.compile(
    r"\W*(?P<name>[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’-]*){0,3})\W{0,2}:\s"
)
# Or as a group of people, in sentence case: "PhD students: minimum of 40 hours per week"
# (round 113's judge: the hours were asked as everyone's).
_ITEM_GROUP = re.compile(r"\W*(?P<name>[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,2})\W{0,2}:\s")


def _item_name(text: str, start: int) -> re.Match[str] | None:
    """The name a list item opens with, if it names what the item is about."""
    named = _ITEM_NAME.match(text, start)
    if named is not None:
        return named
    group = _ITEM_GROUP.match(text, start)
    name = group.group("name") if group else ""
    if not is_agent(name) or _MODAL.search(name) or any(map(is_only_a_verb, words(name))):
        return None  # "Members must:", "Note that:", "Members include:": a sentence's start
    return group


def _is_place(heading: str) -> bool:
    """ "UK", "US", "Germany", "New Zealand": one or two capitalised words, one of them a name
    the lexicon does not have or a short abbreviation, as a section about one country or
    office is headed ("Other Countries" and "Perks" are common words)."""
    tokens = heading.split()
    return (
        1 <= len(tokens) <= 2
        and all(t[:1].isupper() and t.isalpha() for t in tokens)
        and any(re.fullmatch(r"[A-Z]{2,4}", t) or not parts_of_speech(t) for t in tokens)
    )


# A clause number run into its heading: "11.MEETINGS", "8.1.The Code of Conduct Team", "3
# Membership"; not "24 Hour Notice", whose number counts what follows it.
_RUN_IN_NUMBER = re.compile(
    r"^\d{1,2}(?:\.\d{1,2})*(?:\.\s*|\s+(?!(?i:second|minute|hour|day|week|month|year|time|"
    r"percent|member|person|people)s?\b))(?=[A-Za-z])"
)

# A part's Roman number, as shouting lowered it: "article iv: officers" (round 121's judge).
_PART_NUMERAL = re.compile(r"(?<=\b(?:article|section|chapter) )[ivx]{1,5}\b")
# A name's letters after it, as shouting lowered them: "annual general meeting (agm)".
_LETTERS_IN_BRACKETS = re.compile(r"\([a-z]{2,6}\)")


def _topic(document: Document, heading: str) -> str:
    topic = _RUN_IN_NUMBER.sub("", ORDINAL_OPENING.sub("", heading))
    if topic.startswith("(") and topic.endswith(")"):
        topic = topic[1:-1].strip()  # "(Processes)": the heading's words, not a bracket
    if topic.isupper() and (word_count(topic) > 1 or parts_of_speech(topic)):
        # "EXPENSE REVIEW" is shouted; "TSC" is a name, and so is the "(AGM)" after one
        topic = _LETTERS_IN_BRACKETS.sub(lambda m: m.group(0).upper(), topic.lower())
        topic = _PART_NUMERAL.sub(lambda m: m.group(0).upper(), topic)  # "Article IV"
    topic = topic[:1].upper() + topic[1:]
    if (
        points_back(topic)
        or word_count(topic) > 8
        or topic == document.title
        or _GENERIC_HEADING.match(topic)
        or _NUMBER_ONLY.fullmatch(topic)
        or (topic.split() or [""])[-1].lower() in OPEN_ENDINGS
        or topic.endswith("?")  # "Can I apply online?": a question its section answers, which
        # read before another question asks it instead (round 117's judge)
        or misspelt(topic, document.text)  # "Article IV: Offiers" (round 167's judge)
        or _RULE_HEADING.search(topic)  # "A. Safety goggles must be worn at all times.": a
        # rule, not what the rules under it are about (round 169's lab regulations)
    ):
        return ""  # "Before taking planned leave, be sure to": the start of its items' sentence
    return topic


def leadins(document: Document) -> dict[int, Sentence]:
    """Per list item, the sentence that announces its list ("The following four groups of
    staff may ask for remote days:"), which a fragment of an item needs to be read: a
    paragraph's, or an item's for the items indented under it ("1. The Constitution may be
    amended by:" over "1. Resolution ... passed by two-thirds Majority Vote ...")."""
    found: dict[int, Sentence] = {}
    announcing: list[tuple[int, Sentence]] = []  # (indent of the announcer, its sentence)
    for block in document.blocks:
        last = block.sentences[-1] if block.sentences else None
        announces = last is not None and last.text.rstrip().endswith(":")
        if block.kind == "paragraph":
            announcing = [(-1, last)] if last is not None and announces else []
        elif block.kind == "item":
            while announcing and announcing[-1][0] >= block.indent:
                announcing.pop()
            if announcing:
                found[block.start] = announcing[-1][1]
            if last is not None and announces:
                announcing.append((block.indent, last))
        else:
            announcing = []
    return found


def units(document: Document) -> list[Unit]:
    found: list[Unit] = []
    contexts = headings_before(document)
    announced = leadins(document)
    previous: Statement | None = None  # the last statement of the paragraph, for "They ..."
    for sentence, shown, block, section in readable_sentences(document):
        if previous is not None and previous.block is not block:
            previous = None
        setting = _SETTING.match(shown.text)
        context = (
            setting.group(1)
            if setting and word_count(setting.group(1)) <= _MAX_SETTING_WORDS
            else contexts.get(block.start, "")
        )
        if shown.text[:1] in "\"“'‘" and shown.text.rstrip(" .!")[-1:] in "\"”'’":
            continue  # a saying in quotation marks, not the document's own rule
        following = [s for s in block.sentences if s.start > sentence.start][:1]
        after = plain(document.text, following[0].start, following[0].end) if following else None
        qualified = (
            after is not None and _EXCEPTION.search(after.text) is not None
        ) or _CONDITIONS_LISTED.search(shown.text) is not None
        followup = after.text if after is not None and _gives_reason(document, after) else ""
        announcement = announced.get(block.start)
        if not followup and announcement is not None:
            followup = _list_purpose(plain(document.text, announcement.start, announcement.end))
        for clause in clauses(shown):
            if word_count(clause.text) > MAX_WORDS:
                continue
            statement = read_statement(clause, sentence, block, section)
            if statement is None and previous is not None:
                statement = _resolved(document, clause, previous, sentence, block, section)
            leadin = announced.get(block.start)
            if leadin is not None and (statement is None or _AFTER_PREPOSITION.search(leadin.text)):
                # "... may be proposed by:" over "Any Active Member provided that ...": a
                # phrase that ends its sentence, whatever it reads as alone
                statement = (
                    _continued(document, clause, leadin, sentence, block, section) or statement
                )
            if statement is not None:
                statement = replace(
                    statement,
                    qualified=qualified or statement.qualified,
                    followup=followup,
                    clause=clause.span(0, len(clause.text)),
                )
                if statement.subject is not None and not _PRONOUN.match(statement.subject.text):
                    previous = statement
            found.append(
                Unit(
                    clause,
                    sentence,
                    block,
                    section,
                    statement,
                    qualified,
                    followup,
                    context,
                    announced.get(block.start),
                )
            )
    return found


# "For pre- and post-workshop discussions: If there are more than 5 workshops ...": the case
# the rule after the colon is set in, which says what it is about as a heading would; a
# question without it asks of every discussion what holds for two kinds (round 75's judge).
_SETTING = re.compile(
    r"^((?:For|In|During|At|On|Under|Within)\s+(?!example\b|instance\b|summary\b|short\b|"
    r"addition\b|general\b|particular\b|other words\b|brief\b|practice\b)[^:.;]{2,80}?):\s+"
    r"(?=[A-Z])"
)
_MAX_SETTING_WORDS = 8

_PRONOUN = re.compile(r"^(?:they|it)$", re.IGNORECASE)
# "This committee shall also be authorized to ...": the subject before, named by its noun.
_THIS_NOUN = re.compile(r"(This|These)\s+(?P<noun>[a-z]+)\b")


def _resolved(
    document: Document,
    clause: Plain,
    previous: Statement,
    sentence: Sentence,
    block: Block,
    section: Section,
) -> Statement | None:
    """ "Security incidents include lost laptops ... They are reported within 1 hour": the
    pronoun that opens a clause read as the previous sentence's subject, where number agrees;
    so is "This committee" after "The executive committee shall consist of ...".
    The quote then takes both sentences, so it still proves the answer."""
    match = re.match(r"(They|It)\b", clause.text) or _THIS_NOUN.match(clause.text)
    antecedent = previous.subject
    if match is None or antecedent is None or previous.sentence.start >= sentence.start:
        return None
    plural = match.group(1) in ("They", "These")
    if plural != is_plural_phrase(antecedent.text):
        return None
    if match.group(1) in ("This", "These") and (
        match.group("noun").lower() != antecedent.text.split(" of ")[0].split()[-1].lower()
    ):
        return None  # "This committee" names the executive committee, not the treasurer
    if match.group(1) in ("This", "These") and antecedent.text.lower() == (
        f"the {match.group('noun').lower()}"
    ):
        return None  # "The warning will set out ... This warning will be placed on file":
        # which warning, the sentence before does not say either (round 189's procedure)
    name = antecedent.text[:1].upper() + antecedent.text[1:]
    offsets = (clause.offsets[0],) * len(name) + clause.offsets[match.end() :]
    rewritten = Plain(name + clause.text[match.end() :], offsets, clause.end)
    statement = read_statement(rewritten, sentence, block, section)
    if statement is None or statement.subject is None or statement.subject.text != name:
        return None
    both = Sentence(
        previous.sentence.start, sentence.end, document.text[previous.sentence.start : sentence.end]
    )
    return replace(statement, sentence=both, resolved=True)


def _continued(
    document: Document,
    clause: Plain,
    leadin: Sentence,
    sentence: Sentence,
    block: Block,
    section: Section,
) -> Statement | None:
    """ "The Constitution may be amended by:" over "Resolution ... passed by two-thirds (2/3)
    Majority Vote of Active Members at the Annual General Meeting, or": the item read as the
    end of its announcement's sentence, where that breaks off at a word the item goes on from
    (a preposition, a modal, "include"). One of the ways its list gives, so it is qualified:
    a question asks its figure, never "by whom" as if it were the only way. The quote takes
    the announcement too, so it still proves the answer."""
    announced = plain(document.text, leadin.start, leadin.end)
    opening = announced.text.rstrip().rstrip(":").rstrip()
    if not _GOES_ON_INTO.search(opening) or sentence.start - leadin.end > _MAX_CONTINUED_GAP:
        return None
    item = _ITEM_LINK.sub("", clause.text)
    first = item.split(" ", 1)[0]
    if not item or not first[:1].isalpha():
        return None
    if first[1:2].islower() and parts_of_speech(first.lower()):
        item = item[:1].lower() + item[1:]  # "Resolution of the Society" runs on lower-cased
    offsets = (
        *announced.offsets[: len(opening)],
        announced.offsets[len(opening) - 1] + 1,  # the space between the two
        *clause.offsets[: len(item)],
    )
    joined = Plain(f"{opening} {item}", offsets, clause.end)
    statement = read_statement(joined, sentence, block, section)
    if statement is None or statement.subject is None:
        return None
    both = Sentence(leadin.start, sentence.end, document.text[leadin.start : sentence.end])
    return replace(statement, sentence=both, resolved=True, qualified=True)


# An announcement that breaks off mid-sentence: "... may be amended by:", "The Secretary
# shall:", "Duties include:".
_GOES_ON_INTO = re.compile(
    r"\b(?:by|to|for|with|of|from|on|in|shall|must|should|will|may|include|includes)$",
    re.IGNORECASE,
)
_AFTER_PREPOSITION = re.compile(r"\b(?:by|to|for|with|of|from|on|in):\s*$", re.IGNORECASE)
# What links an item to the next: "..., or", "...; and", "... and".
_ITEM_LINK = re.compile(r"[\s,;.]*(?:\b(?:and|or)\b)?[\s,;.]*$", re.IGNORECASE)
# Far enough for the items before it in its list, not for another list further on.
_MAX_CONTINUED_GAP = 1500


def position_in(block: Block, sentence: Sentence) -> int | None:
    """Where a sentence stands among its paragraph's or list item's, or None if not there."""
    return next((i for i, s in enumerate(block.sentences) if s.start == sentence.start), None)


def beside(block: Block, sentence: Sentence) -> str:
    """The sentence after `sentence` in its paragraph or list item, else the one before it,
    when it says why the rule holds: it gives a reason and sets no rule of its own, or it
    follows from the rule ("This is so we have time to hire", "This requires ..."). A caveat,
    the next rule or a case beside it say no why: judges read them as the explanation padded
    (rounds 40 and 41). A list's announcement says nothing without its list."""
    sentences = block.sentences
    at = position_in(block, sentence)
    if at is None:
        return ""
    after, before = sentences[at + 1 : at + 2], sentences[max(at - 1, 0) : at]
    for other, is_after in [*((s, True) for s in after), *((s, False) for s in before)]:
        shown = visible(other.text)
        if not is_readable(other.text, shown) or shown.rstrip().endswith(":"):
            continue
        if not is_after and points_back(shown):
            continue  # "This ..." before the rule points further back still
        if not is_after and _quoted_terms(shown) & _quoted_terms(visible(sentence.text)):
            continue  # 'We require officials to have a "dual identity"' only names the term
            # the rule goes on to define
        if not is_after and len(content_words(shown) & _substance(block, sentence)) < 2:
            continue  # "To ensure ... the operations are legal" before a quorum rule is the
            # reason for the duty before it, about other things
        if (_REASON.search(shown) or _SO_WE.search(shown)) and not rule_of_its_own(shown):
            return shown
        if is_after and (
            _FOLLOWS_FROM.match(shown) or (_NAMES_BACK.search(shown) and _WEIGHS.search(shown))
        ):
            return shown  # "This requires ...", "We will change this cadence ..., but it suits"
    return ""


def rule_of_its_own(sentence: str) -> bool:
    """Whether a sentence sets a rule of its own ("The project team should be involved ... to
    prevent abuse"): the reason it gives is that rule's, not the one beside it. A sentence
    that opens by pointing back ("This must be done so that ...") is about the rule before."""
    if _OWN_RESPONSIBILITY.search(sentence):
        return True  # "It is your own responsibility to make sure ...": its "It" points at
        # nothing before
    if _ALSO_TO_DO.search(sentence):
        return True  # "They will also ensure that any changes are communicated": one more
        # task, whoever "they" are (round 101's judge read it as the rule's subject's)
    return sets_a_rule(sentence) and not _OPENS_BACK.match(sentence)


def only_more_rule(sentence: str) -> bool:
    """Whether a sentence beside the rule only sets more of it, or says what may be done, and
    gives no reason ("This should take place before they arrive at practice and may be done in
    any way", "Any member can attend these meetings"): the next passage, which judges read as
    no why (rounds 131, 137, 147 and 195)."""
    return (sets_a_rule(sentence) or _PERMITS.search(sentence) is not None) and not gives_reason(
        sentence
    )


# What may be done. Not "may be removed", "can lead to ...": what follows, which says why.
_PERMITS = re.compile(
    r"\b(?:can|may)\s+(?!(?:not\s+)?(?:be|result|lead|cause|become|lose|face|mean)\b)[a-z]+\b|"
    r"\breserves?\s+the\s+right\b",
    re.IGNORECASE,
)


def sets_a_rule(sentence: str) -> bool:
    """Whether a sentence says what must or may be done, pointing back or not ("This should
    take place before they arrive"): more of the rule, not why it holds."""
    return _MODAL_DUTY.search(sentence) is not None


_ALSO_TO_DO = re.compile(r"\b(?:will|must|shall|should|is to|are to)\s+also\s+\w+", re.IGNORECASE)
_OWN_RESPONSIBILITY = re.compile(
    r"\b(?:is|are) (?:your|their|his|her|our|the \w+(?:'s|’s)?) (?:own )?responsibility\b",
    re.IGNORECASE,
)


_MODAL_DUTY = re.compile(
    r"\b(?:should|must|shall|needs? to|ha(?:ve|s) to|will need to|(?:is|are) required to|"
    # "Management ... are responsible for managing resourcing to ensure ...": a task given
    # to someone else, with its own reason (round 92's judge)
    r"(?:is|are)\s+(?:\w+\s+)?responsible\s+for)\b",
    re.IGNORECASE,
)
# A sentence naming the rule before ("this cadence") that weighs it: why it holds for now.
_WEIGHS = re.compile(r"\b(?:but|because|since|as long as|for now|until)\b", re.IGNORECASE)
# What follows from the rule before, said as such: "This requires that ...", "Doing so
# ensures ...", "That way ...". A sentence that only goes on about the same thing ("These
# hours are automatically used to ...") says no why, and judges fail it on the rubric's point 7.
_FOLLOWS_FROM = re.compile(
    r"^\W*(?:(?:this|that|these|doing so|it)\s+(?:\w+\s+)?(?:requires?|means|ensures?|helps?|"
    r"allows?|prevents?|makes|gives|lets|keeps|avoids|protects|saves|reduces|is\s+(?:so|to|"
    r"because|why|meant|intended|important|necessary|essential|critical|crucial|key|vital))|"
    r"that way|otherwise)\b",
    re.IGNORECASE,
)


def _quoted_terms(text: str) -> set[str]:
    return {fold(m) for m in re.findall(r"[\"“]([^\"”]{2,40})[\"”]", text)}


# A sentence that sets its rule against the one before it: "However, ...", "But ...".
LINKED_OPENING = re.compile(
    r"^(?:however|but|that said|nevertheless|nonetheless|even so|therefore|thus|hence|"
    r"for this reason|that is why|this is why|similarly|likewise),?\s+",
    re.IGNORECASE,
)


def set_against(block: Block, sentence: Sentence) -> str:
    """The sentence a rule opening "However, ..." is set against, or the one "Therefore, ..."
    draws it from, which says why the rule is worth knowing ("This warning will be nullified
    after twelve months. However, ... to a maximum of three years"; "... it is important to
    take time off. Therefore, you will each have two weeks of vacation"): the sentence before
    it in its paragraph, without its own link to the one before that, or "" when there is
    none or the rule does not open so."""
    if not LINKED_OPENING.match(visible(sentence.text)):
        return ""
    sentences = block.sentences
    at = position_in(block, sentence)
    if not at:
        return ""
    before = visible(sentences[at - 1].text)
    if not is_readable(sentences[at - 1].text, before):
        return ""
    return capitalise(LINKED_OPENING.sub("", before, count=1))


def _reason_after(block: Block, sentence: Sentence) -> str:
    """The reason the document gives a sentence further on, pointing back at the rule ("This
    isn't within an hour of happening ... The idea is to make sure we're promptly looping in
    the right people."; "Use it on any day. ... We opted for this ... because we want you to
    choose the days that mean the most to you."): a later sentence of its paragraph, up to
    `REASON_REACH` on, that points back and gives a reason."""
    sentences = block.sentences
    at = position_in(block, sentence)
    if at is None:
        return ""
    for later in sentences[at + 2 : at + 1 + REASON_REACH]:
        shown = visible(later.text)
        points = _OPENS_BACK.match(shown) or _NAMES_BACK.search(shown) or _STATES_AIM.match(shown)
        if (
            is_readable(later.text, shown)
            and points
            and _REASON.search(shown)
            and not rule_of_its_own(shown)  # "It is your own responsibility to make sure
            # you use all your days": another rule, whose "It" points at nothing (round 66)
            and not shown.rstrip().endswith(":")  # it announces a list: nothing without it
        ):
            return shown
    return ""


REASON_REACH = 3
# "The idea is to ...", "The intent of ... is to ...": a reason that needs no pointer back.
_STATES_AIM = re.compile(r"^(?:the\s+(?:idea|intent|intention|purpose|goal|aim|reason))\b", re.I)


MIN_SHARED_WORDS = 3
# "We will probably need to change this cadence as we scale": a sentence that names the rule
# before it as "this ...", not an example ("such as this") or the document itself.
_NAMES_BACK = re.compile(r"(?<!such as )(?<!like )" + _DEMONSTRATIVE.pattern, re.IGNORECASE)
# "..., so we can plan the work": a purpose in the speaker's words.
_SO_WE = re.compile(r"\bso (?:we|you|they|that)\b", re.IGNORECASE)


def around(statement: Statement, *, figure: bool = False, holder: bool = False) -> str:
    """What the document says with a rule, for its explanation: the reason or consequence
    the next sentence gives, or else the sentence beside it. Not "This duty belongs to X:"
    before the rule, which judges read as the quote again. `figure` for a question on the
    rule's figure, `holder` for one on who does it (see `purpose_of`)."""
    return said_around(
        statement.block,
        statement.sentence,
        statement.followup,
        rule=restate(statement),
        figure=figure,
        holder=holder,
    )


def ruled_text(statement: Statement | None) -> str:
    """The words a rule's kind is read from: "Security incidents are reported ... within 1
    hour" for "They are reported ... within 1 hour", whose sentence does not name what it
    rules; else "", its sentence as written."""
    if statement is None or not statement.resolved:
        return ""
    return restate(statement)


def said_around(
    block: Block,
    sentence: Sentence,
    followup: str,
    *,
    purpose: bool = True,
    rule: str = "",
    figure: bool = False,
    holder: bool = False,
) -> str:
    """What the document says beside a sentence (see `around`), and the reason it gives a
    sentence further on when the neighbour gives none; when the document gives none at all
    (and `purpose`, for a caller that found none elsewhere either), the purpose a trainer gives
    a rule of its kind, read from `rule` where the sentence does not name what it rules (see
    `ruled_text`), for a question on the rule's `figure` or its `holder` (see `purpose_of`)."""
    near = followup or beside(block, sentence)
    if _REASON.search(near):
        return near
    further = _reason_after(block, sentence) or _concluded_later(block, sentence, near)
    shown = visible(sentence.text)
    own_aim = purpose_tail(shown) or purpose_lead(shown)
    # the purpose of its kind also beside what may be done, which says no why ("Any member
    # can attend these meetings ..." after "Leadership meetings will be held once a week");
    # not beside more of the rule, which may weigh it ("We will need to change this cadence
    # as we grow, but it suits our current stage")
    unexplained = not near or (only_more_rule(near) and not sets_a_rule(near))
    if unexplained and not further and purpose and not states_reason(shown) and own_aim is None:
        # the purpose of its kind only where the document gives none: beside its own ("We will
        # change this cadence as we grow, but it suits our stage", "Per our legal obligations,
        # ..."), a trainer's pads it
        further = purpose_of(rule or visible(sentence.text), figure=figure, holder=holder)
    return f"{near} {further}".strip()


def _concluded_later(block: Block, sentence: Sentence, near: str) -> str:
    """The conclusion a paragraph draws from a rule further on, which says why it matters
    ("A reserve fund is not only a financial matter, but also a question of trust. ...
    Therefore, only by building up the reserve ... can the club keep its members"): a later
    sentence of the paragraph that opens by concluding and shares words of substance with the
    rule. A conclusion on another topic shares none, and a reason in a story ("In order to
    help the neighbours, he gave up ...") does not open so."""
    at = position_in(block, sentence)
    if at is None:
        return ""
    rule = _substance(block, sentence)
    for later in block.sentences[at + 2 :]:
        shown = visible(later.text)
        if shown in near or not is_readable(later.text, shown):
            continue
        opening = _CONCLUDES.match(shown)
        if opening and len(content_words(shown[opening.end() :]) & rule) >= MIN_SHARED_WORDS - 1:
            return shown
    return ""


def _substance(block: Block, sentence: Sentence) -> frozenset[str]:
    """The words of substance of a rule, for telling whether another sentence is about it:
    not the words of its section's title, which every sentence there shares ("club",
    "treasurer" and "duties" under "The duties of the club treasurer")."""
    topic = content_words(block.section.title) if block.section is not None else frozenset()
    return content_words(visible(sentence.text)) - topic


# "Therefore, ...", "That is why ...", "So ...": a sentence drawing the paragraph's
# conclusion, which is the reason a rule before it is given. Not "Therefore, if there are 4
# players, two will play an extra singles": a case worked through, no reason (round 169).
_CONCLUDES = re.compile(
    r"^(?:therefore|thus|hence|for this reason|that is why|this is why|so)\b,?\s+"
    r"(?!(?:if|when|whenever|in\s+(?:this|that|such|each)\s+case)\b)",
    re.IGNORECASE,
)


def draws_conclusion(text: str) -> bool:
    """Whether a sentence opens by concluding from the one before ("Therefore, ..."), which
    then is its reason."""
    return _CONCLUDES.match(visible(text)) is not None


def is_plural_phrase(text: str) -> bool:
    tokens = words(text)
    head = tokens[-1] if tokens else ""
    return any(t.lower() == "and" for t in tokens) or (
        not head.isupper() and singular(head) is not None
    )


# "to ensure" after what binds someone is the duty itself, not its purpose: "Members are
# required to ensure that the area ... is properly cleaned" (round 169's CT Hackerspace rules).
_NOT_BOUND = r"(?<!\brequired )(?<!\bexpected )(?<!\bneed )(?<!\bneeds )(?<!\basked )"
_REASON = re.compile(
    rf"\b(?:because|so that|{_NOT_BOUND}to ensure|(?<!\bto )ensures?|this means|indicates|helps|"
    r"allows?|prevents?|"
    r"help(?= (?:us|you|them|to|keep|make|ensure|avoid|prevent)\b)|"
    # "the reason is ...", not "an explanation of the reason provided in all chat"
    r"in order to|otherwise|that way|the reason(?= (?:is|was|being|why|behind|for (?:this|that|"
    r"these|those|the)\b))|as a result|"
    # "the purpose is to ...", not "an indication of the purpose of the meeting"
    r"the (?:purpose|goal|aim)(?= (?:is|was|here|behind|of (?:this|these|that|which|such) "
    r"(?:rule|policy|requirement|process|step|limit|check|review|procedure)s?\b))|"
    r"the idea is|the intent|intended to|is meant to|makes it easier|is necessary to|"
    rf"to protect|{_NOT_BOUND}to make sure|to avoid|to facilitate|so (?:we|you|they)(?= |’|')|"
    # the trouble a rule guards against, said beside it: "If you're the last one in the lab,
    # lock the doors. Theft is a problem on university campuses."
    r"(?:is|are)\s+a\s+(?:real\s+|common\s+|serious\s+|big\s+|major\s+)?(?:problem|risk|hazard|"
    r"danger)\b|"
    # what follows from lacking it, or what only it achieves: "Without a strong committee,
    # there will be no growth ...", "Only by saving ... can the club be strong"
    r"(?<=^)without\b[^,.;]{3,80},\s+there\s+(?:will|would|can)\s+be\s+no|only\s+by\b[^.;]*\bcan|"
    # what breaking it costs: "Failure to do so will result in their being removed"
    r"(?:failure|failing)\s+to\b[^.;]*\b(?:results?|lead|leads)\s+(?:in|to)|"
    r"not\s+following\b[^.;]*\b(?:results?|lead|leads)\s+(?:in|to))\b",
    re.IGNORECASE,
)


# A reason a rule states in its own words. Not "allows" or "helps", which a rule uses for
# what something lets you do ("a Creator Lite, which allows you to record 25 videos").
# Not a quorum's "in order to conduct business", which only says what the quorum is: judges
# read an explanation with nothing more as the rule again.
# Verbs of what a rule is for, said after it as an infinitive: ", to assess the level of risk".
_AIM_VERBS = (
    "allow|assist|give|help|enable|let|keep|notify|assess|reduce|limit|save|reflect|compensate|"
    "cover|minimi[sz]e|maximi[sz]e|disconnect|recharge|recover|rest|maintain|pay|"
    # "preparing at least one month ahead to have enough time to communicate your plans"
    r"have\s+(?:enough|sufficient|more)\s+time"
)
_STATED_REASON = re.compile(
    rf"(?:,|\badvance|\bahead|\bnotice)\s+to (?:{_AIM_VERBS})\b|"  # a purpose infinitive
    # not "... 75% of the votes in order to pass", what the rule is a condition of
    r"\b(?:because|so that|so (?:we|you|they)(?= |’|')|in order to(?!\s+\w+\s*[.;]?\s*$)|"
    rf"{_NOT_BOUND}(?:to ensure|to make sure)|to (?:prevent|protect|avoid)|is intended to|"
    r"is meant to|"
    r"the (?:reason|purpose|goal|aim|idea) (?:is|was) (?:to|that|so)|"
    r"the (?:reason|purpose|goal|aim) (?:of|for|behind) "
    r"(?:this|these|that|such|the) (?:rule|policy|requirement|limit|deadline|step|process|"
    r"check)s?)\b(?! (?:conduct|transact)(?:ing)? (?:any )?business\b)",
    re.IGNORECASE,
)


# What a rule is for, said after it: ", to allow possible discussion", "in order to be
# eligible", "so that members can plan", "because ...". Only after the rule's own words, so
# never a sentence's opening "To encourage ..." (that is the rule's lead).
# The law a rule follows is its reason too: a trainer explains a 72-hour breach report or a
# six-year record by the law that sets it ("Per our legal obligations, ...", "..., per the
# requirements set out within Regulation (EU) 2016/679").
_LEGAL_BASIS = (
    r"(?:per|under|in line with|in accordance with) (?:our|the) legal "
    r"(?:obligations?|requirements?|duties)|as required by law|"
    r"(?:per|under|in line with|in accordance with) the requirements? (?:set out |laid down )?"
    r"(?:in|within|of|under) [^.;]*?\b(?:Regulation|Act|GDPR|law)\b|"
    # "As per the Ontario Employment Standards Act, 2000, an employee shall not receive ..."
    r"(?:as per|per|under|in accordance with) the [^,.;]*?\b(?:Act|Regulations?)\b(?:,\s+\d{4})?"
)
_PURPOSE_TAIL = re.compile(
    # not "because of the extremely low temperatures": a cause, which every rule of its
    # document may share
    rf"(?:\s*,\s*|\s+)(?P<aim>(?:because(?! of\b)|in order to|so as to|so that|"
    rf"so(?=\s+{_SO_SUBJECT})|in case|(?<=, )ensuring|"
    # "... to properly maintain the battery's voltage": an adverb may split the infinitive
    rf"{_LEGAL_BASIS}|to (?:[a-z]+ly\s+)?(?:{_AIM_VERBS}|ensure|avoid|prevent|protect|make sure))"
    r"\b[^.;]*?)"
    r"\s*[.;]?\s*$",
    re.IGNORECASE,
)
# The same said first: "Per our legal obligations, the ICO will be informed within 72 hours",
# "To encourage folks to bridge the virtual divide, each member may claim up to $220".
# Not "To be eligible for ..., members must ..." or "In order to be reimbursed, ...": what the
# rule is a condition of, which the question cannot lose and judges do not take for a reason.
_PURPOSE_LEAD = re.compile(
    rf"^(?P<aim>(?:(?:in order|so as) to(?! be\b)|in order for\s+(?:\w+\s+){{1,3}}?to\s+(?!be\b)|"
    rf"{_LEGAL_BASIS}|to (?:{_AIM_VERBS}|ensure|avoid|"
    rf"prevent|protect|make sure|encourage))\b[^,.;]*?),\s+(?=\S)"
    # not the first of several: "In order to change an existing rule, add a new rule, or
    # change a scoring setting, a vote must be called" (round 197's judge)
    r"(?![^,.;]*,\s+(?:or|and)\s)",
    re.IGNORECASE,
)
_LEGAL = re.compile(_LEGAL_BASIS, re.IGNORECASE)


def purpose_tail(text: str, after: int = 0) -> re.Match[str] | None:
    """The clause that closes a rule with what it is for (its group "aim"), if it comes
    after `after`: a question can leave it out for the explanation to give. An infinitive
    the rule's verb takes ("they have to make sure each team is told within 2 minutes to give
    teams enough time") is passed over for the purpose after it."""
    position = 0
    while (match := _PURPOSE_TAIL.search(text, position)) is not None:
        if not _set_off(text, match):
            position = match.start("aim") + 1  # what is to be done ("It is the organiser's
            # responsibility to ensure ...", "Employees are requested to give ..."), not what
            # it is for (round 70's judge): a purpose may follow it
            continue
        return match if match.start() >= max(after, 1) and _closes_a_rule(text, match) else None
    match = _WHY_IT_MATTERS.search(text)
    if match is not None and match.start() >= max(after, 1) and _closes_a_rule(text, match):
        return match
    return None


# Why the rule matters, said after a semicolon: "Two days per week in the office is the
# minimum; being present in the lab matters for the group and for your own development"
# (round 203's lab handbook).
_WHY_IT_MATTERS = re.compile(
    r";\s+(?P<aim>[^;.]{5,120}?\b(?:matters?|is important|are important|is essential|"
    r"are essential)\s+(?:for|to)\b[^.;]*?)\s*\.?\s*$",
    re.IGNORECASE,
)


def _closes_a_rule(text: str, match: re.Match[str]) -> bool:
    if word_count(match.group("aim")) < 3:
        return False
    if word_count(text[: match.start()]) < MIN_SHARED_WORDS:
        return False  # "As per the Ontario Employment Standards Act, ...": the rule's lead,
        # with no rule before it
    if re.search(r"\b(?:and|or)$", text[: match.start()]):
        return False  # "to minimize ... and to ensure ...": the second of two aims, whose cut
        # would leave the first hanging on "and"
    if _ENTITLEMENT.search(text[: match.start()]):
        return False  # "reserves the right to allow for exceptions": what the right is to, no
        # reason (round 65's judge)
    if _MAIN_VERB_AFTER.search(match.group("aim")) and not _UNMISTAKABLE.match(match.group("aim")):
        return False  # "The minimum time to give notice of absence ... is 24 hours": the
        # infinitive belongs to the subject, and the rule's verb comes after it (round 75)
    # not "... 75% of the votes in order to pass": what the rule is a condition of, no reason
    # (round 63's judge)
    return word_count(_CONNECTOR.sub("", match.group("aim"))) >= 2


_UNMISTAKABLE = re.compile(r"^(?:in order to|so as to|so that|because)\b", re.IGNORECASE)
# The verb of a rule, inside what looked like its closing purpose.
_MAIN_VERB_AFTER = re.compile(
    r"\s(?:is|are|shall(?: be)?|must(?: be)?|will(?: be)?)\s+(?:\d|at least|no|not|to be\b)",
    re.IGNORECASE,
)


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


# Words whose "to ..." says what is to be done: "responsibility to ensure", "try to keep",
# "requested to give".
_TAKES_AN_INFINITIVE = frozenset(
    {
        "try", "tries", "trying", "attempt", "responsibility", "responsible", "duty", "job",
        "role", "need", "needs", "want", "wants", "able", "required", "expected", "asked",
        "encouraged", "important", "essential", "sure", "how", "what", "where", "way",
        "effort", "efforts", "intend", "plan", "agree", "remember", "continue", "fail",
        "aim", "aims", "goal", "obliged", "expect", "help", "helps", "used", "use",
        "requested", "invited", "urged", "advised", "reminded", "told", "instructed",
        "wish", "wishes", "like", "prefer", "choose", "decide", "hope", "have", "has", "had",
        "ought", "going", "fails", "failed", "failing", "refuse", "refuses", "neglect",
        "neglects", "attempts", "continues", "agrees", "plans", "intends", "decides", "chooses",
        "seek", "seeks", "manage", "manages", "forget", "forgets", "sufficient", "enough",
        "adequate", "prepared", "ready", "willing", "happy", "free", "allowed", "permitted",
        "welcome", "likely", "unable", "eager",
    }
)  # fmt: skip


_CONNECTOR = re.compile(r"^(?:because|in order to|so as to|so that|to)\s+", re.IGNORECASE)
# A noun whose "to" says what it allows, not what a rule is for: "the right to", "the power to".
_ENTITLEMENT = re.compile(
    r"\b(?:right|rights|power|powers|ability|option|permission|authority|discretion|freedom|"
    r"chance|opportunity)$",
    re.IGNORECASE,
)


def purpose_lead(text: str) -> re.Match[str] | None:
    """The clause that opens a rule with what it is for (its group "aim"), which a question
    can leave out in the same way."""
    match = _PURPOSE_LEAD.match(text)
    return match if match is not None and word_count(match.group("aim")) >= 3 else None


def _list_purpose(announcement: Plain) -> str:
    """What a list's rules are for, where the sentence announcing them opens with it: "In
    order for Ada to bring you to internship, we have a couple of hard and fast rules about
    attendance:" is the reason for each rule listed (round 183's attendance rules)."""
    aim = purpose_lead(announcement.text)
    if aim is None or set_by_law(aim) or not _ANNOUNCES_RULES.search(announcement.text, aim.end()):
        return ""  # "In order to apply, you will need:" lists papers, no rules
    return f"The rules in this list are there {given_reason(aim)}."


_ANNOUNCES_RULES = re.compile(
    r"\b(?:rules?|requirements?|guidelines?|expectations?|policies|must|should|please)\b",
    re.IGNORECASE,
)


def set_by_law(aim: re.Match[str]) -> bool:
    """Whether a purpose clause names the law the rule follows, not an aim of its own."""
    return _LEGAL.match(aim.group("aim")) is not None


def with_reason(rule: str) -> str:
    """The rule, and the purpose it closes with said as its reason, for a question that left
    that purpose out ("At least how often should the truck be driven?") or whose choices
    carry it: the explanation says it as the why, not as more of the rule."""
    aim = purpose_tail(rule)
    if aim is None:
        return rule
    return f"{rule[: aim.start()].rstrip(' ,')}. The document gives the reason: {given_reason(aim)}"


def given_reason(aim: re.Match[str]) -> str:
    """The reason a purpose clause gives, as an explanation says it: a rule the law sets is
    explained by the law, not by "per our legal obligations"."""
    said = aim.group("aim").rstrip(" .;,:")
    if set_by_law(aim):
        return "the law requires it"
    return said if said[1:2].isupper() else said[:1].lower() + said[1:]


def unnamed_meeting(text: str) -> bool:
    """Whether a rule speaks of "the meeting" or "the hearing" without saying which: "At least
    28 days' notice of the meeting shall be given", of a special meeting the sentence before
    names, read as a choice or a blank of its own (round 131's judge)."""
    at = re.search(r"\bthe\s+(?:meeting|hearing)\b", text, re.IGNORECASE)
    return at is not None and not _NAMES_A_MEETING.search(text[: at.start()])


_NAMES_A_MEETING = re.compile(
    r"\b(?:AGM|EGM|SGM|general|annual|special|extraordinary|committee|board|disciplinary|"
    r"appeal|grievance|meetings?|hearings?)\b",
    re.IGNORECASE,
)


MEETING = re.compile(r"\bmeetings?\b", re.IGNORECASE)
# A meeting named by its kind or its body: "the AGM", "Board meetings", "the Annual General
# Meeting", "meetings of the Board of Governors".
_KIND_OF_MEETING = re.compile(
    r"\b(?:AGM|EGM|SGM|(?:annual|extraordinary|special|ordinary)\s+general\s+meetings?|"
    r"(?:board|general|annual|special|extraordinary|committee|executive|council|members['’]?|"
    r"membership|club|team|assembly)\s+meetings?|"
    r"meetings?\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*)\b",
    re.IGNORECASE,
)


def kind_of_meeting(text: str) -> re.Match[str] | None:
    """Where a text says which meetings it is about: a by-law sets a figure or a rhythm for
    each kind ("Notice shall be given at least five days prior to each meeting", and Board
    meetings take three: round 169's judge)."""
    return _KIND_OF_MEETING.search(text)


def states_reason(text: str) -> bool:
    """Whether a rule says why in its own words ("because", "in order to", "so that"), as
    against what something lets you do ("allows", "helps")."""
    return _STATED_REASON.search(text) is not None


def gives_reason(text: str) -> bool:
    """Whether a sentence says why ("because", "so that", "the purpose of ... is")."""
    return _REASON.search(text) is not None


def _gives_reason(document: Document, after: Plain) -> bool:
    raw = document.text[after.offsets[0] : after.end] if after.offsets else ""
    return (
        gives_reason(after.text)
        and is_readable(raw, after.text)
        and not after.text.endswith(":")  # it announces a list, which it says nothing without
        and not rule_of_its_own(after.text)
        and _EXCEPTION.search(after.text) is None
    )


# A rule whose cases follow as a list: "A director may be removed by two-thirds vote of the
# board then in office, if:" holds only in those cases (round 203's judge: the stem ended at
# "if.").
_CONDITIONS_LISTED = re.compile(
    r"\b(?:if|when|where|unless|except|provided(?:\s+that)?|only)\s*:\s*$", re.IGNORECASE
)
_EXCEPTION = re.compile(
    # not the next rule's own saving clause: "Except as specifically noted elsewhere in this
    # document, decisions by vote require a simple majority" (round 183's governance) makes no
    # exception to the rule before
    r"^(?!\W*(?:except|unless)\s+(?:as\s+)?(?:\w+\s+)?(?:otherwise|noted|provided|stated|"
    r"specified|set\s+out)\b)(?:"
    # not an aside in brackets: "(Eyewash stations will be demonstrated ...)" (round 169)
    r"\W*(?:however|but|unless|except|exceptions?|only|otherwise|note)\b|"
    r".*?\b(?:is enough|is sufficient|unless|except|exception)\b)",
    re.IGNORECASE,
)


_CLAUSE_BREAK = re.compile(
    r";\s+|:\s+|,\s+(?:and|but|so|whereas)\s+(?=\S)|,\s+(?!(?:as|because|since|so|which|"
    r"while|although|though|when|if|unless|where|who)\b)(?=\S)|\s+and\s+(?=\S)"
)


# The few words after a "that" that opens a clause: an "and" there joins its subject's nouns.
_INSIDE_THAT = re.compile(r"\bthat\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+$", re.IGNORECASE)


def clauses(shown: Plain) -> list[Plain]:
    """The independent clauses of a sentence: split at semicolons, and at ", and" or ", but"
    where what follows reads as a statement of its own ("..., and you'll receive ...").
    A sentence with no such break is its own single clause."""
    pieces: list[Plain] = []
    start = 0
    for match in _CLAUSE_BREAK.finditer(shown.text):
        rest = shown.text[match.end() :]
        if not match.group(0).startswith((";", ":")) and not _opens_clause(rest):
            continue
        opening = _ADVERBIAL.sub("", shown.text[start:], count=1)
        if match.group(0).startswith(",") and _opening_case(opening):
            continue  # "Once there has been no activity for 5 months, a comment is added"
        if _INSIDE_THAT.search(shown.text[start : match.start()]):
            continue  # "must ensure that Appellants and Appellees are treated equally": one
            # clause after "that", its subject two nouns
        if match.group(0).startswith(",") and _SERIES_END.search(shown.text[: match.start()]):
            continue  # "during June, July, and August shall not be counted": the list's last
            # item, with the verb of the clause it ends
        if match.group(0).strip() == "and" and _BETWEEN_END.search(shown.text[: match.start()]):
            continue  # "available between June and May, this is ...": a range's two ends
        if match.group(0).strip() == "and" and _names_only(shown.text[start : match.start()]):
            continue  # "The Covid-19 safety officer and the practice leader should ensure
            # ...": one subject of two, not a clause and another (round 147's judge)
        if word_count(shown.text[start : match.start()]) >= 4:
            pieces.append(shown.slice(start, match.start()))
            start = match.end()
        elif match.group(0).startswith(":") and rest[:1].isupper():
            start = match.end()  # "Review period: All amendments must ...": a label, not a rule
    pieces.append(shown.slice(start, len(shown.text)))
    return [p for p in pieces if word_count(p.text) >= 4]


def _opening_case(text: str) -> bool:
    """Whether text opens with a case or a time before its rule ("Once there has been no
    activity for 5 months, ..."). "Each year, ..." is one; "Each standing committee shall
    report ..., and each committee chair shall file ..." is a rule, and a clause of its own
    (round 207's senate bylaws)."""
    lead = _LEAD.match(text + " ")
    return lead is not None and not (
        lead.group("word").lower() in ("each", "every") and _MODAL.search(lead.group("body"))
    )


# The first end of a range before its "and": "between June".
_BETWEEN_END = re.compile(r"\bbetween\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+$", re.IGNORECASE)
# A series of single words before its last ", and": "June, July".
_SERIES_END = re.compile(r"(?:^|\s)[\w'’-]+,\s+[\w'’-]+$")


def _names_only(text: str) -> bool:
    """Whether words are a noun phrase and nothing more ("The Covid-19 safety officer", "The
    minutes of the General Body"): after its article, nouns, adjectives, words the lexicon
    does not know (names, "Covid-19") and "of the", ending on a noun; no verb among them, so
    no clause of its own."""
    tokens = words(text)
    if len(tokens) < 2 or tokens[0].lower() not in ("the", "a", "an", "each", "every", "any"):
        return False
    return (
        all(
            not parts_of_speech(t)
            or parts_of_speech(t) <= {"NOUN", "ADJ"}
            or t.lower() in _LINKING_WORDS
            or ("NOUN" in parts_of_speech(t) and after.lower() == "of")  # "minutes of", no verb
            for t, after in zip(tokens[1:], [*tokens[2:], ""], strict=True)
        )
        and "NOUN" in (parts_of_speech(tokens[-1]) or {"NOUN"})
    )


# The words inside a noun phrase that ties two nouns: "The minutes of the General Body".
_LINKING_WORDS = frozenset({"of", "the"})


def _opens_clause(text: str) -> bool:
    """Whether text starts with a subject and its verb ("you'll receive", "the TSC may")."""
    tokens = words(text)[:6]
    if not tokens:
        return False
    if tokens[0].lower() in ("you", "we", "they", "it", "he", "she", "i") or "'" in tokens[0]:
        return True
    if tokens[0].lower() not in ("the", "a", "an", "every", "each", "all", "no") and not (
        tokens[0][:1].isupper()
    ):
        return False
    # "the air lines are bled ...", "raised parts are blocked", "a TSC member may ..."
    for index in (1, 2, 3):
        if index < len(tokens) and (
            tokens[index].lower() in ("is", "are", "was", "were")
            or _MODAL.fullmatch(tokens[index]) is not None
        ):
            return True
    return False


# "If a member is absent ..., they lose their seat": the pronoun's noun is the case's own.
_CASE_NAMES_SOMEONE = re.compile(
    r"^(?:if|when|whenever|once|unless|where)\s+(?:a|an|the|any|each|every)\s+[a-z]+",
    re.IGNORECASE,
)
_PERSON_AFTER_CASE = re.compile(r"^(?:they|he or she|he|she)\b(?!\s+(?:is|are)\s+the\b)", re.I)


def _named_in_lead(body: str, lead: Clause | None) -> bool:
    """Whether a clause that opens with a pronoun has its noun in the sentence's own opening
    case, so that the sentence reads alone."""
    return (
        lead is not None
        and _CASE_NAMES_SOMEONE.match(lead.phrase.text) is not None
        and _PERSON_AFTER_CASE.match(body) is not None
        and not _SENDS_ELSEWHERE.search(body)
        and not _DEMONSTRATIVE.search(body)
    )


def stands_alone(text: str) -> bool:
    """Whether a clause can be read without the sentences around it: no word pointing back,
    no opening that continues an argument, not an anecdote."""
    if _DATED_STORY.match(text):
        return False
    body, lead = strip_lead(plain(text, 0, len(text)))
    body = _weighty_that(body)  # "It is critical that ...": the "it" points nowhere
    if lead is not None and leans_back(lead.phrase.text):
        return False
    if points_back(body.text) and not _named_in_lead(body.text, lead):
        return False
    if _ANECDOTE.match(body.text):
        return False
    return (
        lead is None
        or word_count(lead.phrase.text) >= 3
        or _SHORT_SETTING.fullmatch(lead.phrase.text) is not None
    )


# A lead of two words that names when a rule holds, not how it follows from the sentence
# before ("In addition", "After that"): "During weekdays, lab members are expected to answer
# emails within a day" (round 139's lab manual).
_SHORT_SETTING = re.compile(
    r"(?:during|on|outside|after|before|at)\s+(?:weekdays|weekends|holidays|meetings|events|"
    r"sessions|shifts|hours|evenings|nights|competitions|matches|races|trips|tournaments)",
    re.IGNORECASE,
)


def read_statement(
    shown: Plain, sentence: Sentence, block: Block, section: Section
) -> Statement | None:
    """The sentence as a statement, or None when it is not one a question can be made of."""
    body, lead = strip_lead(shown)
    body = _weighty_that(body)
    expletive = _expletive_statement(body, sentence, block, section, lead)
    if expletive is not None:
        return expletive
    if points_back(body.text) or _ASKED.match(body.text):
        return None
    if lead is not None and (leans_back(lead.phrase.text) or word_count(lead.phrase.text) < 2):
        return None
    for reader in (
        _order_statement,
        _modal_statement,
        _definition_statement,
        _identity_statement,
        _passive_statement,
        _fact_statement,
    ):
        statement = reader(body, sentence, block, section, lead)
        if statement is not None:
            return statement
    return None


# "How far ahead you must book holiday": a heading that says what a section answers, not a
# rule ("What must how far ahead you book?").
_ASKED = re.compile(r"^(?:how|what|why|which|whether)\b", re.IGNORECASE)


# "It is critical that you notify IT within 1 hour": a duty the sentence stresses.
_WEIGHTY_THAT = re.compile(
    r"^it is (?:critical|crucial|essential|important|vital|imperative|mandatory|required) "
    r"that (?P<who>you|we|(?:all|every|each|the) [a-z]+(?: [a-z]+)??) (?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)


# "We require all teams to submit ...", "We ask that shepherds notify ...", "We expect you to be
# at your workstation ...": a duty said as what the organisation (or its head) asks of someone.
_ASKED_OF = re.compile(
    # "I expect each graduate student to apply for ...": a lab head's, said in the first person
    r"^(?:we|i|the \w+) (?:require|expect|ask)s? (?:(?P<that>that) )?"
    r"(?P<who>(?:you|everyone|all|every|each|[a-z]+)(?: [a-z]+){0,3}?) (?(that)|to )"
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)


def _weighty_that(body: Plain) -> Plain:
    """ "It is critical that you notify ..." read as "you must notify ...", the rule it
    stresses, and "We require all teams to submit ..." as "all teams must submit ..."; each
    added letter keeps the offset of the verb it stands before."""
    match = _WEIGHTY_THAT.match(body.text) or _ASKED_OF.match(body.text)
    if match is None or not is_base_verb(match.group("verb")):
        return body
    who_start, verb_start = match.start("who"), match.start("verb")
    who = body.text[who_start:verb_start].removesuffix("to ")
    text = who + "must " + body.text[verb_start:]
    verb_at = body.offsets[verb_start]
    offsets = (
        body.offsets[who_start : who_start + len(who)]
        + (verb_at,) * len("must ")
        + body.offsets[verb_start:]
    )
    return Plain(text, offsets, body.end)


_THEN = re.compile(r"^then\s+(?=\S)", re.IGNORECASE)
# What labels a sentence before it starts: a title in title case before a spaced dash
# ("Annual Leave Entitlement – After the end of ..."), or a clause's number ("21.4.3 Human
# Resources will ...").
SENTENCE_LABEL = re.compile(
    r"^(?:(?:[A-Z][\w'’]*\s+){1,5}[–—-]|\(?\d{1,3}(?:\.\d{1,3}){1,4}\)?"
    # "Road crossings – Vehicles have ...", "If you decide to drop out of the race – If any
    # runner ...": a label in any case before a long dash
    r"|[A-Z][\w'’/]*(?:\s+[\w'’/]+){0,9}\s+[–—]"
    # "[Step 3] Gloves must be used ...": a numbered step's own label, its link gone
    r"|Step\s+\d{1,3}[.:)]?"
    # "Section G. An Archivist shall be elected ...": a clause's own label (round 121's judge)
    r"|(?:Section|Article|Clause)\s+(?:[A-Z]|\d{1,3}|[IVX]{1,5})[.:])\s+(?=[A-Z])"
    # "Witnesses – the names of any witnesses ... must be ...": a title before a long dash,
    # the sentence after it in small letters; not "Members – including officers – must",
    # whose dashes close around an aside
    r"|^(?:[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3})\s+[–—]\s+(?=[a-z])(?!.*\s[–—]\s)"
)


def _comma_past_the_case(text: str, opening: re.Match[str] | None) -> bool:
    """Whether the first comma of a sentence whose case has none falls inside its rule: before
    a clause of the rule's own ("..., unless ...") or set after its modal ("you must, in the
    first instance, inform ...")."""
    return (
        opening is None
        or _TAIL_OPENING.match(text, opening.end()) is not None
        or _ENDS_ON_A_DUTY.search(text, 0, opening.end() - 1) is not None
    )


def strip_lead(shown: Plain) -> tuple[Plain, Clause | None]:
    """The sentence without an opening adverb or clause; the clause kept when it matters."""
    body = shown
    lead: Clause | None = None
    for _ in range(3):
        adverbial = _ADVERBIAL.match(body.text) or SENTENCE_LABEL.match(body.text)
        if adverbial:
            body = body.slice(adverbial.end(), len(body.text))
            continue
        opening = _LEAD.match(body.text)
        unpunctuated = _UNPUNCTUATED_LEAD.match(body.text)
        if unpunctuated and lead is None and _comma_past_the_case(body.text, opening):
            clause_end = unpunctuated.end()
            lead = Clause(
                _clause_kind(unpunctuated.group("word")),
                Phrase(body.text[:clause_end], body.span(0, clause_end)),
            )
            body = body.slice(clause_end + 1, len(body.text))
            continue
        if (
            opening
            and opening.group("word").lower() in ("each", "every")
            and _MODAL.search(opening.group("body"))
        ):
            opening = None  # "Every complaint should be judged on ..., not ...": no setting
        if opening and lead is None:
            clause_end = body.text.rindex(",", 0, opening.end())
            lead = Clause(
                _clause_kind(opening.group("word")),
                Phrase(body.text[:clause_end], body.span(0, clause_end)),
            )
            body = body.slice(opening.end(), len(body.text))
            then = _THEN.match(body.text)  # "If ..., then you must ...": the case's "then"
            if then:
                body = body.slice(then.end(), len(body.text))
            continue
        if opening and lead is not None and _clause_kind(opening.group("word")) == "condition":
            # "After 4 weeks, if the owner has not responded, support will ...": one case
            clause_end = body.text.rindex(",", 0, opening.end())
            start, end = lead.phrase.span[0], body.span(0, clause_end)[1]
            at = len(shown.text) - len(body.text)
            lead = Clause(lead.kind, Phrase(shown.text[: at + clause_end], (start, end)))
            body = body.slice(opening.end(), len(body.text))
            continue
        break
    return body, lead


def _clause_kind(
    word: str, kinds: tuple[tuple[re.Pattern[str], ClauseKind], ...] = _CLAUSE_KINDS
) -> ClauseKind:
    normal = " ".join(word.lower().split())
    for pattern, kind in kinds:
        if pattern.match(normal):
            return kind
    raise ValueError(f"not a clause opening: {word!r}")


def _modal_statement(
    body: Plain, sentence: Sentence, block: Block, section: Section, lead: Clause | None
) -> Statement | None:
    match = _MODAL.search(body.text)
    if match is None:
        return None
    subject_text = _without_trailing_adverbs(body.text[: match.start()].strip())
    if subject_text and not is_subject(subject_text):
        return None
    if (
        not subject_text
        and sentence.text.lstrip()[:1] not in ("-", "*", "+")
        and (body.offsets and body.offsets[0] > sentence.start)
    ):
        return None  # "...; shall keep a roll of members present": the subject is the
        # sentence's, far back, not the trainee's
    modal = " ".join(match.group("modal").split())
    if modal in ("'ll", "’ll"):
        modal = "will"
    rest_start = match.end() + 1
    aside = _ASIDE.match(body.text, match.end())
    if aside and not _CUT_SHORT.match(body.text, aside.end()):
        rest_start = aside.end()  # "you must, in the first instance, inform ...": the act
    action, tail = _split_tail(body, rest_start)
    if action is None or not _starts_with_verb(action.text, modal):
        return None
    subject = Phrase(subject_text, body.span(0, len(subject_text))) if subject_text else None
    return Statement(
        _modal_kind(modal), sentence, block, section, subject, modal, action, lead, tail
    )


# "must, in the first instance, inform": a few words set off between the modal and its verb.
_ASIDE = re.compile(r",\s+[^,;:]{2,40},\s+(?=[a-z])")
# An act that breaks off at a comma a few words on: "appoint from the Club membership, including
# Directors, such other officials": what is appointed stands after it, out of the act's reach.
_CUT_SHORT = re.compile(r"(?:[^\s,]+\s+){0,5}[^\s,]+,")
# "Please file an expense report ...": an order, once the "please" is read past.
_PLEASE = re.compile(r"^\W*please\s", re.IGNORECASE)
_FEEL_FREE = re.compile(r"feel free to\s+(?=\w)", re.IGNORECASE)
_MAKE_SURE = re.compile(
    r"(?:just\s+)?(?:make sure|be sure|remember|don't forget|do not forget) to\s+(?=\w)",
    re.IGNORECASE,
)
# Orders that only send the reader elsewhere.
_REFERRING_VERBS = frozenset({"see", "refer", "read", "visit", "click", "go", "step"})


def _fact_verb_follows(tokens: list[str]) -> bool:
    """ "Bug fixes come with tests": a noun that looks like a verb, then the real verb."""
    return any(
        verb_lemma(t) is not None and t.lower().endswith("s") and t.lower() != verb_lemma(t)
        for t in tokens[1:3]
    ) and not is_base_verb(tokens[1])


# An order with its purpose: "Label samples so that anyone can figure out what they are".
_SO_THAT = re.compile(r"\bso that\b", re.IGNORECASE)
# A rule's reference at the start of a sentence: "Rule 5.10(g) requiring that ...".
_REFERENCE = re.compile(r"\w+\s+\d+(?:\.\d+|\([a-z0-9]+\))")
# Where an order's own words end and a clause of its own begins: "Label samples | so that
# anyone can figure out what they are" (the clause's "can" is no modal of the order's).
_SUBORDINATE = re.compile(
    r"\b(?:so|if|when|whenever|unless|because|until|before|after|that|which|who|where)\b",
    re.IGNORECASE,
)


def _object_follows(tokens: list[str]) -> bool:
    """Whether what follows the first word reads as the rest of an order ("the machine",
    "every source", "and tag each isolator", "for the shutdown") rather than a noun phrase
    that starts with a verb-like noun ("Commit access to the repository")."""
    second = tokens[1].lower()
    if second in ("and", "or"):
        return len(tokens) > 2 and is_base_verb(tokens[2])
    return second in FUNCTION_WORDS or second.endswith("ly") or second.isdigit()


def _after_a_case(tokens: list[str], lead: Clause | None) -> bool:
    """Whether an order goes on with a noun or a name after a case that shows it is one ("In
    case of a battery fire, dump sand on ...", "If limited to a handheld, ask K1KL to ..."),
    which alone could be a noun phrase ("Commit access to the repository")."""
    if lead is None or lead.kind not in ("condition", "time"):
        return False
    second = tokens[1]
    if any(t.lower().endswith("s") and verb_lemma(t) not in (None, t.lower()) for t in tokens[2:4]):
        return False  # "vacation time accrues on ...": a subject and its verb, no order
    return second[:1].isupper() or "NOUN" in parts_of_speech(second.lower())


# An adverb between a subject and its verb ("The secretary always must ...") is not a part
# of the subject's name; a noun in -ly is ("A General Assembly must be held ...").
_SUBJECT_ADVERBS = frozenset(["always", "never", "also", "often", "usually", "still", "only"])


def _without_trailing_adverbs(subject: str) -> str:
    head, _, last = subject.rpartition(" ")
    while head and (
        last.lower() in _SUBJECT_ADVERBS
        or (last.endswith("ly") and parts_of_speech(last) == frozenset({"ADV"}))
    ):
        subject = head
        head, _, last = subject.rpartition(" ")
    return subject


def _order_statement(
    body: Plain, sentence: Sentence, block: Block, section: Section, lead: Clause | None
) -> Statement | None:
    """ "Wrap all other lines at 72 columns.", "Do not skip those steps.": an order to the
    reader, with no subject of its own. A question asks it of "you"."""
    tokens = words(body.text)
    free = _FEEL_FREE.match(body.text)
    sure = _MAKE_SURE.match(body.text)
    if len(tokens) < 3:
        return None
    first, second = tokens[0], tokens[1].lower()
    pleased = _PLEASE.match(visible(sentence.text)) is not None
    ordered = pleased or _SO_THAT.search(body.text) is not None
    if _REFERENCE.match(body.text):
        return None  # "Rule 5.10(g) requiring that ...": a reference, not "rule" as an order
    negative = first.lower() in ("do", "don't") and second in ("not", "never", "t")
    # "Always wear safety glasses ...", "Never interrupt anyone using power tools": an order
    # said with how often it holds (round 161's shop rules)
    steady = first.lower() in ("always", "never") and is_base_verb(second)
    if first.lower() in FUNCTION_WORDS and sure is None and not negative and not steady:
        return None
    kind: StatementKind
    if steady:
        start = body.text.index(tokens[1])
        kind, verb = ("prohibition", "must not") if first.lower() == "never" else ("duty", "should")
    elif free is not None:
        start = free.end()  # "feel free to ping Andrea": what the reader may do
        kind = "permission"
        verb = "can"
    elif sure is not None:
        start = sure.end()  # "make sure to check with your team": what the reader must do
        kind, verb = "duty", "should"
    elif negative:
        rest = body.text.split(" ", 2)[2] if first.lower() == "do" else body.text.split(" ", 1)[1]
        start = body.text.index(rest)
        kind = "prohibition"
        verb = "must not"
    elif (
        is_base_verb(first)
        and first.lower() not in _REFERRING_VERBS
        and (first[:1].isupper() or lead is not None or pleased)
        and _MODAL.search(_SUBORDINATE.split(body.text, maxsplit=1)[0]) is None
        # "Please request specific agar plates ...", "Label samples so that anyone can ...":
        # an order, whatever word after its verb may be one too
        and (ordered or not _fact_verb_follows(tokens))
        and (ordered or _object_follows(tokens) or _after_a_case(tokens, lead))
        # mostly capitals is a title ("Report Security Incidents"), unless a case opens it
        # ("Before travelling, contact the MOJ Mobile Devices team")
        and (lead is not None or sum(t[:1].isupper() for t in tokens) * 2 < len(tokens))
    ):
        start = 0
        kind, verb = "duty", "should"
    else:
        return None
    if not is_base_verb(words(body.text[start:])[0]):
        return None
    action, tail = _split_tail(body, start)
    if action is None:
        return None
    action = Phrase(action.text[:1].lower() + action.text[1:], action.span)
    return Statement(kind, sentence, block, section, None, verb, action, lead, tail)


def _definition_statement(
    body: Plain, sentence: Sentence, block: Block, section: Section, lead: Clause | None
) -> Statement | None:
    match = _DEFINITION.search(body.text)
    if match is None or lead is not None or match.group("verb").lower().endswith("called"):
        return None  # "The price you pay is called the 'strike price'": the term comes last
    before = words(body.text[: match.start()])
    if match.group("verb").lower() == "means" and before and before[-1].lower() in _MEANS_NOUN:
        return None  # "Use of any means of aid ...": the noun, not the verb
    named = _RELATIVE_END.sub("", body.text[: match.start()]).strip()
    term = named.strip("\"“”'‘’")
    quoted = term != named  # '"Lifting the embargo" refers to ...' names a term, though a doing
    if not term or word_count(term) > 6 or _HEDGED.search(term):
        return None
    if _is_doing(term) and not quoted:
        return None
    if _IMPLIES.match(body.text[match.end() :]):
        return None  # "Becoming a maintainer means that you are going to ...": what follows
    action, tail = _split_tail(body, match.end())
    if action is None or word_count(action.text) < 3:
        return None
    start = body.text.index(term)
    subject = Phrase(term, body.span(start, start + len(term)))
    return Statement(
        "definition", sentence, block, section, subject, match.group("verb"), action, None, tail
    )


# Words after which "means" is a noun ("any means of aid", "by means of").
_MEANS_NOUN = frozenset({"any", "a", "by", "other", "some", "all", "the", "no", "every", "their"})
# "Becoming a maintainer generally means ...": a hedge says what usually follows from
# something, which is no definition of a term.
_HEDGED = re.compile(r"\b(?:generally|usually|typically|normally|often|basically|simply)$", re.I)


def _is_doing(term: str) -> bool:
    """ "Using consensus", "Becoming a maintainer": a doing, whose "means" tells what follows
    from it, not a term's meaning ("Onboarding" and "Training" are names of things too)."""
    first = term.split()[0].lower()
    return (
        " " in term
        and first.endswith("ing")
        and "NOUN" not in parts_of_speech(first)
        and "VERB" in parts_of_speech(first)
    )


# "... means that you are going to spend time ...", "Using consensus means we share power":
# a consequence told as a clause.
_IMPLIES = re.compile(r"(?:that\s+)?(?:you|we|they|it|he|she|there|i|your|our|their)\b", re.I)
# "Double trigger acceleration, which means ...": the term without its relative pronoun.
_RELATIVE_END = re.compile(r",?\s+(?:which|that)\s*$", re.IGNORECASE)


def _identity_statement(
    body: Plain, sentence: Sentence, block: Block, section: Section, lead: Clause | None
) -> Statement | None:
    match = _IDENTITY.search(body.text)
    if match is None:
        return None
    subject_text = body.text[: match.start()].strip()
    if (
        not is_subject(subject_text)
        or subject_text[:1] in "\"“'‘"
        or _POINTING_SUBJECT.match(subject_text)
        or not re.search(r"[A-Za-z]", subject_text)  # "0.9 is the ninth release": a number
    ):
        return None
    if match.group("verb").lower() == "are" and not is_plural_phrase(subject_text):
        return None  # "PyCharm are the most popular": the last of a list the clause split off
    action, tail = _split_tail(body, match.start("det"))
    if action is None:
        return None
    action = _first_role(action)
    if not 3 <= word_count(action.text) <= 20:
        return None
    generic = re.match(r"(?:a|an)\s+", subject_text, re.IGNORECASE)
    if generic and match.group("det").lower() in ("a", "an") and word_count(subject_text) <= 5:
        if _JUDGEMENT.search(action.text) or words(subject_text)[-1].lower() in _MEASURES:
            return None  # "A week is a generally good length of time": advice, not a term
        if words(subject_text)[-1].lower() in GENERIC_NOUNS:
            return None  # "A common occurrence is a dangerous intersection ...": an example
            # of something, not a term a trainee could name
        # "A remote day is a full working day spent away ...": what a term means
        term = subject_text[generic.end() :]
        start = generic.end()
        subject = Phrase(term.strip("\"“”'‘’"), body.span(start, start + len(term)))
        full = Phrase(
            body.text[match.start("det") : match.start("det") + len(action.text)], action.span
        )
        return Statement("definition", sentence, block, section, subject, "is", full, lead, tail)
    subject = Phrase(subject_text, body.span(0, len(subject_text)))
    return Statement(
        "identity", sentence, block, section, subject, match.group("verb"), action, lead, tail
    )


# A subject that points at a place in the text ("Below is the list ..."), not a thing.
_POINTING_SUBJECT = re.compile(
    r"^(?:below|above|here|there|following|next|then|now)\b", re.IGNORECASE
)
# Words of judgement that make "An X is a good Y" advice rather than what X means.
_JUDGEMENT = re.compile(
    r"\b(?:good|bad|better|best|worse|worst|generally|usually|often|typically|ideal|"
    r"important|useful|great|nice|reasonable|fine)\b",
    re.IGNORECASE,
)
# Units of time and measure are not terms a document defines.
# Nouns that name no term and hold no role: an example of something ("A common occurrence
# is ...") or how much it matters ("The main concern is ...").
GENERIC_NOUNS = frozenset(
    {"occurrence", "example", "case", "instance", "situation", "thing", "problem", "issue",
     "mistake", "way", "sign", "reason", "cause", "scenario", "concern", "priority", "focus",
     "idea", "challenge", "matter", "worry", "consideration"}
)  # fmt: skip
_MEASURES = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "metre", "meter"}
)


# Where a predicate that names several roles moves on to the next one, or to a comment.
_NEXT_ROLE = re.compile(r",\s+(?:and\s+)?(?:the|a|an|which|who|whose|presiding|[a-z]+ing)\b|;")


MAX_PART_WORDS = 16


def shortened(text: str, most: int = MAX_PART_WORDS) -> str:
    """A long coordination cut at its last "and" that leaves at most `most` words and at
    least six: "to unite and lead the masses to develop the economy and run towards ... and
    build ..." -> "to unite and lead the masses to develop the economy"."""
    if word_count(text) <= most:
        return text
    cuts = [
        m.start()
        for m in re.finditer(r",?\s+and\s+", text)
        if not _SERIES_SO_FAR.search(text[: m.start()])
    ]
    fitting = [c for c in cuts if 6 <= word_count(text[:c]) <= most]
    return text[: fitting[-1]] if fitting else text


# "the management mode, decision-making direction and service level ...": the "and" of a
# series of things, which a cut there would leave one short (and the sentence without its verb).
_SERIES_SO_FAR = re.compile(r",\s+[\w-]+(?:\s+[\w-]+)?$")


_NEXT_PREDICATE = re.compile(
    r",?\s+and\s+(?=(?:will|shall|must|should|may|can|are|is|has|have|be)\b|(?P<verb>\w+)\s)",
    re.IGNORECASE,
)


# ", notify the parents", ", should be closely supervised": a next predicate after a comma.
_SPLICED_PREDICATE = re.compile(
    r",\s+(?:(?P<modal>will|shall|must|should|may|can)\s|(?P<verb>[a-z]+)\s)"
)


# "... and is ordinarily held annually", ", and shall report ...": a predicate of its own.
_SECOND_PREDICATE = re.compile(r",?\s+and\s+(?:is|are|shall|will|must|should|has|have)\s")


def _adjectives_in_a_row(before: str, verb: str) -> bool:
    """Whether the comma parts two words before one noun, an adjective and a participle
    ("retain original, itemized receipts"), not two predicates (round 211's expense policy
    had asked "Who must retain original?")."""
    last = words(before)[-1:]
    return verb.endswith("ed") and bool(last) and "ADJ" in parts_of_speech(last[0].lower())


def first_predicate(text: str, most: int = MAX_PART_WORDS) -> str:
    """A long predicate cut where an "and" starts the next one ("holds the ability to alter
    the charter and appoint members of ..." -> "holds the ability to alter the charter"), so
    a question asks one thing whole; "" when no such cut leaves at most `most` words. Not
    inside a coordination of nouns or of gerunds ("clarifying and enforcing")."""
    splice = _SPLICED_PREDICATE.search(text)
    if (
        splice is not None
        and (splice.group("modal") or parts_of_speech(splice.group("verb")) == {"VERB"})
        # "organize, preside over, and set the agenda for all meetings": verbs that share
        # what follows, cut after the first left "Who shall organize?" (round 177's judge)
        and word_count(text[: splice.start()]) > 1
        and not _adjectives_in_a_row(text[: splice.start()], splice.group("verb") or "")
    ):
        text = text[: splice.start()]  # "report the accident ..., notify the parents": a list
        # of things to do, the first asked
    second = _SECOND_PREDICATE.search(text)
    if second is not None:
        text = text[: second.start()]  # "the highest decision-making body ... and is ordinarily
        # held annually": two things said, a question of the first reads as one (round 78's
        # judge)
    if word_count(text) <= most:
        return text
    for match in _NEXT_PREDICATE.finditer(text):
        verb = match.group("verb")
        if verb is not None and not is_base_verb(verb):
            continue
        before = [w.lower() for w in words(text[: match.start()])]
        if before[-2:-1] in (["a"], ["an"], ["the"]) and "ADJ" in parts_of_speech(before[-1]):
            continue  # "the keeping of a full and complete record": two adjectives, cut
            # after the first left "Who shall supervise the keeping of a full?" (round 177)
        if 3 <= word_count(text[: match.start()]) <= most:
            return text[: match.start()]
    return ""


def _first_role(action: Phrase) -> Phrase:
    """ "the foundation of all the work, the leading core of ..., and the bridge ..." -> "the
    foundation of all the work": one role per question."""
    cut = _NEXT_ROLE.search(action.text)
    if cut is None:
        return action
    kept = action.text[: cut.start()].rstrip()
    return Phrase(kept, (action.span[0], action.span[0] + len(kept)))


_EXPLETIVE_ROLE = re.compile(
    r"^It is (?P<role>(?:the|a|an|one of the)\s[^,;]{3,80}?|[\w ]{2,40}?(?:'s|’s)\s+"
    r"(?:duty|task|job|role|responsibility|mission))\s+(?P<act>to\s+\S.*)$",
)


def _expletive_statement(
    body: Plain, sentence: Sentence, block: Block, section: Section, lead: Clause | None
) -> Statement | None:
    """ "It is the fundamental task of the night shift to keep the line running": the role is
    the subject of the question ("What is the fundamental task of ...?"), the infinitive its
    answer."""
    match = _EXPLETIVE_ROLE.match(body.text.rstrip("."))
    if match is None:
        return None
    act_start = match.start("act")
    act = body.text[act_start:].rstrip(" .")
    cut = _NEXT_ROLE.search(act)
    act = shortened(act[: cut.start()] if cut else act)
    role = match.group("role")
    if not 3 <= word_count(act) <= MAX_PART_WORDS or points_back(role):
        return None
    return Statement(
        "identity",
        sentence,
        block,
        section,
        Phrase(act, body.span(act_start, act_start + len(act))),
        "is",
        Phrase(role, body.span(match.start("role"), match.end("role"))),
        lead,
        None,
    )


_PASSIVE = re.compile(
    r"\s(?P<aux>is|are)\s+(?:(?:also|then|always|normally|usually|only)\s+)?(?P<participle>[a-z]+)\b"
)


def _passive_statement(
    body: Plain, sentence: Sentence, block: Block, section: Section, lead: Clause | None
) -> Statement | None:
    """ "Security incidents are reported to the IT Service Desk within 1 hour": what is done
    to something, asked about its figures ("Within how many hours are ... reported?")."""
    match = _PASSIVE.search(body.text)
    if match is None:
        return None
    subject_text = body.text[: match.start()].strip()
    participle = match.group("participle")
    lemma = verb_lemma(participle)
    if (
        lemma is None
        or participle == lemma
        or not participle.endswith(("ed", "en", "wn", "nt", "lt", "ld", "de", "id", "ght"))
    ):
        return None
    if not is_subject(subject_text):
        return None
    action, tail = _split_tail(
        body, match.start("participle") - (match.start("participle") - match.end("aux") - 1)
    )
    if action is None or word_count(action.text) < 2:
        return None
    subject = Phrase(subject_text, body.span(0, len(subject_text)))
    return Statement(
        "fact", sentence, block, section, subject, match.group("aux"), action, lead, tail
    )


def _fact_statement(
    body: Plain, sentence: Sentence, block: Block, section: Section, lead: Clause | None
) -> Statement | None:
    """ "The TSC elects a chair", "Collaborators review and merge pull requests": an agent and
    what it does, in the present tense. The verb agrees with the subject: a singular subject
    takes the -s form, a plural one the plain form."""
    tokens = list(_WORD.finditer(body.text))
    for index, token in enumerate(tokens[1:9], start=1):
        word = token.group(0)
        lemma = verb_lemma(word)
        if lemma is None or word.lower() in FUNCTION_WORDS or word[:1].isupper():
            continue
        if tokens[index - 1].group(0).lower() in _DETERMINERS | {"to"}:
            continue  # "the charter": a noun; "to label": an infinitive
        following = tokens[index + 1].group(0).lower() if index + 1 < len(tokens) else ""
        if following in _AUXILIARY_WORDS:
            continue  # "The primary factors do include": the verb comes later
        subject_text = _without_trailing_adverbs(body.text[: token.start()].strip())
        if not subject_text:
            continue
        head = _head(subject_text) or tokens[index - 1].group(0)
        plural_head = _is_plural_noun(head)
        singular_form = word.lower() == _third_person(lemma) and not plural_head
        plural_form = word.lower() == lemma and plural_head
        if not (singular_form or plural_form) or not is_subject(subject_text):
            continue
        said = [w.lower() for w in words(subject_text)]
        if said[-1] in FUNCTION_WORDS or (len(said) > 1 and said[-2] == "to"):
            continue  # "Ability to label issues", "Reviews on pull requests": no subject
        if not (is_noun(head) or head[:1].isupper()) or not _is_agent_phrase(subject_text):
            return None
        if block.kind == "item" and _order_with_plural_object(said[0], word):
            return None  # "Monitor engine gauges every 20 minutes": a list of orders, whose
            # object's plural had been read as the verb ("How often does monitor engine gauge?")
        action, tail = _split_tail(body, token.start())
        if action is None or word_count(action.text) < 3:
            return None
        subject = Phrase(subject_text, body.span(0, len(subject_text)))
        return Statement("fact", sentence, block, section, subject, "", action, lead, tail)
    return None


def _order_with_plural_object(first: str, verb: str) -> bool:
    """Whether a list item read as "subject, verb" also reads as an order: its first word a
    verb's plain form, and its "verb" a plural noun ("Monitor | engine gauges")."""
    return first not in _DETERMINERS and is_base_verb(first) and singular(verb) is not None


_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "our",
        "your",
        "his",
        "her",
        "every",
        "each",
        "any",
        "all",
        "no",
    }
)
_QUALIFIERS = frozenset({"of", "to", "in", "on", "for", "with", "from", "at", "by", "who", "that"})


def _head(phrase: str) -> str:
    """The noun a subject is about: its last word before a qualifier ("changes" in "All
    changes to the Charter")."""
    head = ""
    for word in words(phrase):
        if word.lower() in _QUALIFIERS and head:
            break
        if word.lower() not in FUNCTION_WORDS:
            head = word
    return head


def _is_agent_phrase(subject: str) -> bool:
    """A subject that can do things: several words, a plural, an acronym or a name; a lone
    capitalised singular ("Pull") is usually the first word of a fragment."""
    tokens = words(subject)
    if len(tokens) > 1:
        return True
    word = tokens[0]
    return word.isupper() or singular(word) is not None or not parts_of_speech(word)


def _third_person(lemma: str) -> str:
    return inflect(lemma, "VBZ").lower()


def _is_plural_noun(word: str) -> bool:
    """A plural noun: one the lexicon knows as such, or a word it does not know that ends
    like a plural ("triagers", "emeriti" aside)."""
    if word.isupper():
        return False
    if singular(word) is not None:
        return True
    lower = word.lower()
    return (
        not parts_of_speech(lower)
        and lower.endswith("s")
        and not lower.endswith(("ss", "us", "is"))
    )


_SECOND_MODAL = re.compile(
    r",?\s+(?:and|but|or)\s+(?:shall|will|must|should|may|can)\s+(?:not\s+)?[a-z]+", re.IGNORECASE
)


def _split_tail(body: Plain, start: int) -> tuple[Phrase | None, Clause | None]:
    """The words from `start` to the first trailing clause (or the end), and that clause."""
    text = body.text
    end = len(text.rstrip(" .;!"))
    comment = _COMMENT.search(text, start, end)
    if comment is not None:
        end = comment.start()  # what follows comments on the object, not on the action
    second = _SECOND_MODAL.search(text, start, end)
    if second is not None:
        end = second.start()  # "..., and shall give a deadline ... from when ...": a second
        # duty, whose clauses are not the first's
    tail: Clause | None = None
    for match in _TAIL.finditer(text, start, end):
        if word_count(text[start : match.start()]) < 2:
            continue
        clause_start = match.start("word")
        tail = Clause(
            _clause_kind(match.group("word"), _TAIL_KINDS),
            Phrase(text[clause_start:end], body.span(clause_start, end)),
        )
        end = match.start()
        break
    action = text[start:end].strip(" ,;")
    if not action:
        return None, None
    offset = text.index(action, start)
    return Phrase(action, body.span(offset, offset + len(action))), tail


def _modal_kind(modal: str) -> StatementKind:
    for pattern, kind in _MODAL_KINDS:
        if pattern.match(modal):
            return kind
    return "duty"


def _starts_with_verb(action: str, modal: str) -> bool:
    first = (words(action) or [""])[0]
    if modal.lower().endswith(("for", "from")):
        return is_gerund(first)
    if first.lower() in ("be", "have", "do", "not", "always", "also", "only") or is_base_verb(
        first
    ):
        return True
    # "should immediately inform", "must promptly report": an adverb of manner, then the verb
    second = (words(action)[1:2] or [""])[0]
    return _MANNER_ADVERB.fullmatch(first) is not None and is_base_verb(second)


_MANNER_ADVERB = re.compile(
    r"(?!only|early|likely|family|daily|weekly|monthly|yearly|apply|supply|rely|reply)"
    r"[a-z]+ly|first|still|then",
    re.IGNORECASE,
)


RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})
_NO_SUBJECT_OPENING = frozenset(
    {"and", "or", "but", "so", "then", "because", "if", "when", "as", "to", "of", "before",
     "after", "once", "until", "while", "unless", "although", "whenever",
     # "For an EMPLOYEE a form | needs to be filled out": a setting without its comma
     "for", "in", "on", "at", "with", "by", "during", "within", "from", "under"}
)  # fmt: skip
_CLAUSE_OPENERS = frozenset({"when", "whenever", "if", "unless", "while", "because", "although"})


def is_subject(text: str) -> bool:
    """Whether text before a verb reads as a subject: a short noun phrase, not a pronoun,
    not a clause of its own."""
    tokens = words(text)
    if not 1 <= len(tokens) <= 12 or text.endswith(",") or _NOT_GENERAL.match(text):
        return False
    if text[:1] in "\"“'‘":
        return False  # a saying in quotation marks
    if "," in text and not re.search(r"\b(?:and|or)\b", text):
        return False  # 'Press "Start", it ...': two clauses, not one subject
    if len(tokens) == 1 and _ANAPHORIC_SUBJECT.match(tokens[0]):
        return False
    first = tokens[0].lower()
    if first in _NO_SUBJECT_OPENING:
        return False  # "Before beginning in the lab you | must": a clause, then the subject
    if any(t.lower() in _CLAUSE_OPENERS for t in tokens) or _SO_THAT.search(text):
        return False  # "either when taking the cylinders, or returning them, they": a clause;
        # "Label samples so that anyone | can ...": an order and its purpose
    if first in ("do", "don't", "please", "let", "make"):
        return False  # an order, not a subject: "Do not worry if you ..."
    if len(tokens) > 1 and parts_of_speech(first) == {"VERB"} and is_base_verb(first):
        return False  # "Include the proposed date that you | will turn in ...": an order,
        # not a gerund's "Voting at the board meeting | is decided ..."
    if tokens[-1].lower() in RELATIVES:
        return False  # "Any queries that | are received will ...": the verb is the clause's
    if re.search(r"\b[a-z]+ing\s+that\b", text):
        return False  # "Rule 5.10(g) requiring that pitchers | must face ...": the verb is
        # the clause's
    if any(
        t.lower() in ("is", "are", "was", "were") and before.lower() not in RELATIVES
        for before, t in pairwise(["", *tokens])
    ):
        return False  # a clause of its own, not "Any queries that are received"
    if len(tokens) == 1 and first in ("you", "we"):
        return True  # the reader, or the speaker's side: a subject of duties
    return any(t.lower() not in FUNCTION_WORDS for t in tokens)
