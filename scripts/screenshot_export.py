"""Render docs/screenshots/export-dialog.png: File > Export on the example, briefing note with its preview.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_export.py
"""

from __future__ import annotations

import sys

from PySide6.QtTest import QTest
from shots import application, example_window, save


def main() -> int:
    app = application()
    with example_window(1100, 900) as window:
        dialog = window.exports.open_dialog()
        # a home-independent destination, so the picture is the same on every machine
        dialog.path_edit.setText("~/Briefings/unido-shenzhen.docx")
        dialog.purpose_edit.setText("For the Director's meeting with the Shenzhen delegation on Thursday.")
        dialog.resize(1100, 720)
        dialog.refresh_preview()
        QTest.qWait(100)
        save(dialog, "export-dialog.png")
        dialog.reject()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
