"""Word drafts open like text releases; hostile or broken .docx files are refused before harm is done."""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from app.formats import docx_briefing, docx_draft, read_bytes, sniff, text
from app.formats.errors import FormatError
from app.formats.zipsafe import MAX_COMPRESSION_RATIO, MAX_PART_BYTES
from app.model import Contact, Dateline, Paragraph, Release, flat_boilerplate
from tests.formats.sample_releases import ARABIC, CHINESE, briefing_release

HEADLINE = "Harbour town opens a repair café for fishing gear"
PARAGRAPHS = [
    "PORTLAND BAY, 12 March 2024 - The harbour board opened a repair café on the quay today where crews can mend "
    "nets, lines and pots with donated tools instead of throwing them away.",
    "The board expects the café to keep four tonnes of gear out of the sea each year, and will publish how much "
    "was repaired every month.",
]
CONTACT = ["For more information, please contact:", "Ola Brennan", "Harbour Board", "ola.brennan@harbour.example.org"]


def _docx(build) -> bytes:  # type: ignore[no-untyped-def]
    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _draft(document: docx.document.Document) -> None:
    document.add_paragraph("PRESS RELEASE")  # letterhead above the title
    document.add_paragraph(HEADLINE, style="Title")
    for text_ in PARAGRAPHS:
        document.add_paragraph(text_)
    for line in CONTACT:
        document.add_paragraph(line)


def test_word_draft_reads_like_the_same_text_release() -> None:
    """A draft in Word gives the same fields and confidence marks as the same release in plain text."""
    release, warnings = docx_draft.read_with_warnings(_docx(_draft), "draft.docx")
    as_text = "\n\n".join([HEADLINE, *PARAGRAPHS, "\n".join(CONTACT)]) + "\n"
    expected = text.read(as_text.encode(), "draft.txt")
    unsure = 0.8  # the form's default mark

    def marks(r: object) -> dict[str, bool]:
        return {field: value < unsure for field, value in r.confidence.items()}  # type: ignore[attr-defined]

    assert replace(release, confidence={}) == replace(expected, confidence={})
    assert marks(release) == marks(expected)
    assert release.headline == HEADLINE
    assert release.dateline.place == "PORTLAND BAY"
    assert release.body[0].text.startswith("The harbour board opened")
    assert "ola.brennan@harbour.example.org" in [c.email for c in release.contacts]
    assert any("PRESS RELEASE" in w and "above the headline" in w for w in warnings)


def test_first_heading_is_the_headline_when_no_title_style() -> None:
    """Without a Title paragraph, the first heading is taken as the headline."""

    def build(document: docx.document.Document) -> None:
        document.add_heading(HEADLINE, level=1)
        for text_ in PARAGRAPHS:
            document.add_paragraph(text_)

    assert docx_draft.read(_docx(build), "draft.docx").headline == HEADLINE


def test_registry_opens_a_docx_as_a_draft() -> None:
    """Opening a .docx file reads it as a Word draft, whatever its name."""
    data = _docx(_draft)
    assert sniff(data, "whatever.bin").name == "docx"
    assert read_bytes(data, "whatever.bin").headline == HEADLINE


def _tiny_png() -> bytes:
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
        + chunk(b"IEND", b"")
    )


def test_tables_images_and_tracked_changes_are_reported() -> None:
    """What a release cannot hold (pictures, tracked changes) is named in warnings; a table's text is read."""

    def build(document: docx.document.Document) -> None:
        _draft(document)
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "Budget line"
        document.add_picture(io.BytesIO(_tiny_png()))
        para = document.add_paragraph("Nets are ")
        ins = para._p.makeelement(qn("w:ins"), {qn("w:id"): "1", qn("w:author"): "Ed"})
        ins.append(para.add_run("often ")._r)
        para._p.append(ins)
        deleted = para._p.makeelement(qn("w:del"), {qn("w:id"): "2", qn("w:author"): "Ed"})
        run = para.add_run()._r
        del_text = run.makeelement(qn("w:delText"), {})
        del_text.text = "never "
        run.append(del_text)
        deleted.append(run)
        para._p.append(deleted)
        para.add_run("mended.")

    draft, _ = docx_draft.read_draft(_docx(build), "draft.docx")
    assert "Nets are often mended." in [p.text for p in draft.paragraphs]
    release, warnings = docx_draft.read_with_warnings(_docx(build), "draft.docx")
    joined = " | ".join(warnings)
    # the table is read now (a layout table's cells are lines like any other): no warning, its text is kept
    assert "table(s) were left out" not in joined
    contact_fields = [v for c in release.contacts for v in (c.name, c.title, c.organisation) if v]
    assert "Budget line" in " ".join([*(p.text for p in release.body), *flat_boilerplate(release), *contact_fields,
                                      joined])
    assert "1 image(s)" in joined
    assert "tracked changes (1 insertion(s), 1 deletion(s))" in joined


