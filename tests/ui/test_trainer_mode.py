"""Trainer mode driven through the real widgets: the passphrase, the lock, loading files,
generating from a document, editing a question, retiring a set, exams, trainees."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from quizapp.domain.exams import ExamSettings, ShowAnswers
from quizapp.services import exams, question_sets, trainees, trainer
from quizapp.services.errors import TrainerLocked
from quizapp.services.set_admin import trainer_sets
from quizapp.storage.database import Database
from quizapp.ui.main_window import MainWindow
from quizapp.ui.shortcuts import Command
from tests.fakes import FakeClock
from tests.ui.drive import (
    add_trainee,
    click,
    open_from_history,
    reply_to_message_box,
    settle,
    sign_in_as,
)
from tests.ui.sample_set import SET_ID
from tests.ui.trainer_steps import (
    PASSPHRASE,
    open_trainer,
    type_passphrase,
    unlock_dialog,
)


@pytest.fixture
def with_passphrase(db: Database, clock: FakeClock) -> Database:
    trainer.set_passphrase(db, PASSPHRASE, clock=clock, first=True)
    return db


def test_the_first_opening_sets_the_passphrase_then_wrong_ones_are_slowed(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    assert window.actions_by_command[Command.OPEN_TRAINER].isEnabled()
    dialog = unlock_dialog(window, qtbot)
    assert dialog.first and dialog.again_field.isVisible()
    qtbot.keyClicks(dialog.passphrase_field, PASSPHRASE)
    qtbot.keyClicks(dialog.again_field, PASSPHRASE + "x")
    click(qtbot, dialog.ok_button)
    assert "differ" in dialog.problem_label.text() and not trainer.has_passphrase(db)
    type_passphrase(qtbot, dialog, PASSPHRASE)
    area = window.trainer_area
    assert area is not None and area.is_open and window.stack.currentWidget() is area
    assert trainer.has_passphrase(db)

    click(qtbot, area.leave_button)
    assert not area.is_open and window.stack.currentWidget() is window.trainee_area
    dialog = unlock_dialog(window, qtbot)
    assert not dialog.first and not dialog.again_field.isVisible()
    type_passphrase(qtbot, dialog, "not-the-passphrase")
    assert dialog.isVisible()
    assert "try again in 1 second" in dialog.problem_label.text()
    type_passphrase(qtbot, dialog, PASSPHRASE)  # too soon: refused unchecked
    assert "Too many wrong passphrases" in dialog.problem_label.text() and dialog.isVisible()
    clock.advance(timedelta(seconds=1))
    type_passphrase(qtbot, dialog, "still-wrong")
    assert "try again in 2 seconds" in dialog.problem_label.text()
    clock.advance(timedelta(seconds=2))
    type_passphrase(qtbot, dialog, PASSPHRASE)
    assert not dialog.isVisible() and area.is_open


def test_a_trainee_cannot_reach_trainer_views_and_idle_minutes_lock_them(
    window: MainWindow, qtbot: QtBot, with_passphrase: Database, clock: FakeClock
) -> None:
    add_trainee(window, qtbot, "Ola")
    dialog = unlock_dialog(window, qtbot)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    assert window.trainer_area is None  # never even built without the passphrase
    assert window.stack.currentWidget() is window.trainee_area
    # During a quiz the command is off altogether.
    click(qtbot, window.trainee_area.start_page.start_button)
    assert not window.actions_by_command[Command.OPEN_TRAINER].isEnabled()
    window.trainee_area.quiz_page.finish()
    window.trainee_area.show_trainees()
    settle(qtbot)

    area = open_trainer(window, qtbot)
    assert [s.slug for s in area.sets_page.sets] == [SET_ID]
    key = area.key
    clock.advance(timedelta(minutes=9))
    area.check_idle()
    assert area.is_open
    qtbot.keyClick(area.sets_page.sets_view, Qt.Key.Key_Down)  # the trainer is at work
    clock.advance(timedelta(minutes=9))
    area.check_idle()
    assert area.is_open
    clock.advance(timedelta(minutes=1))
    area.idle_timer.timeout.emit()
    assert not area.is_open
    assert window.stack.currentWidget() is window.trainee_area
    assert "10 minutes" in window.notice.text()
    settle(qtbot)
    # The key it had opens nothing any more: the services refuse trainer work.
    with pytest.raises(TrainerLocked):
        trainer_sets(with_passphrase, key, clock=clock)
    area.sets_page.refresh()  # a page asked directly does nothing without a key
    settle(qtbot)
    assert window.stack.currentWidget() is window.trainee_area


def drop_files(widget, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)


def gift(path: Path, count: int, *, broken_at: int | None = None) -> Path:
    lines = [
        f"::q{n}:: Question {n}? " + ("{~no ~none}" if n == broken_at else "{=yes ~no}") + "\n"
        for n in range(count)
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_file_with_errors_is_previewed_and_nothing_is_written(
    window: MainWindow, qtbot: QtBot, with_passphrase: Database, tmp_path: Path
) -> None:
    area = open_trainer(window, qtbot)
    drop_files(area.sets_page, [gift(tmp_path / "broken.gift", 4, broken_at=1)])
    settle(qtbot)
    dialog = area.sets_page.load_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.summary.toPlainText()
    assert "4 questions" not in text and "3 questions (3 one answer)" in text
    assert f"{tmp_path / 'broken.gift'}:3: " in text  # the line, as quizapp import says it
    assert "invalid 1" in text
    assert not dialog.load_button.isEnabled() and dialog.skip_box.isVisible()
    click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible()
    assert "broken" not in {s.slug for s in question_sets.list_sets(with_passphrase)}


def test_a_large_load_cancelled_writes_nothing(
    window: MainWindow,
    qtbot: QtBot,
    with_passphrase: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from quizapp.storage import question_sets as set_store

    area = open_trainer(window, qtbot)
    area.sets_page.load_files([gift(tmp_path / "big.gift", 3000)])
    settle(qtbot)
    dialog = area.sets_page.load_dialog
    assert dialog is not None and "3000 questions" in dialog.summary.toPlainText()
    # The worker waits before its second chunk until the test has pressed Cancel.
    go_on = threading.Event()
    real_insert = set_store._insert_questions
    chunks: list[int] = []

    def slow_insert(*args: object) -> None:
        chunks.append(1)
        if len(chunks) == 2:
            go_on.wait(10)
        real_insert(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(set_store, "_insert_questions", slow_insert)
    click(qtbot, dialog.load_button, wait=False)
    qtbot.waitUntil(lambda: dialog.progress.isVisible() and dialog.progress.value() > 0)
    assert dialog.progress.maximum() == 3000
    click(qtbot, dialog.cancel_button, wait=False)
    go_on.set()
    settle(qtbot)
    assert "Cancelled" in dialog.status.text() and "Nothing was stored" in dialog.status.text()
    assert len(chunks) <= 2  # of 6: it stopped at the first check after the Cancel
    assert "big" not in {s.slug for s in question_sets.list_sets(with_passphrase)}


def test_a_document_is_drafted_reviewed_and_saved(
    window: MainWindow, qtbot: QtBot, with_passphrase: Database, tmp_path: Path
) -> None:
    from tests.ui.sample_set import SOURCE

    document = tmp_path / "drill.txt"
    document.write_text(SOURCE, encoding="utf-8")
    area = open_trainer(window, qtbot)
    area.tabs.setCurrentWidget(area.generate_page)
    page = area.generate_page
    page.draft(document)
    settle(qtbot)
    drafts = page.drafts
    assert drafts is not None and len(page.questions) >= 2
    assert "==" in page.report_view.toPlainText()  # the coverage report, per section
    # Every draft shows its answer, quote and explanation in the editor.
    assert page.editor.answer_fields and drafts.question_set.questions[0].quote
    page.drafts_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    page.drafts_list.setCurrentRow(0)
    page.editor.prompt_field.setPlainText("Edited: who checks every room?")
    page.editor.answer_fields[0].setText(page.editor.answer_fields[0].text() + " (edited)")
    page.drafts_list.setCurrentRow(1)  # moving on keeps the edits
    page.id_field.setText("drill-notes")
    kept = len(page.questions) - 1
    assert page.save_button.text() == f"&Save {kept} question{'s' * (kept != 1)} as a set"
    click(qtbot, page.save_button)
    stored = question_sets.get_set(with_passphrase, "drill-notes")
    assert len(stored.questions) == kept
    assert stored.questions[0].prompt == "Edited: who checks every room?"
    texts = [c.text for c in stored.questions[0].choices] + [
        a.text for a in stored.questions[0].answers
    ]
    assert any(t.endswith(" (edited)") for t in texts)
    assert drafts.question_set.questions[1].key not in {q.key for q in stored.questions}
    assert stored.source is not None and stored.source.text == SOURCE
    assert area.tabs.currentWidget() is area.sets_page

    # Generating the same document again does not quietly replace the saved set.
    area.tabs.setCurrentWidget(page)
    page.draft(document)
    settle(qtbot)
    page.id_field.setText("drill-notes")
    asked = reply_to_message_box(qtbot, "Cancel")
    click(qtbot, page.save_button)
    assert asked and "already a set 'drill-notes'" in asked[0]
    assert question_sets.get_set(with_passphrase, "drill-notes").questions[0].prompt == (
        "Edited: who checks every room?"
    )


def test_a_draft_without_a_reason_waits_unticked_until_the_trainer_writes_one(
    window: MainWindow, qtbot: QtBot, with_passphrase: Database, tmp_path: Path
) -> None:
    document = tmp_path / "kitchen.md"
    document.write_text(
        "# Kitchen rules\n\n## Fridge\n\nFood left in the fridge must be labelled with a date "
        "within 2 days of being put in, so that nothing is thrown away by mistake.\n\n"
        "## Lunch room\n\nThe lunch room may hold up to 14 people.\n",
        encoding="utf-8",
    )
    area = open_trainer(window, qtbot)
    area.tabs.setCurrentWidget(area.generate_page)
    page = area.generate_page
    page.draft(document)
    settle(qtbot)
    waiting = [
        row
        for row in range(page.drafts_list.count())
        if page.drafts_list.item(row).text().startswith("Needs a reason: ")
    ]
    assert waiting and page.drafts_list.count() > len(waiting)  # kept drafts come first
    row = waiting[0]
    item = page.drafts_list.item(row)
    assert item.checkState() == Qt.CheckState.Unchecked
    assert "14" in page.questions[row].explanation
    page.drafts_list.setCurrentRow(row)
    assert page.reason_hint.isVisible()
    item.setCheckState(Qt.CheckState.Checked)
    page.id_field.setText("kitchen")
    told = reply_to_message_box(qtbot, "OK")
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: bool(told))
    assert "still have only the rule" in told[0]
    assert "kitchen" not in {s.slug for s in question_sets.list_sets(with_passphrase)}
    page.drafts_list.setCurrentRow(row)
    reason = "A full room blocks the fire exit."
    page.editor.explanation_field.setPlainText(
        page.editor.explanation_field.toPlainText() + " " + reason
    )
    page.drafts_list.setCurrentRow(0)  # moving on keeps the edit
    assert not page.drafts_list.item(row).text().startswith("Needs a reason")
    click(qtbot, page.save_button)
    stored = question_sets.get_set(with_passphrase, "kitchen")
    assert any(q.explanation.endswith(reason) for q in stored.questions)


def test_a_document_that_gives_no_question_says_so_and_shows_what_was_found(
    window: MainWindow, qtbot: QtBot, with_passphrase: Database, tmp_path: Path
) -> None:
    document = tmp_path / "lunch.md"
    document.write_text("# Notes\n\n## Lunch\n\nThe canteen serves soup on Fridays.\n")
    area = open_trainer(window, qtbot)
    area.tabs.setCurrentWidget(area.generate_page)
    page = area.generate_page
    told = reply_to_message_box(qtbot, "OK")
    page.draft(document)
    settle(qtbot)
    qtbot.waitUntil(lambda: bool(told))
    assert "No question could be drawn from lunch.md" in told[0]
    assert page.right_tabs.currentWidget() is page.report_view
    assert "== Lunch" in page.report_view.toPlainText()
    assert page.drafts_list.count() == 0 and not page.save_button.isEnabled()


def test_an_edited_question_makes_a_version_and_an_old_review_keeps_the_old_text(
    window: MainWindow, qtbot: QtBot, with_passphrase: Database, clock: FakeClock
) -> None:
    add_trainee(window, qtbot, "Ola")
    click(qtbot, window.trainee_area.start_page.start_button)
    quiz = window.trainee_area.quiz_page
    assert quiz.attempt is not None
    old_uuid = quiz.attempt.uuid
    first = quiz.attempt.session.items[0].question
    quiz.finish()
    from tests.ui.drive import finish_dialog

    click(qtbot, finish_dialog(window, qtbot).submit_button)
    window.trainee_area.show_trainees()
    settle(qtbot)

    area = open_trainer(window, qtbot)
    page = area.sets_page
    row = next(i for i, q in enumerate(page.shown.questions) if q.key == first.key)  # type: ignore[union-attr]
    page.questions_list.setCurrentRow(row)
    assert first.prompt in page.detail.toPlainText()
    page.edit_question()
    dialog = page.edit_dialog
    assert dialog is not None
    dialog.editor.prompt_field.setPlainText("A new wording of the question?")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert page.chosen() is not None and page.chosen().version == 2  # type: ignore[union-attr]
    assert page.version_box.count() == 2
    assert "A new wording" in page.questions_list.item(row).text()
    page.version_box.setCurrentIndex(1)
    page.version_box.activated.emit(1)
    settle(qtbot)
    assert first.prompt in page.questions_list.item(row).text()

    click(qtbot, area.leave_button)
    sign_in_as(window, qtbot, "Ola")
    assert window.trainee_area.start_page.history_model.rows[0].uuid == old_uuid
    open_from_history(window, qtbot)
    results = window.trainee_area.results_page
    assert window.trainee_area.currentWidget() is results
    shown = " ".join(card.prompt_label.text().replace("\u200b", "") for card in results.cards)
    assert first.prompt in shown and "A new wording" not in shown


def test_a_retired_set_leaves_the_trainees_list(
    window: MainWindow, qtbot: QtBot, with_passphrase: Database
) -> None:
    area = open_trainer(window, qtbot)
    asked = reply_to_message_box(qtbot, "Retire")
    click(qtbot, area.sets_page.retire_button)
    assert asked and "no longer see it" in asked[0]
    assert area.sets_page.chosen() is not None and area.sets_page.chosen().retired  # type: ignore[union-attr]
    assert area.sets_page.retire_button.text() == "Bring &back"
    click(qtbot, area.leave_button)
    add_trainee(window, qtbot, "Ola")
    start = window.trainee_area.start_page
    assert start.sets_model.rows == [] and start.empty_label.isVisible()


def test_an_exam_is_set_in_its_dialog(
    window: MainWindow, qtbot: QtBot, with_passphrase: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizapp.ui.trainer import exam_dialog, sets_page

    area = open_trainer(window, qtbot)
    chosen: list[exam_dialog.ExamDialog] = []

    def filled_in(self: exam_dialog.ExamDialog) -> int:
        chosen.append(self)
        self.count_box.setValue(3)
        self.minutes_box.setValue(15)
        self.pass_box.setValue(60)
        self.attempts_box.setValue(2)
        self.practice_box.setChecked(False)
        self.show_box.setCurrentIndex(list(ShowAnswers).index(ShowAnswers.ON_RELEASE))
        return 1

    monkeypatch.setattr(sets_page.ExamDialog, "exec", filled_in)
    click(qtbot, area.sets_page.exam_button)
    exam = exams.get_exam(with_passphrase, SET_ID)
    assert exam is not None
    assert exam.settings == ExamSettings(
        question_count=3,
        time_limit=timedelta(minutes=15),
        pass_mark=0.6,
        attempts_allowed=2,
        practice_open=False,
        show_answers=ShowAnswers.ON_RELEASE,
        title=exam.settings.title,
    )
    assert "pass 60 %" in area.sets_page.model.data(area.sets_page.model.index(0, 4))
    assert area.sets_page.release_button.isVisible()
    click(qtbot, area.sets_page.release_button)
    assert exams.get_exam(with_passphrase, SET_ID).released_at is not None  # type: ignore[union-attr]
    assert area.sets_page.release_button.text() == "Take back the &answers"


def test_two_entries_of_one_trainee_are_merged_and_a_pin_is_set(
    window: MainWindow,
    qtbot: QtBot,
    with_passphrase: Database,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from quizapp.domain.session import Mode, QuizSettings
    from quizapp.services import attempts

    ola = trainees.add_trainee(with_passphrase, "Ola")
    ola_n = trainees.add_trainee(with_passphrase, "Ola N.")
    for who in (ola, ola_n, ola_n):  # practices: a second unfinished exam would be refused
        attempts.start_attempt(
            with_passphrase,
            who.uuid,
            SET_ID,
            QuizSettings(count=2, mode=Mode.PRACTICE),
            attempt_uuid=str(uuid.uuid4()),
            clock=clock,
        )
    area = open_trainer(window, qtbot)
    area.tabs.setCurrentWidget(area.trainees_page)
    settle(qtbot)
    page = area.trainees_page
    page.select("Ola N.")
    click(qtbot, page.merge_button)
    dialog = page.merge_dialog
    assert dialog is not None and "2 attempts move" in dialog.explanation.text()
    dialog.keep_box.setCurrentIndex(dialog.keep_box.findText("Ola"))
    dialog.accept()
    settle(qtbot)
    assert [(t.name, t.attempts) for t in page.model.rows] == [("Ola", 3)]

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("4826", True))
    click(qtbot, page.pin_button)
    assert page.model.rows[0].has_pin
    asked = reply_to_message_box(qtbot, "Cancel")
    click(qtbot, page.delete_button)
    assert asked and "and their 3 attempts" in asked[0]
    assert [t.name for t in trainees.list_trainees(with_passphrase)] == ["Ola"]
