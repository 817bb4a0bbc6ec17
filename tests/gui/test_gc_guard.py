"""Garbage is collected on the UI thread, so worker threads never destroy Qt objects."""

from __future__ import annotations

import gc
import threading
import weakref

from pytestqt.qtbot import QtBot

from app.gui.common.gc_guard import MainThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_automatic_collection_is_off_and_the_ui_thread_timer_collects(qtbot: QtBot) -> None:
    """While the app runs, only the UI thread's timer frees cyclic garbage, a worker never does."""
    was_enabled = gc.isenabled()
    collector = MainThreadCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        refs: list[weakref.ref[_Cycle]] = []

        def make_garbage_in_a_worker() -> None:
            # cyclic garbage well past the first threshold: automatic GC would collect it right here
            for _ in range(5 * gc.get_threshold()[0]):
                refs.append(weakref.ref(_Cycle()))

        worker = threading.Thread(target=make_garbage_in_a_worker)
        worker.start()
        worker.join()
        assert all(ref() is not None for ref in refs), "the worker thread collected garbage"
        qtbot.waitUntil(lambda: all(ref() is None for ref in refs), timeout=5000)
    finally:
        collector.stop()
    assert gc.isenabled() == was_enabled
