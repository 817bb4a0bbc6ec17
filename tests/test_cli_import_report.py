"""`release-desk convert` lists on stderr every line of a text release that went into no field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ACME = FIXTURES / "import_source" / "acme_plant.txt"


def test_convert_names_each_left_out_line_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    """Converting a text release prints "FILE: left out: line N: text" for the kicker and the end mark,
    and the JSON on stdout is the release alone."""
    assert main(["convert", str(ACME), "--to", "json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["headline"] == "Acme opens a widget plant in Leeds"
    assert f"{ACME}: left out: line 1: NEWS FROM ACME WIDGETS" in err.splitlines()
    assert f"{ACME}: left out: line 13: Ends" in err.splitlines()
    assert "left out" not in out


def test_convert_of_a_native_release_reports_nothing_left_out(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """A Release XML file says what each part is: converting it reports no left-out lines."""
    xml = tmp_path / "acme.release.xml"
    assert main(["convert", str(ACME), "--to", "xml", "-o", str(xml)]) == 0
    capsys.readouterr()
    assert main(["convert", str(xml), "--to", "json"]) == 0
    assert "left out" not in capsys.readouterr().err
