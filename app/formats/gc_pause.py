"""Python's cyclic garbage collector paused while a reader builds a large document.

Readers allocate an object or three per paragraph and make no reference cycles, yet with
automatic collection on, every few hundred allocations the collector walks everything
allocated so far: for the NITF reader, a fifth of the time of reading a 50 MB archive.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic collection inside; restored afterwards only if it was on (the GUI runs
    with automatic collection off, see app/gui/common/gc_guard.py).

    What was read lives as long as the document is open: freeze + unfreeze files it with the
    old objects at once, where the first collection after the pause would otherwise walk all
    of it as young (a few per cent more, and in the GUI a stall of the collector's timer on
    the UI thread). Young garbage of others moves along and is collected with the old
    generation.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()
