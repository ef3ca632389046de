"""Item statistics of a set version for the trainer (Moodle's figures, domain/stats.py): the
set's figures, the score histogram, facility against discrimination, a row per question with
those that need a look marked and why, and how the counted attempts answered the question
chosen. All graded exam attempts, or each trainee's first; worked out on the task runner."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.questions import QuestionSet
from quizapp.services.scores import QuestionFigures, SetStatistics
from quizapp.services.set_admin import StoredVersion, TrainerSet
from quizapp.ui.columns_model import Columns
from quizapp.ui.scores.calls import table
from quizapp.ui.scores.charts import ChartView, facility_scatter, score_histogram
from quizapp.ui.scores.exports import Exports
from quizapp.ui.scores.models import QuestionStatisticsModel, percent
from quizapp.ui.sort_bar import SortBar
from quizapp.ui.widgets import muted_label

if TYPE_CHECKING:
    from quizapp.services.facade import Services
    from quizapp.services.trainer import TrainerKey
    from quizapp.ui.trainer.area import TrainerArea

NEWEST = 0  # the version box's entry for the newest version


@dataclass(frozen=True)
class Responses:
    """How the counted attempts answered one choice of a question."""

    text: str
    right: bool
    count: int
    percent: float | None


@dataclass(frozen=True)
class Found:
    stats: SetStatistics
    questions: QuestionSet  # the version's own questions, for the choices' texts


def responses(figures: QuestionFigures, questions: QuestionSet) -> list[Responses]:
    counts = figures.choice_counts
    question = next((q for q in questions.questions if q.key == figures.key), None)
    if counts is None or question is None:
        return []
    answered = figures.statistics.attempts
    return [
        Responses(
            choice.text,
            choice.correct,
            count,
            100 * count / answered if answered else None,
        )
        for choice, count in zip(question.choices, counts, strict=False)
    ]


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


class StatisticsPage(QWidget):
    def __init__(self, area: TrainerArea, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._area = area
        self.found: Found | None = None
        self.exports = Exports(area, self)
        self.set_box = QComboBox()
        self.set_box.setAccessibleName("Statistics of which question set")
        self.set_box.currentIndexChanged.connect(lambda _: self._versions())
        self.version_box = QComboBox()
        self.version_box.setAccessibleName("Which version of the set")
        self.version_box.currentIndexChanged.connect(lambda _: self.reload())
        self.first_box = QCheckBox("Each trainee's &first attempt only")
        self.first_box.toggled.connect(lambda _: self.reload())
        self.csv_button = QPushButton("E&xport CSV…")
        self.csv_button.setAccessibleName("Export the set's attempts and answers as CSV")
        self.csv_button.clicked.connect(self._export_csv)
        self.pdf_button = QPushButton("&PDF report of the set…")
        self.pdf_button.clicked.connect(self._export_pdf)
        self.status_label = muted_label()

        self.figure_labels: dict[str, QLabel] = {}
        figures = QFormLayout()
        for name, text in (
            ("attempts", "Attempts"),
            ("mean", "Mean"),
            ("median", "Median"),
            ("sd", "Standard deviation"),
            ("skewness", "Skewness"),
            ("kurtosis", "Kurtosis"),
            ("cronbach_alpha", "Cronbach's alpha"),
            ("error_ratio", "Error ratio"),
            ("standard_error", "Standard error"),
        ):
            label = QLabel("—")
            label.setAccessibleName(text)
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.figure_labels[name] = label
            figures.addRow(f"{text}:", label)
        figures_box = QFrame()
        figures_box.setObjectName("card")
        figures_box.setLayout(figures)
        self.histogram = ChartView("Score distribution")
        self.scatter = ChartView("Facility against discrimination, questions to look at marked")

        self.model = QuestionStatisticsModel()
        self.view = table(
            self.model,
            "Statistics per question",
            stretch=1,
            sorted_by=(0, Qt.SortOrder.AscendingOrder),
        )
        self.view.selectionModel().currentRowChanged.connect(self._question_chosen)
        self.view.setToolTip("Click a heading, or choose in Sort by (Alt+Y), to sort")
        self.sort_bar = SortBar(self.view)
        self.responses_model: Columns[Responses] = Columns(
            [
                ("Choice", lambda r: r.text),
                ("Right", lambda r: "✓" if r.right else ""),
                ("Chosen", lambda r: f"{r.count} ({percent(r.percent)})"),
            ]
        )
        self.responses_view = table(
            self.responses_model, "How the choices were chosen", stretch=0, wrap=True
        )
        self.responses_view.setToolTip("How the counted attempts answered the question chosen")
        self.responses_label = muted_label("Choose a question to see how it was answered.")

        bar = QHBoxLayout()
        for text, widget in (("Question s&et:", self.set_box), ("Versio&n:", self.version_box)):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget, 1 if widget is self.set_box else 0)
        bar.addWidget(self.first_box)
        bar.addStretch(0)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.pdf_button)
        # The set's figures and the chosen question's answers in a column on the left; the
        # charts over the questions' table, which takes the width that is left.
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(figures_box)
        side_layout.addWidget(self.responses_label)
        side_layout.addWidget(self.responses_view, 1)
        side.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 22)
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.setChildrenCollapsible(False)
        charts.addWidget(self.histogram)
        charts.addWidget(self.scatter)
        questions = QWidget()
        questions_layout = QVBoxLayout(questions)
        questions_layout.setContentsMargins(0, 0, 0, 0)
        questions_layout.addWidget(self.view, 1)
        questions_layout.addWidget(self.sort_bar, 0, Qt.AlignmentFlag.AlignRight)
        main = QSplitter(Qt.Orientation.Vertical)
        main.setChildrenCollapsible(False)
        main.addWidget(charts)
        main.addWidget(questions)
        main.setStretchFactor(0, 4)
        main.setStretchFactor(1, 5)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setChildrenCollapsible(False)
        body.addWidget(side)
        body.addWidget(main)
        body.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status_label)
        layout.addWidget(body, 1)
        self._filling = False

    def refresh(self) -> None:
        self._area.call(lambda s, key: s.trainer_sets(key), self._sets)

    def _sets(self, sets: list[TrainerSet]) -> None:
        wanted = self.set_box.currentData()
        self._filling = True
        self.set_box.clear()
        for summary in sets:
            self.set_box.addItem(summary.title, summary.slug)
        self.set_box.setCurrentIndex(max(self.set_box.findData(wanted), 0))
        self._filling = False
        self._versions()

    def _versions(self) -> None:
        if self._filling:
            return
        slug = self.set_box.currentData()
        if slug is None:
            self._show(None)
            return
        self._area.call(
            lambda s, key: s.set_versions(key, slug), lambda found: self._fill_versions(slug, found)
        )

    def _fill_versions(self, slug: str, versions: list[StoredVersion]) -> None:
        if slug != self.set_box.currentData():
            return
        self._filling = True
        self.version_box.clear()
        self.version_box.addItem("newest", NEWEST)
        for stored in sorted(versions, key=lambda v: -v.version):
            text = f"{stored.version} ({stored.question_count} questions)"
            self.version_box.addItem(text, stored.version)
        self._filling = False
        self.reload()

    def reload(self) -> None:
        slug = self.set_box.currentData()
        if self._filling or slug is None:
            return
        version = self.version_box.currentData() or None
        first = self.first_box.isChecked()
        self.status_label.setText("Working out the statistics…")

        def work(services: Services, key: TrainerKey) -> Found:
            stats = services.set_statistics(
                key, slug, version, first_attempts=first, with_choice_counts=True
            )
            return Found(stats, services.browse_set(key, slug, stats.set_version))

        self._area.call(work, self._show)

    def _show(self, found: Found | None) -> None:
        self.found = found
        stats = found.stats if found is not None else None
        test = stats.test if stats is not None else None
        for name, label in self.figure_labels.items():
            value = getattr(test, name) if test is not None else None
            if name == "attempts":
                label.setText(str(value or 0))
            elif name in ("skewness", "kurtosis"):
                label.setText(_number(value))
            else:
                label.setText(percent(value, 1))
        self.model.set_rows(stats.questions if stats is not None else [])
        self.responses_model.set_rows([])
        self.histogram.show_chart(score_histogram(stats.distribution) if stats else None)
        self.scatter.show_chart(facility_scatter(stats.questions) if stats else None)
        if stats is None:
            self.status_label.setText("There is no question set yet.")
            return
        which = "each trainee's first attempt" if stats.first_attempts_only else "all attempts"
        flagged = sum(1 for q in stats.questions if q.statistics.flags)
        self.status_label.setText(
            f"{stats.set_title}, version {stats.set_version}: graded exam attempts, {which}. "
            + (
                f"{flagged} question{'s' * (flagged != 1)} need{'s' * (flagged == 1)} a look "
                "(marked)."
                if flagged
                else "No question needs a look."
            )
            if test is not None and test.attempts
            else f"{stats.set_title}, version {stats.set_version}: no graded exam attempt yet."
        )

    def _question_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self.found is None:
            return
        figures = self.model.rows[current.row()]
        rows = responses(figures, self.found.questions)
        self.responses_model.set_rows(rows)
        self.responses_label.setText(
            f"Question {figures.position + 1}: how the {figures.statistics.attempts} attempts "
            "asked it answered."
            if rows
            else f"Question {figures.position + 1} is answered by typing: no choices to count."
        )

    def _export_csv(self) -> None:
        slug = self.set_box.currentData()
        if slug is not None:
            self.exports.csv(set_slug=slug, trainee_name=None)

    def _export_pdf(self) -> None:
        slug = self.set_box.currentData()
        if slug is not None:
            version = self.version_box.currentData() or None
            self.exports.set_pdf(slug, version, first_attempts=self.first_box.isChecked())
