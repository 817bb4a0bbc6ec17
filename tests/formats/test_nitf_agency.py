"""NITF as agencies really send it: every version 3.1-3.6, DOCTYPEs, encodings, subheads, lists, bylines.

The fixtures in tests/fixtures/nitf/ are stories we wrote in the shapes the feeds use.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.cli import main
from app.formats import nitf, read_path_with_warnings, sniff, text
from app.model import Release

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nitf"


def _read(name: str) -> tuple[Release, list[str]]:
    return nitf.read_with_warnings((FIXTURES / name).read_bytes(), name)


def _kinds(release: Release) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in release.body]


@pytest.mark.parametrize(("name", "headline", "language"), [
    ("nitf-3.1-doctype-latin1.xml", "Ferjekaia i Bodø åpner igjen", "nb-NO"),
    ("nitf-3.2-public-lists.xml", "Cykelstien langs havnen er færdig", "da"),
    ("nitf-3.3-utf16.xml", "Skärgårdsbåten går igen", "sv"),
    ("nitf-3.4.xml", "Library opens late on Thursdays", "en-GB"),
    ("nitf-3.5-doctype.xml", "Neue Fähre für die Insel", "de"),
    ("nitf-3.6-doctype-valid.xml", "Tram line reaches the airport", "en"),
])
def test_every_nitf_version_opens_with_its_headline_and_language(name: str, headline: str, language: str) -> None:
    """NITF 3.1 to 3.6, with or without a DOCTYPE, in Latin-1, UTF-8 or UTF-16, opens with headline and language."""
    release, _ = _read(name)
    assert release.headline == headline
    assert release.language == language
    assert release.body


def test_older_versions_are_named_in_a_warning() -> None:
    """An NITF 3.1 file says which version it was, and a 3.3 one too (its own namespace)."""
    assert any("NITF 3.1" in w for w in _read("nitf-3.1-doctype-latin1.xml")[1])
    assert any("NITF 3.3" in w for w in _read("nitf-3.3-utf16.xml")[1])


def test_subheads_byline_abstract_and_baselang_are_read() -> None:
    """Body subheads become subhead paragraphs, the byline keeps its title, a plain-text abstract is read,
    and baselang gives the language; empty paragraphs and the table are left out and said so."""
    release, warnings = _read("nitf-3.1-doctype-latin1.xml")
    assert _kinds(release) == [
        ("body", "Havnesjefen sa tirsdag at kaia er trygg igjen."),
        ("subhead", "Nye fortøyninger"),
        ("body", "Arbeiderne har skiftet alle fortøyningene på sørsiden."),
        ("subhead", "Rutetider"),
        ("body", "Første avgang går klokken sju."),
    ]
    assert release.byline == "Av Kari Nordmann, havnereporter"
    assert release.abstract == "Kaia har vært stengt i tre uker etter stormen."
    assert release.dateline.place == "BODØ"
    assert any("2 empty paragraph(s)" in w for w in warnings)
    assert any("<table>" in w and "not imported" in w for w in warnings)


def test_lists_become_list_items_and_enriched_text_is_listed() -> None:
    """ul and ol items (with or without p inside) are list items; em and a are named in a warning;
    &nbsp; from the DTD that is never loaded still reads as a space."""
    release, warnings = _read("nitf-3.2-public-lists.xml")
    assert _kinds(release) == [
        ("body", "Kommunen åbnede stien i weekenden. Den er tre kilometer lang."),
        ("body", "Stien har:"),
        ("list-item", "belysning hele vejen,"),
        ("list-item", "to nye broer og"),
        ("list-item", "bænke ved kajen."),
        ("list-item", "Første etape blev bygget i foråret."),
        ("list-item", "Anden etape blev bygget i sommer."),
        ("body", "Arbejdet kostede 12 millioner kroner."),
    ]
    assert release.byline == "Af Jens Hansen"
    assert any("<em> ×1" in w and "<a> ×1" in w for w in warnings)


def test_media_is_listed_and_the_printed_dateline_kept() -> None:
    """A photo in the body is listed as not imported; the dateline keeps its place and date."""
    release, warnings = _read("nitf-3.4.xml")
    assert release.subheadline == "A trial for the winter months"
    assert (release.dateline.place, release.dateline.date) == ("YORK", dt.date(2024, 1, 10))
    assert any("<media>" in w for w in warnings)
    assert [p.text for p in release.body] == ["The city library will stay open until nine on Thursday evenings.",
                                              "The trial runs until March."]


def test_ap_original_headline_is_not_a_subheadline() -> None:
    """AP's hl2 id="originalHeadline" repeating the headline does not become a subheadline."""
    release, _ = _read("ap-original-headline.xml")
    assert release.subheadline is None
    assert release.byline == "By TOM BAKER"


