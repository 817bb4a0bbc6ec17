"""What every screenshot script shares: an offscreen app, a window on the example, saving the PNG.

The scripts in this folder (screenshots.py, screenshot_*.py) each stage one
picture for docs/screenshots/; this room holds the set-up they all need, so a
window is always built the same way: temp settings and data folders, autosave
out of the way, the bundled example release open.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PROJECT = Path(__file__).resolve().parent.parent
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from app.gui.common.settings import Preferences
    from app.gui.window.mainwindow import MainWindow

EXAMPLE = PROJECT / "resources" / "examples" / "unido-shenzhen.txt"
OUT = PROJECT / "docs" / "screenshots"


def application(language: str | None = None) -> QApplication:
    """The QApplication, named as the app names itself, translated when ``language`` is given."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Release Desk")
    if language:
        from app.gui.common.i18n import install_translators

        install_translators(app, language)
    return app  # type: ignore[return-value]


@contextmanager
def example_window(width: int, height: int, preferences: Preferences | None = None) -> Iterator[MainWindow]:
    """A shown editor window with temp folders and the example release open; closed afterwards."""
    from app.gui.common.settings import Paths, Preferences, Settings
    from app.gui.window.mainwindow import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp) / "config", Path(tmp) / "data")
        prefs = preferences or Preferences(autosave_seconds=3600)
        window = MainWindow(paths, settings=Settings(paths), preferences=prefs)
        window.resize(width, height)
        window.show()
        if not window.open_path(EXAMPLE):
            raise SystemExit(f"could not open {EXAMPLE}")
        try:
            yield window
        finally:
            window.session.undo_stack.setClean()
            window.close()


def save(widget: QWidget, name: str) -> Path:
    """Grab ``widget`` into docs/screenshots/``name`` and say so."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(PROJECT)}")
    return path
