"""How a score view reaches the services, whoever holds it, and the table every view uses.

The same view serves the trainee (whose calls go through the backend, problems to the banner)
and the trainer (whose calls carry the trainer's key and lock the area when it is refused):
the holder hands the view a `Caller`, and the view never needs to know which it has.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from quizapp.services.errors import ServiceError
from quizapp.ui.backend import Backend, expecting
from quizapp.ui.sort_bar import SortingHeader

if TYPE_CHECKING:
    from quizapp.services.facade import Services
    from quizapp.ui.trainer.area import TrainerArea

T = TypeVar("T")


class Caller(Protocol):
    def __call__(
        self,
        work: Callable[[Services], T],
        done: Callable[[T], object],
        failed: Callable[[], object] = ...,
    ) -> None:
        """Run `work` on the task runner, then `done(result)`; a refusal is told to the user
        by the caller's holder, and `failed()` lets the view tidy up after it."""


def backend_caller(backend: Backend, problem: Callable[[str], object]) -> Caller:
    """Calls through the backend; what the services refuse goes to `problem`."""

    def call(
        work: Callable[[Services], T],
        done: Callable[[T], object],
        failed: Callable[[], object] = lambda: None,
    ) -> None:
        def refused(error: ServiceError) -> None:
            failed()
            problem(str(error))

        backend.call(work, done, expecting(ServiceError, refused))

    return call


def trainer_caller(area: TrainerArea) -> Caller:
    """Calls with the trainer's key (the area locks itself when the services refuse it);
    a problem is shown in a message box."""

    def call(
        work: Callable[[Services], T],
        done: Callable[[T], object],
        failed: Callable[[], object] = lambda: None,
    ) -> None:
        def refused(error: ServiceError) -> None:
            failed()
            from quizapp.ui.trainer.messages import show_problem

            show_problem(area, "That could not be read", str(error))

        area.call(lambda s, _key: work(s), done, failed=refused)

    return call


def table(
    model: QAbstractItemModel,
    accessible_name: str,
    *,
    stretch: int = 1,
    sorted_by: tuple[int, Qt.SortOrder] | None = None,
    wrap: bool = False,
) -> QTableView:
    """A read-only table of whole rows, the `stretch` column taking the room left.

    `sorted_by` (column, order) makes it sort, by a heading clicked or its SortBar, starting
    so. `wrap` breaks a cell's text onto as many lines as its column's width needs, each row
    as tall as its text."""
    view = QTableView()
    if sorted_by is not None:
        view.setHorizontalHeader(SortingHeader())
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(wrap)
    rows = view.verticalHeader()
    rows.hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    if wrap:
        view.setProperty("wrapping", True)  # the sheet's rule for wrapped items
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    else:
        rows.setDefaultSectionSize(view.fontMetrics().height() + 12)
    if sorted_by is not None:
        header.setSortIndicator(*sorted_by)
        view.setSortingEnabled(True)
    return view
