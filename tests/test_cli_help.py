"""What --help, the README's synopsis and the manual say about the command line matches what it does."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from app.formats import FORMATS
from app.validation.profiles import builtin_profiles

PROJECT = Path(__file__).resolve().parent.parent
#: how the help names each readable format
NAMES = {"xml": "Release XML", "txt": ".txt", "docx": ".docx", "nitf": "NITF", "newsmlg2": "NewsML-G2",
         "ninjs": "ninjs", "ninjs2": "ninjs"}


def _help(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "app.cli", *args, "--help"], check=True, capture_output=True,
                          text=True, cwd=PROJECT, timeout=120, env=None)
    return " ".join(done.stdout.split())  # argparse wraps at the terminal's width


def test_validate_help_lists_every_built_in_profile() -> None:
    """`validate --help` names every built-in profile among --profile's choices (nitf and newsml-g2 too)."""
    text = _help("validate")
    listed = re.search(r"--profile NAME check every file against this profile \(([^)]*)\)", text)
    assert listed is not None, text
    for name in builtin_profiles():
        assert name in listed.group(1), name


def test_convert_and_open_help_name_every_format_they_read() -> None:
    """`convert --help` (IN) and `open --help` (FILE) name every format Release Desk reads, NewsML-G2 and ninjs
    included."""
    readable = {NAMES[f.name] for f in FORMATS.values() if f.can_read}
    for command, arg in (("convert", "IN"), ("open", "FILE")):
        text = _help(command)
        said = re.search(rf" {arg} (?:the release to read|releases to open) \(([^)]*)\)", text)
        assert said is not None, text
        assert {n.strip() for n in said.group(1).split(",")} == readable, command


def test_readme_and_manual_synopses_list_every_target_format() -> None:
    """The README's and the manual's `convert` synopsis list exactly the formats `--to` accepts."""
    from app.cli import _writable

    for doc in (PROJECT / "README.md", PROJECT / "docs" / "manual" / "cli.md"):
        line = next(x for x in doc.read_text("utf-8").splitlines() if x.startswith("release-desk convert IN --to"))
        listed = line.split("--to ", 1)[1].split()[0].split("|")
        assert sorted(listed) == sorted(_writable()), doc.name
