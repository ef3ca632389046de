"""The trainer's score review, driven through the real widgets: the dashboard (filtered by set,
trainee and dates, any attempt opened to its review), item statistics with their charts and
the questions that need a look, and exports to CSV and PDF from the app."""

from __future__ import annotations

import csv
import uuid
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarSeries, QScatterSeries
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)
from pytestqt.qtbot import QtBot

from quizapp.domain.exams import ExamSettings, ShowAnswers
from quizapp.domain.trainees import Trainee
from quizapp.services import attempts, exams, trainees, trainer
from quizapp.services.errors import TrainerLocked
from quizapp.services.facade import Services
from quizapp.services.trainer import TrainerKey
from quizapp.storage.database import Database
from quizapp.ui.main_window import MainWindow
from quizapp.ui.scores.review_dialog import ReviewDialog
from tests.fakes import FakeClock
from tests.pdf_text import pdf_text
from tests.score_data import RIGHT, WRONG, dana_and_eli, import_topics_set, take
from tests.ui.drive import click, settle
from tests.ui.trainer_steps import PASSPHRASE, open_statistics, open_trainer


@pytest.fixture
def room(db: Database, clock: FakeClock, tmp_path: Path) -> dict[str, Trainee]:
    """Dana and Eli's exams on the gear set (score_data.dana_and_eli)."""
    trainer.set_passphrase(db, PASSPHRASE, clock=clock, first=True)
    return dana_and_eli(db, clock, tmp_path)


def test_the_dashboard_filters_and_opens_any_attempt(
    window: MainWindow, qtbot: QtBot, room: dict[str, Trainee]
) -> None:
    area = open_trainer(window, qtbot)
    area.tabs.setCurrentWidget(area.dashboard_page)
    settle(qtbot)
    page = area.dashboard_page
    rows = page.model.rows
    assert [(r.trainee_name, r.set_title, r.attempts) for r in rows] == [
        ("Dana", "Site gear", 2),
        ("Eli", "Site gear", 1),
    ]
    assert (rows[0].best_percent, rows[0].latest_percent) == (100.0, 20.0)
    assert page.model.index(0, 4).data() == "100 %" and page.model.index(0, 5).data() == "20 %"
    assert page.count_label.text() == "2 trainees."

    page.trainee_box.setCurrentIndex(page.trainee_box.findText("Eli"))
    settle(qtbot)
    assert [r.trainee_name for r in page.model.rows] == ["Eli"]
    page.trainee_box.setCurrentIndex(0)
    page.order_box.setCurrentIndex(page.order_box.findData(True))
    settle(qtbot)
    assert [r.trainee_name for r in page.model.rows] == ["Eli", "Dana"]  # most recent first

    # Dates: only the day of Dana's attempts.
    click(qtbot, page.dates_box)
    start = QDate(2025, 3, 3)  # the clock's first day: Dana's attempts
    page.since_edit.setDate(start)
    page.until_edit.setDate(start)
    settle(qtbot)
    assert [r.trainee_name for r in page.model.rows] == ["Dana"]
    page.since_edit.setDate(start.addDays(5))
    page.until_edit.setDate(start.addDays(6))
    settle(qtbot)
    assert page.model.rows == [] and page.count_label.text() == "No attempts match."
    click(qtbot, page.dates_box)
    assert len(page.model.rows) == 2

    # A row shows its trainee's attempts; one opens to its review in a dialog.
    dana_row = next(i for i, r in enumerate(page.model.rows) if r.trainee_name == "Dana")
    page.view.setCurrentIndex(page.model.index(dana_row, 0))
    settle(qtbot)
    assert page.attempts_label.text() == "Attempts of Dana"
    attempts = page.attempts.model.rows
    assert [e.percent for e in attempts] == [20.0, 100.0]
    page.attempts.view.setCurrentIndex(page.attempts.model.index(1, 0))
    click(qtbot, page.attempts.open_button)
    dialog = area.review
    assert isinstance(dialog, ReviewDialog) and dialog.isVisible()
    assert dialog.results.score_label.text().startswith("5 of 5 points (100 %)")
    assert len(dialog.results.cards) == 5
    click(qtbot, dialog.results.done_button)
    assert not dialog.isVisible()


