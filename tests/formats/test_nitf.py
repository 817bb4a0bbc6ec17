"""NITF 3.6: what Release Desk writes validates and reads back; IPTC's own samples open."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from app.formats import nitf, read_bytes, sniff
from app.formats.errors import FormatError
from app.model import Contact, Dateline, Entity, Paragraph, Release
from tests.strategies import releases

N = {"n": nitf.NS}


@functools.cache
def _schema(shared: Path) -> etree.XMLSchema:
    # The official schema stays in ../shared (its licence forbids modified copies);
    # it resolves xml.xsd and the ruby include from its own folder.
    return etree.XMLSchema(etree.parse(str(shared / "standards" / "nitf" / "schema" / "nitf-3-6.xsd")))


def _assert_valid(data: bytes, shared: Path) -> None:
    schema = _schema(shared)
    assert schema.validate(etree.fromstring(data)), schema.error_log


def _sample() -> Release:
    text = "Director General LI Yong opened the Green Forum of UNIDO in Shenzhen under the SCPP on climate."
    return Release(
        id="unido-2019-04",
        language="en",
        headline="UNIDO opens green manufacturing forum",
        subheadline="Partnership to cut factory emissions",
        dateline=Dateline(place="SHENZHEN", date=dt.date(2019, 4, 24), text="SHENZHEN, 24 April 2019 -"),
        body=[
            Paragraph(
                id="p1",
                text=text,
                entities=[
                    Entity("e1", "person", 17, 24, name="Li Yong", ref="unido:li-yong"),
                    Entity("e2", "event", 36, 47),
                    Entity("e3", "organisation", 51, 56),
                    Entity("e4", "place", 60, 68),
                    Entity("e5", "initiative", 79, 83),
                    Entity("e6", "topic", 87, 94),
                ],
            ),
            Paragraph(id="p2", text="Key: 1,500 factories will draw up plans.", key=True),
        ],
        keywords=["green industry", "Shenzhen"],
        contacts=[
            Contact(
                name="Anna Berger",
                title="Media Officer",
                organisation="UNIDO",
                email="a.berger@unido.example.org",
                phone="+43 1 26026 0000",
            ),
            Contact(organisation="Shenzhen Municipal Government", email="press@sz.example.cn"),
        ],
    )


def test_written_nitf_validates_against_the_official_schema(shared_dir: Path) -> None:
    """An exported NITF file passes IPTC's NITF 3.6 schema."""
    _assert_valid(nitf.write(_sample()), shared_dir)


def test_tags_become_nitf_inline_elements() -> None:
    """People, organisations, places and events are marked the way NITF readers expect."""
    root = etree.fromstring(nitf.write(_sample()))
    p1 = root.find("n:body/n:body.content/n:p", N)
    kinds = {etree.QName(el).localname: el for el in p1}
    assert kinds["person"].text == "LI Yong"
    assert kinds["person"].get("value") == "Li Yong"
    assert kinds["org"].text == "UNIDO"
    assert kinds["location"].text == "Shenzhen"
    assert kinds["event"].text == "Green Forum"
    assert [(c.get("type"), c.text) for c in p1.findall("n:classifier", N)] == [
        ("initiative", "SCPP"),
        ("topic", "climate"),
    ]
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert [k.get("key") for k in root.findall("n:head/n:docdata/n:key-list/n:keyword", N)] == [
        "green industry",
        "Shenzhen",
    ]
    assert root.findtext("n:body/n:body.head/n:dateline/n:location", namespaces=N) == "SHENZHEN"
    assert root.find("n:body/n:body.head/n:dateline/n:story.date", N).get("norm") == "20190424T000000"


def test_contacts_go_to_the_tagline() -> None:
    """The press contact ends the story in body.end/tagline, with e-mail and phone as links."""
    root = etree.fromstring(nitf.write(_sample()))
    tagline = root.find("n:body/n:body.end/n:tagline", N)
    assert tagline.findtext("n:person", namespaces=N) == "Anna Berger"
    hrefs = [a.get("href") for a in tagline.findall("n:a", N)]
    assert hrefs == ["mailto:a.berger@unido.example.org", "tel:+431260260000", "mailto:press@sz.example.cn"]


def test_sample_release_reads_back_unchanged() -> None:
    """A release exported to NITF opens again with the same fields."""
    release = _sample()
    release.check()
    back, warnings = nitf.read_with_warnings(nitf.write(release), "out.nitf")
    assert warnings == []
    assert back == release



def _comparable(release: Release) -> dict[str, object]:
    """The parts NITF carries; comments, status and timestamps have no NITF slot (an empty subject says nothing)."""
    contacts = [c for c in release.contacts if any(v is not None for v in dataclasses.astuple(c))]
    body = [
        dataclasses.replace(p, entities=sorted(p.entities, key=lambda e: (e.start, -e.end, e.id))) for p in release.body
    ]
    return {
        "id": release.id,
        "language": release.language,
        "headline": release.headline,
        "headline_tags": sorted(release.headline_entities, key=lambda e: (e.start, -e.end, e.id)),
        "subheadline": release.subheadline,
        "byline": release.byline,
        "dateline": release.dateline,
        "abstract": release.abstract,
        "body": body,
        "contacts": contacts,
        "keywords": release.keywords,
        "subjects": [s for s in release.subjects if s],
        "photo_credits": release.photo_credits,
        "boilerplate": release.boilerplate,
        "reference": release.reference,
        # NITF's norm has whole seconds
        "embargo": None if release.embargo is None else dataclasses.replace(
            release.embargo, when=release.embargo.when.replace(microsecond=0)),
    }


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(release=releases())
def test_round_trip_keeps_headline_dateline_paragraphs_tags_and_contacts(release: Release, shared_dir: Path) -> None:
    """Any release exported to NITF validates and opens again with the same text, tags and contacts."""
    data = nitf.write(release)
    _assert_valid(data, shared_dir)
    back, warnings = nitf.read_with_warnings(data, "out.nitf")
    assert warnings == []
    assert _comparable(back) == _comparable(release)


