"""The score views' charts (Qt Charts): percent over time per set, percent right per topic,
the distribution of a set's scores, and facility against discrimination per question.

Each chart is built from the plain objects the services return, and drawn in the theme's
colours (ui/theme.py): a `ChartView` builds its chart again when the palette changes, so a
switch between light and dark repaints it in the other theme's colours.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QEvent, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from quizapp.services.scores import HistoryEntry, QuestionFigures, TopicScore
from quizapp.ui.theme import Colours, current_colours

Build = Callable[[Colours], QChart]
DAY_MS = 86_400_000


def series_colours(colours: Colours) -> list[str]:
    """Colours told apart on the theme's base, for one line per set."""
    return [colours.accent, colours.flag, colours.good, colours.bad, colours.partial]


class ChartView(QChartView):
    """Shows the chart its builder makes, made again in the new colours when the theme
    changes; an empty view says what it waits for instead of drawing empty axes."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        self._build: Build | None = None
        self.show_chart(None)

    def show_chart(self, build: Build | None) -> None:
        self._build = build
        colours = current_colours()
        chart = build(colours) if build is not None else QChart()
        _dress(chart, colours)
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changed = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in changed and self._build is not None:
            self.show_chart(self._build)


def _dress(chart: QChart, colours: Colours) -> None:
    chart.setBackgroundBrush(QBrush(QColor(colours.base)))
    chart.setBackgroundRoundness(0)
    chart.setPlotAreaBackgroundVisible(False)
    chart.setTitleBrush(QBrush(QColor(colours.text)))
    chart.setMargins(QMargins(4, 4, 4, 4))
    legend = chart.legend()
    legend.setLabelColor(QColor(colours.text))
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    for axis in chart.axes():
        _dress_axis(axis, colours)


def _dress_axis(axis: QAbstractAxis, colours: Colours) -> None:
    axis.setLabelsColor(QColor(colours.text))
    axis.setTitleBrush(QBrush(QColor(colours.muted)))
    axis.setLinePenColor(QColor(colours.border))
    grid = QColor(colours.border)
    grid.setAlpha(120)  # behind the points, not competing with them
    axis.setGridLineColor(grid)


def _percent_axis(title: str, low: float = 0, high: float = 100) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(low, high)
    axis.setTickCount(int((high - low) // 25) + 1)
    axis.setLabelFormat("%d%%")
    axis.setTitleText(title)
    return axis


# -- the trainee's ------------------------------------------------------------------------


def percent_over_time(entries: Sequence[HistoryEntry]) -> Build:
    """A line per set through each graded attempt's percent, oldest to newest."""
    by_set: dict[str, list[HistoryEntry]] = {}
    for entry in sorted(entries, key=lambda e: e.started_at):
        if entry.percent is not None:
            by_set.setdefault(entry.set_title, []).append(entry)

    def build(colours: Colours) -> QChart:
        chart = QChart()
        if not by_set:
            return chart
        times = [e.started_at.timestamp() * 1000 for es in by_set.values() for e in es]
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM")
        x_axis.setTitleText("Date")
        start, end = min(times), max(times)
        pad = max((end - start) * 0.03, DAY_MS / 2)
        x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(start - pad)),
            QDateTime.fromMSecsSinceEpoch(int(end + pad)),
        )
        x_axis.setTickCount(5)
        y_axis = _percent_axis("Score")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        palette = series_colours(colours)
        for number, (title, points) in enumerate(by_set.items()):
            line = QLineSeries()
            line.setName(title)
            line.setPointsVisible(True)
            line.setPen(QPen(QColor(palette[number % len(palette)]), 2))
            for entry in points:
                line.append(entry.started_at.timestamp() * 1000, entry.percent or 0.0)
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        return chart

    return build


def topic_name(topic: TopicScore) -> str:
    return f"{'Section' if topic.kind == 'section' else 'Tag'}: {topic.name}"


def topic_bars(topics: Sequence[TopicScore]) -> Build:
    """Percent right per section and tag, the weakest at the top."""

    def build(colours: Colours) -> QChart:
        chart = QChart()
        if not topics:
            return chart
        bars = QBarSet("Percent right")
        bars.setColor(QColor(colours.accent))
        bars.setBorderColor(QColor(colours.accent))
        names = []
        # A horizontal bar chart draws its first category at the bottom: weakest last.
        for topic in reversed(topics):
            bars.append(topic.percent)
            names.append(topic_name(topic))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        series.setLabelsPrecision(3)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(names)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = _percent_axis("Percent right")
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        chart.legend().hide()
        bars.setLabelColor(QColor("#ffffff"))  # on the accent, as a main button's text
        return chart

    return build


# -- the trainer's ------------------------------------------------------------------------


def score_histogram(distribution: Sequence[int]) -> Build:
    """How many attempts scored in each band of 0-100%."""

    def build(colours: Colours) -> QChart:
        chart = QChart()
        chart.setTitle("Score distribution")
        if not any(distribution):
            return chart
        band = 100 // len(distribution)
        bars = QBarSet("Attempts")
        bars.setColor(QColor(colours.accent))
        bars.setBorderColor(QColor(colours.accent))
        for count in distribution:
            bars.append(count)
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.9)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        # Each bar is named by where its band starts: a narrow bar has room for no more.
        categories.append([str(i * band) for i in range(len(distribution))])
        categories.setTitleText(f"Score (%), in bands of {band}")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        counts = QValueAxis()
        counts.setRange(0, max(distribution))
        counts.setLabelFormat("%d")
        counts.setTitleText("Attempts")
        counts.applyNiceNumbers()
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)
        chart.legend().hide()
        return chart

    return build


def facility_scatter(questions: Sequence[QuestionFigures]) -> Build:
    """A point per question at (facility, discrimination); those that need a look apart, in
    the theme's warning colour, so the trainer sees which to fix."""
    plotted = [
        q
        for q in questions
        if q.statistics.facility is not None and q.statistics.discrimination_index is not None
    ]

    def build(colours: Colours) -> QChart:
        chart = QChart()
        chart.setTitle("Facility against discrimination")
        if not plotted:
            return chart
        fine = QScatterSeries()
        fine.setName("Questions")
        flagged = QScatterSeries()
        flagged.setName("Needs a look")
        flagged.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        for series, colour in ((fine, colours.accent), (flagged, colours.bad)):
            series.setColor(QColor(colour))
            series.setBorderColor(QColor(colours.base))
            series.setMarkerSize(11)
        for q in plotted:
            target = flagged if q.statistics.flags else fine
            target.append(q.statistics.facility or 0.0, q.statistics.discrimination_index or 0.0)
        x_axis = _percent_axis("Facility")
        y_axis = _percent_axis("Discrimination", -100, 100)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (fine, flagged):
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        return chart

    return build
