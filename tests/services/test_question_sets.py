"""Importing set versions: unchanged adds nothing, changed adds a version, broken adds nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from quizapp.formats import native
from quizapp.services import question_sets as sets
from quizapp.storage.database import Database
from quizapp.storage.models import ChoiceRow, DocumentRow, QuestionRow, QuestionSetRow
from tests.sample_sets import write_sample_set


def count(db: Database, model: type) -> int:
    with db.transaction() as session:
        return session.scalar(select(func.count()).select_from(model))


def load(path: Path):
    return native.read_file(path)


def test_import_stores_every_question_choice_and_the_document(
    database: Database, tmp_path: Path
) -> None:
    path = write_sample_set(tmp_path)
    report = sets.import_result(database, load(path), file=str(path))
    assert (report.set_id, report.version, report.created, report.refused) == (
        "safety",
        1,
        True,
        False,
    )
    assert report.by_type == {"single": 2, "multiple": 1, "short": 1}
    assert (
        count(database, QuestionRow),
        count(database, ChoiceRow),
        count(database, DocumentRow),
    ) == (4, 11, 1)
    stored = sets.get_set(database, "safety")
    original = load(path).question_set
    assert stored.questions == original.questions
    assert stored.source == original.source
    assert stored.content_hash() == original.content_hash()


def test_reimporting_an_unchanged_file_adds_nothing(database: Database, tmp_path: Path) -> None:
    path = write_sample_set(tmp_path)
    sets.import_result(database, load(path), file=str(path))
    again = sets.import_result(database, load(path), file=str(path))
    assert (again.version, again.created) == (1, False)
    assert count(database, QuestionSetRow) == 1 and count(database, QuestionRow) == 4


def test_a_changed_file_makes_a_new_version_and_keeps_the_old(
    database: Database, tmp_path: Path
) -> None:
    path = write_sample_set(tmp_path)
    sets.import_result(database, load(path), file=str(path))
    path.write_text(path.read_text().replace("What do you wear on site?", "What must you wear?"))
    report = sets.import_result(database, load(path), file=str(path))
    assert (report.version, report.created) == (2, True)
    assert sets.get_set(database, "safety", 1).questions[0].prompt == "What do you wear on site?"
    assert sets.get_set(database, "safety").questions[0].prompt == "What must you wear?"
    assert count(database, DocumentRow) == 1, "the same document is stored once"
    listed = sets.list_sets(database)
    assert [(s.slug, s.version, s.question_count) for s in listed] == [("safety", 2, 4)]


def test_invalid_questions_refuse_the_file_unless_skipped(
    database: Database, tmp_path: Path
) -> None:
    path = write_sample_set(tmp_path)
    path.write_text(path.read_text().replace("type: multiple", "type: essay"))
    refused = sets.import_result(database, load(path), file=str(path))
    assert refused.refused and len(refused.errors) == 1 and refused.version is None
    assert count(database, QuestionSetRow) == 0
    skipped = sets.import_result(database, load(path), file=str(path), skip_invalid=True)
    assert not skipped.refused and skipped.questions == 3 and len(skipped.errors) == 1
    assert count(database, QuestionRow) == 3


def test_dry_run_writes_nothing(database: Database, tmp_path: Path) -> None:
    path = write_sample_set(tmp_path)
    report = sets.import_result(database, load(path), file=str(path), dry_run=True)
    assert (report.version, report.created) == (1, True)
    assert count(database, QuestionSetRow) == 0


def test_shipped_sets_are_imported_once(database: Database) -> None:
    first = sets.import_shipped_sets(database)
    assert [r.set_id for r in first] == ["village-party-secretary"]
    assert all(not r.refused for r in first), [r.errors for r in first]
    assert all(r.created for r in first)
    assert sets.import_shipped_sets(database) == [], "unchanged files are not read again"
    assert len(sets.list_sets(database)) == len(first)


@pytest.fixture
def shipped_sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The sample set as the only file of the shipped questions/ folder."""
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    monkeypatch.setattr(sets, "questions_dir", lambda: shipped)
    return write_sample_set(shipped)


def test_a_shipped_file_imported_under_another_id_still_comes_in_as_itself(
    database: Database, shipped_sample: Path
) -> None:
    path = shipped_sample
    copy = sets.import_file(database, path, set_id="my-copy")
    assert (copy.set_id, copy.created) == ("my-copy", True)
    assert [r.set_id for r in sets.import_shipped_sets(database)] == ["safety"]
    assert sorted(s.slug for s in sets.list_sets(database)) == ["my-copy", "safety"]


def test_a_changed_shipped_file_is_read_again(database: Database, shipped_sample: Path) -> None:
    path = shipped_sample
    assert [r.version for r in sets.import_shipped_sets(database)] == [1]
    assert sets.import_shipped_sets(database) == []
    path.write_text(path.read_text().replace("What do you wear on site?", "What must you wear?"))
    assert [r.version for r in sets.import_shipped_sets(database)] == [2]
    path.write_text(path.read_text() + "# a comment changes the bytes, not the set\n")
    (again,) = sets.import_shipped_sets(database)
    assert (again.created, again.version) == (False, 2)
    assert sets.import_shipped_sets(database) == []


def test_the_log_records_the_shipped_sets_brought_in(
    database: Database,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the app imports itself goes to its log (the command line prints its own)."""
    caplog.set_level("INFO", logger="quizapp.services.question_sets")
    monkeypatch.setattr(sets, "questions_dir", lambda: tmp_path)
    path = write_sample_set(tmp_path)
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: quizapp-set/1\nid: broken\n", encoding="utf-8")
    sets.import_shipped_sets(database)
    sets.import_shipped_sets(database)  # unchanged files are not even read again
    lines = [record.getMessage() for record in caplog.records]
    assert lines[0].startswith(f"Import of {broken} (shipped) refused: ")
    assert lines[1] == (
        f"Imported {path} (shipped, native) as set safety version 1: 4 questions "
        "{'single': 2, 'multiple': 1, 'short': 1}, 0 skipped"
    )
    assert len(lines) == 3 and lines[2].startswith(f"Import of {broken} (shipped) refused: ")
