"""Validation speaks of the form's fields: plain messages, and the path of the widget to focus."""

from __future__ import annotations

import datetime as dt

from app.formats import release_xml
from app.model import Comment, Contact, Dateline, Entity, Paragraph, Release
from app.validation import Issue, read_and_validate, validate_bytes, validate_release


def _release() -> Release:
    return Release(
        id="r1",
        headline="Shenzhen joins the programme",
        dateline=Dateline(place="SHENZHEN", date=dt.date(2019, 4, 24)),
        body=[
            Paragraph(id="p1", text="LI Yong spoke.", entities=[Entity(id="e1", kind="person", start=0, end=7)]),
            Paragraph(id="p2", text="Second paragraph."),
            Paragraph(id="p3", text="Third paragraph."),
        ],
        contacts=[Contact(name="A", email="a@example.org"), Contact(name="B", email="b@example.org")],
        keywords=["industry"],
    )


def _only(issues: list[Issue], severity: str = "error") -> list[Issue]:
    return [i for i in issues if i.severity == severity]


def test_a_valid_release_has_no_issues() -> None:
    """A complete release validates without a single issue."""
    assert validate_release(_release()) == []


def test_empty_headline() -> None:
    """An empty headline is reported as "Headline is empty" and focuses the headline field."""
    release = _release()
    release.headline = ""
    [issue] = _only(validate_release(release))
    # the headline holds tags (mixed content), which no XSD facet can measure: release.sch says it
    assert issue.message == "Headline is empty; write a headline."
    assert issue.field == "headline"
    assert issue.code == "headline-present"


def test_bad_contact_email() -> None:
    """A second contact with a bad e-mail is "Contact 2: e-mail is not an address" on contacts[1].email."""
    release = _release()
    release.contacts[1].email = "b at example dot org"
    [issue] = _only(validate_release(release))
    assert issue.message == "Contact 2: e-mail is not an address"
    assert issue.field == "contacts[1].email"
    assert issue.xpath


def test_bad_date_in_a_file() -> None:
    """A dateline date of 30 February in a file is reported with its line and the dateline date field."""
    data = release_xml.write(_release()).replace(b"2019-04-24", b"2019-02-30")
    [issue] = validate_bytes(data, "bad-date.xml")
    assert issue.message == "Dateline: date is not a valid date (YYYY-MM-DD)"
    assert issue.field == "dateline.date"
    assert issue.line == 8


def test_several_problems_are_all_reported() -> None:
    """Bad language, status and keyword problems are all listed, each with its own field."""
    release = _release()
    release.language = "english please"
    release.status = "final"
    release.contacts[0].email = ""
    fields = {i.field: i.message for i in _only(validate_release(release))}
    assert fields["language"] == "Language is not a language tag such as 'en' or 'zh-Hans'"
    assert fields["status"] == "Status is not one of draft, review, approved, released"
    assert fields["contacts[0].email"] == "Contact 1: e-mail is not an address"


def test_empty_paragraph_is_a_warning() -> None:
    """An empty third paragraph gives the warning "Paragraph 3 is empty" on body[2]."""
    release = _release()
    release.body[2].text = "  "
    [issue] = validate_release(release)
    assert (issue.severity, issue.message, issue.field) == ("warning", "Paragraph 3 is empty", "body[2]")


def test_duplicate_id_names_the_paragraph() -> None:
    """Two paragraphs with the same id are reported on the paragraph, saying the id is used twice."""
    release = _release()
    release.body[2].id = "p2"
    issues = _only(validate_release(release))
    assert any(i.field.startswith("body[") and "id 'p2' is used twice" in i.message for i in issues), issues


def test_comment_on_a_missing_paragraph() -> None:
    """A comment on a paragraph that no longer exists is reported on that comment."""
    release = _release()
    release.comments.append(Comment(id="c1", paragraph="gone", author="ed", created=dt.datetime(2020, 1, 1), text="?"))
    [issue] = _only(validate_release(release))
    assert issue.field == "comments[0]"
    assert issue.message == "Comment 1 is anchored to paragraph 'gone', which does not exist"


def test_control_character_is_a_warning_on_its_field() -> None:
    """A control character in a keyword is a warning on that keyword, since saving will strip it."""
    release = _release()
    release.keywords.append("bad\x0bkeyword")
    [issue] = validate_release(release)
    assert (issue.severity, issue.field) == ("warning", "keywords[1]")
    assert issue.message.startswith("Keyword 2: removed 1 control character")


def test_not_well_formed_file_gives_one_issue_with_line_and_column() -> None:
    """A broken file gives exactly one error, at the line and column where it breaks."""
    [issue] = validate_bytes(b"<release>\n  <headline>oops</release>", "broken.xml")
    assert issue.severity == "error"
    assert issue.line == 2
    assert issue.column is not None
    assert "not well-formed" in issue.message


def test_missing_headline_in_a_file() -> None:
    """A file without a headline element says the headline is missing."""
    data = release_xml.write(_release())
    start, end = data.index(b"  <headline>"), data.index(b"</headline>\n") + len(b"</headline>\n")
    issues = validate_bytes(data[:start] + data[end:], "no-headline.xml")
    assert [(i.message, i.field) for i in issues] == [("Headline is missing", "headline")]


def test_missing_status_at_the_end_of_the_release() -> None:
    """A file whose language is followed by no status says the status is missing."""
    data = release_xml.write(_release()).replace(b"  <status>draft</status>\n", b"")
    issues = validate_bytes(data, "no-status.xml")
    assert [(i.message, i.field) for i in issues] == [("Status is missing", "status")]


def test_prefixed_file_maps_errors_to_fields() -> None:
    """A file written with an r: prefix instead of a default namespace still maps errors to fields."""
    data = release_xml.write(_release()).replace(b'xmlns="urn', b'xmlns:r="urn')
    data = data.replace(b"<", b"<r:").replace(b"<r:/", b"</r:").replace(b"<r:?xml", b"<?xml")
    data = data.replace(b"b@example.org", b"nobody")
    [issue] = validate_bytes(data, "prefixed.xml")
    assert issue.field == "contacts[1].email"


def test_read_and_validate_returns_the_release_when_valid() -> None:
    """Opening a valid file returns the release and no issues, from a single parse."""
    release, issues = read_and_validate(release_xml.write(_release()), "ok.xml")
    assert issues == []
    assert release == _release()