def test_item_statistics_mark_the_questions_to_fix_and_chart_them(
    window: MainWindow, qtbot: QtBot, room: dict[str, Trainee]
) -> None:
    area = open_trainer(window, qtbot)
    page = open_statistics(area, qtbot, "gear")
    assert page.found is not None
    stats = page.found.stats
    assert page.figure_labels["attempts"].text() == "3"
    assert page.figure_labels["mean"].text() == f"{stats.test.mean:.1f} %"
    assert len(page.model.rows) == 5

    flagged = [i for i, q in enumerate(page.model.rows) if q.statistics.flags]
    assert [page.model.rows[i].key for i in flagged] == ["g-helmet"]
    assert "too easy" in page.model.index(flagged[0], 7).data()
    for row in flagged:
        assert page.model.index(row, 7).data()  # why, in words
        assert page.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    fine = [i for i in range(5) if i not in flagged]
    for row in fine:
        assert page.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is None

    # The histogram holds every attempt, in its band; the scatter every question, apart
    # as flagged or not.
    (bars,) = [s for s in page.histogram.chart().series() if isinstance(s, QBarSeries)]
    (counts,) = bars.barSets()
    assert [int(counts.at(i)) for i in range(counts.count())] == list(stats.distribution)
    assert sum(stats.distribution) == 3
    scatter = {s.name(): s for s in page.scatter.chart().series() if isinstance(s, QScatterSeries)}
    plotted_flagged = {(round(p.x(), 3), round(p.y(), 3)) for p in scatter["Needs a look"].points()}
    expected = {
        (round(q.statistics.facility or 0, 3), round(q.statistics.discrimination_index or 0, 3))
        for q in page.model.rows
        if q.statistics.flags and q.statistics.discrimination_index is not None
    }
    assert plotted_flagged == expected

    # The helmet question: who chose what.
    helmet = next(i for i, q in enumerate(page.model.rows) if q.key == "g-helmet")
    page.view.setCurrentIndex(page.model.index(helmet, 0))
    responses = page.responses_model.rows
    assert [(r.text, r.right, r.count) for r in responses] == [
        ("A helmet", True, 3),
        ("A cap", False, 0),
        ("Nothing", False, 0),
    ]

    click(qtbot, page.first_box)  # each trainee's first: Dana's all right, Eli's
    assert page.figure_labels["attempts"].text() == "2"


