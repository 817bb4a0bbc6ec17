"""The validation cache as archivists meet it: a second run takes unchanged files' verdicts from the cache,
re-checks what changed (a file, a schema, an imported schema), and gives the same report."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import main
from app.formats import release_xml
from tests.validation.defects import TODAY, base_release, make_defects

PROJECT = Path(__file__).resolve().parents[2]
MEMO = PROJECT / "tests" / "fixtures" / "profiles" / "memo"


def _releases(folder: Path, count: int, *, old: bool = True) -> list[Path]:
    """``count`` valid releases (each its own headline) and one with a bad e-mail; ``old`` dates them an hour
    back, as files that arrived earlier (the cache does not trust the stat of a file changed seconds ago)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count + 1):
        release = base_release()
        release.headline = f"Harbour opens ferry line {n}"
        if n == count:
            release.contacts[0].email = "press@example..org"
        path = folder / f"r{n:04d}.xml"
        path.write_bytes(release_xml.write(release))
        if old:
            hour_ago = time.time() - 3600
            os.utime(path, (hour_ago, hour_ago))
        paths.append(path)
    return paths


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict, list[str]]:
    code = main(["validate", "--today", TODAY.isoformat(), "--report", "out.json", *args])
    err = capsys.readouterr().err.splitlines()
    return code, json.loads(Path("out.json").read_text(encoding="utf-8")), err


