"""Questions about what a list of the document holds: "Which is NOT one of ...?".

A trainer's documents put much of what matters in lists: the duties of a role, the points to
keep when doing a task, the steps of a procedure, what a term covers. Knowing which things
belong to such a list is content, not wording, as long as the question names the list by
what it is ("the three points the treasurer should keep when paying an invoice"),
never by where it stands.

A list is found where a sentence announces it and says what it is of: before a run of list
items ("The basic duties of the treasurer mainly include:"), or before sentences that count
off its members ("... the following three points: First, check the order. ... The second is to
ask for a receipt. ..."). Each member is shown by its own opening
words, and the wrong choice is a member of another list of the same document, of the same
shape (an action among actions), so it is plausible and certainly not in this list. The
quote is the whole list, announcement included, which is the passage that proves the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.generate.agents import is_agent
from quizapp.generate.candidates import Candidate
from quizapp.generate.distractors import near_copy, stable_order
from quizapp.generate.figures import TIME_UNIT
from quizapp.generate.grammar import in_sentence
from quizapp.generate.lexicon import (
    FUNCTION_WORDS,
    is_base_verb,
    is_only_a_verb,
    parts_of_speech,
    singular,
)
from quizapp.generate.plain import plain
from quizapp.generate.purposes import ABILITIES, purpose_of_list
from quizapp.generate.sentences import Sentence
from quizapp.generate.statements import (
    MIN_SHARED_WORDS,
    SUBORDINATE_OPENING,
    points_back,
    rule_of_its_own,
)
from quizapp.generate.structure import Block, Document, Section
from quizapp.generate.text import (
    COUNT_WORDS,
    NUMBER_WORDS,
    ORDINALS,
    capitalise,
    content_words,
    short_slug,
    word_count,
    word_set,
)

MIN_MEMBERS = 3
MAX_MEMBER_WORDS = 12
MAX_LIST_CHARACTERS = 10000
SHOWN_MEMBERS = 3

# "... keep the following three points when ..." / "... do the following steps"
_FOLLOWING = re.compile(
    rf"^(?P<before>.*?)\s*\b(?:the\s+)?following\s+(?:(?P<count>{COUNT_WORDS}|\d+)\s+)?"
    r"(?P<noun>(?:[a-z]+\s+){0,2}[a-z]+s)\b(?P<after>.*)$",
    re.IGNORECASE,
)
# "The basic duties of the treasurer mainly include" / "The committee's powers are"
_INCLUDE = re.compile(
    r"^(?P<subject>.+?)\s+(?:(?:may|can|might|will|would|should|must)\s+)?"
    r"(?:mainly\s+|chiefly\s+|usually\s+|also\s+)?"
    r"(?:include|includes|consist of|consists of|comprise|comprises|are as follows|are)$",
    re.IGNORECASE,
)
# "To cut a release" announcing the steps that do it.
_PURPOSE = re.compile(r"^(?:in order )?to\s+(?P<purpose>[a-z].+)$", re.IGNORECASE)
# A member counted off in running text: "First, check the order." / "The second is to ask
# for a receipt." / "Third, we must file the invoice."
_COUNTED = re.compile(
    r"^(?:(?P<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?,"
    r"|the\s+(?P<the>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"\s+(?:one\s+)?is(?:\s+to)?)\s+(?P<body>.+?)[.;!]?$",
    re.IGNORECASE,
)
# The speaker's own voice before a member: "we should be clear about our goals".
_VOICE = re.compile(
    r"^(?:we|you|they|one|he|she)\s+(?:should|must|shall|need to|have to|ought to)\s+"
    r"|^(?:to|please)\s+",
    re.IGNORECASE,
)
# Where a member's opening words end: the rest explains it.
_MEMBER_END = re.compile(r"[:;(—–]|\s-\s|,\s+(?:and|so|which|but|because|to)\s|\.\s")
# "Ensure that the Diversity, Equity, and Inclusion policy ...", "Manage funding, grant, and
# sponsorship methods": words in a series, whose ", and" goes on to the last of them.
_SERIES_SO_FAR = re.compile(r"\b[\w-]+,\s+[\w-]+$")
# An announcement that opens with a word pointing back cannot be read on its own.
_DISCOURSE = re.compile(
    r"^(?:specifically|in particular|in short|in general|generally|therefore|thus|also|"
    r"here|now|at present|in addition|besides|moreover),\s+",
    re.IGNORECASE,
)
_NOT_A_MEMBER = re.compile(
    r"^(?:if|when|unless|you|we|i|it|this|that|these|those|they|there|example|e\.g|note|not)\b",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"[\[\]\\/#<>=_{}|~^$@]|--|\b[A-Z]+_[A-Z]+\b")
_DEMONSTRATIVE = re.compile(r"\b(?:this|these|those)\s+\w", re.IGNORECASE)
_PERSON = re.compile(r"^(?:he|she)\s+(?=must|should|shall|has|needs)", re.IGNORECASE)
_SUBJECT = re.compile(
    r"\b(the\s+[a-z]+(?:\s+[a-z]+){0,6}?)\s+(?:must|should|shall|has to|needs to)\s",
    re.IGNORECASE,
)
_WE = re.compile(r"^(?:we|you)\s+(?P<modal>should|must|shall|need to|have to)\s+", re.I)


@dataclass(frozen=True)
class Enumeration:
    """A list the document gives: what it is (a phrase a question can name it by), the
    opening words of each member, and the span from its announcement to its last member."""

    what: str
    front: str  # an opening phrase of the announcement kept before the question ("In X, ")
    members: tuple[str, ...]
    span: tuple[int, int]
    section: Section
    verbal: bool  # its members are actions ("Check the order"), not things
    why: str = ""  # the sentence before the announcement that says why the list matters
    agents: bool = False  # its members are people or bodies ("the Chair, Treasurer, ...")
    itemised: bool = False  # its members open list items, not sentences counted in a paragraph


def list_drafts(document: Document) -> list[Candidate]:
    """A question for each list short enough to quote whole; a longer list still lends its
    members as wrong choices to the others."""
    found = [e for e in enumerations(document) if _is_fair(e)]
    drafts = []
    for enumeration in found:
        if enumeration.span[1] - enumeration.span[0] > MAX_LIST_CHARACTERS:
            continue
        others = [e for e in found if e is not enumeration]
        draft = _not_one_of(enumeration, others)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _is_fair(enumeration: Enumeration) -> bool:
    members = enumeration.members
    return (
        len(members) >= MIN_MEMBERS
        and _announced_count(enumeration.what) in (None, len(members))
        and all(word_count(m) >= 1 for m in members)
        and not any(_NOT_A_MEMBER.match(m) for m in members)
        and len(_choosable(members)) >= SHOWN_MEMBERS
        and not any(near_copy(a, b) for i, a in enumerate(members) for b in members[i + 1 :])
    )


def _announced_count(what: str) -> int | None:
    """How many members the announcement promises ("the five basic qualities"): a list found
    with fewer lost one where the document stopped numbering them, and its explanation would
    name five and list four."""
    match = re.search(rf"\b({COUNT_WORDS})\b", what, re.IGNORECASE)
    return NUMBER_WORDS[match.group(1).lower()] if match else None


def _choosable(members: tuple[str, ...]) -> list[str]:
    """The members that read as a choice: short, and a thing or an action of their own, not a
    clause about someone ("You will be assigned ...", "If you ...") or an example."""
    return [
        m
        for m in members
        if word_count(m) <= MAX_MEMBER_WORDS
        and not _NOT_A_MEMBER.match(m)
        and not _MARKUP.search(m)
    ]


def enumerations(document: Document) -> list[Enumeration]:
    """Every list the document announces and names, fair to ask about or not."""
    found: list[Enumeration] = []
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if block.kind not in ("paragraph", "item") or block.section is None:
            continue
        for position, sentence in enumerate(block.sentences):
            shown = plain(document.text, sentence.start, sentence.end).text
            announcement, colon, first = shown.partition(":")
            if not colon:
                continue
            named = _named(announcement.strip(), block.sentences[:position], document)
            if named is None or _DEMONSTRATIVE.search(named[0]):
                continue  # "the exceptions to this rule" names a rule told before
            what, front = named
            rest = block.sentences[position + 1 :]
            counted = _counted(document, first.strip(), sentence, rest)
            itemised = not counted
            if counted:
                members, last = counted
            elif not first.strip() and position == len(block.sentences) - 1:
                items = _items_after(blocks, index)
                if not items:
                    continue
                items += _unnumbered_last(blocks, items, _announced_count(what))
                members = tuple(_opening(document, _first(item)) for item in items)
                last = items[-1].sentences[0]
                shown_items = [plain(document.text, i.start, i.end).text for i in items]
                if sum(_labelled(text) for text in shown_items) * 2 > len(items):
                    continue  # "Voting: Each active member ...": labels of what each item
                    # says, whose odd one out tests the list's layout (round 65's judge)
            else:
                continue
            if any(not m for m in members):
                continue
            verbal = sum(_is_action(m) for m in members) * 2 > len(members)
            if _OCCASION.match(announcement.strip()) and not (itemised and verbal):
                continue  # "In the first meeting:" over what is not a list of orders
            found.append(
                Enumeration(
                    what,
                    front,
                    members,
                    (sentence.start, last.end),
                    block.section,
                    verbal=verbal,
                    why=_why_before(document, block.sentences[:position], shown)
                    or purpose_of_list(what),
                    itemised=itemised,
                )
            )
    return found + _inline_lists(document)


# A closed list of people or bodies run into a rule's sentence: "The Executive Board shall be
# composed of the Chair, Vice-Chair, Secretary and Treasurer", "Access to the bank account
# shall be given to the Chair, Treasurer, and Chapter Sponsor", "The officers of this club
# shall be President, Vice-President and Treasurer".
_MADE_OF = r"composed|comprised|made\s+up"
_GIVEN = r"given|granted|restricted|limited"
_PEOPLE_WORDS = r"officers|members|trustees|directors|signatories"
_INLINE = re.compile(
    r"^(?P<subject>(?:the\s+)?[A-Za-z][\w' -]{2,60}?)\s+(?:shall|will|must|is|are)\s+"
    rf"(?:(?P<made>(?:be\s+)?(?:{_MADE_OF})\s+of|consist\s+of|comprise)|"
    rf"be\s+(?P<given>{_GIVEN})\s+to|(?P<be>be))\s+"
    r"(?P<list>[^.;:]+?)\.?$",
    re.IGNORECASE,
)
# A word one of its three forms needs, to pass over the other sentences at a glance.
_INLINE_HINT = re.compile(
    rf"\b(?:{_MADE_OF}|consists?|comprises?|{_GIVEN}|{_PEOPLE_WORDS})\b", re.IGNORECASE
)
_PEOPLE = re.compile(rf"^(?:the\s+)?(?:{_PEOPLE_WORDS})\b", re.I)
MAX_INLINE_MEMBER_WORDS = 6


def _inline_lists(document: Document) -> list[Enumeration]:
    """The lists of people or bodies a rule's own sentence gives (see `_INLINE`), named by
    what they are members of or given: "the members of the Executive Board", "those given
    access to the bank account", "the officers of the club"."""
    found: list[Enumeration] = []
    for block in document.blocks:
        if block.kind not in ("paragraph", "item") or block.section is None:
            continue
        for sentence in block.sentences:
            if "," not in sentence.text or not _INLINE_HINT.search(sentence.text):
                continue  # most sentences; showing one costs more than this look at it
            shown = plain(document.text, sentence.start, sentence.end).text.strip()
            match = _INLINE.match(shown)
            if match is None:
                continue
            subject = re.sub(r"\b(?:this|our|its)\b", "the", in_sentence(match.group("subject")))
            if points_back(subject) or (match.group("be") and not _PEOPLE.match(subject)):
                continue  # "be" lists only people ("The officers ... shall be ..."), not what
                # a meeting shall be ("informal, open and minuted")
            members = _listed(match.group("list"))
            if (
                len(members) < MIN_MEMBERS
                or not all(
                    word_count(m) <= MAX_INLINE_MEMBER_WORDS and (m[:1].isupper() or is_agent(m))
                    for m in members
                )
                or sum(map(is_agent, members)) * 2 < len(members)
            ):
                continue  # "Webmaster", "Vice-Chair": offices by their capitals, among others
                # that name someone
            if match.group("made"):
                what = f"the members of {subject}"
            elif match.group("given"):
                what = f"those {match.group('given').lower()} {subject}"
            else:
                what = subject
            found.append(
                Enumeration(
                    what,
                    "",
                    tuple(members),
                    (sentence.start, sentence.end),
                    block.section,
                    verbal=False,
                    why=purpose_of_list(what),
                    agents=True,
                )
            )
    return found


