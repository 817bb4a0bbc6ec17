"""Render docs/screenshots/import-source.png: a text release open with View > Import Source beside the form.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_import_source.py

Opens a release of ours (tests/fixtures/import_source/acme_plant.txt) with temp
settings, shows the Import Source dock, and gives the "Words: ..." line the label
byline, as an editor would with right-click > Label as > byline, so the picture
shows the colours, the legend, a left-out line and a line "set by you".
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget
from shots import PROJECT, application, save

RELEASE = PROJECT / "tests" / "fixtures" / "import_source" / "acme_plant.txt"


def main() -> int:
    application()
    from app.gui.common.gc_guard import MainThreadCollector
    from app.gui.common.settings import Paths, Preferences, Settings
    from app.gui.window.mainwindow import MainWindow

    collector = MainThreadCollector(application())
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp) / "config", Path(tmp) / "data")
        window = MainWindow(paths, settings=Settings(paths), preferences=Preferences(autosave_seconds=3600))
        window.resize(1500, 860)
        window.show()
        if not window.open_path(RELEASE):
            raise SystemExit(f"could not open {RELEASE}")
        feature = window.import_source
        for dock in window.findChildren(QDockWidget):  # the picture is about the import: the other docks closed
            dock.hide()
        feature.action.trigger()
        window.resizeDocks([feature.dock], [720], Qt.Orientation.Horizontal)
        feature.relabel(2, "byline")
        feature.view.table.clearSelection()
        QTest.qWait(300)
        save(window, "import-source.png")
        window.session.undo_stack.setClean()
        window.close()
    collector.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
