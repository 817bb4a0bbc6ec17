"""What the command line says when something is wrong: a message naming the file and what to do, an exit
status of 2, never a traceback; and nothing at all when the reader of its output has gone (`| head`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

PROJECT = Path(__file__).resolve().parent.parent
EXAMPLE = PROJECT / "resources" / "examples" / "unido-shenzhen.txt"


def _run(*args: str, env: dict[str, str] | None = None, cwd: Path = PROJECT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", *args], check=False, capture_output=True, text=True,
                          cwd=cwd, timeout=120, env=env)


@pytest.mark.parametrize("content", [b"", b"\x00\x01 not a model at all " * 40, b"<release/>"],
                         ids=["empty", "garbage", "xml"])
def test_a_model_that_is_no_model_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           content: bytes) -> None:
    """`convert --model` with a file that is not a trained model says so, naming the file, and exits 2."""
    model = tmp_path / "fold.crfsuite"
    model.write_bytes(content)
    assert main(["convert", str(EXAMPLE), "--to", "txt", "--model", str(model)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{model}: cannot use it as the import model (not a line-labeller model" in captured.err
    assert "make model" in captured.err


def test_a_folder_given_as_the_model_is_called_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`convert --model FOLDER` says the model is a folder, not that it does not exist."""
    assert main(["convert", str(EXAMPLE), "--to", "txt", "--model", str(tmp_path)]) == 2
    assert f"{tmp_path}: is a folder, not a model file" in capsys.readouterr().err


@pytest.mark.parametrize("damage", ["garbage after the magic", "cut short"])
def test_a_damaged_model_is_a_message_not_a_crash(tmp_path: Path, damage: str) -> None:
    """A model file that starts like one but is mangled or cut short (a copy that did not finish) ends in a
    message naming it and exit 2: no traceback, and no crash of the process."""
    model = tmp_path / "fold.crfsuite"
    shipped = (PROJECT / "resources" / "importer" / "line-labeller.crfsuite").read_bytes()
    model.write_bytes(b"lCRF" + b"\xff" * 200 if damage.startswith("garbage") else shipped[: len(shipped) // 2])
    done = _run("convert", str(EXAMPLE), "--to", "txt", "--model", str(model))
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert f"{model}: cannot use it as the import model (not a line-labeller model" in done.stderr


def _long_release(path: Path, n: int, word: str = "opnes") -> Path:
    """A release of ``n`` paragraphs, each with a misspelt word and names the tagger knows: every subcommand
    has far more to print than a pipe holds."""
    from app.formats import release_xml
    from app.model import Paragraph, Release

    body = [Paragraph(f"p{i}", f"Line {i}: the port {word} a dock in Shenzhen with UNIDO, redy for winter.")
            for i in range(1, n + 1)]
    path.write_bytes(release_xml.write(Release(id="long-port", headline="Port opens a dock", body=body)))
    return path


@pytest.mark.parametrize("command", ["diff", "suggest", "spellcheck", "validate"])
def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path: Path, command: str) -> None:
    """`release-desk COMMAND ... | head -1`: when the reader of the output has gone, the command stops with no
    traceback and no "Broken pipe" on the terminal, and exit status 141 (what the shell reports for SIGPIPE)."""
    release = _long_release(tmp_path / "long.release.xml", 3000)
    args = {"diff": ["diff", str(release), str(_long_release(tmp_path / "other.release.xml", 3000, "opens"))],
            "suggest": ["suggest", str(release)],
            "spellcheck": ["spellcheck", str(release)],
            "validate": ["validate", "--report", str(tmp_path / "r.json"), str(release)]}[command]
    if command == "validate":  # validate writes its findings to stderr: the reader there is the one that goes
        proc = subprocess.Popen([sys.executable, "-m", "app.cli", *args, "--no-cache"], cwd=PROJECT,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    else:
        proc = subprocess.Popen([sys.executable, "-m", "app.cli", *args], cwd=PROJECT, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # what `head -1` does once it has its line
    stderr = proc.stderr.read().decode() if proc.stderr is not None else ""
    code = proc.wait(timeout=120)
    assert first
    assert "Traceback" not in stderr
    assert "Broken pipe" not in stderr
    assert code in (141, 0, 1) if command == "validate" else code == 141, stderr
