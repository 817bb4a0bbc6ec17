"""ninjs 3.1 and 2.2: what Release Desk writes validates against IPTC's schemas and reads back."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings

from app.cli import main
from app.formats import FormatError, ninjs, ninjs2, ninjs_schema, read_bytes, read_path, sniff
from app.model import Contact, Dateline, Embargo, Entity, NoteBlock, Paragraph, Release
from app.paths import resources_dir, schemas_dir
from tests.strategies import releases

TESTS = Path(__file__).resolve().parent.parent
SHARED = TESTS.parent.parent / "shared" / "standards" / "ninjs"
#: every release our tests read: text (embargo and reference fixtures among them), NITF, the bundled example
FIXTURE_DIRS = ("fixtures/text", "fixtures/embargo", "fixtures/nitf", "fixtures/import_source")
VERSIONS = {"3.1": ninjs.write, "2.2": ninjs2.write}


def _fixtures() -> list[Path]:
    paths = [p for d in FIXTURE_DIRS for p in sorted((TESTS / d).iterdir()) if p.is_file()]
    return [*paths, *sorted((resources_dir() / "examples").iterdir())]


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _tagged() -> Release:
    lead = "Mayor Ada Lind opened the ferry line to Bergen with the Fjord Transit Authority."
    headline = "Ferry line to Bergen opens"
    return Release(
        id="ferry-2024", language="nb", status="approved",
        headline=headline, subheadline="Boats every hour",
        headline_entities=[Entity("h1", "place", *_at(headline, "Bergen"), ref="https://www.geonames.org/3161732")],
        byline="By Kari Nordmann",
        dateline=Dateline("BERGEN", dt.date(2024, 5, 2), "BERGEN, 2 May 2024 -"),
        body=[
            Paragraph("p1", lead, [Entity("e1", "person", *_at(lead, "Ada Lind")),
                                   Entity("e2", "place", *_at(lead, "Bergen"), ref="iso3166:NO-46"),
                                   Entity("e3", "organisation", *_at(lead, "Fjord Transit Authority"), ref="org:fta"),
                                   Entity("e4", "initiative", *_at(lead, "Transit"))]),
            Paragraph("p2", "Timetable", kind="subhead"),
            Paragraph("p3", "Boats leave every hour & on the half hour <in summer>.", kind="list-item", key=True),
            Paragraph("p4", "Night boats run on Fridays.", kind="list-item"),
        ],
        boilerplate=[NoteBlock("About the Fjord Transit Authority", ["It runs 40 ferry lines."])],
        abstract="The ferry line opens.", photo_credits="FTA/Ola Berg",
        contacts=[Contact("Ola Berg", "Press officer", "Fjord Transit Authority", "press@fta.example.no",
                          "+47 55 00 00 00")],
        keywords=["ferry"], subjects=["subj:transport"],
        embargo=Embargo(dt.datetime(2024, 5, 2, 6, 0, tzinfo=ZoneInfo("Europe/Oslo")), "Europe/Oslo",
                        "SPERREFRIST 2. mai 2024 kl. 06.00"),
        reference="FTA-2024/12",
        created=dt.datetime(2024, 4, 30, 9, 0, tzinfo=dt.UTC),
    )


def _valid(data: bytes, version: str, folder: Path | None = None) -> list[str]:
    return ninjs_schema.errors(json.loads(data), version, folder)


@pytest.mark.parametrize("version", VERSIONS)
def test_a_tagged_release_is_valid_ninjs(version: str) -> None:
    """A release with every part written as ninjs validates against IPTC's schema of that version."""
    assert _valid(VERSIONS[version](_tagged()), version) == []


def test_ninjs_31_and_22_use_their_own_property_names() -> None:
    """3.1 says embargoedUntil, pubStatus and altIds; 2.2 says embargoed, pubstatus and altids."""
    new, old = json.loads(ninjs.write(_tagged())), json.loads(ninjs2.write(_tagged()))
    assert new["embargoedUntil"] == old["embargoed"] == "2024-05-02T06:00:00+02:00"
    assert new["pubStatus"] == old["pubstatus"] == "usable"
    assert new["altIds"] == old["altids"] == [{"role": "reference", "value": "FTA-2024/12"}]
    assert new["standard"]["version"] == "3.1"
    assert old["standard"]["version"] == "2.2"
    # and each is invalid against the other's schema: the names are not interchangeable
    assert _valid(ninjs.write(_tagged()), "2.2")
    assert _valid(ninjs2.write(_tagged()), "3.1")


