"""No database's own words reach a user or the command line (issue 11, point 4: the loser of
two imports got "UNIQUE constraint failed" on screen).

Each write that the database decides by a unique key is made to lose: the check before it
is told to see nothing, as the loser of a race sees nothing, so the key itself refuses the
insert, twice (the retry too). The message must then say what happened in the app's words.
Two `quizapp import` commands of one file, run at once, speak the same way.
"""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from quizapp import cli
from quizapp.domain.session import Mode, QuizSettings
from quizapp.formats import native
from quizapp.services import attempts, trainees
from quizapp.services.errors import Conflict
from quizapp.services.question_sets import import_file
from quizapp.storage import attempts as attempt_store
from quizapp.storage import question_sets as set_store
from quizapp.storage import trainees as trainee_store
from quizapp.storage.database import Database
from tests.databases import RAW_ERROR_WORDS
from tests.fakes import FakeClock
from tests.sample_sets import write_sample_set
from tests.seat_calls import T0


def speaks_plainly(message: str) -> bool:
    return not any(word in message for word in RAW_ERROR_WORDS)


def test_a_write_the_unique_key_refuses_says_so_in_the_apps_words(
    shared_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database(shared_url)
    path = write_sample_set(tmp_path)
    import_file(db, path)
    ann = trainees.add_trainee(db, "Ann")
    clock = FakeClock(T0)
    # A practice: a second exam on the set would be refused before its insert (one
    # unfinished exam per trainee and set), and the unique key is what is tested here.
    settings = QuizSettings(count=2, mode=Mode.PRACTICE)
    started = attempts.start_attempt(
        db, ann.uuid, "safety", settings, attempt_uuid=str(uuid.uuid4()), clock=clock
    )
    sees_nothing = {
        (trainee_store, "name_taken"): lambda: trainees.add_trainee(db, "ann"),
        (set_store, "newest_version"): lambda: import_file(db, path, set_id="safety"),
        (attempt_store, "attempt_owner"): lambda: attempts.start_attempt(
            db, ann.uuid, "safety", settings, attempt_uuid=started.uuid, clock=clock
        ),
    }
    for (module, check), write in sees_nothing.items():
        with monkeypatch.context() as patched:
            patched.setattr(module, check, lambda *_args: None)
            with pytest.raises(Conflict) as refused:
                write()
        message = str(refused.value)
        assert "at the same moment" in message and "try again" in message
        assert speaks_plainly(message), message
    db.dispose()


def test_the_command_line_says_so_in_the_apps_words(
    shared_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = write_sample_set(tmp_path)
    monkeypatch.setattr(set_store, "newest_version", lambda _session, _slug: None)
    assert cli.main(["--database", shared_url, "import", str(path)]) == cli.EXIT_OK
    assert cli.main(["--database", shared_url, "import", str(path)]) == cli.EXIT_PROBLEMS
    said = capsys.readouterr()
    assert "quizapp: Another seat changed the same data" in said.err
    assert speaks_plainly(said.out + said.err), said


def test_two_import_commands_of_one_file_at_once(shared_url: str, tmp_path: Path) -> None:
    for n in range(4):
        path = tmp_path / f"set-{n}.yaml"
        native.write_file(native.read_file(write_sample_set(tmp_path)).question_set, path)
        command = [sys.executable, "-m", "quizapp", "--database", shared_url, "import"]
        both = [
            subprocess.Popen(
                [*command, "--id", f"set-{n}", str(path)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        said = [process.communicate() for process in both]
        assert [process.returncode for process in both] == [0, 0], said
        outs = sorted(out for out, _err in said)
        assert outs[0].endswith(f"imported 4 questions as set 'set-{n}' version 1\n")
        assert outs[1].endswith(f"unchanged; set 'set-{n}' is already at version 1\n")
        assert all(speaks_plainly(out + err) for out, err in said)
