"""Render the screenshots of the newsroom's own facts: embargo banner, reference, summary, notes, templates, sign-off.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_workflow.py

Writes to docs/screenshots/:
- embargo-banner.png: the example under embargo, the banner above the form, reference and embargo fields;
- notes-to-editors.png: the summary, the contacts' end and the notes to editors as blocks;
- template-picker.png: File > New from Template… with the French example chosen;
- templates-dialog.png: Settings > Templates… with a template of the user's own and the examples;
- approve-with-errors.png: the question approving a release with an error asks;
- sign-off.png: the release approved, the status bar naming who, and File > Revisions… noting it.
The banner's clock is set (its ``now``), so its countdown does not depend on the day the pictures are made.
"""

from __future__ import annotations

import datetime as dt
import sys
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from shots import application, example_window, save

from app.gui.common.settings import Preferences
from app.model import Embargo, NoteBlock

NOW = dt.datetime(2019, 4, 23, 7, 40, tzinfo=dt.UTC)


def facts(window: object) -> None:
    """The example with an embargo, a number, a summary and notes to editors, as an editor would fill them."""
    release = window.session.release  # type: ignore[attr-defined]
    release.reference = "PR/2019/061"
    release.embargo = Embargo(dt.datetime(2019, 4, 24, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai")), "Asia/Shanghai",
                              "EMBARGOED UNTIL 10:00 CST, 24 April 2019")
    release.abstract = "A new Shenzhen partnership will help 1,500 small factories cut their energy use."
    release.boilerplate = [
        NoteBlock("About the forum", ["The Green Manufacturing Forum meets every spring; this was its first "
                                      "edition in Shenzhen."]),
        NoteBlock("Notes to editors", ["Photos from the opening are free to use with the credit given.",
                                       "Interviews with the speakers can be arranged through the press office."]),
    ]
    window.session.replace_release(release)  # type: ignore[attr-defined]


def answer_cancel() -> None:
    """Picture the question approving with errors asks, then answer Cancel."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        save(box, "approve-with-errors.png")
        box.button(QMessageBox.StandardButton.Cancel).click()


def main() -> int:
    application()
    prefs = Preferences(autosave_seconds=3600, author="Kari Nordmann")
    with example_window(1200, 760, prefs) as window:
        banner = window.workflow.banner
        banner.now = lambda: NOW
        banner.user_zone = ZoneInfo("Europe/Vienna")
        window.workflow.now = lambda: NOW
        facts(window)
        window.form.ensureWidgetVisible(window.form.embargo, 0, 160)
        window.validator.run_now()
        for _ in range(100):  # until the status bar says Valid, not Validating… (the first run loads the rules)
            QTest.qWait(100)
            if window.status_label.text() == "Valid":
                break
        save(window, "embargo-banner.png")

        window.form.ensureWidgetVisible(window.form.notes.add, 0, 20)
        QTest.qWait(200)
        save(window, "notes-to-editors.png")

        window.form.focus_path("status")
        window.workflow.request_status("review")
        contacts = window.session.release.contacts
        kept = [(c.email, c.phone) for c in contacts]
        for contact in contacts:  # no one to call: a warning on the draft, an error when approving
            contact.email = contact.phone = None
        QTimer.singleShot(500, answer_cancel)
        window.workflow.request_status("approved")
        for contact, (email, phone) in zip(contacts, kept, strict=True):
            contact.email, contact.phone = email, phone
        window.workflow.request_status("approved")
        window.validator.run_now()
        QTest.qWait(600)
        window.revisions.wait()
        dialog = window.revisions.open_revisions()
        dialog.resize(760, 300)
        dialog.move(window.x() + 300, window.y() + 260)
        QTest.qWait(300)
        save(window, "sign-off.png")
        save(dialog, "sign-off-revisions.png")
        dialog.close()

        window.templates.store.save("UNIDO press office", window.session.release)
        picker = window.templates.open_picker()
        names = [picker.templates.list.item(i).text() for i in range(picker.templates.list.count())]
        picker.templates.list.setCurrentRow(next(i for i, n in enumerate(names) if n.startswith("Ministère")))
        QTest.qWait(200)
        save(picker, "template-picker.png")
        picker.reject()
        manager = window.templates.open_manager()
        manager.templates.select("UNIDO press office")
        QTest.qWait(200)
        save(manager, "templates-dialog.png")
        manager.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