def test_what_a_web_publisher_reads_in_the_item() -> None:
    """Headline, body HTML with subhead, list, dateline and tags, located place, people with their ids, contact."""
    item = json.loads(ninjs.write(_tagged()))
    assert item["headlines"][0] == {"role": "main", "value": "Ferry line to Bergen opens"}
    assert {"role": "subheadline", "value": "Boats every hour"} in item["headlines"]
    html = item["bodies"][0]["value"]
    assert html.startswith('<p id="p1"><span class="dateline">BERGEN, 2 May 2024 -</span> Mayor ')
    assert '<h2 id="p2">Timetable</h2>' in html
    assert '<ul>\n<li id="p3" class="key-point">Boats leave every hour &amp; on the half hour &lt;in summer&gt;.</li>' \
        in html
    assert item["located"] == "BERGEN"
    assert item["by"] == "By Kari Nordmann"
    assert item["language"] == "nb"
    assert item["people"] == [{"name": "Ada Lind"}]
    assert {"name": "Bergen", "literal": "iso3166:NO-46"} in item["places"]
    assert {"name": "Bergen", "uri": "https://www.geonames.org/3161732"} in item["places"]
    assert item["organisations"] == [{"name": "Fjord Transit Authority", "literal": "org:fta"}]
    assert {"name": "Transit", "rel": "initiative"} in item["subjects"]
    assert {"literal": "subj:transport"} in item["subjects"]
    assert {"name": "ferry", "rel": "keyword"} in item["subjects"]
    assert item["infoSources"] == [{"name": "Ola Berg", "role": "contact", "contactInfo": [
        {"type": "email", "value": "press@fta.example.no", "name": "Press officer, Fjord Transit Authority"},
        {"type": "phone", "value": "+47 55 00 00 00", "name": "Press officer, Fjord Transit Authority"}]}]
    assert item["bodies"][1]["role"] == "notes"
    assert item["edNote"] == "SPERREFRIST 2. mai 2024 kl. 06.00"
    assert item["firstCreated"] == item["versionCreated"] == "2024-04-30T09:00:00+00:00"


@pytest.mark.parametrize(("status", "pub"), [("draft", "withheld"), ("review", "withheld"),
                                             ("approved", "usable"), ("released", "usable")])
def test_only_an_approved_release_is_usable(status: str, pub: str) -> None:
    """A draft or a release under review is withheld; an approved or released one is usable."""
    release = _tagged()
    release.status = status
    assert json.loads(ninjs.write(release))["pubStatus"] == pub


def test_an_embargo_without_a_zone_goes_to_the_note_not_the_instant() -> None:
    """An embargo that names no time zone has no instant to state: the item says so in edNote, and stays valid."""
    release = _tagged()
    release.embargo = Embargo(dt.datetime(2024, 5, 2, 6, 0))
    item = json.loads(ninjs.write(release))
    assert "embargoedUntil" not in item
    assert item["edNote"] == "Embargoed until 2024-05-02 06:00 (the release names no time zone)"
    assert _valid(ninjs.write(release), "3.1") == []


@pytest.mark.parametrize("version", VERSIONS)
def test_the_fields_ninjs_carries_come_back(version: str) -> None:
    """Written as ninjs and read again: headline, embargo instant, reference, language, tags, body all the same."""
    release = _tagged()
    back = read_bytes(VERSIONS[version](release), "item.json")
    assert back.headline == release.headline
    assert back.subheadline == release.subheadline
    assert back.embargo is not None
    assert back.embargo.when == release.embargo.when  # the same instant (the zone's name has no ninjs slot)
    assert back.reference == "FTA-2024/12"
    assert back.language == "nb"
    assert back.body == release.body  # text, kinds, key points and every tag with its name and id
    assert back.headline_entities == release.headline_entities
    assert back.dateline == release.dateline
    assert (back.byline, back.abstract, back.photo_credits) == (release.byline, release.abstract,
                                                                release.photo_credits)
    assert back.boilerplate == release.boilerplate
    assert (back.keywords, back.subjects) == (release.keywords, release.subjects)
    assert back.contacts == [Contact("Ola Berg", email="press@fta.example.no", phone="+47 55 00 00 00")]
    assert (back.id, back.status, back.created) == ("ferry-2024", "approved", release.created)