def test_exports_from_the_app_write_csv_and_pdf(
    window: MainWindow,
    qtbot: QtBot,
    room: dict[str, Trainee],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    area = open_trainer(window, qtbot)
    area.tabs.setCurrentWidget(area.dashboard_page)
    settle(qtbot)
    page = area.dashboard_page
    folder = tmp_path / "results"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    click(qtbot, page.csv_button)
    with (folder / "attempts.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(r["trainee"] for r in rows) == ["Dana", "Dana", "Eli"]
    with (folder / "responses.csv").open(encoding="utf-8-sig") as handle:
        assert len(list(csv.DictReader(handle))) == 15
    assert "Wrote 3 attempts" in area.status_label.text()

    report = tmp_path / "dana"  # the dialog gives no suffix: .pdf is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
    dana_row = next(i for i, r in enumerate(page.model.rows) if r.trainee_name == "Dana")
    page.view.setCurrentIndex(page.model.index(dana_row, 0))
    click(qtbot, page.pdf_button)
    written = tmp_path / "dana.pdf"
    text = pdf_text(written.read_bytes())
    assert "Dana" in text and "Site gear" in text
    assert str(written) in area.status_label.text()

    stats_page = open_statistics(area, qtbot, "gear")
    set_report = tmp_path / "gear.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(set_report), ""))
    click(qtbot, stats_page.pdf_button)
    text = pdf_text(set_report.read_bytes())
    assert "Site gear" in text and "Cronbach" in text


def test_an_unwritable_folder_is_a_message_not_a_crash(
    window: MainWindow,
    qtbot: QtBot,
    room: dict[str, Trainee],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    area = open_trainer(window, qtbot)
    area.tabs.setCurrentWidget(area.dashboard_page)
    settle(qtbot)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *a, **k: str(blocker / "inside")
    )
    click(qtbot, area.dashboard_page.csv_button)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and "could not be written" in box.text()
    box.close()


def test_the_trainers_score_calls_need_the_key(db: Database, clock: FakeClock) -> None:
    services = Services(db, clock)
    stranger = TrainerKey("not handed out")
    for call in (
        lambda: services.dashboard(stranger),
        lambda: services.set_statistics(stranger, "fire-drill"),
        lambda: services.export_results_csv(stranger, Path("nowhere")),
        lambda: services.trainee_report(stranger, "Dana"),
        lambda: services.review_attempt(stranger, "any-attempt"),
    ):
        with pytest.raises(TrainerLocked):
            call()


def test_the_trainer_reviews_an_exam_whose_answers_the_trainee_does_not_see_yet(
    db: Database, clock: FakeClock, room: dict[str, Trainee]
) -> None:
    services = Services(db, clock)
    key = services.unlock_trainer(PASSPHRASE)
    exams.save_exam(
        db,
        key,
        "gear",
        ExamSettings(question_count=5, show_answers=ShowAnswers.ON_RELEASE),
        clock=clock,
    )
    eli = room["Eli"].uuid
    started = attempts.start_exam(db, eli, "gear", attempt_uuid=str(uuid.uuid4()), clock=clock)
    attempts.submit(db, started.uuid, trainee_uuid=eli, clock=clock)
    as_eli_sees_it = attempts.load_attempt(db, started.uuid, clock=clock)
    assert not any(c.correct for i in as_eli_sees_it.session.items for c in i.question.choices)
    as_trainer = services.review_attempt(key, started.uuid)
    assert all(
        any(c.correct for c in item.question.choices)
        for item in as_trainer.session.items
        if item.question.type != "short"
    )


LONG_CHOICE = (
    "A baseball cap, worn back to front so that the peak shades the neck from the sun while "
    "the trainee bends over the work"
)


def painted_text_fits(view: QTableView, row: int, column: int) -> bool:
    """Whether a cell's text, wrapped at word boundaries, fits the rectangle the style paints
    its text in (the cell less the style sheet's padding), rather than being elided."""
    index = view.model().index(row, column)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    delegate = view.itemDelegateForIndex(index)
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    text_rect = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    needed = option.fontMetrics.boundingRect(
        QRect(0, 0, text_rect.width(), 100_000), Qt.TextFlag.TextWordWrap, option.text
    )
    return needed.width() <= text_rect.width() and needed.height() <= text_rect.height()


def test_a_long_choice_is_read_whole_in_the_answers_table(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock, tmp_path: Path
) -> None:
    """At 1024 x 768 the answers' table is narrow: a long choice wraps onto as many lines as
    it needs (its row grows, every word painted), and its whole text is the cell's text and
    tooltip."""
    from tests.score_data import TOPICS_SET

    trainer.set_passphrase(db, PASSPHRASE, clock=clock, first=True)
    long_cap = f'{{text: "{LONG_CHOICE}"}}'
    import_topics_set(db, tmp_path, TOPICS_SET.replace("{text: A cap}", long_cap))
    dana = trainees.add_trainee(db, "Dana")
    take(db, clock, dana.uuid, {**WRONG, "g-helmet": 1})
    take(db, clock, dana.uuid, RIGHT)
    window.resize(1024, 768)
    area = open_trainer(window, qtbot)
    page = open_statistics(area, qtbot, "gear")
    helmet = next(i for i, q in enumerate(page.model.rows) if q.key == "g-helmet")
    page.view.setCurrentIndex(page.model.index(helmet, 0))
    settle(qtbot)

    view, model = page.responses_view, page.responses_model
    cap = next(n for n, r in enumerate(model.rows) if r.text == LONG_CHOICE)
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        assert model.index(cap, 0).data(role) == LONG_CHOICE
    others = [n for n in range(model.rowCount()) if n != cap]
    assert view.rowHeight(cap) > 3 * max(view.rowHeight(n) for n in others)
    for row in range(model.rowCount()):
        assert painted_text_fits(view, row, 0), model.rows[row].text

    # A narrower column (the window, or the splitter, made narrower) measures the rows again.
    tall = view.rowHeight(cap)
    view.setFixedWidth(view.width() - 30)
    qtbot.waitUntil(lambda: view.rowHeight(cap) > tall)
    for row in range(model.rowCount()):
        assert painted_text_fits(view, row, 0), model.rows[row].text
