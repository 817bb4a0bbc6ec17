"""Render docs/screenshots/find-bar.png: the example release with the find and replace bar open.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_find.py

Opens the bundled example with temp settings, opens Edit > Replace…, searches
for "Shenzhen" and goes to the second match with Find Next, so the picture shows
the bar, its count, the selected match in the body and the counts in the status bar.
"""

from __future__ import annotations

import sys

from PySide6.QtTest import QTest
from shots import application, example_window, save


def main() -> int:
    application()
    with example_window(1300, 860) as window:
        find = window.find
        find.replace_action.trigger()
        find.bar.pattern.setText("Shenzhen")
        find.bar.whole_words.setChecked(True)
        find.bar.replacement.setText("Shenzhen Municipality")
        find.next_action.trigger()
        find.next_action.trigger()
        window.counts.count_release()
        QTest.qWait(200)
        save(window, "find-bar.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
