"""Render the editor window's screenshots for docs/screenshots/ (offscreen, temp settings).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py

Writes editor-example.png (the bundled example release, validated) and
editor-validation-error.png (a contact e-mail that is not an address, the
issue clicked so the field has the focus).
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
OUT = PROJECT / "docs" / "screenshots"


def settle(window: MainWindow) -> None:
    window.validator.run_now()
    for _ in range(100):
        QTest.qWait(20)
        if window.status_label.text() not in ("", "Validating…"):
            break
    QTest.qWait(50)


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Release Desk")
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp) / "config", Path(tmp) / "data")
        window = MainWindow(paths, settings=Settings(paths), preferences=Preferences(autosave_seconds=3600))
        window.resize(1100, 900)
        window.show()
        if not window.open_path(EXAMPLE):
            return 1
        settle(window)
        OUT.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUT / "editor-example.png"))

        card = window.form.contacts.cards[0]
        card.edits["email"].setFocus()
        card.edits["email"].selectAll()
        QTest.keyClicks(card.edits["email"], "anna.berger at unido")
        window.form.headline.setFocus()
        window.form.headline.selectAll()
        QTest.keyClicks(window.form.headline, "")
        settle(window)
        item = window.panel.topLevelItem(0)
        if item is not None:
            window.panel.setCurrentItem(item)
            window.panel.itemActivated.emit(item, 0)
        QTest.qWait(50)
        window.grab().save(str(OUT / "editor-validation-error.png"))
        window.session.undo_stack.setClean()
        window.close()
    print(f"wrote {OUT / 'editor-example.png'} and {OUT / 'editor-validation-error.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
