"""release-desk diff A B: the fields that differ, word by word; exit 0 same, 1 differ, 2 unreadable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.formats import nitf, release_xml, text
from app.model import Paragraph, Release


def _release(headline: str = "Library extends its opening hours", second: str = "Readers asked for it.") -> Release:
    return Release(id="library-2024", headline=headline, body=[
        Paragraph("p1", "The city library will open until ten in the evening."), Paragraph("p2", second)])


def test_different_releases_print_word_changes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Changed fields print with [-removed-] and {+added+} words, and the exit status is 1."""
    old, new = tmp_path / "old.release.xml", tmp_path / "new.release.xml"
    old.write_bytes(release_xml.write(_release()))
    new.write_bytes(release_xml.write(_release("Library extends its weekend hours", "Readers asked for it twice.")))
    assert main(["diff", str(old), str(new)]) == 1
    out = capsys.readouterr().out
    assert "headline (changed, +1 -1 words):\n    Library extends its [-opening-]{+weekend+} hours\n" in out
    assert "body[1] (changed, +1 -0 words):\n    Readers asked for it {+twice+}.\n" in out
    assert "body[0]" not in out


def test_same_release_in_two_formats_is_the_same(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A release and its NITF export compare as the same text: exit 0, nothing printed."""
    release = text.read(text.write(_release()))
    xml, wire = tmp_path / "a.release.xml", tmp_path / "b.nitf.xml"
    xml.write_bytes(release_xml.write(release))
    wire.write_bytes(nitf.write(release))
    code = main(["diff", str(xml), str(wire)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out == ""


def test_json_output_lists_fields_and_pieces(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints each changed field with its old and new text and the word pieces."""
    old, new = tmp_path / "old.txt", tmp_path / "new.release.xml"
    old.write_bytes(text.write(_release()))
    new.write_bytes(release_xml.write(text.read(text.write(_release(headline="Library extends its hours")))))
    assert main(["diff", str(old), str(new), "--json"]) == 1
    changes = json.loads(capsys.readouterr().out)
    assert [c["field"] for c in changes] == ["headline"]
    assert changes[0]["words_removed"] == 1
    assert {"op": "removed", "text": "opening "} in changes[0]["changes"]


def test_unreadable_file_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that cannot be read is exit 2 with a message naming it, not a traceback."""
    good, bad = tmp_path / "a.release.xml", tmp_path / "broken.release.xml"
    good.write_bytes(release_xml.write(_release()))
    bad.write_bytes(b"<release xmlns='urn:release-desk:release:1'><headline>")
    assert main(["diff", str(good), str(bad)]) == 2
    assert "broken.release.xml" in capsys.readouterr().err


def test_diff_is_a_subcommand_not_a_file_to_open(tmp_path: Path) -> None:
    """`release-desk diff A B` runs the comparison; it does not open the editor on files called diff, A, B."""
    a = tmp_path / "a.release.xml"
    a.write_bytes(release_xml.write(_release()))
    assert main(["diff", str(a), str(a)]) == 0


def test_a_submission_that_breaks_the_schema_is_compared_with_its_fix(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A release whose contact's e-mail is no address (it breaks the release schema) still diffs against the
    corrected one: the contact is the field that differs, exit 1, where it used to be "cannot be read"."""
    from app.formats import FormatError
    from app.model import Contact

    fixed = _release()
    fixed.contacts = [Contact(name="Ada Lind", email="ada.lind@library.example")]
    good = tmp_path / "fixed.release.xml"
    good.write_bytes(release_xml.write(fixed))
    bad = tmp_path / "submitted.release.xml"
    bad.write_bytes(good.read_bytes().replace(b"ada.lind@library.example", b"ada.lind at library"))
    with pytest.raises(FormatError, match="schema"):
        release_xml.read(bad.read_bytes(), "submitted.release.xml")  # the file does break the schema
    assert main(["diff", str(bad), str(good)]) == 1
    out = capsys.readouterr().out
    assert out == "contacts[0] (changed, +1 -1 words):\n    Ada Lind, ada.lind[-at-]{+@+}library{+.example+}\n"
