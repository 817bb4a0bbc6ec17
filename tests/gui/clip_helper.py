"""Run by test_looks in a fresh process (QT_SCALE_FACTOR must be set before Qt starts).

Builds the editor window in one UI language with the example release open,
and the export dialog over it, then prints as JSON every visible label,
button or check box whose text does not fit the room it was given.
Usage: python tests/gui/clip_helper.py LANG
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.gui.common.i18n import install_translators
from app.gui.common.settings import Paths, Preferences, Settings
from app.gui.window.mainwindow import MainWindow

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "unido-shenzhen.txt"


def clipped(top: QWidget) -> list[dict[str, object]]:
    """Labels and buttons narrower than their text needs (word-wrapped labels: shorter than their lines)."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        text = widget.text()
        if not text.strip():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            fits = widget.heightForWidth(widget.width()) <= widget.height()
        else:
            advance = widget.fontMetrics().horizontalAdvance(text.replace("&", ""))
            fits = widget.sizeHint().width() <= widget.width() and advance <= widget.contentsRect().width()
        if not fits:
            found.append({"class": type(widget).__name__, "text": text, "width": widget.width(),
                          "needs": widget.sizeHint().width()})
    return found


def main() -> int:
    app = QApplication(sys.argv[:1])
    install_translators(app, sys.argv[1])
    folder = Path(tempfile.mkdtemp(prefix="release-desk-clip-"))
    paths = Paths(folder / "config", folder / "data")
    window = MainWindow(paths, settings=Settings(paths), preferences=Preferences())
    window.show()
    window.open_path(EXAMPLE)
    app.processEvents()
    problems = [dict(p, where="window") for p in clipped(window)]
    dialog = window.exports.open_dialog()
    app.processEvents()
    problems += [dict(p, where="export dialog") for p in clipped(dialog)]
    dialog.reject()
    print(json.dumps({"ratio": window.devicePixelRatio(), "clipped": problems}, ensure_ascii=False))
    window.session.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