def _listed(text: str) -> list[str]:
    """The members of "the Chair, Vice-Chair, and the chairpersons of the committees", without
    their articles; with no comma before the last "and", the last two split at it
    ("President, Vice-President and Treasurer")."""
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+|or\s+)?", text) if p.strip()]
    if len(parts) >= 2 and not re.search(r",\s*(?:and|or)\s", text):
        last, _, final = parts[-1].rpartition(" and ")
        parts[-1:] = [last, final] if last else [final]
    return [re.sub(r"^(?:the|a|an)\s+", "", p, flags=re.I) for p in parts]


def _why_before(document: Document, before: list[Sentence], announcement: str) -> str:
    """The sentence just before a list's announcement when it says why the list matters:
    about the same thing (words of substance in common), weighing it ("directly related to
    the vital interests of farmers ... an important criterion"), and no rule of its own.
    Judges failed list questions whose explanation only said where the odd choice belongs."""
    if not before:
        return ""
    shown = plain(document.text, before[-1].start, before[-1].end).text
    if (
        len(content_words(shown) & content_words(announcement)) < MIN_SHARED_WORDS
        or _WEIGHING.search(shown) is None
        or rule_of_its_own(shown)
        or points_back(shown)
    ):
        return ""
    return shown


_WEIGHING = re.compile(
    r"\b(?:important|importance|critical|essential|vital|crucial|matters?|depends? on|"
    r"related to|because|so that|to ensure|in order to)\b",
    re.IGNORECASE,
)


