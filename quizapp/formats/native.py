"""The native question-set format (`quizapp-set/1`), YAML, one set per file.

The reader walks YAML *nodes* rather than loaded Python values: every scalar stays the text
it looks like (`yes`, `6` and `1.0` are strings), and every node keeps its line, so each
problem can be reported as `FILE:LINE: message`. It collects every problem before it gives
up, because a trainer fixing a file wants the whole list at once. The format is documented
in docs/question-set-format.md.
"""

from __future__ import annotations

import gc
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import yaml

from quizapp.domain.problems import Problem, QuestionFileError
from quizapp.domain.question_rules import answer_problems, choice_problems, credit_problem
from quizapp.domain.questions import (
    ANSWER_MATCHING,
    MAX_ID_LENGTH,
    QUESTION_TYPES,
    AcceptedAnswer,
    AnswerMatching,
    Choice,
    GradingOptions,
    Question,
    QuestionSet,
    SourceDocument,
    credits_from_flags,
    normalise_source_text,
    question_type,
    set_id_problem,
)
from quizapp.formats.base import ReadResult, read_text_file

FORMAT_TAG = "quizapp-set/1"
FORMAT_NAME = "native"

_SET_KEYS = {"format", "id", "title", "source", "grading", "questions"}
_QUESTION_KEYS = {
    "id",
    "type",
    "prompt",
    "choices",
    "answers",
    "explanation",
    "quote",
    "span",
    "highlight",
    "section",
    "tags",
}
_CHOICE_KEYS = {"text", "correct", "fraction", "feedback"}
_ANSWER_KEYS = {"text", "fraction", "case_sensitive", "feedback"}
_TRUE = {"true", "yes", "on"}
_FALSE = {"false", "no", "off"}

try:  # libyaml's composer is several times faster on large sets; fall back when absent.
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader


def source_title(text: str) -> str:
    """A document's title: its first non-empty line, without Markdown heading marks."""
    for line in text.splitlines():
        if line.strip():
            return line.strip().lstrip("#").strip()
    return ""


def read_file(path: Path) -> ReadResult:
    """Read and check a native set file; raises QuestionFileError when it can't be used."""
    return loads(read_text_file(path), file=path)


def loads(text: str, *, file: Path) -> ReadResult:
    """Parse native YAML `text`; `file` names it in messages and anchors a relative source."""
    with _collector_paused():
        return _Reader(file).read(text.removeprefix("\ufeff"))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector while a file's node tree is built.

    Hundreds of thousands of new, acyclic node objects make it run again and again over a
    growing heap: a 10,000-question file parses in 0.4 s without it against 1.4 s with it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass
