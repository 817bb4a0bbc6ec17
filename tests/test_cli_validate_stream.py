"""`release-desk validate` at archive scale: reports that grow as the run goes, a readable report after Ctrl+C,
progress on a terminal only, and an HTML report that lists the failing files of a huge run."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import multiprocessing
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import main
from app.formats import release_xml
from tests.validation.defects import TODAY, base_release

PROJECT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(PROJECT)}


def _folder(folder: Path, valid: int, invalid: int = 1) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    good = release_xml.write(base_release())
    bad_release = base_release()
    bad_release.contacts[0].email = "press@example..org"
    bad = release_xml.write(bad_release)
    for n in range(valid):
        (folder / f"ok{n:05d}.xml").write_bytes(good)
    for n in range(invalid):
        (folder / f"bad{n:05d}.xml").write_bytes(bad)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_jsonl_report_is_a_head_one_line_per_file_and_the_summary(here: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """out.jsonl: the validator on the first line, then each file as its own JSON object in path order, then the
    summary, the same entries as the JSON report's files."""
    _folder(here / "in", 3)
    code = main(["validate", "in", "--today", TODAY.isoformat(), "--no-cache", "--report", "out.jsonl",
                 "--report", "out.json"])
    capsys.readouterr()
    assert code == 1
    lines = [json.loads(line) for line in Path("out.jsonl").read_text(encoding="utf-8").splitlines()]
    whole = json.loads(Path("out.json").read_text(encoding="utf-8"))
    assert lines[0] == {k: v for k, v in whole.items() if k not in ("summary", "files")}
    assert lines[1:-1] == whole["files"]
    assert [f["path"] for f in lines[1:-1]] == ["in/bad00000.xml", "in/ok00000.xml", "in/ok00001.xml",
                                                 "in/ok00002.xml"]
    assert lines[-1] == {"summary": whole["summary"]}


