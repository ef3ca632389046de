"""A question as the trainer reads it (with its answer, explanation and quote) and edits it.

The editor changes the words only: the prompt, each choice, each accepted answer and the
explanation. Which choices are right, their credit and the quote stay as they are, so an edit
can never make a question the readers would have refused; the services check it all again.
"""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.question_rules import percent
from quizapp.domain.questions import AcceptedAnswer, Choice, Question
from quizapp.ui.widgets import breakable, wrapped_label


def question_html(question: Question) -> str:
    """Prompt, every choice marked right or wrong (or the accepted answers), explanation and
    quote: what the trainer checks a question by."""
    lines = [f"<p><b>{_text(question.prompt)}</b></p>"]
    if question.type == "short":
        answers = ", ".join(f"“{_text(a.text)}”" for a in question.answers)
        lines.append(f"<p>Accepted answers: {answers}</p>")
    else:
        items = "".join(
            f"<li>{'✔' if c.fraction > 0 else '✘'} {_text(c.text)}"
            f"{f' ({percent(c.fraction)})' if 0 < c.fraction < 1 else ''}</li>"
            for c in question.choices
        )
        lines.append(f"<ul>{items}</ul>")
    if question.explanation:
        lines.append(f"<p><i>Why:</i> {_text(question.explanation)}</p>")
    if question.quote:
        lines.append(f"<blockquote>“{_text(question.quote)}”</blockquote>")
    where = " · ".join(part for part in (question.section, question.key) if part)
    lines.append(f"<p><small>{_text(where)} · {question.type}</small></p>")
    return "".join(lines)


def _text(text: str) -> str:
    return html.escape(breakable(text)).replace("\n", "<br>")


class QuestionEditor(QWidget):
    """The words of one question, editable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question: Question | None = None
        self.prompt_field = self._text_field("", "Question text")
        self.explanation_field = self._text_field("", "Explanation")
        self.answer_fields: list[QLineEdit] = []
        self._form = QFormLayout()
        # The quote (a label) as wide as the fields: kept to its hint it wrapped at a third.
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._form)

    def _text_field(self, text: str, name: str) -> QPlainTextEdit:
        field = QPlainTextEdit(text)
        field.setAccessibleName(name)
        field.setTabChangesFocus(True)  # Tab goes on to the next field, as in a form
        field.setMaximumHeight(self.fontMetrics().height() * 5)
        return field

    def show_question(self, question: Question | None) -> None:
        """Fields for `question`'s words (none for None); the rows before are deleted."""
        self._question = question
        while self._form.rowCount():
            self._form.removeRow(0)
        self.answer_fields = []
        if question is None:
            return
        self.prompt_field = self._text_field(question.prompt, "Question text")
        self._form.addRow("&Question:", self.prompt_field)
        if question.type == "short":
            labelled = [(f"Answer {n}", a.text) for n, a in enumerate(question.answers, 1)]
        else:
            labelled = [
                (f"Choice {n} ({'right' if c.fraction > 0 else 'wrong'})", c.text)
                for n, c in enumerate(question.choices, 1)
            ]
        for label, text in labelled:
            field = QLineEdit(text)
            field.setAccessibleName(label)
            self._form.addRow(f"{label}:", field)
            self.answer_fields.append(field)
        self.explanation_field = self._text_field(question.explanation, "Explanation")
        self._form.addRow("&Explanation:", self.explanation_field)
        if question.quote:
            quote = wrapped_label(f"“{question.quote}”")
            quote.setAccessibleName("Quoted passage (not editable)")
            quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # At the top of its row, beside its name, however much room the form has left.
            quote.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            # A wrapped label in a form is laid out at its narrowest otherwise.
            quote.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
            self._form.addRow(QLabel("Quote:"), quote)

    def question(self) -> Question | None:
        """The question with the words as they are in the fields now."""
        if self._question is None:
            return None
        texts = [field.text().strip() for field in self.answer_fields]
        edited = replace(
            self._question,
            prompt=self.prompt_field.toPlainText().strip(),
            explanation=self.explanation_field.toPlainText().strip(),
        )
        if edited.type == "short":
            answers = tuple(
                AcceptedAnswer(text, a.fraction, a.case_sensitive, a.feedback)
                for a, text in zip(edited.answers, texts, strict=True)
            )
            return replace(edited, answers=answers)
        choices = tuple(
            Choice(text, c.fraction, c.feedback)
            for c, text in zip(edited.choices, texts, strict=True)
        )
        return replace(edited, choices=choices)


class EditQuestionDialog(QDialog):
    """Edit one stored question; saving makes a new version of its set."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit a question")
        self.setAccessibleName("Edit a question")
        self.editor = QuestionEditor()
        self.editor.show_question(question)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped_label(
                "Saving makes a new version of the set: trainees take it from now on, and "
                "quizzes already taken keep showing the words they were asked."
            )
        )
        layout.addWidget(self.editor)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.editor.prompt_field.setFocus()