@pytest.mark.parametrize("path", _fixtures(), ids=lambda p: p.name)
def test_every_fixture_release_is_valid_ninjs_in_both_versions(path: Path) -> None:
    """Every release our tests read (and the bundled example) exports as valid ninjs 3.1 and 2.2 and reads back."""
    release = read_path(path)
    for version, write in VERSIONS.items():
        data = write(release)
        assert _valid(data, version) == [], f"{path.name} as ninjs {version}"
        back = read_bytes(data, "item.json")
        assert (back.headline, back.reference, back.language) == (release.headline, release.reference,
                                                                  release.language)
        assert [(p.text, p.entities) for p in back.body] == [(p.text, p.entities) for p in release.body]
        if release.embargo is not None and release.embargo.when.tzinfo is not None:
            assert back.embargo is not None
            assert back.embargo.when == release.embargo.when


def test_the_fixtures_include_embargoes_and_references() -> None:
    """The fixture set really has zoned embargoes and release numbers for the tests above to check."""
    read = [read_path(p) for p in _fixtures()]
    assert sum(1 for r in read if r.embargo is not None and r.embargo.when.tzinfo is not None) >= 5
    assert sum(1 for r in read if r.reference) >= 5


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(releases())
def test_any_release_is_valid_ninjs_and_its_text_comes_back(release: Release) -> None:
    """Whatever the release holds (scripts, markup characters, nested tags, any time zone), both items validate,
    and headline with its tags, language, reference, embargo instant, the dateline's date and the paragraphs' text
    and tags come back."""
    for version, write in VERSIONS.items():
        data = write(release)
        assert _valid(data, version) == []
        back = read_bytes(data, "item.json")
        assert back.headline == release.headline
        assert back.language == release.language
        assert back.reference == release.reference
        if release.embargo is not None and release.embargo.when.tzinfo is not None:
            assert back.embargo is not None
            assert back.embargo.when == release.embargo.when
        if release.dateline.date is not None:  # printed or not
            assert back.dateline.date == release.dateline.date
        if release.headline.strip():
            assert back.headline_entities == release.headline_entities
        kept = [p for p in release.body if p.text.strip()]  # an empty paragraph is no HTML block
        assert [(p.text, p.kind, p.key, p.entities) for p in back.body] == [
            (p.text, p.kind, p.key, p.entities) for p in kept]


def test_the_shipped_schemas_are_iptcs_own() -> None:
    """The ninjs schemas in schemas/iptc/ninjs are byte for byte the ones in ../shared/standards/ninjs."""
    if not SHARED.is_dir():
        pytest.skip("../shared/standards/ninjs is not here")
    for name in ninjs_schema.SCHEMA_FILES.values():
        assert (schemas_dir() / "iptc" / "ninjs" / name).read_bytes() == (SHARED / "schema" / name).read_bytes()


@pytest.mark.parametrize("folder", ["shipped", "shared"])
def test_the_schemas_own_samples_pass_and_fail_as_iptc_says(folder: str) -> None:
    """IPTC's should-pass samples validate against 3.1; its should-fail sample (urgency 0.1) is still refused."""
    if folder == "shared" and not SHARED.is_dir():
        pytest.skip("../shared/standards/ninjs is not here")
    where = SHARED / "schema" if folder == "shared" else None
    if SHARED.is_dir():
        samples = SHARED / "samples"
        for sample in sorted(samples.glob("should_pass_*.json")):
            assert _valid(sample.read_bytes(), "3.1", where) == [], sample.name
        bad = (samples / "should_fail_006_bad_urgency.json").read_bytes()
        errors = _valid(bad, "3.1", where)
        assert errors
        assert any("urgency" in e for e in errors)
    # our own sample of the same mistake, so the check runs without ../shared too
    for version, key in (("3.1", "urgency"), ("2.2", "embargoed")):
        mine = {"uri": "urn:release-desk:bad", key: 0.1}
        assert any(key in e for e in _valid(json.dumps(mine).encode(), version, where))


def test_a_geojson_place_is_checked_without_the_network() -> None:
    """A place's geoJSON reference is answered from our local stand-in: a GeoJSON point passes, a string does not."""
    good = {"uri": "urn:x:1", "places": [{"name": "Bergen", "geoJSON": {"type": "Point", "coordinates": [5.3, 60.4]}}]}
    bad = {"uri": "urn:x:1", "places": [{"name": "Bergen", "geoJSON": "somewhere"}]}
    assert ninjs_schema.errors(good, "3.1") == []
    assert ninjs_schema.errors(bad, "3.1")


def test_a_json_file_is_sniffed_as_ninjs() -> None:
    """A ninjs file is recognised by its content, whatever its name; our own JSON dump is refused with a reason."""
    assert sniff(ninjs.write(_tagged()), "item.txt").name == "ninjs"
    assert sniff(ninjs2.write(_tagged()), "").name == "ninjs"
    from app.formats import json_render

    with pytest.raises(FormatError, match="not a ninjs news item"):
        read_bytes(json_render.write(_tagged()), "dump.json")