def test_efe_timestamp_dateline_is_a_date() -> None:
    """EFE's dateline 20170102T222800+0000 reads as the date 2 January 2017, not as printed text."""
    release, _ = _read("efe-timestamp-dateline.xml")
    assert release.dateline.date == dt.date(2017, 1, 2)
    assert release.dateline.text is None
    assert release.language == "es"


def test_nyt_lead_paragraph_is_read_once() -> None:
    """The NYT lead_paragraph block, repeated at the top of full_text, is read once."""
    release, warnings = _read("nyt-lead-paragraph.xml")
    assert [p.text for p in release.body] == [
        "Ferries returned to the East River yesterday after a two-year pause.",
        "The first boat left at 7 a.m. with forty riders."]
    assert release.abstract == "Ferry service resumes on the East River after two years."
    assert any("lead paragraph" in w for w in warnings)


def test_utf16_nitf_is_sniffed_as_nitf() -> None:
    """A UTF-16 file with a byte-order mark is recognised as NITF, whatever its name."""
    data = (FIXTURES / "nitf-3.3-utf16.xml").read_bytes()
    assert data.startswith(b"\xff\xfe")
    assert sniff(data, "story.txt").name == "nitf"
    release, _ = read_path_with_warnings(FIXTURES / "nitf-3.3-utf16.xml")
    assert release.byline == "Av Eva Lind"


