"""A folder's run for the Validate Folder window, on its own thread, through the validation cache."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QWidget

from app.validation import batch

if TYPE_CHECKING:
    from app.validation.cache import VerdictCache

log = logging.getLogger(__name__)


class RunThread(QThread):
    """Runs one batch on its own thread; the batch engine starts its worker processes from here."""

    counted = Signal(int)
    batch_done = Signal(list)
    finished_run = Signal(object)

    def __init__(self, folder: Path, spec: batch.RunSpec, jobs: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder, self.spec, self.jobs = folder, spec, jobs
        self.cancel_requested = False
        self.from_cache = 0  # verdicts the cache gave, once the run is over

    def run(self) -> None:
        # The window waits for finished_run to re-enable itself, so it is sent whatever happens.
        outcome = batch.RunResult(cancelled=True)
        cache = None
        try:
            files = batch.discover([self.folder])
            self.counted.emit(len(files))
            from app.validation import stream  # (with the cache: loaded when a folder is first checked)

            cache = _open_cache(self.spec)
            run = stream.Run(files, self.spec, jobs=self.jobs, cache=cache, chunk=_CHUNK,
                             cancelled=lambda: self.cancel_requested)
            results: list[batch.FileResult] = []
            for result in run:
                results.append(result)
                if len(results) % _CHUNK == 0:
                    self.batch_done.emit(results[-_CHUNK:])
            if len(results) % _CHUNK:
                self.batch_done.emit(results[-(len(results) % _CHUNK):])
            self.from_cache = run.from_cache
            outcome = batch.RunResult(sorted(results, key=lambda r: r.path), cancelled=run.cancelled)
        except Exception:  # the batch engine's own failures, not a file's
            log.exception("batch validation stopped")
        finally:
            if cache is not None:
                cache.close()
            self.finished_run.emit(outcome)


#: Files per chunk of a run from the window: the table and the progress move, and Cancel is heard, this often.
_CHUNK = 32


def _open_cache(spec: batch.RunSpec) -> VerdictCache | None:
    """The validation cache the command line uses too (an unchanged file's verdict is not checked again);
    None when it cannot be used, and the run checks every file."""
    from app.validation.cache import CacheError, VerdictCache, default_cache_path

    try:
        return VerdictCache(default_cache_path(), spec, time.time_ns())
    except CacheError:
        log.warning("the validation cache cannot be used; every file is checked", exc_info=True)
        return None
