"""Render docs/screenshots/annotations.png: the example release tagged, a comment, the Annotations panel open.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_annotations.py

Opens the bundled example with temp settings, accepts every offline suggestion
(as an editor pressing Accept all would), tags the names the headline repeats
with "Tag all other occurrences", adds a comment on a tagged name and selects a
tag in the panel.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.gui.mainwindow import MainWindow  # noqa: E402
from app.gui.settings import Paths, Preferences, Settings  # noqa: E402

EXAMPLE = PROJECT / "resources" / "examples" / "unido-shenzhen.txt"
OUT = PROJECT / "docs" / "screenshots" / "annotations.png"


class _Answers:
    """The comment the screenshot shows, in place of the modal box."""

    def ask_comment(self, title: str, label: str) -> str | None:
        return "Check the spelling of the name against the official list."


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Release Desk")
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp) / "config", Path(tmp) / "data")
        prefs = Preferences(autosave_seconds=3600, author="Rita Editor")
        window = MainWindow(paths, settings=Settings(paths), preferences=prefs)
        window.resize(1400, 900)
        window.show()
        if not window.open_path(EXAMPLE):
            return 1
        annotations = window.annotations
        panel = annotations.suggestions
        panel.run()
        panel.wait()
        for _ in range(100):
            QTest.qWait(20)
            if panel.suggestions:
                break
        panel.accept_all()
        release = window.session.release
        # Tag all other occurrences of each accepted name the headline repeats, so the headline shows tags too
        for para in list(release.body):
            for entity in list(para.entities):
                tagged = {release.headline[e.start : e.end] for e in release.headline_entities}
                if para.entity_text(entity) in release.headline and para.entity_text(entity) not in tagged:
                    annotations.tag_all(entity.id)
        first = next((i, e) for i, p in enumerate(release.body) for e in p.entities if e.kind == "person")
        annotations.dialogs = _Answers()  # type: ignore[assignment]
        annotations.jump("entity", first[1].id)
        annotations.comments.add_comment()
        window.form.body.move_to(0, 0)
        annotations.dock.raise_()
        annotations.refresh()
        index = annotations.panel.index_of(("entity", first[1].id))
        annotations.panel.tree.setCurrentIndex(index)
        annotations.panel.tree.scrollTo(index)
        window.resizeDocks([annotations.dock], [430], Qt.Orientation.Horizontal)
        QTest.qWait(200)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUT))
        window.session.undo_stack.setClean()
        window.close()
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
