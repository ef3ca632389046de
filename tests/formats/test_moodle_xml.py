"""Moodle XML: each question type, categories, images, and no XML tricks getting through."""

from __future__ import annotations

import pytest

from quizapp.domain.problems import QuestionFileError
from quizapp.domain.questions import AcceptedAnswer, Choice
from quizapp.formats import moodle_xml


def read(body: str):
    text = f'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n{body}\n</quiz>\n'
    return moodle_xml.read_text(text, file="q.xml", set_id="q", title="Q")


def question(qtype: str, inner: str, name: str = "N") -> str:
    return (
        f'<question type="{qtype}"><name><text>{name}</text></name>'
        f'<questiontext format="html"><text><![CDATA[<p>Ask</p>]]></text></questiontext>'
        f"<generalfeedback><text>Because.</text></generalfeedback>{inner}</question>"
    )


def answer(fraction: str, text: str, feedback: str = "") -> str:
    return (
        f'<answer fraction="{fraction}"><text>{text}</text>'
        f"<feedback><text>{feedback}</text></feedback></answer>"
    )


def test_multichoice_single_and_multi() -> None:
    result = read(
        question("multichoice", answer("100", "a", "yes") + answer("0", "b"), "One")
        + question(
            "multichoice",
            "<single>false</single>"
            + answer("33.33333", "x")
            + answer("33.33333", "y")
            + answer("33.33333", "z")
            + answer("-100", "w"),
            "Many",
        )
    )
    one, many = result.question_set.questions
    assert (one.key, one.type, one.prompt, one.explanation) == ("one", "single", "Ask", "Because.")
    assert one.choices == (Choice("a", 1.0, "yes"), Choice("b"))
    assert many.type == "multiple"
    assert [c.fraction for c in many.choices] == [0.3333333, 0.3333333, 0.3333333, -1.0]


def test_truefalse_shortanswer_and_numerical() -> None:
    result = read(
        question("truefalse", answer("0", "true", "no") + answer("100", "false", "yes"))
        + question(
            "shortanswer", "<usecase>1</usecase>" + answer("100", "Paris") + answer("50", "paris")
        )
        + question("numerical", answer("100", "42") + "<units/>")
    )
    tf, short, number = result.question_set.questions
    assert tf.choices == (Choice("True", 0.0, "no"), Choice("False", 1.0, "yes"))
    assert short.answers == (AcceptedAnswer("Paris", 1.0, True), AcceptedAnswer("paris", 0.5, True))
    assert number.type == "short" and number.answers == (AcceptedAnswer("42"),)
    assert result.skipped == ()


def test_tolerance_units_and_other_types_are_skipped_with_lines() -> None:
    tolerant = '<answer fraction="100"><text>3.14</text><tolerance>0.01</tolerance></answer>'
    units = answer("100", "150") + "<units><unit><unit_name>cm</unit_name></unit></units>"
    result = read(
        question("truefalse", answer("100", "true") + answer("0", "false"))
        + "\n"
        + question("numerical", tolerant)
        + "\n"
        + question("numerical", units)
        + "\n"
        + question("essay", "")
        + "\n"
        + question("ddwtos", "")
    )
    assert [s.line for s in result.skipped] == [4, 5, 6, 7]
    assert "tolerance (3.14 ± 0.01)" in result.skipped[0].reason
    assert "units (cm)" in result.skipped[1].reason


def test_categories_title_the_set_and_tag_the_questions() -> None:
    category = '<question type="category"><category><text>{}</text></category></question>'
    result = read(
        category.format("$course$/top/Alpha")
        + question("truefalse", answer("100", "true") + answer("0", "false"), "A")
        + category.format("$course$/top/Alpha/Beta//Gamma")
        + question("truefalse", answer("100", "true") + answer("0", "false"), "B")
    )
    assert result.question_set.title == "Alpha"
    assert [q.tags for q in result.question_set.questions] == [(), ("Beta/Gamma",)]


def test_idnumber_and_tags() -> None:
    result = read(
        question(
            "truefalse",
            "<idnumber>T &amp; F</idnumber>"
            + answer("100", "true")
            + answer("0", "false")
            + "<tags><tag><text>geo</text></tag></tags>",
        )
    )
    (only,) = result.question_set.questions
    assert (only.key, only.tags) == ("T & F", ("geo",))  # an id number is kept as written


def test_images_are_marked_in_the_text_not_dropped() -> None:
    result = read(
        '<question type="truefalse"><name><text>Pic</text></name><questiontext format="html">'
        '<text><![CDATA[<p>Is this <img src="@@PLUGINFILE@@/moodle.png" alt="the logo"/>?</p>]]>'
        '</text><file name="moodle.png" encoding="base64">iVBORw0KGgo=</file></questiontext>'
        "<image>old/picture.jpg</image>"
        + answer("100", "true")
        + answer("0", "false")
        + "</question>"
    )
    assert result.question_set.questions[0].prompt == (
        "Is this [image: the logo] ?\n[image: picture.jpg]"
    )