def _named(announcement: str, before: list[Sentence], document: Document) -> tuple[str, str] | None:
    """What an announcement says its list is, as "the three points that ...", and the phrase
    to keep in front of the question; None when it does not say (or says "this" or "it").
    "He" or "she" is read as the person the sentences `before` it in its paragraph name."""
    text = _DISCOURSE.sub("", announcement)
    front = ""
    lead = re.match(
        r"^(?P<front>(?:in|when|for|during|before|after|while)\s[^,]{3,60}),\s+", text, re.I
    )
    if lead:
        front, text = f"{lead.group('front')}, ", text[lead.end() :]
    person = _PERSON.match(text)
    if person:
        named = _person_named(before, document)
        if named is None:
            return None
        text = f"{named} {text[person.end() :]}"
    following = _FOLLOWING.match(text)
    if following:
        subject = following.group("before").strip()
        after = following.group("after").strip(" ,")
        noun = following.group("noun").lower()
        count = following.group("count")
        kind = f"the {count.lower()} {noun}" if count else f"the {noun}"
        if not subject:
            first = _following_first(kind, after)
            return (first, front) if first else None
        if (
            points_back(subject)
            or SUBORDINATE_OPENING.match(subject)
            or word_count(after) > MAX_MEMBER_WORDS
            or word_set(noun) & FUNCTION_WORDS
        ):
            return None
        we = _WE.match(subject)
        clause = f"to {subject[we.end() :]}" if we else f"that {in_sentence(subject)}"
        return _joined(kind, clause, after), front
    purpose = _PURPOSE.match(text)
    if purpose and "," not in purpose.group("purpose"):
        return f"the steps to {purpose.group('purpose')}", front
    include = _INCLUDE.match(text)
    if include:
        subject = include.group("subject").strip()
        if points_back(subject):
            return None
        if re.match(r"^(?:the|all|each|every)\s", subject, re.I):
            return in_sentence(subject), front
        if _PLURAL_HEAD.match(subject) and word_count(subject) > 1:
            # "Examples of unacceptable behaviour include", not "Examples include"
            return f"the {in_sentence(subject)}", front
    named = (
        _powers(text)
        or _counted_nouns(text)
        or _things_to(text)
        or _following_things(text)
        or _listed_nouns(text)
        or _occasion(text)
    )
    return (named, front) if named else None


