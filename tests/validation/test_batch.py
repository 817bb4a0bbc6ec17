"""Batch validation of a folder of submissions: every file a verdict, hostile ones included, in every report."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from lxml import etree

from app.validation import batch, reports
from app.validation.issues import Issue
from app.validation.profiles import builtin_profiles
from tests.validation.defects import SECRET, TODAY, make_defects

AUTO = batch.RunSpec(None, tuple(builtin_profiles().values()), TODAY)


@pytest.fixture
def submissions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[str, set[str]]]:
    """The defects folder as ``in/`` under the current directory, so reports hold short relative paths."""
    monkeypatch.chdir(tmp_path)
    return {f"in/{name}": want for name, want in make_defects(tmp_path / "in").items()}


def _run(jobs: int, **kwargs: object) -> batch.RunResult:
    return batch.run(batch.discover(["in"]), AUTO, jobs=jobs, batch_size=4, **kwargs)  # type: ignore[arg-type]


def _report(outcome: batch.RunResult, baseline: dict[str, str] | None = None) -> reports.Report:
    return reports.build(outcome, {"name": "auto"}, TODAY.isoformat(), baseline)


def test_every_file_gets_the_expected_verdict_and_issue_ids(submissions: dict[str, tuple[str, set[str]]]) -> None:
    """Each release built to break one rule, and each hostile file, gets exactly its verdict and issue ids."""
    outcome = _run(jobs=1)
    got = {r.path: (r.verdict, {i.code for i in r.issues}) for r in outcome.results}
    assert got == submissions
    assert [r.path for r in outcome.results] == sorted(submissions)


def test_reports_say_the_same_in_every_format(submissions: dict[str, tuple[str, set[str]]]) -> None:
    """The JSON, CSV, XML and HTML reports all carry each file's verdict and issue ids."""
    report = _report(_run(jobs=1))
    data = json.loads(reports.to_json(report))
    assert {f["path"]: (f["verdict"], {i["id"] for i in f["issues"]}) for f in data["files"]} == submissions
    assert data["summary"]["files"] == len(submissions)
    assert all(len(f["sha256"]) == 64 for f in data["files"] if f["verdict"] != "unreadable")

    lines = reports.to_csv(report).decode().splitlines()
    assert lines[0].startswith("# release-desk validate")
    assert "libxml2" in lines[0]
    from_csv: dict[str, tuple[str, set[str]]] = {}
    for row in csv.DictReader(io.StringIO("\n".join(line for line in lines if not line.startswith("#")))):
        _verdict, ids = from_csv.setdefault(row["path"], (row["verdict"], set()))
        ids.update({row["id"]} - {""})
    assert from_csv == submissions

    root = etree.fromstring(reports.to_xml(report))
    from_xml = {f.get("path"): (f.get("verdict"), {i.get("id") for i in f}) for f in root.iter("file")}
    assert from_xml == submissions
    assert root.find("validator").get("lxml")

    page = reports.to_html(report).decode()
    for path, (_verdict, ids) in submissions.items():
        assert path in page
        for code in ids:
            assert f"<code>{code}</code>" in page


