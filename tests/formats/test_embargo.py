"""Embargoes and release numbers: read from the lines above the headline, kept by every format."""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from app.formats import json_render, newsmlg2, nitf, read_bytes, release_xml, text
from app.formats.textparse.embargo import embargo_line, parse_embargo
from app.formats.textparse.reference import parse_reference
from app.model import Release
from app.paths import schemas_dir
from app.validation.validator import load_xsd

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "embargo"

# file: (the instant, ISO 8601 with its offset; the IANA zone or None for an offset; the release number)
EXPECTED = {
    # abbreviations
    "en_cet_press_release_no.txt": ("2021-05-05T00:01:00+02:00", "Europe/Brussels", "123/2021"),
    "it_cet_ref.txt": ("2024-03-04T11:00:00+01:00", "Europe/Brussels", "CS/2024/031"),
    "ja_jst.txt": ("2024-03-05T10:00:00+09:00", "Asia/Tokyo", None),
    "ar_gmt.txt": ("2024-05-05T10:00:00+00:00", None, "45"),
    # UTC offsets
    "de_utc_offset_pressemitteilung.txt": ("2024-06-07T11:00:00+02:00", None, "7/2024"),
    "pt_gmt_offset_numero.txt": ("2023-05-05T10:00:00-03:00", None, "45/2023"),
    # cities
    "fr_heure_de_paris_communique.txt": ("2024-03-12T10:00:00+01:00", "Europe/Paris", "12"),
    "es_hora_de_madrid_comunicado.txt": ("2024-04-03T12:00:00+02:00", "Europe/Madrid", "208"),
    "nl_city_symbol.txt": ("2024-03-07T10:00:00+01:00", "Europe/Amsterdam", "PB/2024/009"),
    "en_hold_for_release_new_york.txt": ("2024-06-04T09:30:00-04:00", "America/New_York", None),
}


