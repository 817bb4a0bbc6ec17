"""`release-desk validate`: files, folders, profiles, reports, baselines and the exit status archivists script on."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.formats import release_xml
from tests.validation.defects import TODAY, base_release, make_defects

PROJECT = Path(__file__).resolve().parent.parent
MEMO = PROJECT / "tests" / "fixtures" / "profiles" / "memo"
DIAGNOSTIC = re.compile(r"^(?P<path>[^:]+)(?::(?P<line>\d+))?(?::(?P<col>\d+))?:(?: \[[^\]]+\])? "
                        r"(?P<severity>error|warning): (?P<message>.+)$")


def _validate(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(["validate", "--today", TODAY.isoformat(), *args])
    return code, capsys.readouterr().err.splitlines()


def _diagnostics(lines: list[str]) -> list[re.Match[str]]:
    return [m for m in map(DIAGNOSTIC.match, lines) if m]


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_one_valid_file_exits_0(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A single valid release: exit status 0 and "1 file(s) valid"."""
    Path("ok.xml").write_bytes(release_xml.write(base_release()))
    code, err = _validate(capsys, "ok.xml")
    assert code == 0
    assert "1 file(s) valid" in err


def test_one_invalid_file_exits_1_with_file_line_severity_message(here: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A release with a bad e-mail: exit 1 and `ok.xml:LINE: error: Contact 1: e-mail ...` on stderr."""
    release = base_release()
    release.contacts[0].email = "press@example..org"
    data = release_xml.write(release)
    Path("bad.xml").write_bytes(data)
    code, err = _validate(capsys, "bad.xml")
    assert code == 1
    [diag] = _diagnostics(err)
    assert diag["path"] == "bad.xml"
    assert int(diag["line"]) == data[: data.index(b"<email>")].count(b"\n") + 1
    assert diag["severity"] == "error"
    assert diag["message"].startswith("Contact 1: e-mail")


def test_not_well_formed_file_exits_2_with_line_and_column(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A broken file: exit 2 and a diagnostic with its line and column."""
    Path("broken.xml").write_bytes(b"<release>\n  <headline>oops</release>\n")
    code, err = _validate(capsys, "broken.xml")
    assert code == 2
    [diag] = _diagnostics(err)
    assert (diag["path"], diag["line"], diag["severity"]) == ("broken.xml", "2", "error")
    assert diag["col"] is not None
    assert "not well-formed" in diag["message"]


def test_a_missing_file_exits_2(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Naming a file that is not there: exit 2 and a message that it is not there."""
    code, err = _validate(capsys, "gone.xml")
    assert code == 2
    assert any(line.startswith("gone.xml: error: The file is not there") for line in err)


def test_a_folder_with_hostile_files_reports_every_file_the_same_whatever_the_jobs(
        here: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The defects folder gives exit 2, the expected verdicts, and identical reports and stderr for 1 and 2 jobs."""
    from app.validation import batch

    monkeypatch.setattr(batch, "_MIN_FILES_PER_WORKER", 1)  # so that --jobs 2 really starts two workers
    expected = {f"in/{k}": v for k, v in make_defects(here / "in").items()}
    outputs = {}
    for jobs in ("1", "2"):
        reports = [f"r{jobs}.{ext}" for ext in ("json", "csv", "html", "xml")]
        code, err = _validate(capsys, "in", "--jobs", jobs, "--no-cache",
                              *(arg for r in reports for arg in ("--report", r)))
        assert code == 2
        outputs[jobs] = ([Path(r).read_bytes() for r in reports], [line for line in err if "files/s" not in line])
    assert outputs["1"] == outputs["2"]
    data = json.loads(Path("r1.json").read_text(encoding="utf-8"))
    assert {f["path"]: (f["verdict"], {i["id"] for i in f["issues"]}) for f in data["files"]} == expected
    paths = [m["path"] for m in _diagnostics(outputs["1"][1])]
    assert paths == sorted(paths)


def test_json_report_shape(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The JSON report has the documented keys: validator versions, summary with top issues, files with sha256."""
    release = base_release()
    release.contacts[0].email = "press@example..org"
    Path("a.xml").write_bytes(release_xml.write(release))
    Path("b.xml").write_bytes(release_xml.write(base_release()))
    _validate(capsys, ".", "--report", "out.json")
    data = json.loads(Path("out.json").read_text(encoding="utf-8"))
    assert set(data) == {"report", "format", "validator", "profile", "today", "summary", "files"}
    assert set(data["validator"]) == {"name", "version", "lxml", "libxml2", "libxslt"}
    summary = data["summary"]
    assert (summary["files"], summary["valid"], summary["invalid"]) == (2, 1, 1)
    assert summary["top_issues"][0]["id"] == "email-form"
    first = data["files"][0]
    assert set(first) == {"path", "verdict", "sha256", "size", "profile", "errors", "warnings", "issues"}
    assert set(first["issues"][0]) == {"severity", "id", "message", "line", "column", "xpath", "field"}
    assert first["sha256"] == hashlib.sha256(Path("a.xml").read_bytes()).hexdigest()


def test_baseline_lists_what_changed(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A second run against the first run's JSON says which file changed verdict, and from what to what."""
    Path("a.xml").write_bytes(release_xml.write(base_release()))
    _validate(capsys, "a.xml", "--report", "first.json")
    Path("a.xml").write_bytes(b"<oops")
    code, err = _validate(capsys, "a.xml", "--baseline", "first.json", "--report", "second.json")
    assert code == 2
    assert "1 file(s) changed verdict since the baseline" in err
    assert "  a.xml: valid -> not-well-formed" in err
    assert json.loads(Path("second.json").read_text(encoding="utf-8"))["files"][0]["changed"] is True


def test_own_schema_and_schematron(capsys: pytest.CaptureFixture[str]) -> None:
    """--schema memo.xsd --schematron memo.sch checks memos: the good one passes, the bad one gets three issues."""
    code, err = _validate(capsys, str(MEMO / "valid.xml"), str(MEMO / "invalid.xml"),
                          "--schema", str(MEMO / "memo.xsd"), "--schematron", str(MEMO / "memo.sch"))
    assert code == 1
    diags = _diagnostics(err)
    assert {d["path"] for d in diags} == {str(MEMO / "invalid.xml")}
    assert [d["severity"] for d in diags] == ["error", "warning", "error"]


def test_profile_from_the_catalog(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A profile defined in a catalog file is used by name, and picked automatically by its namespace."""
    Path("profiles.json").write_text(json.dumps({"profiles": [
        {"name": "memo", "schema": str(MEMO / "memo.xsd"), "schematron": str(MEMO / "memo.sch"),
         "namespaces": ["urn:example:memo"]}]}), encoding="utf-8")
    code, _ = _validate(capsys, str(MEMO / "valid.xml"), "--catalog", "profiles.json", "--profile", "memo")
    assert code == 0
    code, _ = _validate(capsys, str(MEMO / "valid.xml"), "--catalog", "profiles.json")
    assert code == 0
    code, err = _validate(capsys, str(MEMO / "valid.xml"))  # no catalog: nothing claims the memo namespace
    assert code == 3
    assert any("no validation profile applies" in line for line in err)
    assert any("1 unchecked" in line for line in err)


def test_iptc_samples_under_user_profiles(here: Path, shared_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """NITF and NewsML-G2 samples pass under catalog profiles; the sample built to fail is reported invalid."""
    standards = shared_dir / "standards"
    Path("profiles.json").write_text(json.dumps({"profiles": [
        {"name": "nitf", "schema": str(standards / "nitf" / "schema" / "nitf-3-6.xsd"),
         "namespaces": ["http://iptc.org/std/NITF/2006-10-18/"]},
        {"name": "newsml-g2", "schema": str(standards / "newsml-g2" / "schema" / "NewsML-G2_2.35-spec-All-Power.xsd"),
         "namespaces": ["http://iptc.org/std/nar/2006-10-01/"]}]}), encoding="utf-8")
    samples = [p for p in sorted(standards.glob("*/samples/*.xml")) if "LISTING_28" not in p.name]  # a fragment
    code, _ = _validate(capsys, *map(str, samples), "--catalog", "profiles.json", "--report", "iptc.json")
    assert code == 1
    verdicts = {Path(f["path"]).name: (f["verdict"], f["profile"])
                for f in json.loads(Path("iptc.json").read_text(encoding="utf-8"))["files"]}
    assert verdicts.pop("should_fail_2.34_CR00218_too_many_nested_related.xml") == ("invalid", "newsml-g2")
    assert verdicts == {name: ("valid", "nitf" if name.startswith("nitf") else "newsml-g2") for name in verdicts}
    assert len(verdicts) == 8


@pytest.mark.parametrize(("args", "message"), [
    (["--profile", "nope"], "no profile named 'nope'"),
    (["--schematron", str(MEMO / "memo.sch")], "--schematron needs --schema"),
    (["--schema", str(MEMO.parent / "escape" / "outside.xsd")], "neither in its folder"),
    (["--report", "out.pdf"], "a report ends in .json, .jsonl, .csv, .html or .xml"),
    (["--baseline", "missing.json"], "cannot read the baseline"),
])
def test_usage_errors_exit_2_before_checking(here: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                                             message: str) -> None:
    """A wrong profile, schema, report name or baseline stops with exit 2 and a message, before any file is read."""
    code, err = _validate(capsys, str(MEMO / "valid.xml"), *args)
    assert code == 2
    assert any(message in line for line in err), err


def test_the_installed_command_runs_in_its_own_process(tmp_path: Path) -> None:
    """`python -m app.cli validate` on an invalid release exits 1 and writes the diagnostic to stderr."""
    release = base_release()
    release.dateline.date = dt.date(2999, 1, 1)
    (tmp_path / "r.xml").write_bytes(release_xml.write(release))
    result = subprocess.run([sys.executable, "-m", "app.cli", "validate", str(tmp_path / "r.xml")], cwd=PROJECT,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 1
    assert "error: Dateline" in result.stderr


def test_an_empty_headline_is_reported(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A release saved with an empty headline: exit 1 and an error saying the headline is empty."""
    release = base_release()
    release.headline = ""
    data = release_xml.write(release)
    Path("blank.xml").write_bytes(data)
    code, err = _validate(capsys, "blank.xml")
    assert code == 1
    [diag] = _diagnostics(err)
    assert diag["severity"] == "error"
    assert diag["message"].startswith("Headline is empty")
