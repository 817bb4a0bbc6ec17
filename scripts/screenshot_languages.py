"""Screenshots of the editor window in French and in Arabic (mirrored), for docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_languages.py

Each language runs in a fresh process: Qt reads the layout direction and the
translators at start-up, as the app does. Writes ui-french.png and ui-arabic.png
(the bundled example release, validated, with the suggestions run).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

EXAMPLE = PROJECT / "resources" / "examples" / "unido-shenzhen.txt"
OUT = PROJECT / "docs" / "screenshots"
SHOTS = {"fr": "ui-french.png", "ar": "ui-arabic.png"}


def shoot(language: str) -> int:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.gui.i18n import install_translators
    from app.gui.mainwindow import MainWindow
    from app.gui.settings import Paths, Preferences, Settings

    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Release Desk")
    install_translators(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp) / "config", Path(tmp) / "data")
        window = MainWindow(paths, settings=Settings(paths), preferences=Preferences(autosave_seconds=3600))
        window.resize(1200, 900)
        window.show()
        if not window.open_path(EXAMPLE):
            return 1
        window.validator.run_now()
        suggestions = window.annotations.suggestions
        suggestions.run()
        window.annotations.suggestions_dock.raise_()
        for _ in range(200):
            QTest.qWait(20)
            if suggestions.suggestions and not window.validator.is_busy():
                break
        QTest.qWait(100)
        OUT.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUT / SHOTS[language]))
        suggestions.wait()
        window.session.undo_stack.setClean()
        window.close()
    print(f"wrote {OUT / SHOTS[language]}")
    return 0


def main() -> int:
    if len(sys.argv) > 1:
        return shoot(sys.argv[1])
    for language in SHOTS:
        status = subprocess.run([sys.executable, __file__, language], check=False).returncode
        if status:
            return status
    return 0


if __name__ == "__main__":
    sys.exit(main())
