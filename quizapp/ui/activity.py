"""The shell's word on slow work: what the window is waiting for, how far it got, a way out.

Shown only once a task has run long enough to be noticed (tasks.SLOW_MS): a locked or slow
database, a big import. The window keeps painting meanwhile, so this says why nothing seems
to happen instead of leaving the trainee to wonder whether the app hangs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton

from quizapp.ui.tasks import Task, TaskRunner


class ActivityBar(QFrame):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self.setObjectName("activity")
        self.setAccessibleName("Waiting")
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel what QuizApp is waiting for")
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._task: Task | None = None
        runner.slow.connect(self._show_task)
        runner.idle.connect(self._done)
        self.hide()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def _show_task(self, task: Task) -> None:
        self._task = task
        self.label.setText(task.label)
        self.bar.setRange(0, 0)  # busy until the task says how far it got
        task.progressed.connect(self._progressed)
        self.cancel_button.setVisible(task.cancellable)
        self.cancel_button.setEnabled(True)
        self.show()

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(done)
        if text:
            self.label.setText(text)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)

    def _done(self) -> None:
        self._task = None
        self.hide()
