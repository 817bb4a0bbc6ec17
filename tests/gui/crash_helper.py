"""Run by test_recovery: open a release, type into the headline, wait for the autosave, then idle.

The test kills this process with SIGKILL once it prints AUTOSAVED, as a crash would.
Usage: python tests/gui/crash_helper.py FILE TEXT
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.gui.common.settings import Paths, Preferences, Settings
from app.gui.window.mainwindow import MainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    paths = Paths.from_environment()
    window = MainWindow(paths, settings=Settings(paths), preferences=Preferences(autosave_seconds=0.2))
    window.show()
    if not window.open_path(sys.argv[1]):
        return 2
    window.form.headline.setFocus()
    window.form.headline.end(False)
    QTest.keyClicks(window.form.headline, sys.argv[2])

    def check() -> None:
        if window.autosave.copy.is_file() and window.autosave.meta.is_file():
            print("AUTOSAVED", window.autosave.copy, flush=True)
            timer.stop()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(50)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
