"""`release-desk validate` at the edges of an archive: folders a thousand deep, folders linked into each other,
runs that find nothing, names with control characters, wrong options, reports that cannot be written, refusals
in plain words, older NITF, a profile named for files of another format, and the cache's permissions."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from app.cli import main
from app.formats import newsmlg2, release_xml
from tests.validation.defects import TODAY, base_release

NITF_NS = "http://iptc.org/std/NITF/2006-10-18/"


def _nitf(version: str | None) -> bytes:
    """A small NITF story in 3.4-3.6's namespace, with the version attribute given (or none)."""
    attribute = f' version="-//IPTC//DTD NITF {version}//EN"' if version else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<nitf xmlns="{NITF_NS}"{attribute}>\n'
            "  <head><title>Ferry timetable changes</title></head>\n"
            "  <body><body.head><hedline><hl1>Ferry timetable changes</hl1></hedline></body.head>\n"
            "    <body.content><p>The first boat leaves at six from Monday.</p></body.content></body>\n"
            "</nitf>\n").encode()


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _validate(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(["validate", "--today", TODAY.isoformat(), "--no-cache", "--jobs", "1", *args])
    return code, capsys.readouterr().err.splitlines()


def _paths(report: str) -> list[str]:
    return [f["path"] for f in json.loads(Path(report).read_text(encoding="utf-8"))["files"]]


def _bad_release() -> bytes:
    release = base_release()
    release.contacts[0].email = "press@example..org"
    return release_xml.write(release)


# -- the walk ------------------------------------------------------------------------------------------------


def test_a_folder_a_thousand_deep_is_checked_in_path_order(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Releases 1,100 folders down are found and checked (no crash), and the report lists every file in the
    order of their paths, as before: `a/b.xml` before `a/b/x.xml` before `a/b0.xml`."""
    good = release_xml.write(base_release())
    folder = "in"
    os.mkdir(folder)
    for _ in range(1100):  # one at a time: pathlib's and os's makedirs recurse too
        folder += "/d"
        os.mkdir(folder)
    deep = Path(folder)
    (deep / "bottom.xml").write_bytes(good)
    middle = Path("in", *["d"] * 500)
    for name in ("a.xml", "d.xml", "d0.xml"):
        (middle / name).write_bytes(good)
    for name in ("b.xml", "b/x.xml", "b0.xml", "b/c/y.xml"):
        Path("in", "a", name).parent.mkdir(parents=True, exist_ok=True)
        Path("in", "a", name).write_bytes(good)
    try:
        code, err = _validate(capsys, "in", "--report", "r.json")
        assert code == 0, err[-5:]
        paths = _paths("r.json")
        assert len(paths) == 8
        assert paths == sorted(paths)
        assert paths[:4] == ["in/a/b.xml", "in/a/b/c/y.xml", "in/a/b/x.xml", "in/a/b0.xml"]
        assert str(deep / "bottom.xml") in paths
    finally:  # bottom up, one folder at a time: pytest's clean-up of tmp_path (shutil.rmtree) recurses
        (deep / "bottom.xml").unlink()
        for name in os.listdir(middle):
            if name.endswith(".xml"):
                os.unlink(os.path.join(middle, name))
        while folder != "in":
            os.rmdir(folder)
            folder = os.path.dirname(folder)


def test_folders_linked_into_each_other_are_walked_once_each(here: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Two folders that link to each other and to a third: each release is checked once, under the first name
    the walk meets, and each folder not walked again is named on stderr."""
    good = release_xml.write(base_release())
    for folder in ("in/a", "in/b", "shared"):
        Path(folder).mkdir(parents=True)
    Path("in/a/ex.xml").write_bytes(good)
    Path("shared/one.xml").write_bytes(good)
    Path("shared/two.xml").write_bytes(_bad_release())
    os.symlink("../../shared", "in/a/l1")
    os.symlink("../b", "in/a/tob")
    os.symlink("../../shared", "in/b/l2")
    os.symlink("../a", "in/b/toa")
    code, err = _validate(capsys, "in", "--report", "r.json")
    assert code == 1
    assert _paths("r.json") == ["in/a/ex.xml", "in/a/l1/one.xml", "in/a/l1/two.xml"]
    assert "in/a/tob/l2: the same folder as in/a/l1, walked already; not walked again" in err
    assert "in/b: the same folder as in/a/tob, walked already; not walked again" in err
    assert any(line.startswith("in/a/tob/toa: ") and "loop" in line for line in err)
    assert "3 file(s): 2 valid, 1 invalid, 0 not-well-formed, 0 unreadable, 0 refused-unsafe, 0 unchecked" in err


@pytest.mark.parametrize("case", ["empty folder", "folder named .xml", "only a linked folder, --no-follow"])
def test_a_run_that_finds_nothing_to_check_says_so_and_exits_2(here: Path, capsys: pytest.CaptureFixture[str],
                                                                case: str) -> None:
    """An empty folder, a folder named like a file, or links skipped with --no-follow: nothing is checked,
    and the run says so and fails rather than passing as if all were well."""
    args: list[str] = []
    if case == "empty folder":
        Path("in").mkdir()
        target = "in"
    elif case == "folder named .xml":
        Path("in/dir.xml").mkdir(parents=True)
        target = "in/dir.xml"
    else:
        Path("in").mkdir()
        Path("elsewhere").mkdir()
        Path("elsewhere/a.xml").write_bytes(release_xml.write(base_release()))
        os.symlink("../elsewhere", "in/linked")
        target, args = "in", ["--no-follow"]
    code, err = _validate(capsys, target, *args)
    assert code == 2
    assert f"release-desk: no XML file found under {target}: nothing was checked" in "\n".join(err)


# -- names and values with control characters --------------------------------------------------------------


def test_names_with_line_breaks_and_tabs_are_escaped_everywhere(here: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A file named with a carriage return, a line feed or a tab is shown with them escaped (as `\\x0d`), like a
    name that is not UTF-8: each diagnostic stays on one line and each CSV row stays one row."""
    Path("in").mkdir()
    bad = _bad_release()
    for name in ("cr\rname.xml", "new\nline.xml", "tab\there.xml"):
        Path("in", name).write_bytes(bad)
    reports = ["r.csv", "r.json", "r.jsonl", "r.xml", "r.html"]
    code, err = _validate(capsys, "in", *(arg for name in reports for arg in ("--report", name)))
    assert code == 1
    shown = ["in/cr\\x0dname.xml", "in/new\\x0aline.xml", "in/tab\\x09here.xml"]
    for name in shown:
        assert sum(line.startswith(f"{name}:") for line in err) == 1, err  # its one diagnostic, on one line
    assert not any(line.startswith(("name.xml", "line.xml")) for line in err)
    assert _paths("r.json") == shown
    text = Path("r.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO("".join(line for line in text.splitlines(keepends=True)
                                               if not line.startswith("#")))))
    assert all(len(row) == 11 for row in rows)
    assert [row[0] for row in rows[1:]] == shown
    assert not any(c in text for c in "\r\t")
    lines = [json.loads(line) for line in Path("r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [line["path"] for line in lines[1:-1]] == shown
    for name in ("r.xml", "r.html"):
        report = Path(name).read_text(encoding="utf-8")
        assert all(escaped in report for escaped in shown), name


def test_a_line_break_in_a_value_shows_as_backslash_n_on_stderr(here: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """An e-mail address with a line break in it: the editorial rule's message quotes it with `\\n` on stderr,
    as the manual says (not with a space), the report keeps the real line break, and a carriage return in a
    value does not split the CSV row."""
    text = release_xml.write(base_release()).decode()
    Path("in").mkdir()
    Path("in/nl.xml").write_text(text.replace("press@example.org", "press@example\norg"), encoding="utf-8")
    Path("in/cr.xml").write_text(text.replace("press@example.org", "press@example&#13;org"), encoding="utf-8")
    code, err = _validate(capsys, "in", "--report", "r.json", "--report", "r.csv")
    assert code == 1
    assert any(line.startswith("in/nl.xml:") and 'e-mail "press@example\\norg" is not' in line for line in err), err
    assert any(line.startswith("in/cr.xml:") and 'e-mail "press@example\\rorg" is not' in line for line in err), err
    assert any("x email-form" in line and "press@example\\" in line for line in err)  # the summary's example
    messages = {f["path"]: [i["message"] for i in f["issues"] if i["id"] == "email-form"]
                for f in json.loads(Path("r.json").read_text(encoding="utf-8"))["files"]}
    assert 'e-mail "press@example\norg" is not' in messages["in/nl.xml"][0]
    text = Path("r.csv").read_bytes().decode()  # as it is: a text read would turn the "\r" into a line break
    rows = list(csv.reader(io.StringIO("\n".join(line for line in text.split("\n") if not line.startswith("#")))))
    assert all(len(row) == 11 for row in rows)
    assert any('e-mail "press@example\rorg"' in row[10] for row in rows)


# -- options -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["0", "-3"])
def test_jobs_below_one_is_a_usage_error(here: Path, capsys: pytest.CaptureFixture[str], jobs: str) -> None:
    """`--jobs 0` or a negative number stops before the run with exit 2 and a message naming --jobs."""
    Path("a.xml").write_bytes(release_xml.write(base_release()))
    with pytest.raises(SystemExit) as stopped:
        main(["validate", "a.xml", "--no-cache", f"--jobs={jobs}"])
    assert stopped.value.code == 2
    assert "--jobs" in capsys.readouterr().err


def test_a_missing_catalog_is_an_error_naming_it(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--catalog` naming a file that is not there stops with exit 2 and its name, instead of being ignored."""
    Path("a.xml").write_bytes(release_xml.write(base_release()))
    code, err = _validate(capsys, "a.xml", "--catalog", "nowhere/profiles.json")
    assert code == 2
    assert any(line.startswith("release-desk: nowhere/profiles.json: no such profile catalog") for line in err), err


def test_a_cache_in_a_missing_folder_is_an_error_and_makes_no_folder(here: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """`--cache` in a folder that does not exist stops with exit 2 naming the folder, and creates nothing."""
    Path("a.xml").write_bytes(release_xml.write(base_release()))
    code = main(["validate", "a.xml", "--today", TODAY.isoformat(), "--cache", "no/such/c.sqlite"])
    err = capsys.readouterr().err
    assert code == 2
    assert "release-desk: no/such: no such folder for the cache (--cache)" in err
    assert not Path("no").exists()


# -- reports -------------------------------------------------------------------------------------------------


def test_a_report_in_a_missing_folder_is_named_and_no_report_is_left_behind(
        here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--report ok.csv --report nodir/r.json`: the message names nodir/r.json (not a temporary file) and says
    what to do; ok.csv is not created, and an ok.csv from before keeps its content."""
    Path("a.xml").write_bytes(release_xml.write(base_release()))
    code, err = _validate(capsys, "a.xml", "--report", "ok.csv", "--report", "nodir/r.json")
    assert code == 2
    assert any(line.startswith("release-desk: nodir/r.json: cannot write the report: there is no folder nodir; "
                               "choose another --report") for line in err), err
    assert not any("tmp" in line for line in err)
    assert not Path("ok.csv").exists()
    Path("ok.csv").write_text("yesterday's report\n", encoding="utf-8")
    assert _validate(capsys, "a.xml", "--report", "ok.csv", "--report", "nodir/r.json")[0] == 2
    assert Path("ok.csv").read_text(encoding="utf-8") == "yesterday's report\n"


def test_a_report_that_cannot_be_opened_removes_the_ones_begun(here: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """A report name that is a link into a missing folder fails when opened: the message names that report,
    and the reports already begun are removed, so no half-written report is left."""
    Path("a.xml").write_bytes(release_xml.write(base_release()))
    os.symlink("missing/x.csv", "bad.csv")
    code, err = _validate(capsys, "a.xml", "--report", "r.json", "--report", "first.jsonl", "--report", "bad.csv")
    assert code == 2
    assert any(line.startswith("release-desk: bad.csv: cannot write the report: ") for line in err), err
    assert not Path("first.jsonl").exists()
    assert not Path("r.json").exists()
    assert sorted(p.name for p in here.iterdir()) == ["a.xml", "bad.csv"]  # nor a temporary file


# -- messages and verdicts -----------------------------------------------------------------------------------


def test_refusals_are_told_in_plain_words_with_their_line(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A billion laughs and markup nested 300 deep are refused with what is wrong and what to do, naming no
    parser option or C function, and with their line."""
    Path("in").mkdir()
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">\n' for i in range(1, 10))
    Path("in/laughs.xml").write_text(f'<!DOCTYPE r [\n<!ENTITY l0 "lol">\n{lol}]>\n<r>&l9;</r>', encoding="utf-8")
    Path("in/deep.xml").write_text("<r>\n" + "<a>" * 300 + "</a>" * 300 + "\n</r>\n", encoding="utf-8")
    code, err = _validate(capsys, "in", "--report", "r.json")
    assert code == 2
    files = {f["path"]: f["issues"][0] for f in json.loads(Path("r.json").read_text(encoding="utf-8"))["files"]}
    laughs, deep = files["in/laughs.xml"], files["in/deep.xml"]
    assert (laughs["id"], deep["id"]) == ("entity-expansion", "too-deep")
    assert laughs["line"] is not None
    assert deep["line"] == 2
    assert "many times larger than the file" in laughs["message"]
    assert "remove the entity declarations" in laughs["message"]
    assert "nested more than 256 levels deep" in deep["message"]
    assert "split the document" in deep["message"]
    for line in [laughs["message"], deep["message"], *err]:
        assert "xmlCtxt" not in line
        assert "XML_PARSE" not in line


def test_nitf_that_says_it_is_34_or_35_is_unchecked_naming_its_version(here: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """In 3.4-3.6's namespace, a version attribute naming 3.4 or 3.5 makes the file unchecked with a message
    naming that version (not invalid over the attribute); 3.6, or no version at all, is checked as 3.6."""
    Path("in").mkdir()
    for name, version in (("v34.xml", "3.4"), ("v35.xml", "3.5"), ("v36.xml", "3.6"), ("none.xml", None)):
        Path("in", name).write_bytes(_nitf(version))
    code, _err = _validate(capsys, "in", "--report", "r.json")
    assert code == 3
    files = {Path(f["path"]).name: f for f in json.loads(Path("r.json").read_text(encoding="utf-8"))["files"]}
    assert {name: f["verdict"] for name, f in files.items()} == {
        "none.xml": "valid", "v34.xml": "unchecked", "v35.xml": "unchecked", "v36.xml": "valid"}
    assert files["v34.xml"]["issues"][0]["message"].startswith("This is NITF 3.4 ")
    assert files["v35.xml"]["issues"][0]["message"].startswith("This is NITF 3.5 ")
    assert (files["v36.xml"]["profile"], files["none.xml"]["profile"]) == ("nitf", "nitf")


@pytest.mark.parametrize("profile", ["nitf", "newsml-g2", "release", "release-xsd"])
def test_a_named_profile_calls_a_file_of_another_format_invalid(here: Path, capsys: pytest.CaptureFixture[str],
                                                                profile: str) -> None:
    """`--profile NAME` on files of other formats gives every one of them the same answer, whichever profile:
    invalid, with a message saying their root element does not match the profile."""
    from app.model import Dateline, Release

    Path("in").mkdir()
    Path("in/release.xml").write_bytes(release_xml.write(base_release()))
    Path("in/nitf.xml").write_bytes(_nitf("3.6"))
    Path("in/item.xml").write_bytes(newsmlg2.write(Release(headline="Ferry", dateline=Dateline(place="BERGEN"))))
    own = {"nitf": "in/nitf.xml", "newsml-g2": "in/item.xml", "release": "in/release.xml",
           "release-xsd": "in/release.xml"}[profile]
    code, _err = _validate(capsys, "in", "--profile", profile, "--report", "r.json")
    assert code == 1
    for f in json.loads(Path("r.json").read_text(encoding="utf-8"))["files"]:
        if f["path"] == own:
            assert f["verdict"] == "valid", f
            continue
        assert f["verdict"] == "invalid", f
        assert [i["id"] for i in f["issues"]] == ["wrong-root"]
        assert f"does not match the profile {profile}" in f["issues"][0]["message"]


@pytest.mark.parametrize("mask", [0o002, 0o022])
def test_the_cache_and_its_journal_honour_the_umask(here: Path, capsys: pytest.CaptureFixture[str],
                                                    mask: int) -> None:
    """The cache file, and the write-ahead log and shared-memory files SQLite makes beside it, get the mode the
    umask gives new files, as the reports do (a team can share a cache through its group)."""
    Path("a.xml").write_bytes(release_xml.write(base_release()))
    old = os.umask(mask)
    try:
        assert main(["validate", "a.xml", "--today", TODAY.isoformat(), "--cache", "c.sqlite",
                     "--report", "r.json"]) == 0
        db = sqlite3.connect("c.sqlite")  # a second reader, as another run: SQLite makes -wal and -shm again
        try:
            assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert db.execute("SELECT count(*) FROM verdicts").fetchone()[0] == 1
            for name in ("c.sqlite", "c.sqlite-wal", "c.sqlite-shm", "r.json"):
                assert stat.S_IMODE(os.stat(name).st_mode) == 0o666 & ~mask, name
        finally:
            db.close()
    finally:
        os.umask(old)
    capsys.readouterr()
