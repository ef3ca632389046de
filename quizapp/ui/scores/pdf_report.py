"""Printed reports of scores: one trainee's attempts and topics, or one set's statistics, as a
PDF drawn by Qt itself (QTextDocument laid out on a QPdfWriter), so no other dependency.

The command line (`quizapp export-results --format pdf`) calls this too, without a window:
`write_*` make an offscreen application when none is running.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from quizapp.domain.stats import ItemFlag
from quizapp.services.score_exports import TraineeReport
from quizapp.services.scores import SetStatistics

FLAG_WORDS = {
    ItemFlag.TOO_HARD: "too hard",
    ItemFlag.TOO_EASY: "too easy",
    ItemFlag.LOW_DISCRIMINATION: "weak discrimination",
}
STYLE = """
body { font-family: sans-serif; font-size: 9pt; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 12pt; }
table { border-collapse: collapse; } th { text-align: left; background: #e8e8e8; }
td, th { border-bottom: 1px solid #cccccc; }
td.n { text-align: right; }
"""


def write_trainee_report(report: TraineeReport, path: Path, *, printed: datetime) -> None:
    rows = [
        [
            f"{entry.started_at:%Y-%m-%d %H:%M}",
            entry.set_title,
            entry.mode.value,
            entry.state.value.replace("_", " "),
            "" if entry.points is None else f"{entry.points:g} / {entry.questions}",
            _percent(entry.percent),
            _duration(entry.seconds_taken),
        ]
        for entry in report.attempts
    ]
    topics = [[t.kind, t.name, str(t.answers), _percent(t.percent)] for t in report.topics]
    body = (
        f"<h1>{_e(report.trainee_name)}</h1>"
        f"<p>Scores as of {printed:%d %B %Y, %H:%M} UTC: {len(rows)} attempts.</p>"
        "<h2>Attempts</h2>"
        + _table(
            ["Date (UTC)", "Set", "Mode", "State", "Score", "Percent", "Time"], rows, {4, 5, 6}
        )
        + "<h2>By topic, weakest first</h2>"
        + _table(["Kind", "Topic", "Answers", "Percent right"], topics, {2, 3})
    )
    _write(f"Scores of {report.trainee_name}", body, path)


def write_set_report(stats: SetStatistics, path: Path, *, printed: datetime) -> None:
    test = stats.test
    which = "each trainee's first attempt" if stats.first_attempts_only else "all attempts"
    summary = [
        ["Attempts", str(test.attempts)],
        ["Mean", _percent(test.mean)],
        ["Median", _percent(test.median)],
        ["Standard deviation", _percent(test.sd)],
        ["Skewness", _number(test.skewness)],
        ["Kurtosis", _number(test.kurtosis)],
        ["Cronbach's alpha (CIC)", _percent(test.cronbach_alpha)],
        ["Error ratio", _percent(test.error_ratio)],
        ["Standard error", _percent(test.standard_error)],
    ]
    band = 100 // len(stats.distribution)
    spread = [[f"{i * band}-{(i + 1) * band}%", str(n)] for i, n in enumerate(stats.distribution)]
    questions = [
        [
            str(q.position + 1),
            q.prompt,
            str(q.statistics.attempts),
            _percent(q.statistics.facility),
            _percent(q.statistics.sd),
            _percent(q.statistics.discrimination_index),
            _percent(q.statistics.discriminative_efficiency),
            ", ".join(FLAG_WORDS[f] for f in q.statistics.flags),
        ]
        for q in stats.questions
    ]
    body = (
        f"<h1>{_e(stats.set_title)}</h1>"
        f"<p>Set {_e(stats.set_slug)}, version {stats.set_version}: graded exam attempts, "
        f"{which}, as of {printed:%d %B %Y, %H:%M} UTC.</p>"
        "<h2>The test</h2>"
        + _table(["Figure", "Value"], summary, {1}, width=50)
        + "<h2>Score distribution</h2>"
        + _table(["Score", "Attempts"], spread, {1}, width=50)
        + "<h2>Questions</h2>"
        + _table(
            [
                "#",
                "Question",
                "Attempts",
                "Facility",
                "SD",
                "Discrimination",
                "Efficiency",
                "Needs a look",
            ],
            questions,
            {0, 2, 3, 4, 5, 6},
        )
    )
    _write(f"Statistics of {stats.set_title}", body, path)


def _write(title: str, body: str, path: Path) -> None:
    _application()
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(f"<html><body>{body}</body></html>")
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("QuizApp")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
        )
    )
    document.print_(writer)


# The command line's application, kept here: one garbage-collected mid-report takes Qt down.
_offscreen: list[QApplication] = []


def _application() -> None:
    """Fonts and layout need an application object; the command line has none. A widgets
    application, not a bare GUI one: the process may show a window after the report."""
    if QApplication.instance() is None:
        _offscreen.append(QApplication(["quizapp", "-platform", "offscreen"]))


def _table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: set[int], width: int = 100
) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    lines = "".join(
        "<tr>"
        + "".join(
            f"<td class='n'>{_e(cell)}</td>" if i in numeric else f"<td>{_e(cell)}</td>"
            for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table width='{width}%' cellpadding='2' cellspacing='0'><tr>{head}</tr>{lines}</table>"


def _e(text: str) -> str:
    return html.escape(text)


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}%"


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}:{rest:02d}"
