"""The native XML format: what is saved is what is read back, and bad files are refused clearly."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from app.formats import release_xml
from app.formats.errors import FormatError
from app.formats.release_schema import NAMESPACE, schema
from app.model import Comment, Contact, Dateline, Embargo, Entity, ModelError, NoteBlock, Paragraph, Release, SignOff
from tests.strategies import releases


def _sample() -> Release:
    return Release(
        id="r1",
        language="en",
        headline="UNIDO and Shenzhen sign agreement",
        dateline=Dateline(place="VIENNA", date=dt.date(2019, 4, 24), text="VIENNA, 24 April 2019 -"),
        body=[
            Paragraph(
                id="p1",
                text="Director General LI Yong met the Ministry of Health.",
                entities=[
                    Entity(id="e1", kind="person", start=17, end=24, name="Li Yong"),
                    Entity(id="e2", kind="organisation", start=29, end=51),
                    Entity(id="e3", kind="topic", start=45, end=51),
                ],
            ),
            Paragraph(id="p2", text="  Two spaces,\ta tab,\r\nand a line break.  "),
        ],
        contacts=[Contact(name="Jo Smith", email="jo@example.org")],
        comments=[
            Comment(
                id="c1", paragraph="p1", author="ed", created=dt.datetime(2019, 4, 23, 9, 30), text="Check", start=0,
                end=8,
            ),
        ],
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(releases())
def test_round_trip_keeps_every_release(release: Release) -> None:
    """Whatever an editor saves opens again unchanged, and the file passes the release schema."""
    data, warnings = release_xml.write_with_warnings(release)
    assert warnings == []
    tree = etree.fromstring(data).getroottree()
    assert schema().validate(tree), schema().error_log
    assert release_xml.read(data, "saved.xml") == release


def test_paragraph_whitespace_and_nested_tags_are_written_verbatim() -> None:
    """Spaces, tabs and line breaks inside a paragraph are kept, and tags nest inline."""
    data = release_xml.write(_sample())
    text = data.decode()
    assert '<p id="p2">  Two spaces,\ta tab,&#13;\nand a line break.  </p>' in text
    assert ('<organisation id="e2">the Ministry of <topic id="e3">Health</topic></organisation>.</p>') in text
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<release xmlns="urn:release-desk:release:1"')
    assert 'format-version="1.3"' in text


def test_control_characters_are_stripped_with_a_warning() -> None:
    """A stray control character pasted into a field is removed on save, tags stay on their words, and I am told."""
    release = _sample()
    release.headline = "Head\x07line"
    release.replace_text(0, 0, 0, "\x01\x02")  # two control characters before the tagged name
    data, warnings = release_xml.write_with_warnings(release)
    assert b"\x07" not in data
    assert b"\x01" not in data
    assert any(w.startswith("Headline: removed 1 control character") for w in warnings)
    assert any(w.startswith("Paragraph 1: removed 2 control characters") for w in warnings)
    back = release_xml.read(data)
    assert back.headline == "Headline"
    para = back.body[0]
    assert para.entity_text(para.entities[0]) == "LI Yong"
    assert back.comments[0].start == 0
    assert back.comments[0].end == 8


def test_write_refuses_crossing_spans() -> None:
    """A release whose tags cross cannot be saved as if nothing were wrong."""
    from app.model import ModelError

    release = _sample()
    release.body[0].entities.append(Entity(id="e9", kind="place", start=20, end=30))
    with pytest.raises(ModelError, match="cross"):
        release_xml.write(release)


def _expect(data: bytes, *fragments: str) -> FormatError:
    with pytest.raises(FormatError) as info:
        release_xml.read(data, "input.xml")
    message = str(info.value)
    assert message.startswith("input.xml")
    for fragment in fragments:
        assert fragment in message, message
    return info.value


def test_malformed_xml_reports_line_and_column() -> None:
    """A broken tag is reported at its line and column."""
    data = b'<?xml version="1.0"?>\n<release xmlns="urn:release-desk:release:1">\n  <headline>x</headlin>\n</release>'
    error = _expect(data, "not well-formed")
    assert error.line == 3
    assert error.column is not None
    assert error.column > 1


def test_nitf_is_recognised_as_another_vocabulary() -> None:
    """Opening an NITF file as a native release says it is NITF and what to do."""
    data = b'<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><head/><body/></nitf>'
    error = _expect(data, "not a Release Desk file", "<nitf>", NAMESPACE)
    assert "looks like NITF" in (error.hint or "")


def test_release_without_namespace_is_told_the_namespace() -> None:
    """A <release> without our namespace is told which xmlns it needs."""
    _expect(b"<release><headline>x</headline></release>", "no namespace", f'xmlns="{NAMESPACE}"')


def test_external_entity_is_refused_and_the_file_is_not_read(tmp_path) -> None:
    """A file that tries to pull in a local file is refused and the local file's contents never show up."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    data = (
        f'<?xml version="1.0"?>\n<!DOCTYPE release [<!ENTITY x SYSTEM "file://{secret}">]>\n'
        f'<release xmlns="{NAMESPACE}" format-version="1.1" id="r"><language>en</language><status>draft</status>'
        f"<headline>&x;</headline><body/></release>"
    ).encode()
    error = _expect(data, "refused (unsafe)", "external entity")
    assert "TOP-SECRET-CONTENT" not in repr(error.__dict__)


