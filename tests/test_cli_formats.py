"""release-desk convert with Word and NITF: briefing notes and NITF out, Word drafts and NITF files in."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from app.cli import main
from app.formats import docx_draft, nitf, read_path, text

PROJECT = Path(__file__).resolve().parent.parent
EXAMPLE = PROJECT / "resources" / "examples" / "unido-shenzhen.txt"

_WIRE = b"""<?xml version="1.0" encoding="UTF-8"?>
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
  <body>
    <body.head><hedline><hl1>Ferry timetable changes for the winter</hl1></hedline></body.head>
    <body.content>
      <p>The Island Ferry Company will run four crossings a day from November.</p>
      <p>Bicycles travel free.</p>
    </body.content>
  </body>
</nitf>"""


def _draft(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Library extends its opening hours", style="Title")
    document.add_paragraph("ARNHEM, 2 May 2024 - The city library will open until ten in the evening from June.")
    document.add_table(rows=1, cols=2).cell(0, 0).text = "Opening hours"
    document.add_paragraph("Readers asked for the change in last year's survey.")
    out = io.BytesIO()
    document.save(out)
    path.write_bytes(out.getvalue())
    return path


def test_text_release_converts_to_a_briefing_note(tmp_path: Path) -> None:
    """`convert --to docx` writes a Word briefing note that reads back with the release's headline and text."""
    out = tmp_path / "note.docx"
    assert main(["convert", str(EXAMPLE), "--to", "docx", "-o", str(out)]) == 0
    assert zipfile.is_zipfile(out)
    source = read_path(EXAMPLE)
    back = docx_draft.read(out.read_bytes(), str(out))
    assert back.headline == source.headline
    assert [p.text for p in back.body] == [p.text for p in source.body]


def test_text_release_converts_to_nitf(tmp_path: Path) -> None:
    """`convert --to nitf` writes NITF that reads back with the same headline and paragraphs."""
    out = tmp_path / "release.nitf.xml"
    assert main(["convert", str(EXAMPLE), "--to", "nitf", "-o", str(out)]) == 0
    source = read_path(EXAMPLE)
    back = nitf.read(out.read_bytes(), str(out))
    assert back.headline == source.headline
    assert [p.text for p in back.body] == [p.text for p in source.body]


def test_word_draft_converts_like_a_text_release(tmp_path: Path) -> None:
    """A Word draft converts to text with the headline, dateline and paragraphs a text release would have."""
    out = tmp_path / "draft.txt"
    assert main(["convert", str(_draft(tmp_path / "draft.docx")), "--to", "txt", "-o", str(out)]) == 0
    back = text.read(out.read_bytes(), str(out))
    assert back.headline == "Library extends its opening hours"
    assert back.dateline.place == "ARNHEM"
    assert back.body[-1].text == "Readers asked for the change in last year's survey."


def test_word_draft_table_is_read_not_dropped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A table in a Word draft is read: its text ends up in the release or is named on stderr, never lost."""
    out = tmp_path / "draft.txt"
    assert main(["convert", str(_draft(tmp_path / "draft.docx")), "--to", "txt", "-o", str(out)]) == 0
    assert "Opening hours" in out.read_text(encoding="utf-8") + capsys.readouterr().err


@pytest.mark.parametrize("target", ["docx", "txt", "xml"])
def test_nitf_file_named_xml_converts(tmp_path: Path, target: str) -> None:
    """An NITF file named .xml is recognised by its content and converts to a note, text or Release XML."""
    wire = tmp_path / "wire.xml"
    wire.write_bytes(_WIRE)
    out = tmp_path / f"out.{target}"
    assert main(["convert", str(wire), "--to", target, "-o", str(out)]) == 0
    back = read_path(out)
    assert back.headline == "Ferry timetable changes for the winter"
    assert [p.text for p in back.body][-1] == "Bicycles travel free."


def test_broken_word_file_is_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A .docx that is not a Word document gets a message naming it, and no output file."""
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    out = tmp_path / "out.txt"
    assert main(["convert", str(bad), "--to", "txt", "-o", str(out)]) != 0
    assert "broken.docx" in capsys.readouterr().err
    assert not out.exists()
