"""lxml's versions, which every verdict and report names, known from the cache's record while lxml's files
are unchanged, and found again after an upgrade."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from app.validation import libraries

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def fresh() -> Iterator[None]:
    libraries.forget()
    yield
    libraries.forget()


def _measured() -> str:
    """A record as a process that has not imported lxml makes it (this one has)."""
    code = ("from app.validation import libraries; v, record = libraries.versions(); print(record)")
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_the_versions_are_lxmls_own() -> None:
    found, _ = libraries.versions()
    assert found == {"lxml": etree.LXML_VERSION, "libxml2": etree.LIBXML_VERSION, "libxslt": etree.LIBXSLT_VERSION}


def test_a_record_answers_while_lxmls_files_are_unchanged_and_not_after() -> None:
    record = _measured()
    kept = json.loads(record)
    assert any(os.path.basename(path).startswith("etree") for path, *_ in kept["files"])
    assert libraries._still(record) == libraries.versions()[0]
    # an upgrade: the extension is another file now (another size), or lxml is found elsewhere on sys.path
    moved = dict(kept, files=[[path, size + 1, *rest] for path, size, *rest in kept["files"]])
    assert libraries._still(json.dumps(moved)) is None
    assert libraries._still(json.dumps(dict(kept, package="/elsewhere/lxml"))) is None
    assert libraries._still("not a record") is None


def test_an_unchanged_record_is_not_written_again_and_a_stale_one_is_replaced(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # as in a process that has not imported lxml yet (this one has), so the record is what answers
    monkeypatch.delitem(sys.modules, "lxml.etree")
    record = _measured()
    assert libraries.versions(record) == (libraries._still(record), None)  # still true: nothing to write
    libraries.forget()
    stale = json.dumps(dict(json.loads(record), package="/elsewhere/lxml"))
    found, new = libraries.versions(stale)
    assert new is not None
    assert json.loads(new)["package"] != "/elsewhere/lxml"
    assert found == libraries.versions()[0]