def test_billion_laughs_is_refused_as_unsafe() -> None:
    """An entity-expansion bomb is refused as unsafe, not expanded."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    data = (
        f'<?xml version="1.0"?><!DOCTYPE release [{"".join(entities)}]>'
        f'<release xmlns="{NAMESPACE}"><headline>&lol9;</headline></release>'
    ).encode()
    _expect(data, "refused (unsafe)")


def test_external_dtd_is_not_loaded_and_the_release_opens() -> None:
    """A release whose DOCTYPE names an outside DTD opens as usual; the DTD is never fetched."""
    data = release_xml.write(Release(id="r", headline="Ferry line opens")).replace(
        b"?>\n", b'?>\n<!DOCTYPE release SYSTEM "http://example.invalid/release.dtd">\n', 1)
    assert release_xml.read(data, "doctype.xml").headline == "Ferry line opens"


def test_fifty_megabytes_is_refused_by_the_limits() -> None:
    """A 50 MB file (one enormous headline) is refused by the parser's limits instead of being loaded."""
    data = (
        f'<release xmlns="{NAMESPACE}" format-version="1.1" id="r"><language>en</language><status>draft</status>'
        "<headline>"
    ).encode() + b"x" * (50 * 1024 * 1024) + b"</headline><body/></release>"
    _expect(data, "too large")


def test_empty_file_is_refused() -> None:
    """An empty file gets a message saying it is empty."""
    _expect(b"", "empty")


def test_binary_garbage_is_refused() -> None:
    """A binary file (a PNG header and noise) is refused as not XML."""
    _expect(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "not XML")


def test_schema_breach_names_the_field() -> None:
    """A well-formed release with a bad contact e-mail is refused, and the message names the contact."""
    release = _sample()
    release.contacts.append(Contact(name="Press office", email="press office"))
    error = _expect(release_xml.write(release), "Contact 2: e-mail is not an address")
    assert error.line is not None


def test_a_draft_with_an_empty_headline_opens() -> None:
    """A draft saved with an empty headline opens to be fixed; the editorial rules, not the grammar, flag it."""
    release = _sample()
    release.headline = ""
    data = release_xml.write(release)
    assert release_xml.read(data) == release
    assert release_xml.read(data, strict=False) == release


def test_headline_tags_are_written_inline_and_read_back() -> None:
    """Tags in the headline are saved inside <headline>, nested like a paragraph's, and open again."""
    release = _sample()
    release.headline_entities = [
        Entity(id="h1", kind="organisation", start=0, end=5, ref="org:unido"),
        Entity(id="h2", kind="place", start=10, end=18, name="Shenzhen"),
    ]
    data = release_xml.write(release)
    assert (b'<headline><organisation id="h1" ref="org:unido">UNIDO</organisation> and '
            b'<place id="h2" name="Shenzhen">Shenzhen</place> sign agreement</headline>') in data
    assert release_xml.read(data) == release


