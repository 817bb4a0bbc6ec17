"""Severity follows the status: what a finished release must have is a warning on a draft, an error on approval."""

from __future__ import annotations

import pytest

from app.formats import release_xml
from app.model import Contact, Release
from app.validation import validate_bytes, validate_release
from tests.validation.defects import TODAY, base_release

#: The three things a finished release must have, as (warning code, error code, field).
REQUIRED = [("contact-reachable", "contact-reachable-finished", "contacts"),
            ("date-present", "date-present-finished", "dateline.date"),
            ("summary-present", "summary-present-finished", "abstract")]


def _bare() -> Release:
    """A statement as many arrive: a headline and nothing else a briefing note needs."""
    release = base_release()
    release.contacts = [Contact(name="Office of the Mayor")]
    release.dateline.date = None
    release.body = []
    release.comments = []
    return release


def _verdicts(release: Release, status: str | None = None) -> set[tuple[str, str, str | None]]:
    return {(i.severity, i.code, i.field) for i in validate_release(release, today=TODAY, status=status)}


def test_a_draft_without_contact_date_or_summary_has_warnings_only() -> None:
    """A draft statement with no contact, date or text gets one warning for each, pointing at its field."""
    assert _verdicts(_bare()) == {("warning", code, field) for code, _, field in REQUIRED}


def test_under_review_the_same_release_still_has_warnings_only() -> None:
    """Review is still work in progress: the same three warnings, no error."""
    release = _bare()
    release.status = "review"
    assert _verdicts(release) == {("warning", code, field) for code, _, field in REQUIRED}


def test_the_same_release_approved_has_three_errors() -> None:
    """Saved as approved, the same release gets the three as errors that say the status."""
    release = _bare()
    release.status = "approved"
    issues = validate_release(release, today=TODAY)
    assert {(i.severity, i.code, i.field) for i in issues} == {("error", code, field) for _, code, field in REQUIRED}
    assert all("a release that is approved must have" in i.message for i in issues)


@pytest.mark.parametrize("status", ["approved", "released"])
def test_asking_for_a_status_judges_a_draft_as_that(status: str) -> None:
    """The status override gives the verdicts of approving (or releasing) a draft, and leaves the draft alone."""
    release = _bare()
    assert _verdicts(release, status) == {("error", code, field) for _, code, field in REQUIRED}
    assert release.status == "draft"


def test_asking_for_draft_relaxes_an_approved_release() -> None:
    """An approved release judged as a draft has warnings where it had errors."""
    release = _bare()
    release.status = "approved"
    assert {severity for severity, _, _ in _verdicts(release, "draft")} == {"warning"}


def test_a_complete_release_passes_approval() -> None:
    """A release with a reachable contact, a date and a lead paragraph has no issue when approved."""
    assert validate_release(base_release(), today=TODAY, status="approved") == []


def test_the_lead_paragraph_is_the_summary_when_there_is_none() -> None:
    """No summary but a lead paragraph: nothing missing; no lead but a summary: nothing missing either."""
    release = base_release()
    release.abstract = None
    assert "summary-present-finished" not in {i.code for i in validate_release(release, today=TODAY,
                                                                             status="approved")}
    release.abstract = "The harbour has a new ferry line to the islands."
    release.body = []
    release.comments = []
    assert "summary-present-finished" not in {i.code for i in validate_release(release, today=TODAY,
                                                                             status="approved")}


def test_a_file_saved_as_approved_gets_the_approval_verdicts() -> None:
    """A release file whose status is approved gives errors without being told; told "draft", warnings."""
    release = _bare()
    release.status = "approved"
    data = release_xml.write(release)
    assert {i.severity for i in validate_bytes(data, "r.xml", today=TODAY)} == {"error"}
    assert {i.severity for i in validate_bytes(data, "r.xml", today=TODAY, status="draft")} == {"warning"}


def test_a_phone_alone_makes_a_contact_reachable() -> None:
    """One contact with a phone number and no e-mail is enough to approve."""
    release = base_release()
    release.contacts = [Contact(name="Duty officer", phone="+47 55 00 00 00")]
    assert validate_release(release, today=TODAY, status="approved") == []