def _read(name: str) -> Release:
    return text.read((FIXTURES / name).read_bytes(), name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_embargo_and_release_number_are_read_from_the_top_of_a_release(name: str) -> None:
    """The embargo line becomes a date-time with its zone, the release number its own field; neither is
    the headline, body or left-out text."""
    when, zone, reference = EXPECTED[name]
    imported = text.import_text((FIXTURES / name).read_bytes(), name)
    release = imported.release
    assert release.embargo is not None
    assert release.embargo.when == dt.datetime.fromisoformat(when)
    assert release.embargo.when.utcoffset() == dt.datetime.fromisoformat(when).utcoffset()
    assert release.embargo.zone == zone
    assert release.reference == reference
    first_lines = (FIXTURES / name).read_text(encoding="utf-8").split("\n\n")[: 1 if reference is None else 2]
    assert release.embargo.text == first_lines[0]
    assert release.headline not in first_lines
    assert imported.report() == []  # nothing left out: the lines are in fields
    assert not any(first_lines[0] in warning for warning in imported.warnings)
    assert all(not p.text.startswith(tuple(first_lines)) for p in release.body)


def test_for_immediate_release_means_no_embargo() -> None:
    """ "FOR IMMEDIATE RELEASE" sets no embargo and stays in the import report."""
    imported = text.import_text((FIXTURES / "en_immediate.txt").read_bytes(), "en_immediate.txt")
    assert imported.release.embargo is None
    assert imported.report() == ["line 1: FOR IMMEDIATE RELEASE"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_text_export_prints_them_at_the_top_and_reads_back_the_same(name: str) -> None:
    """The plain-text export starts with the embargo line as the release printed it and the number, and
    re-imports to the same instant, zone and number, with the same headline and body."""
    release = _read(name)
    data = text.write(release)
    assert release.embargo is not None
    assert data.decode().startswith(release.embargo.text or "")
    back = text.read(data)
    assert back.embargo is not None
    assert release.embargo is not None
    assert (back.embargo.when, back.embargo.zone) == (release.embargo.when, release.embargo.zone)
    assert back.reference == release.reference
    assert back.headline == release.headline
    assert [p.text for p in back.body] == [p.text for p in release.body]


def test_a_moved_embargo_is_printed_anew_in_the_release_language() -> None:
    """Once the editor moves the embargo, the export writes a new line ("EMBARGOED UNTIL 00:01 CEST, 6 May 2021",
    "SOUS EMBARGO JUSQU'AU 10:00 heure de Paris, 13 mars 2024") that reads back to the new time."""
    release = _read("en_cet_press_release_no.txt")
    assert release.embargo is not None
    release.embargo.when += dt.timedelta(days=1)
    printed = text.write(release).decode().split("\n\n")
    assert printed[:3] == ["EMBARGOED UNTIL 00:01 CEST, 6 May 2021", "Ref: 123/2021",
                           "Northwind Trust relights the Port Ellery harbour lamps"]
    french = _read("fr_heure_de_paris_communique.txt")
    assert french.embargo is not None
    french.embargo.when += dt.timedelta(days=1)
    data = text.write(french)
    assert data.decode().startswith("SOUS EMBARGO JUSQU'AU 10:00 heure de Paris, 13 mars 2024\n")
    back = text.read(data).embargo
    assert back is not None
    assert (back.when, back.zone) == (french.embargo.when, "Europe/Paris")


@functools.cache
def _newsml_schema() -> etree.XMLSchema:
    return load_xsd(schemas_dir() / "iptc" / "newsml-g2-with-nitf.xsd")


@functools.cache
def _nitf_schema() -> etree.XMLSchema:
    return load_xsd(schemas_dir() / "iptc" / "nitf" / "nitf-3-6.xsd")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_native_nitf_and_newsml_files_keep_embargo_and_number(name: str) -> None:
    """Saved as our XML, NITF and NewsML-G2 (each valid against its schema), the release opens with the same
    embargo (instant, zone, line as printed) and number."""
    release = _read(name)
    assert release_xml.read(release_xml.write(release)) == release
    data = nitf.write(release)
    assert _nitf_schema().validate(etree.fromstring(data)), _nitf_schema().error_log
    back = nitf.read(data)
    assert (back.embargo, back.reference) == (release.embargo, release.reference)
    data = newsmlg2.write(release)
    assert _newsml_schema().validate(etree.fromstring(data)), _newsml_schema().error_log
    back = newsmlg2.read(data)
    assert (back.embargo, back.reference) == (release.embargo, release.reference)


def test_nitf_writes_the_standard_release_date_and_document_id() -> None:
    """NITF readers elsewhere find the embargo in date.release (ISO 8601 basic) and the number in a doc-id."""
    release = _read("en_cet_press_release_no.txt")
    root = etree.fromstring(nitf.write(release))
    ns = {"n": nitf.NS}
    assert root.find("n:head/n:docdata/n:date.release", ns).get("norm") == "20210505T000100+0200"
    assert [d.get("id-string") for d in root.findall("n:head/n:docdata/n:doc-id", ns)] == [release.id, "123/2021"]


def test_an_agency_nitf_with_a_release_date_opens_under_embargo() -> None:
    """An NITF from elsewhere with date.release (no zone of ours) opens with that instant as the embargo."""
    data = (b'<nitf><head><docdata><date.release norm="20240301T093000-0500"/></docdata></head>'
            b"<body><body.head><hedline><hl1>Port reopens</hl1></hedline></body.head>"
            b"<body.content><p>The port reopened.</p></body.content></body></nitf>")
    release = nitf.read(data, "agency.xml")
    assert release.embargo is not None
    assert release.embargo.when == dt.datetime(2024, 3, 1, 14, 30, tzinfo=dt.UTC)
    assert release.embargo.zone is None


def test_newsml_writes_embargoed_and_an_alternative_id() -> None:
    """NewsML-G2 readers find the embargo in itemMeta/embargoed and the number as contentMeta/altId."""
    root = etree.fromstring(newsmlg2.write(_read("fr_heure_de_paris_communique.txt")))
    g = {"g": newsmlg2.NAR}
    assert root.findtext("g:itemMeta/g:embargoed", namespaces=g) == "2024-03-12T10:00:00+01:00"
    assert root.findtext("g:contentMeta/g:altId", namespaces=g) == "12"


def test_json_gives_the_embargo_with_its_offset_and_the_number() -> None:
    """`convert --to json` has "embargo" as ISO 8601 with the offset, and "reference"; null when absent."""
    data = json.loads(json_render.write(_read("es_hora_de_madrid_comunicado.txt")))
    assert data["embargo"] == "2024-04-03T12:00:00+02:00"
    assert data["reference"] == "208"
    none = json.loads(json_render.write(_read("en_immediate.txt")))
    assert none["embargo"] is None
    assert none["reference"] is None


@pytest.mark.parametrize(("line", "language", "expected"), [
    ("Sperrfrist: 5. Mai 2021, 10:00 Uhr MESZ", "de", "2021-05-05T10:00:00+02:00"),
    ("Embargoed until 10:00 a.m. EDT, Tuesday, June 4, 2024", "en", "2024-06-04T10:00:00-04:00"),
    ("Not for publication before 6 February 2023, 09:00 UTC+1", "en", "2023-02-06T09:00:00+01:00"),
    ("Эмбарго до 10:00 по московскому времени 5 марта 2024 года", "ru", "2024-03-05T10:00:00+03:00"),
    ("解禁时间：2024年3月5日10时（北京时间）", "zh", "2024-03-05T10:00:00+08:00"),
    ("엠바고: 2024년 3월 5일 오전 10시 KST", "ko", "2024-03-05T10:00:00+09:00"),
    ("Embargo till 14 mars 2024 kl. 08.00 CET", "sv", "2024-03-14T08:00:00+01:00"),
    ("EMBARGO HINGGA 5 Maret 2024 pukul 10.00 WIB", "id", "2024-03-05T10:00:00+07:00"),
    ("Embargo: 10:00 IST, 1 March 2024", "en", "2024-03-01T10:00:00+05:30"),
])
def test_embargo_lines_in_more_languages_and_zones(line: str, language: str, expected: str) -> None:
    """Cue words, month names and zones of the importer's languages give the instant the line means."""
    embargo = parse_embargo(line, language)
    assert embargo is not None
    assert embargo.when == dt.datetime.fromisoformat(expected)
    assert embargo.when.utcoffset() == dt.datetime.fromisoformat(expected).utcoffset()


def test_a_day_without_a_year_takes_the_dateline_year_and_a_time_alone_its_day() -> None:
    """ "UNTIL 00:01 BST THURSDAY 5 MAY" is 5 May of the dateline's year; "10:00 GMT" alone is the dateline's day."""
    on = dt.date(2022, 5, 3)
    embargo = parse_embargo("EMBARGOED UNTIL 00:01 BST THURSDAY 5 MAY", "en", on)
    assert embargo is not None
    assert embargo.when == dt.datetime(2022, 5, 4, 23, 1, tzinfo=dt.UTC)
    alone = parse_embargo("EMBARGOED UNTIL 10:00 GMT", "en", on)
    assert alone is not None
    assert alone.when == dt.datetime(2022, 5, 3, 10, 0, tzinfo=dt.UTC)


def test_an_embargo_without_a_zone_stays_without_one() -> None:
    """A line that names no zone gives a time without one (the validator warns about it), not a guessed zone."""
    embargo = parse_embargo("SPERRFRIST 12.03.2024, 11 Uhr", "de")
    assert embargo is not None
    assert embargo.when == dt.datetime(2024, 3, 12, 11, 0)
    assert embargo.when.tzinfo is None
    assert embargo.zone is None


@pytest.mark.parametrize("line", [
    "Embargo on arms sales to Ruritania lifted on 5 May 2021 after long talks",
    "EMBARGO",
    "FOR IMMEDIATE RELEASE",
    "Embargoed until further notice",
])
def test_news_about_an_embargo_and_cues_without_a_date_are_no_embargo(line: str) -> None:
    """A headline about an embargo, or a cue with no date to read, sets no embargo."""
    assert parse_embargo(line, "en", dt.date(2021, 5, 1)) is None


@pytest.mark.parametrize(("line", "number"), [
    ("Press release No. 123/2021", "123/2021"),
    ("PR/2021/45", "PR/2021/45"),
    ("COMUNICADO 208", "208"),
    ("Ref: ABC/2024/7", "ABC/2024/7"),
    ("Communiqué n° 12", "12"),
    ("Pressemitteilung Nr. 7/2024", "7/2024"),
    ("Nº 45/2023", "45/2023"),
    ("Komunikat prasowy nr 5/2024", "5/2024"),
    ("Пресс-релиз № 12", "12"),
    ("SG/SM/12161-AFG/329", "SG/SM/12161-AFG/329"),
])
def test_release_numbers_in_their_usual_layouts(line: str, number: str) -> None:
    """A label and a number, a number sign, "Ref:" or a document symbol alone give the number."""
    assert parse_reference(line) == number


@pytest.mark.parametrize("line", ["PRESS RELEASE", "Release 2024 is here", "The ministry released 45 new rules."])
def test_labels_without_numbers_and_sentences_are_no_release_number(line: str) -> None:
    """A kicker without a number, or a sentence with one, is not a release number."""
    assert parse_reference(line) is None


def test_a_word_release_gives_its_embargo_and_number_too() -> None:
    """Word files go through the same importer: the embargo paragraph and the number are read, not body."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.add_paragraph("EMBARGOED UNTIL 10:00 GMT, 3 June 2024")
    document.add_paragraph("Press release No. 5/2024")
    headline = document.add_paragraph().add_run("Harbour ferry adds a late boat on Fridays")
    headline.bold, headline.font.size = True, Pt(20)
    document.add_paragraph("PORT ELLERY, 2 June 2024 – The harbour ferry will run a last boat at 23:30 on Fridays "
                           "from next week, the ferry company said today.")
    document.add_paragraph("The change follows a petition signed by 1,200 residents.")
    out = io.BytesIO()
    document.save(out)
    release = read_bytes(out.getvalue(), "ferry.docx")
    assert release.embargo is not None
    assert release.embargo.when == dt.datetime(2024, 6, 3, 10, 0, tzinfo=dt.UTC)
    assert release.reference == "5/2024"
    assert release.headline == "Harbour ferry adds a late boat on Fridays"
    assert release.body[0].text.startswith("The harbour ferry")


def test_someone_elses_news_item_with_embargoed_opens_under_embargo() -> None:
    """A NewsML-G2 item from elsewhere with itemMeta/embargoed opens with that instant; a broken one is named."""
    item = b"""<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:port-9" version="1"
          standard="NewsML-G2" standardversion="2.35">
  <itemMeta><itemClass qcode="ninat:text"/><provider literal="Port"/>
    <versionCreated>2024-03-01T10:00:00Z</versionCreated><embargoed>EMBARGOED</embargoed></itemMeta>
  <contentMeta><headline>Port reopens</headline></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml">
    <html xmlns="http://www.w3.org/1999/xhtml"><body><p>The port reopened.</p></body></html>
  </inlineXML></contentSet>
</newsItem>"""
    release, warnings = newsmlg2.read_with_warnings(item, "port.xml")
    assert release.embargo is None
    assert any("EMBARGOED" in w and "not a date and time" in w for w in warnings)
    good = item.replace(b"<embargoed>EMBARGOED</embargoed>", b"<embargoed>2024-03-02T06:00:00+01:00</embargoed>")
    release = newsmlg2.read(good, "port.xml")
    assert release.embargo is not None
    assert release.embargo.when == dt.datetime(2024, 3, 2, 5, 0, tzinfo=dt.UTC)


_PIECES = st.sampled_from([
    "EMBARGOED UNTIL", "Sperrfrist:", "Sous embargo jusqu'au", "解禁：", "حظر النشر حتى", "HOLD FOR RELEASE",
    "00:01", "25:99", "9 a.m.", "12 noon", "10 Uhr", "午前10時", "CET", "IST", "ET", "UTC+14", "GMT-12:30", "+9999",
    "Paris time", "heure de Nowhere", "Europe/Paris", "Mars/Olympus", "5 May 2021", "31 February 2024",
    "29.02.2023", "9999-12-31", "0001-01-01", "No.", "PR/2021/45", "Ref:", "№", ",", " ", "–",
])


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(_PIECES | st.text(max_size=12), max_size=8), day=st.none() | st.dates())
def test_any_line_gives_an_embargo_that_prints_back_or_none_and_never_fails(pieces: list[str],
                                                                             day: dt.date | None) -> None:
    """Whatever a line holds, reading it gives an embargo or none, never an error, and an embargo it gives
    prints as a line that reads back to the same instant."""
    line = " ".join(pieces)
    parse_reference(line)
    embargo = parse_embargo(line, "en", day)
    if embargo is None:
        return
    again = parse_embargo(embargo_line(embargo, "en"), "en")
    assert again is not None
    assert again.when == embargo.when.replace(second=0, microsecond=0)
