"""`quizapp stats` and `quizapp export-results`, run in-process as the shell would run them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.services import trainees
from quizapp.storage.database import Database
from quizapp.storage.schema import prepare
from tests.fakes import FakeClock
from tests.pdf_text import pdf_text
from tests.score_data import HALF, RIGHT, WRONG, at, import_topics_set, take


@pytest.fixture
def scored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database with two trainees' graded attempts on the gear set, named by the variable."""
    path = tmp_path / "cli.sqlite3"
    db = Database(f"sqlite:///{path}")
    prepare(db)
    import_topics_set(db, tmp_path)
    clock = FakeClock(at(1))
    for name in ("Zoë Ärzte", "Bob"):
        person = trainees.add_trainee(db, name)
        for answers in (RIGHT, WRONG, HALF):
            take(db, clock, person.uuid, answers)
    db.dispose()
    monkeypatch.setenv("QUIZAPP_DATABASE_URL", f"sqlite:///{path}")
    return tmp_path


def test_stats_prints_the_sets_and_each_questions_figures(
    scored: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stats", "gear"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Site gear (gear v1): 6 graded exam attempts (all)"
    assert out[1].startswith("mean 36.67%  median 10.00%  sd ")
    assert out[2].split("\t") == [
        "#",
        "attempts",
        "facility",
        "sd",
        "discrimination_index",
        "discriminative_efficiency",
        "flags",
        "key",
    ]
    kit = out[5].split("\t")
    assert (kit[0], kit[1], kit[2], kit[-1]) == ("3", "6", "50.00%", "g-kit")


def test_stats_as_json_names_the_figures_as_the_domain_does(
    scored: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stats", "gear", "--version", "1", "--first-attempts", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["set"]["first_attempts_only"] is True
    assert data["test"]["attempts"] == 2
    helmet = data["questions"][0]
    assert {"facility", "sd", "discrimination_index", "discriminative_efficiency"} <= set(helmet)
    assert helmet["facility"] == 100.0 and helmet["flags"] == ["too_easy"]
    assert helmet["choice_counts"] == [2, 0, 0]


def test_stats_of_an_unknown_set_is_refused(scored: Path, capsys) -> None:
    assert main(["stats", "nope"]) == 2
    assert "There is no set 'nope'" in capsys.readouterr().err


def test_export_results_writes_attempts_and_responses_csv(
    scored: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = scored / "results"
    assert (
        main(["export-results", "--trainee", "zoë ärzte", "--format", "csv", "-o", str(out)]) == 0
    )
    assert capsys.readouterr().out == (
        f"wrote 3 attempts to {out / 'attempts.csv'} and 15 answers to {out / 'responses.csv'}\n"
    )
    with (out / "attempts.csv").open(encoding="utf-8-sig", newline="") as handle:
        attempts = list(csv.DictReader(handle))
    assert [(a["trainee"], a["points"], a["percent"]) for a in attempts] == [
        ("Zoë Ärzte", "5", "100"),
        ("Zoë Ärzte", "0", "0"),
        ("Zoë Ärzte", "0.5", "10"),
    ]
    assert attempts[0]["seconds_taken"] == "240" and attempts[0]["questions"] == "5"
    with (out / "responses.csv").open(encoding="utf-8-sig", newline="") as handle:
        responses = list(csv.DictReader(handle))
    assert len(responses) == 15
    kit = [r for r in responses if r["question_id"] == "g-kit"]
    assert [(r["response"], r["score"]) for r in kit] == [
        ("Gloves\nGoggles", "1"),
        ("Gloves\nA scarf", "0"),
        ("Gloves", "0.5"),
    ]
    hurt = [r["response"] for r in responses if r["question_id"] == "n-hurt"]
    assert hurt == ["six", "five", ""]

    assert main(["export-results", "--format", "csv", "-o", str(scored / "all")]) == 0
    assert "wrote 6 attempts" in capsys.readouterr().out


def test_export_results_writes_a_pdf_report_of_a_trainee_and_of_a_set(
    scored: Path, capsys: pytest.CaptureFixture[str], qapp
) -> None:
    trainee_pdf = scored / "zoe.pdf"
    assert (
        main(
            ["export-results", "--trainee", "Zoë Ärzte", "--format", "pdf", "-o", str(trainee_pdf)]
        )
        == 0
    )
    text = pdf_text(trainee_pdf.read_bytes())
    assert text.startswith("Zoë Ärzte")
    assert "3 attempts" in text and "Gear" in text
    set_pdf = scored / "gear.pdf"
    assert main(["export-results", "--set", "gear", "--format", "pdf", "-o", str(set_pdf)]) == 0
    text = pdf_text(set_pdf.read_bytes())
    assert text.startswith("Site gear") and "Cronbach's alpha (CIC)" in text
    assert "Which are protective" in text
    capsys.readouterr()
    assert main(["export-results", "--format", "pdf", "-o", str(scored / "x.pdf")]) == 2
    assert "one trainee (--trainee) or one set (--set)" in capsys.readouterr().err
    assert (
        main(
            [
                "export-results",
                "--trainee",
                "Nobody",
                "--format",
                "pdf",
                "-o",
                str(scored / "y.pdf"),
            ]
        )
        == 2
    )
    assert "There is no trainee called 'Nobody'" in capsys.readouterr().err
