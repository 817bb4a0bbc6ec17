"""The release-desk command: help, version, convert, and bad input without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main

PROJECT = Path(__file__).resolve().parent.parent
EXAMPLE = PROJECT / "resources" / "examples" / "unido-shenzhen.txt"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        check=False,
        capture_output=True,
        text=True,
        cwd=PROJECT,
        timeout=120,
    )


def test_help_and_version_work() -> None:
    """`release-desk --help` lists the subcommands and `--version` prints the version."""
    helped = _run("--help")
    assert helped.returncode == 0
    assert "convert" in helped.stdout
    assert "validate" in helped.stdout
    versioned = _run("--version")
    assert versioned.returncode == 0
    assert __version__ in versioned.stdout


def test_convert_text_to_json_on_stdout() -> None:
    """Converting the example release to JSON prints its headline, dateline and contacts."""
    done = _run("convert", str(EXAMPLE), "--to", "json", "-o", "-")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["headline"] == "UNIDO Director General opens green manufacturing forum in Shenzhen"
    assert data["dateline"] == {"place": "SHENZHEN", "date": "2019-04-24", "text": "SHENZHEN, 24 April 2019 -"}
    assert data["contacts"][0]["email"] == "a.berger@unido.example.org"


def test_convert_text_to_xml_and_back_to_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A release converted to XML and from XML to text keeps its fields."""
    xml = tmp_path / "example.release.xml"
    txt = tmp_path / "again.txt"
    assert main(["convert", str(EXAMPLE), "--to", "xml", "-o", str(xml)]) == 0
    assert xml.read_bytes().startswith(b"<?xml")
    assert main(["convert", str(xml), "--to", "txt", "-o", str(txt)]) == 0
    assert main(["convert", str(txt), "--to", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"] == "UNIDO Director General opens green manufacturing forum in Shenzhen"
    assert data["dateline"]["place"] == "SHENZHEN"
    assert len(data["body"]) == 6


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02PK\x03\x04" * 100, "binary"),
        (b"<release><headline>unclosed", "line 1"),
        (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>', "entit"),
    ],
)
def test_bad_input_is_a_message_not_a_traceback(tmp_path: Path, content: bytes, expected: str) -> None:
    """A bad file gives exit status 2 and a message naming the file, never a traceback."""
    bad = tmp_path / "bad.xml"
    bad.write_bytes(content)
    done = _run("convert", str(bad), "--to", "json")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert str(bad) in done.stderr
    assert expected.lower() in done.stderr.lower()
    assert "root:" not in done.stdout


def test_missing_file_is_named(tmp_path: Path) -> None:
    """Converting a file that does not exist says so and names it."""
    done = _run("convert", str(tmp_path / "nope.txt"), "--to", "xml")
    assert done.returncode == 2
    assert "nope.txt" in done.stderr
    assert "no such file" in done.stderr


def test_convert_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    """Converting a file onto itself is refused and the file is untouched."""
    src = tmp_path / "release.txt"
    src.write_bytes(EXAMPLE.read_bytes())
    assert main(["convert", str(src), "--to", "txt", "-o", str(src)]) == 2
    assert src.read_bytes() == EXAMPLE.read_bytes()


def test_unknown_target_format_is_a_usage_error() -> None:
    """Asking for a format Release Desk cannot write is a usage error naming the choices."""
    done = _run("convert", str(EXAMPLE), "--to", "odt")
    assert done.returncode == 2
    assert "invalid choice" in done.stderr
