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


def _headless_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a session with no display at all (an ssh login, a CI job)."""
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, "XDG_CONFIG_HOME": str(tmp_path / "config"), **extra}


@pytest.mark.parametrize(("word", "says"), [
    ("conver", "unknown command 'conver' (did you mean convert?)"),
    ("spelcheck", "unknown command 'spelcheck' (did you mean spellcheck?)"),
    ("frobnicate", "no such file or command: 'frobnicate'; the commands are convert, validate, suggest, "
                   "spellcheck, diff"),
])
def test_a_mistyped_command_is_not_opened_as_a_file(tmp_path: Path, word: str, says: str) -> None:
    """`release-desk conver` says the command is unknown and which one was meant, exit 2, and starts no window
    (with a display or without)."""
    for env in (_headless_env(tmp_path), _headless_env(tmp_path, QT_QPA_PLATFORM="offscreen")):
        done = _run(word, env=env, cwd=tmp_path)
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith(f"release-desk: {says}")
        assert len(done.stderr.splitlines()) == 1


def test_a_file_that_is_not_there_is_named_before_any_window(tmp_path: Path) -> None:
    """`release-desk in/missing.xml` says "no such file" for each missing file, exit 2, instead of a crash."""
    present = tmp_path / "here.txt"
    present.write_bytes(EXAMPLE.read_bytes())
    done = _run(str(present), "in/missing.xml", "gone.txt", env=_headless_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
                cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines() == ["release-desk: no such file: in/missing.xml",
                                        "release-desk: no such file: gone.txt"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY and WAYLAND_DISPLAY are Linux's")
@pytest.mark.parametrize("args", [[], ["dif"]], ids=["no file", "a file named like a command"])
def test_without_a_display_the_window_says_so_and_names_the_headless_commands(tmp_path: Path,
                                                                                args: list[str]) -> None:
    """With no display, `release-desk` (or `release-desk FILE` for a file that exists, even one named like a
    command) says the window needs a display and which commands work without one, exit 2, no abort in Qt."""
    if args:
        (tmp_path / "dif").write_bytes(EXAMPLE.read_bytes())
    done = _run(*args, env=_headless_env(tmp_path), cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "the editor window needs a display" in done.stderr
    assert "convert, validate, suggest, spellcheck, diff" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_window_still_opens_on_the_example_offscreen(tmp_path: Path) -> None:
    """`release-desk EXAMPLE` (what `make run` does) with a display (here Qt's offscreen one) opens the window on
    the file: it lists it among the recent files and keeps running."""
    import os
    import signal
    import time

    env = _headless_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    state = tmp_path / "config" / "release-desk" / "state.ini"
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", str(EXAMPLE)], cwd=PROJECT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 90
        opened = False
        while time.monotonic() < deadline and proc.poll() is None and not opened:
            opened = state.is_file() and EXAMPLE.name in state.read_text("utf-8", errors="replace")
            time.sleep(0.2)
        alive = proc.poll() is None
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    output = proc.stdout.read().decode(errors="replace") if proc.stdout is not None else ""
    assert opened, output
    assert alive, output


def _installed_languages() -> list[str]:
    from app.spelling import installed_dictionaries

    return sorted({tag.split("_")[0] for tag in installed_dictionaries()})


def test_an_unknown_spelling_language_says_what_there_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`spellcheck --lang xx-YY` names the languages that have a dictionary here and how to add another,
    in command-line words (no "for this release", no reopening)."""
    release = tmp_path / "port.txt"
    release.write_bytes(EXAMPLE.read_bytes())
    assert main(["spellcheck", "--lang", "xx-YY", str(release)]) == 2
    err = capsys.readouterr().err
    assert f"release-desk: {release}: no spelling dictionary is known for xx-YY" in err
    languages = _installed_languages()
    if languages:
        assert f"dictionaries are installed for {', '.join(languages)} (--lang TAG" in err
    assert "apt search hunspell" in err
    assert "this release" not in err
    assert "reopen" not in err


def test_a_missing_dictionary_says_which_package_to_install(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """`spellcheck --lang sw` (a language Debian packages a dictionary for, not installed here) names the
    package and the apt command, and says to run spellcheck again, not to reopen the release."""
    language = next(lang for lang in ("sw", "eu", "lt", "is", "kk") if lang not in _installed_languages())
    release = tmp_path / "port.txt"
    release.write_bytes(EXAMPLE.read_bytes())
    assert main(["spellcheck", "--lang", language, str(release)]) == 2
    err = capsys.readouterr().err
    assert f"install it with `sudo apt install hunspell-{language}` and run spellcheck again" in err
    assert "reopen" not in err


def test_a_pdf_is_said_to_be_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`convert release.pdf` says PDF is not read and to save the release as .txt or .docx, exit 2."""
    pdf = tmp_path / "release.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\x00\x00stream\n")
    assert main(["convert", str(pdf), "--to", "txt"]) == 2
    err = capsys.readouterr().err
    assert f"release-desk: {pdf}: this is a PDF: Release Desk does not read PDF files" in err
    assert "plain text (.txt) or a Word document (.docx)" in err
    assert "binary" not in err


def test_a_file_name_that_is_not_utf8_is_shown_alike_by_every_command(tmp_path: Path) -> None:
    """A file called caf\\xe9.xml (Latin-1 bytes) appears as caf\\xe9.xml in what convert, diff, suggest,
    spellcheck and validate print, never as caf\\udce9.xml or as the raw byte."""
    import os

    broken = tmp_path / os.fsdecode(b"caf\xe9.xml")
    broken.write_bytes(b"<release xmlns='urn:release-desk:release:1'><headline>Port</headline><body><p></bdy>")
    good = tmp_path / os.fsdecode(b"caf\xe9-ok.txt")
    good.write_bytes(b"Port trust opnes a dock\n\nKIRKWALL, 1 October 2024 - The new dock is redy.\n")
    runs = [("convert", broken.name, "--to", "txt"), ("diff", broken.name, good.name), ("suggest", broken.name),
            ("spellcheck", broken.name), ("spellcheck", good.name), ("validate", "--no-cache", broken.name)]
    for args in runs:
        done = subprocess.run([sys.executable, "-m", "app.cli", *args], check=False, capture_output=True,
                              cwd=tmp_path, timeout=120)
        said = done.stdout + done.stderr
        assert b"caf\\xe9" in said, (args, said)
        assert b"\\udce9" not in said, args
        assert b"caf\xe9" not in said, args


@pytest.mark.parametrize(("to", "name", "warned"), [
    ("docx", "note.pdf", ".pdf does not match --to docx (written as docx all the same; name it .docx)"),
    ("ninjs", "item.txt", ".txt does not match --to ninjs (written as ninjs all the same; name it .json)"),
    ("docx", "note.docx", None), ("nitf", "story.xml", None), ("ninjs2", "item.ninjs.json", None),
    ("txt", "release", None),
])
def test_an_output_name_that_says_another_format_is_warned_about(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                 to: str, name: str, warned: str | None) -> None:
    """`convert --to docx -o note.pdf` writes the Word document but warns that its name says PDF; a name that
    fits the format (or has no extension) gets no warning."""
    out = tmp_path / name
    assert main(["convert", str(EXAMPLE), "--to", to, "-o", str(out)]) == 0
    assert out.is_file()
    err = capsys.readouterr().err
    if warned is None:
        assert "does not match" not in err
    else:
        assert f"{out}: warning: the extension {warned}" in err


def test_the_size_limit_is_given_in_one_unit(tmp_path: Path) -> None:
    """A file over the size limit is refused by convert and by validate in the same unit (MiB)."""
    import os

    huge = tmp_path / "huge.xml"
    with huge.open("wb") as f:
        f.write(b"<release/>")
        os.truncate(f.fileno(), 70 * 2**20)  # sparse: no 70 MiB written to the disk
    said = []
    for args in (("convert", str(huge), "--to", "txt"), ("validate", "--no-cache", str(huge))):
        done = _run(*args)
        assert done.returncode == 2
        said.append(done.stderr)
    assert "the file is 70.0 MiB; Release Desk reads files up to 64 MiB" in said[0]
    for text in said:
        assert "70.0 MiB" in text
        assert " MB" not in text
