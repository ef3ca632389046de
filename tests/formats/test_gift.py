"""The GIFT reader follows Moodle's importer; these pin each rule with a small example."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.domain.problems import QuestionFileError
from quizapp.domain.questions import AcceptedAnswer, Choice
from quizapp.formats import gift


def read(text: str):
    return gift.read_text(text, file="t.gift", set_id="t", title="T")


def only(text: str):
    result = read(text)
    assert len(result.question_set.questions) == 1, (result.skipped, result.invalid)
    return result.question_set.questions[0]


def test_multiple_choice_with_feedback_and_general_feedback() -> None:
    question = only(
        "::Q2:: What's between orange and green?\n{\n =yellow # right; good!\n"
        " ~red # [html]wrong, <b>it's</b> yellow\n ~[plain]blue # wrong\n ####Look at a rainbow.\n}"
    )
    assert question.key == "q2"
    assert question.type == "single"
    assert question.prompt == "What's between orange and green?"
    assert question.choices == (
        Choice("yellow", 1.0, "right; good!"),
        Choice("red", 0.0, "wrong, it's yellow"),
        Choice("blue", 0.0, "wrong"),
    )
    assert question.explanation == "Look at a rainbow."


def test_weights_make_a_multiple_answer_question_with_negative_credit() -> None:
    question = only("Pick two {~%50%a ~%-100%b ~%50%c ~%-25%d}")
    assert question.type == "multiple"
    assert [c.fraction for c in question.choices] == [0.5, -1.0, 0.5, -0.25]


def test_partial_credit_keeps_a_single_answer_question_single() -> None:
    question = only("Hard {~wrong ~%50%half =full}")
    assert question.type == "single"
    assert [c.fraction for c in question.choices] == [0.0, 0.5, 1.0]


@pytest.mark.parametrize(
    ("answer", "true_credit"), [("T", 1.0), ("TRUE", 1.0), ("F", 0.0), ("FALSE", 0.0)]
)
def test_true_false_becomes_single_with_two_choices(answer: str, true_credit: float) -> None:
    question = only(f"The sun rises in the east.{{{answer}}}")
    assert question.type == "single"
    assert [(c.text, c.fraction) for c in question.choices] == [
        ("True", true_credit),
        ("False", 1.0 - true_credit),
    ]


def test_true_false_feedback_goes_to_the_wrong_then_the_right_choice() -> None:
    question = only("42 is the answer.{FALSE#It is the Ultimate Answer.#Right.####A reference.}")
    assert question.choices == (
        Choice("True", 0.0, "It is the Ultimate Answer."),
        Choice("False", 1.0, "Right."),
    )
    assert question.explanation == "A reference."


def test_short_answer_with_weights_and_wildcard() -> None:
    question = only("Best animal?{=Frog#Good! =%50%Cat#Hmm. =%0%*#Completely wrong}")
    assert question.type == "short"
    assert question.answers == (
        AcceptedAnswer("Frog", 1.0, feedback="Good!"),
        AcceptedAnswer("Cat", 0.5, feedback="Hmm."),
        AcceptedAnswer("*", 0.0, feedback="Completely wrong"),
    )


def test_missing_word_form_puts_a_blank_where_the_answers_were() -> None:
    question = only("Grant is {~buried =entombed ~living} in Grant's tomb.")
    assert question.prompt == "Grant is _____ in Grant's tomb."


def test_multi_line_question_keeps_its_lines() -> None:
    question = only("::Kanji::Japanese characters originally\ncame from what country? {=China}")
    assert question.prompt == "Japanese characters originally\ncame from what country?"
    assert question.answers == (AcceptedAnswer("China"),)


def test_every_escape() -> None:
    question = only(r"Which is 5\: a\~b\=c\#d\{e\}f \\ g\nh? {=\= 2 + 3 ~\= 2 + 2}")
    assert question.prompt == "Which is 5: a~b=c#d{e}f \\ g\nh?"
    assert [c.text for c in question.choices] == ["= 2 + 3", "= 2 + 2"]


def test_exact_numerical_is_short_and_a_tolerance_is_skipped() -> None:
    result = read(
        "Born? {#1822}\n\nPi? {#3.1415:0.0005}\n\nRange? {#1..5}\n\n"
        "Exact with feedback {#=1822:0#Yes =%50%1822:2#Close}\n\nZero tolerance {#\n=9:0#Yes\n~#No}"
    )
    questions = result.question_set.questions
    assert [q.answers for q in questions] == [
        (AcceptedAnswer("1822"),),
        (AcceptedAnswer("9", feedback="Yes"), AcceptedAnswer("*", 0.0, feedback="No")),
    ]
    assert [s.line for s in result.skipped] == [3, 5, 7]
    assert "tolerance (3.1415 ± 0.0005)" in result.skipped[0].reason
    assert "tolerance (3 ± 2)" in result.skipped[1].reason


def test_unsupported_kinds_are_listed_with_their_line() -> None:
    result = read(
        "// header\nFirst {T}\n\n::Intro::Read carefully.\n\nWrite an essay. {}\n\n"
        "Match {=a -> 1 =b -> 2}\n"
    )
    assert len(result.question_set.questions) == 1
    reasons = [(s.line, s.reason.split(" ")[1]) for s in result.skipped]
    assert reasons == [(4, "description"), (6, "essay"), (8, "matching")]


def test_broken_questions_are_invalid_with_their_line() -> None:
    result = read(
        "Good {T}\n\nNo closing brace {=a\n\nOne choice {~a}\n\nMatch {=a -> 1 =b}\n\n"
        "Two right {=a =b ~c}\n\nSums to 90% {~%45%a ~%45%b ~c}\n\nNumber {#abc}"
    )
    lines = [(p.line, p.message) for p in result.invalid]
    assert [line for line, _ in lines] == [3, 5, 7, 9, 11, 13]
    assert "could not find {...}" in lines[0][1]
    assert "not enough answers" in lines[1][1]
    assert "improperly formatted" in lines[2][1]
    assert "2 choices give full marks" in lines[3][1]
    assert "add up to 90%" in lines[4][1]
    assert "must be numeric" in lines[5][1]


def test_ids_tags_and_names_make_unique_keys() -> None:
    result = read(
        "// [id:T-1] [tag:fred] [tag:barney wilma]\n::Named::A {T}\n\n"
        "::2-08 TSL::B {T}\n\n::2-08 TSL::C {T}\n\nD {T}\n"
    )
    questions = result.question_set.questions
    # An id number is kept as written, as native ids are; a name is made a slug.
    assert [q.key for q in questions] == ["T-1", "2-08-tsl", "2-08-tsl-2", "q4"]
    assert questions[0].tags == ("fred", "barney wilma")
    long_id = "Id" * 100  # as long as a key may be: its copy's "-2" must not make it longer
    keys = [q.key for q in read(f"// [id:{long_id}]\nA {{T}}\n\n// [id:{long_id}]\nB {{T}}\n")
            .question_set.questions]  # fmt: skip
    assert keys == [long_id, long_id[:198] + "-2"]


def test_one_top_category_titles_the_set_and_subcategories_become_tags() -> None:
    result = read(
        "$CATEGORY: $course$/top/Unit 1\n\nA {T}\n\n$CATEGORY: $course$/top/Unit 1/Part b\n\nB {F}"
    )
    assert result.question_set.title == "Unit 1"
    assert [q.tags for q in result.question_set.questions] == [(), ("Part b",)]


def test_html_becomes_readable_text_with_images_marked() -> None:
    question = only(
        '[html]<p>Which &amp; why?</p><p><img src\\="@@PLUGINFILE@@/flag%20x.png" /></p>'
        "{=<b>this</b> ~that}"
    )
    assert question.prompt == "Which & why?\n[image: flag x.png]"
    assert [c.text for c in question.choices] == ["this", "that"]


def test_a_file_with_nothing_to_ask_is_refused_with_the_reasons() -> None:
    with pytest.raises(QuestionFileError) as refused:
        read("Write an essay. {}\n\n$CATEGORY: x\n")
    (skipped,) = refused.value.skipped
    assert skipped.line == 1 and skipped.reason.startswith("an essay")
    (summary,) = refused.value.problems
    assert "nothing in this file can be imported" in summary.message


def test_a_file_that_is_not_utf8_is_refused_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin.gift"
    path.write_bytes("Q1 {T}\n\nK\xf6ln? {T}\n".encode("cp1252"))
    with pytest.raises(QuestionFileError) as refused:
        gift.read_file(path)
    (problem,) = refused.value.problems
    assert problem.line == 3
    assert "not UTF-8" in problem.message


def test_read_file_names_the_set_after_the_file(tmp_path: Path) -> None:
    path = tmp_path / "Unit_2 questions.gift.txt"
    path.write_text("\ufeffA {T}\r\n", encoding="utf-8")
    result = gift.read_file(path)
    assert (result.question_set.id, result.question_set.title) == (
        "unit_2-questions",
        "Unit 2 questions",
    )
    assert result.format == "gift"


def test_a_question_right_under_its_category_line_is_read_not_dropped() -> None:
    # Moodle reads the whole block as the category's name and loses the question.
    result = read(
        "$CATEGORY: $course$/top/Unit A\n::Q1:: What? {=a ~b}\n\n"
        "$CATEGORY: $course$/top/Unit A/Part b\n// [tag:x]\n::Q2:: Broken? {~c}\n"
    )
    assert result.question_set.title == "Unit A"
    (question,) = result.question_set.questions
    assert (question.key, question.prompt, question.tags) == ("q1", "What?", ())
    assert [(p.line, p.message) for p in result.invalid] == [
        (6, "question 'Q2': there are not enough answers for this question type")
    ]


def test_id_and_tags_on_a_category_block_go_to_the_question_after_it() -> None:
    result = read(
        "// [id:first] [tag:a]\n$CATEGORY: Unit 1\n\n// [tag:b]\n$CATEGORY: Unit 1\n\n"
        "::Named::One {T}\n\n// [id:own] [tag:c]\n$CATEGORY: Unit 1\n\n// [id:mine]\nTwo {F}\n\n"
        "Three {T}\n"
    )
    questions = result.question_set.questions
    assert [(q.key, q.tags) for q in questions] == [
        ("first", ("a", "b")),
        ("mine", ("c",)),
        ("q3", ()),
    ]


def test_the_documented_example_reads_as_documented() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "formats.md").read_text("utf-8")
    example = docs[docs.index("## GIFT") :].split("```\n")[1]
    result = read(example)
    assert result.question_set.title == "Unit 1"
    capital, *others = result.question_set.questions
    assert (capital.key, capital.type, capital.tags) == ("capital", "single", ("geography",))
    assert [c.fraction for c in capital.choices] == [1.0, 0.0, -0.5]
    assert [q.type for q in others] == ["single", "single", "short", "short"]
    assert [s.line for s in result.skipped] == [19]
