"""The whole source document, scrolled to a question's passage with the passage highlighted.

The passage is marked lightly and the words that answer the question strongly, as extra
selections over a read-only text, so the trainee sees the answer in its context.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QColor, QShowEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.questions import Question, SourceDocument
from quizapp.ui.theme import current_colours
from quizapp.ui.widgets import heading


class ReaderDialog(QDialog):
    def __init__(
        self, document: SourceDocument, question: Question, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(document.title or "Source")
        self.setAccessibleName(f"Source: {document.title}")
        self.text_view = QTextBrowser()
        self.text_view.setAccessibleName("Source text")
        self.text_view.setOpenLinks(False)
        self.text_view.setPlainText(document.text)
        self._span = _qt_span(document.text, question.span)
        self._highlight = _qt_span(document.text, question.highlight)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close the source")
        buttons.rejected.connect(self.reject)
        title = heading(document.title or "Source", "heading")
        hint = QLabel("The quoted passage is marked; the words that answer the question stand out.")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.text_view)
        layout.addWidget(buttons)
        self._mark()
        available = parent.window().size() if parent is not None else None
        width = min(820, available.width() - 60) if available else 820
        height = min(640, available.height() - 60) if available else 640
        self.resize(width, height)

    def _selection(self, span: tuple[int, int], fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _mark(self) -> None:
        meaning = current_colours()
        selections = []
        if self._span is not None:
            passage = QTextCharFormat()
            passage.setBackground(QColor(meaning.passage_mark))
            selections.append(self._selection(self._span, passage))
        if self._highlight is not None:
            words = QTextCharFormat()
            words.setBackground(QColor(meaning.mark_background))
            words.setForeground(QColor(meaning.mark_text))
            selections.append(self._selection(self._highlight, words))
        self.text_view.setExtraSelections(selections)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._mark()
        return super().event(event)

    def highlighted_text(self) -> str:
        """The words marked as answering the question (what the trainee sees highlighted)."""
        selections = self.text_view.extraSelections()
        return selections[-1].cursor.selectedText() if selections else ""

    def passage_visible(self) -> bool:
        """Whether the highlighted words are inside the visible part of the text."""
        if self._highlight is None:
            return False
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(self._highlight[0])
        rect = self.text_view.cursorRect(cursor)
        return self.text_view.viewport().rect().contains(rect)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The text is laid out only once the dialog has its size, so scroll after that.
        QTimer.singleShot(0, self.scroll_to_passage)

    def scroll_to_passage(self) -> None:
        """Bring the passage to the upper third of the view."""
        target = self._span or self._highlight
        if target is None:
            return
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(target[0])
        self.text_view.setTextCursor(cursor)
        self.text_view.ensureCursorVisible()
        bar = self.text_view.verticalScrollBar()
        top = self.text_view.cursorRect(cursor).top()
        bar.setValue(bar.value() + top - self.text_view.viewport().height() // 3)


def _qt_span(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A span in Qt's positions: Qt counts UTF-16 units, our offsets count code points, and
    the two part ways after any character beyond U+FFFF (an emoji, a rare CJK character)."""
    if span is None:
        return None
    start, end = span
    return _utf16_units(text[:start]), _utf16_units(text[:end])


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
