"""The editorial rules (schemas/release.sch) in the editor: each names its field, and "today" is the test's."""

from __future__ import annotations

import datetime as dt

from lxml import etree, isoschematron

from app.formats import release_xml
from app.model import Contact, Entity, Release
from app.paths import schemas_dir
from app.validation import validate_bytes, validate_release
from tests.validation.defects import TODAY, base_release


def _by_code(release: Release, today: dt.date = TODAY) -> dict[str, tuple[str, str | None, str]]:
    return {i.code: (i.severity, i.field, i.message) for i in validate_release(release, today=today)}


def test_base_release_breaks_no_rule() -> None:
    """A complete release with a reachable contact and past dates has no editorial issue."""
    assert validate_release(base_release(), today=TODAY) == []


def test_long_headline_is_a_warning_on_the_headline() -> None:
    """A 160-character headline is a warning on the headline field that says how long it is."""
    release = base_release()
    release.headline = "Harbour " * 20
    severity, field, message = _by_code(release)["headline-length"]
    assert (severity, field) == ("warning", "headline")
    assert "159 characters" in message


def test_future_dateline_depends_on_the_day_given() -> None:
    """A dateline of 1 July is "in the future" on 1 June and fine on 2 July: today is a parameter."""
    release = base_release()
    release.created = None
    release.dateline.date = dt.date(2024, 7, 1)
    severity, field, _ = _by_code(release, dt.date(2024, 6, 1))["dateline-not-future"]
    assert (severity, field) == ("error", "dateline.date")
    assert "dateline-not-future" not in _by_code(release, dt.date(2024, 7, 2))


def test_dateline_after_creation() -> None:
    """A dateline five days after the release was created is an error on the dateline date."""
    release = base_release()
    release.dateline.date = dt.date(2024, 5, 25)
    assert _by_code(release)["dateline-after-created"][:2] == ("error", "dateline.date")


def test_unreachable_contacts_point_at_the_contacts() -> None:
    """Contacts without an e-mail or a phone are a warning on the contacts list, not an error: a real
    release often names its press officer only."""
    release = base_release()
    release.contacts[0].email = None
    release.contacts[0].phone = None
    assert _by_code(release)["contact-reachable"][:2] == ("warning", "contacts")


def test_no_contacts_at_all() -> None:
    """A release with no contact at all is told that no contact can be reached."""
    release = base_release()
    release.contacts = []
    assert "contact-reachable" in _by_code(release)


def test_malformed_email_and_phone_name_the_second_contact() -> None:
    """A doubled dot in an e-mail is an error and words in a phone a warning, each on contact 2's field."""
    release = base_release()
    release.contacts.append(Contact(name="B", email="b@example..org", phone="ring ring"))
    codes = _by_code(release)
    assert codes["email-form"][:2] == ("error", "contacts[1].email")
    assert codes["email-form"][2].startswith("Contact 2: e-mail")
    assert codes["phone-form"][:2] == ("warning", "contacts[1].phone")
    assert codes["phone-form"][2].startswith('Contact 2: phone "ring ring"')


def test_good_phone_numbers_pass() -> None:
    """Phone numbers written the usual ways are accepted."""
    for phone in ("+47 55 00 00 00", "(020) 7946-0958", "+1 410.555.0142", "0043/1/26026", "0043 1 26026"):
        release = base_release()
        release.contacts[0].phone = phone
        assert "phone-form" not in _by_code(release), phone


def test_a_grammar_error_is_not_repeated_by_a_rule() -> None:
    """An e-mail that is no address shows the schema's message only, not a second editorial one."""
    release = base_release()
    release.contacts[0].email = "nobody"
    issues = validate_release(release, today=TODAY)
    assert [(i.field, i.message) for i in issues] == [("contacts[0].email", "Contact 1: e-mail is not an address")]


