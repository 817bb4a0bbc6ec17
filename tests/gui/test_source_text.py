"""What the source view shows of a file: decoded as declared, line ends as XML counts them, big files capped."""

from __future__ import annotations

from pathlib import Path

from app.gui.folder_validation import source_text
from app.gui.folder_validation.source_text import decode_source, read_source


def test_declared_encoding_is_used() -> None:
    """A Latin-1 file that says so shows its accents."""
    shown = decode_source('<?xml version="1.0" encoding="ISO-8859-1"?>\n<r>café</r>'.encode("latin-1"))
    assert shown.text.endswith("<r>café</r>")
    assert not shown.problem
    assert not shown.note


def test_wrong_or_unknown_encoding_falls_back_to_utf8_with_a_note() -> None:
    """Bytes that are not what the file declares are shown as replacement marks, with a note saying so."""
    wrong = decode_source('<?xml version="1.0" encoding="UTF-8"?><r>café</r>'.encode("latin-1"))
    assert "\ufffd" in wrong.text
    assert "not valid" in wrong.note
    unknown = decode_source(b'<?xml version="1.0" encoding="klingon"?><r/>')
    assert unknown.encoding == "utf-8"
    assert unknown.text.endswith("<r/>")
    not_text = decode_source(b'<?xml version="1.0" encoding="base64"?><r/>')
    assert not_text.encoding == "utf-8"
    assert not not_text.problem


def test_utf16_with_a_byte_order_mark_is_text_not_binary() -> None:
    """A UTF-16 file is decoded, though its bytes are full of zeros."""
    shown = decode_source('<?xml version="1.0" encoding="UTF-16"?>\n<r>ü</r>'.encode("utf-16"))
    assert shown.text.endswith("<r>ü</r>")
    assert not shown.problem


def test_line_ends_count_as_xml_counts_them() -> None:
    """CR LF, a lone CR and a Unicode paragraph separator do not shift the line numbers."""
    shown = decode_source(b"<a>\r\n<b/>\r<c>\xe2\x80\xa9</c>\n</a>")
    assert shown.text.split("\n") == ["<a>", "<b/>", "<c>\u2424</c>", "</a>"]


def test_binary_and_empty_files() -> None:
    """Binary junk is refused with a reason; an empty file says it is empty."""
    assert "binary" in decode_source(bytes(range(256))).problem
    assert decode_source(b"").note == "The file is empty."


def test_a_big_file_is_cut_at_a_whole_line_with_a_note(monkeypatch) -> None:
    """Past the cap only whole lines are shown, and the note says how much of the file that is."""
    monkeypatch.setattr(source_text, "SHOWN_BYTES", 10)
    shown = decode_source(b"<a>\n<bb>\n<ccc>\n", 2**20)
    assert shown.text == "<a>\n<bb>\n"
    assert "Only the first" in shown.note


def test_missing_file_and_folder_are_explained(tmp_path: Path) -> None:
    """A file gone from the disk, a broken link and a folder each get a sentence, not an exception."""
    assert "not there" in read_source(tmp_path / "gone.xml").problem
    (tmp_path / "link.xml").symlink_to(tmp_path / "nowhere.xml")
    assert "not there" in read_source(tmp_path / "link.xml").problem
    assert "folder" in read_source(tmp_path).problem
