"""Live validation off the UI thread: debounce, snapshot, validate, drop stale results.

After the user stops changing the release for a moment, a deep copy of it goes
to a worker thread; the issues come back by signal, tagged with the generation
they belong to, and a result older than the latest request is ignored.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.model import Release

log = logging.getLogger(__name__)
Validate = Callable[[Release], list]


def default_validate(release: Release) -> list:
    from app.validation import validate_release

    return list(validate_release(release))


class _Mailbox(QObject):
    done = Signal(int, object)  # generation, list of issues (or an Exception)


class _Job(QRunnable):
    def __init__(self, generation: int, release: Release, validate: Validate, mailbox: _Mailbox) -> None:
        super().__init__()
        self.generation, self.release, self.validate, self.mailbox = generation, release, validate, mailbox

    def run(self) -> None:
        try:
            result: object = self.validate(self.release)
        except Exception as exc:  # reported, never raised in a worker thread
            log.exception("validation failed")
            result = exc
        self.mailbox.done.emit(self.generation, result)


class LiveValidator(QObject):
    """Call ``changed()`` on every edit; ``finished(issues)`` comes after the user pauses."""

    started = Signal()
    finished = Signal(list)
    failed = Signal(str)

    def __init__(
        self,
        snapshot: Callable[[], Release],
        validate: Validate | None = None,
        delay_ms: int = 400,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._validate = validate or default_validate
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._mailbox = _Mailbox(self)
        self._mailbox.done.connect(self._delivered)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.run_now)

    def changed(self) -> None:
        self._generation += 1  # anything in flight is now stale
        self._timer.start()

    def run_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        release = copy.deepcopy(self._snapshot())
        self.started.emit()
        self._pool.start(_Job(self._generation, release, self._validate, self._mailbox))

    def _delivered(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return
        if isinstance(result, Exception):
            self.failed.emit(self.tr("Validation could not run: {error}").format(error=result))
        else:
            self.finished.emit(list(result))  # type: ignore[call-overload]

    def is_busy(self) -> bool:
        return self._timer.isActive() or self._pool.activeThreadCount() > 0

    def shutdown(self) -> None:
        self._timer.stop()
        self._generation += 1
        self._pool.clear()
        self._pool.waitForDone()
