"""The rules that read a document's structure, each on the smallest text that shows it."""

from __future__ import annotations

from quizapp.generate import generate_set
from quizapp.generate.facts import proper_names, saying_blank
from quizapp.generate.lists import find_lists, split_terms
from quizapp.generate.sentences import split_sentences
from quizapp.generate.structure import read_structure
from quizapp.generate.text import leans_on_context, plural_variant, shorten, singular


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, 0, len(text))]


def test_a_full_stop_inside_a_closing_quote_ends_the_sentence() -> None:
    text = 'He said: "Keep going. " Then he left. "Stop now." She did.'
    assert _sentences(text) == [
        'He said: "Keep going. "',
        "Then he left.",
        '"Stop now."',
        "She did.",
    ]


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    assert _sentences("Ask Dr. Smith and J. Doe first. Then wait.") == [
        "Ask Dr. Smith and J. Doe first.",
        "Then wait.",
    ]


def test_numbered_items_accept_mixed_separators_and_plain_headings() -> None:
    text = (
        "Title line\n\nFirst, the rules.\n\nThe rules are the following three points:\n\n"
        "1. Wear the helmet at all times.\n\n2, Keep the exit clear.\n\n3) Report every fault.\n"
    )
    document = read_structure(text)
    assert document.title == "Title line"
    assert [s.title for s in document.sections] == ["First, the rules"]
    items = [b for b in document.blocks if b.kind == "item"]
    assert [b.number for b in items] == [1, 2, 3]
    named, _ = find_lists(document)
    assert [i.display for i in named[0].items] == [
        "Wear the helmet at all times",
        "Keep the exit clear",
        "Report every fault",
    ]


def test_a_list_announced_as_three_takes_the_unnumbered_paragraph_that_ends_it() -> None:
    text = (
        "Title\n\nA good driver must have the following three habits:\n\n"
        "1. Check the mirrors before moving off. Mirrors show what the eyes miss.\n\n"
        "2. Keep a safe distance from the car in front. Distance is time to react.\n\n"
        "We should also signal every turn early. Other drivers cannot read minds.\n"
    )
    named, _ = find_lists(read_structure(text))
    habits = named[0]
    assert len(habits.items) == 3
    assert habits.items[2].display == "Signal every turn early"
    assert habits.label is not None
    assert habits.label.name == "the habits a good driver must have"
    assert (
        habits.label.how_many == "According to the text, how many habits must a good driver have?"
    )


def test_ordinals_inside_a_paragraph_make_a_list_named_by_its_announcement() -> None:
    text = (
        "Title\n\nThe crew should check three points before take-off: First, check the fuel. "
        "The tanks must be full. The second is to check the brakes. The third is to check "
        "the radio.\n"
    )
    named, _ = find_lists(read_structure(text))
    assert [i.display for i in named[0].items] == [
        "Check the fuel",
        "Check the brakes",
        "Check the radio",
    ]
    assert named[0].label is not None
    assert named[0].label.name == "the points the crew should check before take-off"


def test_a_series_of_terms_ends_where_the_sentence_goes_on() -> None:
    text = "Rooms such as the kitchen, the laundry, the boiler room or the store need keys."
    start = text.index("the kitchen")
    terms = [term for term, _ in split_terms(text, start, len(text))]
    assert terms == ["the kitchen", "the laundry", "the boiler room", "the store"]


def test_names_are_words_the_document_never_writes_in_lower_case() -> None:
    text = (
        "Title\n\nThe depot at Kelso Town sends trucks to Bray Village every day. "
        "Every village and every town gets one truck.\n"
    )
    names = [n.text for n in proper_names(read_structure(text))]
    assert names == ["Kelso Town", "Bray Village"]


def test_a_saying_is_blanked_at_the_noun_phrase_that_closes_it() -> None:
    saying = "Measure twice, cut once; the saw forgives nothing but the plan"
    start, end = saying_blank(saying) or (0, 0)
    assert saying[start:end] == "plan"


def test_context_leaning_text_is_recognised() -> None:
    assert leans_on_context("This rule applies to everyone.")
    assert leans_on_context("They must sign the log.")
    assert not leans_on_context("It is necessary to sign the log before work.")
    assert not leans_on_context("Areas such as the dock need a pass.")


def test_word_helpers() -> None:
    assert plural_variant("safety valve") == "safety valves"
    assert plural_variant("leading geese") is None
    assert singular("difficulties") == "difficulty"
    assert shorten("one two three four five six, seven eight nine ten", 6) == ""
    assert shorten("short enough", 6) == "short enough"


def test_a_document_without_structure_gives_an_empty_but_valid_set() -> None:
    qset = generate_set("Just a title\n\nOne plain sentence.\n", set_id="empty")
    assert qset.questions == ()
    assert qset.title == "Just a title"
    assert qset.source is not None and qset.source.text.endswith("sentence.\n")


def test_title_comes_from_the_markdown_heading_unless_given() -> None:
    assert generate_set("# Fire drill\n\nText.\n", set_id="x").title == "Fire drill"
    assert generate_set("# Fire drill\n\nText.\n", set_id="x", title="Drill").title == "Drill"
