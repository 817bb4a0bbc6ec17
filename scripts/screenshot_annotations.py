"""Render docs/screenshots/annotations.png: the example release tagged, a comment, the Annotations panel open.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_annotations.py

Opens the bundled example with temp settings, accepts every offline suggestion
(as an editor pressing Accept all would), tags the names the headline repeats
with "Tag all other occurrences", adds a comment on a tagged name and selects a
tag in the panel.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from shots import application, example_window, save

from app.gui.common.settings import Preferences


class _Answers:
    """The comment the screenshot shows, in place of the modal box."""

    def ask_comment(self, title: str, label: str) -> str | None:
        return "Check the spelling of the name against the official list."


def main() -> int:
    application()
    with example_window(1400, 900, Preferences(autosave_seconds=3600, author="Rita Editor")) as window:
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
        save(window, "annotations.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
