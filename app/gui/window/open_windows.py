"""The editor windows open in this process, so a file already open in one is brought forward, not
opened a second time in another (two editors on one file would overwrite each other's saves).

One list per process: every MainWindow adds itself when built and leaves when closed
or deleted. Only weak references are kept, so the list never keeps a window alive.
"""

from __future__ import annotations

import weakref
from pathlib import Path


class OpenWindows:
    def __init__(self) -> None:
        self._refs: list[weakref.ref] = []

    def add(self, window: object) -> None:
        self._refs.append(weakref.ref(window))

    def remove(self, window: object) -> None:
        self._refs = [r for r in self._refs if r() is not None and r() is not window]

    def windows(self) -> list:
        alive = [w for w in (r() for r in self._refs) if w is not None]
        self._refs = [weakref.ref(w) for w in alive]
        return alive

    def showing(self, path: Path, *, besides: object = None) -> object | None:
        """The window (other than ``besides``) whose open release is the file at ``path``."""
        wanted = Path(path).resolve()
        for window in self.windows():
            if window is not besides and getattr(window.session, "path", None) == wanted:
                return window
        return None


OPEN_WINDOWS = OpenWindows()
