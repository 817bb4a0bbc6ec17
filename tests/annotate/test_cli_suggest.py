"""`release-desk suggest`: proposals as JSON lines, --apply writes a file that reads back with the tags."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.formats import read_path

PROJECT = Path(__file__).resolve().parents[2]
VISIT = PROJECT / "tests" / "fixtures" / "annotate" / "visit.txt"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True, text=True, cwd=PROJECT,
                          timeout=120, check=False)


def test_suggest_prints_json_lines() -> None:
    """Each line is one proposal with paragraph, span, text, kind, name and rule."""
    done = _run("suggest", str(VISIT))
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert set(lines[0]) == {"paragraph", "start", "end", "text", "kind", "name", "ref", "rule"}
    assert {"paragraph": 1, "text": "Tadesse GEBRE", "kind": "person", "name": "Tadesse Gebre"}.items() <= next(
        line for line in lines if line["text"] == "Tadesse GEBRE").items()
    assert any(line["name"] == "SDG 9" and line["rule"] == "sdg" for line in lines)


@pytest.mark.parametrize("suffix", [".release.xml", ".nitf"])
def test_apply_writes_a_release_that_reads_back_with_tags(tmp_path: Path, suffix: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """--apply -o OUT writes OUT in the format its extension names, with every proposal as a tag."""
    out = tmp_path / f"visit{suffix}"
    assert main(["suggest", str(VISIT)]) == 0
    proposed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main(["suggest", str(VISIT), "--apply", "-o", str(out)]) == 0
    release = read_path(out)
    tags = [(i, p.entity_text(e), e.kind) for i, p in enumerate(release.body) for e in p.entities]
    assert tags == [(s["paragraph"], s["text"], s["kind"]) for s in proposed]
    if suffix == ".release.xml":  # the native format keeps names and refs too
        names = {p.entity_text(e): e.name for p in release.body for e in p.entities}
        assert names["Gerd MÜLLER"] == "Gerd Müller"


def test_extra_vocabulary_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--vocabulary adds the user's terms to the shipped ones."""
    extra = tmp_path / "extra.csv"
    extra.write_text("term,kind,name,ref\nBulbula Integrated Agro-Industrial Park,place,Bulbula IAIP,\n",
                     encoding="utf-8")
    assert main(["suggest", str(VISIT), "--vocabulary", str(extra)]) == 0
    texts = [json.loads(line)["text"] for line in capsys.readouterr().out.splitlines()]
    assert "Bulbula Integrated Agro-Industrial Park" in texts


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt"], "missing.txt: no such file"),
        ([str(VISIT), "--apply"], "--apply needs -o OUT"),
        ([str(VISIT), "--apply", "-o", "out.unknown"], "out.unknown: cannot tell the format"),
        ([str(VISIT), "--vocabulary", "tests/annotate/test_cli_suggest.py"], "test_cli_suggest.py:1:"),
    ],
)
def test_bad_input_exits_2_without_traceback(args: list[str], message: str) -> None:
    """A missing file, a missing -o, an unknown format or a bad vocabulary: exit 2 and one clear line."""
    done = _run("suggest", *args)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""
