"""Screenshots of the editor window in French and in Arabic (mirrored), for docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_languages.py

Each language runs in a fresh process: Qt reads the layout direction and the
translators at start-up, as the app does. Writes ui-french.png and ui-arabic.png
(the bundled example release, validated, with the suggestions run).
"""

from __future__ import annotations

import subprocess
import sys

from shots import application, example_window, save

SHOTS = {"fr": "ui-french.png", "ar": "ui-arabic.png"}


def shoot(language: str) -> int:
    from PySide6.QtTest import QTest

    application(language)
    with example_window(1200, 900) as window:
        window.validator.run_now()
        suggestions = window.annotations.suggestions
        suggestions.run()
        window.annotations.suggestions_dock.raise_()
        for _ in range(200):
            QTest.qWait(20)
            if suggestions.suggestions and not window.validator.is_busy():
                break
        QTest.qWait(100)
        save(window, SHOTS[language])
        suggestions.wait()
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