def test_one_job_and_two_jobs_give_identical_reports(submissions: dict[str, tuple[str, set[str]]],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The same folder checked in one process and by two worker processes gives byte-identical reports."""
    pools: list[int] = []
    real_pool = batch._run_pool

    def counting_pool(batches: list[list[str]], spec: batch.RunSpec, workers: int, *args: object,
                      **kwargs: object) -> None:
        pools.append(workers)
        real_pool(batches, spec, workers, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "_MIN_FILES_PER_WORKER", 1)  # a small folder would otherwise stay in-process
    monkeypatch.setattr(batch, "_run_pool", counting_pool)
    one = _report(_run(jobs=1))
    assert pools == []
    two = _report(_run(jobs=2))
    assert pools == [2]
    for writer in reports.WRITERS.values():
        assert writer(one) == writer(two)


def test_no_external_file_is_read(submissions: dict[str, tuple[str, set[str]]]) -> None:
    """A file whose entity points at a local secret is refused without the secret reaching the report."""
    assert SECRET not in reports.to_json(_report(_run(jobs=1))).decode()


def test_baseline_marks_files_whose_verdict_changed(submissions: dict[str, tuple[str, set[str]]]) -> None:
    """After fixing one file, breaking another and deleting a third, the rerun marks exactly those."""
    first = json.loads(reports.to_json(_report(_run(jobs=1))))
    Path("previous.json").write_text(json.dumps(first), encoding="utf-8")
    Path("in/headline-blank.xml").write_bytes(Path("in/good.xml").read_bytes())
    Path("in/good.xml").write_bytes(b"<broken")
    Path("in/phone-malformed.xml").unlink()
    Path("in/new.xml").write_bytes(Path("in/headline-blank.xml").read_bytes())
    baseline = reports.load_baseline(Path("previous.json"))
    report = json.loads(reports.to_json(_report(_run(jobs=1), baseline)))
    changed = {f["path"]: (f["baseline_verdict"], f["verdict"]) for f in report["files"] if f["changed"]}
    assert changed == {
        "in/good.xml": ("valid", "not-well-formed"),
        "in/headline-blank.xml": ("invalid", "valid"),
        "in/new.xml": (None, "valid"),
    }
    assert report["summary"]["changed"] == 3
    assert report["summary"]["gone"] == ["in/phone-malformed.xml"]


def test_a_broken_baseline_is_refused(tmp_path: Path) -> None:
    """A baseline that is not one of our JSON reports is refused with its name in the message."""
    bad = tmp_path / "old.json"
    bad.write_text('{"files": 3}', encoding="utf-8")
    with pytest.raises(reports.BaselineError, match=r"old\.json"):
        reports.load_baseline(bad)


def test_a_file_deleted_during_the_run_gets_its_own_row(tmp_path: Path) -> None:
    """A file removed after the folder was listed is reported missing; the files after it are still checked."""
    good = (Path(__file__).resolve().parent.parent / "fixtures" / "profiles" / "memo" / "valid.xml").read_bytes()
    names = [tmp_path / f"{n}.xml" for n in range(3)]
    for name in names:
        name.write_bytes(good)
    files = batch.discover([tmp_path])
    outcome = batch.run(files, AUTO, jobs=1, batch_size=1, on_results=lambda _: names[1].unlink(missing_ok=True))
    assert [(r.verdict, r.issues[0].code if r.issues else "") for r in outcome.results] == [
        ("unchecked", "no-profile"), ("unreadable", "file-missing"), ("unchecked", "no-profile")]


def test_cancel_stops_between_batches(submissions: dict[str, tuple[str, set[str]]]) -> None:
    """Asking to stop after the first batch ends the run with that batch's files only, marked cancelled."""
    seen: list[batch.FileResult] = []
    outcome = _run(jobs=1, cancelled=lambda: bool(seen), on_results=seen.extend)
    assert outcome.cancelled
    assert 0 < len(outcome.results) < len(submissions)


def test_a_validator_failure_on_one_file_does_not_stop_the_run(submissions: dict[str, tuple[str, set[str]]],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """If checking one file raises, that file gets an internal-error row and the others are checked."""
    real = batch.Checker.check

    def flaky(self: batch.Checker, path: str) -> batch.FileResult:
        if path.endswith("good.xml"):
            raise RuntimeError("boom")
        return real(self, path)

    monkeypatch.setattr(batch.Checker, "check", flaky)
    got = {r.path: r for r in _run(jobs=1).results}
    assert got["in/good.xml"].issues[0].code == "internal-error"
    assert got["in/email-malformed.xml"].verdict == "invalid"


def test_a_size_bound_below_a_file_makes_it_unreadable(tmp_path: Path) -> None:
    """With a 1 KiB bound, a 2 KiB file is refused unread as too large."""
    big = tmp_path / "big.xml"
    big.write_bytes(b"<r>" + b"x" * 2048 + b"</r>")
    [result] = batch.run([str(big)], batch.RunSpec(max_bytes=1024), jobs=1).results
    assert (result.verdict, result.issues[0].code, result.sha256) == ("unreadable", "too-large", None)


def test_a_file_without_read_permission_gets_its_own_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file the archivist may not read is reported as permission denied, and the next file is still checked."""
    locked, other = tmp_path / "a-locked.xml", tmp_path / "b-other.xml"
    locked.write_bytes(b"<r/>")
    other.write_bytes(b"<r/>")
    real_open = batch.os.open

    def refuse(path: str, flags: int, *args: int) -> int:
        if str(path) == str(locked):  # tests may run as root, where chmod 000 would not stop a read
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, flags, *args)

    monkeypatch.setattr(batch.os, "open", refuse)
    results = batch.run(batch.discover([tmp_path]), AUTO, jobs=1).results
    assert [(r.verdict, r.issues[0].code) for r in results] == [("unreadable", "permission-denied"),
                                                                ("unchecked", "no-profile")]


def test_a_clean_file_is_spelled_the_same_by_the_quick_path(tmp_path: Path) -> None:
    """The JSON entry of a file without issues, written straight from its result, is the one the report's
    general path gives (odd characters in the name, no size, no profile)."""
    from app.validation.report_formats import quick_json
    from app.validation.report_summary import file_entry

    for result in (batch.FileResult('in/"é\u2028\x01.xml', "valid", "ab" * 32, 1234, "release"),
                   batch.FileResult("gone.xml", "unreadable", None, None, None),
                   batch.FileResult("caf\udce9.xml", "valid", "cd" * 32, 10, "release")):  # a name not in UTF-8
        assert quick_json(result) == json.dumps(file_entry(result, None), ensure_ascii=False)


def test_a_result_reads_by_name_survives_a_copy_and_shows_its_fields() -> None:
    """A file's result is a tuple underneath (made in one step on a re-run the cache answers): its fields
    read by name, it pickles by value (the GUI's run thread and worker hand-overs) and shows its names."""
    import pickle

    issue = Issue("error", "Headline missing", code="x")
    result = batch.FileResult("a.xml", "invalid", "ab" * 32, 10, "release", (issue,))
    assert (result.path, result.verdict, result.sha256, result.size, result.profile) == (
        "a.xml", "invalid", "ab" * 32, 10, "release")
    assert result.issues == (issue,)
    assert result.errors == 1
    assert result.warnings == 0
    assert pickle.loads(pickle.dumps(result)) == result
    assert type(pickle.loads(pickle.dumps(result))) is batch.FileResult
    assert repr(result).startswith("FileResult(path='a.xml', verdict='invalid', sha256=")
    assert batch.FileResult("b.xml", "valid").issues == ()