def test_broken_cloze_is_invalid_and_a_good_one_skipped() -> None:
    result = read(
        question("cloze", "").replace("<p>Ask</p>", "Fruit {1:MULTICHOICE:=Apple#Yes}")
        + question("cloze", "").replace("<p>Ask</p>", "Fruit {1:MULTICHOICE:=Apple~Pear}")
        + question("truefalse", answer("100", "true") + answer("0", "false"))
    )
    assert "at least 2 choices" in result.invalid[0].message
    assert "cloze" in result.skipped[0].reason


def test_fraction_sum_and_single_without_full_marks_are_invalid() -> None:
    result = read(
        question("multichoice", "<single>false</single>" + answer("100", "a") + answer("100", "b"))
        + question("multichoice", "<single>true</single>" + answer("50", "a") + answer("50", "b"))
        + question("truefalse", answer("100", "true") + answer("0", "false"))
    )
    assert "add up to 200%, so picking every right answer would earn more than full marks" in (
        result.invalid[0].message
    )
    assert "the highest score is 50%" in result.invalid[1].message


XML_BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<quiz><question type="truefalse"><name><text>&lol3;</text></name></question></quiz>
"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<quiz><question type="essay"><name><text>&secret;</text></name></question></quiz>
"""


@pytest.mark.parametrize("text", [XML_BOMB, EXTERNAL_ENTITY], ids=["bomb", "external-entity"])
def test_xml_bombs_and_external_entities_are_refused(text: str) -> None:
    with pytest.raises(QuestionFileError) as refused:
        moodle_xml.read_text(text, file="evil.xml")
    (problem,) = refused.value.problems
    assert "DTD" in problem.message and "refused" in problem.message


def test_malformed_xml_and_wrong_root_are_refused_with_a_line() -> None:
    with pytest.raises(QuestionFileError) as refused:
        moodle_xml.read_text("<quiz>\n<question>\n</quiz>", file="bad.xml")
    assert refused.value.problems[0].line == 3
    with pytest.raises(QuestionFileError) as refused:
        moodle_xml.read_text("<html/>", file="page.xml")
    assert "root element is <html>" in refused.value.problems[0].message


def test_markup_written_as_xml_inside_text_is_kept_not_cut() -> None:
    body = """
  <question type="multichoice">
    <name><text>planets</text></name>
    <questiontext format="html">
      <text>Which planet is <b>largest</b> in the solar system?</text>
    </questiontext>
    <single>true</single>
    <answer fraction="100"><text>Jupiter <i>(a gas giant)</i></text></answer>
    <answer fraction="0"><text>Mars</text></answer>
  </question>
"""
    question = read(body).question_set.questions[0]
    assert question.prompt == "Which planet is largest in the solar system?"
    assert [c.text for c in question.choices] == ["Jupiter (a gas giant)", "Mars"]


TRUE_RIGHT = answer("100", "true") + answer("0", "false")


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        (answer("0", "true") + answer("0", "false"), "worth 100%; neither is"),
        (answer("100", "true") + answer("100", "false"), "worth 100%; both are"),
        (answer("100", "true") + answer("0", "true"), "one false; both say true"),
        (answer("100", "vrai") + answer("0", "true"), "one false; both say true"),
        (answer("1e", "true") + answer("0", "false"), "the grade '1e' of an answer is not a"),
    ],
)
def test_truefalse_without_exactly_one_right_answer_is_invalid(answers: str, message: str) -> None:
    # Moodle makes one of them right anyway (both at 0%: true); we do not guess.
    result = read(question("truefalse", answers, "TF") + question("truefalse", TRUE_RIGHT))
    (problem,) = result.invalid
    assert problem.line == 3 and message in problem.message, problem
    assert problem.message.startswith("question 'TF': ")
    assert len(result.question_set.questions) == 1


DEEP = "<b>" * 5000 + "x" + "</b>" * 5000


def test_markup_nested_too_deep_makes_the_question_invalid_not_a_traceback() -> None:
    result = read(
        question("shortanswer", answer("100", "x")).replace("<p>Ask</p>]]>", f"]]>{DEEP}")
        + "\n"
        + question("shortanswer", answer("100", DEEP))
        + "\n"
        + question("shortanswer", answer("100", "x"))
    )
    assert [(p.line, p.message) for p in result.invalid] == [
        (3, "a text nests its markup 5000 levels deep; more than 200 cannot be read"),
        (4, "a text nests its markup 5000 levels deep; more than 200 cannot be read"),
    ]
    assert len(result.question_set.questions) == 1
    nested = "<b>" * 200 + "fine" + "</b>" * 200
    assert read(question("shortanswer", answer("100", nested))).question_set.questions


def test_a_category_nested_too_deep_refuses_the_file() -> None:
    category = f'<question type="category"><category><text>{DEEP}</text></category></question>'
    with pytest.raises(QuestionFileError) as refused:
        read(category + "\n" + question("shortanswer", answer("100", "x")))
    (problem,) = refused.value.problems
    assert (problem.file, problem.line) == ("q.xml", 3)
    assert "nests its markup 5000 levels deep" in problem.message
