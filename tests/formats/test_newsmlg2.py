"""NewsML-G2 2.35: what Release Desk writes validates (inline NITF checked too) and reads back unchanged."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from app.cli import main
from app.formats import newsmlg2, read_path, sniff, text
from app.formats.errors import FormatError
from app.model import Contact, Dateline, Entity, Paragraph, Release
from app.paths import resources_dir, schemas_dir
from app.validation.validator import load_xsd
from tests.strategies import releases

TESTS = Path(__file__).resolve().parent.parent
G = {"g": newsmlg2.NAR, "n": "http://iptc.org/std/NITF/2006-10-18/"}


@functools.cache
def _driver() -> etree.XMLSchema:
    # NewsML-G2 2.35 and NITF 3.6 together: inlineXML is lax, so the NITF is checked only when both are known
    return load_xsd(schemas_dir() / "iptc" / "newsml-g2-with-nitf.xsd")


def _assert_valid(data: bytes) -> None:
    schema = _driver()
    assert schema.validate(etree.fromstring(data)), schema.error_log


def _tagged() -> Release:
    body = "Mayor Ada Lind opened the ferry line in Bergen."
    return Release(
        id="ferry-2024", language="nb", headline="Ferry line opens", subheadline="Boats every hour",
        byline="By Kari Nordmann, Harbour Correspondent",
        dateline=Dateline(place="BERGEN", date=dt.date(2024, 5, 20), text="BERGEN, 20 May 2024 -"),
        abstract="A new ferry line links the islands.",
        body=[Paragraph("p1", body, [Entity("e1", "person", 6, 14, name="Ada Lind", ref="people:lind"),
                                     Entity("e2", "place", 40, 46, ref="geo:bergen")]),
              Paragraph("p2", "Timetable", kind="subhead"),
              Paragraph("p3", "First boat at seven.", kind="list-item")],
        photo_credits="Harbour Office", keywords=["ferry"], subjects=["subj:transport"],
        contacts=[Contact(name="Press office", email="press@example.org", phone="+47 55 00 00 00")],
        created=dt.datetime(2024, 5, 20, 9, 0, tzinfo=dt.UTC),
    )


def test_a_tagged_release_becomes_a_news_item_with_its_metadata() -> None:
    """Headline, subheadline, byline, dateline, place, language, subjects and tagged names are in contentMeta."""
    data = newsmlg2.write(_tagged())
    _assert_valid(data)
    root = etree.fromstring(data)
    meta = root.find("g:contentMeta", G)
    assert root.get("standardversion") == "2.35"
    assert [h.text for h in meta.findall("g:headline", G)] == ["Ferry line opens", "Boats every hour"]
    assert meta.findtext("g:by", namespaces=G) == "By Kari Nordmann, Harbour Correspondent"
    assert meta.findtext("g:dateline", namespaces=G) == "BERGEN, 20 May 2024 -"
    assert meta.findtext("g:located/g:name", namespaces=G) == "BERGEN"
    assert meta.find("g:language", G).get("tag") == "nb"
    subjects = [(s.get("type"), s.get("qcode"), s.findtext("g:name", namespaces=G))
                for s in meta.findall("g:subject", G)]
    assert subjects == [(None, "subj:transport", None), ("cpnat:person", "people:lind", "Ada Lind"),
                        ("cpnat:geoArea", "geo:bergen", "Bergen")]
    contact = meta.find("g:contributor", G)
    assert contact.findtext("g:personDetails/g:contactInfo/g:email", namespaces=G) == "press@example.org"
    nitf = root.find("g:contentSet/g:inlineXML/n:nitf", G)
    assert nitf.find("n:body/n:body.content/n:hl2", G).text == "Timetable"
    assert nitf.find("n:body/n:body.content/n:ul/n:li", G).text == "First boat at seven."


def test_a_tagged_release_reads_back_unchanged() -> None:
    """Write then read gives the same release, field for field."""
    release = _tagged()
    back, warnings = newsmlg2.read_with_warnings(newsmlg2.write(release), "item.xml")
    assert warnings == []
    assert back == release


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(release=releases())
def test_any_release_validates_and_round_trips(release: Release) -> None:
    """Any release written as NewsML-G2 validates against 2.35 with its NITF and reads back unchanged."""
    data = newsmlg2.write(release)
    _assert_valid(data)
    # a contact with no field at all has nothing to write (as in NITF); every other field comes back
    release.contacts = [c for c in release.contacts if any(v is not None for v in dataclasses.astuple(c))]
    assert newsmlg2.read(data, "item.xml") == release


def test_a_reference_that_only_looks_like_a_code_is_written_as_a_literal() -> None:
    """A tag whose vocabulary id is "0:" (a scheme with no code) is kept as a literal, and the item validates."""
    release = text.read((TESTS / "fixtures" / "text").glob("*.txt").__next__().read_bytes(), "r.txt")
    paragraph = next(p for p in release.body if len(p.text) > 8)
    paragraph.add_entity(Entity("e-odd", "organisation", 0, 5, ref="0:"))
    data = newsmlg2.write(release)
    _assert_valid(data)
    assert b'literal="0:"' in data


@pytest.mark.parametrize("path", [resources_dir() / "examples" / "unido-shenzhen.txt",
                                  *sorted((TESTS / "fixtures" / "text").glob("*.txt"))], ids=lambda p: p.name)
def test_the_example_and_every_release_fixture_validate(path: Path) -> None:
    """The bundled example and every text fixture, imported and written as NewsML-G2, validate and read back."""
    release = text.read(path.read_bytes(), path.name)
    data = newsmlg2.write(release)
    _assert_valid(data)
    assert newsmlg2.read(data) == release


@pytest.mark.parametrize("name", sorted(p.name for p in (TESTS / "fixtures" / "nitf").glob("*.xml")))
def test_every_nitf_fixture_converts_to_a_valid_item(name: str) -> None:
    """Each agency-shaped NITF fixture, written as NewsML-G2, validates with its inline NITF."""
    release = read_path(TESTS / "fixtures" / "nitf" / name)
    data = newsmlg2.write(release)
    _assert_valid(data)
    assert newsmlg2.read(data) == release


def test_iptc_text_sample_reads(shared_dir: Path) -> None:
    """IPTC's NewsML-G2 text document opens: headline, byline from its NITF, place, language and subjects."""
    data = (shared_dir / "standards" / "newsml-g2" / "samples" / "LISTING_2_NewsML-G2_Text_Document.xml").read_bytes()
    assert sniff(data, "item.xml").name == "newsmlg2"
    release, _ = newsmlg2.read_with_warnings(data, "item.xml")
    assert release.headline.startswith("Fed to halt QE")
    assert release.byline is not None
    assert "Staff Reporter" in release.byline
    assert release.language == "en-US"
    assert release.dateline.place == "New York, NY"
    assert "medtop:04000000" in release.subjects
    assert len(release.body) == 2


