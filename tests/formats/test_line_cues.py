"""The importer's quick checks give the answers of the full patterns they stand in front of: a line that
holds a photo credit or a wire tag is never missed because a cheaper test looked at it first."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.formats.textparse import lines as cues

RELEASES = Path(__file__).resolve().parents[2] / "resources" / "importer" / "releases" / "raw"

# one line per alternative of the two patterns, in the cases releases print them
MADE_UP = [
    "Photo credit: Harbour Board", "PHOTOGRAPHS BY KARI NORDMANN", "Featured image courtesy of the city",
    "Top picture by Ada Lind.", "Crédit photo : Ville de Lyon", "CRÉDITS PHOTOGRAPHIQUES: Musée", "Photo: A. Lind",
    "FOTO: Kommune", "Crédito de la foto: Ayuntamiento", "ФОТО: Пресс-служба", "Фото — пресс-служба", "الصورة: البلدية",
    "图片来源：市政府", "摄影：林海", "Fotografia: Câmara", "Fot. Jan Nowak", "Bild: Stadt Wien", "Kuva: Kaupunki",
    "写真：市役所", "Photo © City Hall", "FOTO (c) Kommune", "© 2026 Harbour Board", "The ferry. Photo credit: X",
    "（图|林海）", "（文/图｜林海）", "林海 供图", "林海 摄）",
    "(BUSINESS WIRE) -- The board", "--News Direct--", "PRNewswire", "GLOBE NEWSWIRE", "ACCESSWIRE", "Newsworthy",
    "Marketwired", "Presswire", "PRWeb", "Newsfile Corp.", "NewMediaWire", "the wire service", "(AP) -", "AFP",
    "Reuters reported", "/PRN/", "a wire", "İMAGE CREDIT: Belediye",
    "No credit in this line at all", "The apple harbour reopened", "Happy news for the island",
]


def _lines() -> list[str]:
    found = [line.strip() for path in sorted(RELEASES.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(found) > 500  # the labelled releases are there: this test reads them
    return found + MADE_UP


@pytest.mark.parametrize("line", MADE_UP)
def test_each_kind_of_credit_and_wire_tag_is_still_found(line: str) -> None:
    """Each way of printing a credit or a wire tag is found as before (and the plain lines are not)."""
    plain = line.startswith(("No credit", "The apple", "Happy news"))
    assert (cues.photo_credit(line) is None and not cues.has_wire(line)) == plain


def test_the_quick_checks_agree_with_the_full_patterns_on_every_line() -> None:
    """Wherever a full pattern finds a credit or a wire tag, on every line of our releases and the lines
    above, the quick check in front of it lets the line through."""
    for line in _lines():
        if cues.PHOTO_CREDIT.search(line):
            assert cues._PHOTO_WORDS.search(line), line
        if cues._CJK_CREDIT.search(line):
            assert "图" in line or "摄" in line, line
        if cues._WIRE.search(line):
            assert cues._WIRE_WORDS.search(line), line
