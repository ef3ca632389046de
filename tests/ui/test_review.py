"""Results and review: the score, every question explained with its quoted passage and the
answering words highlighted, the wrong-only filter, and the reader scrolled to the passage."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from quizapp.domain.review import Verdict
from quizapp.domain.session import AttemptItem
from quizapp.ui.main_window import MainWindow
from quizapp.ui.reader_dialog import ReaderDialog
from quizapp.ui.theme import current_colours
from quizapp.ui.trainee.results_page import ReviewCard
from tests.ui.drive import (
    add_trainee,
    answer_current,
    choice_button,
    click,
    finish_dialog,
    right_choice_numbers,
    settle,
    start_quiz,
    wrong_choice_number,
)


def _answer(window: MainWindow, qtbot: QtBot, item: AttemptItem) -> None:
    """wardens right, assembly wrong, never half right, co2 weighted half, safe unanswered."""
    key = item.question.key
    if key == "wardens":
        click(qtbot, choice_button(window, right_choice_numbers(item)[0]))
    elif key == "assembly":
        click(qtbot, choice_button(window, wrong_choice_number(item)))
    elif key == "never":
        click(qtbot, choice_button(window, right_choice_numbers(item)[1]))
    elif key == "co2":
        qtbot.keyClicks(window.trainee_area.quiz_page.question_view.answer_field, "Gas")


def test_review_explains_every_question(window: MainWindow, qtbot: QtBot) -> None:
    add_trainee(window, qtbot, "Kim")
    start_quiz(window, qtbot, minutes=30)
    page = window.trainee_area.quiz_page
    attempt = page.attempt
    assert attempt is not None
    for position in range(len(attempt.session.items)):
        page.go_to(position)
        settle(qtbot)
        _answer(window, qtbot, page.current_item)
    click(qtbot, page.finish_button)
    click(qtbot, finish_dialog(window, qtbot).submit_button)

    results = window.trainee_area.results_page
    assert window.trainee_area.currentWidget() is results
    assert results.score_label.accessibleName() == "Score: 2 of 5 points, 40 %"
    cards = {card.feedback.item.question.key: card for card in results.cards}
    assert [c.feedback.item.question.key for c in results.cards] == [
        i.question.key for i in attempt.session.items
    ]  # in the order asked
    verdicts = {key: card.feedback.outcome.verdict for key, card in cards.items()}
    assert verdicts == {
        "wardens": Verdict.RIGHT,
        "assembly": Verdict.WRONG,
        "never": Verdict.PARTLY,
        "co2": Verdict.PARTLY,
        "safe": Verdict.UNANSWERED,
    }
    co2 = cards["co2"].feedback
    assert "Partly right (0.5 of 1 point)" in co2.verdict_label.text()
    assert "<b>Your answer:</b></td><td>Gas<" in co2.answers_label.text()
    assert "carbon dioxide / CO2" in co2.answers_label.text()
    assert "Carbon dioxide is a gas, but be precise." in co2.explanation_label.text()
    assert "Water conducts electricity" in co2.explanation_label.text()

    assembly = cards["assembly"].feedback
    assert "Wrong (0 points)" in assembly.verdict_label.text()
    assert "The car park behind the canteen" in assembly.answers_label.text()
    mark = f"background-color:{current_colours().mark_background}"
    assert assembly.highlighted_words == "the car park behind the canteen"
    quote = assembly.quote_label.text()
    assert mark in quote and "the car park behind the canteen</span>" in quote
    assert quote.startswith("“The assembly point is ")

    never = cards["never"].feedback
    assert "Partly right (0.5 of 1 point)" in never.verdict_label.text()
    right_cell = never.answers_label.text().split("Right answer:")[1]
    assert "Use the lifts" in right_cell and "Go back in before the chief warden" in right_cell
    assert "Leave by the nearest stairway" not in never.answers_label.text()
    assert "Not answered (0 points)" in cards["safe"].feedback.verdict_label.text()

    # Only the wrong ones (partly right and unanswered count as wrong).
    click(qtbot, results.wrong_only)
    visible = {key for key, card in cards.items() if card.isVisible()}
    assert visible == {"assembly", "never", "co2", "safe"}
    click(qtbot, results.wrong_only)
    assert all(card.isVisible() for card in cards.values())

    # The reader: whole document, scrolled to the passage, the answering words highlighted.
    safe = cards["safe"]
    assert isinstance(safe, ReviewCard) and safe.feedback.source_button is not None
    results.scroll_area.ensureWidgetVisible(safe.feedback.source_button)
    click(qtbot, safe.feedback.source_button)
    reader = window.trainee_area.reader
    assert isinstance(reader, ReaderDialog)
    qtbot.waitExposed(reader)
    assert reader.text_view.toPlainText().startswith("Fire drill briefing")
    assert reader.highlighted_text() == "the chief warden"
    qtbot.waitUntil(reader.passage_visible, timeout=2000)
    assert reader.text_view.verticalScrollBar().value() > 0  # it had to scroll there
    top = reader.text_view.cursorForPosition(QPoint(0, 0)).position()
    assert top > 0


def test_all_right_leaves_nothing_for_the_wrong_only_filter(
    window: MainWindow, qtbot: QtBot
) -> None:
    add_trainee(window, qtbot, "Lee")
    start_quiz(window, qtbot, minutes=10)
    page = window.trainee_area.quiz_page
    assert page.attempt is not None
    for position in range(len(page.attempt.session.items)):
        page.go_to(position)
        settle(qtbot)
        answer_current(window, qtbot)
    click(qtbot, page.finish_button)
    click(qtbot, finish_dialog(window, qtbot).submit_button)
    results = window.trainee_area.results_page
    assert results.score_label.accessibleName() == "Score: 5 of 5 points, 100 %"
    click(qtbot, results.wrong_only)
    assert not any(card.isVisible() for card in results.cards)
    assert results.empty_label.isVisible()


def test_the_reader_marks_the_right_words_after_characters_beyond_u_ffff(qtbot: QtBot) -> None:
    """Spans count code points; Qt counts UTF-16 units. An emoji before the passage must not
    shift the highlight."""
    from quizapp.domain.questions import AcceptedAnswer, Question, SourceDocument
    from quizapp.ui.reader_dialog import ReaderDialog

    text = "Safety 🔥🧯 first\n\nCarbon dioxide puts out electrical fires.\n"
    start = text.index("Carbon")
    question = Question(
        "q",
        "short",
        "What puts out electrical fires?",
        answers=(AcceptedAnswer("carbon dioxide"),),
        quote=text[start : start + 41],
        span=(start, start + 41),
        highlight=(start, start + len("Carbon dioxide")),
    )
    reader = ReaderDialog(SourceDocument("Safety", text), question)
    qtbot.addWidget(reader)
    assert reader.highlighted_text() == "Carbon dioxide"
