"""The briefing note says when a release may run and what number it has."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.formats import docx_briefing, read_bytes, text
from app.formats.briefing_content import BriefingContent
from app.model import Embargo, Release

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "embargo"
BRUSSELS = ZoneInfo("Europe/Brussels")


def _release(year: int) -> Release:
    release = text.read((FIXTURES / "en_cet_press_release_no.txt").read_bytes())
    release.embargo = Embargo(dt.datetime(year, 5, 5, 0, 1, tzinfo=BRUSSELS), "Europe/Brussels")
    return release


def _header(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return " ".join(package.read(n).decode() for n in package.namelist() if n.startswith("word/header"))


def test_the_facts_table_has_embargo_and_reference_rows() -> None:
    """The table under the title lists the embargo (time, zone, date) and the release number."""
    facts = dict(map(tuple, BriefingContent.of(_release(2021), "For information.", None).facts))
    assert facts["Embargo"] == "00:01 CEST, 5 May 2021"
    assert facts["Reference"] == "123/2021"


def test_a_release_without_them_has_no_such_rows() -> None:
    """No embargo and no number: the table does not grow empty rows."""
    release = text.read((FIXTURES / "en_immediate.txt").read_bytes())
    labels = [row[0] for row in BriefingContent.of(release, "For information.", None).facts]
    assert "Embargo" not in labels
    assert "Reference" not in labels


def test_an_embargo_without_a_zone_says_so_in_the_table() -> None:
    """A time without a zone is shown as given, with a word that none was given."""
    release = _release(2021)
    release.embargo = Embargo(dt.datetime(2021, 5, 5, 9, 0))
    facts = dict(map(tuple, BriefingContent.of(release, "For information.", None).facts))
    assert facts["Embargo"] == "09:00, 5 May 2021 (no time zone given)"


def test_the_page_header_warns_only_while_the_embargo_is_on() -> None:
    """Every page's header says "EMBARGOED UNTIL ..." before the embargo lifts, and no longer after."""
    before = dt.datetime(2021, 5, 4, 12, 0, tzinfo=dt.UTC)
    after = dt.datetime(2021, 5, 5, 12, 0, tzinfo=dt.UTC)
    assert BriefingContent.of(_release(2021), "", None, now=before).embargo_notice == \
        "EMBARGOED UNTIL 00:01 CEST, 5 May 2021"
    assert BriefingContent.of(_release(2021), "", None, now=after).embargo_notice is None
    assert "EMBARGOED UNTIL 00:01 CEST, 5 May 2099" in _header(docx_briefing.write(_release(2099)))
    assert "EMBARGOED" not in _header(docx_briefing.write(_release(2021)))


def test_the_note_opened_again_keeps_embargo_and_number() -> None:
    """A briefing note read back as a release gives the same embargo instant, zone and number."""
    release = _release(2099)
    back = read_bytes(docx_briefing.write(release), "note.docx")
    assert back.embargo is not None
    assert (back.embargo.when, back.embargo.zone) == (release.embargo.when, "Europe/Brussels")
    assert back.reference == "123/2021"


@pytest.mark.slow
def test_libreoffice_shows_the_embargo_in_the_header_and_the_table(tmp_path: Path) -> None:
    """The PDF of the note shows the header warning and both rows."""
    missing = [tool for tool in ("soffice", "pdftotext") if not shutil.which(tool)]
    assert not missing, f"{', '.join(missing)} not found: install libreoffice-writer-nogui and poppler-utils"
    note = tmp_path / "note.docx"
    note.write_bytes(docx_briefing.write(_release(2099)))
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(note)],
                   check=True, capture_output=True, timeout=180)
    shown = subprocess.run(["pdftotext", "-layout", str(tmp_path / "note.pdf"), "-"], check=True,
                           capture_output=True, text=True).stdout
    rows = [" ".join(line.split()) for line in shown.splitlines() if line.strip()]
    assert rows[0] == "EMBARGOED UNTIL 00:01 CEST, 5 May 2099"
    assert "Embargo 00:01 CEST, 5 May 2099" in rows
    assert "Reference 123/2021" in rows
