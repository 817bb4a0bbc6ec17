"""Render docs/screenshots/export-ninjs.png: File > Export with ninjs 3.1 chosen and the item in the preview.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_ninjs.py

Opens tests/fixtures/embargo/en_cet_press_release_no.txt (an embargo and a release
number above the headline) so the preview shows embargoedUntil and altIds.
"""

from __future__ import annotations

import sys

from PySide6.QtTest import QTest
from shots import PROJECT, application, example_window, save


def main() -> int:
    app = application()
    with example_window(1100, 900) as window:
        if not window.open_path(PROJECT / "tests" / "fixtures" / "embargo" / "en_cet_press_release_no.txt"):
            raise SystemExit("could not open the embargo fixture")
        dialog = window.exports.open_dialog()
        dialog.set_format("ninjs")
        # a home-independent destination, so the picture is the same on every machine
        dialog.path_edit.setText("~/Outbox/en_cet_press_release_no.ninjs.json")
        dialog.resize(1100, 720)
        dialog.refresh_preview()
        QTest.qWait(100)
        save(dialog, "export-ninjs.png")
        dialog.reject()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