def test_a_file_with_a_plain_headline_still_opens() -> None:
    """A file saved before headlines could be tagged opens with its headline and no headline tags."""
    data = release_xml.write(_sample())
    assert b"<headline>UNIDO and Shenzhen sign agreement</headline>" in data
    back = release_xml.read(data)
    assert (back.headline, back.headline_entities) == ("UNIDO and Shenzhen sign agreement", [])


def test_a_headline_tag_reusing_a_paragraph_tag_id_is_refused() -> None:
    """A headline tag with the id of a body tag is refused: ids are unique in the whole release."""
    release = _sample()
    release.headline_entities = [Entity(id="h1", kind="organisation", start=0, end=5)]
    data = release_xml.write(release).replace(b'id="h1"', b'id="e1"')
    _expect(data, "id 'e1' is used twice")


def test_comment_anchored_to_a_missing_paragraph_is_refused() -> None:
    """A comment pointing at a paragraph that is not there is refused with the comment named."""
    data = release_xml.write(_sample()).replace(b'paragraph="p1"', b'paragraph="p7"')
    _expect(data, "Comment 1 is anchored to paragraph 'p7', which does not exist")


def test_newer_major_version_is_refused() -> None:
    """A file from a future, incompatible format version says to use a newer Release Desk."""
    data = release_xml.write(_sample()).replace(b'format-version="1.3"', b'format-version="2.0"')
    _expect(data, "format version 2.0")


def test_model_invariants_are_checked_on_read() -> None:
    """A comment whose offsets run past its paragraph is refused with a clear message."""
    data = release_xml.write(_sample()).replace(b'end="8"', b'end="800"')
    _expect(data, "Comment c1 spans 0-800")


def test_schema_comes_from_the_app_and_is_built_once() -> None:
    """The schema is loaded from the app's own folder once, not per file."""
    assert schema() is schema()


def test_a_file_saved_in_format_1_0_still_opens() -> None:
    """A release saved before headlines could carry tags (format 1.0) opens unchanged."""
    data = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<release xmlns="{NAMESPACE}" format-version="1.0" id="r">'
        "<language>en</language><status>draft</status><headline>Harbour cranes go electric</headline>"
        '<body><p id="p1">The port said so.</p></body></release>'
    ).encode()
    release = release_xml.read(data, "old.release.xml")
    assert release.headline == "Harbour cranes go electric"
    assert release.headline_entities == []
    assert [p.text for p in release.body] == ["The port said so."]


def test_a_file_saved_in_format_1_1_opens_and_saves_as_1_3() -> None:
    """A 1.1 file (no byline, no paragraph kinds) opens with running-text paragraphs and saves as 1.3."""
    data = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<release xmlns="{NAMESPACE}" format-version="1.1" id="r">'
        "<language>en</language><status>draft</status><headline>Ferry line opens</headline>"
        '<body><p id="p1">Boats run hourly.</p><p id="p2" key="true">From Monday.</p></body></release>'
    ).encode()
    release = release_xml.read(data, "old.release.xml")
    assert release.byline is None
    assert [(p.kind, p.key) for p in release.body] == [("body", False), ("body", True)]
    saved = release_xml.write(release)
    assert b'format-version="1.3"' in saved
    assert release_xml.read(saved) == release


def test_flat_notes_of_a_1_2_file_open_as_one_block_without_a_heading() -> None:
    """A 1.2 file's boilerplate paragraphs open as one block of notes, and save as blocks."""
    data = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<release xmlns="{NAMESPACE}" format-version="1.2" id="r">'
        "<language>en</language><status>approved</status><headline>Ferry line opens</headline>"
        '<body><p id="p1">Boats run hourly.</p></body>'
        "<boilerplate><p>About Harbour Ferries</p><p>The company runs four boats.</p></boilerplate></release>"
    ).encode()
    release = release_xml.read(data, "old.release.xml")
    assert release.boilerplate == [NoteBlock("", ["About Harbour Ferries", "The company runs four boats."])]
    saved = release_xml.write(release)
    assert b"<block>" in saved
    assert release_xml.read(saved) == release