# A checklist's heading of what to do at a point in time, as an item over its own items: "At
# the day of the soft freeze:", "One week before the hard freeze:", "In the first community
# meeting after the release:" (round 209's release procedure).
# Not "In the event of a fire:", a case and no time.
_OCCASION = re.compile(
    rf"^(?:(?:(?:\d+|{COUNT_WORDS}|a)\s+(?:day|week|month)s?\s+)?(?:before|after)\s+"
    r"[\w' -]{3,60}|(?:at|on|in|during)\s+the\s+(?=[\w' -]*\b(?:day|week|month|year|meeting|"
    r"session|start|beginning|end|close)\b)[\w' -]{3,60})$",
    re.IGNORECASE,
)


def _occasion(text: str) -> str:
    """ "the things to do at the day of the soft freeze": what a list of orders under a time is,
    which `enumerations` takes only where its members are orders."""
    if _OCCASION.match(text) is None or _VERB_IN.search(text):
        return ""
    return f"the things to do {text[:1].lower()}{text[1:]}"


# A verb said in what would be a time: "After the meeting is over" is a clause, which the
# list's name would garble.
_VERB_IN = re.compile(r"\b(?:is|are|was|were|has|have|had|will|can|must|should|do|does)\b", re.I)


# "A receipt must have the following", "An invoice should contain the following": what a
# thing must hold, its list.
_FOLLOWING_THINGS = re.compile(
    r"^(?P<subject>(?:an?|the|each|every|any|all|your)\s+[\w' -]{2,50}?)\s+"
    r"(?P<modal>must|should|shall|will|needs? to)\s+"
    r"(?P<verb>have|include|contain|list|show|state|cover|mention)\s+the\s+following$",
    re.IGNORECASE,
)