def test_an_empty_headline_is_said_once_and_points_at_the_headline() -> None:
    """An empty or blank headline gives one error on the headline field that says it is empty."""
    for blank in ("", "  "):
        release = base_release()
        release.headline = blank
        issues = validate_release(release, today=TODAY)
        assert [(i.severity, i.field, i.message, i.code) for i in issues] == [
            ("error", "headline", "Headline is empty; write a headline.", "headline-present")
        ]


def test_an_empty_tag_in_the_headline_names_the_headline() -> None:
    """A tag holding only spaces in the headline is reported as the headline's, not a paragraph's."""
    release = base_release()
    release.headline_entities = [Entity(id="h1", kind="place", start=7, end=8)]  # the space after "Harbour"
    issues = [i for i in validate_release(release, today=TODAY) if i.code == "empty-tag"]
    assert [(i.field, i.message) for i in issues] == [
        ("headline", "Headline: the <place> tag h1 has no text; tag a word or remove the tag.")
    ]


def test_empty_paragraph_is_reported_once() -> None:
    """An empty paragraph gives one warning, though the model check and the rule both see it."""
    release = base_release()
    release.body[1].text = " "
    issues = validate_release(release, today=TODAY)
    assert [(i.severity, i.field, i.message) for i in issues] == [("warning", "body[1]", "Paragraph 2 is empty")]


def test_rules_on_a_file_carry_lines() -> None:
    """In a file, an editorial issue names the line of the offending element."""
    release = base_release()
    release.contacts[0].phone = "call the desk"
    data = release_xml.write(release)
    [issue] = validate_bytes(data, "r.xml", today=TODAY)
    expected_line = data[: data.index(b"<phone>")].count(b"\n") + 1
    assert (issue.code, issue.line, issue.field) == ("phone-form", expected_line, "contacts[0].phone")


def test_every_rule_has_an_id_a_role_and_words() -> None:
    """Every assertion in release.sch has an id, a role of error or warning, and a message."""
    tree = etree.parse(str(schemas_dir() / "release.sch"))
    ns = {"sch": "http://purl.oclc.org/dsdl/schematron"}
    asserts = tree.xpath("//sch:assert | //sch:report", namespaces=ns)
    assert len(asserts) >= 10
    for el in asserts:
        assert el.get("id"), etree.tostring(el)
        assert el.get("role") in ("error", "warning"), el.get("id")
        assert "".join(el.itertext()).strip(), el.get("id")
    ids = [el.get("id") for el in asserts]
    assert len(ids) == len(set(ids))


def test_plain_lxml_runs_the_rules_too() -> None:
    """Archivists can run release.sch with lxml's own Schematron class, with the clock as today; without our
    phone number functions a phone is checked by its characters, and the status is still the file's."""
    schematron = isoschematron.Schematron(etree.parse(str(schemas_dir() / "release.sch")), store_report=True)
    good = etree.fromstring(release_xml.write(base_release()))
    assert schematron.validate(good)
    release = base_release()
    release.contacts[0].email = "press@example..org"
    release.contacts[0].phone = "call the desk"
    release.status = "approved"
    release.dateline.date = None
    assert not schematron.validate(etree.fromstring(release_xml.write(release)))
    svrl = schematron.validation_report
    failed = {(el.get("id"), el.get("role")) for el in svrl.iter("{http://purl.oclc.org/dsdl/svrl}failed-assert")}
    assert failed == {("email-form", "error"), ("phone-pattern", "warning"), ("date-present-finished", "error")}


def test_opening_a_file_checks_the_schema_only() -> None:
    """Opening a release with a bad phone gives the release and no issue; the full file check names the phone."""
    from app.validation import read_and_validate

    release = base_release()
    release.contacts[0].phone = "call the desk"
    data = release_xml.write(release)
    opened, issues = read_and_validate(data, "r.xml", today=TODAY)
    assert opened == release
    assert issues == []
    assert [i.code for i in read_and_validate(data, "r.xml", editorial=True, today=TODAY)[1]] == ["phone-form"]
