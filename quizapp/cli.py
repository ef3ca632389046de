"""`quizapp`: the desktop app by default, and the trainer's sub-commands.

Global options come before the sub-command (`quizapp --database URL import FILE`). Heavy
imports (SQLAlchemy, YAML, Qt) happen inside the commands that need them, so `--help` and
the first window are not slowed by what they do not use.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp import __version__
from quizapp.formats import FORMAT_NAMES

if TYPE_CHECKING:
    from quizapp.services.start_up import Opened

EXIT_OK = 0
EXIT_PROBLEMS = 2  # the input was refused; messages on stderr


def global_options() -> argparse.ArgumentParser:
    """The options that come before any command: all that starting the app needs.

    Parsed on their own first, since the commands' parsers cost the first window a few
    milliseconds (argparse looks up translations and compiles patterns for each). Nothing
    here may act while parsing (no --version, no -h): this parser also sees what follows a
    command, such as `export ID --version 2`, and only the full parser knows what that is.
    """
    parser = argparse.ArgumentParser(prog="quizapp", add_help=False, exit_on_error=False)
    parser.set_defaults(command=None)
    # Hidden: the packaged app checks itself (window, shipped set, database, one answer).
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy database URL (default: $QUIZAPP_DATABASE_URL, else the embedded "
        "SQLite file in your data folder)",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizapp",
        description="Offline training quizzes; with no command, opens the desktop app.",
        parents=[global_options()],
    )
    parser.add_argument("--version", action="version", version=f"QuizApp {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser("validate", help="check question files; write nothing")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    validate.add_argument("--format", default="auto", choices=("auto", *FORMAT_NAMES))

    imp = commands.add_parser("import", help="import question files into the database")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--format", default="auto", choices=("auto", *FORMAT_NAMES))
    imp.add_argument(
        "--skip-invalid", action="store_true", help="import the valid questions, list the rest"
    )
    imp.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    imp.add_argument(
        "--id",
        dest="set_id",
        metavar="SLUG",
        help="store the file as this set, not the one it names (one file only)",
    )
    imp.add_argument("--json", action="store_true", help="one JSON object per file on stdout")

    export = commands.add_parser("export", help="write a stored set to a file")
    export.add_argument("set_id", metavar="SET_ID")
    export.add_argument("--version", type=int, dest="set_version", metavar="N")
    export.add_argument("--format", required=True, choices=FORMAT_NAMES)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")

    commands.add_parser("sets", help="list the stored question sets")

    stats = commands.add_parser(
        "stats", help="item and test statistics of a set version (graded exam attempts)"
    )
    stats.add_argument("set_id", metavar="SET_ID")
    stats.add_argument("--version", type=int, dest="set_version", metavar="N")
    stats.add_argument(
        "--first-attempts", action="store_true", help="count each trainee's first attempt only"
    )
    stats.add_argument(
        "--json", action="store_true", help="the figures as JSON, named as in domain/stats.py"
    )

    results = commands.add_parser(
        "export-results",
        help="attempts and answers to CSV (attempts.csv, responses.csv), or a PDF report",
    )
    results.add_argument("--set", dest="set_id", metavar="ID", help="only this set")
    results.add_argument("--trainee", metavar="NAME", help="only this trainee")
    results.add_argument("--format", required=True, choices=("csv", "pdf"))
    results.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="PATH",
        help="the folder for the CSV files, or the PDF file",
    )

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help="bring the database to this app's schema")

    trainer = commands.add_parser("trainer", help="trainer mode's passphrase")
    trainer_commands = trainer.add_subparsers(
        dest="trainer_command", metavar="ACTION", required=True
    )
    trainer_commands.add_parser(
        "set-passphrase",
        help="set or reset the passphrase that opens trainer mode (asked twice; read from "
        "standard input when it is not a terminal, never from the command line)",
    )

    generate = commands.add_parser("generate", help="generate a question set from a document")
    generate.add_argument("document", type=Path, metavar="DOCUMENT")
    generate.add_argument("-o", "--output", type=Path, metavar="FILE")
    generate.add_argument("--id", dest="set_id", metavar="SLUG")
    generate.add_argument("--title")
    generate.add_argument(
        "--report",
        action="store_true",
        help="print, per section, what was found, kept and dropped, and why",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    try:
        args, rest = global_options().parse_known_args(given)
    except argparse.ArgumentError:  # the full parser says what is wrong, with the full usage
        rest = given
    if rest:
        args = build_parser().parse_args(given)
    if args.self_test:
        return _self_test()
    if args.command is None:  # the desktop app
        return _run_gui(args.database)
    handler = {
        "validate": _validate,
        "import": _import,
        "export": _export,
        "sets": _sets,
        "stats": _stats,
        "export-results": _export_results,
        "db": _db,
        "trainer": _trainer,
        "generate": _generate,
    }[args.command]
    from quizapp.domain.problems import QuestionFileError
    from quizapp.formats.interchange import ExportError
    from quizapp.services.errors import ServiceError

    try:
        return handler(args)
    except (ServiceError, QuestionFileError, ExportError) as error:
        print(f"quizapp: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except OSError as error:  # a file named on the command line that cannot be read or written
        print(f"quizapp: {error.filename or ''}: {error.strerror or error}", file=sys.stderr)
        return EXIT_PROBLEMS
    finally:
        _close_opened()


# What this command opened, closed when it ends: a connection left for the collector is closed
# whenever that runs, and its last close checkpoints and deletes the -wal and -shm, which a
# later read-only look in the same process (main() called again, as the tests do) may be
# reading just then: "unable to open database file".
_OPENED: list[Opened] = []


def _close_opened() -> None:
    while _OPENED:
        _OPENED.pop().db.dispose()


def _open_database(url_option: str | None, *, may_change: bool = True) -> Opened:
    """The database, through the start-up service (see services/start_up.py)."""
    from quizapp.services.start_up import open_database

    opened = open_database(url_option, may_change=may_change)
    _OPENED.append(opened)
    if opened.backup is not None:
        print(
            f"quizapp: upgraded {opened.db.display_name}; the old file is kept as {opened.backup}",
            file=sys.stderr,
        )
    return opened


def _validate(args: argparse.Namespace) -> int:
    from quizapp.domain.problems import QuestionFileError
    from quizapp.services.question_sets import read_question_file

    status = EXIT_OK
    for path in args.files:
        try:
            result = read_question_file(path, args.format)
        except QuestionFileError as error:
            problems, skipped = error.problems, error.skipped
        else:
            problems, skipped = list(result.invalid), result.skipped
        for question in skipped:
            print(f"{path}:{question.line}: skipped: {question.reason}", file=sys.stderr)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            status = EXIT_PROBLEMS
        else:
            count = len(result.question_set.questions)
            print(f"{path}: valid, {count} question{'s' * (count != 1)}")
    return status


def _import(args: argparse.Namespace) -> int:
    from quizapp.services.question_sets import import_file

    if args.set_id is not None and len(args.files) > 1:
        print("quizapp: --id names one set: import one file with it", file=sys.stderr)
        return EXIT_PROBLEMS
    db = _open_database(args.database, may_change=not args.dry_run).db
    status = EXIT_OK
    for path in args.files:
        report = import_file(
            db,
            path,
            fmt=args.format,
            skip_invalid=args.skip_invalid,
            dry_run=args.dry_run,
            set_id=args.set_id,
        )
        if report.refused:
            status = EXIT_PROBLEMS
        if args.json:
            import json

            print(json.dumps(report.as_json(), ensure_ascii=False))
            continue
        for line in report.problem_lines():
            print(line, file=sys.stderr)
        print(
            report.outcome_line(dry_run=args.dry_run),
            file=sys.stderr if report.refused else sys.stdout,
        )
    return status


def _export(args: argparse.Namespace) -> int:
    from quizapp.services.question_sets import export_set

    db = _open_database(args.database).db
    qset = export_set(db, args.set_id, args.output, args.format, args.set_version)
    print(f"wrote {len(qset.questions)} questions of {qset.id!r} to {args.output}")
    return EXIT_OK


def _sets(args: argparse.Namespace) -> int:
    from quizapp.services.question_sets import list_sets

    db = _open_database(args.database).db
    sets = list_sets(db)
    if not sets:
        print("no question sets yet; import one with `quizapp import FILE`")
    for summary in sets:
        print(
            f"{summary.slug}\tv{summary.version}\t"
            f"{summary.question_count} questions\t{summary.title}"
        )
    return EXIT_OK


def _stats(args: argparse.Namespace) -> int:
    from quizapp.services.scores import set_statistics

    db = _open_database(args.database).db
    stats = set_statistics(
        db,
        args.set_id,
        args.set_version,
        first_attempts=args.first_attempts,
        with_choice_counts=args.json,
    )
    if args.json:
        import json

        print(json.dumps(stats.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    test = stats.test
    which = "each trainee's first" if stats.first_attempts_only else "all"
    print(
        f"{stats.set_title} ({stats.set_slug} v{stats.set_version}): {test.attempts} graded "
        f"exam attempts ({which})"
    )
    figures = [
        ("mean", _pct(test.mean)),
        ("median", _pct(test.median)),
        ("sd", _pct(test.sd)),
        ("skewness", _num(test.skewness)),
        ("kurtosis", _num(test.kurtosis)),
        ("cronbach_alpha", _pct(test.cronbach_alpha)),
        ("error_ratio", _pct(test.error_ratio)),
        ("standard_error", _pct(test.standard_error)),
    ]
    print("  ".join(f"{name} {value}" for name, value in figures))
    print("#\tattempts\tfacility\tsd\tdiscrimination_index\tdiscriminative_efficiency\tflags\tkey")
    for q in stats.questions:
        item = q.statistics
        print(
            f"{q.position + 1}\t{item.attempts}\t{_pct(item.facility)}\t{_pct(item.sd)}\t"
            f"{_pct(item.discrimination_index)}\t{_pct(item.discriminative_efficiency)}\t"
            f"{','.join(item.flags) or '-'}\t{q.key}"
        )
    return EXIT_OK


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}%"


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"


def _export_results(args: argparse.Namespace) -> int:
    db = _open_database(args.database).db
    if args.format == "csv":
        from quizapp.services.score_exports import (
            ATTEMPTS_FILE,
            RESPONSES_FILE,
            export_results_csv,
        )

        done = export_results_csv(db, args.output, set_slug=args.set_id, trainee_name=args.trainee)
        print(
            f"wrote {done.attempts} attempts to {args.output / ATTEMPTS_FILE} and "
            f"{done.responses} answers to {args.output / RESPONSES_FILE}"
        )
        return EXIT_OK
    if args.set_id is None and args.trainee is None:
        print(
            "quizapp: a PDF report is of one trainee (--trainee) or one set (--set)",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    from datetime import UTC, datetime

    try:
        from quizapp.ui.scores import pdf_report
    except ImportError as error:
        return _explain_missing_qt(error)
    printed = datetime.now(UTC)
    if args.trainee is not None:
        from quizapp.services.score_exports import trainee_report

        report = trainee_report(db, args.trainee, set_slug=args.set_id)
        pdf_report.write_trainee_report(report, args.output, printed=printed)
        print(f"wrote the report of {report.trainee_name} to {args.output}")
    else:
        from quizapp.services.scores import set_statistics

        stats = set_statistics(db, args.set_id)
        pdf_report.write_set_report(stats, args.output, printed=printed)
        print(f"wrote the statistics of {stats.set_slug!r} to {args.output}")
    return EXIT_OK


def _db(args: argparse.Namespace) -> int:
    from quizapp.services.start_up import upgrade_database

    done = upgrade_database(args.database)
    if done.before == done.after:
        print(f"{done.database} is already at revision {done.after}")
    else:
        kept = f"; the old file is kept as {done.backup}" if done.backup is not None else ""
        print(f"{done.database}: upgraded from {done.before or 'empty'} to {done.after}{kept}")
    return EXIT_OK


def _trainer(args: argparse.Namespace) -> int:
    """`trainer set-passphrase`: the one way to reset a forgotten passphrase, for whoever
    holds the database. Asked twice without echo on a terminal; otherwise two lines of
    standard input (so a script can pipe it in), never an argument that `ps` would show."""
    from quizapp.domain.clock import SystemClock
    from quizapp.services.trainer import set_passphrase

    first, second = _ask_twice("New trainer passphrase: ", "Type it again: ")
    if first != second:
        print("quizapp: the two passphrases differ; nothing was changed", file=sys.stderr)
        return EXIT_PROBLEMS
    db = _open_database(args.database).db
    set_passphrase(db, first, clock=SystemClock(), first=False)
    print(f"the trainer passphrase of {db.display_name} is set")
    return EXIT_OK


def _ask_twice(prompt: str, again: str) -> tuple[str, str]:
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt), getpass.getpass(again)
    lines = sys.stdin.read().splitlines()
    return (lines[0] if lines else ""), (lines[1] if len(lines) > 1 else "")


def _generate(args: argparse.Namespace) -> int:
    from quizapp.domain.questions import set_id_problem
    from quizapp.generate import generate_file

    if args.set_id is not None and (problem := set_id_problem(args.set_id)):
        print(f"quizapp: --id: {problem}", file=sys.stderr)
        return EXIT_PROBLEMS
    output = args.output or Path("questions") / f"{args.document.stem}.yaml"
    if args.report:  # before writing, so a document that gives no question still shows why
        from quizapp.domain.questions import normalise_source_text
        from quizapp.formats.base import read_text_file
        from quizapp.generate import analyse
        from quizapp.generate.report import format_report, section_reports

        text = normalise_source_text(read_text_file(args.document))
        print(format_report(section_reports(analyse(text))))
    qset = generate_file(args.document, output, set_id=args.set_id, title=args.title)
    count = len(qset.questions)
    print(f"wrote {count} question{'' if count == 1 else 's'} to {output}")
    return EXIT_OK


def _run_gui(database: str | None) -> int:
    from quizapp import collector

    collector.space_out()  # until the start-up has finished (quizapp.ui.app)
    # The window resolves the URL after its first paint: the storage layer loads SQLAlchemy.
    try:
        from quizapp.ui.app import run
    except ImportError as error:
        return _explain_missing_qt(error)
    return run(database)


def _self_test() -> int:
    try:
        from quizapp.ui.self_test import run_self_test
    except ImportError as error:
        return _explain_missing_qt(error)
    return run_self_test()


QT_RUNTIME_PACKAGES = (
    "libgl1 libegl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0 libx11-6 "
    "fonts-dejavu-core"
)


def _explain_missing_qt(error: ImportError) -> int:
    """Qt's libraries are missing on this machine: say which, and how to install them."""
    print(
        f"quizapp: the desktop window cannot start: {error}\n"
        "Qt needs these system libraries. On Debian or Ubuntu install them with:\n"
        f"  sudo apt-get install {QT_RUNTIME_PACKAGES}\n"
        "(on Debian 13 the GLib package is libglib2.0-0t64). See README.md.",
        file=sys.stderr,
    )
    return 1
