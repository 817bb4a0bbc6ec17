"""release-desk convert --to pdf: the release laid out for reading; --to briefing-pdf through LibreOffice."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from app.cli import main
from app.formats import read_path, release_xml
from app.model import Contact, Dateline, Paragraph, Release

PROJECT = Path(__file__).resolve().parent.parent
FIXTURES = PROJECT / "tests" / "fixtures" / "text"


@pytest.fixture(autouse=True)
def _widgets_app(qapp: object) -> None:
    """The command runs in this process here: the QApplication the GUI tests need exists first, so the
    command uses it instead of leaving a QGuiApplication, without widgets, behind for the tests after it.
    (Run as a command, `release-desk pdf` is its own process and starts its own.)"""
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


def _pdf_text(path: Path, *extra: str) -> str:
    out = subprocess.run(["pdftotext", *extra, str(path), "-"], capture_output=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFC", out.decode("utf-8")).split())


def _flat(value: str) -> str:
    return " ".join(value.split())


def _long_release() -> Release:
    body = [Paragraph(f"p{n}", f"Paragraph {n} of the timetable notice says the ferry sails at {n} o'clock "
                               "from the north pier, weather permitting, and returns an hour later. " * 3)
            for n in range(1, 25)]
    return Release(id="ferry", headline="Island ferry adds a winter crossing",
                   subheadline="Four sailings a day from October",
                   dateline=Dateline("KIRKWALL", None, "KIRKWALL, 1 October 2024 -"), body=body,
                   photo_credits="Port Trust", contacts=[Contact(name="Ines Halvorsen", email="ines@ferry.example")])


@needs_poppler
def test_pdf_has_headline_every_paragraph_and_page_numbers(tmp_path: Path) -> None:
    """The PDF holds the headline, the dateline, every paragraph and the contact, with a number on each page."""
    source = tmp_path / "ferry.release.xml"
    source.write_bytes(release_xml.write(_long_release()))
    out = tmp_path / "ferry.pdf"
    assert main(["convert", str(source), "--to", "pdf", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    pages = int(re.search(rb"/Count (\d+)", out.read_bytes()).group(1))  # type: ignore[union-attr]
    assert pages >= 2
    words: list[str] = []
    for page in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(out), "-"],
                              capture_output=True, check=True).stdout.decode().split()
        assert text[-1] == str(page)  # the page number at the foot
        words.extend(text[:-1])
    found = " ".join(words)
    release = _long_release()
    for piece in (release.headline, release.subheadline, "KIRKWALL, 1 October 2024 -", "Ines Halvorsen",
                  "ines@ferry.example", *(p.text for p in release.body)):
        assert _flat(piece) in found, piece


@needs_poppler
@pytest.mark.parametrize("name", ["zh_chengdu.txt", "ru_murmansk.txt", "fr_geneve.txt"])
def test_pdf_keeps_every_script(tmp_path: Path, name: str) -> None:
    """Chinese, Russian and French releases print with their own letters, every paragraph present."""
    out = tmp_path / "out.pdf"
    assert main(["convert", str(FIXTURES / name), "--to", "pdf", "-o", str(out)]) == 0
    release = read_path(FIXTURES / name)
    found = _pdf_text(out).replace(" ", "")
    for piece in (release.headline, *(p.text for p in release.body)):
        assert piece.replace(" ", "") in found, piece


def _arabic_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text)  # the PDF carries shaped letters (presentation forms)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[\W\d_]", " ", text).split()  # bidi marks, digits and punctuation are not words


@needs_poppler
def test_arabic_pdf_has_every_word(tmp_path: Path) -> None:
    """An Arabic release prints every word of its headline and paragraphs, and its phone number in order."""
    out = tmp_path / "out.pdf"
    assert main(["convert", str(FIXTURES / "ar_amman.txt"), "--to", "pdf", "-o", str(out)]) == 0
    release = read_path(FIXTURES / "ar_amman.txt")
    extracted = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True).stdout.decode()
    printed = set(_arabic_words(extracted))
    assert "+962 6 555 0147" in extracted  # a phone number in an Arabic release still reads left to right
    for piece in (release.headline, *(p.text for p in release.body)):
        # a word with a shadda comes out of pdftotext in two pieces: check the others
        wanted = [w for w in piece.split() if w.isalpha() and not any(unicodedata.combining(c) for c in w)]
        assert wanted
        assert [w for w in wanted if w not in printed] == [], piece


def _ink_columns(pdf: Path, tmp_path: Path) -> tuple[int, int, int]:
    """Leftmost and rightmost inked column above the page foot, and the page width, at 40 dpi."""
    subprocess.run(["pdftoppm", "-gray", "-r", "40", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(tmp_path / "page")], check=True)
    data = (tmp_path / "page.pgm").read_bytes()
    magic, width, height, _depth, pixels = data.split(maxsplit=4)
    assert magic == b"P5"
    width, height = int(width), int(height)
    inked = [x for y in range(int(height * 0.85)) for x in range(width) if pixels[y * width + x] < 128]
    return min(inked), max(inked), width


@needs_poppler
def test_arabic_release_is_set_from_the_right(tmp_path: Path) -> None:
    """A short Arabic release lines up on the right margin; the same in English lines up on the left."""
    widths = {}
    samples = (("ar", "افتتاح مركز", "مركز جديد للتدريب"), ("en", "A centre opens", "A new centre"))
    for language, headline, text in samples:
        source = tmp_path / f"{language}.release.xml"
        source.write_bytes(release_xml.write(Release(language=language, headline=headline,
                                                     body=[Paragraph("p1", text)])))
        out = tmp_path / f"{language}.pdf"
        assert main(["convert", str(source), "--to", "pdf", "-o", str(out)]) == 0
        widths[language] = _ink_columns(out, tmp_path)
    left, right, width = widths["ar"]
    assert left > width / 2
    assert right > width * 0.8
    left, right, width = widths["en"]
    assert left < width * 0.2
    assert right < width / 2


def test_pdf_is_made_without_a_display(tmp_path: Path) -> None:
    """The command line makes the PDF with no display and no window (a fresh process, no DISPLAY)."""
    source = tmp_path / "ferry.release.xml"
    source.write_bytes(release_xml.write(_long_release()))
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "app.cli", "convert", str(source), "--to", "pdf", "-o",
                           str(tmp_path / "out.pdf")], cwd=PROJECT, env=env, capture_output=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF-")


def test_briefing_pdf_without_libreoffice_says_what_to_install(tmp_path: Path, monkeypatch, capsys) -> None:
    """Without LibreOffice, --to briefing-pdf exits 2 and says what to install; no file is written."""
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    source = tmp_path / "ferry.release.xml"
    source.write_bytes(release_xml.write(_long_release()))
    assert main(["convert", str(source), "--to", "briefing-pdf", "-o", str(tmp_path / "note.pdf")]) == 2
    err = capsys.readouterr().err
    assert "LibreOffice is not installed" in err
    assert "libreoffice-writer" in err
    assert not (tmp_path / "note.pdf").exists()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler-utils is not installed")
def test_briefing_note_converts_to_pdf_through_libreoffice(tmp_path: Path) -> None:
    """--to briefing-pdf writes the briefing note as PDF, with the release's headline and paragraphs."""
    source = tmp_path / "ferry.release.xml"
    release = _long_release()
    release.body = release.body[:2]
    source.write_bytes(release_xml.write(release))
    out = tmp_path / "note.pdf"
    assert main(["convert", str(source), "--to", "briefing-pdf", "-o", str(out)]) == 0
    found = _pdf_text(out)
    assert release.headline in found
    assert "Paragraph 1 of the timetable notice" in found


@needs_poppler
def test_the_printed_release_starts_with_its_embargo_and_number(tmp_path: Path) -> None:
    """Whoever holds the print sees the embargo line and the release number above the headline."""
    source = PROJECT / "tests" / "fixtures" / "embargo" / "en_cet_press_release_no.txt"
    out = tmp_path / "embargoed.pdf"
    assert main(["convert", str(source), "--to", "pdf", "-o", str(out)]) == 0
    assert _pdf_text(out).startswith("EMBARGOED UNTIL 00:01 CET, 5 May 2021 Ref: 123/2021 Northwind Trust relights")
