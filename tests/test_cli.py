"""The command line, run in-process as `quizapp ...` would run it."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp import __version__
from quizapp.cli import main
from quizapp.storage.database import Database
from quizapp.storage.revision import HEAD_REVISION
from tests.conftest import REPO_ROOT
from tests.sample_sets import write_sample_set

SPEECH = REPO_ROOT / "resources" / "speech" / "how-to-be-a-good-village-party-secretary.txt"


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("QUIZAPP_DATABASE_URL", url)
    return url


def three_mistakes(tmp_path: Path) -> Path:
    path = write_sample_set(tmp_path)
    text = path.read_text()
    text = text.replace(
        "    prompt: Where do you wear a helmet?\n", "    prompt: Where?\n    hint: a place\n"
    )
    text = text.replace("{text: On site, correct: true}", "{text: On site}")
    text = text.replace("    answers: [six]\n", "")
    path.write_text(text)
    return path


def test_validate_reports_three_mistakes_with_lines_and_writes_nothing(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = three_mistakes(tmp_path)
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{path}:21: unknown key 'hint' in a question (known: answers, choices, explanation, "
        "highlight, id, prompt, quote, section, span, tags, type)",
        f"{path}:23: one of the answers should have a score of 100% so it is possible to get "
        "full marks for this question; the highest score is 0%",
        f"{path}:40: a short question needs `answers`: a list of accepted answers",
    ]
    assert not (tmp_path / "cli.sqlite3").exists()


def test_validate_accepts_a_good_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_sample_set(tmp_path)
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}: valid, 4 questions\n"


def test_import_then_reimport_then_list(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_sample_set(tmp_path)
    assert main(["import", str(path)]) == 0
    assert main(["--database", db_url, "import", "--json", str(path)]) == 0
    assert main(["sets"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{path}: imported 4 questions as set 'safety' version 1"
    report = json.loads(out[1])
    assert report == {
        "file": str(path),
        "format": "native",
        "set_id": "safety",
        "version": 1,
        "questions": 4,
        "by_type": {"single": 2, "multiple": 1, "short": 1},
        "skipped": [],
        "errors": [],
        "refused": False,
        "created": False,
        "changes": None,
    }
    assert out[2] == "safety\tv1\t4 questions\tSite safety"


def test_two_files_of_one_name_become_two_sets_with_id(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "course-a").mkdir()
    (tmp_path / "course-b").mkdir()
    first = write_sample_set(tmp_path / "course-a")
    second = write_sample_set(tmp_path / "course-b")
    second.write_text(second.read_text().replace("Site safety", "Other site"))
    assert main(["import", str(first)]) == 0
    assert main(["import", "--id", "safety-b", "--json", str(second)]) == 0
    report = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert report["set_id"] == "safety-b" and report["version"] == 1 and report["created"]
    assert main(["sets"]) == 0
    assert sorted(capsys.readouterr().out.splitlines()) == [
        "safety\tv1\t4 questions\tSite safety",
        "safety-b\tv1\t4 questions\tOther site",
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--id", "Not A Slug"], "set id 'Not A Slug' must be a slug"),
        (["--id", "one", "EXTRA"], "--id names one set: import one file with it"),
    ],
)
def test_an_unusable_id_is_refused_before_anything_is_written(
    argv: list[str], message: str, tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_sample_set(tmp_path)
    given = [str(path) if arg == "EXTRA" else arg for arg in argv]
    assert main(["import", *given, str(path)]) == 2
    assert message in capsys.readouterr().err
    assert main(["sets"]) == 0
    assert "no question sets yet" in capsys.readouterr().out


def test_import_of_a_broken_file_is_refused_whole(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = three_mistakes(tmp_path)
    assert main(["import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count(f"{path}:") == 4, "three problems and the refusal"
    assert err.endswith(f"{path}: refused; nothing was imported\n")
    assert main(["sets"]) == 0
    assert "no question sets yet" in capsys.readouterr().out


def test_db_upgrade_is_idempotent(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade"]) == 0
    assert main(["db", "upgrade"]) == 0
    first, second = capsys.readouterr().out.splitlines()
    assert first.endswith(f"upgraded from empty to {HEAD_REVISION}")
    assert second.endswith(f"already at revision {HEAD_REVISION}")


def test_db_upgrade_of_an_older_file_keeps_a_copy_and_names_it(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.databases import upgrade_to

    db = Database(db_url)
    upgrade_to(db, "0001")
    db.dispose()
    assert main(["db", "upgrade"]) == 0
    said = capsys.readouterr().out
    [backup] = tmp_path.glob("cli.sqlite3.rev-0001.*.bak")
    assert said.endswith(
        f"upgraded from 0001 to {HEAD_REVISION}; the old file is kept as {backup}\n"
    )


def test_export_of_a_missing_set_says_so(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "nope", "--format", "native", "-o", str(tmp_path / "x.yaml")]) == 2
    assert (
        capsys.readouterr().err
        == f"quizapp: There is no set 'nope' in {tmp_path / 'cli.sqlite3'}.\n"
    )


def test_native_export_imports_back_as_the_same_version(tmp_path: Path, db_url: str) -> None:
    path = write_sample_set(tmp_path)
    assert main(["import", str(path)]) == 0
    out = tmp_path / "out" / "exported.yaml"
    out.parent.mkdir()
    assert main(["export", "safety", "--format", "native", "-o", str(out)]) == 0
    assert (out.parent / "exported.source.txt").exists()
    from quizapp.services.question_sets import import_file
    from quizapp.storage.database import Database

    report = import_file(Database(db_url), out)
    assert (report.created, report.version) == (False, 1)


def test_python_dash_m_runs_the_same_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quizapp", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "QuizApp 0.1.0"


def test_export_to_a_format_that_cannot_hold_the_set_writes_nothing(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(write_sample_set(tmp_path))]) == 0
    target = tmp_path / "out.txt"
    assert main(["export", "safety", "--format", "aiken", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("quizapp: 2 questions cannot be written as aiken:")
    assert "q-which" in err and "q-count" in err
    assert not target.exists()


def test_gift_export_round_trips_through_import(tmp_path: Path, db_url: str) -> None:
    assert main(["import", str(write_sample_set(tmp_path))]) == 0
    target = tmp_path / "safety.gift"
    assert main(["export", "safety", "--format", "gift", "-o", str(target)]) == 0
    from quizapp.formats import registry

    back = registry.read_file(target).question_set
    assert [q.key for q in back.questions] == ["q-helmet", "q-where", "q-which", "q-count"]
    assert back.questions[2].choices[0].fraction == pytest.approx(0.5)


def test_missing_qt_libraries_are_named_instead_of_a_crash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A None entry makes `import quizapp.ui.app` raise ImportError, as a missing libEGL does.
    monkeypatch.setitem(sys.modules, "quizapp.ui.app", None)
    assert main([]) == 1
    err = capsys.readouterr().err
    assert "the desktop window cannot start" in err
    assert "sudo apt-get install libgl1 libegl1" in err and "fonts-dejavu-core" in err


def test_a_dry_run_leaves_an_older_database_as_it_is(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.databases import upgrade_to

    old = tmp_path / "cli.sqlite3"
    db = Database(db_url)
    upgrade_to(db, "0001")
    db.dispose()
    before = old.read_bytes()
    path = write_sample_set(tmp_path)
    assert main(["import", "--dry-run", str(path)]) == 2
    assert "is at revision 0001; this app needs revision" in capsys.readouterr().err
    assert old.read_bytes() == before
    assert not list(tmp_path.glob("*.bak")), "no upgrade, so no copy of the old file"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--database", "nonsense://", "sets"], "quizapp: 'nonsense://' is not a database URL"),
        (["--database", "not a url", "sets"], "quizapp: 'not a url' is not a database URL"),
        (["generate", "/no/such/document.txt"], "quizapp: /no/such/document.txt: cannot read"),
        (["generate", str(SPEECH), "--id", "Bad Id"], "quizapp: --id: set id 'Bad Id' must be"),
    ],
)
def test_bad_input_gets_a_message_not_a_traceback(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(message) and "Traceback" not in err


def test_db_upgrade_of_a_file_that_is_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("eggs, milk\n" * 300)
    assert main(["--database", f"sqlite:///{path}", "db", "upgrade"]) == 2
    assert "cannot be opened as a database: file is not a database" in capsys.readouterr().err
    assert path.read_text().startswith("eggs, milk")


def test_export_to_a_folder_that_does_not_exist(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(write_sample_set(tmp_path))]) == 0
    target = tmp_path / "missing" / "out.gift"
    assert main(["export", "safety", "--format", "gift", "-o", str(target)]) == 2
    assert capsys.readouterr().err.endswith(f"quizapp: {target}: No such file or directory\n")


def test_a_dry_run_creates_no_database(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_sample_set(tmp_path)
    assert main(["import", "--dry-run", str(path)]) == 0
    assert capsys.readouterr().out == (
        f"{path}: would import 4 questions as set 'safety' version 1\n"
    )
    assert not (tmp_path / "cli.sqlite3").exists()


@pytest.mark.parametrize(
    ("argv", "database"),
    [([], None), (["--database", "sqlite:///x.sqlite3"], "sqlite:///x.sqlite3")],
)
def test_no_command_opens_the_desktop_app_on_the_database_given(
    argv: list[str], database: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str | None] = []
    monkeypatch.setattr("quizapp.cli._run_gui", lambda url: opened.append(url) or 0)
    assert main(argv) == 0
    assert opened == [database]


@pytest.mark.parametrize(
    "argv",
    [["--database"], ["--database", "sqlite://", "bogus"], ["--nonsense"], ["-h"]],
)
def test_wrong_or_help_arguments_get_the_full_usage_and_never_the_app(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("quizapp.cli._run_gui", lambda url: pytest.fail("the app opened"))
    with pytest.raises(SystemExit):
        main(argv)
    captured = capsys.readouterr()
    assert "usage: quizapp [-h] [--database URL] [--version] COMMAND ..." in (
        captured.out + captured.err
    )


@pytest.mark.parametrize(
    ("name", "set_id"),
    [("My Course Notes.yaml", "my-course-notes"), ("course.v2.yaml", "course.v2")],
)
def test_a_generated_file_gets_a_set_id_its_import_accepts(
    name: str, set_id: str, tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / name
    assert main(["generate", str(SPEECH), "-o", str(output)]) == 0
    assert main(["import", str(output)]) == 0
    assert f"as set {set_id!r} version 1" in capsys.readouterr().out


def test_export_of_an_older_version_by_its_number(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--version N` after `export` is the set's version, not the program's."""
    path = write_sample_set(tmp_path)
    assert main(["import", str(path)]) == 0
    path.write_text(path.read_text().replace("Site safety", "Site safety, revised"))
    assert main(["import", str(path)]) == 0
    out = tmp_path / "v1.yaml"
    assert main(["export", "safety", "--version", "1", "--format", "native", "-o", str(out)]) == 0
    assert "title: Site safety\n" in out.read_text()
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"QuizApp {__version__}\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"caf\xe9 notes\n", ":1: the file is not UTF-8 text (first bad byte 0xE9)"),
        (b"", ": no question could be drawn from this document"),
        (b"Hello.\n", ": no question could be drawn from this document"),
    ],
)
def test_generate_refuses_a_document_it_cannot_use_and_writes_nothing(
    content: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "notes.txt"
    document.write_bytes(content)
    output = tmp_path / "notes.yaml"
    assert main(["generate", str(document), "-o", str(output)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"quizapp: {document}{message}") and "Traceback" not in err
    assert not output.exists()


def test_generate_report_shows_what_was_found_even_when_no_question_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "notes.md"
    document.write_text("# Notes\n\n## Lunch\n\nThe canteen serves soup on Fridays.\n")
    output = tmp_path / "notes.yaml"
    assert main(["generate", str(document), "-o", str(output), "--report"]) == 2
    captured = capsys.readouterr()
    assert "== Lunch" in captured.out and "found: 1 facts" in captured.out
    assert "no question could be drawn" in captured.err and not output.exists()


def test_generate_report_says_per_section_what_was_kept_and_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "rules.md"
    document.write_text(
        "# Rules\n\n## Reporting\n\nIncidents are reported to the desk within 2 hours.\n\n"
        "## Review\n\nNothing here is a rule.\n",
        encoding="utf-8",
    )
    output = tmp_path / "rules.yaml"
    assert main(["generate", str(document), "-o", str(output), "--report"]) == 0
    out = capsys.readouterr().out
    assert "== Reporting" in out and "== Review" in out
    assert "Within how many hours are incidents reported to the desk?" in out
    assert out.rstrip().endswith(f"wrote 1 question to {output}")


def test_trainer_set_passphrase_reads_it_twice_from_stdin_and_keeps_only_a_hash(
    tmp_path: Path,
) -> None:
    import subprocess
    import sys

    from quizapp.domain.clock import SystemClock
    from quizapp.services import trainer
    from quizapp.storage.database import Database

    url = f"sqlite:///{tmp_path / 'room.sqlite3'}"
    command = [sys.executable, "-m", "quizapp", "--database", url, "trainer", "set-passphrase"]
    differ = subprocess.run(
        command, input="walnut-ladder-7\nwalnut-ladder-8\n", capture_output=True, text=True
    )
    assert differ.returncode == 2 and "differ; nothing was changed" in differ.stderr
    done = subprocess.run(
        command, input="walnut-ladder-7\nwalnut-ladder-7\n", capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "walnut" not in done.stdout + done.stderr
    db = Database(url)
    trainer.unlock(db, "walnut-ladder-7", clock=SystemClock())
    db.dispose()
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("room.sqlite3*"))
    assert b"walnut-ladder-7" not in stored and b"scrypt$" in stored


def test_a_command_closes_the_database_it_opened(tmp_path: Path, db_url: str) -> None:
    """Nothing is left for the collector to close at a moment of its choosing: its close
    would delete the -wal and -shm under a later look in the same process."""
    path = write_sample_set(tmp_path)
    gc.disable()  # the collector closes nothing behind the command's back
    try:
        assert main(["import", str(path)]) == 0
        beside = sorted(p.name for p in tmp_path.glob("cli.sqlite3*"))
    finally:
        gc.enable()
    assert beside == ["cli.sqlite3"]  # the last connection closed: log checkpointed, gone
