"""Golden files for exported documents: compare part by part, show a unified diff, regenerate on request.

Regenerating is an explicit act, never a side effect of a test run::

    .venv/bin/python -m tests.formats.golden --regenerate

(or ``RELEASE_DESK_REGENERATE_GOLDEN=1`` in the environment of a pytest run).
Review the diff of ``tests/golden/`` before committing it.
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

GOLDEN_DIR = Path(__file__).resolve().parent.parent / "golden"
REGENERATE_ENV = "RELEASE_DESK_REGENERATE_GOLDEN"
# Tests that compare against golden files; --regenerate runs exactly these.
GOLDEN_TESTS = ["tests/formats/test_docx_briefing.py::test_docx_part_matches_golden_file"]

# Values that change from run to run (or machine to machine) and say nothing about the export.
_MASKS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r'(w:date|w14:paraId|w14:textId|w:rsid\w*)="[^"]*"'), r'\1="MASKED"'),
    (re.compile(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*<"), r"\1MASKED<"),
]


def canonical(xml: bytes) -> str:
    """An XML part as indented text with volatile values masked, one element per line."""
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
    root = etree.fromstring(xml, parser)
    text = etree.tostring(root, pretty_print=True, encoding="unicode")
    for pattern, replacement in _MASKS:
        text = pattern.sub(replacement, text)
    return text


def regenerating() -> bool:
    return os.environ.get(REGENERATE_ENV) == "1"


def assert_matches_golden(name: str, xml: bytes) -> None:
    """Fail with a unified diff unless ``xml`` matches ``tests/golden/<name>``."""
    actual = canonical(xml)
    path = GOLDEN_DIR / name
    if regenerating():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(
            f"no golden file {path.relative_to(GOLDEN_DIR.parent.parent)}; "
            "create it with: python -m tests.formats.golden --regenerate"
        )
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=f"golden/{name}",
                tofile="exported",
                n=2,
            )
        )
        pytest.fail(
            f"{name} differs from its golden file; if the change is intended, run "
            f"`python -m tests.formats.golden --regenerate` and review the diff\n{diff}",
            pytrace=False,
        )


def main(argv: list[str]) -> int:
    if argv != ["--regenerate"]:
        print(__doc__)
        return 2
    env = {**os.environ, REGENERATE_ENV: "1"}
    project = GOLDEN_DIR.parent.parent
    return subprocess.call(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *GOLDEN_TESTS], env=env, cwd=project
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
