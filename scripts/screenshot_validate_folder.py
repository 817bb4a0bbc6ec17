"""Render the Validate Folder window's screenshot for docs/screenshots/ (offscreen, temp folders).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_validate_folder.py

Writes validate-folder.png: a folder of submissions generated here (releases
with known defects, a NITF file, hostile files: not well-formed, binary, an
entity bomb, an external entity), validated to the end, sorted by errors.
"""

from __future__ import annotations

import datetime as dt
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

from app.formats import nitf, release_xml  # noqa: E402
from app.gui.folder_validation.validate_folder import ValidateFolderWindow  # noqa: E402
from app.model import Contact, Dateline, Entity, Paragraph, Release  # noqa: E402

OUT = PROJECT / "docs" / "screenshots" / "validate-folder.png"
TODAY = dt.date(2024, 6, 1)  # the rules' "today", so the picture is the same every day
SHOWN_FOLDER = "~/Archive/submissions-2024-06"  # what the folder field shows instead of a temp path


def release(n: int) -> Release:
    """A release every rule accepts, a little different each time."""
    day = dt.date(2024, 5, 1 + n % 28)
    return Release(
        id=f"r{n}",
        headline=f"Harbour authority opens ferry line {n}",
        created=dt.datetime.combine(day, dt.time(9, 0)),
        dateline=Dateline(place="BERGEN", date=day),
        body=[Paragraph(id="p1", text="Mayor Ada Lind opened the line.",
                        entities=[Entity(id="e1", kind="person", start=6, end=14)]),
              Paragraph(id="p2", text="Boats leave every hour from the north quay.")],
        contacts=[Contact(name="Press office", email="press@example.org", phone="+47 55 00 00 00")],
    )


def defects() -> dict[str, bytes]:
    """File name -> bytes: the defects an archive meets, one or more of each."""
    files: dict[str, bytes] = {f"releases/ferry-{n:02d}.xml": release_xml.write(release(n)) for n in range(24)}
    for n in range(3):
        r = release(30 + n)
        r.contacts[0].email = "press desk"
        files[f"releases/contact-{n}.xml"] = release_xml.write(r)
    r = release(40)
    r.dateline.date = dt.date(2024, 7, 1)
    r.created = None
    files["releases/dated-next-month.xml"] = release_xml.write(r)
    r = release(41)
    r.contacts = [Contact(name="Press office")]
    files["releases/no-way-to-reach.xml"] = release_xml.write(r)
    r = release(42)
    r.headline = "Harbour " * 20
    files["releases/headline-too-long.xml"] = release_xml.write(r)
    r = release(43)
    r.contacts[0].phone = "ask at the desk"
    files["releases/phone-words.xml"] = release_xml.write(r)
    files["releases/status-final.xml"] = release_xml.write(release(44)).replace(b"<status>draft</status>",
                                                                                 b"<status>final</status>")
    files["wire/nitf-story.xml"] = nitf.write(release(45))
    files["wire/memo.xml"] = b'<?xml version="1.0"?>\n<memo xmlns="urn:example:memo"><to>desk</to></memo>\n'
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    files["hostile/billion-laughs.xml"] = (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">{lol}]>'
                                           "<r>&l9;</r>").encode()
    files["hostile/external-entity.xml"] = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM '
                                            b'"file:///etc/passwd">]><r>&x;</r>')
    whole = release_xml.write(release(46))
    files["hostile/cut-off.xml"] = whole[: len(whole) // 2]  # an upload that stopped half-way
    files["hostile/photo.xml"] = bytes(range(256)) * 8
    files["hostile/latin1-says-utf8.xml"] = '<?xml version="1.0" encoding="UTF-8"?>\n<r>café</r>'.encode("latin-1")
    files["hostile/empty.xml"] = b""
    return files


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Release Desk")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "submissions-2024-06"
        for name, data in defects().items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
        window = ValidateFolderWindow(jobs=1, today=TODAY)
        window.resize(1100, 760)
        window.show()
        window.folder_edit.setText(str(folder))
        finished: list[object] = []
        window.run_finished.connect(finished.append)
        window.start()
        for _ in range(3000):  # at most a minute; a run of 40 files takes about a second
            if finished:
                break
            QTest.qWait(20)
        if not finished:
            print("the run did not finish", file=sys.stderr)
            return 1
        window.folder_edit.setText(SHOWN_FOLDER)
        window.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        window.table.selectRow(0)
        window.table.setFocus()  # no text cursor blinking in the folder field
        QTest.qWait(100)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUT))
        window.close()
    app.processEvents()
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