def test_iptc_samples_import(shared_dir: Path) -> None:
    """IPTC's NITF examples (3.6 and 3.5) open, with a warning for the older version."""
    samples = shared_dir / "standards" / "nitf" / "samples"
    r36, w36 = nitf.read_with_warnings((samples / "nitf-example-3.6.xml").read_bytes(), "3.6.xml")
    assert r36.headline == "Astronauts take spacewalk No. 3 after suit snag"
    assert r36.dateline.place == "CAPE CANAVERAL"
    assert any(e.kind == "person" and r36.body[1].entity_text(e) == "Vinnie Tripodi" for e in r36.body[1].entities)
    assert not any("version" in w or "NITF 3." in w for w in w36)
    r35, w35 = nitf.read_with_warnings((samples / "nitf-example-3.5-fishing.xml").read_bytes(), "3.5.xml")
    assert r35.keywords == ["fishing", "lures", "tides"]
    assert r35.body
    assert r35.headline
    assert any("NITF 3.5" in w for w in w35)


_NO_NAMESPACE = b"""<?xml version="1.0"?>
<nitf>
  <head><docdata><key-list><keyword key="ports"/></key-list></docdata></head>
  <body>
    <body.head><hedline><hl1>Harbour  reopens
      after storm</hl1></hedline></body.head>
    <body.content>
      <p>The <org>Port Authority</org> said
         the harbour was open again.</p>
    </body.content>
  </body>
</nitf>"""


def test_nitf_without_namespace_opens_with_a_warning() -> None:
    """An agency's NITF without the namespace opens, and the editor is told it was unusual."""
    release, warnings = nitf.read_with_warnings(_NO_NAMESPACE, "wire.xml")
    assert release.headline == "Harbour reopens after storm"
    para = release.body[0]
    assert para.text == "The Port Authority said the harbour was open again."
    assert [(e.kind, para.entity_text(e)) for e in para.entities] == [("organisation", "Port Authority")]
    assert any("no namespace" in w for w in warnings)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (
            b'<nitf version="-//IPTC//DTD NITF 2.5//EN"><body><body.content><p>x</p></body.content></body></nitf>',
            "NITF 2.5",
        ),
        (b'<nitf xmlns="http://example.org/not-nitf"><body/></nitf>', "namespace http://example.org/not-nitf"),
        (b"<nitf><head/><body/></nitf>", "neither a headline"),
        (b"<nitf><body><p>unclosed</body></nitf>", "not well-formed"),
        (b'<!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]><nitf><body>&x;</body></nitf>', "entit"),
    ],
    ids=["other-major-version", "foreign-namespace", "nothing-to-read", "broken-xml", "external-entity"],
)
def test_unreadable_nitf_is_refused_with_a_clear_message(data: bytes, words: str) -> None:
    """An NITF file Release Desk cannot use is refused with a message naming the file and the problem."""
    with pytest.raises(FormatError) as caught:
        nitf.read(data, "story.xml")
    assert "story.xml" in str(caught.value)
    assert words in str(caught.value)


def test_control_characters_never_reach_the_file(shared_dir: Path) -> None:
    """Characters XML forbids are left out of the export and tags stay on their words."""
    release = Release(
        headline="Bell\x07 rings",
        body=[Paragraph(id="p1", text="A\x01B Carla Díaz", entities=[Entity("e1", "person", 4, 14)])],
    )
    data = nitf.write(release)
    _assert_valid(data, shared_dir)
    back = nitf.read(data)
    assert back.headline == "Bell rings"
    assert back.body[0].entity_text(back.body[0].entities[0]) == "Carla Díaz"


def test_registry_sends_nitf_to_the_nitf_reader() -> None:
    """Opening an .xml file that holds NITF reads it as NITF, not as a native release."""
    data = b"<?xml version='1.0'?>\n<!-- from the wire -->\n" + nitf.write(_sample()).split(b"?>", 1)[1]
    assert sniff(data, "story.xml").name == "nitf"
    assert read_bytes(data, "story.xml").headline == _sample().headline


def test_headline_tags_become_inline_elements_of_hl1() -> None:
    """Names tagged in the headline are marked inside hl1, which NITF allows, and read back as headline tags."""
    release = _sample()
    release.headline_entities = [Entity(id="h1", kind="organisation", start=0, end=5, name="UNIDO")]
    data = nitf.write(release)
    hl1 = etree.fromstring(data).find("n:body/n:body.head/n:hedline/n:hl1", N)
    assert [(etree.QName(el).localname, el.text) for el in hl1] == [("org", "UNIDO")]
    assert hl1.xpath("string()") == release.headline
    back = nitf.read(data)
    assert (back.headline, back.headline_entities) == (release.headline, release.headline_entities)