def test_embargo_reference_notes_and_signoffs_are_saved() -> None:
    """An embargo in a named zone, the release number, notes in blocks and the sign-offs come back unchanged."""
    paris = ZoneInfo("Europe/Paris")
    release = Release(
        id="r", headline="Ferry line opens", status="released", body=[Paragraph("p1", "Boats run hourly.")],
        reference="PR/2021/45",
        embargo=Embargo(dt.datetime(2021, 5, 5, 0, 1, tzinfo=paris), "Europe/Paris",
                        "EMBARGOED UNTIL 00:01 CET, 5 May 2021"),
        boilerplate=[NoteBlock("Notes to editors", ["1. The line runs all year.", "2. Photos on request."]),
                     NoteBlock("About Harbour Ferries", ["The company runs four boats."])],
        signoffs=[SignOff("approved", "Ada Quell", dt.datetime(2021, 5, 4, 17, 30, tzinfo=dt.UTC)),
                  SignOff("released", "Colm Ashe", dt.datetime(2021, 5, 5, 0, 1, tzinfo=paris))],
    )
    data = release_xml.write(release)
    text = data.decode()
    assert "<reference>PR/2021/45</reference>" in text
    assert "<when>2021-05-05T00:01:00+02:00</when>" in text
    assert "<zone>Europe/Paris</zone>" in text
    assert "<heading>Notes to editors</heading>" in text
    assert '<signoff status="approved" who="Ada Quell" when="2021-05-04T17:30:00+00:00"/>' in text
    back = release_xml.read(data)
    assert back == release
    # the zone comes back by name, so a later edit of the date keeps Paris's summer/winter rule
    assert back.embargo is not None
    assert back.embargo.when.tzinfo == paris


def test_an_embargo_without_a_time_zone_is_kept_as_written() -> None:
    """An embargo whose release named no zone is saved without an offset and reads back the same."""
    release = Release(id="r", headline="h", embargo=Embargo(dt.datetime(2024, 3, 1, 9, 0)))
    data = release_xml.write(release)
    assert b"<when>2024-03-01T09:00:00</when>" in data
    assert release_xml.read(data) == release


def test_an_embargo_with_a_zone_but_no_offset_is_refused_by_the_model() -> None:
    """Naming a zone for a time that has none is a broken release, said in words."""
    release = Release(id="r", headline="h", embargo=Embargo(dt.datetime(2024, 3, 1, 9, 0), "Europe/Paris"))
    with pytest.raises(ModelError, match="Embargo"):
        release.check()


def test_byline_and_paragraph_kinds_are_saved() -> None:
    """A byline, a subhead and a list item are written as <byline> and kind="..." and read back."""
    release = Release(id="r", headline="Ferry line opens", byline="By Kari Nordmann",
                      body=[Paragraph("p1", "Timetable", kind="subhead"), Paragraph("p2", "Hourly", kind="list-item"),
                            Paragraph("p3", "Tickets on board.")])
    data = release_xml.write(release)
    text = data.decode()
    assert "<byline>By Kari Nordmann</byline>" in text
    assert '<p id="p1" kind="subhead">Timetable</p>' in text
    assert '<p id="p3">Tickets on board.</p>' in text
    assert release_xml.read(data) == release


def test_an_unknown_paragraph_kind_is_refused_with_its_line() -> None:
    """A paragraph kind the format does not define is a schema error naming the paragraph."""
    data = release_xml.write(Release(id="r", headline="x", body=[Paragraph("p1", "a")])).replace(
        b'<p id="p1">', b'<p id="p1" kind="table">')
    with pytest.raises(FormatError) as caught:
        release_xml.read(data, "bad.release.xml")
    assert "bad.release.xml" in str(caught.value)
    assert "kind" in str(caught.value)


def test_the_briefing_purpose_is_saved_and_read_back() -> None:
    """An organisation's own purpose line for its briefing notes survives a save, and the file stays valid."""
    from app.formats import release_xml as rx
    from app.validation import validate_bytes
    from tests.validation.defects import base_release

    release = base_release()
    release.briefing_purpose = "For the regional desks: what the ministry announced today."
    data = rx.write(release)
    assert b"<briefing-purpose>For the regional desks" in data
    assert rx.read(data, "r.xml").briefing_purpose == release.briefing_purpose
    assert not [i for i in validate_bytes(data, "r.xml") if i.severity == "error"]