def test_convert_reads_a_utf16_nitf_as_nitf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`convert` of a UTF-16 NITF writes its headline, not the XML declaration, and names the file once per warning."""
    out = tmp_path / "story.txt"
    assert main(["convert", str(FIXTURES / "nitf-3.3-utf16.xml"), "--to", "txt", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("Skärgårdsbåten går igen\n")
    err = capsys.readouterr().err.splitlines()
    assert err
    for line in err:
        assert line.count("nitf-3.3-utf16.xml") == 1, line


def test_convert_of_a_doctype_nitf_succeeds(tmp_path: Path) -> None:
    """A DTD-based NITF with a DOCTYPE converts (exit 0) to NITF 3.6 with its subheads kept."""
    out = tmp_path / "story.xml"
    assert main(["convert", str(FIXTURES / "nitf-3.1-doctype-latin1.xml"), "--to", "nitf", "-o", str(out)]) == 0
    back = nitf.read(out.read_bytes(), "story.xml")
    assert [p.kind for p in back.body].count("subhead") == 2
    assert back.byline == "Av Kari Nordmann, havnereporter"


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.xml")))
def test_reading_changes_nothing_in_the_parsed_story(name: str) -> None:
    """The NITF reader only reads (a NewsML-G2 item's inline story is read where it stands, not copied first):
    the parsed tree is byte for byte the same after reading it."""
    from lxml import etree

    from app.formats.nitf_read import read_element
    from app.formats.safexml import parse_bytes

    tree = parse_bytes((FIXTURES / name).read_bytes(), name)
    before = etree.tostring(tree)
    read_element(tree.getroot(), name)
    assert etree.tostring(tree) == before


def test_a_tag_inside_another_keeps_its_meaning_and_nothing_goes_unsaid() -> None:
    """Agencies nest inline markup: a name set in italics, a place inside an organisation's name, emphasis
    inside a name. Every tag that marks a person, organisation or place is kept, nested or not; every tag
    whose meaning the model has no place for is counted in the warning, nested or not."""
    story = (b'<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><title>Pier</title></head><body><body.head>'
             b"<hedline><hl1>New pier</hl1></hedline></body.head><body.content>\n"
             b"<p>Said <em><person>Ada  Lind</person></em> of <org>The <location>Bergen</location>\n"
             b"   Harbour Board</org> on Monday.</p>\n"
             b"<p>Met <person><em>Ada</em> Lind</person> and <q>the <b>whole</b> board</q>.</p>\n"
             b"</body.content></body></nitf>\n")
    release, warnings = nitf.read_with_warnings(story, "pier.xml")
    first, second = release.body
    assert first.text == "Said Ada Lind of The Bergen Harbour Board on Monday."
    assert [(e.kind, first.text[e.start : e.end]) for e in first.entities] == [
        ("person", "Ada Lind"), ("organisation", "The Bergen Harbour Board"), ("place", "Bergen")]
    assert second.text == "Met Ada Lind and the whole board."
    assert [(e.kind, second.text[e.start : e.end]) for e in second.entities] == [("person", "Ada Lind")]
    enriched = next(w for w in warnings if "enriched text" in w)
    assert "<em> ×2" in enriched
    assert "<q> ×1" in enriched
    assert "<b> ×1" in enriched
    # written back, the place inside the organisation's name is still there
    again, _ = nitf.read_with_warnings(nitf.write(release), "again.xml")
    assert [(e.kind, e.start, e.end) for e in again.body[0].entities] == [
        (e.kind, e.start, e.end) for e in first.entities]


def _story_with_lead(lead: bytes, location: bytes = b"<location><city>BERGEN</city>, Norway</location>") -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><title>Pier</title>'
            b'<docdata><date.issue norm="20260303T090000Z"/></docdata></head><body><body.head>'
            b"<hedline><hl1>New pier opens</hl1></hedline><dateline>" + location + b"</dateline></body.head>"
            b"<body.content>\n<p>" + lead + b"The new pier opened on Monday, said <person>Ada Lind</person> of the"
            b" harbour board.</p>\n<p>Boats berth there from May.</p>\n</body.content></body></nitf>\n")


def test_the_dateline_printed_in_the_first_paragraph_is_not_printed_twice() -> None:
    """An agency story whose first paragraph opens with the dateline ("BERGEN, Norway (HNS) — ...") and whose
    head names the place: the printed dateline becomes the release's, the paragraph starts with its own words,
    its tags stay on their names, and the text export prints the dateline once."""
    release, _ = nitf.read_with_warnings(_story_with_lead("BERGEN, Norway (HNS) — ".encode()), "pier.xml")
    first = release.body[0]
    assert first.text.startswith("The new pier opened on Monday")
    assert [first.text[e.start : e.end] for e in first.entities] == ["Ada Lind"]
    assert (release.dateline.place, release.dateline.date) == ("BERGEN", dt.date(2026, 3, 3))
    assert release.dateline.text == "BERGEN, Norway (HNS) —"
    exported = text.write(release).decode()
    assert exported.count("BERGEN") == 1
    assert "The new pier opened on Monday" in exported


def test_a_first_paragraph_naming_another_place_keeps_its_words() -> None:
    """A lead that opens with another place than the head's dateline, or with a place alone, is the story's own
    text, and stays in the paragraph."""
    other, _ = nitf.read_with_warnings(_story_with_lead("OSLO (HNS) — ".encode()), "pier.xml")
    assert other.body[0].text.startswith("OSLO (HNS) — The new pier")
    bare, _ = nitf.read_with_warnings(_story_with_lead(b"", b"<location><city>BERGEN</city></location>"), "p.xml")
    assert bare.body[0].text.startswith("The new pier opened")
