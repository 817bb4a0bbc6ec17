"""An intake folder no file can crash: odd names, pipes, links, loops, hostile XML, and the team's umask.

The folder is built by the test as archives arrive: a name in Latin-1 (not UTF-8),
a FIFO named .xml, a symlink loop, a dangling link, a symlinked folder, a file
declaring an external entity and a billion laughs.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from pathlib import Path

import pytest
from lxml import etree

from app.cli import main
from app.formats import release_xml
from tests.validation.defects import SECRET, TODAY, base_release

LATIN1_NAME = b"caf\xe9.xml"


@pytest.fixture
def intake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    good = release_xml.write(base_release())
    inbox = tmp_path / "in"
    (tmp_path / "outside").mkdir()
    inbox.mkdir()
    with open(os.path.join(os.fsencode(inbox), LATIN1_NAME), "wb") as handle:
        handle.write(good)
    os.mkfifo(inbox / "pipe.xml")
    os.symlink("..", inbox / "loop")
    os.symlink("missing.xml", inbox / "dangling.xml")
    (tmp_path / "outside" / "linked.xml").write_bytes(good)
    os.symlink("../outside", inbox / "linked-folder")
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    (inbox / "xxe.xml").write_bytes(
        f'<?xml version="1.0"?>\n<!DOCTYPE r [\n<!ENTITY x SYSTEM "file://{tmp_path}/secret.txt">]>\n<r>&x;</r>'
        .encode())
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">\n' for i in range(1, 10))
    (inbox / "laughs.xml").write_bytes(f'<!DOCTYPE r [\n<!ENTITY l0 "lol">\n{lol}]>\n<r>&l9;</r>'.encode())
    return tmp_path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(["validate", "in", "--today", TODAY.isoformat(), "--no-cache", "--jobs", "1", *args])
    return code, capsys.readouterr().err.splitlines()


def test_every_report_format_is_written_and_names_every_file(intake: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """A run over the intake folder ends normally, writes every report, and gives each file its own verdict."""
    reports = ["r.json", "r.csv", "r.html", "r.xml", "r.jsonl"]
    code, err = _run(capsys, *(arg for name in reports for arg in ("--report", name)))
    assert code == 2
    assert not any("Traceback" in line for line in err)
    files = {f["path"]: f for f in json.loads(Path("r.json").read_text(encoding="utf-8"))["files"]}
    verdicts = {path: f["verdict"] for path, f in files.items()}
    assert verdicts == {
        "in/caf\\xe9.xml": "valid",
        "in/dangling.xml": "unreadable",
        "in/laughs.xml": "refused-unsafe",
        "in/linked-folder/linked.xml": "valid",  # and not again as in/loop/outside/linked.xml: one file, once
        "in/pipe.xml": "unreadable",
        "in/xxe.xml": "refused-unsafe",
    }
    assert files["in/dangling.xml"]["issues"][0]["id"] == "dangling-link"
    assert "dangling link" in files["in/dangling.xml"]["issues"][0]["message"]
    assert files["in/pipe.xml"]["issues"][0]["id"] == "not-a-file"
    assert (files["in/xxe.xml"]["issues"][0]["id"], files["in/xxe.xml"]["issues"][0]["line"]) == (
        "external-entity", 3)
    assert files["in/laughs.xml"]["issues"][0]["id"] == "entity-expansion"
    for name in reports:
        text = Path(name).read_text(encoding="utf-8")
        assert "caf\\xe9.xml" in text or "caf\\\\xe9.xml" in text, name
        assert SECRET not in text
    rows = list(csv.DictReader(io.StringIO("\n".join(
        line for line in Path("r.csv").read_text(encoding="utf-8").splitlines() if not line.startswith("#")))))
    assert "in/caf\\xe9.xml" in {r["path"] for r in rows}
    assert etree.parse("r.xml").getroot() is not None
    assert any(line.startswith("in/loop/in: ") and "loop" in line for line in err)
    assert "in/loop/outside: the same folder as in/linked-folder, walked already; not walked again" in err


def test_a_rerun_with_the_report_as_baseline_finds_the_same_names(intake: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """The escaped name written in a report is the name a second run gives back: no file looks new or gone."""
    _run(capsys, "--report", "first.json")
    _run(capsys, "--report", "second.json", "--baseline", "first.json")
    summary = json.loads(Path("second.json").read_text(encoding="utf-8"))["summary"]
    assert summary["changed"] == 0
    assert summary["gone"] == []


def test_the_cache_keeps_the_escaped_name(intake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With the verdict cache on, the run over a non-UTF-8 name works twice, the second time from the cache."""
    args = ["validate", "in", "--today", TODAY.isoformat(), "--cache", "cache.sqlite", "--jobs", "1"]
    assert main([*args, "--report", "a.json"]) == 2
    assert main([*args, "--report", "b.json"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    files = json.loads(Path("b.json").read_text(encoding="utf-8"))["files"]
    assert {f["path"]: f["verdict"] for f in files}["in/caf\\xe9.xml"] == "valid"


def test_no_follow_skips_linked_folders_with_a_line(intake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--no-follow checks no file behind a symlinked folder, and names each folder it skipped."""
    _code, err = _run(capsys, "--no-follow", "--report", "r.json")
    paths = {f["path"] for f in json.loads(Path("r.json").read_text(encoding="utf-8"))["files"]}
    assert not any(p.startswith(("in/linked-folder/", "in/loop/")) for p in paths)
    assert "in/linked-folder: a symbolic link to a folder; skipped (--no-follow)" in err
    assert "in/loop: a symbolic link to a folder; skipped (--no-follow)" in err


def test_diagnostics_name_the_file_once_and_fold_line_breaks(intake: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Each stderr diagnostic is one line that names its file once, even when the bad value holds a line break."""
    from app.formats import newsmlg2
    from app.model import Dateline, Release

    item = newsmlg2.write(Release(headline="Ferry", dateline=Dateline(place="BERGEN")))
    (intake / "in" / "item.xml").write_bytes(item.replace(b"<name>BERGEN</name>", b"<name>BERGEN\nNORWAY</name>"))
    _code, err = _run(capsys)
    lines = [line for line in err if "item.xml" in line]
    assert len(lines) == 1
    assert lines[0].startswith("in/item.xml:")
    assert lines[0].count("item.xml") == 1
    assert "BERGEN\\nNORWAY" in lines[0]


@pytest.mark.parametrize("mask", [0o022, 0o002, 0o077])
def test_reports_and_converted_files_honour_the_umask(intake: Path, capsys: pytest.CaptureFixture[str],
                                                      mask: int) -> None:
    """Reports and `convert -o` files get the mode the umask gives new files, not a private 0600."""
    old = os.umask(mask)
    try:
        _run(capsys, "--report", "r.json", "--report", "r.html", "--report", "r.xml", "--report", "r.csv")
        assert main(["convert", "in/linked-folder/linked.xml", "--to", "txt", "-o", "out.txt"]) == 0
    finally:
        os.umask(old)
    for name in ("r.json", "r.html", "r.xml", "r.csv", "out.txt"):
        assert stat.S_IMODE(os.stat(name).st_mode) == 0o666 & ~mask, name


def test_convert_never_opens_a_fifo_and_names_a_dangling_link(intake: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """`convert` of a FIFO returns at once with exit 2 (nothing waits on the pipe); a dangling link is said so."""
    assert main(["convert", "in/pipe.xml", "--to", "txt"]) == 2
    assert "not a regular file" in capsys.readouterr().err
    assert main(["convert", "in/dangling.xml", "--to", "txt"]) == 2
    assert "dangling link" in capsys.readouterr().err


def test_convert_reads_a_file_whose_name_is_not_utf8(intake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A release whose file name is Latin-1 converts, and its output name can be Latin-1 too."""
    name = os.fsdecode(b"in/" + LATIN1_NAME)
    out = os.fsdecode(b"out-" + LATIN1_NAME)
    assert main(["convert", name, "--to", "xml", "-o", out]) == 0
    assert release_xml.read(Path(out).read_bytes()).headline == base_release().headline
    capsys.readouterr()
    assert main(["convert", os.fsdecode(b"in/missing-" + LATIN1_NAME), "--to", "txt"]) == 2
    assert "in/missing-caf\\xe9.xml: no such file" in capsys.readouterr().err