_XHTML_ITEM = b"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:bridge-7" version="2"
          standard="NewsML-G2" standardversion="2.35" xml:lang="fr">
  <itemMeta><itemClass qcode="ninat:text"/><provider literal="Ville"/>
    <versionCreated>2024-03-01T10:00:00Z</versionCreated></itemMeta>
  <contentMeta>
    <located><name>NANTES</name></located>
    <language tag="fr"/>
    <subject qcode="medtop:20000263"><name>transport</name></subject>
    <headline>Le pont rouvre lundi</headline>
    <by>Par Lucie Martin</by>
  </contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml">
    <html xmlns="http://www.w3.org/1999/xhtml"><body>
      <p>Le pont rouvre lundi matin.</p><h2>Travaux</h2><ul><li>Nouveau garde-corps</li></ul>
    </body></html>
  </inlineXML></contentSet>
</newsItem>"""


def test_an_item_with_an_xhtml_body_reads() -> None:
    """Someone else's item with an XHTML body gives headline, byline, place, language, subjects and paragraphs."""
    release = newsmlg2.read(_XHTML_ITEM, "pont.xml")
    assert (release.headline, release.byline, release.language) == ("Le pont rouvre lundi", "Par Lucie Martin", "fr")
    assert release.dateline.place == "NANTES"
    assert release.subjects == ["medtop:20000263"]
    assert [(p.kind, p.text) for p in release.body] == [("body", "Le pont rouvre lundi matin."),
                                                        ("subhead", "Travaux"), ("list-item", "Nouveau garde-corps")]
    assert release.id == "example-bridge-7"


def test_a_package_is_refused_with_a_clear_message() -> None:
    """A NewsML-G2 package (not a news item) is refused, naming the file and what it is."""
    data = _XHTML_ITEM.replace(b"<newsItem", b"<packageItem").replace(b"</newsItem>", b"</packageItem>")
    assert sniff(data, "pkg.xml").name == "newsmlg2"  # not mistaken for a native file
    with pytest.raises(FormatError) as caught:
        newsmlg2.read(data, "pkg.xml")
    assert "pkg.xml" in str(caught.value)
    assert "packageItem" in str(caught.value)


