"""Opening or validating a native file checks its ids as release.xsd does: a clash or a dangling comment is refused,
named as the schema names it, and a valid file opens whole.

The reader checks ids itself on a valid file (the schema's own id constraints
are slow on long releases); these files break them in each way the schema
knows, and the issues must be exactly those release.xsd gives.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.formats import release_xml
from app.formats.release_schema import explain_all, schema_errors
from app.formats.safexml import parse_bytes
from app.model import Comment, Entity, Paragraph, Release
from app.validation import Issue, batch, read_and_validate
from app.validation.profiles import builtin_profiles


def _file() -> bytes:
    release = Release(
        id="r1", headline="Harbour works start in May",
        body=[
            Paragraph(id="p1", text="Kari Nordmann opened the works.",
                      entities=[Entity(id="e1", kind="person", start=0, end=13)]),
            Paragraph(id="p2", text="The Harbour Authority paid for them.",
                      entities=[Entity(id="e2", kind="organisation", start=4, end=21)]),
        ],
        comments=[Comment(id="c1", paragraph="p2", author="ed", created=dt.datetime(2020, 1, 1), text="Source?")],
    )
    return release_xml.write(release)


def _schema_says(data: bytes) -> list[Issue]:
    """What release.xsd itself reports, in the form's words."""
    tree = parse_bytes(data, "x.release.xml")
    return [Issue.from_problem(p) for p in explain_all(schema_errors(tree), tree)]


def test_a_valid_file_opens_whole() -> None:
    """A file whose ids are all different opens with its paragraphs, tags and comment."""
    release, issues = read_and_validate(_file(), "x.release.xml")
    assert issues == []
    assert release is not None
    assert [e.id for p in release.body for e in p.entities] == ["e1", "e2"]
    assert release.comments[0].paragraph == "p2"


def test_two_tags_with_one_id_are_refused_as_the_schema_says() -> None:
    """A tag that reuses another tag's id (in another paragraph) is refused, in the schema's words."""
    data = _file().replace(b'id="e2"', b'id="e1"')
    release, issues = read_and_validate(data, "x.release.xml")
    assert release is None
    assert issues == _schema_says(data)
    assert any("e1" in i.message for i in issues), issues


def test_a_paragraph_reusing_a_tag_id_is_refused() -> None:
    """A paragraph whose id is a tag's id is refused, as the schema refuses it."""
    data = _file().replace(b'<p id="p2"', b'<p id="e1"').replace(b'paragraph="p2"', b'paragraph="e1"')
    release, issues = read_and_validate(data, "x.release.xml")
    assert release is None
    assert issues
    assert issues == _schema_says(data)


def test_a_comment_on_a_missing_paragraph_is_refused() -> None:
    """A comment anchored to a paragraph that is not there is refused, named on the comment."""
    data = _file().replace(b'paragraph="p2"', b'paragraph="p9"')
    release, issues = read_and_validate(data, "x.release.xml")
    assert release is None
    assert issues
    assert issues == _schema_says(data)


def test_ids_with_blanks_around_them_are_compared_as_the_schema_compares_them() -> None:
    """" e1 " is the id e1 to the schema (blanks around an id do not count): a clash all the same."""
    data = _file().replace(b'id="e2"', b'id=" e1 "')
    release, issues = read_and_validate(data, "x.release.xml")
    assert release is None
    assert issues
    assert issues == _schema_says(data)


def _batch_issues(data: bytes, tmp_path: Path) -> list[tuple[str, str, str | None, int | None]]:
    path = tmp_path / "x.release.xml"
    path.write_bytes(data)
    profile = builtin_profiles()["release-xsd"]
    result = batch.Checker(batch.RunSpec(profile, (), dt.date(2026, 1, 1))).check(str(path))
    return [(i.severity, i.message, i.field, i.line) for i in result.issues]


def _schema_batch_issues(data: bytes) -> list[tuple[str, str, str | None, int | None]]:
    return [(i.severity, i.message, i.field, i.line) for i in _schema_says(data)]


@pytest.mark.parametrize(("old", "new"), [
    (b'id="e2"', b'id="e1"'),  # two tags, one id
    (b'paragraph="p2"', b'paragraph="p9"'),  # a comment on a missing paragraph
    (b'id="e2"', b'id=" e1 "'),  # the same id with blanks around it
    (b'<p id="p2"', b'<p id="c1"'),  # a paragraph with a comment's id (its comment now dangles)
])
def test_validate_reports_id_problems_as_the_schema_does(tmp_path: Path, old: bytes, new: bytes) -> None:
    """`release-desk validate` finds the same id problems, in the same words and lines, as release.xsd."""
    data = _file().replace(old, new)
    found = _batch_issues(data, tmp_path)
    assert found
    assert found == _schema_batch_issues(data)


def test_validate_finds_a_valid_file_valid(tmp_path: Path) -> None:
    """A valid release is valid to `release-desk validate`, with no issue."""
    path = tmp_path / "ok.release.xml"
    path.write_bytes(_file())
    result = batch.Checker(batch.RunSpec(builtin_profiles()["release-xsd"], (), dt.date(2026, 1, 1))).check(str(path))
    assert (result.verdict, result.issues) == ("valid", ())