def _following_things(text: str) -> str:
    match = _FOLLOWING_THINGS.match(text)
    if match is None or points_back(match.group("subject")):
        return ""
    subject = in_sentence(match.group("subject"))
    return f"the things {subject} {match.group('modal').lower()} {match.group('verb').lower()}"


# "Graduate student responsibilities", "Possible responses may include", "Priorities for
# chalet time": an announcement that is only the list's name, a plural noun with what
# describes it, and perhaps "may include".
_LISTED_NOUNS = re.compile(
    r"^(?P<name>(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z][\w-]*s)(?:\s+(?:for|of|as|in)\s+"
    r"[\w'’ -]{2,30}?)?)(?:\s+(?:may|can|will|should|must|might)\s+include|\s+include)?$",
    re.IGNORECASE,
)


def _listed_nouns(text: str) -> str:
    match = _LISTED_NOUNS.match(text)
    if match is None:
        return ""
    name, head = match.group("name"), match.group("head")
    opening = name.split()[0]
    if (
        word_count(name) < 2  # "Responses include", "Examples:": of what, it does not say
        or singular(head) is None
        or points_back(name)
        or opening.lower() in FUNCTION_WORDS
        or any(is_only_a_verb(w) for w in name.split()[: name.split().index(head)])
    ):
        return ""
    owned = re.search(r"\w(?:'s|’s|s'|s’)\s", name)  # "Titus' responsibilities as PI"
    return in_sentence(name) if owned else f"the {in_sentence(name)}"


