"""How an answered question is shown: verdict, both answers, explanation, quoted passage.

Practice mode shows this right after a check and the results page shows it for every
question, so both build the same panel here; what the verdict is comes from domain/review.py.
An exam whose answers the trainer has not shown comes without them (the services withheld
them): its panel says the verdict the attempt recorded and the trainee's answer, no more.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.domain.questions import GradingOptions, Question
from quizapp.domain.review import (
    Verdict,
    highlight_in_quote,
    outcome,
    recorded_outcome,
    response_text,
    right_answer_text,
    shown_quote,
)
from quizapp.domain.session import AttemptItem
from quizapp.ui.theme import Colours, current_colours
from quizapp.ui.widgets import breakable, restyle, wrapped_label

SHOW_IN_SOURCE = "Show in the document"


def quote_html(question: Question, palette_colours: Colours) -> str:
    table = _table_html(question.quote, highlight_in_quote(question), palette_colours)
    if table is not None:
        return table
    quote, where = shown_quote(question)
    if where is None:
        body = html.escape(breakable(quote))
    else:
        start, end = where
        body = (
            f'{html.escape(breakable(quote, 0, start))}<span style="background-color:'
            f"{palette_colours.mark_background}; color:{palette_colours.mark_text};"
            f' font-weight:600">{html.escape(breakable(quote, start, end))}</span>'
            f"{html.escape(breakable(quote, end))}"
        )
    return f"“{body.replace(chr(10), '<br>')}”"


# A Markdown table's row, and the line under its header ("|---|:--:|").
_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_TABLE_RULE = re.compile(r"^[\s|:-]+$")


def _table_html(quote: str, where: tuple[int, int] | None, colours: Colours) -> str | None:
    """A quoted Markdown table as a table, its header in bold and the row the answer stands
    in marked, rather than as lines of pipes; None when the quote is not a table."""
    lines = quote.split("\n")
    found = [_TABLE_ROW.match(line) for line in lines]
    if len(lines) < 2 or None in found:
        return None
    rows = []
    offset = 0
    for index, (line, row) in enumerate(zip(lines, found, strict=True)):
        start, offset = offset, offset + len(line) + 1
        if row is None or _TABLE_RULE.match(line):
            continue
        cells = row.group(1).split("|")
        marked = where is not None and start <= where[0] < offset
        style = (
            f' style="background-color:{colours.mark_background}; color:{colours.mark_text};'
            ' font-weight:600"'
            if marked
            else (' style="font-weight:600"' if index == 0 else "")
        )
        rows.append(
            f"<tr{style}>"
            + "".join(f"<td>{html.escape(breakable(c.strip()))}</td>" for c in cells)
            + "</tr>"
        )
    return f'<table cellspacing="0" cellpadding="3">{"".join(rows)}</table>'


def _lines_html(text: str) -> str:
    # A typed answer can be one 500-character word; unbroken, it widened the whole page.
    return "<br>".join(html.escape(breakable(line)) for line in text.splitlines())


class FeedbackPanel(QFrame):
    """The explanation of one checked or graded question."""

    show_passage = Signal(object)  # the Question whose passage to show in the reader

    def __init__(
        self,
        item: AttemptItem,
        grading: GradingOptions,
        *,
        can_show_source: bool,
        answers_shown: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.answers_shown = answers_shown
        self.outcome = outcome(item, grading) if answers_shown else recorded_outcome(item)
        number = item.position + 1
        self.setObjectName("feedback")
        self.verdict_label = wrapped_label()
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setAccessibleName(f"Question {number} result")
        self.answers_label = wrapped_label()
        self.answers_label.setTextFormat(Qt.TextFormat.RichText)
        self.answers_label.setAccessibleName(
            f"Question {number}: your answer" + (" and the right one" if answers_shown else "")
        )
        self.explanation_label = wrapped_label()
        self.explanation_label.setTextFormat(Qt.TextFormat.RichText)
        self.explanation_label.setAccessibleName(f"Question {number} explanation")
        self.quote_label = wrapped_label()
        self.quote_label.setTextFormat(Qt.TextFormat.RichText)
        self.quote_label.setObjectName("quote")
        self.quote_label.setAccessibleName(f"Question {number}: passage from the source")
        self.quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.answers_label)
        layout.addWidget(self.explanation_label)
        layout.addWidget(self.quote_label)
        # Only once in the layout: shown before it has a parent, a label is a window of its
        # own, which flashes up and takes the focus from the quiz (Enter went nowhere).
        self.quote_label.setVisible(bool(item.question.quote))
        self.source_button: QPushButton | None = None
        if can_show_source and item.question.span is not None:
            self.source_button = QPushButton(SHOW_IN_SOURCE)
            self.source_button.setAccessibleName(f"Question {number}: {SHOW_IN_SOURCE.lower()}")
            self.source_button.clicked.connect(lambda: self.show_passage.emit(item.question))
            row = QHBoxLayout()
            row.addWidget(self.source_button)
            row.addStretch(1)
            layout.addLayout(row)
        self._render()

    @property
    def highlighted_words(self) -> str:
        quote, where = shown_quote(self.item.question)
        return quote[where[0] : where[1]] if where else ""

    def event(self, event: QEvent) -> bool:
        # The quote's highlighted words carry the theme's colours in their markup.
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._render()
        return super().event(event)

    def _render(self) -> None:
        verdict = self.outcome.verdict
        sign = {Verdict.RIGHT: "✔", Verdict.PARTLY: "◑", Verdict.WRONG: "✘"}.get(verdict, "–")
        shown = Verdict.WRONG if verdict is Verdict.UNANSWERED else verdict
        restyle(self.verdict_label, verdict=shown.value)
        self.verdict_label.setText(f"{sign} {self.outcome.text}")
        rows = [("Your answer", _lines_html(response_text(self.item)))]
        if self.answers_shown:
            rows.append(("Right answer", _lines_html(right_answer_text(self.item))))
        self.answers_label.setText(
            "<table cellspacing='0' cellpadding='2'>"
            + "".join(
                f"<tr><td style='padding-right:12px'><b>{name}:</b></td><td>{value}</td></tr>"
                for name, value in rows
            )
            + "</table>"
        )
        notes = [html.escape(breakable(f)) for f in self.outcome.feedback]
        if self.item.question.explanation:
            notes.append(html.escape(breakable(self.item.question.explanation)))
        self.explanation_label.setText("<br>".join(notes))
        self.explanation_label.setVisible(bool(notes))
        self.quote_label.setText(quote_html(self.item.question, current_colours()))
