"""Validation profiles: built-in, from the user's catalog, or any XSD + Schematron an archivist brings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from app.validation.profiles import (
    RELEASE,
    Profile,
    ProfileError,
    adhoc_profile,
    all_profiles,
    by_namespace,
    default_catalog_path,
    load_catalog,
    save_catalog,
)
from app.validation.validator import CompiledProfile, load_xsd

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "profiles"
MEMO = FIXTURES / "memo"
NITF_NS = "http://iptc.org/std/NITF/2006-10-18/"
G2_NS = "http://iptc.org/std/nar/2006-10-01/"


def _check(profile: Profile, path: Path) -> list[tuple[str, str]]:
    return [(i.severity, i.code) for i in CompiledProfile(profile).check(etree.parse(str(path)))]


def test_own_xsd_and_schematron_pass_a_good_file() -> None:
    """A memo that follows the memo schema and its rules has no issue."""
    assert _check(adhoc_profile(MEMO / "memo.xsd", MEMO / "memo.sch"), MEMO / "valid.xml") == []


def test_own_xsd_and_schematron_report_everything() -> None:
    """A bad memo gets the schema's error and both rules' findings, with their roles as severities."""
    issues = _check(adhoc_profile(MEMO / "memo.xsd", MEMO / "memo.sch"), MEMO / "invalid.xml")
    assert issues == [("error", "SCHEMAV_CVC_ENUMERATION_VALID"), ("warning", "memo-subject-short"),
                      ("error", "memo-body-text")]


def test_import_by_web_address_is_served_from_the_schema_folder() -> None:
    """memo.xsd imports https://schemas.example.invalid/common.xsd; the copy beside it is used, nothing is fetched."""
    schema = load_xsd(MEMO / "memo.xsd")
    bad = etree.fromstring(b'<memo xmlns="urn:example:memo" xmlns:c="urn:example:common" c:priority="x">'
                           b"<to>a</to><subject>s</subject><body>b</body></memo>")
    assert not schema.validate(bad)
    assert "priority" in str(schema.error_log)


def test_include_from_outside_the_folder_is_refused() -> None:
    """A schema that includes a file from another folder does not compile, and the message names the file."""
    with pytest.raises(ProfileError, match=r"memo-parts\.xsd, which is neither in its folder"):
        load_xsd(FIXTURES / "escape" / "outside.xsd")


def test_a_missing_schema_is_a_clear_error() -> None:
    """A profile whose XSD is not there says which file it could not read."""
    with pytest.raises(ProfileError, match=r"nowhere\.xsd: cannot read"):
        CompiledProfile(adhoc_profile(FIXTURES / "nowhere.xsd"))


def test_catalog_round_trip_and_relative_paths(tmp_path: Path) -> None:
    """Profiles saved to a catalog load again, with paths relative to the catalog resolved."""
    catalog = tmp_path / "profiles.json"
    catalog.write_text(json.dumps({"profiles": [
        {"name": "memo", "schema": str(MEMO / "memo.xsd"), "schematron": str(MEMO / "memo.sch"),
         "namespaces": ["urn:example:memo"], "description": "test memos"},
        {"name": "relative", "schema": "schemas/x.xsd"},
    ]}), encoding="utf-8")
    profiles = load_catalog(catalog)
    assert profiles["memo"].schematron == MEMO / "memo.sch"
    assert profiles["relative"].schema == tmp_path / "schemas" / "x.xsd"
    again = tmp_path / "again.json"
    save_catalog(list(profiles.values()), again)
    assert load_catalog(again) == profiles


def test_catalog_lives_in_the_users_config_folder() -> None:
    """Without a path, the catalog is profiles.json in the (test's own) config folder; none there is no profiles."""
    assert default_catalog_path().parts[-2:] == ("release-desk", "profiles.json")
    assert load_catalog() == {}
    assert set(all_profiles()) == {"release", "release-xsd", "nitf", "newsml-g2"}


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "not JSON"),
    ('{"profiles": {}}', '"profiles" list'),
    ('{"profiles": [{"schema": "x.xsd"}]}', "needs a name"),
    ('{"profiles": [{"name": "release", "schema": "x.xsd"}]}', "already taken"),
    ('{"profiles": [{"name": "x"}]}', "needs a schema"),
])
def test_broken_catalogs_say_what_is_wrong(tmp_path: Path, content: str, message: str) -> None:
    """A catalog with a mistake is refused with a message that names the mistake."""
    catalog = tmp_path / "profiles.json"
    catalog.write_text(content, encoding="utf-8")
    with pytest.raises(ProfileError, match=message):
        load_catalog(catalog)


def test_files_pick_their_profile_by_namespace(tmp_path: Path) -> None:
    """The release namespace picks the built-in release profile; a catalog entry claims its own namespace."""
    catalog = tmp_path / "profiles.json"
    catalog.write_text(json.dumps({"profiles": [
        {"name": "memo", "schema": str(MEMO / "memo.xsd"), "namespaces": ["urn:example:memo"]}]}), encoding="utf-8")
    table = by_namespace(all_profiles(catalog))
    assert table["urn:release-desk:release:1"].name == RELEASE
    assert table["urn:example:memo"].name == "memo"


# -- the IPTC standards, as an archivist would bring them --------------------------


def test_nitf_samples_are_valid_under_a_nitf_profile(shared_dir: Path) -> None:
    """Both NITF samples in ../shared/standards validate against the NITF 3.6 schema loaded as a profile."""
    folder = shared_dir / "standards" / "nitf"
    profile = Profile("nitf", folder / "schema" / "nitf-3-6.xsd", namespaces=(NITF_NS,))
    samples = sorted((folder / "samples").glob("*.xml"))
    assert len(samples) == 2
    for sample in samples:
        assert _check(profile, sample) == [], sample.name


def test_newsml_g2_samples_and_the_one_built_to_fail(shared_dir: Path) -> None:
    """NewsML-G2 2.35 samples validate under their profile; should_fail_* is invalid at `related`."""
    folder = shared_dir / "standards" / "newsml-g2"
    compiled = CompiledProfile(Profile("g2", folder / "schema" / "NewsML-G2_2.35-spec-All-Power.xsd",
                                       namespaces=(G2_NS,)))
    checked = 0
    for sample in sorted((folder / "samples").glob("*.xml")):
        tree = etree.parse(str(sample))
        if etree.QName(tree.getroot()).namespace != G2_NS:
            continue  # LISTING_28 is a fragment without a namespace: no schema applies to it
        issues = compiled.check(tree)
        if sample.name.startswith("should_fail"):
            assert [i.code for i in issues] == ["SCHEMAV_ELEMENT_CONTENT"]
            assert issues[0].line == 65
            assert "related" in issues[0].message
        else:
            assert issues == [], (sample.name, issues[:2])
        checked += 1
    assert checked == 7


def test_the_release_profile_claims_the_release_namespace() -> None:
    """Files in the native namespace pick the release profile (profiles spells the namespace without loading the
    release reader; it must stay the schema's)."""
    from app.formats.release_schema import NAMESPACE
    from app.validation import profiles

    assert profiles.NAMESPACE == NAMESPACE
    assert profiles.by_namespace(profiles.builtin_profiles())[NAMESPACE].name == profiles.RELEASE
