"""Moodle's GIFT text format: reader and writer.

The reader follows Moodle's own importer (question/format/gift/format.php) step by step, so a
file reads here as it does in Moodle: questions are separated by blank lines, `//` lines are
comments (which may carry `[id:..]` and `[tag:..]`), escaped control characters are set aside
before anything is split, and the type is decided the way Moodle decides it. Where Moodle
would import a question we cannot run (essay, matching, description, numerical with a
tolerance) it is listed as skipped; where Moodle would refuse one, it is invalid, with the
line it starts on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from quizapp.domain.questions import AcceptedAnswer, Choice, Question, QuestionSet
from quizapp.formats.base import ReadResult
from quizapp.formats.interchange import (
    Draft,
    ExportError,
    SetBuilder,
    category_path,
    fraction_of,
    is_true_false,
    parse_number,
    percent_text,
    read_with,
    split_category,
)
from quizapp.formats.text_markup import survives_as, to_text

FORMAT_NAME = "gift"

_CONTROL = ":#={}~n"
_ESCAPE = re.compile(r"\\([\\:#={}~n])")
_WEIGHT = re.compile(r"%(-?(?:\d+(?:\.\d*)?|\.\d+))%")
_FORMAT_PREFIX = re.compile(r"\[(html|moodle|plain|markdown)\]")
_ID = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f])+)\]")
_TAG = re.compile(r"\[tag:((?:\\\]|[^\]\x00-\x1f])+)\]")
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_BLANK = "_____"

Shown = Callable[[str], str]  # a raw part of the answer block -> the text a trainee reads


def read_file(path: Path) -> ReadResult:
    """Read a GIFT file, which must be UTF-8 (Moodle refuses anything else too)."""
    return read_with(read_text, path)


def read_text(
    text: str, *, file: str = "<text>", set_id: str = "imported", title: str = "Imported questions"
) -> ReadResult:
    """Parse GIFT `text`; `title` is used unless every question sits in one top category."""
    escapes = _Escapes(text)
    builder = SetBuilder(file, FORMAT_NAME)
    category: tuple[str, ...] = ()
    carried: _Block | None = None  # category blocks: their [id:] and [tag:] go to the next question
    for lines in _blocks(text.removeprefix("\ufeff")):
        block = _Block.parse(lines, escapes)
        if block is None:
            continue
        if block.category is not None:
            category = tuple(split_category(block.category))
        if block.text:
            _read_question(block.after(carried), escapes, category, builder)
            carried = None
        else:
            carried = block.after(carried)
    return builder.result(set_id=set_id, title=title)


class _Escapes:
    """Escaped control characters swapped for private-use characters while the text is split.

    This is Moodle's own trick (it uses "&&058;"-style placeholders). The placeholders are
    picked from characters the file does not contain, so no text can be mistaken for one.
    """

    def __init__(self, text: str) -> None:
        base = 0xE000
        while any(chr(code) in text for code in range(base, base + len(_CONTROL))):
            base += len(_CONTROL)
        self._hide = {char: chr(base + i) for i, char in enumerate(_CONTROL)}
        shown = {
            ord(hidden): ("\n" if char == "n" else char) for char, hidden in self._hide.items()
        }
        self._show = str.maketrans(shown)

    def hide(self, text: str) -> str:
        return _ESCAPE.sub(lambda m: "\\" if m[1] == "\\" else self._hide[m[1]], text)

    def show(self, text: str) -> str:
        return text.translate(self._show)


def _blocks(text: str) -> list[list[tuple[int, str]]]:
    """Runs of non-blank lines with their 1-based numbers, each line trimmed as Moodle does."""
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        stripped = line.strip()
        if stripped:
            current.append((number, stripped))
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


@dataclass(frozen=True)
class _Block:
    line: int
    text: str  # comments and a `$CATEGORY:` line removed, escapes hidden
    idnumber: str
    tags: tuple[str, ...]
    category: str | None  # the path of the `$CATEGORY:` line the block starts with

    @classmethod
    def parse(cls, block: list[tuple[int, str]], escapes: _Escapes) -> _Block | None:
        comments = "\n".join(line for _, line in block if line.startswith("//"))
        content = [(n, line) for n, line in block if not line.startswith("//")]
        if not content:
            return None
        category = None
        if content[0][1].startswith("$CATEGORY:"):
            # Only its first line: Moodle takes the whole block as the category's name, so a
            # question written right under it, with no blank line between, would vanish.
            category = escapes.show(escapes.hide(content[0][1][10:]))
            content = content[1:]
        text = escapes.hide("\n".join(line for _, line in content).strip())
        found_id = _ID.search(comments)
        idnumber = found_id[1].replace("\\]", "]").strip() if found_id else ""
        tags = tuple(t.replace("\\]", "]").strip() for t in _TAG.findall(comments))
        return cls((content or block)[0][0], text, idnumber, tags, category)

    def after(self, category_block: _Block | None) -> _Block:
        """This block with the [id:] and [tag:] written on the category block above it.

        Moodle loses those; we give them to the question after the category, as people mean
        them to. The question's own [id:] wins.
        """
        if category_block is None:
            return self
        return replace(
            self,
            idnumber=self.idnumber or category_block.idnumber,
            tags=category_block.tags + self.tags,
        )


def _split_format(text: str, default: str) -> tuple[str, str]:
    text = text.strip()
    match = _FORMAT_PREFIX.match(text)
    return (match[1], text[match.end() :]) if match else (default, text)


def _weight(text: str, default: float) -> tuple[float, str]:
    match = _WEIGHT.match(text)
    if match is None:
        return default, text
    return fraction_of(float(match[1])), text[match.end() :]


def _read_question(
    block: _Block, escapes: _Escapes, category: tuple[str, ...], builder: SetBuilder
) -> None:
    text = block.text
    name = ""
    if text.startswith("::"):
        text = text[2:]
        end = text.find("::")
        if end >= 0:
            name = to_text(escapes.show(text[:end]), "html")
            text = text[end + 2 :].strip()
    label = block.idnumber or name
    start, end = text.find("{"), text.find("}")
    if start < 0 and end < 0:
        builder.skip(block.line, "a description (text without a question) is not asked", label)
        return
    if start < 0 or end < start:
        builder.invalid_question(block.line, "could not find {...} around answers", label)
        return
    answer = text[start + 1 : end].strip()
    filler = "" if text.endswith("}") else _BLANK
    fmt, stem = _split_format(text[:start] + filler + text[end + 1 :], "moodle")

    def shown(raw: str, default: str = fmt) -> str:
        part_format, part = _split_format(raw, default)
        return to_text(escapes.show(part), part_format)

    general = ""
    separator = answer.rfind("####")
    if separator >= 0:
        general = shown(answer[separator + 4 :])
        answer = answer[:separator].strip()
    draft = Draft(
        line=block.line,
        name=label,
        idnumber=block.idnumber,
        kind="short",
        prompt=to_text(escapes.show(stem), fmt),
        explanation=general,
        tags=block.tags,
        category=category,
    )
    if not answer:
        builder.skip(block.line, "an essay question needs a person to mark it", label)
    elif answer.startswith("#"):
        _numerical(answer[1:], draft, escapes, shown, builder)
    elif "~" in answer:
        _multichoice(answer, draft, shown, builder)
    elif "=" in answer and "->" in answer:
        _matching(answer, draft, builder)
    else:
        verdict = answer[: answer.find("#")].strip() if answer.find("#") > 0 else answer
        if verdict in _TRUE_FALSE:
            _true_false(answer, _TRUE_FALSE[verdict], draft, shown, builder)
        else:
            _short(answer, draft, escapes, shown, builder)


def _parts(answer: str, separator: str) -> list[str]:
    parts = answer.split(separator)
    if not parts[0].strip():
        parts.pop(0)
    return [p.strip() for p in parts]


def _not_enough(draft: Draft, builder: SetBuilder) -> None:
    builder.invalid_question(
        draft.line, "there are not enough answers for this question type", draft.name
    )


def _multichoice(answer: str, draft: Draft, shown: Shown, builder: SetBuilder) -> None:
    # Like Moodle: '=' marks the one right answer; without any, several may be right.
    draft.kind = "choice" if "=" in answer else "multiple"
    parts = _parts(answer.replace("=", "~="), "~")
    if len(parts) < 2:
        _not_enough(draft, builder)
        return
    for part in parts:
        if part.startswith("="):
            fraction, part = _weight(part[1:].lstrip(), 1.0)
        else:
            fraction, part = _weight(part, 0.0)
        text, _, feedback = part.partition("#")
        draft.choices.append(Choice(shown(text), fraction, shown(feedback)))
    builder.add(draft)


def _true_false(answer: str, truth: bool, draft: Draft, shown: Shown, builder: SetBuilder) -> None:
    bits = [*answer.split("#", 2), "", ""]
    wrong, right = shown(bits[1]), shown(bits[2])
    draft.kind = "single"
    draft.choices = [
        Choice("True", 1.0 if truth else 0.0, right if truth else wrong),
        Choice("False", 0.0 if truth else 1.0, wrong if truth else right),
    ]
    builder.add(draft)


def _short(answer: str, draft: Draft, escapes: _Escapes, shown: Shown, builder: SetBuilder) -> None:
    parts = _parts(answer, "=")
    if not parts:
        _not_enough(draft, builder)
        return
    for part in parts:
        fraction, part = _weight(part, 1.0)
        text, _, feedback = part.partition("#")
        plain = escapes.show(_split_format(text, "plain")[1]).strip()
        draft.answers.append(AcceptedAnswer(plain, fraction, feedback=shown(feedback)))
    builder.add(draft)


def _numerical(
    body: str, draft: Draft, escapes: _Escapes, shown: Shown, builder: SetBuilder
) -> None:
    """Exact numbers become a short answer; a tolerance or a range cannot be graded as text."""
    wrong = ""
    tilde = body.find("~")
    if tilde >= 0:
        body, wrong = body[:tilde], body[tilde:]
    parts = _parts(body, "=")
    if not parts:
        builder.invalid_question(draft.line, "no answers found for numerical question", draft.name)
        return
    tolerant = []
    for part in parts:
        fraction, part = _weight(part, 1.0)
        text, _, feedback = part.partition("#")
        value = escapes.show(_split_format(text, "plain")[1]).strip()
        exact, spread = _number_and_tolerance(value)
        if exact is None:
            builder.invalid_question(
                draft.line,
                f"answers must be numeric (a number, 'a:tolerance' or 'min..max'): {value!r}",
                draft.name,
            )
            return
        if spread:
            tolerant.append(f"{exact} ± {spread:g}")
        draft.answers.append(AcceptedAnswer(exact, fraction, feedback=shown(feedback)))
    if tolerant:
        builder.skip(
            draft.line,
            "a numerical answer with a tolerance (" + ", ".join(tolerant) + ") is graded by "
            "value, which a typed short answer cannot be",
            draft.name,
        )
        return
    if wrong:
        draft.answers.append(AcceptedAnswer("*", 0.0, feedback=shown(wrong[1:].partition("#")[2])))
    builder.add(draft)


def _number_and_tolerance(value: str) -> tuple[str | None, float]:
    """'3:2' -> ('3', 2.0); '1..5' -> ('3', 2.0); '1822' -> ('1822', 0.0); None if not numbers."""
    if value == "*":
        return value, 0.0
    if value.find("..") > 0:
        low_text, high_text = value.split("..", 1)
        low, high = parse_number(low_text), parse_number(high_text)
        if low is None or high is None:
            return None, 0.0
        middle = (low + high) / 2
        return (low_text.strip() if low == high else f"{middle:g}"), abs(high - middle)
    if value.find(":") > 0:
        number_text, tolerance_text = value.split(":", 1)
        number, tolerance = parse_number(number_text), parse_number(tolerance_text)
        if number is None or tolerance is None:
            return None, 0.0
        return number_text.strip(), abs(tolerance)
    return (value if parse_number(value) is not None else None), 0.0


def _matching(answer: str, draft: Draft, builder: SetBuilder) -> None:
    parts = _parts(answer, "=")
    if len(parts) < 2:
        _not_enough(draft, builder)
    elif any("->" not in part for part in parts):
        builder.invalid_question(
            draft.line, "matching question answers are improperly formatted", draft.name
        )
    else:
        builder.skip(draft.line, "a matching question pairs items, which we cannot ask", draft.name)


# -- writing --------------------------------------------------------------------------------

_RESERVED = str.maketrans(
    {"\\": "\\\\", "~": "\\~", "=": "\\=", "#": "\\#", "{": "\\{", "}": "\\}", ":": "\\:",
     "\n": "\\n", "\r": ""}
)  # fmt: skip


def dumps(qset: QuestionSet) -> str:
    """The set as GIFT, filed under a category named after the set so the title comes back.

    Every question, choice, credit, feedback, key and tag is written. What GIFT has no room
    for is lost: quotes and spans, sections, and case-sensitivity of short answers.
    """
    blocks = [f"// {qset.title}\n$CATEGORY: {_escape(category_path(qset.title))}\n"]
    left_out = []
    for question in qset.questions:
        block = _question_block(question)
        if block is None:
            left_out.append(
                f"{question.key}: a short answer or its feedback contains '->', which GIFT "
                "would read as a matching question"
            )
        else:
            blocks.append(block)
    text = "\n".join(blocks)
    if left_out:
        raise ExportError(FORMAT_NAME, left_out, text)
    return text


def _escape(text: str) -> str:
    return text.translate(_RESERVED)


def _text(text: str, inherited: str) -> str:
    """`text` escaped, with `[plain]` in front when the inherited format would change it."""
    if survives_as(text, inherited) and not _FORMAT_PREFIX.match(text):
        return _escape(text)
    return "[plain]" + _escape(text)


def _question_block(question: Question) -> str | None:
    # The key as the [id:] too, which the reader keeps as written; the name is made a slug.
    marks = [_bracketed("id", question.key), *(_bracketed("tag", tag) for tag in question.tags)]
    lines = [f"// question: {question.key}", "// " + " ".join(marks)]
    prompt = _text(question.prompt, "moodle")
    fmt = "plain" if prompt.startswith("[plain]") else "moodle"
    head = f"::{_escape(question.key)}::{prompt}{{"
    if is_true_false(question):
        right = next(c for c in question.choices if c.fraction == 1.0)
        wrong = next(c for c in question.choices if c.fraction == 0.0)
        verdict = "TRUE" if right.text == "True" else "FALSE"
        feedback = ""
        if wrong.feedback or right.feedback:
            feedback = "#" + _text(wrong.feedback, fmt) if wrong.feedback else "#"
            if right.feedback:
                feedback += "#" + _text(right.feedback, fmt)
        body = [head + verdict + feedback]
    elif question.type == "short":
        body = [head]
        for answer in question.answers:
            line = f"\t=%{percent_text(answer.fraction)}%{_short_text(answer.text)}"
            if answer.feedback:
                line += "#" + _text(answer.feedback, fmt)
            if "->" in answer.text or "->" in answer.feedback:
                return None
            body.append(line)
    else:
        body = [head, *(_choice_line(question, choice, fmt) for choice in question.choices)]
    if question.explanation:
        body.append("\t####" + _text(question.explanation, fmt))
    return "\n".join(lines + body) + "\n}\n"


def _bracketed(mark: str, text: str) -> str:
    """`[id:...]` or `[tag:...]` holding `text`."""
    escaped = text.replace("]", "\\]").replace("\n", " ")
    if escaped.endswith("\\"):  # keep the closing bracket from reading as escaped
        escaped += " "
    return f"[{mark}:{escaped}]"


def _short_text(text: str) -> str:
    return ("[plain]" if _FORMAT_PREFIX.match(text) else "") + _escape(text)


def _choice_line(question: Question, choice: Choice, fmt: str) -> str:
    if question.type == "single" and choice.fraction == 1.0:
        mark = "=%100%" if choice.text.startswith("%") else "="
    elif choice.fraction == 0.0 and not choice.text.startswith("%"):
        mark = "~"
    else:
        mark = f"~%{percent_text(choice.fraction)}%"
    line = f"\t{mark}{_text(choice.text, fmt)}"
    if choice.feedback:
        line += "#" + _text(choice.feedback, fmt)
    return line
