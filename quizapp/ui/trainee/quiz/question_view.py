"""One question as the trainee answers it: the prompt and its choices or answer field.

Choices are rows that are buttons (choices.py): exclusive in a group for `single`, each on
its own for `multiple`. Typed answers are reported after a short pause in typing (see
TYPING_PAUSE_MS), and at once when the field or the question is left; in the last seconds
before a deadline, at every keystroke. `typing` says the moment a keystroke is not reported
yet, so nothing says "saved" while the field holds more than the database.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.grading import Response
from quizapp.domain.review import choice_marks, shown_choices
from quizapp.domain.session import AttemptItem
from quizapp.ui.trainee.quiz.choices import ChoiceButton
from quizapp.ui.widgets import breakable, muted_label, wrapped_label

# How long typing may pause before the text is written: short enough that text typed just
# before a crash is in the database (the kill test kills 0.2 s after a keystroke), long
# enough that a fast typist's keystrokes share writes. A write per keystroke held the UI
# thread up to 30-45 ms (each write reads the attempt back, holding the interpreter's lock);
# one per 100 ms pause, about a frame. benchmarks/bench_typing.py, docs/performance.md.
TYPING_PAUSE_MS = 100


class QuestionView(QWidget):
    response_changed = Signal(int, object)  # position, Response
    typing = Signal()  # a keystroke the database does not have yet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number_label = muted_label()
        self.prompt_label = wrapped_label()
        self.prompt_label.setObjectName("prompt")
        self.prompt_label.setTextFormat(Qt.TextFormat.RichText)
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label = muted_label()
        self.answer_field = QLineEdit()
        self.answer_field.setAccessibleName("Your answer")
        self.answer_field.setPlaceholderText("Type your answer")
        self.answer_field.setMaxLength(500)
        self.answer_field.textEdited.connect(self._typing)
        self.answer_field.editingFinished.connect(self.commit_text)
        self._choices = QVBoxLayout()
        self._choices.setSpacing(8)
        self.buttons: list[ChoiceButton] = []  # the rows of the question on screen
        self._rows: list[ChoiceButton] = []  # every row made so far, kept for the next one
        self._group = QButtonGroup(self)  # exclusive for a single-choice question
        self._single = False
        self._setting = False  # the rows are being given a question's stored answer
        self._typing_pause = QTimer(self)
        self._typing_pause.setSingleShot(True)
        self._typing_pause.setInterval(TYPING_PAUSE_MS)
        self._typing_pause.timeout.connect(self.commit_text)
        self._item: AttemptItem | None = None
        self._committed_text = ""
        # Set by the quiz page in the last seconds before the deadline, when no pause in
        # typing may come before it: then every keystroke is reported at once.
        self.report_each_keystroke = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.number_label)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.hint_label)
        layout.addSpacing(8)
        layout.addLayout(self._choices)
        layout.addWidget(self.answer_field)

    def show_item(self, item: AttemptItem, count: int, *, locked: bool) -> None:
        """Show `item`; `locked` (a checked practice answer) shows it without letting it change."""
        self.commit_text()
        self._item = item
        question = item.question
        self.number_label.setText(f"Question {item.position + 1} of {count}")
        self.prompt_label.setText(html.escape(breakable(question.prompt)).replace("\n", "<br>"))
        self.prompt_label.setAccessibleName(f"Question {item.position + 1}")
        self.prompt_label.setAccessibleDescription(question.prompt)
        self.hint_label.setText(
            {
                "single": "Choose one answer.",
                "multiple": "Choose all that apply.",
                "short": "Type a short answer.",
            }[question.type]
        )
        self._build_choices(item, locked)
        is_short = question.type == "short"
        self.answer_field.setVisible(is_short)
        self.answer_field.setReadOnly(locked)
        text = item.response if is_short and isinstance(item.response, str) else ""
        self.answer_field.setText(text)
        self._committed_text = text

    def focus_answer(self) -> None:
        """Put the keyboard on the answer: the chosen (or first) choice, or the text field."""
        if self._item is not None and self._item.question.type == "short":
            self.answer_field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        checked = [b for b in self.buttons if b.isChecked()]
        target = checked[0] if checked else self.buttons[0] if self.buttons else None
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def pick(self, number: int) -> None:
        """Digit shortcut: choice `number` as shown (1-based); toggles a check box."""
        if 1 <= number <= len(self.buttons) and self.buttons[number - 1].isEnabled():
            self.buttons[number - 1].click()
            self.buttons[number - 1].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def commit_text(self) -> None:
        """Report the typed answer now if it changed since it was last reported."""
        self._typing_pause.stop()
        item = self._item
        if item is None or item.question.type != "short" or self.answer_field.isReadOnly():
            return
        text = self.answer_field.text()
        if text != self._committed_text:
            self._committed_text = text
            self.response_changed.emit(item.position, text)

    def clear(self) -> None:
        """Forget the question without reporting what is typed: the attempt is over."""
        self._typing_pause.stop()
        self._item = None

    @property
    def typing_pending(self) -> bool:
        return self._typing_pause.isActive()

    def _typing(self) -> None:
        if self.report_each_keystroke:
            self.commit_text()
        else:
            self.typing.emit()
            self._typing_pause.start()

    def _build_choices(self, item: AttemptItem, locked: bool) -> None:
        """The item's choices on the rows kept from the questions before (more made when
        this one has more), the rows left over hidden."""
        question = item.question
        shown = [] if question.type == "short" else shown_choices(item)
        focused = QApplication.focusWidget()
        if focused is not None and any(row is focused for row in self._rows):
            # Hiding (or locking) a focused choice hands the focus on to Previous, and Enter
            # then pressed it; focus_answer() gives it to the next question instead.
            focused.clearFocus()
        for button in self._rows[len(shown) :]:
            button.hide()
        while len(self._rows) < len(shown):
            button = ChoiceButton()
            button.toggled.connect(self._choice_toggled)
            self._group.addButton(button)
            self._choices.addWidget(button)
            self._rows.append(button)
        self.buttons = self._rows[: len(shown)]
        self._single = question.type == "single"
        chosen = {item.response} if isinstance(item.response, int) else set(item.response or ())
        marks = choice_marks(item) if locked else []
        self._setting = True  # the rows take the stored answer: nothing new to report
        self._group.setExclusive(False)  # an exclusive group will not untick its last box
        for number, (button, index) in enumerate(zip(self.buttons, shown, strict=True), 1):
            button.set_choice(number, question.choices[index].text, several=not self._single)
            button.setChecked(index in chosen)
            button.setEnabled(not locked)
            if marks:
                button.show_mark(marks[number - 1])
            button.show()  # at once, not on the next pass of the event loop
        self._group.setExclusive(self._single)
        self._setting = False

    def _response(self) -> Response:
        assert self._item is not None
        order = shown_choices(self._item)
        ticked = [order[n] for n, b in enumerate(self.buttons) if b.isChecked()]
        if self._item.question.type == "single":
            return ticked[0] if ticked else None
        return frozenset(ticked)

    def _choice_toggled(self, checked: bool) -> None:
        # A radio group toggles two buttons per click; report once, on the one turned on.
        if self._item is None or self._setting or (self._single and not checked):
            return
        self.response_changed.emit(self._item.position, self._response())
