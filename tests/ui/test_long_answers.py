"""A long unbroken answer (a pasted URL, a held key) wraps inside its panel instead of widening
the whole results page, where every explanation and quote would be cut off on the right."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from quizapp.domain.questions import Choice, GradingOptions, Question
from quizapp.domain.session import Attempt, AttemptItem, AttemptState, QuizSession
from quizapp.ui.feedback import FeedbackPanel
from quizapp.ui.main_window import MainWindow
from quizapp.ui.trainee.quiz.question_view import QuestionView
from quizapp.ui.trainee.results_page import ReviewCard
from quizapp.ui.widgets import BREAK, LONGEST_WORD, breakable
from tests.fakes import FakeClock
from tests.ui.drive import add_trainee, click, finish_dialog, settle, start_quiz

# As long as the answer field allows, and no space, hyphen or slash to wrap at.
LONG_ANSWER = "x" * 500
# What a panel may need at most: the results page's viewport at 1024 x 768 is 972 pixels,
# and a card's frame and margins take some of that.
NARROW = 900


def _type_long_answer(window: MainWindow, qtbot: QtBot) -> None:
    page = window.trainee_area.quiz_page
    assert page.attempt is not None
    short = next(i for i in page.attempt.session.items if i.question.type == "short")
    click(qtbot, page.nav_strip.button(short.position))
    field = page.question_view.answer_field
    click(qtbot, field)
    qtbot.keyClicks(field, LONG_ANSWER)
    page.question_view.commit_text()
    settle(qtbot)


def _viewport_width(area: QScrollArea) -> int:
    """The width the area shows, once its layout has taken in the new content."""
    QApplication.processEvents()
    return area.viewport().width()


def _assert_within(widget: QWidget, width: int) -> None:
    assert widget.width() <= width, (widget, widget.width(), width)


def _assert_shows_answer(panel: FeedbackPanel) -> None:
    """The whole answer is on screen, unchanged but for the invisible break points, and the
    labels' accessible names stay free of them."""
    assert LONG_ANSWER in panel.answers_label.text().replace(BREAK, "")
    assert all(BREAK not in label.accessibleName() for label in panel.findChildren(QLabel))


def test_long_answer_keeps_every_result_card_within_the_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    add_trainee(window, qtbot, "Lee")
    start_quiz(window, qtbot, minutes=30)
    _type_long_answer(window, qtbot)
    click(qtbot, window.trainee_area.quiz_page.finish_button)
    click(qtbot, finish_dialog(window, qtbot).submit_button)

    results = window.trainee_area.results_page
    assert window.trainee_area.currentWidget() is results
    viewport = _viewport_width(results.scroll_area)
    assert viewport < 1024
    _assert_within(results.scroll_area.widget(), viewport)
    for card in results.cards:
        _assert_within(card, viewport)
    long_card = next(c for c in results.cards if c.feedback.item.question.type == "short")
    _assert_shows_answer(long_card.feedback)


def test_long_answer_keeps_the_practice_feedback_within_the_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    add_trainee(window, qtbot, "Lee")
    start_quiz(window, qtbot, practice=True)
    _type_long_answer(window, qtbot)
    page = window.trainee_area.quiz_page
    click(qtbot, page.check_button)

    panel = page.findChild(FeedbackPanel)
    assert panel is not None and panel.isVisible()
    viewport = _viewport_width(page.question_area.scroll_area)
    _assert_within(page.question_area.scroll_area.widget(), viewport)
    _assert_within(panel, viewport)
    _assert_shows_answer(panel)


def test_long_words_in_choices_explanations_and_quotes_wrap(qtbot: QtBot) -> None:
    url = "https://example.org/" + "a" * 200
    quote = f"See {'b' * 100}{'c' * 100} for the details."
    start = quote.index("c")
    question = Question(
        key="url",
        type="single",
        prompt="Where are the details?",
        choices=(Choice(url, 1.0), Choice("Nowhere")),
        explanation=f"They are at {url}.",
        quote=quote,
        span=(0, len(quote)),
        highlight=(start, start + 100),
    )
    panel = FeedbackPanel(
        AttemptItem(0, question, response=0), GradingOptions(), can_show_source=False
    )
    qtbot.addWidget(panel)

    assert panel.minimumSizeHint().width() < NARROW
    assert url in panel.explanation_label.text().replace(BREAK, "")
    highlighted = panel.quote_label.text().replace(BREAK, "")
    assert f"{'b' * 100}<span" in highlighted  # the highlight starts where it did
    assert f"{'c' * 100}</span>" in highlighted


def test_only_stretches_too_long_for_words_get_break_points() -> None:
    sentence = "Ordinary words wrap at their spaces, as they always did."
    assert breakable(sentence) == sentence
    assert breakable("x" * LONGEST_WORD) == "x" * LONGEST_WORD
    chinese = "北京是中华人民共和国的首都，也是全国的政治中心和文化中心。" * 3
    assert breakable(chinese) == chinese  # Qt already wraps between its characters
    long_word = "y" * (LONGEST_WORD + 1)
    assert breakable(f"a {long_word} b") == f"a {BREAK.join(long_word)} b"


def test_break_points_keep_characters_whole() -> None:
    accented = "e\u0301" * LONGEST_WORD  # é as e and a combining accent
    assert breakable(accented) == BREAK.join(["e\u0301"] * LONGEST_WORD)
    astral = "𝐱" * (LONGEST_WORD + 1)  # two UTF-16 units each, as Qt counts them
    assert breakable(astral) == BREAK.join(astral)


def test_slices_break_as_the_whole_text_does() -> None:
    text = f"see {'z' * 80} there"
    pieces = breakable(text, 0, 20) + breakable(text, 20, 50) + breakable(text, 50)
    assert pieces == breakable(text)
    assert pieces.replace(BREAK, "") == text


def test_a_long_word_in_a_prompt_or_choice_wraps_on_the_quiz_and_results_pages(
    qtbot: QtBot,
) -> None:
    url = "https://example.org/" + "p" * 200
    question = Question(
        key="url",
        type="single",
        prompt=f"Which page is {url}?",
        choices=(Choice(url, 1.0), Choice("None of them")),
    )
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    session = QuizSession(
        items=[AttemptItem(0, question, response=0)],
        clock=clock,
        started_at=clock.now(),
        state=AttemptState.SUBMITTED,
    )
    view = QuestionView()
    qtbot.addWidget(view)
    view.show_item(session.items[0], 1, locked=False)
    card = ReviewCard(Attempt("a", "t", "s", 1, "S", False, session), 0)
    qtbot.addWidget(card)
    assert view.minimumSizeHint().width() < NARROW
    assert card.minimumSizeHint().width() < NARROW
    assert card.prompt_label.text().replace(BREAK, "") == f"1. Which page is {url}?"
    broken = [label for label in view.findChildren(QLabel) if label.text() == breakable(url)]
    assert [label.accessibleName() for label in broken] == [url]  # read out whole
