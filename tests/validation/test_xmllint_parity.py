"""`release-desk validate` and `xmllint --schema` give the same verdict and errors, line for line.

Run on IPTC's own samples (../shared/standards) and on our DOCTYPE fixtures: a
DOCTYPE naming a DTD is accepted by both, the DTD is loaded by neither, and the
schema errors and their lines are the same. xmllint is installed by .ci/run.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.cli import main
from app.validation.profiles import builtin_profiles

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nitf"
_ERROR = re.compile(r"^(?P<path>.+?):(?P<line>\d+): element [^:]+: Schemas validity error : (?P<message>.*)$")


def _xmllint(schema: Path, file: Path) -> tuple[bool, list[tuple[int, str]]]:
    xmllint = shutil.which("xmllint")
    assert xmllint is not None, "xmllint is missing: install libxml2-utils (.ci/run does)"
    done = subprocess.run([xmllint, "--noout", "--schema", str(schema), str(file)], capture_output=True,
                          text=True, check=False, timeout=120)
    errors = [(int(m["line"]), m["message"].strip()) for m in map(_ERROR.match, done.stderr.splitlines()) if m]
    return done.returncode == 0, errors


def _ours(files: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, dict]:
    report = tmp_path / "report.json"
    main(["validate", *map(str, files), "--report", str(report), "--jobs", "1"])
    capsys.readouterr()
    return {Path(f["path"]).name: f for f in json.loads(report.read_text(encoding="utf-8"))["files"]}


def _compare(files: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> int:
    """Assert parity for every file a built-in profile checked; returns how many were compared."""
    profiles = builtin_profiles()
    ours = _ours(files, tmp_path, capsys)
    compared = 0
    for file in files:
        row = ours[file.name]
        if row["verdict"] == "unchecked":
            continue
        schema = profiles[row["profile"]].schema
        assert schema is not None
        valid, errors = _xmllint(schema, file)
        assert (row["verdict"] == "valid") == valid, (file.name, row["verdict"], errors)
        mine = [(i["line"], i["message"]) for i in row["issues"] if i["severity"] == "error"]
        assert mine == errors, file.name
        compared += 1
    return compared


def test_doctype_fixtures_agree_with_xmllint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Our NITF files with a DOCTYPE (valid; a schema error on line 14) get xmllint's verdicts and lines; those
    whose version attribute says 3.4 or 3.5 are unchecked (the 3.6 schema is not theirs), not compared."""
    files = sorted(FIXTURES.glob("*.xml"))
    assert _compare(files, tmp_path, capsys) >= 4
    older = _ours([FIXTURES / "nitf-3.4.xml", FIXTURES / "nitf-3.5-doctype.xml"], tmp_path, capsys)
    assert {name: f["verdict"] for name, f in older.items()} == {"nitf-3.4.xml": "unchecked",
                                                                 "nitf-3.5-doctype.xml": "unchecked"}
    ours = _ours([FIXTURES / "nitf-3.6-doctype-invalid.xml", FIXTURES / "nitf-3.6-doctype-valid.xml"], tmp_path,
                 capsys)
    assert ours["nitf-3.6-doctype-valid.xml"]["verdict"] == "valid"
    assert [i["line"] for i in ours["nitf-3.6-doctype-invalid.xml"]["issues"]] == [14]


def test_iptc_samples_agree_with_xmllint(shared_dir: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """IPTC's NITF and NewsML-G2 samples get the same verdict and errors from both, with the built-in profiles."""
    files = sorted((shared_dir / "standards").glob("*/samples/*.xml"))
    assert _compare(files, tmp_path, capsys) == len(files) - 1  # LISTING_28 is a fragment with no namespace
    ours = _ours(files, tmp_path, capsys)
    assert ours["LISTING_28_Illustrating_Located_Subject_and_Dateline.xml"]["verdict"] == "unchecked"
    assert ours["should_fail_2.34_CR00218_too_many_nested_related.xml"]["verdict"] == "invalid"
    assert sum(1 for f in ours.values() if f["verdict"] == "valid") == len(files) - 2
