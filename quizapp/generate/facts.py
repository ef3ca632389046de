"""Single facts a document states: quoted terms, definitions, sayings, names and numbers.

Each is found by the surface pattern a writer uses for it (quotation marks around a coined
term, "'X' means ...", a quoted line with clauses, capitalised words the document never writes
in lower case, a figure with its unit), so the rules carry over to any English document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.generate.sentences import Sentence, split_clauses
from quizapp.generate.structure import Document, Section
from quizapp.generate.text import (
    AUXILIARIES,
    PERSONAL,
    PREPOSITIONS,
    STOPWORDS,
    squash,
    strip_markup,
    word_count,
    word_set,
    words,
)

_QUOTED = re.compile(r"\"([^\"\n]+)\"|“([^”\n]+)”")
_DEFINITION = re.compile(
    r"^(?P<verb>means\s+that|means|refers\s+to|is\s+to|is\s+defined\s+as|stands\s+for)\s+"
    r"(?P<definition>\S.*?)\s*[.;]?\s*$",
    re.IGNORECASE,
)
_BOLD_TERM = re.compile(r"\*\*(?P<term>[^*\n]{2,60})\*\*(?P<sep>\s*[:—–-]\s+|\s+(?=means\b))")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")
_FIGURE = re.compile(r"(?<![\d.,])(?P<number>\d+(?:\.\d+)?)(?P<unit>\s?%|\s+[a-z]+)")
_CONNECTORS = frozenset({"of", "the", "and", "de", "van", "von"})
# Head nouns of place names: a name followed by one of these can also be given without it.
PLACE_HEADS = word_set(
    """village town city county province district street road river lake mountain island
    region state country township"""
)
_DETERMINERS = frozenset({"the", "a", "an"})


@dataclass(frozen=True)
class Quoted:
    """Words the author put in quotation marks, with the clause they sit in."""

    text: str
    span: tuple[int, int]
    clause: Sentence
    sentence: Sentence
    section: Section


@dataclass(frozen=True)
class Definition:
    """A term and what it stands for; `verb` is how the text joins them ("means", "is to")."""

    term: str
    verb: str
    definition: str
    term_span: tuple[int, int]
    span: tuple[int, int]
    section: Section


@dataclass(frozen=True)
class Name:
    """A proper name in a clause, e.g. a place or a person."""

    text: str
    span: tuple[int, int]
    clause: Sentence
    section: Section


@dataclass(frozen=True)
class Figure:
    number: str
    unit: str
    span: tuple[int, int]
    clause: Sentence
    section: Section


def sentences_of(document: Document) -> list[tuple[Sentence, Section]]:
    return [
        (sentence, block.section)
        for block in document.blocks
        if block.section is not None
        for sentence in block.sentences
    ]


def quoted_phrases(document: Document) -> list[Quoted]:
    found: list[Quoted] = []
    for sentence, section in sentences_of(document):
        clauses = split_clauses(document.text, sentence)
        for match in _QUOTED.finditer(sentence.text):
            group = 1 if match.group(1) is not None else 2
            inner = match.group(group)
            start = sentence.start + match.start(group) + len(inner) - len(inner.lstrip())
            end = sentence.start + match.end(group) - len(inner) + len(inner.rstrip())
            clause = next((c for c in clauses if c.start <= start and end <= c.end), sentence)
            found.append(Quoted(inner.strip(), (start, end), clause, sentence, section))
    return found


def definitions(document: Document) -> list[Definition]:
    """'"X" means ...', '"X" refers to ...', '**X**: ...': a term and what it stands for."""
    found: list[Definition] = []
    text = document.text
    for quoted in quoted_phrases(document):
        rest = text[quoted.span[1] + 1 : quoted.clause.end]
        match = _DEFINITION.match(rest.lstrip())
        if match and word_count(quoted.text) <= 8:
            offset = quoted.span[1] + 1 + len(rest) - len(rest.lstrip())
            meaning = match.group("definition")
            found.append(
                Definition(
                    squash(quoted.text),
                    squash(match.group("verb")).lower(),
                    squash(meaning),
                    quoted.span,
                    (quoted.clause.start, offset + match.end("definition")),
                    quoted.section,
                )
            )
    for sentence, section in sentences_of(document):
        for match in _BOLD_TERM.finditer(sentence.text):
            rest = sentence.text[match.end() :]
            if match.group("sep").strip() == "" and rest.startswith("means"):
                rest = re.sub(r"^means\s+(?:that\s+)?", "", rest)
            meaning = squash(strip_markup(rest)).rstrip(".;")
            if word_count(meaning) < 4 or match.start() > 0:
                continue
            term_start = sentence.start + match.start("term")
            found.append(
                Definition(
                    squash(match.group("term")),
                    "means",
                    meaning,
                    (term_start, term_start + len(match.group("term"))),
                    (sentence.start, sentence.end),
                    section,
                )
            )
    return found


def is_saying(quoted: Quoted) -> bool:
    """A quoted line, not a term: several words, with clauses or a full stop of its own."""
    inner = quoted.text.strip()
    return word_count(inner) >= 5 and (
        bool(re.search(r"[,;]", inner)) or inner.endswith((".", "!", "?"))
    )


def saying_blank(saying: str) -> tuple[int, int] | None:
    """Where to blank a saying: its last noun phrase that closes a clause ("... the early bird").

    The blank is the word or two after the last article or preposition of a clause, so the
    trainee recalls the saying's key word rather than guesses grammar.
    """
    clause_ends = [m.start() for m in re.finditer(r"\s*[,;.!?]", saying)] + [len(saying)]
    for end in sorted(set(clause_ends), reverse=True):
        head = saying[:end]
        tokens = list(re.finditer(r"[A-Za-z][A-Za-z'’-]*", head))
        for index in range(len(tokens) - 1, -1, -1):
            lowered = tokens[index].group(0).lower()
            if lowered in _DETERMINERS or lowered in PREPOSITIONS:
                tail = tokens[index + 1 :]
                if not 1 <= len(tail) <= 3 or tail[-1].end() != len(head.rstrip()):
                    break
                if any(t.group(0).lower() in STOPWORDS for t in tail):
                    break
                return (tail[0].start(), tail[-1].end())
    return None


def proper_names(document: Document) -> list[Name]:
    """Runs of capitalised words that the document never writes in lower case.

    Checking the document's own vocabulary tells a name ("Lisbon") from a capitalised common
    word ("Office" where the text also writes "office"); a place head ("Town") may follow a
    name but never makes one.
    """
    lower_vocabulary = {w for w in _TOKEN.findall(document.text) if w.islower()}
    quoted_regions = [q.span for q in quoted_phrases(document)]
    found: list[Name] = []
    for sentence, section in sentences_of(document):
        for clause in split_clauses(document.text, sentence):
            tokens = list(_TOKEN.finditer(clause.text))
            for run in _capital_runs(tokens, lower_vocabulary):
                start = clause.start + run[0].start()
                end = clause.start + run[-1].end()
                if any(a <= start < b for a, b in quoted_regions):
                    continue
                text = document.text[start:end]
                found.append(Name(text, (start, end), clause, section))
    return found


def _capital_runs(tokens: list[re.Match[str]], lower_vocabulary: set[str]) -> list[list]:
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    pending: list[re.Match[str]] = []
    for index, token in enumerate(tokens):
        word = token.group(0)
        if word[0].isupper() and index > 0:
            if current and pending:
                current.extend(pending)
            if current and current[-1].group(0).lower() in PLACE_HEADS and not pending:
                runs.append(current)  # "X Village Y Town": two places, not one
                current = []
            current.append(token)
            pending = []
        elif current and word.lower() in _CONNECTORS and not pending:
            if current[-1].group(0).lower() in PLACE_HEADS:
                runs.append(current)
                current, pending = [], []
                continue
            pending = [token]
        elif current and pending and word.lower() in _CONNECTORS:
            pending.append(token)
        else:
            if current:
                runs.append(current)
            current, pending = [], []
    if current:
        runs.append(current)
    names = []
    for run in runs:
        while run and run[0].group(0).lower() in _CONNECTORS:
            run = run[1:]
        proper = [t for t in run if t.group(0).rstrip("'’s").lower() not in lower_vocabulary]
        proper = [t for t in proper if t.group(0).lower() not in _CONNECTORS]
        if len(run) >= 2 and proper and run[-1].group(0).lower() not in _CONNECTORS:
            names.append(run)
    return names


def figures(document: Document) -> list[Figure]:
    """Numbers written in digits with a unit after them ("6 months", "30 seconds")."""
    found: list[Figure] = []
    for sentence, section in sentences_of(document):
        for clause in split_clauses(document.text, sentence):
            for match in _FIGURE.finditer(clause.text):
                unit = match.group("unit").strip()
                after = clause.text[match.end() : match.end() + 2]
                if re.match(r"\s\d", clause.text[match.end("number") :]) or after[:1].isalpha():
                    continue
                if unit != "%" and (unit in STOPWORDS or unit in AUXILIARIES or unit in PERSONAL):
                    continue
                start = clause.start + match.start("number")
                found.append(
                    Figure(
                        match.group("number"),
                        unit,
                        (start, start + len(match.group("number"))),
                        clause,
                        section,
                    )
                )
    return found


@dataclass(frozen=True)
class Series:
    """'A is the key, B is the foundation, ...': parallel statements in one sentence."""

    subjects: tuple[tuple[str, tuple[int, int]], ...]
    sentence: Sentence
    section: Section


_PARALLEL_PART = re.compile(
    r"^\s*(?:and\s+)?(?P<subject>[A-Za-z][\w'’ -]{1,40}?)\s+(?:is|are)\s+(?:the|a|an)\s+[\w -]+$"
)


def parallel_series(document: Document) -> list[Series]:
    found: list[Series] = []
    for sentence, section in sentences_of(document):
        body = sentence.text.rstrip(".!?")
        parts = list(re.finditer(r"[^,;]+", body))
        subjects = []
        for part in parts:
            match = _PARALLEL_PART.match(part.group(0))
            if not match or word_count(match.group("subject")) > 4:
                subjects = []
                break
            start = sentence.start + part.start() + match.start("subject")
            subjects.append((match.group("subject"), (start, start + len(match.group("subject")))))
        if len(subjects) >= 3:
            found.append(Series(tuple(subjects), sentence, section))
    return found


def tokens_of(text: str) -> list[str]:
    return [w.lower() for w in words(text)]


@dataclass(frozen=True)
class Identity:
    """'The shift leader is the first point of contact': a subject the text names as the one
    thing that plays a role, asked back as "Who is the first point of contact?"."""

    subject: str
    subject_span: tuple[int, int]
    role: str
    verb: str
    sentence: Sentence
    section: Section
    end: int


_IDENTITY = re.compile(
    r"^(?P<lead>(?:[A-Z][\w'’ -]{0,50},\s+)?)"
    r"(?P<subject>(?:[Tt]he\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})\s+(?P<verb>is|are)\s+(?P<role>the\s+[^,;.:!?\"“]+)"
)


def identities(document: Document) -> list[Identity]:
    found: list[Identity] = []
    roles: dict[str, int] = {}
    for sentence, section in sentences_of(document):
        match = _IDENTITY.match(sentence.text)
        if not match:
            continue
        subject, role = match.group("subject"), squash(match.group("role"))
        tokens = [w.lower() for w in words(subject)]
        if any(t in AUXILIARIES or t in PERSONAL or t in _NOT_SUBJECTS for t in tokens):
            continue
        if not 3 <= word_count(role) <= 16:
            continue
        roles[role.lower()] = roles.get(role.lower(), 0) + 1
        start = sentence.start + match.start("subject")
        found.append(
            Identity(
                subject,
                (start, start + len(subject)),
                role,
                match.group("verb"),
                sentence,
                section,
                sentence.start + match.start("role") + len(match.group("role").rstrip()),
            )
        )
    return [i for i in found if roles[i.role.lower()] == 1]


_NOT_SUBJECTS = frozenset(
    {"this", "that", "these", "those", "there", "here", "what", "which", "who", "how", "all"}
)
