"""What a start has to tell the trainee, as the banner's text (see services/start_up.py)."""

from __future__ import annotations

from quizapp import APP_NAME
from quizapp.services.start_up import StartUpReport
from quizapp.ui.widgets import NoticeKind

NAMED_EXPIRED = 5  # quizzes submitted while the app was closed, named in the start-up banner


def _plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


def notes(report: StartUpReport) -> list[tuple[NoticeKind, str]]:
    """Every message of the start, in the order found (the banner puts errors first)."""
    found = [(NoticeKind.ERROR, failure) for failure in report.failures]
    if report.backup is not None:
        found.append(
            (
                NoticeKind.INFO,
                f"Your data was upgraded to this version of {APP_NAME}; a copy of it as it "
                f"was is kept at {report.backup}.",
            )
        )
    if report.refused_sets:
        first = report.refused_sets[0]
        reason = first.errors[0].message if first.errors else "it could not be read"
        found.append(
            (
                NoticeKind.ERROR,
                f"A question set that comes with QuizApp could not be loaded ({first.file}: "
                f"{reason}). The other sets work as usual.",
            )
        )
    if report.expired:
        found.append((NoticeKind.INFO, _expired(report)))
    return found


def _expired(report: StartUpReport) -> str:
    # Names and sets only: whoever opens the app next may not be the trainee, and a score is
    # theirs to see in their own history. A few of them: a room's worth would push the page
    # off the screen.
    expired = report.expired
    lines = [
        f"• {report.names.get(attempt.trainee_uuid, 'Someone')}: {attempt.set_title}"
        for attempt in expired[:NAMED_EXPIRED]
    ]
    if len(expired) > NAMED_EXPIRED:
        lines.append(f"• and {len(expired) - NAMED_EXPIRED} more")
    count = len(expired)
    return (
        f"Time ran out on {count} {_plural(count, 'quiz', 'quizzes')} while QuizApp was "
        f"closed, so {_plural(count, 'it was', 'they were')} submitted with the answers "
        f"saved before the deadline. {_plural(count, 'Open it', 'Open one')} from “Your "
        "quizzes” to review it.\n" + "\n".join(lines)
    )