def test_csv_report_has_one_row_per_issue_and_the_counts_last(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """out.csv: a `#` line naming the validator, the column names, a row per issue (one for a clean file), and a
    last `#` line with the counts."""
    _folder(here / "in", 2)
    main(["validate", "in", "--today", TODAY.isoformat(), "--no-cache", "--report", "out.csv"])
    capsys.readouterr()
    lines = Path("out.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# release-desk validate")
    assert lines[-1].startswith("# files 3; valid 2; invalid 1; not-well-formed 0; unreadable 0; refused-unsafe 0; "
                                "unchecked 0; cancelled false")
    rows = list(csv.DictReader(io.StringIO("\n".join(lines[1:-1]))))
    assert [(r["path"], r["verdict"], r["id"]) for r in rows] == [
        ("in/bad00000.xml", "invalid", "email-form"), ("in/ok00000.xml", "valid", ""), ("in/ok00001.xml", "valid", "")]


def test_html_report_of_a_huge_run_lists_the_failing_files_only(here: Path, capsys: pytest.CaptureFixture[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the row limit the HTML report keeps its summary and lists only the files with issues, saying so;
    below it, every file is listed."""
    from app.validation import report_formats

    _folder(here / "in", 6, invalid=2)
    main(["validate", "in", "--today", TODAY.isoformat(), "--no-cache", "--report", "all.html"])
    monkeypatch.setattr(report_formats, "HTML_ALL_ROWS", 4)
    main(["validate", "in", "--today", TODAY.isoformat(), "--no-cache", "--report", "huge.html"])
    capsys.readouterr()
    small, huge = Path("all.html").read_text(encoding="utf-8"), Path("huge.html").read_text(encoding="utf-8")
    assert small.count('<tr class="valid">') == 6
    assert small.count('<tr class="invalid">') == 2
    assert huge.count('<tr class="valid">') == 0
    assert huge.count('<tr class="invalid">') == 2
    assert "8 files: 6 valid, 2 invalid" in huge
    assert "Files with issues" in huge
    assert "only the files that are not valid" in huge


def _left_in(folder: Path) -> list[int]:
    """The processes still working in ``folder`` (a run's workers and helpers have its folder as theirs)."""
    left = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():  # this test runs there too
            try:
                if Path(os.readlink(entry / "cwd")) == folder:
                    left.append(int(entry.name))
            except OSError:
                continue
    return left


def _wait_for(predicate: object, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


@pytest.mark.parametrize(("jobs", "cache"), [("1", "--no-cache"), ("2", "--no-cache"), ("2", "--cache=c.sqlite")])
def test_ctrl_c_stops_the_run_and_leaves_a_readable_report_marked_cancelled(here: Path, jobs: str, cache: str) -> None:
    """SIGINT to a running `release-desk validate`: exit 130, its workers gone (and, with a cache, the process
    that walks ahead), and every report holds the files checked so far (fewer than all), in order, with
    `cancelled: true`."""
    _folder(here / "in", 6000)
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "validate", "in", "--today", TODAY.isoformat(), cache,
         "--jobs", jobs, "--report", "out.json", "--report", "out.jsonl", "--report", "out.csv"],
        cwd=here, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # the JSON Lines report grows as the run goes: once it has files in it, the run is under way
    _wait_for(lambda: Path("out.jsonl").exists() and Path("out.jsonl").stat().st_size > 20_000)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert not _left_in(here)  # no worker, no process walking ahead: all gone with the run
    assert process.returncode == 130, err
    assert "Traceback" not in err
    assert "cancelled" in err
    report = json.loads(Path("out.json").read_text(encoding="utf-8"))
    summary = report["summary"]
    assert summary["cancelled"] is True
    assert 0 < summary["files"] < 6001
    assert summary["files"] == len(report["files"])
    paths = [f["path"] for f in report["files"]]
    assert paths == sorted(paths)
    lines = Path("out.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[-1])["summary"]["cancelled"] is True
    assert len(lines) == summary["files"] + 2
    counted = Path("out.csv").read_text(encoding="utf-8").splitlines()[-1]
    assert counted.endswith(f"cancelled true; from_cache {summary['from_cache']}")
    if cache == "--no-cache":
        assert summary["from_cache"] == 0
    else:  # what was checked before Ctrl+C is in the cache: a re-run takes it from there
        again = subprocess.run([sys.executable, "-m", "app.cli", "validate", "in", "--today", TODAY.isoformat(),
                                cache, "--jobs", jobs, "--report", "again.json"], cwd=here, env=ENV,
                               capture_output=True, text=True, timeout=300, check=False)
        assert again.returncode == 1, again.stderr  # the folder's one invalid file
        assert json.loads(Path("again.json").read_text())["summary"]["from_cache"] >= summary["files"]
    children = subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True, text=True,
                              check=False).stdout
    assert children == ""
    assert not _left_in(here)


def test_ctrl_c_pressed_again_and_again_does_not_cut_the_reports_short(here: Path) -> None:
    """Ctrl+C, then Ctrl+C again and again while the run stops (the whole process group, as a terminal sends
    it): no traceback, exit 130, and every report whole, the JSON written and the CSV ending with its counts."""
    _folder(here / "in", 6000)
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "validate", "in", "--today", TODAY.isoformat(), "--no-cache",
         "--jobs", "2", "--report", "out.json", "--report", "out.csv"],
        cwd=here, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    _wait_for(lambda: Path("out.csv").exists() and Path("out.csv").stat().st_size > 20_000)
    while process.poll() is None:  # until it has stopped: each Ctrl+C after the first must change nothing
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGINT)
        time.sleep(0.01)
    _, err = process.communicate(timeout=120)
    assert "Traceback" not in err
    assert "KeyboardInterrupt" not in err
    assert process.returncode == 130, err
    summary = json.loads(Path("out.json").read_text(encoding="utf-8"))["summary"]
    assert summary["cancelled"] is True
    counted = Path("out.csv").read_text(encoding="utf-8").splitlines()[-1]
    assert counted == (f"# files {summary['files']}; valid {summary['valid']}; invalid {summary['invalid']}; "
                       "not-well-formed 0; unreadable 0; refused-unsafe 0; unchecked 0; cancelled true; from_cache 0")
    assert not _left_in(here)


def test_progress_shows_on_a_terminal_only(here: Path) -> None:
    """With stderr on a terminal the run shows files done, files/s and time left; piped, or with --quiet, not."""
    _folder(here / "in", 300)
    command = [sys.executable, "-m", "app.cli", "validate", "in", "--today", TODAY.isoformat(), "--no-cache",
               "--jobs", "1"]
    primary, secondary = pty.openpty()
    try:
        process = subprocess.Popen(command, cwd=here, env=ENV, stdout=subprocess.DEVNULL, stderr=secondary)
        os.close(secondary)
        chunks = []
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:  # the terminal closes when the process ends
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait(timeout=120)
    finally:
        os.close(primary)
    on_terminal = b"".join(chunks).decode()
    assert "/ 301 files" in on_terminal
    assert "files/s" in on_terminal
    assert "left" in on_terminal
    for extra in ([], ["--quiet"]):
        piped = subprocess.run([*command, *extra], cwd=here, env=ENV, capture_output=True, text=True, timeout=120,
                               check=False).stderr
        assert "left" not in piped
        assert "checked 301 file(s)" in piped
    assert "in/bad00000.xml:" not in piped  # --quiet: the summary, not each issue


def test_validate_loads_neither_qt_nor_word_nor_the_release_model(here: Path) -> None:
    """`release-desk validate` on a valid release starts light: no Qt, no python-docx, not even the release
    reader or the model (the schema and rules need none of them)."""
    Path("ok.xml").write_bytes(release_xml.write(base_release()))
    probe = ("import sys\nfrom app.cli import main\ncode = main(['validate', 'ok.xml', '--today', "
             f"'{TODAY.isoformat()}'])\n"
             "print(code, sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'docx', 'shiboken6')\n"
             "    or m.startswith(('app.model', 'app.formats.release', 'app.gui', 'app.annotate'))))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=here, env=ENV, capture_output=True, text=True,
                          check=False, timeout=120)
    assert done.stdout.split("\n")[0] == "0 []", done.stdout + done.stderr


def test_a_worker_that_dies_costs_only_its_files(here: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker process killed mid-run (out of memory, a crash in a C library): the files of the batch it was
    checking are reported as unreadable with a message saying so, a new worker takes its place, every other file
    gets its verdict, and the run ends normally."""
    from app.validation import stream

    real = stream.check_paths

    def dying(checker: object, reader: object, paths: list[str]) -> list:
        if any("bad" in p for p in paths):
            os._exit(9)  # a forked worker inherits this: only that worker dies
        return real(checker, reader, paths)  # type: ignore[arg-type]

    monkeypatch.setattr(stream, "check_paths", dying)
    # the patched check_paths reaches the workers only through fork; Qt threads left by earlier GUI tests in
    # the same session (registered as Python "Dummy" threads) would make the run pick forkserver instead
    monkeypatch.setattr(stream, "_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(stream, "_MIN_FILES_PER_WORKER", 1)
    monkeypatch.setattr(stream, "CHUNK", 2)  # the first chunk (bad00000, ok00000) goes to the worker, not here
    _folder(here / "in", 11)
    code = main(["validate", "in", "--today", TODAY.isoformat(), "--no-cache", "--jobs", "2", "--report", "r.json"])
    err = capsys.readouterr().err
    assert code == 2
    files = json.loads(Path("r.json").read_text(encoding="utf-8"))["files"]
    assert len(files) == 12
    crashed = [f["path"] for f in files if f["issues"] and f["issues"][0]["id"] == "worker-crashed"]
    assert crashed == ["in/bad00000.xml", "in/ok00000.xml"]  # the batch of two the worker died on
    assert all(f["verdict"] == "valid" for f in files if f["path"] not in crashed)
    assert "validator process stopped" in err
