"""The built-in IPTC profiles: unchanged official schemas, chosen by root namespace, attribution kept."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.cli import main
from app.paths import schemas_dir
from app.validation.profiles import all_profiles

PROJECT = Path(__file__).resolve().parent.parent.parent
FIXTURES = PROJECT / "tests" / "fixtures" / "nitf"
SHIPPED = {
    "nitf/nitf-3-6.xsd": "nitf/schema/nitf-3-6.xsd",
    "nitf/nitf-3-6-ruby-include.xsd": "nitf/schema/nitf-3-6-ruby-include.xsd",
    "nitf/xml.xsd": "nitf/schema/xml.xsd",
    "newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd": "newsml-g2/schema/NewsML-G2_2.35-spec-All-Power.xsd",
    "newsml-g2/xml.xsd": "newsml-g2/schema/xml.xsd",
}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_shipped_schemas_are_unchanged_copies(shared_dir: Path) -> None:
    """Every IPTC schema under schemas/iptc is byte for byte the official one."""
    for ours, theirs in SHIPPED.items():
        assert _sha(schemas_dir() / "iptc" / ours) == _sha(shared_dir / "standards" / theirs), ours


def test_shipped_schemas_keep_their_licence_notices() -> None:
    """The NITF schema still carries IPTC's licence agreement and NewsML-G2 its CC BY notice; NOTICE credits both."""
    nitf = (schemas_dir() / "iptc" / "nitf" / "nitf-3-6.xsd").read_text(encoding="utf-8")
    assert "Non-Exclusive License Agreement" in nitf
    g2 = (schemas_dir() / "iptc" / "newsml-g2" / "NewsML-G2_2.35-spec-All-Power.xsd").read_text(encoding="utf-8")
    assert "Creative Commons Attribution 4.0" in g2
    notice = (PROJECT / "NOTICE").read_text(encoding="utf-8")
    assert "NITF 3.6 XML Schema © IPTC" in notice
    assert "NewsML-G2 2.35 XML Schema © IPTC, CC BY 4.0" in notice


def test_profiles_nitf_and_newsml_g2_are_built_in() -> None:
    """Without any catalog, `nitf` and `newsml-g2` exist and point at the shipped schemas."""
    profiles = all_profiles(PROJECT / "no-such-catalog.json")
    assert profiles["nitf"].schema == schemas_dir() / "iptc" / "nitf" / "nitf-3-6.xsd"
    assert profiles["newsml-g2"].namespaces == ("http://iptc.org/std/nar/2006-10-01/",)


def _report(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, dict]]:
    report = tmp_path / "r.json"
    code = main(["validate", *args, "--report", str(report), "--jobs", "1"])
    capsys.readouterr()
    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    return code, {Path(f["path"]).name: f for f in files}


def test_profile_is_chosen_by_root_namespace_and_older_nitf_is_unchecked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A 3.6 NITF is checked by nitf automatically; 3.3 and namespace-less NITF are unchecked, their version named."""
    code, files = _report(tmp_path, capsys, str(FIXTURES / "nitf-3.6-doctype-valid.xml"),
                          str(FIXTURES / "nitf-3.3-utf16.xml"), str(FIXTURES / "nitf-3.1-doctype-latin1.xml"))
    assert code == 3
    assert (files["nitf-3.6-doctype-valid.xml"]["verdict"], files["nitf-3.6-doctype-valid.xml"]["profile"]) == (
        "valid", "nitf")
    assert files["nitf-3.3-utf16.xml"]["verdict"] == "unchecked"
    assert "NITF 3.3" in files["nitf-3.3-utf16.xml"]["issues"][0]["message"]
    assert "NITF without a namespace" in files["nitf-3.1-doctype-latin1.xml"]["issues"][0]["message"]


def test_named_nitf_profile_says_the_version_of_an_older_file(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """`--profile nitf` on an NITF 3.3 file does not call it invalid: it is unchecked, and the message says 3.3."""
    code, files = _report(tmp_path, capsys, str(FIXTURES / "nitf-3.3-utf16.xml"), "--profile", "nitf")
    assert code == 3
    assert files["nitf-3.3-utf16.xml"]["verdict"] == "unchecked"


def test_a_newsml_item_with_broken_inline_nitf_is_invalid(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """The newsml-g2 profile checks the NITF inside inlineXML too: a bad NITF element makes the item invalid."""
    from app.formats import newsmlg2
    from app.model import Paragraph, Release

    data = newsmlg2.write(Release(headline="Ferry", body=[Paragraph("p1", "Boats run hourly.")]))
    bad = tmp_path / "item.xml"
    bad.write_bytes(data.replace(b'<p id="p1">', b'<para id="p1">').replace(b"hourly.</p>", b"hourly.</para>"))
    good = tmp_path / "good.xml"
    good.write_bytes(data)
    code, files = _report(tmp_path, capsys, str(bad), str(good))
    assert code == 1
    assert files["good.xml"]["verdict"] == "valid"
    assert files["item.xml"]["verdict"] == "invalid"
    assert "para" in files["item.xml"]["issues"][0]["message"]
