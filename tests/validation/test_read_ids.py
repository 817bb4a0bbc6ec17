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
    (b'id="e2"', "id=\"\u00e92\"".encode()),  # a tag id outside the ids' pattern (a name, but not ASCII)
    (b'<p id="p2"', b'<p id="p:2"'),  # a paragraph id with a colon (and its comment now dangles)
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


@pytest.mark.parametrize("bad", ["\u00e91", "e-\u00fc", "p\u00b72"])
def test_an_id_outside_the_pattern_is_refused_as_the_schema_refuses_it(bad: str) -> None:
    """An id that is an XML name but breaks release.xsd's pattern for ids (the reader checks the pattern
    itself on a valid file) is refused, on its line and in the schema's words."""
    data = _file().replace(b'id="e1"', f'id="{bad}"'.encode())
    release, issues = read_and_validate(data, "x.release.xml")
    assert release is None
    assert issues
    assert issues == _schema_says(data)
    assert any(bad in i.message or bad in (i.detail or "") for i in issues), issues


def test_tags_with_one_attribute_and_with_three_open_alike() -> None:
    """A tag with only its id and one with a name and a reference both open with what they say."""
    data = _file().replace(b'<person id="e1"', b'<person ref="Q1" id="e1" name="Kari Nordmann"')
    release, issues = read_and_validate(data, "x.release.xml")
    assert issues == []
    assert release is not None
    first, second = (p.entities[0] for p in release.body)
    assert (first.id, first.name, first.ref) == ("e1", "Kari Nordmann", "Q1")
    assert (second.id, second.name, second.ref) == ("e2", None, None)


def test_the_reader_reads_the_id_of_every_element_release_xsd_lets_carry_one() -> None:
    """The reader skips counting a valid tree's ids only because it reads every id the schema allows."""
    from app.formats.release_schema import id_bearing_elements
    from app.formats.release_xml.reader import READS_IDS_OF

    bearing = id_bearing_elements()
    assert bearing is not None
    assert {"release", "p", "person", "comment", "reply"} <= bearing <= READS_IDS_OF


def _schema_doc(extra: str = "", identifier: str = "[A-Za-z_][A-Za-z0-9_.\\-]*"):
    from lxml import etree

    return etree.ElementTree(etree.fromstring(f"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
        xmlns:r="urn:t" targetNamespace="urn:t" elementFormDefault="qualified">
      <xs:element name="doc" type="r:Doc"/>
      <xs:complexType name="Doc"><xs:sequence>
        <xs:element name="item" type="r:Item" maxOccurs="unbounded"/>{extra}
      </xs:sequence><xs:attribute name="id" type="r:Identifier"/></xs:complexType>
      <xs:complexType name="Item"><xs:attribute name="id" type="r:Identifier"/></xs:complexType>
      <xs:complexType name="Note"><xs:attribute name="lang" type="xs:string"/></xs:complexType>
      <xs:simpleType name="Identifier"><xs:restriction base="xs:NCName">
        <xs:pattern value="{identifier}"/></xs:restriction></xs:simpleType>
    </xs:schema>"""))


def test_the_elements_that_carry_ids_are_read_from_the_schema() -> None:
    """Another element given an id in the schema is named; one the reader cannot follow makes it say so."""
    from app.formats.id_constraints import elements_with_ids

    assert elements_with_ids(_schema_doc()) == {"doc", "item"}
    assert elements_with_ids(_schema_doc('<xs:element name="note" type="r:Note"/>')) == {"doc", "item"}
    with_wildcard = _schema_doc('<xs:any processContents="lax" minOccurs="0"/>')
    assert elements_with_ids(with_wildcard) is None
    anonymous = _schema_doc('<xs:element name="note"><xs:complexType>'
                            '<xs:attribute name="id" type="xs:ID"/></xs:complexType></xs:element>')
    assert elements_with_ids(anonymous) is None


@pytest.mark.parametrize(("pattern", "taken"), [
    ("[A-Za-z_][A-Za-z0-9_.\\-]*", True),
    ("[a-z]+\\d*", True),
    ("\\i\\c*", False),  # XSD's name escapes: Python has none
    ("p.+", False),  # XSD's "." does not match a carriage return; Python's does
    ("[a-z]+$", False),  # "$" is a letter in XSD and an anchor in Python
    ("\\w+", False),  # XSD's \\w takes symbols Python's does not
    ("[a-z-[aeiou]]+", False),  # XSD's class subtraction
])
def test_the_ids_pattern_is_checked_in_python_only_when_python_reads_it_as_xsd_does(pattern: str, taken: bool) -> None:
    """The quick schema leaves the ids' pattern to Python only when the two agree on what it means."""
    from app.formats.id_constraints import without_id_constraints

    quick = without_id_constraints(_schema_doc(identifier=pattern))
    assert (quick.ids_pattern is not None) == taken
    if taken:
        assert quick.ids_match(["ab", "cd"])
        assert not quick.ids_match(["ab", "C\u00e9"])


def test_the_ids_pattern_stays_in_the_schema_when_another_attribute_has_its_type() -> None:
    """An attribute of the ids' type that the reader does not collect keeps the pattern in libxml2's hands."""
    from app.formats.id_constraints import without_id_constraints

    doc = _schema_doc('<xs:element name="link" type="r:Link" minOccurs="0"/>')
    link = doc.getroot().makeelement("{http://www.w3.org/2001/XMLSchema}complexType", name="Link")
    link.append(link.makeelement("{http://www.w3.org/2001/XMLSchema}attribute", name="to", type="r:Identifier"))
    doc.getroot().append(link)
    assert without_id_constraints(doc).ids_pattern is None