def test_convert_to_newsmlg2_and_back(tmp_path: Path) -> None:
    """`convert --to newsmlg2` writes a valid item; converting it to native XML keeps the headline and byline."""
    out = tmp_path / "item.xml"
    source = TESTS / "fixtures" / "nitf" / "nitf-3.6-doctype-valid.xml"
    assert main(["convert", str(source), "--to", "newsmlg2", "-o", str(out)]) == 0
    _assert_valid(out.read_bytes())
    back = tmp_path / "back.release.xml"
    assert main(["convert", str(out), "--to", "xml", "-o", str(back)]) == 0
    release = read_path(back)
    assert release.headline == "Tram line reaches the airport"
    assert release.byline == "By Maria Lopez, Transport Correspondent"


_TOPICS_ITEM = b"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:harbour-3" version="1"
          standard="NewsML-G2" standardversion="2.35" xml:lang="en">
  <itemMeta><itemClass qcode="ninat:text"/><provider literal="Port"/>
    <versionCreated>2024-06-01T08:00:00Z</versionCreated></itemMeta>
  <contentMeta>
    <subject type="cpnat:abstract" qcode="medtop:04000000"><name>economy</name></subject>
    <subject type="cpnat:event" qcode="ev:regatta-2024"><name>Summer regatta</name></subject>
    <subject type="cpnat:object" qcode="obj:crane-9"><name>Crane nine</name></subject>
    <subject qcode="subj:shipping"/>
    <subject type="cpnat:person" qcode="people:holm"><name>Tove Holm</name></subject>
    <subject type="cpnat:organisation" qcode="org:port"><name>Port authority</name></subject>
    <subject type="cpnat:geoArea" qcode="geo:tromso"><name>Tromso</name></subject>
    <subject type="cpnat:poi" qcode="poi:quay-4"><name>Quay four</name></subject>
    <headline>New crane at the harbour</headline>
  </contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml">
    <html xmlns="http://www.w3.org/1999/xhtml"><body><p>The crane lifts forty tonnes.</p></body></html>
  </inlineXML></contentSet>
</newsItem>"""


def test_topic_event_and_object_subjects_of_an_item_are_kept(tmp_path: Path) -> None:
    """`convert` of someone else's item keeps its Media Topic, event and object subjects (typed cpnat:abstract,
    cpnat:event, cpnat:object) as subjects; people, organisations, places and points of interest are names, not
    subjects."""
    source = tmp_path / "harbour.xml"
    source.write_bytes(_TOPICS_ITEM)
    out = tmp_path / "harbour.release.xml"
    assert main(["convert", str(source), "--to", "xml", "-o", str(out)]) == 0
    assert read_path(out).subjects == ["medtop:04000000", "ev:regatta-2024", "obj:crane-9", "subj:shipping"]


def test_topics_of_a_tagged_release_survive_a_round_trip_through_an_item() -> None:
    """A release with a topic tag and a Media Topic subject, written as an item and read back, keeps the subject
    once and the tag as a tag (not turned into a second subject)."""
    release = _tagged()
    release.subjects = ["medtop:04000000"]
    release.body[0].entities.append(Entity("e3", "topic", 15, 21, ref="medtop:20000263"))
    back = newsmlg2.read(newsmlg2.write(release))
    assert back.subjects == ["medtop:04000000"]
    assert ("topic", "medtop:20000263") in [(e.kind, e.ref) for e in back.body[0].entities]


def test_iptc_news_item_keeps_its_media_topics(shared_dir: Path, tmp_path: Path) -> None:
    """IPTC's first NewsML-G2 listing (two Media Topics typed cpnat:abstract) converts with both subjects."""
    source = shared_dir / "standards" / "newsml-g2" / "samples" / "LISTING_1_A_NewsML-G2_News_Item.xml"
    out = tmp_path / "listing1.xml"
    assert main(["convert", str(source), "--to", "xml", "-o", str(out)]) == 0
    assert read_path(out).subjects == ["medtop:04000000", "medtop:20000523"]


def test_an_item_whose_subjects_are_in_its_inline_nitf_keeps_them() -> None:
    """Someone else's item with no subject in contentMeta but subject codes in its inline NITF's tobject keeps
    those."""
    item = b"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:regatta-1" version="1"
          standard="NewsML-G2" standardversion="2.35">
  <itemMeta><itemClass qcode="ninat:text"/><provider literal="Club"/>
    <versionCreated>2024-06-01T08:00:00Z</versionCreated></itemMeta>
  <contentMeta><headline>Regatta at noon</headline></contentMeta>
  <contentSet><inlineXML contenttype="application/nitf+xml">
    <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><head><tobject>
      <tobject.subject tobject.subject.refnum="15000000"/></tobject></head>
      <body><body.content><p>The regatta starts at noon.</p></body.content></body></nitf>
  </inlineXML></contentSet>
</newsItem>"""
    release = newsmlg2.read(item, "regatta.xml")
    assert release.subjects == ["subj:15000000"]
    assert release.id == "example-regatta-1"
