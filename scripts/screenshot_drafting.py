"""Render the drafting chapter's pictures: the spelling menu, the revisions compare view, PDF pages.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_drafting.py

- docs/screenshots/spelling-menu.png: the example with a typo typed into the
  first paragraph and the spelling menu open on it (the menu is a window of its
  own, so it is painted onto the window's picture where it stands);
- docs/screenshots/revisions-compare.png: File > Revisions… after two saves,
  the two revisions compared;
- docs/screenshots/pdf-page.png and pdf-page-arabic.png: page 1 of
  ``release-desk convert --to pdf`` of the example and of an Arabic release,
  drawn by pdftoppm.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QTextCursor
from PySide6.QtTest import QTest
from shots import EXAMPLE, OUT, PROJECT, application, example_window, save

ARABIC = PROJECT / "tests" / "fixtures" / "text" / "ar_amman.txt"


def spelling_menu() -> None:
    with example_window(1300, 820) as window:
        body = window.form.body
        found = body.document().find("first")
        found.insertText("frist")
        body.setFocus()
        cursor = QTextCursor(found)
        cursor.setPosition(found.position() - 3)
        body.setTextCursor(cursor)
        QTest.qWait(400)  # typing paused: the paragraph is checked again
        pos = body.cursorRect(cursor).center()
        menu = window.spelling.menus.menu_for(body.viewport(), pos)
        assert menu is not None, "no spelling menu on the typo"
        at = body.viewport().mapTo(window, pos) + QPoint(4, 4)
        menu.popup(window.mapToGlobal(at))
        QTest.qWait(200)
        picture = window.grab()
        painter = QPainter(picture)
        painter.drawPixmap(at, menu.grab())
        painter.end()
        OUT.mkdir(parents=True, exist_ok=True)
        picture.save(str(OUT / "spelling-menu.png"))
        print("wrote docs/screenshots/spelling-menu.png")
        menu.close()


def revisions_compare() -> None:
    with example_window(1300, 860) as window, tempfile.TemporaryDirectory() as tmp:
        window.save_to(Path(tmp) / "shenzhen.release.xml")
        window.revisions.wait()
        body = window.form.body
        found = body.document().find("today")
        found.insertText("on Wednesday")
        found = body.document().find("twelve industrial sectors")
        found.insertText("fifteen industrial sectors")
        window.save()
        window.revisions.wait()
        dialog = window.revisions.open_revisions()
        assert dialog is not None
        dialog.resize(900, 560)
        dialog.select(*(r.id for r in dialog.revisions))
        dialog.compare_button.click()
        QTest.qWait(200)
        save(dialog, "revisions-compare.png")
        dialog.close()


def pdf_pages() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for source, name in ((EXAMPLE, "pdf-page"), (ARABIC, "pdf-page-arabic")):
            pdf = Path(tmp) / f"{name}.pdf"
            subprocess.run([sys.executable, "-m", "app.cli", "convert", str(source), "--to", "pdf", "-o", str(pdf)],
                           cwd=PROJECT, check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(OUT / name)], check=True)
            print(f"wrote docs/screenshots/{name}.png")


def main() -> int:
    application()
    spelling_menu()
    revisions_compare()
    pdf_pages()
    return 0


if __name__ == "__main__":
    sys.exit(main())
