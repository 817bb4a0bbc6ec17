"""Render the export dialog's screenshot for docs/screenshots/ (offscreen, temp settings).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_export.py

Writes export-dialog.png: the bundled example release, File > Export… with the
briefing note chosen, a purpose line typed, and the note's preview beside it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.gui.mainwindow import MainWindow  # noqa: E402
from app.gui.settings import Paths, Preferences, Settings  # noqa: E402

EXAMPLE = PROJECT / "resources" / "examples" / "unido-shenzhen.txt"
OUT = PROJECT / "docs" / "screenshots" / "export-dialog.png"


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Release Desk")
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp) / "config", Path(tmp) / "data")
        window = MainWindow(paths, settings=Settings(paths), preferences=Preferences(autosave_seconds=3600))
        window.show()
        if not window.open_path(EXAMPLE):
            return 1
        dialog = window.exports.open_dialog()
        # a home-independent destination, so the picture is the same on every machine
        dialog.path_edit.setText("~/Briefings/unido-shenzhen.docx")
        dialog.purpose_edit.setText("For the Director's meeting with the Shenzhen delegation on Thursday.")
        dialog.resize(1100, 720)
        dialog.refresh_preview()
        QTest.qWait(100)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(OUT))
        dialog.reject()
        window.close()
    app.processEvents()
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