def _without_cache_count(report: dict) -> dict:
    report = json.loads(json.dumps(report))
    del report["summary"]["from_cache"]
    return report


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_second_run_takes_every_verdict_from_the_cache_and_reports_the_same(
        here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Run twice over an unchanged folder: the second run says all its verdicts came from the cache (report and
    stderr), and its report is the first one's, but for that count."""
    _releases(here / "in", 20)
    code1, first, _ = _run(capsys, "in", "--cache", "c.sqlite")
    code2, second, err = _run(capsys, "in", "--cache", "c.sqlite")
    assert (code1, code2) == (1, 1)
    assert first["summary"]["from_cache"] == 0
    assert second["summary"]["from_cache"] == 21
    assert "21 of 21 verdict(s) from the cache (c.sqlite)" in err
    assert _without_cache_count(first) == _without_cache_count(second)
    assert second["summary"]["invalid"] == 1


def test_fresh_files_are_answered_by_their_content(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Files written a moment ago (their stat not yet trusted) still get their verdicts from the cache by content."""
    _releases(here / "in", 5, old=False)
    _run(capsys, "in", "--cache", "c.sqlite")
    _, second, _ = _run(capsys, "in", "--cache", "c.sqlite")
    assert second["summary"]["from_cache"] == 6


def test_changing_one_file_rechecks_only_that_file(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Fix the one invalid release: the next run checks that file again (now valid), the others come from the cache."""
    paths = _releases(here / "in", 10)
    _run(capsys, "in", "--cache", "c.sqlite")
    release = base_release()
    release.headline = "Harbour opens ferry line 10"
    paths[-1].write_bytes(release_xml.write(release))
    code, report, _ = _run(capsys, "in", "--cache", "c.sqlite")
    assert code == 0
    assert report["summary"]["from_cache"] == 10
    assert report["summary"]["valid"] == 11
    # the same size and time as before, other bytes: the content decides, not the stat
    data = paths[0].read_bytes().replace(b"ferry line 0<", b"ferry line X<")
    info = paths[0].stat()
    paths[0].write_bytes(data)
    os.utime(paths[0], ns=(info.st_atime_ns, info.st_mtime_ns))
    _, report, _ = _run(capsys, "in", "--cache", "c.sqlite")
    assert report["summary"]["from_cache"] == 10
    assert report["files"][0]["sha256"] != _run(capsys, "in", "--no-cache")[1]["files"][1]["sha256"]


def test_changing_the_schema_or_a_schema_it_imports_rechecks_everything(
        here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Edit the XSD, or only the file it imports: every file is checked again; unchanged, all come from the cache."""
    schemas = here / "schemas"
    shutil.copytree(MEMO, schemas)
    (here / "in").mkdir()
    for n in range(3):
        shutil.copy(MEMO / "valid.xml", here / "in" / f"m{n}.xml")
    shutil.copy(MEMO / "invalid.xml", here / "in" / "bad.xml")
    args = ("in", "--schema", str(schemas / "memo.xsd"), "--cache", "c.sqlite")
    _, first, _ = _run(capsys, *args)
    _, again, _ = _run(capsys, *args)
    assert (first["summary"]["from_cache"], again["summary"]["from_cache"]) == (0, 4)
    common = schemas / "common.xsd"
    common.write_text(common.read_text(encoding="utf-8") + "<!-- reviewed -->\n", encoding="utf-8")
    _, after_import, _ = _run(capsys, *args)
    assert after_import["summary"]["from_cache"] == 0
    memo = schemas / "memo.xsd"
    memo.write_text(memo.read_text(encoding="utf-8") + "<!-- reviewed -->\n", encoding="utf-8")
    _, after_schema, _ = _run(capsys, *args)
    assert after_schema["summary"]["from_cache"] == 0
    assert _without_cache_count(after_schema) == _without_cache_count(first)
    _, settled, _ = _run(capsys, *args)
    assert settled["summary"]["from_cache"] == 4
    # the same size, other bytes, an hour later: the schema is read again, not trusted by its size
    text = common.read_text(encoding="utf-8")
    common.write_text(text.replace("<!-- reviewed -->", "<!-- REVIEWED -->"), encoding="utf-8")
    later = time.time() + 3600
    os.utime(common, (later, later))
    _, same_size, _ = _run(capsys, *args)
    assert same_size["summary"]["from_cache"] == 0


def test_another_today_is_another_verdict(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The editorial rules compare dates with --today: a run with another day does not reuse the verdicts."""
    _releases(here / "in", 3)
    _run(capsys, "in", "--cache", "c.sqlite")
    code = main(["validate", "in", "--today", "2030-01-01", "--cache", "c.sqlite", "--report", "out.json"])
    capsys.readouterr()
    assert code == 1
    assert json.loads(Path("out.json").read_text())["summary"]["from_cache"] == 0


def test_reports_are_identical_with_and_without_cache_and_for_any_jobs(
        here: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The defects folder (hostile files included) gives the same reports in every format, and the same stderr,
    with --no-cache, a cold cache and a warm one, with one job and with two."""
    from app.validation import stream

    monkeypatch.setattr(stream, "_MIN_FILES_PER_WORKER", 1)  # so that --jobs 2 really starts two workers
    monkeypatch.setattr(stream, "CHUNK", 3)
    make_defects(here / "in")
    _releases(here / "in" / "more", 12)
    outputs = {}
    for name, extra in [("none-1", ["--no-cache", "--jobs", "1"]), ("none-2", ["--no-cache", "--jobs", "2"]),
                        ("cold-2", ["--cache", "c.sqlite", "--jobs", "2"]),
                        ("warm-1", ["--cache", "c.sqlite", "--jobs", "1"]),
                        ("warm-2", ["--cache", "c.sqlite", "--jobs", "2"])]:
        names = [f"{name}.{ext}" for ext in ("json", "jsonl", "csv", "html", "xml")]
        code = main(["validate", "in", "--today", TODAY.isoformat(), *extra,
                     *(arg for r in names for arg in ("--report", r))])
        err = [line for line in capsys.readouterr().err.splitlines() if "files/s" not in line and "cache" not in line]
        texts = [Path(r).read_text(encoding="utf-8") for r in names]
        cached = json.loads(texts[0])["summary"]["from_cache"]
        if name.startswith("warm"):
            assert cached > 10
        # the one place a cached run differs: the count of verdicts from the cache
        texts = [t.replace(f'"from_cache": {cached}', '"from_cache": N').replace(f"from_cache {cached}",
                 "from_cache N").replace(f'from_cache="{cached}"', 'from_cache="N"') for t in texts]
        outputs[name] = (code, texts, err)
    assert len({repr(v) for v in outputs.values()}) == 1


def test_two_runs_at_once_on_one_cache_leave_it_whole(here: Path) -> None:
    """Two `release-desk validate` processes share a cache at the same time: both finish with the right verdicts,
    the cache passes SQLite's integrity check, and a third run takes every verdict from it."""
    _releases(here / "in", 1500)  # enough that the two runs overlap for a good second
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    command = [sys.executable, "-m", "app.cli", "validate", "in", "--today", TODAY.isoformat(), "--jobs", "1",
               "--cache", "shared.sqlite"]
    runs = [subprocess.Popen([*command, "--report", f"run{n}.json"], cwd=here, env=env, stderr=subprocess.PIPE,
                             text=True) for n in range(2)]
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 1, err
    for n in range(2):
        summary = json.loads((here / f"run{n}.json").read_text())["summary"]
        assert (summary["valid"], summary["invalid"]) == (1500, 1)
    with sqlite3.connect(here / "shared.sqlite") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    third = subprocess.run([*command, "--report", "third.json"], cwd=here, env=env, capture_output=True, text=True,
                           timeout=300, check=False)
    assert third.returncode == 1
    assert json.loads((here / "third.json").read_text())["summary"]["from_cache"] == 1501


def test_a_broken_cache_file_is_said_and_the_run_goes_on(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A cache file that is not a database: one warning naming it, then every file checked as usual."""
    _releases(here / "in", 2)
    Path("c.sqlite").write_bytes(b"this is not a database" * 100)
    code, report, err = _run(capsys, "in", "--cache", "c.sqlite")
    assert code == 1
    assert report["summary"]["files"] == 3
    assert any("c.sqlite" in line and "without it" in line for line in err)


def test_default_cache_lives_in_the_users_cache_folder(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without --cache the verdicts go to $XDG_CACHE_HOME/release-desk/; --no-cache writes none."""
    _releases(here / "in", 1)
    _run(capsys, "in", "--no-cache")
    cache = Path(os.environ["XDG_CACHE_HOME"]) / "release-desk" / "validation-cache.sqlite"
    assert not cache.exists()
    _run(capsys, "in")
    assert cache.is_file()
    _, report, _ = _run(capsys, "in")
    assert report["summary"]["from_cache"] == 2


def _day_run(capsys: pytest.CaptureFixture[str], day: str) -> dict:
    main(["validate", "in", "--today", day, "--cache", "c.sqlite", "--report", "out.json"])
    capsys.readouterr()
    return json.loads(Path("out.json").read_text(encoding="utf-8"))["summary"]


def test_the_cache_keeps_the_verdicts_of_recent_runs_only(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Run every day (each day is another verdict: the rules compare dates with it), the cache keeps the
    verdicts of the last runs only, so it does not grow by an archive a day; a recent day still hits."""
    from app.validation.cache import KEEP_FINGERPRINTS

    _releases(here / "in", 2)
    days = [f"2026-01-{n:02d}" for n in range(1, KEEP_FINGERPRINTS + 4)]
    for day in days:
        _day_run(capsys, day)
    with sqlite3.connect("c.sqlite") as db:
        kept = db.execute("SELECT COUNT(DISTINCT fingerprint) FROM verdicts").fetchone()[0]
        rows = db.execute("SELECT COUNT(*) FROM verdicts").fetchone()[0]
    assert kept == KEEP_FINGERPRINTS
    assert rows == KEEP_FINGERPRINTS * 3  # three files a day, for the days kept
    assert _day_run(capsys, days[-1])["from_cache"] == 3  # the latest day: every verdict still there
    assert _day_run(capsys, days[0])["from_cache"] == 0  # the first day: long gone, checked again


def test_a_new_phone_numbers_library_is_a_new_verdict(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Phone numbers are read by a library whose data changes with each release: after an upgrade the
    cache does not answer with verdicts the old data gave."""
    from app.validation import cache
    from app.validation.batch import RunSpec
    from app.validation.profiles import builtin_profiles

    library = here / "lib" / "fakephones"
    library.mkdir(parents=True)
    (library / "__init__.py").write_text('__version__ = "1.0"\n')
    monkeypatch.syspath_prepend(str(here / "lib"))
    monkeypatch.setattr(cache, "_LIBRARIES", ("fakephones",))
    spec = RunSpec(builtin_profiles()["release"], (), TODAY)
    before = cache.fingerprint(spec)
    assert cache.fingerprint(spec) == before  # nothing changed: the same fingerprint
    (library / "__init__.py").write_text('__version__ = "1.1"\n')
    assert cache.fingerprint(spec) != before


def test_a_re_run_the_cache_answers_whole_starts_without_lxml(here: Path) -> None:
    """A re-run over an unchanged folder parses nothing, so it does not load the XML library at all (a tenth
    of such a run), and its report still names the lxml and libxml2 versions that gave the verdicts."""
    from lxml import etree

    _releases(here / "in", 3)
    code = ("import sys; from app.cli import main; code = main(sys.argv[1:]); "
            "print('lxml loaded' if 'lxml.etree' in sys.modules else 'no lxml', code)")
    args = [sys.executable, "-c", code, "validate", "in", "--today", TODAY.isoformat(), "--cache", "c.sqlite",
            "--report", "out.json", "--quiet"]
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    first = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    second = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    assert first.stdout.split() == ["lxml", "loaded", "1"]  # one file is invalid: exit 1
    assert second.stdout.split() == ["no", "lxml", "1"], second.stderr
    validator = json.loads(Path("out.json").read_text(encoding="utf-8"))["validator"]
    assert validator["libxml2"] == ".".join(map(str, etree.LIBXML_VERSION))
    assert validator["lxml"] == ".".join(map(str, etree.LXML_VERSION[:3]))


def test_two_profiles_taking_turns_on_one_folder_are_both_answered_from_the_cache(
        here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An archivist who checks a folder with the full profile, then with the schema alone, then with the full
    profile again gets the third run's verdicts from the cache, not from reading every file again."""
    _releases(here / "in", 3)
    full = _run(capsys, "in", "--profile", "release", "--cache", "c.sqlite")
    _run(capsys, "in", "--profile", "release-xsd", "--cache", "c.sqlite")
    again = _run(capsys, "in", "--profile", "release", "--cache", "c.sqlite")
    assert again[1]["summary"]["from_cache"] == 4
    assert _without_cache_count(again[1]) == _without_cache_count(full[1])


def test_a_cache_an_earlier_version_made_is_taken_over(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A cache file written by an earlier version of the desk (stat records in another table) does not stop
    a run: the run checks, gives the same report, and the next run is answered from the cache."""
    _releases(here / "in", 2)
    with sqlite3.connect("c.sqlite") as db:
        db.execute("CREATE TABLE files (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER, "
                   "inode INTEGER, sha256 TEXT NOT NULL) WITHOUT ROWID")
        db.execute("INSERT INTO files VALUES ('/nowhere/r.xml', 1, 2, 3, 4, 'ab')")
    code, first, _ = _run(capsys, "in", "--cache", "c.sqlite")
    code2, second, _ = _run(capsys, "in", "--cache", "c.sqlite")
    assert (code, code2) == (1, 1)
    assert second["summary"]["from_cache"] == 3
    assert _without_cache_count(first) == _without_cache_count(second)


def test_files_gone_since_and_a_crowded_neighbour_do_not_confuse_the_look_up(
        here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The cache reads a chunk's records as one range of paths. Files deleted since the last run lie in that
    range, and so do the records of a neighbouring folder that sorts between the files (``in/r0000.xml`` <
    ``in/r0000.xml.d/...`` < ``in/r0001.xml``). Neither is taken for a file of this run, and a run over a folder
    that is not cached yet still checks its files."""
    paths = _releases(here / "in", 6)
    crowd = here / "in" / "r0000.xml.d"
    _releases(crowd, 300)  # 301 records between r0000.xml and r0001.xml once cached
    _run(capsys, "in", "--cache", "c.sqlite")
    for gone in paths[2:5]:
        gone.unlink()
    shutil.rmtree(crowd)
    code, report, _err = _run(capsys, "in", "--cache", "c.sqlite")
    assert code == 1
    assert [Path(f["path"]).name for f in report["files"]] == ["r0000.xml", "r0001.xml", "r0005.xml", "r0006.xml"]
    assert report["summary"]["from_cache"] == 4
    assert report["summary"]["invalid"] == 1
    # a new file where a deleted one was: its own verdict, from its own content
    release = base_release()
    release.headline = "Harbour opens ferry line 3"
    release.contacts[0].email = "press@example..org"
    (here / "in" / "r0003.xml").write_bytes(release_xml.write(release))
    code, report, _ = _run(capsys, "in", "--cache", "c.sqlite")
    assert report["summary"]["files"] == 5
    assert report["summary"]["invalid"] == 2
    assert report["summary"]["from_cache"] == 4
    assert _without_cache_count(report) == _without_cache_count(_run(capsys, "in", "--no-cache")[1])


def test_a_file_deleted_and_another_added_between_runs(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One file gone, one new in its place in the sort order: as many records in the range as files asked for,
    and still only the unchanged files come from the cache."""
    paths = _releases(here / "in", 4)
    _run(capsys, "in", "--cache", "c.sqlite")
    paths[1].unlink()
    paths[2].rename(here / "in" / "r0002b.xml")  # a rename is a new path: checked again (by content, cached)
    (here / "in" / "r0001a.xml").write_bytes(paths[0].read_bytes().replace(b"ferry line 0<", b"ferry line A<"))
    code, report, _ = _run(capsys, "in", "--cache", "c.sqlite")
    assert code == 1
    names = [Path(f["path"]).name for f in report["files"]]
    assert names == ["r0000.xml", "r0001a.xml", "r0002b.xml", "r0003.xml", "r0004.xml"]
    assert report["summary"]["from_cache"] == 4  # all but the new content
    assert _without_cache_count(report) == _without_cache_count(_run(capsys, "in", "--no-cache")[1])
