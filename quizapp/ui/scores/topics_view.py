"""By topic: the trainee's percent right per section and tag over all their graded answers, of
every set or one, weakest first, as bars and as a table that reads out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QSplitter, QVBoxLayout, QWidget

from quizapp.services.question_sets import SetSummary
from quizapp.services.scores import TopicScore
from quizapp.ui.columns_model import Columns
from quizapp.ui.scores.calls import Caller, table
from quizapp.ui.scores.charts import ChartView, topic_bars, topic_name
from quizapp.ui.scores.models import percent
from quizapp.ui.widgets import muted_label

ALL_SETS = ""


class TopicsView(QWidget):
    def __init__(self, call: Caller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._call = call
        self.trainee_uuid: str | None = None
        self.set_box = QComboBox()
        self.set_box.setAccessibleName("Topics of which question set")
        self.set_box.currentIndexChanged.connect(lambda _: self.reload())
        self.model: Columns[TopicScore] = Columns(
            [
                ("Topic", topic_name),
                ("Answers", lambda t: str(t.answers)),
                ("Right", lambda t: percent(t.percent)),
            ]
        )
        self.view = table(self.model, "Percent right per topic, weakest first", stretch=2)
        self.view.setMinimumWidth(self.view.fontMetrics().horizontalAdvance("M") * 28)
        self.chart = ChartView("Percent right per topic, weakest first")
        self.empty_label = muted_label(
            "No graded answers yet: finish a quiz and your topics show here."
        )
        self.empty_label.hide()
        form = QFormLayout()
        form.addRow("Question &set:", self.set_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)

    def show_trainee(self, trainee_uuid: str, sets: list[SetSummary]) -> None:
        self.trainee_uuid = trainee_uuid
        self.set_box.blockSignals(True)
        self.set_box.clear()
        self.set_box.addItem("All question sets", ALL_SETS)
        for summary in sets:
            self.set_box.addItem(summary.title, summary.slug)
        self.set_box.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        uuid = self.trainee_uuid
        if uuid is None:
            return
        slug = self.set_box.currentData() or None
        self._call(lambda s: s.topic_scores(uuid, slug), lambda topics: self._show(uuid, topics))

    def _show(self, trainee_uuid: str, topics: list[TopicScore]) -> None:
        if trainee_uuid != self.trainee_uuid:
            return
        self.model.set_rows(topics)
        self.chart.show_chart(topic_bars(topics))
        self.empty_label.setVisible(not topics)