def test_briefing_note_reads_back_with_headline_and_paragraphs() -> None:
    """A briefing note exported from a release opens again with its headline and every paragraph's text."""
    release = briefing_release()
    back, _ = docx_draft.read_with_warnings(docx_briefing.write(release), "note.docx")
    assert back.headline == release.headline
    assert sorted(p.text for p in back.body) == sorted(p.text for p in release.body)
    assert back.dateline.place == "VIENNA"
    assert back.photo_credits == release.photo_credits


@pytest.mark.parametrize("language", ["ar", "zh"])
def test_briefing_round_trip_in_other_scripts(language: str) -> None:
    """Arabic and Chinese releases survive the trip through a briefing note."""
    body = ARABIC if language == "ar" else CHINESE
    release = Release(
        language=language,
        headline=body[:20],
        dateline=Dateline(place="GENEVA"),
        body=[Paragraph(id="p1", text=body), Paragraph(id="p2", text=body[::-1])],
        contacts=[Contact(name="Rana Haddad", email="rana@example.org")],
    )
    back = docx_draft.read(docx_briefing.write(release), "note.docx")
    assert back.headline == release.headline
    assert [p.text for p in back.body] == [p.text for p in release.body]


# -- bad input ---------------------------------------------------------------------------------


def test_docx_that_is_not_a_zip_is_refused() -> None:
    """A .docx that is really text (or an old .doc) is refused with what to do."""
    with pytest.raises(FormatError) as caught:
        docx_draft.read(b"Dear editor, please find the release below.", "release.docx")
    message = str(caught.value)
    assert message.startswith("release.docx:")
    assert "not a ZIP package" in message
    assert "save the file from Word as .docx" in message


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, blob in parts.items():
            package.writestr(name, blob)
    return out.getvalue()


def test_zip_that_is_not_a_word_document_is_refused() -> None:
    """A ZIP of something else (photos, a spreadsheet) is refused as not a Word document."""
    with pytest.raises(FormatError) as caught:
        docx_draft.read(_zip({"photos/harbour.txt": b"not a picture"}), "photos.docx")
    assert "photos.docx" in str(caught.value)
    assert "not a Word document" in str(caught.value)


def _word_package(document_xml: bytes) -> bytes:
    rels = (
        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    return _zip({"_rels/.rels": rels, "word/document.xml": document_xml})


def _refuse_inflating(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a part was inflated before the sizes were checked")

    monkeypatch.setattr(zipfile.ZipFile, "open", refuse)


def test_zip_bomb_is_refused_by_its_compression_ratio_before_inflating(monkeypatch: pytest.MonkeyPatch) -> None:
    """A document part that inflates far beyond any real text is refused without inflating it."""
    data = _word_package(b"<w:document/>" + b" " * (4 * 2**20))  # 4 MiB of spaces squeeze to a few KB
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml")
    assert info.file_size / info.compress_size > MAX_COMPRESSION_RATIO
    _refuse_inflating(monkeypatch)
    with pytest.raises(FormatError) as caught:
        docx_draft.read(data, "bomb.docx")
    assert "bomb.docx" in str(caught.value)
    assert "compressed" in str(caught.value)


def test_part_declaring_a_huge_size_is_refused_before_inflating(monkeypatch: pytest.MonkeyPatch) -> None:
    """A part whose directory entry declares gigabytes is refused on the declaration alone."""
    data = bytearray(_word_package(b"<w:document/>"))
    # patch the uncompressed size in the central directory entry of word/document.xml
    entry = data.rindex(b"PK\x01\x02", 0, data.rindex(b"word/document.xml"))
    data[entry + 24 : entry + 28] = struct.pack("<I", 3 * 2**30)
    _refuse_inflating(monkeypatch)
    with pytest.raises(FormatError) as caught:
        docx_draft.read(bytes(data), "huge.docx")
    assert f"over {MAX_PART_BYTES // 2**20} MiB" in str(caught.value)
    assert "huge.docx" in str(caught.value)


def test_external_entities_in_a_part_are_refused(tmp_path: Path) -> None:
    """A document part that declares an external entity is refused and no local file is read."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    document_xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        "<w:p><w:r><w:t>&leak;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    with pytest.raises(FormatError) as caught:
        docx_draft.read(_word_package(document_xml), "leak.docx")
    message = str(caught.value)
    assert "leak.docx:word/document.xml" in message
    assert "entit" in message
    assert "TOP SECRET" not in message


def test_damaged_zip_is_refused() -> None:
    """A Word file cut short in a download is refused as damaged, with what to do."""
    data = _docx(_draft)
    with pytest.raises(FormatError) as caught:
        docx_draft.read(data[: len(data) // 2], "cut.docx")
    assert "cut.docx" in str(caught.value)
    assert "save it again" in str(caught.value)
