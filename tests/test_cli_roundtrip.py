"""release-desk convert between the IPTC formats keeps what each format has a place for: subjects in NITF,
the dateline's date in ninjs, the item's identifier; `diff` of a file and its conversion says they are the same."""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path

import pytest
from lxml import etree

from app.cli import main
from app.formats import nitf, read_path, release_xml
from app.model import Dateline, Paragraph, Release
from app.paths import schemas_dir
from app.validation.validator import load_xsd

N = {"n": nitf.NS}


@functools.cache
def _nitf_schema() -> etree.XMLSchema:
    return load_xsd(schemas_dir() / "iptc" / "nitf" / "nitf-3-6.xsd")


def _harbour(**changes: object) -> Release:
    release = Release(
        id="harbour-crane", language="en", headline="New crane at the harbour",
        dateline=Dateline(place="TROMSO", date=dt.date(2024, 6, 3), text="TROMSO, 3 June 2024 -"),
        body=[Paragraph("p1", "The crane lifts forty tonnes."), Paragraph("p2", "It was built in Bergen.")],
        subjects=["medtop:04000000", "labour market", "Häfen & Kräne"],
    )
    for name, value in changes.items():
        setattr(release, name, value)
    return release


def _diff(a: Path, b: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code = main(["diff", str(a), str(b)])
    out = capsys.readouterr().out
    assert code == 0, out
    return out


def test_subjects_survive_a_trip_through_nitf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`convert --to nitf` writes every subject (a code and two named ones) in NITF's subject slot, the file
    validates against NITF 3.6, and converting it back gives the same subjects: `diff` finds no difference."""
    source = tmp_path / "harbour.release.xml"
    source.write_bytes(release_xml.write(_harbour()))
    wire = tmp_path / "harbour.nitf.xml"
    assert main(["convert", str(source), "--to", "nitf", "-o", str(wire)]) == 0
    assert capsys.readouterr().err == ""  # nothing left out, so nothing to warn about
    root = etree.fromstring(wire.read_bytes())
    assert _nitf_schema().validate(root), _nitf_schema().error_log
    codes = [(s.get("tobject.subject.refnum"), s.get("tobject.subject.type"))
             for s in root.iterfind("n:head/n:tobject/n:tobject.subject", N)]
    assert codes == [("medtop:04000000", None), ("labour-market", "labour market"), ("H-fen-Kr-ne", "Häfen & Kräne")]
    back = tmp_path / "back.release.xml"
    assert main(["convert", str(wire), "--to", "xml", "-o", str(back)]) == 0
    assert read_path(back).subjects == ["medtop:04000000", "labour market", "Häfen & Kräne"]
    assert _diff(source, wire, capsys) == ""


_AGENCY = b"""<?xml version="1.0" encoding="UTF-8"?>
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" version="-//IPTC//DTD NITF 3.6//EN">
  <head>
    <title>Storm closes the ferry</title>
    <tobject tobject.type="news">
      <tobject.subject tobject.subject.refnum="17000000" tobject.subject.type="Weather"/>
      <tobject.subject tobject.subject.refnum="17000000" tobject.subject.type="Weather"/>
      <tobject.subject tobject.subject.ipr="ACME" tobject.subject.refnum="SEA-12"/>
    </tobject>
  </head>
  <body><body.head><hedline><hl1>Storm closes the ferry</hl1></hedline></body.head>
    <body.content><p>No crossings until Monday.</p></body.content></body>
</nitf>"""


def test_an_agency_nitf_subject_codes_become_subjects(tmp_path: Path) -> None:
    """An agency's NITF with IPTC subject codes opens with them as subjects (subj:NNNNNNNN, once each);
    a code of another provider is kept as it is."""
    source = tmp_path / "storm.xml"
    source.write_bytes(_AGENCY)
    out = tmp_path / "storm.release.xml"
    assert main(["convert", str(source), "--to", "xml", "-o", str(out)]) == 0
    assert read_path(out).subjects == ["subj:17000000", "SEA-12"]


def test_iptc_text_item_keeps_its_subjects_through_nitf(shared_dir: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """IPTC's NewsML-G2 text document, converted to Release XML and then to NITF, keeps its three Media Topics."""
    sample = shared_dir / "standards" / "newsml-g2" / "samples" / "LISTING_2_NewsML-G2_Text_Document.xml"
    xml, wire = tmp_path / "l2.release.xml", tmp_path / "l2.nitf.xml"
    assert main(["convert", str(sample), "--to", "xml", "-o", str(xml)]) == 0
    assert main(["convert", str(xml), "--to", "nitf", "-o", str(wire)]) == 0
    capsys.readouterr()
    assert read_path(wire).subjects == ["medtop:04000000", "medtop:20000350", "medtop:20000379"]
    assert _diff(xml, wire, capsys) == ""


@pytest.mark.parametrize("to", ["ninjs", "ninjs2"])
def test_a_dateline_date_without_printed_text_survives_ninjs(tmp_path: Path, to: str,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A dateline with a place and a date but no printed line keeps its date through `convert --to ninjs`
    (valid ninjs), and `diff` of the release and the item finds no difference."""
    from app.formats import ninjs_schema

    source = tmp_path / "harbour.release.xml"
    source.write_bytes(release_xml.write(_harbour(dateline=Dateline(place="TROMSO", date=dt.date(2024, 6, 3)))))
    item = tmp_path / "harbour.json"
    assert main(["convert", str(source), "--to", to, "-o", str(item)]) == 0
    assert ninjs_schema.errors(json.loads(item.read_bytes()), "3.1" if to == "ninjs" else "2.2") == []
    assert read_path(item).dateline == Dateline(place="TROMSO", date=dt.date(2024, 6, 3))
    assert _diff(source, item, capsys) == ""


def test_iptc_nitf_example_keeps_its_dateline_date_in_ninjs(shared_dir: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """IPTC's NITF 3.6 example (a dateline with a date and no printed text) converts to ninjs with its date."""
    sample = shared_dir / "standards" / "nitf" / "samples" / "nitf-example-3.6.xml"
    item = tmp_path / "n36.json"
    assert main(["convert", str(sample), "--to", "ninjs", "-o", str(item)]) == 0
    assert read_path(item).dateline.date == dt.date(2009, 11, 23)
    capsys.readouterr()
    assert _diff(sample, item, capsys) == ""


def _ninjs_item(uri: str, headline: str = "Harbour crane delivered") -> bytes:
    return json.dumps({"uri": uri, "headlines": [{"role": "main", "value": headline}],
                       "bodies": [{"role": "main", "contentType": "text/plain", "value": "It lifts forty tonnes."}]
                       }).encode()


@pytest.mark.parametrize(("uri", "ident"), [
    ("https://news.example.org/items/2024/harbour-crane-7", "news.example.org-items-2024-harbour-crane-7"),
    ("tag:example.org,2024:4711", "example.org-2024-4711"),
    ("urn:newsml:example.org:20240601:4711", "example.org-20240601-4711"),
    ("4711", "item-4711"),
    ("harbour_crane.v2", "harbour_crane.v2"),
])
def test_a_ninjs_items_uri_gives_the_release_its_id(tmp_path: Path, uri: str, ident: str) -> None:
    """Someone else's ninjs item keeps its identity: the release's id comes from its uri, and exporting it to
    ninjs again names the item by that id, not by the placeholder every new release has."""
    source = tmp_path / "item.json"
    source.write_bytes(_ninjs_item(uri))
    xml, again = tmp_path / "item.release.xml", tmp_path / "again.json"
    assert main(["convert", str(source), "--to", "xml", "-o", str(xml)]) == 0
    assert read_path(xml).id == ident
    assert main(["convert", str(source), "--to", "ninjs", "-o", str(again)]) == 0
    assert json.loads(again.read_bytes())["uri"] == f"urn:release-desk:{ident}"


def _nitf(doc_id: str, headline: str) -> bytes:
    return (f'<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><head><docdata>{doc_id}</docdata></head>'
            f'<body><body.head><hedline><hl1>{headline}</hl1></hedline></body.head>'
            f'<body.content><p>Four crossings a day from November.</p></body.content></body></nitf>').encode()


def test_a_nitf_doc_id_that_is_no_id_still_names_the_release(tmp_path: Path) -> None:
    """An NITF whose doc-id has spaces and slashes gives the release an id made from it."""
    source = tmp_path / "wire.xml"
    source.write_bytes(_nitf('<doc-id id-string="AP 2024/118"/>', "Ferry timetable changes"))
    out = tmp_path / "wire.json"
    assert main(["convert", str(source), "--to", "ninjs", "-o", str(out)]) == 0
    assert json.loads(out.read_bytes())["uri"] == "urn:release-desk:AP-2024-118"


def test_releases_without_an_id_are_not_one_item(tmp_path: Path) -> None:
    """Two NITF stories with an empty doc-id, and a Release XML file still on the placeholder id, export as ninjs
    and NewsML-G2 items with different identifiers (each from its words); the same story converted twice
    keeps the same one."""
    uris, guids = [], []
    sources = []
    for n, (doc_id, headline) in enumerate([("<doc-id/>", "Ferry timetable changes"),
                                            ("", "Bridge reopens on Monday")]):
        sources.append(tmp_path / f"wire{n}.xml")
        sources[-1].write_bytes(_nitf(doc_id, headline))
    placeholder = tmp_path / "new.release.xml"
    placeholder.write_bytes(release_xml.write(_harbour(id="release")))
    sources.append(placeholder)
    for source in [*sources, sources[0]]:
        item, g2 = tmp_path / "item.json", tmp_path / "item.g2.xml"
        assert main(["convert", str(source), "--to", "ninjs", "-o", str(item)]) == 0
        assert main(["convert", str(source), "--to", "newsmlg2", "-o", str(g2)]) == 0
        uris.append(json.loads(item.read_bytes())["uri"])
        guids.append(etree.parse(str(g2)).getroot().get("guid"))
    assert "urn:release-desk:release" not in uris + guids
    assert len(set(uris[:3])) == 3
    assert uris[3] == uris[0]
    assert len(set(guids[:3])) == 3
    assert guids[3] == guids[0]
    back = tmp_path / "back.release.xml"
    assert main(["convert", str(sources[0]), "--to", "xml", "-o", str(back)]) == 0
    assert uris[0] == f"urn:release-desk:{read_path(back).id}"


def test_iptc_ninjs_example_keeps_its_uri(shared_dir: Path, tmp_path: Path) -> None:
    """IPTC's ninjs 3.0 example converts to Release XML with an id from its uri, not the placeholder."""
    sample = shared_dir / "standards" / "ninjs" / "samples" / "should_pass_001_ninjs_example.json"
    out = tmp_path / "example.release.xml"
    assert main(["convert", str(sample), "--to", "xml", "-o", str(out)]) == 0
    assert read_path(out).id == "ninjs.example.com-newsitems-ninjs3-0-tests"


def test_two_items_whose_identifiers_end_alike_stay_two_releases(tmp_path: Path) -> None:
    """Two NewsML-G2 items of one provider, one story a month apart (guids that differ only before their last
    part), become releases with different ids: saving one never prunes the other's history."""
    ids = []
    for day in ("20161018", "20161121"):
        item = tmp_path / f"{day}.xml"
        item.write_bytes(f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.org:{day}:PORT-CRANE"
          version="1" standard="NewsML-G2" standardversion="2.35">
  <itemMeta><itemClass qcode="ninat:text"/><provider literal="Port"/>
    <versionCreated>2016-10-18T08:00:00Z</versionCreated></itemMeta>
  <contentMeta><headline>Crane news {day}</headline></contentMeta>
</newsItem>""".encode())
        out = tmp_path / f"{day}.release.xml"
        assert main(["convert", str(item), "--to", "xml", "-o", str(out)]) == 0
        ids.append(read_path(out).id)
    assert ids == ["example.org-20161018-PORT-CRANE", "example.org-20161121-PORT-CRANE"]
