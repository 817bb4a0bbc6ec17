"""The process that walks and stats a cached run's files ahead of it: the same chunks in the same order,
the walk's notes in their place, and nothing lost when it dies or the walk fails.

Each scenario runs in a fresh process (``stat_ahead_driver``): the walk-ahead process is forked only from a
single-threaded process, as the command line is, and this test session has threads of its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.validation.defects import TODAY
from tests.validation.test_cache import _releases

PROJECT = Path(__file__).resolve().parents[2]


def _drive(scenario: str, folder: Path, *args: str) -> tuple[dict, str]:
    done = subprocess.run([sys.executable, "-m", "tests.validation.stat_ahead_driver", scenario, str(folder), *args],
                          cwd=PROJECT, capture_output=True, text=True, timeout=300, check=False,
                          env={**os.environ, "PYTHONPATH": str(PROJECT)})
    assert "RESULT " in done.stdout, done.stderr
    return json.loads(done.stdout.split("RESULT ", 1)[1]), done.stderr


def test_chunks_come_in_order_with_every_files_stat(tmp_path: Path) -> None:
    seen, _ = _drive("in_order", tmp_path)
    assert seen["got"] == seen["asked"]
    assert seen["stamped"] == sorted(seen["files"])  # a file without a stat is left for the worker to explain
    assert seen["stamp_7"] == seen["stat_7"]


def test_when_it_dies_this_process_goes_on_with_the_chunks_it_did_not_send(tmp_path: Path) -> None:
    seen, _ = _drive("killed", tmp_path)
    assert seen["got"] == seen["files"]  # each file once, in order


def test_a_walk_that_fails_is_an_error_here(tmp_path: Path) -> None:
    seen, _ = _drive("failing_walk", tmp_path)
    assert seen["first"] == seen["files"][:6]
    assert "the archive disk went away" in seen["error"]
    assert seen["waited"]


def test_a_run_that_walks_ahead_says_and_reports_what_one_process_does(tmp_path: Path) -> None:
    """A cached run with two jobs walks ahead in its own process; its report, its diagnostics and the walk's
    notes (a symlink loop, a symlinked folder skipped) are those of a run with one job, in the same order."""
    _releases(tmp_path / "in" / "a", 12)
    os.symlink(tmp_path / "in", tmp_path / "in" / "a" / "loop")  # back to a folder above it
    _releases(tmp_path / "in" / "b", 12)
    _releases(tmp_path / "elsewhere", 3)
    os.symlink(tmp_path / "elsewhere", tmp_path / "in" / "c-link")
    seen = {}
    for name, extra in [("one", ["--jobs", "1", "--cache", "one.sqlite"]),
                        ("cold", ["--jobs", "2", "--cache", "two.sqlite"]),
                        ("warm", ["--jobs", "2", "--cache", "two.sqlite"]),
                        ("no-follow", ["--jobs", "2", "--no-follow", "--cache", "two.sqlite"]),
                        ("no-follow-1", ["--jobs", "1", "--no-follow", "--cache", "one.sqlite"])]:
        result, err = _drive("cli", tmp_path, "in", "--today", TODAY.isoformat(), "--report", f"{name}.json", *extra)
        report = json.loads((tmp_path / f"{name}.json").read_text())
        del report["summary"]["from_cache"]
        told = [line for line in err.splitlines() if "files/s" not in line and "cache" not in line]
        seen[name] = (result["code"], told, report)
        assert result["walked_ahead"] == ([True] if "2" in extra else [])
    assert seen["one"] == seen["cold"] == seen["warm"]
    assert seen["no-follow"] == seen["no-follow-1"]
    assert any("a symbolic link back to a folder above it" in line for line in seen["one"][1])
    assert any("c-link: a symbolic link to a folder; skipped (--no-follow)" in line for line in seen["no-follow"][1])
    assert seen["one"][2]["summary"]["files"] == 13 + 13 + 4  # a, b, and elsewhere through c-link
