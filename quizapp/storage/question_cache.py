"""Questions already read, kept per stored set version for the life of a Database.

Every change to an attempt reads the attempt again in its own transaction (so the domain
decides on what is stored), and reading its questions with their choices and answers was
most of the work of saving one answer. A stored set version never changes (an edit makes a
new version), so its questions can be kept. They are keyed by the set's row id and content
hash together: were a row id ever given again (SQLite reuses the highest rowid after a
rolled-back import), the content hash of the new set would differ.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from sqlalchemy.orm import Session

from quizapp.domain.questions import Question
from quizapp.storage.question_sets import load_questions

SetKey = tuple[int, str]  # (question_set.id, question_set.content_hash)
SETS_KEPT = 16  # set versions in use at once on one seat: a few; a server's many seats, more


class QuestionCache:
    """The questions of the set versions most recently asked for, by question row id."""

    def __init__(self, sets_kept: int = SETS_KEPT) -> None:
        self._sets: OrderedDict[SetKey, dict[int, Question]] = OrderedDict()
        self._sets_kept = sets_kept
        self._lock = threading.Lock()  # the CLI and tests may share a Database across threads

    def questions(self, session: Session, of_set: SetKey, ids: list[int]) -> dict[int, Question]:
        """The questions with these row ids, all of the set `of_set`: read only those not yet
        kept, in `session`'s transaction."""
        with self._lock:
            kept = dict(self._sets.get(of_set, {}))
        missing = [qid for qid in ids if qid not in kept]
        if missing:
            kept.update(load_questions(session, missing))
        with self._lock:
            self._sets[of_set] = kept
            self._sets.move_to_end(of_set)
            while len(self._sets) > self._sets_kept:
                self._sets.popitem(last=False)
        return {qid: kept[qid] for qid in ids}
