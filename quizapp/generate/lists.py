"""The lists a document makes, of every shape, each with a name a prompt can use.

A careful trainer asks about lists because a document's author chose them as the things to
remember. They come as numbered or bulleted items, as ordinals inside a paragraph ("First, ...
The second is to ..."), as a quoted series ("the "three C" rules of "a, b and c"") and as a
run of short terms after "such as" or "includes". The name of a list comes from the sentence
that announces it, turned into a noun phrase; when that sentence leans on context the
generator cannot resolve, the list is named by the point it sits under, or not asked at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from quizapp.generate.sentences import Sentence, split_clauses
from quizapp.generate.structure import Block, Document, Section
from quizapp.generate.text import (
    AUXILIARIES,
    COMMON_VERBS,
    NUMBER_WORDS,
    ORDINALS,
    PERSONAL,
    PREPOSITIONS,
    capitalise,
    decapitalise,
    fold,
    leans_on_context,
    number_name,
    plural_variant,
    shorten,
    slugify,
    squash,
    stem,
    strip_markup,
    word_count,
    words,
)

ListKind = Literal["numbered", "bullet", "ordinal", "quoted", "inline"]

# Items of a list that long are sentences, not terms; as choices they would be unreadable.
MAX_TERM_WORDS = 7
# A list is quotable as a whole (and so can back an "all of" question) up to this many words.
MAX_QUOTED_LIST_WORDS = 220

_COUNT = r"\d{1,2}|" + "|".join(NUMBER_WORDS)
_ANNOUNCE = re.compile(
    rf"^(?P<pre>.*?)\s*\b(?:the\s+following\s+|following\s+|these\s+|the\s+)?(?P<count>{_COUNT})"
    r"\s+(?P<noun>(?:[a-z-]+\s+){0,2}?[a-z-]+s)\b(?P<post>.*)$",
    re.IGNORECASE,
)
_INCLUDE = re.compile(
    r"^(?P<subject>.+?)\s+(?:mainly\s+|mostly\s+|chiefly\s+)?(?:include|includes|are as follows|"
    r"consist of|consists of|are)\s*$",
    re.IGNORECASE,
)
_LEADING_ADVERBIAL = re.compile(r"^(?P<adv>[A-Z][^,]{0,60}),\s+(?=\S)")
_ORDINAL_WORDS = "|".join(ORDINALS)
_ORDINAL_MARKER = re.compile(
    rf"(?P<lead>^|[.!?;:][\"”]?\s+)(?P<marker>(?:[Tt]he\s+(?P<n1>{_ORDINAL_WORDS})\s+(?:is|was|are)"
    rf"\s+(?:to\s+)?)|(?P<n2>(?:{_ORDINAL_WORDS}|[Ff]inally|[Ll]astly)(?:ly)?),\s+|"
    rf"(?P<n3>{_ORDINAL_WORDS.title()}),\s+)",
    re.IGNORECASE,
)
_MODAL_LEAD = re.compile(
    r"^(?:(?:we|you|they|i)\s+(?:should|must|need\s+to|have\s+to|shall)\s+(?:also\s+)?|to\s+)",
    re.IGNORECASE,
)
_BOLD_LEAD = re.compile(r"^\*\*(?P<name>[^*]{2,80})\*\*\s*[:.—–-]?\s*")
_COLON_LEAD = re.compile(r"^(?P<name>[^:.;,]{2,60}):\s+\S")
_QUOTE = re.compile(r"\"([^\"\n]+)\"|“([^”\n]+)”")
_QUOTED_LIST_NAME = re.compile(
    r"(?P<name>\bthe\s+(?:\"[^\"]+\"\s+|“[^”]+”\s+)?[\w-]+(?:\s+[\w-]+){0,2})"
    r"(?:\s+(?:of|as|namely)|\s*[:,])\s*$",
    re.IGNORECASE,
)
_INLINE_TRIGGER = re.compile(
    r"(?:,\s*)?\b(?P<trigger>such as|including|includes|include|involves|involve|namely)\s+",
    re.IGNORECASE,
)
# Words after which a series' last term has ended and the sentence's predicate begins.
_PREDICATE_STARTS = AUXILIARIES | {"need", "needs", "which", "that", "who"}
_SUBJECT_VERBS = frozenset({"include", "includes", "involve", "involves"})


@dataclass(frozen=True)
class Label:
    """How prompts refer to a list; `name` is a noun phrase for explanations."""

    name: str
    statement: str
    one_of: str
    not_one_of: str
    all_of: str
    how_many: str | None


@dataclass
class ListItem:
    display: str
    head: Sentence
    value: tuple[int, int]
    body: list[Sentence] = field(default_factory=list)
    quote_start: int = 0
    form: str = "other"


def verbs_of(text: str) -> frozenset[str]:
    """Words the document itself uses as verbs: after a modal or "to" with an object, and
    never after "the".

    "to organize the team" makes "organize" a verb; "adhere to principles" does not make
    "principles" one, nor "related to the economic ..." "economic".
    """
    lowered = text.lower()
    after_verb_marks = re.findall(
        r"\b(?:should|must|can|cannot|will|shall|we|you)\s+([a-z]+)\b", lowered
    ) + re.findall(r"\bto\s+([a-z]+)\s+(?:the|a|an|our|their|his|its|them|it)\b", lowered)
    after_nominal_marks = re.findall(
        r"\b(?:the|a|an|this|these|our|their|its|his|her)\s+([a-z]+)\b", lowered
    )
    return (
        frozenset(after_verb_marks) - frozenset(after_nominal_marks) - {"be", "and", "or"}
    ) - PREPOSITIONS | COMMON_VERBS


def form_of(display: str, verbs: frozenset[str]) -> str:
    """The grammatical shape of a choice, so a distractor never differs by its grammar.

    A phrase opening with a preposition and a comma ("Around the target, do ...") takes the
    shape of what follows the comma.
    """
    tokens = [w.lower() for w in words(display)]
    if tokens and tokens[0] in PREPOSITIONS and ", " in display:
        head, _, rest = display.partition(", ")
        if word_count(head) <= 8:
            tokens = [w.lower() for w in words(rest)]
    first = tokens[0] if tokens else ""
    if first.endswith("ly") and len(first) > 5 and first[-3] != "i" and len(tokens) > 1:
        # an adverb opens a verb phrase ("Actively coordinate"), unless an -ing form follows
        return "ing" if tokens[1].endswith("ing") else "verb"
    if first in PREPOSITIONS:
        return "pp"
    if first.endswith("ing"):
        return "ing"
    if first in verbs or first == "be":
        return "verb"
    return "other"


@dataclass
class ItemList:
    kind: ListKind
    items: list[ListItem]
    section: Section
    label: Label | None = None
    intro: Sentence | None = None
    announced: int | None = None
    span: tuple[int, int] | None = None
    slug: str = ""

    @property
    def family(self) -> str:
        """Statements (numbered, bulleted, ordinal points) never mix with terms as choices."""
        return "term" if self.kind in ("quoted", "inline") else "statement"

    def members(self) -> set[str]:
        return {fold(item.display) for item in self.items}


def find_lists(document: Document) -> tuple[list[ItemList], list[ItemList]]:
    """Lists that can be asked about, and unnamed ones whose terms only serve as distractors."""
    named: list[ItemList] = []
    pool: list[ItemList] = []
    for section in document.sections:
        found = [
            *_marked_lists(document, section),
            *_ordinal_lists(document, section),
            *_quoted_lists(document, section),
        ]
        inline_named, inline_pool = _inline_lists(document, section)
        found.extend(inline_named)
        for item_list in found:
            (named if item_list.label else pool).append(item_list)
        pool.extend(inline_pool)
    verbs = verbs_of(document.text)
    for item_list in [*named, *pool]:
        for item in item_list.items:
            item.form = form_of(item.display, verbs)
    named.sort(key=lambda item_list: item_list.items[0].head.start)
    used: dict[str, int] = {}
    for item_list in named:
        base = slugify(item_list.label.name if item_list.label else "list", 3)
        used[base] = used.get(base, 0) + 1
        item_list.slug = base if used[base] == 1 else f"{base}-{used[base]}"
    return named, pool


# -- numbered and bulleted items ------------------------------------------------------------


def _marked_lists(document: Document, section: Section) -> list[ItemList]:
    lists: list[ItemList] = []
    blocks = section.blocks
    index = 0
    while index < len(blocks):
        run = _item_run(blocks, index)
        if len(run) < 2:
            index += 1
            continue
        previous = blocks[index - 1] if index > 0 else None
        after = blocks[index + len(run) :]
        index += len(run)
        intro = _intro_sentence(previous)
        announced = _announced_count(intro.text) if intro else None
        unnumbered = bool(after) and all(block.kind == "paragraph" for block in after)
        if announced and unnumbered and len(after) == announced - len(run):
            run = [*run, *after]  # the author stopped numbering before the last points
        items = [item for block in run if (item := _block_item(document.text, block))]
        if len(items) < 3 or len(items) != len(run):
            continue
        _strip_common_opening(items)
        kind: ListKind = "bullet" if run[0].bullet else "numbered"
        item_list = ItemList(kind, items, section, intro=intro, announced=announced)
        item_list.label = _label_for(document, item_list, intro, run[0])
        lists.append(item_list)
    return lists


def _item_run(blocks: list[Block], index: int) -> list[Block]:
    first = blocks[index]
    if first.kind != "item" or (not first.bullet and first.number != 1):
        return []
    run = [first]
    for block in blocks[index + 1 :]:
        if block.kind != "item" or block.indent != first.indent or block.bullet != first.bullet:
            break
        if not block.bullet and block.number != len(run) + 1:
            break
        run.append(block)
    return run


def _intro_sentence(block: Block | None) -> Sentence | None:
    if block is None or block.kind != "paragraph" or not block.sentences:
        return None
    last = block.sentences[-1]
    return last if last.text.endswith(":") else None


def _block_item(text: str, block: Block) -> ListItem | None:
    if not block.sentences:
        return None
    head = block.sentences[0]
    raw = head.text
    lead = _BOLD_LEAD.match(raw) or _COLON_LEAD.match(raw)
    if lead and word_count(lead.group("name")) <= MAX_TERM_WORDS:
        name = lead.group("name")
        start = head.start + raw.index(name)
        display = _clean_item(name)
        value = (start, start + len(name))
    else:
        display = _clean_item(shorten(strip_markup(raw).rstrip(".;:!?"), 18))
        value = (head.start, head.end)
    if not display:
        return None
    body = block.sentences[1:]
    line_start = text.rfind("\n", 0, block.start) + 1
    quote_start = (
        line_start
        + len(text[line_start : block.start])
        - len(text[line_start : block.start].lstrip())
    )
    return ListItem(display, head, value, body, quote_start)


def _clean_item(text: str) -> str:
    text = squash(strip_markup(text)).strip().rstrip(".;:!?,")
    text = _MODAL_LEAD.sub("", text)
    return capitalise(text) if word_count(text) >= 1 else ""


def _strip_common_opening(items: list[ListItem]) -> None:
    """Drop a subject every item repeats ("The team is ..."), which would mark the members."""
    split = [item.display.split(" ") for item in items]
    common = 0
    while (
        all(len(parts) > common + 2 for parts in split)
        and len({parts[common].lower() for parts in split}) == 1
    ):
        common += 1
    if common >= 3:
        for item, parts in zip(items, split, strict=True):
            item.display = capitalise(" ".join(parts[common:]))


# -- ordinals inside a paragraph --------------------------------------------------------------


def _ordinal_lists(document: Document, section: Section) -> list[ItemList]:
    lists: list[ItemList] = []
    for block in section.blocks:
        if block.kind not in ("paragraph", "item") or not block.sentences:
            continue
        chunk = document.text[block.start : block.end]
        markers: list[tuple[int, int, int]] = []  # (ordinal, marker start, marker end)
        for match in _ORDINAL_MARKER.finditer(chunk):
            word = (match.group("n1") or match.group("n2") or match.group("n3") or "").lower()
            word = word.removesuffix("ly") if word not in ORDINALS else word
            ordinal = ORDINALS.get(word, (markers[-1][0] + 1) if markers else 0)
            markers.append(
                (ordinal, block.start + match.start("marker"), block.start + match.end())
            )
        for run in _ordinal_runs(markers):
            item_list = _ordinal_list(document, section, block, run)
            if item_list:
                lists.append(item_list)
    return lists


def _ordinal_runs(markers: list[tuple[int, int, int]]) -> list[list[tuple[int, int, int]]]:
    runs: list[list[tuple[int, int, int]]] = []
    for marker in markers:
        if marker[0] == 1:
            runs.append([marker])
        elif runs and marker[0] == runs[-1][-1][0] + 1:
            runs[-1].append(marker)
    return [run for run in runs if len(run) >= 3]


def _ordinal_list(
    document: Document, section: Section, block: Block, run: list[tuple[int, int, int]]
) -> ItemList | None:
    text = document.text
    items: list[ListItem] = []
    for position, (_, marker_start, marker_end) in enumerate(run):
        head = next(s for s in block.sentences if s.start <= marker_start < s.end)
        limit = run[position + 1][1] if position + 1 < len(run) else block.end
        body = [s for s in block.sentences if head.end <= s.start and s.end <= limit]
        clause_end = text.find(";", marker_end, head.end)
        raw = text[marker_end : clause_end if clause_end >= 0 else head.end].rstrip(".;:!?")
        display = _clean_item(raw)
        if not display or word_count(display) > 14:
            return None
        quote_head = Sentence(marker_start, head.end, text[marker_start : head.end])
        value = (marker_end, marker_end + len(raw))
        items.append(ListItem(display, quote_head, value, body, marker_start))
    # The last point runs to the end of the paragraph, where a summing-up often follows: it
    # gets no more explaining sentences than the longest of the others.
    longest = max(len(item.body) for item in items[:-1])
    items[-1].body = items[-1].body[: max(1, longest)]
    first_head = next(s for s in block.sentences if s.start <= run[0][1] < s.end)
    intro = None
    before = text[first_head.start : run[0][1]].rstrip()
    if before.endswith(":"):
        intro = Sentence(first_head.start, first_head.start + len(before), before)
    announced = _announced_count(intro.text) if intro else None
    if announced is not None and announced != len(items):
        return None
    item_list = ItemList("ordinal", items, section, intro=intro, announced=announced)
    item_list.label = _label_for(document, item_list, intro, block)
    return item_list


# -- quoted series and inline runs of terms -----------------------------------------------------


def _quoted_lists(document: Document, section: Section) -> list[ItemList]:
    lists: list[ItemList] = []
    text = document.text
    for block in section.blocks:
        for sentence in block.sentences:
            for match in _QUOTE.finditer(sentence.text):
                group = 1 if match.group(1) is not None else 2
                inner_start = sentence.start + match.start(group)
                terms = split_terms(text, inner_start, sentence.start + match.end(group))
                if len(terms) < 3 or len({t[0][0].isupper() for t, _ in terms}) != 1:
                    continue
                named = _QUOTED_LIST_NAME.search(sentence.text[: match.start()])
                if not named or leans_on_context(named.group("name")):
                    continue
                name = squash(named.group("name"))
                if not name.lower().endswith("s"):
                    continue
                items = [ListItem(capitalise(t), sentence, span) for t, span in terms]
                label = _group_label(decapitalise(name), None)
                span = (sentence.start, sentence.end)
                lists.append(ItemList("quoted", items, section, label=label, span=span))
    return lists


def _inline_lists(document: Document, section: Section) -> tuple[list[ItemList], list[ItemList]]:
    named: list[ItemList] = []
    pool: list[ItemList] = []
    text = document.text
    for block in section.blocks:
        for sentence in block.sentences:
            for clause in split_clauses(text, sentence):
                for trigger in _INLINE_TRIGGER.finditer(clause.text):
                    start = clause.start + trigger.end()
                    terms = split_terms(text, start, clause.end)
                    if len(terms) < 4:
                        continue
                    items = [ListItem(capitalise(t), clause, span) for t, span in terms]
                    head = clause.text[: trigger.start()]
                    label = _inline_label(head, trigger.group("trigger").lower())
                    span = (clause.start, clause.end)
                    target = named if label else pool
                    target.append(ItemList("inline", items, section, label=label, span=span))
                pool.extend(_unlabelled_runs(text, section, clause))
    return named, pool


def split_terms(text: str, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    """Short terms of a series "a, b, c and d", with their offsets; [] when it is not one.

    The series ends at the first part joined by "and"/"or", so a clause that goes on after
    the series does not leak into its last term; "and other ..." closes it without a term.
    """
    terms: list[tuple[str, tuple[int, int]]] = []
    position = start
    for part in re.finditer(r"[^,;:.!?]+", text[start:end]):
        raw = part.group(0)
        part_start = start + part.start()
        joined = re.search(r"(?:^|\s)(?:and|or)\s+", raw)
        pieces = [(raw, part_start)]
        if joined:
            before = raw[: joined.start()]
            after = raw[joined.end() :]
            pieces = [(before, part_start), (after, part_start + joined.end())]
        if joined:
            tail = re.search(r"\s(?:" + "|".join(sorted(_PREDICATE_STARTS)) + r")\b", pieces[-1][0])
            if tail and pieces[-1][0][: tail.start()].strip():
                pieces[-1] = (pieces[-1][0][: tail.start()], pieces[-1][1])
        for piece, piece_start in pieces:
            term = piece.strip()
            if not term:
                continue
            if joined and piece is pieces[-1][0] and term.lower().startswith(("other ", "so on")):
                continue
            if word_count(term) > MAX_TERM_WORDS or not words(term):
                return []
            offset = piece_start + len(piece) - len(piece.lstrip())
            terms.append((squash(term), (offset, offset + len(term))))
        position = part_start + len(raw)
        if joined:
            break
    else:
        return []
    if position > end or len(terms) < 3 or len({fold(t) for t, _ in terms}) != len(terms):
        return []
    return terms


def _unlabelled_runs(text: str, section: Section, clause: Sentence) -> list[ItemList]:
    """Series with no usable name: their inner terms are still good distractors of a kind."""
    runs: list[ItemList] = []
    for comma in re.finditer(r",\s+", clause.text):
        terms = split_terms(text, clause.start + comma.end(), clause.end)
        if len(terms) >= 3 and all(_plain_term(term) for term, _ in terms):
            items = [ListItem(capitalise(t), clause, span) for t, span in terms]
            runs.append(ItemList("inline", items, section, span=(clause.start, clause.end)))
            break
    return runs


def _plain_term(term: str) -> bool:
    """A term fit to stand as a distractor: a few words, no verb, nothing pointing elsewhere."""
    tokens = [w.lower() for w in words(term)]
    return (
        len(tokens) <= 4
        and not any(t in AUXILIARIES or t in PERSONAL for t in tokens)
        and not any(t in ("we", "our", "us", "you", "your", "i", "if", "but", "so") for t in tokens)
    )


# -- names --------------------------------------------------------------------------------------


def _announced_count(intro: str) -> int | None:
    match = _ANNOUNCE.match(intro.rstrip(":").strip())
    if not match:
        return None
    count = match.group("count").lower()
    return int(count) if count.isdigit() else NUMBER_WORDS[count]


def _label_for(
    document: Document, item_list: ItemList, intro: Sentence | None, anchor: Block
) -> Label | None:
    if intro is not None:
        label = _label_from_intro(document, intro)
        if label is not None:
            return label
    return _label_from_point(document, item_list, anchor)


def _label_from_intro(document: Document, intro: Sentence) -> Label | None:
    clause = squash(strip_markup(intro.text)).rstrip(":").strip()
    adverbial = ""
    lead = _LEADING_ADVERBIAL.match(clause)
    if lead:
        adv = lead.group("adv")
        first = adv.split(" ", 1)[0].lower()
        if first in PREPOSITIONS or first.endswith("ly") or first == "to":
            clause = clause[lead.end() :]
            if " " in adv:
                adverbial = " " + decapitalise(adv)
    clause = _resolve_subject_pronoun(document, intro, clause)
    if clause is None:
        return None
    announce = _ANNOUNCE.match(clause)
    if announce:
        pre = announce.group("pre").strip()
        noun = announce.group("noun").lower()
        post = announce.group("post").rstrip(" .,:")
        pre_words = pre.split(" ")
        if pre.lower() in ("there are", "there is", "here are", "we have"):
            name = f"the {noun}{post}{adverbial}"
            how_many = f"According to the text, how many {noun} are there{post}{adverbial}?"
        elif pre_words and pre_words[-1].lower() in PREPOSITIONS and len(pre_words) > 2:
            preposition = pre_words[-1].lower()
            rest = decapitalise(" ".join(pre_words[:-1]))
            name = f"the {noun} {preposition} which {rest}{post}{adverbial}"
            how_many = f"According to the text, {rest} {preposition} how many {noun}{post}"
            how_many += f"{adverbial}?"
        elif len(pre_words) >= 2 and any(w.lower() in AUXILIARIES for w in pre_words):
            rest = decapitalise(pre)
            name = f"the {noun} {rest}{post}{adverbial}"
            how_many = f"According to the text, how many {noun} {rest}{post}{adverbial}?"
            how_many = _invert_modal(how_many)
        elif not pre and post:
            # "The following four groups of staff may ask ...": the list is the subject
            relative = re.sub(
                r"\s(?=(?:" + "|".join(sorted(AUXILIARIES)) + r")\b)", " that ", post, count=1
            )
            if relative == post:
                return None
            name = f"the {noun}{relative}{adverbial}"
            how_many = f"According to the text, how many {noun}{post}{adverbial}?"
        elif 2 <= len(pre_words) <= 8 and re.fullmatch(r"[a-z]+s", pre_words[-1]):
            # "Every lockout follows the following six steps": subject and a present verb
            subject = decapitalise(" ".join(pre_words[:-1]))
            verb = pre_words[-1]
            base = verb[:-2] if verb.endswith(("ches", "shes", "sses", "xes")) else verb[:-1]
            name = f"the {noun} {subject} {verb}{post}{adverbial}"
            how_many = f"According to the text, how many {noun} does {subject} {base}{post}"
            how_many += f"{adverbial}?"
        else:
            return None
        if leans_on_context(name):
            return None
        return _group_label(name, how_many)
    include = _INCLUDE.match(clause)
    if include:
        subject = decapitalise(include.group("subject").strip())
        if leans_on_context(subject) or not subject.lower().startswith("the "):
            return None
        subject_core = subject[4:]
        return _group_label(
            subject + adverbial, f"How many {subject_core}{adverbial} does the text list?"
        )
    return None


def _invert_modal(question: str) -> str:
    """'how many skills the manager must have?' -> '... must the manager have?'."""
    match = re.match(
        r"^(According to the text, how many [\w\s-]+?) ((?:the|a|an|every|each) [\w\s-]+?) "
        r"(must|should|can|will|"
        r"need to|has to|have to) (.*)$",
        question,
    )
    if not match:
        return question
    head, subject, modal, rest = match.groups()
    if modal in ("need to", "has to", "have to"):
        verb = "does" if modal == "has to" else "do"
        return f"{head} {verb} {subject} {modal.replace('has', 'have')} {rest}"
    return f"{head} {modal} {subject} {rest}"


def _resolve_subject_pronoun(document: Document, intro: Sentence, clause: str) -> str | None:
    """Replace a leading he/she/they by the subject of the sentence before, when it has one."""
    first, _, rest = clause.partition(" ")
    if first.lower() not in PERSONAL:
        return clause
    block = next(
        (b for b in document.blocks if b.sentences and b.start <= intro.start < b.end), None
    )
    if block is None:
        return None
    before = [s for s in block.sentences if s.end <= intro.start]
    if not before:
        return None
    subject = subject_of(before[-1].text)
    return f"{subject} {rest}" if subject else None


def subject_of(sentence: str) -> str | None:
    """The noun phrase a sentence opens with ("the head of the team must ...")."""
    clause = sentence
    lead = _LEADING_ADVERBIAL.match(clause)
    if lead:
        clause = clause[lead.end() :]
    tokens = clause.split(" ")
    if not tokens or tokens[0].lower() not in ("the", "a", "an", "every", "each"):
        return None
    for index, token in enumerate(tokens[1:], start=1):
        if token.lower() in AUXILIARIES or token.lower() in ("shoulders", "has", "needs"):
            subject = " ".join(tokens[:index])
            if 2 <= index <= 10 and not leans_on_context(subject):
                return decapitalise(subject)
            return None
    return None


def _label_from_point(document: Document, item_list: ItemList, anchor: Block) -> Label | None:
    """Name a list by the statement it develops, quoted, when nothing announces it."""
    first_item = item_list.items[0].head.start
    point_sentence = next(
        (s for s in anchor.sentences if s.end <= first_item and not s.text.endswith(":")),
        None,
    )
    if point_sentence is None and anchor.kind == "item":
        point_sentence = anchor.sentences[0] if anchor.sentences else None
    if point_sentence is None or point_sentence.start >= first_item:
        return None
    point = shorten(squash(strip_markup(point_sentence.text)).rstrip(".;:"), 16)
    if not point or leans_on_context(point):
        return None
    announced = item_list.intro and _ANNOUNCE.match(item_list.intro.text.rstrip(":"))
    noun = (announced and announced.group("noun").lower()) or _common_noun(item_list) or "points"
    name = f'the {noun} the text lists under "{point}"'
    return _group_label(name, f'How many {noun} does the text list under "{point}"?')


def _common_noun(item_list: ItemList) -> str | None:
    """A noun every item shares ("... ability") names the list better than "points"."""
    shared = None
    for item in item_list.items:
        stems = {stem(w) for w in words(item.display)}
        shared = stems if shared is None else shared & stems
    candidates = sorted(w for w in shared or () if len(w) > 3 and w not in ("have", "with"))
    if len(candidates) != 1:
        return None
    noun = candidates[0]
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


def _group_label(name: str, how_many: str | None) -> Label:
    return Label(
        name=name,
        statement=f"The text gives {name} as: {{members}}.",
        one_of=f"Which of the following is one of {name}?",
        not_one_of=f"Which of the following is NOT one of {name}?",
        all_of=f"Which of the following are among {name}? Select all that apply.",
        how_many=how_many,
    )


def _inline_label(head: str, trigger: str) -> Label | None:
    tokens = head.rstrip(", ").split(" ")
    if trigger in _SUBJECT_VERBS:
        subject = " ".join(tokens)
        lead = _LEADING_ADVERBIAL.match(subject)
        if lead:
            subject = subject[lead.end() :]
        if not 1 <= word_count(subject) <= 8 or leans_on_context(subject):
            return None
        if any(t.lower() in AUXILIARIES for t in words(subject)):
            return None
        subject = decapitalise(subject)
        verb = "include" if trigger.startswith("include") else "involve"
        auxiliary = "does" if trigger.endswith("s") else "do"
        ask = f"According to the text, which of the following {auxiliary} {subject}"
        return Label(
            name=f"what {subject} {trigger}",
            statement=f"According to the text, {subject} {trigger} {{members}}.",
            one_of=f"{ask} {verb}?",
            not_one_of=f"{ask} NOT {verb}?",
            all_of=f"{ask} {verb}? Select all that apply.",
            how_many=f"According to the text, how many things {auxiliary} {subject} {verb}?",
        )
    collected: list[str] = []
    for token in reversed(tokens):
        lowered = token.lower().strip(",")
        if lowered in PREPOSITIONS and collected:
            break
        collected.insert(0, token.strip(","))
        if lowered in ("the", "a", "an"):
            break
    phrase = " ".join(collected)
    if not 1 <= word_count(phrase) <= 10 or leans_on_context(phrase):
        return None
    if any(w.lower() in AUXILIARIES for w in words(phrase)):
        return None
    phrase = decapitalise(phrase)
    if phrase.lower().startswith(("the ", "a ", "an ")):
        phrase = phrase.split(" ", 1)[1]
    if not phrase.split(" ")[-1].lower().endswith("s"):
        plural = plural_variant(phrase)  # "a shared area such as ..." gives examples of areas
        if plural is None:
            return None
        phrase = plural
    ask = "Which of the following does the text give as"
    return Label(
        name=f"the examples of {phrase}",
        statement=f"The text gives {{members}} as examples of {phrase}.",
        one_of=f"{ask} an example of {phrase}?",
        not_one_of=f"Which of the following is NOT among the examples of {phrase} in the text?",
        all_of=f"{ask} examples of {phrase}? Select all that apply.",
        how_many=f"How many examples of {phrase} does the text give in one sentence?",
    )


def count_word(item_list: ItemList) -> str:
    return number_name(len(item_list.items))


def quotable_span(item_list: ItemList) -> tuple[int, int] | None:
    """The whole list as one quote, from its announcement to its last item, if short enough."""
    if item_list.span is not None:
        return item_list.span
    start = item_list.intro.start if item_list.intro else item_list.items[0].quote_start
    end = item_list.items[-1].head.end
    return (start, end)


def is_compact(text: str, span: tuple[int, int]) -> bool:
    return word_count(text[span[0] : span[1]]) <= MAX_QUOTED_LIST_WORDS