class _Reader:
    file: Path
    problems: list[Problem] = field(default_factory=list)
    invalid: list[Problem] = field(default_factory=list)

    def _at(self, node: yaml.Node, message: str, *, question: bool = False) -> None:
        problem = Problem(str(self.file), node.start_mark.line + 1, message)
        (self.invalid if question else self.problems).append(problem)

    def read(self, text: str) -> ReadResult:
        try:
            root = yaml.compose(text, Loader=_Loader)
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            line = mark.line + 1 if mark else None
            detail = error.problem or str(error)
            raise QuestionFileError(
                [Problem(str(self.file), line, f"not valid YAML: {detail}")]
            ) from None
        except yaml.YAMLError as error:
            raise QuestionFileError(
                [Problem(str(self.file), None, f"not valid YAML: {error}")]
            ) from None
        if not isinstance(root, yaml.MappingNode):
            line = root.start_mark.line + 1 if root is not None else 1
            message = f"expected a mapping with `format: {FORMAT_TAG}` at the top of the file"
            raise QuestionFileError([Problem(str(self.file), line, message)])
        top = self._mapping(root, _SET_KEYS, "set")
        qset = self._set(root, top)
        if self.problems or qset is None:
            raise QuestionFileError(self.problems + self.invalid)
        return ReadResult(qset, FORMAT_NAME, invalid=tuple(self.invalid))

    # -- node helpers ---------------------------------------------------------------------

    def _mapping(
        self, node: yaml.MappingNode, allowed: set[str], what: str, *, question: bool = False
    ) -> dict[str, yaml.Node]:
        found: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                self._at(
                    key_node, f"unknown key {key!r} in a {what} (known: {known})", question=question
                )
            elif key in found:
                self._at(key_node, f"key {key!r} appears twice in this {what}", question=question)
            else:
                found[key] = value_node
        return found

    def _text(self, node: yaml.Node | None, what: str, *, question: bool = False) -> str | None:
        if node is None:
            return None
        if not isinstance(node, yaml.ScalarNode):
            self._at(node, f"{what} must be text", question=question)
            return None
        text: str = node.value
        return text

    def _required_text(
        self, fields: dict[str, yaml.Node], key: str, owner: yaml.Node, what: str, *, question: bool
    ) -> str | None:
        if key not in fields:
            self._at(owner, f"{what} has no `{key}`", question=question)
            return None
        value = self._text(fields[key], f"`{key}`", question=question)
        if value is not None and not value.strip():
            self._at(fields[key], f"`{key}` is empty", question=question)
            return None
        return value

    def _bool(self, node: yaml.Node, what: str) -> bool | None:
        value = self._text(node, what, question=True)
        if value is None:
            return None
        if value.lower() in _TRUE:
            return True
        if value.lower() in _FALSE:
            return False
        self._at(node, f"{what} must be true or false, not {value!r}", question=True)
        return None

    def _number(self, node: yaml.Node, what: str, low: float, high: float) -> float | None:
        value = self._text(node, what, question=True)
        if value is None:
            return None
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not low <= number <= high:
            self._at(
                node,
                f"{what} must be a number from {low:g} to {high:g}, not {value!r}",
                question=True,
            )
            return None
        return number

    def _pair(self, node: yaml.Node, what: str) -> tuple[int, int] | None:
        if not (isinstance(node, yaml.SequenceNode) and len(node.value) == 2):
            self._at(node, f"{what} must be a pair [start, end]", question=True)
            return None
        ends: list[int] = []
        for item in node.value:
            text = item.value if isinstance(item, yaml.ScalarNode) else ""
            number = _whole_number(text)
            if number is None:
                self._at(item, f"{what} needs whole numbers, not {text!r}", question=True)
                return None
            ends.append(number)
        if ends[0] > ends[1]:
            self._at(node, f"{what} starts after it ends", question=True)
            return None
        return ends[0], ends[1]

    def _text_list(self, node: yaml.Node, what: str) -> tuple[str, ...]:
        if not isinstance(node, yaml.SequenceNode):
            self._at(node, f"{what} must be a list", question=True)
            return ()
        values = [self._text(item, f"each of {what}", question=True) for item in node.value]
        return tuple(v for v in values if v is not None)

    # -- the set --------------------------------------------------------------------------

    def _set(self, root: yaml.MappingNode, top: dict[str, yaml.Node]) -> QuestionSet | None:
        tag = self._required_text(top, "format", root, "the set", question=False)
        if tag is not None and tag != FORMAT_TAG:
            self._at(top["format"], f"unsupported format {tag!r}; this app reads {FORMAT_TAG!r}")
        set_id = self._required_text(top, "id", root, "the set", question=False)
        if set_id is not None and (id_problem := set_id_problem(set_id)):
            self._at(top["id"], id_problem)
        title = self._required_text(top, "title", root, "the set", question=False)
        grading = self._grading(top.get("grading"))
        source_path = self._text(top.get("source"), "`source`")
        source = self._source(source_path, top.get("source"))
        questions_node = top.get("questions")
        if questions_node is None:
            self._at(root, "the set has no `questions`")
            return None
        if not isinstance(questions_node, yaml.SequenceNode) or not questions_node.value:
            self._at(questions_node, "`questions` must be a non-empty list")
            return None
        questions = self._questions(questions_node, source, has_source=source_path is not None)
        if set_id is None or title is None:
            return None
        return QuestionSet(set_id, title, questions, grading, source_path, source)

    def _grading(self, node: yaml.Node | None) -> GradingOptions:
        if node is None:
            return GradingOptions()
        if not isinstance(node, yaml.MappingNode):
            self._at(node, "`grading` must be a mapping such as {typo_tolerance: 1}")
            return GradingOptions()
        fields = self._mapping(node, {"typo_tolerance", "matching"}, "grading")
        value = self._text(fields.get("typo_tolerance"), "`typo_tolerance`") or "0"
        tolerance = _whole_number(value)
        if tolerance is None or tolerance > 3:
            self._at(fields["typo_tolerance"], "`typo_tolerance` must be 0, 1, 2 or 3")
            tolerance = 0
        matching = self._text(fields.get("matching"), "`matching`") or "lenient"
        if matching not in ANSWER_MATCHING:
            self._at(fields["matching"], "`matching` must be lenient or strict")
            matching = "lenient"
        return GradingOptions(typo_tolerance=tolerance, matching=cast(AnswerMatching, matching))

    def _source(self, path_text: str | None, node: yaml.Node | None) -> SourceDocument | None:
        if path_text is None or node is None:
            return None
        path = (self.file.parent / path_text).resolve()
        try:
            text = normalise_source_text(path.read_bytes().decode("utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            reason = "not UTF-8 text" if isinstance(error, UnicodeDecodeError) else error.strerror
            self._at(node, f"cannot read the source document {path}: {reason}")
            return None
        return SourceDocument(source_title(text), text)

    def _questions(
        self, node: yaml.SequenceNode, source: SourceDocument | None, *, has_source: bool
    ) -> tuple[Question, ...]:
        seen: dict[str, int] = {}
        questions: list[Question] = []
        for item in node.value:
            question = self._question(item, source, has_source=has_source)
            if question is None:
                continue
            line = item.start_mark.line + 1
            if question.key in seen:
                self._at(
                    item,
                    f"question id {question.key!r} is used twice"
                    f" (first at line {seen[question.key]})",
                    question=True,
                )
                continue
            seen[question.key] = line
            questions.append(question)
        return tuple(questions)

    def _question(
        self, node: yaml.Node, source: SourceDocument | None, *, has_source: bool
    ) -> Question | None:
        if not isinstance(node, yaml.MappingNode):
            self._at(
                node, "each question must be a mapping with id, type and prompt", question=True
            )
            return None
        before = len(self.invalid)
        fields = self._mapping(node, _QUESTION_KEYS, "question", question=True)
        key = self._required_text(fields, "id", node, "the question", question=True)
        if key is not None and len(key) > MAX_ID_LENGTH:
            message = f"question id is {len(key)} characters long; at most {MAX_ID_LENGTH}"
            self._at(fields["id"], message, question=True)
        kind = self._required_text(fields, "type", node, "the question", question=True)
        prompt = self._required_text(fields, "prompt", node, "the question", question=True)
        if kind is not None and kind not in QUESTION_TYPES:
            self._at(
                fields["type"],
                f"type {kind!r} is not one of {', '.join(QUESTION_TYPES)}",
                question=True,
            )
            kind = None
        choices: tuple[Choice, ...] = ()
        answers: tuple[AcceptedAnswer, ...] = ()
        if kind in ("single", "multiple"):
            choices = self._choices(fields, node, kind)
            if "answers" in fields:
                self._at(
                    fields["answers"],
                    f"a {kind} question takes `choices`, not `answers`",
                    question=True,
                )
        elif kind == "short":
            answers = self._answers(fields, node)
            if "choices" in fields:
                self._at(
                    fields["choices"],
                    "a short question takes `answers`, not `choices`",
                    question=True,
                )
        quote = self._text(fields.get("quote"), "`quote`", question=True) or ""
        span = self._pair(fields["span"], "`span`") if "span" in fields else None
        highlight = (
            self._pair(fields["highlight"], "`highlight`") if "highlight" in fields else None
        )
        self._check_quote(node, fields, source, has_source, quote, span, highlight)
        tags = self._text_list(fields["tags"], "`tags`") if "tags" in fields else ()
        if len(self.invalid) > before or key is None or kind is None or prompt is None:
            return None
        return Question(
            key=key,
            type=question_type(kind),
            prompt=prompt,
            choices=choices,
            answers=answers,
            explanation=self._text(fields.get("explanation"), "`explanation`", question=True) or "",
            quote=quote,
            span=span,
            highlight=highlight,
            section=self._text(fields.get("section"), "`section`", question=True) or "",
            tags=tags,
        )

    def _check_quote(
        self,
        node: yaml.Node,
        fields: dict[str, yaml.Node],
        source: SourceDocument | None,
        has_source: bool,
        quote: str,
        span: tuple[int, int] | None,
        highlight: tuple[int, int] | None,
    ) -> None:
        if not has_source:
            for key in ("quote", "span", "highlight"):
                if key in fields:
                    self._at(
                        fields[key],
                        f"`{key}` needs the set to name its `source` document",
                        question=True,
                    )
            return
        if not quote or span is None:
            self._at(
                node,
                "the set has a source, so each question needs a `quote` and its `span`",
                question=True,
            )
            return
        if source is None:
            return  # the unreadable source is reported once, at the set's `source`
        start, end = span
        if end > len(source.text):
            self._at(
                fields["span"],
                f"`span` ends at {end}, past the end of the source ({len(source.text)} characters)",
                question=True,
            )
        elif source.text[start:end] != quote:
            found = source.text[start:end]
            shown = found if len(found) <= 60 else found[:57] + "..."
            self._at(
                fields["quote"],
                f"the quote is not the source's text at {start}-{end} (there it reads {shown!r})",
                question=True,
            )
        if highlight is not None and not (start <= highlight[0] and highlight[1] <= end):
            self._at(
                fields["highlight"], "`highlight` must lie inside the quote's `span`", question=True
            )

    def _choices(
        self, fields: dict[str, yaml.Node], owner: yaml.Node, kind: str
    ) -> tuple[Choice, ...]:
        node = fields.get("choices")
        if not isinstance(node, yaml.SequenceNode):
            self._at(
                node or owner,
                f"a {kind} question needs `choices`: a list of at least two",
                question=True,
            )
            return ()
        parsed: list[tuple[str, bool | None, float | None, str]] = []
        for item in node.value:
            if isinstance(item, yaml.ScalarNode):
                parsed.append((item.value, None, None, ""))
                continue
            if not isinstance(item, yaml.MappingNode):
                self._at(item, "each choice must be text or a mapping with `text`", question=True)
                continue
            choice = self._mapping(item, _CHOICE_KEYS, "choice", question=True)
            text = self._required_text(choice, "text", item, "the choice", question=True)
            correct = self._bool(choice["correct"], "`correct`") if "correct" in choice else None
            fraction = (
                self._number(choice["fraction"], "`fraction`", -1.0, 1.0)
                if "fraction" in choice
                else None
            )
            if correct is not None and fraction is not None:
                self._at(
                    item, "give a choice either `correct` or `fraction`, not both", question=True
                )
            feedback = self._text(choice.get("feedback"), "`feedback`", question=True) or ""
            if text is not None:
                parsed.append((text, correct, fraction, feedback))
        choices = _credit_choices(parsed, kind)
        problems = choice_problems(choices)
        if not problems and (credit := credit_problem(question_type(kind), choices)):
            problems.append(credit)
        for message in problems:  # the rules every format shares (domain/question_rules.py)
            self._at(node, message, question=True)
        return choices

    def _answers(
        self, fields: dict[str, yaml.Node], owner: yaml.Node
    ) -> tuple[AcceptedAnswer, ...]:
        node = fields.get("answers")
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            self._at(
                node or owner,
                "a short question needs `answers`: a list of accepted answers",
                question=True,
            )
            return ()
        answers: list[AcceptedAnswer] = []
        for item in node.value:
            if isinstance(item, yaml.ScalarNode):
                answers.append(AcceptedAnswer(item.value))
                continue
            if not isinstance(item, yaml.MappingNode):
                self._at(item, "each answer must be text or a mapping with `text`", question=True)
                continue
            answer = self._mapping(item, _ANSWER_KEYS, "answer", question=True)
            text = self._required_text(answer, "text", item, "the answer", question=True)
            fraction = (
                self._number(answer["fraction"], "`fraction`", 0.0, 1.0)
                if "fraction" in answer
                else 1.0
            )
            case = (
                self._bool(answer["case_sensitive"], "`case_sensitive`")
                if "case_sensitive" in answer
                else False
            )
            feedback = self._text(answer.get("feedback"), "`feedback`", question=True) or ""
            if text is not None and fraction is not None and case is not None:
                answers.append(AcceptedAnswer(text, fraction, case, feedback))
        if answers:  # the rules every format shares (domain/question_rules.py)
            for message in answer_problems(answers):
                self._at(node, message, question=True)
        return tuple(answers)


def _whole_number(text: str) -> int | None:
    """`text` as a whole number written in ASCII digits, or None.

    `str.isdigit` is no test for what `int` reads: it passes superscripts ('²') that `int`
    refuses, and `int` refuses more than 4300 digits; either would end the read in a traceback.
    """
    if not (text.isascii() and text.isdigit()):
        return None
    try:
        return int(text)
    except ValueError:  # longer than int() converts
        return None


def _credit_choices(
    parsed: list[tuple[str, bool | None, float | None, str]], kind: str
) -> tuple[Choice, ...]:
    """Choices with their credit: an explicit `fraction` wins over the `correct` flag."""
    flags = credits_from_flags(
        [bool(correct) and fraction is None for _, correct, fraction, _ in parsed],
        question_type(kind),
    )
    return tuple(
        Choice(text, flag if fraction is None else fraction, feedback)
        for (text, _, fraction, feedback), flag in zip(parsed, flags, strict=True)
    )


# -- writing --------------------------------------------------------------------------------


def dumps(qset: QuestionSet) -> str:
    """The set as native YAML; reading the result gives back an equal set."""
    document: dict[str, object] = {"format": FORMAT_TAG, "id": qset.id, "title": qset.title}
    if qset.source_path is not None:
        document["source"] = qset.source_path
    grading: dict[str, object] = {}
    if qset.grading.typo_tolerance:
        grading["typo_tolerance"] = qset.grading.typo_tolerance
    if qset.grading.matching != "lenient":
        grading["matching"] = qset.grading.matching
    if grading:
        document["grading"] = grading
    document["questions"] = [_question_document(q) for q in qset.questions]
    return yaml.dump(
        document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2
    )


def write_file(qset: QuestionSet, path: Path) -> None:
    path.write_text(dumps(qset), encoding="utf-8")


class _Dumper(yaml.SafeDumper):
    """Indents list items under their key, as people write YAML by hand."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


class _Inline(list[object]):
    """A short list written on one line (`span: [14, 36]`), the way the format is documented."""


_Dumper.add_representer(
    _Inline,
    lambda dumper, data: dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True),
)


def _question_document(question: Question) -> dict[str, object]:
    doc: dict[str, object] = {"id": question.key, "type": question.type, "prompt": question.prompt}
    if question.type == "short":
        doc["answers"] = [_answer_document(a) for a in question.answers]
    else:
        doc["choices"] = _choice_documents(question)
    optional: dict[str, object] = {
        "explanation": question.explanation,
        "quote": question.quote,
        "span": _Inline(question.span) if question.span else None,
        "highlight": _Inline(question.highlight) if question.highlight else None,
        "section": question.section,
        "tags": _Inline(question.tags),
    }
    doc.update({key: value for key, value in optional.items() if value})
    return doc


def _choice_documents(question: Question) -> list[dict[str, object]]:
    flags_fit = (
        _credit_choices(
            [(c.text, c.correct, None, c.feedback) for c in question.choices], question.type
        )
        == question.choices
    )
    docs = []
    for choice in question.choices:
        doc: dict[str, object] = {"text": choice.text}
        if flags_fit:
            if choice.correct:
                doc["correct"] = True
        else:
            doc["fraction"] = choice.fraction
        if choice.feedback:
            doc["feedback"] = choice.feedback
        docs.append(doc)
    return docs


def _answer_document(answer: AcceptedAnswer) -> str | dict[str, object]:
    if answer == AcceptedAnswer(answer.text):
        return answer.text
    doc: dict[str, object] = {"text": answer.text}
    if answer.fraction != 1.0:
        doc["fraction"] = answer.fraction
    if answer.case_sensitive:
        doc["case_sensitive"] = True
    if answer.feedback:
        doc["feedback"] = answer.feedback
    return doc
