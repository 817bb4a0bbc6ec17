"""Render the editor window's screenshots for docs/screenshots/ (offscreen, temp settings).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py

Writes editor-example.png (the bundled example release, validated) and
editor-validation-error.png (a contact e-mail that is not an address, the
issue clicked so the field has the focus).
"""

from __future__ import annotations

import sys

from PySide6.QtTest import QTest
from shots import application, example_window, save

from app.gui.window.mainwindow import MainWindow


def settle(window: MainWindow) -> None:
    window.validator.run_now()
    for _ in range(100):
        QTest.qWait(20)
        if window.status_label.text() not in ("", "Validating…"):
            break
    QTest.qWait(50)


def main() -> int:
    application()
    with example_window(1100, 900) as window:
        settle(window)
        save(window, "editor-example.png")

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
        save(window, "editor-validation-error.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
