"""Work off the UI thread: a task for Qt's thread pool, and the mailbox that brings its result back.

A feature wraps its slow call (a retrain, a PDF, a revision, an export) in a ``Task``
and connects the ``Mailbox``'s ``done`` signal: the result, or the exception the work
raised, arrives on the UI thread, where the feature reports it. Nothing is raised in
a worker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal


class Mailbox(QObject):
    done = Signal(object)  # the task's result, or the exception it raised


class Task(QRunnable):
    def __init__(self, work: Callable[[], object], mailbox: Mailbox) -> None:
        super().__init__()
        self.work, self.mailbox = work, mailbox

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported by the feature on the UI thread, never raised in a worker
            result = exc
        self.mailbox.done.emit(result)