def test_someone_elses_ninjs_1_item_reads() -> None:
    """A ninjs 1.x item (headline and body_html as strings) opens with its headline and paragraphs."""
    item = {"uri": "http://example.org/1", "headline": "Harbour reopens", "language": "en",
            "embargoed": "2024-05-02T06:00:00Z",
            "body_html": "<div><p>The harbour <b>reopened</b> today.</p><p>Boats run again.<br>All day.</p></div>"}
    release = read_bytes(json.dumps(item).encode(), "old.json")
    assert release.headline == "Harbour reopens"
    assert [p.text for p in release.body] == ["The harbour reopened today.", "Boats run again.\nAll day."]
    assert release.embargo is not None
    assert release.embargo.when == dt.datetime(2024, 5, 2, 6, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("data", "says"), [
    (b'{"uri": "urn:x", "headlines": [', "not valid JSON"),
    (b'{"uri": "urn:x", "embargoedUntil": "soon"}', "embargoedUntil 'soon' is not an ISO 8601"),
    (b'{"uri": "urn:x", "headlines": [{"value": "Caf\xe9"}]}', "not UTF-8"),
])
def test_broken_ninjs_gets_a_clear_message(data: bytes, says: str) -> None:
    """A broken ninjs file is refused with a message that says what is wrong, naming the file."""
    with pytest.raises(FormatError, match=says) as caught:
        read_bytes(data, "broken.json")
    assert "broken.json" in str(caught.value)


@pytest.mark.parametrize(("to", "version"), [("ninjs", "3.1"), ("ninjs2", "2.2")])
def test_convert_to_ninjs_on_the_command_line(tmp_path: Path, to: str, version: str) -> None:
    """`release-desk convert IN --to ninjs` (and ninjs2) writes a valid item that converts back to text."""
    out = tmp_path / "item.json"
    assert main(["convert", str(resources_dir() / "examples" / "unido-shenzhen.txt"), "--to", to, "-o",
                 str(out)]) == 0
    assert _valid(out.read_bytes(), version) == []
    again = tmp_path / "again.txt"
    assert main(["convert", str(out), "--to", "txt", "-o", str(again)]) == 0
    assert read_path(out).headline in again.read_text(encoding="utf-8")


def test_the_shipped_ninjs_schemas_keep_their_notice() -> None:
    """The ninjs schemas still carry IPTC's CC BY notice, and NOTICE credits them and names our GeoJSON stand-in."""
    for name in ninjs_schema.SCHEMA_FILES.values():
        schema = json.loads((schemas_dir() / "iptc" / "ninjs" / name).read_text(encoding="utf-8"))
        assert "Creative Commons Attribution 4.0" in schema["description"]
    notice = (TESTS.parent / "NOTICE").read_text(encoding="utf-8")
    assert "ninjs 3.1 and 2.2 JSON Schemas © 2024 IPTC, CC BY 4.0" in notice
    assert "GeoJSON-stand-in.json" in notice


def test_an_embargo_without_a_zone_is_a_warning_on_the_command_line(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Converting a release whose embargo names no zone says that ninjs gets only the note, and still writes it."""
    release = _tagged()
    release.embargo = Embargo(dt.datetime(2024, 5, 2, 6, 0), None, "EMBARGOED UNTIL 06:00, 2 May 2024")
    source = tmp_path / "release.xml"
    from app.formats import release_xml

    source.write_bytes(release_xml.write(release))
    out = tmp_path / "item.json"
    assert main(["convert", str(source), "--to", "ninjs2", "-o", str(out)]) == 0
    assert "embargo names no time zone" in capsys.readouterr().err
    assert json.loads(out.read_bytes())["ednote"] == "EMBARGOED UNTIL 06:00, 2 May 2024"


def test_deeply_nested_json_is_refused_not_a_crash() -> None:
    """A JSON file nested a hundred thousand levels deep gets a message, not a traceback."""
    with pytest.raises(FormatError, match="nested too deeply"):
        read_bytes(b'{"uri": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "deep.json")


def test_the_body_counts_words_as_the_status_bar_does() -> None:
    """wordCount counts a CJK character as a word, as the status bar does; charCount leaves out line breaks."""
    release = Release(headline="Counts", body=[Paragraph("p1", "Boats leave at dawn.\nDaily."),
                                               Paragraph("p2", "论坛开幕")])
    body = json.loads(ninjs.write(release))["bodies"][0]
    assert body["wordCount"] == 5 + 4
    assert body["charCount"] == 26 + 4
