"""Moodle XML (`<quiz>` of `<question type=...>`): reader and writer.

Parsed with defusedxml and no DTD allowed: a Moodle export never has one, and that is where
"billion laughs" bombs and external entities live, so such a file is refused outright.
The reading follows Moodle's importer (question/format/xml/format.php): `<question
type="category">` switches the category of the questions after it, texts carry a `format`
attribute, fractions are percentages. Question types we cannot ask are listed as skipped;
cloze questions are checked the way Moodle checks them, so a broken one is reported as
invalid rather than quietly skipped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import defusedxml
from defusedxml.ElementTree import DefusedXMLParser

from quizapp.domain.problems import Problem, QuestionFileError
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
from quizapp.formats.text_markup import to_text

FORMAT_NAME = "moodle-xml"

_FORMATS = {
    "html": "html",
    "moodle_auto_format": "moodle",
    "plain_text": "plain",
    "markdown": "markdown",
    "wiki_like": "plain",
}
_SKIPPED = {
    "essay": "an essay question needs a person to mark it",
    "description": "a description (text without a question) is not asked",
    "matching": "a matching question pairs items, which we cannot ask",
    "match": "a matching question pairs items, which we cannot ask",
    "randomsamatch": "a random matching question pairs items, which we cannot ask",
    "calculated": "a calculated question draws its numbers from datasets, which we cannot ask",
    "calculatedsimple": "a calculated question draws its numbers from datasets, which we "
    "cannot ask",
    "calculatedmulti": "a calculated question draws its numbers from datasets, which we cannot ask",
    "ddwtos": "a drag-and-drop question needs a pointer, which we cannot ask",
    "ddimageortext": "a drag-and-drop question needs a pointer, which we cannot ask",
    "ddmarker": "a drag-and-drop question needs a pointer, which we cannot ask",
    "gapselect": "a gap-select question has several gaps in one text, which we cannot ask",
}
_CLOZE = re.compile(r"\{(\d*):([A-Z_]+):((?:\\.|[^}])*)\}")
_CLOZE_CHOICE = {"MULTICHOICE", "MC", "MULTICHOICE_V", "MCV", "MULTICHOICE_H", "MCH"}
_CLOZE_CHOICE |= {"MULTICHOICE_S", "MCS", "MULTICHOICE_VS", "MCVS", "MULTICHOICE_HS", "MCHS"}
_CLOZE_RESPONSE = {"MULTIRESPONSE", "MR", "MULTIRESPONSE_H", "MRH", "MULTIRESPONSE_S", "MRS"}
_CLOZE_RESPONSE |= {"MULTIRESPONSE_HS", "MRHS"}
_CLOZE_SHORT = {"SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC"}
_CLOZE_NUMBER = {"NUMERICAL", "NM"}
_CLOZE_WEIGHT = re.compile(r"^(=|%(-?\d+(?:\.\d*)?)%)")
Outcome = tuple[str, str]  # (why the question is invalid, why it is skipped); both empty: add it
# Markup nested deeper than this is refused: serialising it back to text recurses once per
# level and would hit Python's recursion limit (1000), and no real question nests so deep.
MAX_MARKUP_DEPTH = 200
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def read_file(path: Path) -> ReadResult:
    return read_with(read_text, path)


def read_text(
    text: str, *, file: str = "<text>", set_id: str = "imported", title: str = "Imported questions"
) -> ReadResult:
    """Parse a Moodle XML `text`; refused whole if it is not a well-formed, DTD-free `<quiz>`."""
    root, lines = _parse(text.removeprefix("\ufeff"), file)
    builder = SetBuilder(file, FORMAT_NAME)
    category: tuple[str, ...] = ()
    for element in root.findall("question"):
        line = lines.get(element)
        qtype = element.get("type", "").strip()
        try:
            if qtype == "category":
                category = tuple(split_category(_text_child(element.find("category"))))
            else:
                _read_question(element, qtype, line, category, builder)
        except _TooDeep as too_deep:
            where = lines.get(too_deep.element, line)
            if qtype == "category":  # the questions after it would be filed under the wrong one
                raise QuestionFileError([Problem(file, where, str(too_deep))]) from None
            builder.invalid_question(where, str(too_deep))
    return builder.result(set_id=set_id, title=title)


class _TooDeep(Exception):
    """A text whose markup nests deeper than MAX_MARKUP_DEPTH."""

    def __init__(self, element: ET.Element, depth: int) -> None:
        super().__init__(
            f"a text nests its markup {depth} levels deep; more than {MAX_MARKUP_DEPTH} "
            "cannot be read"
        )
        self.element = element


class _LineNumbers(ET.TreeBuilder):
    """A tree builder that remembers the line each element starts on, for messages."""

    def __init__(self) -> None:
        super().__init__()
        self.parser: DefusedXMLParser | None = None
        self.lines: dict[ET.Element, int] = {}

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        element = super().start(tag, attrs)
        if self.parser is not None:
            self.lines[element] = self.parser.parser.CurrentLineNumber
        return element


def _parse(text: str, file: str) -> tuple[ET.Element, dict[ET.Element, int]]:
    target = _LineNumbers()
    parser = DefusedXMLParser(target=target, forbid_dtd=True)
    target.parser = parser
    try:
        parser.feed(text)
        root = parser.close()
    except ET.ParseError as error:
        line = error.position[0] if error.position else None
        raise QuestionFileError([Problem(file, line, f"not well-formed XML: {error}")]) from None
    except defusedxml.DefusedXmlException as error:
        message = (
            f"the file declares a DTD or entities ({type(error).__name__}); Moodle XML never "
            "needs one, and it is how XML bombs and external entities get in, so it is refused"
        )
        raise QuestionFileError([Problem(file, None, message)]) from None
    if root.tag != "quiz":
        message = f"not a Moodle XML question file: the root element is <{root.tag}>, not <quiz>"
        raise QuestionFileError([Problem(file, target.lines.get(root), message)])
    return root, target.lines


def _text_child(element: ET.Element | None) -> str:
    """The `<text>` inside `element` (or its own text in very old files), trimmed.

    Markup written as XML rather than escaped (`<text>The <b>largest</b> planet</text>`) is
    kept as markup for `to_text`: reading only `.text` would silently cut the prompt short.
    """
    if element is None:
        return ""
    child = element.find("text")
    holder = child if child is not None else element
    if child is None and len(element):
        return (element.text or "").strip()  # an old file's own text beside its child fields
    if len(holder) and (depth := _depth(holder)) > MAX_MARKUP_DEPTH:
        raise _TooDeep(holder, depth)
    inner = (holder.text or "") + "".join(ET.tostring(part, encoding="unicode") for part in holder)
    return inner.strip()


def _depth(element: ET.Element) -> int:
    """How many levels of markup nest inside `element`, counted without recursion."""
    deepest, stack = 0, [(element, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node)
    return deepest


def _field(element: ET.Element | None, default_format: str) -> tuple[str, str]:
    """A formatted field as (plain text, its Moodle format)."""
    if element is None:
        return "", default_format
    fmt = _FORMATS.get(element.get("format", "").strip(), default_format)
    return to_text(_text_child(element), fmt), fmt


def _read_question(
    element: ET.Element,
    qtype: str,
    line: int | None,
    category: tuple[str, ...],
    builder: SetBuilder,
) -> None:
    name = to_text(_text_child(element.find("name")), "html")
    idnumber = (element.findtext("idnumber") or "").strip()
    label = idnumber or name
    if qtype in ("cloze", "multianswer"):
        _cloze(element, line, label, builder)
        return
    if qtype in _SKIPPED:
        builder.skip(line, _SKIPPED[qtype], label)
        return
    if qtype not in ("multichoice", "truefalse", "shortanswer", "numerical"):
        builder.skip(line, f"a question of type {qtype!r} is not one we can ask", label)
        return
    prompt, fmt = _field(element.find("questiontext"), "html")
    image = (element.findtext("image") or "").strip()
    if image:  # Moodle 1.9 kept a question's picture outside its text
        prompt += f"\n[image: {image.rsplit('/', 1)[-1]}]"
    draft = Draft(
        line=line,
        name=label,
        idnumber=idnumber,
        kind="short",
        prompt=prompt,
        explanation=_field(element.find("generalfeedback"), fmt)[0],
        tags=tuple(_text_child(tag) for tag in element.findall("tags/tag")),
        category=category,
    )
    readers = {
        "multichoice": _multichoice,
        "truefalse": _true_false,
        "shortanswer": _short,
        "numerical": _numerical,
    }
    problem, skip = readers[qtype](element, draft, fmt)
    if problem:
        builder.invalid_question(line, problem, label)
    elif skip:
        builder.skip(line, skip, label)
    else:
        builder.add(draft)


def _fraction(answer: ET.Element) -> float | None:
    raw = answer.findtext("fraction")  # the pre-2.0 spelling, a fraction not a percentage
    if raw is not None and raw.strip():
        value = parse_number(raw)
        return None if value is None else round(value, 9)
    value = parse_number(answer.get("fraction", "0"))
    return None if value is None else fraction_of(value)


def _multichoice(element: ET.Element, draft: Draft, fmt: str) -> Outcome:
    single = (element.findtext("single") or "true").strip()
    draft.kind = "multiple" if single in ("false", "0", "") else "single"
    for answer in element.findall("answer"):
        fraction = _fraction(answer)
        if fraction is None:
            return f"the grade {answer.get('fraction')!r} of an answer is not a number", ""
        text = _field(answer, fmt)[0]
        feedback = _field(answer.find("feedback"), fmt)[0]
        draft.choices.append(Choice(text, fraction, feedback))
    return "", ""


def _true_false(element: ET.Element, draft: Draft, fmt: str) -> Outcome:
    """One answer `true`, one `false`, exactly one of them worth 100%.

    Moodle gives every such question a right answer whatever the grades say (both at 0%
    makes `true` right); a question whose author marked neither or both is invalid here.
    """
    answers = element.findall("answer")
    if len(answers) != 2:
        return f"a true/false question needs its two answers; it has {len(answers)}", ""
    said = [_true_or_false(answer, position) for position, answer in enumerate(answers)]
    if said[0] == said[1]:
        return f"a true/false question needs one answer true and one false; both say {said[0]}", ""
    right = []
    for word, answer in zip(said, answers, strict=True):
        fraction = _fraction(answer)
        if fraction is None:
            return f"the grade {answer.get('fraction')!r} of an answer is not a number", ""
        if fraction == 1.0:
            right.append(word)
    if len(right) != 1:
        return (
            "a true/false question needs exactly one of its answers true and false worth "
            f"100%; {'both are' if right else 'neither is'}"
        ), ""
    feedback = {w: _field(a.find("feedback"), fmt)[0] for w, a in zip(said, answers, strict=True)}
    draft.kind = "single"
    draft.choices = [
        Choice(word.title(), 1.0 if right == [word] else 0.0, feedback[word])
        for word in ("true", "false")
    ]
    return "", ""


def _true_or_false(answer: ET.Element, position: int) -> str:
    """What an answer says; old exports wrote localised words (vrai, faux), true first."""
    said = _text_child(answer).lower()
    return said if said in ("true", "false") else ("true", "false")[position]


def _short(element: ET.Element, draft: Draft, fmt: str) -> Outcome:
    case = (element.findtext("usecase") or "0").strip() not in ("0", "false", "")
    for answer in element.findall("answer"):
        fraction = _fraction(answer)
        if fraction is None:
            return f"the grade {answer.get('fraction')!r} of an answer is not a number", ""
        feedback = _field(answer.find("feedback"), fmt)[0]
        draft.answers.append(AcceptedAnswer(_text_child(answer), fraction, case, feedback))
    return "", ""


def _numerical(element: ET.Element, draft: Draft, fmt: str) -> Outcome:
    """An exact number is a short answer; a tolerance or units make it a skip, not a mapping."""
    units = [(u.findtext("unit_name") or "").strip() for u in element.findall("units/unit")]
    tolerant = []
    for answer in element.findall("answer"):
        value = _text_child(answer) or "*"
        fraction = _fraction(answer)
        tolerance = parse_number(answer.findtext("tolerance") or "0")
        if fraction is None or tolerance is None or (value != "*" and parse_number(value) is None):
            return f"the answer {value!r} must be a number, for example -1.234 or 3e8, or '*'", ""
        if tolerance and value != "*":
            tolerant.append(f"{value} ± {abs(tolerance):g}")
        feedback = _field(answer.find("feedback"), fmt)[0]
        draft.answers.append(AcceptedAnswer(value, fraction, feedback=feedback))
    if tolerant:
        return "", (
            f"a numerical answer with a tolerance ({', '.join(tolerant)}) is graded by value, "
            "which a typed short answer cannot be"
        )
    if any(units):
        return "", (
            f"a numerical answer with units ({', '.join(u for u in units if u)}) is graded by "
            "value and unit, which a typed short answer cannot be"
        )
    return "", ""


def _cloze(element: ET.Element, line: int | None, label: str, builder: SetBuilder) -> None:
    """Check an embedded-answers question as Moodle does, then list it as skipped."""
    text = _text_child(element.find("questiontext"))
    parts = _CLOZE.findall(text)
    errors = [] if parts else ["the question text must include at least one embedded answer"]
    for _, kind, body in parts:
        answers = [a for a in re.split(r"(?<!\\)~", body) if a.strip()]
        weights = []
        for answer in answers:
            weight = _CLOZE_WEIGHT.match(answer)
            full = weight is not None and (weight[1] == "=" or parse_number(weight[2]) == 100)
            weights.append(full)
            value = answer[weight.end() :] if weight else answer
            value = value.partition("#")[0].partition(":")[0].strip()
            if kind in _CLOZE_NUMBER and value != "*" and parse_number(value) is None:
                errors.append("the answer must be a number, for example -1.234 or 3e8, or '*'")
        if kind in _CLOZE_CHOICE | _CLOZE_RESPONSE and len(answers) < 2:
            errors.append("this type of question requires at least 2 choices")
        elif kind in _CLOZE_CHOICE | _CLOZE_SHORT | _CLOZE_NUMBER and not any(weights):
            errors.append(
                "one of the answers should have a score of 100% so it is possible to get "
                "full marks for this question"
            )
    if errors:
        message = "invalid embedded answers (Cloze) question: " + "; ".join(dict.fromkeys(errors))
        builder.invalid_question(line, message, label)
    else:
        builder.skip(
            line, "a cloze question has several gaps in one text, which we cannot ask", label
        )


# -- writing --------------------------------------------------------------------------------


def dumps(qset: QuestionSet) -> str:
    """The set as Moodle XML in a category named after it, so the title comes back.

    Texts are written as `plain_text`, which Moodle shows exactly as written; quotes, spans
    and sections have no place in the format. Short answers share one case setting per
    question in Moodle: the question is case-sensitive only if all its answers are.
    """
    quiz = ET.Element("quiz")
    category = ET.SubElement(quiz, "question", type="category")
    _text(ET.SubElement(category, "category"), category_path(qset.title))
    left_out = []
    for question in qset.questions:
        if any(_XML_ILLEGAL.search(text) for text in _texts(question)):
            left_out.append(f"{question.key}: a text holds control characters XML cannot carry")
        else:
            quiz.append(_question_element(question))
    ET.indent(quiz, space="  ")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, "unicode") + "\n"
    if left_out:
        raise ExportError(FORMAT_NAME, left_out, text)
    return text


def _texts(question: Question) -> list[str]:
    texts = [question.key, question.prompt, question.explanation, *question.tags]
    texts += [t for c in question.choices for t in (c.text, c.feedback)]
    texts += [t for a in question.answers for t in (a.text, a.feedback)]
    return texts


def _text(parent: ET.Element, text: str, fmt: str | None = None) -> ET.Element:
    if fmt is not None:
        parent.set("format", fmt)
    ET.SubElement(parent, "text").text = text
    return parent


def _question_element(question: Question) -> ET.Element:
    if is_true_false(question):
        qtype = "truefalse"
    else:
        qtype = {"single": "multichoice", "multiple": "multichoice"}.get(
            question.type, "shortanswer"
        )
    element = ET.Element("question", type=qtype)
    _text(ET.SubElement(element, "name"), question.key)
    _text(ET.SubElement(element, "questiontext"), question.prompt, "plain_text")
    _text(ET.SubElement(element, "generalfeedback"), question.explanation, "plain_text")
    ET.SubElement(element, "defaultgrade").text = "1"
    ET.SubElement(element, "idnumber").text = question.key
    if qtype == "multichoice":
        ET.SubElement(element, "single").text = "true" if question.type == "single" else "false"
        ET.SubElement(element, "shuffleanswers").text = "true"
        ET.SubElement(element, "answernumbering").text = "abc"
    if qtype == "shortanswer":
        case = bool(question.answers) and all(a.case_sensitive for a in question.answers)
        ET.SubElement(element, "usecase").text = "1" if case else "0"
    if qtype == "truefalse":
        rows = [(c.text.lower(), c.fraction, c.feedback) for c in question.choices]
    elif qtype == "multichoice":
        rows = [(c.text, c.fraction, c.feedback) for c in question.choices]
    else:
        rows = [(a.text, a.fraction, a.feedback) for a in question.answers]
    for text, fraction, feedback in rows:
        answer = ET.SubElement(element, "answer", fraction=percent_text(fraction))
        _text(answer, text, "plain_text" if qtype == "multichoice" else "moodle_auto_format")
        _text(ET.SubElement(answer, "feedback"), feedback, "plain_text")
    if question.tags:
        tags = ET.SubElement(element, "tags")
        for tag in question.tags:
            _text(ET.SubElement(tags, "tag"), tag)
    return element