# "The Project Leader may:", "Subprojects should:": what a role may or must do, its list.
_POWERS = re.compile(
    r"^(?P<who>(?i:the|all|each|every)\s+[\w' -]{2,60}?|[A-Z][a-z]+s)\s+"
    r"(?P<modal>may|must|should|shall|can|will)$"
)
# "Every deprecation needs to be documented in three primary places", "All working groups
# have these core responsibilities", "There are 3 release types": the list named by its count
# and noun, after a clause that ends where the list fits in ("documented in", "have").
_COUNTED_NOUN = re.compile(
    rf"^(?P<clause>[^,]+?\s(?:in|on|has|have)|there are)\s+"
    rf"(?:(?P<count>{COUNT_WORDS}|\d+|several)|these|the following)\s+"
    r"(?P<noun>(?:[\w-]+\s+){0,2}[a-z]+s)$",
    re.IGNORECASE,
)
# "Please include in your report", "Things to check include": what to do, as things.
_THINGS_TO = re.compile(
    r"^(?:please\s+)?(?P<verb>include|check|provide|bring|send|prepare|verify|confirm)"
    r"(?P<rest>(?:\s+(?:in|with|for|to|before)\s+[\w' -]{2,40})?)$",
    re.IGNORECASE,
)
# The head of a subject that names a list by itself: "Examples of ...", "Things to check".
_PLURAL_HEAD = re.compile(r"^(?:examples|things|kinds|types|forms|signs|cases)\b", re.I)


def _powers(text: str) -> str:
    match = _POWERS.match(text)
    if match is None or points_back(match.group("who")):
        return ""
    return f"the things {in_sentence(match.group('who'))} {match.group('modal')} do"


def _counted_nouns(text: str) -> str:
    match = _COUNTED_NOUN.match(text)
    if match is None:
        return ""
    clause, noun = match.group("clause"), in_sentence(match.group("noun"))
    count = (match.group("count") or "").lower()
    if (
        points_back(clause)
        or SUBORDINATE_OPENING.match(clause)
        or re.search(r"\b(?:which|who|that)\b", clause, re.IGNORECASE)
        or word_set(noun) & FUNCTION_WORDS
        or TIME_UNIT.fullmatch(noun.split()[-1])
    ):
        return ""
    kind = f"the {count} {noun}" if count and count != "several" else f"the {noun}"
    there = re.match(r"^there\s+are$", clause, re.IGNORECASE)
    return kind if there else f"{kind} that {in_sentence(clause)}"


def _things_to(text: str) -> str:
    match = _THINGS_TO.match(text)
    if match is None:
        return ""
    return f"the things to {match.group('verb').lower()}{match.group('rest')}"


def _following_first(kind: str, after: str) -> str | None:
    """ "The following restrictions apply to the role of Merger" -> "the restrictions that
    apply to the role of Merger"; "The following four groups of staff may ask ..." -> "the
    four groups of staff that may ask ..."."""
    if word_count(after) > MAX_MEMBER_WORDS:
        return None
    match = re.match(
        r"^(?P<of>(?:of|in|on|for)\s+(?:[\w'-]+\s+){1,4}?)?(?P<verb>[a-z]+)\b", after, re.I
    )
    if match is None or "VERB" not in parts_of_speech(match.group("verb")):
        return None
    of = (match.group("of") or "").strip()
    return _joined(kind, of, "that", after[match.start("verb") :])


def _person_named(before: list[Sentence], document: Document) -> str | None:
    """The last person a sentence before names as its subject ("the treasurer of the club
    must ..."), for a "he" that follows."""
    for sentence in reversed(before):
        shown = plain(document.text, sentence.start, sentence.end).text
        found = _SUBJECT.findall(shown)
        if found:
            return str(found[-1]).lower()
    return None


