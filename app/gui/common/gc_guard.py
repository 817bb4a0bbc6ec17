"""Python's garbage collector runs on the UI thread only.

Automatic collection runs in whichever thread happens to allocate when a
threshold is crossed. When that is a worker (live validation, tag suggestions)
and the garbage holds Qt wrappers of widgets or actions that live on the UI
thread, Qt destroys them from the wrong thread and the process crashes
("Fatal Python error: Segmentation fault ... Garbage-collecting" in a worker).
So automatic collection is switched off and a timer on the UI thread collects
instead, generation by generation, as the thresholds would have (the recipe
long used by PyQt applications such as calibre).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """While alive, garbage is collected by this timer on the thread that created it."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.was_enabled = gc.isenabled()  # another collector (a test harness's) may already be at work
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)
        gc.disable()

    def check(self) -> None:
        """Collect the oldest generation whose count passed its threshold, as automatic GC would."""
        count0, count1, count2 = gc.get_count()
        if count0 > self.threshold[0]:
            generation = 0
            if count1 > self.threshold[1]:
                generation = 1
                if count2 > self.threshold[2]:
                    generation = 2
            gc.collect(generation)

    def stop(self) -> None:
        """Hand collection back to how it was (Python's own, at exit)."""
        self.timer.stop()
        if self.was_enabled:
            gc.enable()