def _joined(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _counted(
    document: Document, opening: str, announcing: Sentence, sentences: list[Sentence]
) -> tuple[tuple[str, ...], Sentence] | None:
    """The members counted off after an announcement ("...: First, ... The second is to
    ..."), the first perhaps in the announcing sentence itself after its colon, in order from
    the first, with the sentence that holds the last."""
    members: list[str] = []
    last: Sentence | None = None
    shown = [(opening, announcing)] if opening else []
    shown += [(plain(document.text, s.start, s.end).text, s) for s in sentences]
    for text, sentence in shown:
        match = _COUNTED.match(text)
        if match is None:
            continue
        ordinal = ORDINALS[(match.group("word") or match.group("the")).lower()]
        if ordinal != len(members) + 1:
            break
        members.append(_member(match.group("body")))
        last = sentence
    if last is None or len(members) < MIN_MEMBERS:
        return None
    return tuple(members), last


def _items_after(blocks: list[Block], index: int) -> list[Block]:
    """The list items that follow the paragraph at `index`, at the first item's depth."""
    items: list[Block] = []
    for block in blocks[index + 1 :]:
        if block.kind != "item" or not block.sentences:
            break
        if items and block.indent != items[0].indent:
            if block.indent > items[0].indent:
                continue  # a sub-item explains its parent
            break
        items.append(block)
    return items


def _unnumbered_last(blocks: list[Block], items: list[Block], announced: int | None) -> list[Block]:
    """The paragraph right after numbered items that the announcement counts as their last
    ("the following three basic qualities", two numbered, and "Be patient with every
    visitor." where the third number was lost), when it opens as the items do: with an
    order. Without it the list reads one short of what it promises and cannot be asked."""
    after = blocks[blocks.index(items[-1]) + 1 :]
    if (
        announced != len(items) + 1
        or not after
        or after[0].kind != "paragraph"
        or after[0].section is not items[-1].section
        or not after[0].sentences
        or items[-1].number is None
    ):
        return []
    opening = _member(after[0].sentences[0].text)
    return [after[0]] if opening and _is_action(opening) else []


# "Voting: Each active member is entitled to one ballot": a label, then the item's sentence.
_LABEL = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?(?P<label>[A-Z][\w-]*(?:\s+[\w-]+){0,2})\s*:\s+[A-Z]")


def _labelled(item: str) -> bool:
    """Whether a list item opens with a label of a word or three before its own sentence
    (not an order such as "Check the order: ...", whose words are the member)."""
    match = _LABEL.match(item)
    return match is not None and not _is_action(match.group("label"))


def _first(item: Block) -> Sentence:
    """An item's first sentence, past a letter that the sentence splitter took for one ("* a.
    Whether compensation ...")."""
    first = item.sentences[0]
    if len(item.sentences) > 1 and re.fullmatch(r"\W*[A-Za-z0-9]{1,2}[.)]\W*", first.text):
        return item.sentences[1]
    return first


def _opening(document: Document, sentence: Sentence) -> str:
    return _member(plain(document.text, sentence.start, sentence.end).text)


def _member(text: str) -> str:
    """A member as a choice: its opening words, in the document's own terms, without the
    speaker's "we should" or a numbering."""
    text = re.sub(r"^\s*(?:\d{1,2}\s?[.,)、]|[a-z][.)])\s+", "", text)
    text = _VOICE.sub("", text.strip())
    end = next(
        (
            match
            for match in _MEMBER_END.finditer(text)
            if not (match.group().startswith(",") and _SERIES_SO_FAR.search(text[: match.start()]))
        ),
        None,
    )
    if end is not None:
        text = text[: end.start()]
    text = _action_of(text)
    text = re.sub(r"[\"“”]", "", text).strip(" ,.;:!*_")
    text = re.sub(r"\bour\b", "the", text)  # the app's voice, not the speaker's
    return capitalise(text)


# "Around the close of day, lock every room": a setting before the order; "keep the book in
# order, file it every month": a second order after the first.
_COMMA_THEN_WORD = re.compile(r",\s+(?P<word>[a-z]+)\b")
MIN_LEAD_WORDS = 2
MAX_LEAD_WORDS = 6
MIN_ORDER_WORDS = 3


def _action_of(member: str) -> str:
    """The one order a member gives: past a setting of a few words before it ("Overall
    consideration, report every repair ..."), and up to a second order run on after a comma
    ("..., do a good job in the ideological work"), which a choice of its own cannot hold."""
    for match in _COMMA_THEN_WORD.finditer(member):
        if not is_base_verb(match["word"]):
            continue
        before, after = member[: match.start()], member[match.start("word") :]
        if _is_action(before):
            if word_count(before) >= MIN_ORDER_WORDS:
                return before
        elif (
            MIN_LEAD_WORDS <= word_count(before) <= MAX_LEAD_WORDS
            and word_count(after) >= MIN_ORDER_WORDS
        ):
            return _action_of(capitalise(after))
        break
    return member


def _is_action(member: str) -> bool:
    first = member.split()[0]
    return is_base_verb(first) and "ADV" not in parts_of_speech(first)


def _not_one_of(enumeration: Enumeration, others: list[Enumeration]) -> Candidate | None:
    seed = f"{enumeration.span}"
    shown = sorted(_choosable(enumeration.members), key=lambda m: stable_order(seed, m))[
        :SHOWN_MEMBERS
    ]
    stem = f"{enumeration.front}which is NOT one of {enumeration.what}?"
    stem = capitalise(stem)
    taken = content_words(stem)
    outsiders = [
        (member, other)
        for other in others
        if other.verbal == enumeration.verbal
        and other.agents == enumeration.agents
        and _condemns(other.what) == _condemns(enumeration.what)
        and _had(other.what) == _had(enumeration.what)
        and not _within(other, enumeration)
        for member in _choosable(other.members)
        if not any(near_copy(member, m) for m in enumeration.members)
        and not (content_words(member) & taken)
        and not _OWNER.search(member)
    ]
    if not outsiders:
        return None
    mean = sum(word_count(m) for m in shown) / len(shown)
    # A sibling list first: the duties beside the qualities, both numbered items, rather
    # than the points of how to do one duty.
    outsider, home = min(
        outsiders,
        key=lambda pair: (
            pair[1].itemised != enumeration.itemised,
            abs(word_count(pair[0]) - mean),
            stable_order(seed, pair[0]),
        ),
    )
    # names of people keep their capitals ("the Chair; Treasurer"), actions and things start
    # lower-case in a sentence
    listed = "; ".join(m if enumeration.agents else in_sentence(m) for m in enumeration.members)
    explanation = " ".join(
        part
        for part in (
            f"{capitalise(enumeration.what)} are: {listed}.",
            f"“{outsider}” is not one of them: the document lists it among {home.what}"
            f"{_where(home)}.",
            enumeration.why,
        )
        if part
    )
    return Candidate(
        kind="single",
        family="list",
        stem=short_slug(enumeration.what, 6),
        fact=f"list:{enumeration.span[0]}",
        prompt=stem,
        right=(capitalise(outsider),),
        wrong=tuple(capitalise(m) for m in shown),
        quote=enumeration.span,
        highlight=None,
        section=enumeration.section.title,
        tags=(short_slug(enumeration.section.title), "lists"),
        explanation=explanation,
        anchor=enumeration.span[0],
        score=4.2,
    )


def _within(inner: Enumeration, outer: Enumeration) -> bool:
    """Whether a list stands inside another's span: it spells out how to do one of its
    members ("the three points to keep when implementing policies", in the duty to implement
    them), so its members belong to the outer list too and are no wrong choice for it."""
    return outer.span[0] <= inner.span[0] and inner.span[1] <= outer.span[1] and inner is not outer


# "Make himself available for meetings": a member that names whose it is, picked out at once
# among another's.
_OWNER = re.compile(r"\b(?:himself|herself|his|her|him)\b", re.IGNORECASE)
# A list of what is wrong ("examples of unacceptable behaviour") is the opposite of the list
# of what is right beside it, and a member of one among the other's is picked out at once.
_CONDEMNING = re.compile(
    r"\b(?:unacceptable|not|never|no|prohibited|forbidden|banned|bad|poor|wrong|harmful|"
    r"inappropriate|misconduct|violations?|offen[cs]es|don't|do not|avoid)\b",
    re.IGNORECASE,
)


def _condemns(what: str) -> bool:
    return _CONDEMNING.search(what) is not None


# A list of what someone has (qualities, skills) is of another kind than a list of what they
# do: a task among abilities is picked out at once, and an ability is often also asked as a
# duty elsewhere (the speech judged in round 169s failed both ways).
_HAD = re.compile(rf"\b(?:{ABILITIES})\b", re.IGNORECASE)


def _had(what: str) -> bool:
    return _HAD.search(what) is not None


def _where(enumeration: Enumeration) -> str:
    """The announcement's opening phrase ("In self-construction, "), as it reads at the end
    of a sentence ("... in self-construction")."""
    front = enumeration.front.rstrip(", ")
    return f" {front[:1].lower()}{front[1:]}" if front else ""
