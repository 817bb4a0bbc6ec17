"""Smoke test of the built one-folder bundle: it starts, converts, validates and opens its window.

The bundle is built once per test session by ``packaging/build_bundle.py`` into
build/bundle/ (reused while nothing that goes into it has changed). Every command
runs from an empty folder so that nothing in the checkout can stand in for a file
missing from the bundle.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from app import __version__
from app.formats import FORMATS

PROJECT = Path(__file__).resolve().parents[2]
EXAMPLE = PROJECT / "resources" / "examples" / "unido-shenzhen.txt"
HEADLINE = "UNIDO Director General opens green manufacturing forum in Shenzhen"
# A first build from scratch takes about a minute on two cores; leave room for slow CI machines.
BUILD_TIMEOUT = 1200
# How long the window may take to open the example before the start counts as hung.
GUI_TIMEOUT = 60.0
# Signs that the frozen app broke, in whatever it printed.
CRASH_SIGNS = ("Traceback", "Failed to execute script", "ModuleNotFoundError", "could not load the Qt platform plugin")

pytestmark = [pytest.mark.bundle, pytest.mark.timeout(BUILD_TIMEOUT + 300)]


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The bundle folder, built (or found up to date) once for this module."""
    done = subprocess.run(
        [sys.executable, str(PROJECT / "packaging" / "build_bundle.py")],
        capture_output=True, text=True, check=False, cwd=PROJECT, timeout=BUILD_TIMEOUT,
    )
    assert done.returncode == 0, done.stderr[-5000:]
    folder = Path(done.stdout.strip().splitlines()[-1])
    assert (folder / "release-desk").is_file()
    return folder


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


def _run(bundle: Path, workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(bundle / "release-desk"), *args],
        capture_output=True, text=True, check=False, cwd=workdir, timeout=120,
    )
    for sign in CRASH_SIGNS:
        assert sign not in done.stderr, done.stderr
    return done


def _example_as_xml(bundle: Path, workdir: Path) -> Path:
    out = workdir / "unido-shenzhen.release.xml"
    done = _run(bundle, workdir, "convert", str(EXAMPLE), "--to", "xml", "-o", str(out))
    assert done.returncode == 0, done.stderr
    return out


def test_bundle_prints_its_version(bundle: Path, workdir: Path) -> None:
    """`release-desk --version` from the bundle prints the app's version."""
    done = _run(bundle, workdir, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"release-desk {__version__}"


def _files(top: Path, base: Path) -> set[Path]:
    return {p.relative_to(base) for p in top.rglob("*")
            if p.is_file() and p.suffix not in {".py", ".pyc"} and "__pycache__" not in p.parts}


def test_bundle_ships_every_schema_and_resource(bundle: Path) -> None:
    """Every file in schemas/ and resources/ (and any data file in the app package) is inside the bundle."""
    internal = bundle / "_internal"
    for name in ("schemas", "resources", "app"):
        wanted = _files(PROJECT / name, PROJECT)
        shipped = _files(internal / name, internal) if (internal / name).is_dir() else set()
        assert wanted <= shipped, sorted(map(str, wanted - shipped))
    assert Path("schemas", "release.xsd") in _files(internal / "schemas", internal)
    assert Path("resources", "templates", "briefing.docx") in _files(internal / "resources", internal)
    # Help > User Guide: the manual and the screenshots it shows
    assert _files(PROJECT / "docs" / "manual", PROJECT) <= _files(internal / "docs" / "manual", internal)
    assert Path("docs", "screenshots", "editor-example.png") in _files(internal / "docs", internal)
    # Qt's own translations of its dialogs, which app/gui/i18n.py loads through QLibraryInfo
    assert any((internal / "PySide6" / "Qt" / "translations").glob("qtbase_*.qm"))


def test_bundle_exports_the_example_to_xml_that_validates(bundle: Path, workdir: Path) -> None:
    """The example release converts to native XML that the bundle's own validator accepts."""
    xml = _example_as_xml(bundle, workdir)
    assert HEADLINE in xml.read_text(encoding="utf-8")
    done = _run(bundle, workdir, "validate", str(xml))
    assert done.returncode == 0, done.stderr


def test_bundle_rejects_an_invalid_release(bundle: Path, workdir: Path) -> None:
    """Validation in the bundle really checks against the schema: a broken release is reported invalid."""
    xml = _example_as_xml(bundle, workdir)
    broken = workdir / "broken.release.xml"
    broken.write_text(xml.read_text(encoding="utf-8").replace("<headline>", "<headline-x>", 1)
                      .replace("</headline>", "</headline-x>", 1), encoding="utf-8")
    done = _run(bundle, workdir, "validate", str(broken))
    assert done.returncode == 1, done.stderr
    assert "broken.release.xml" in done.stderr


def test_bundle_validates_a_folder_with_worker_processes(bundle: Path, workdir: Path) -> None:
    """A folder big enough for parallel workers validates in the bundle, and a bad file in it is still found."""
    xml = _example_as_xml(bundle, workdir)
    folder = workdir / "submissions"
    folder.mkdir()
    data = xml.read_bytes()
    for n in range(140):  # batch.py starts workers from 64 files per worker
        (folder / f"r{n:03}.release.xml").write_bytes(data)
    (folder / "r999.release.xml").write_bytes(data.replace(b"<language>", b"<langue>", 1)
                                              .replace(b"</language>", b"</langue>", 1))
    done = _run(bundle, workdir, "validate", "--jobs", "2", str(folder))
    assert done.returncode == 1, done.stderr
    assert "r999.release.xml" in done.stderr
    assert "r000.release.xml" not in done.stderr


def test_bundle_exports_a_word_briefing_note(bundle: Path, workdir: Path) -> None:
    """The example release exports to a Word document built from the bundled template."""
    out = workdir / "note.docx"
    done = _run(bundle, workdir, "convert", str(_example_as_xml(bundle, workdir)), "--to", "docx", "-o", str(out))
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as docx:
        assert "word/document.xml" in docx.namelist()
        assert HEADLINE.encode() in docx.read("word/document.xml")


def test_bundle_exports_plain_text(bundle: Path, workdir: Path) -> None:
    """The example release exports back to plain text with its headline and contact."""
    out = workdir / "release.txt"
    done = _run(bundle, workdir, "convert", str(_example_as_xml(bundle, workdir)), "--to", "txt", "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert HEADLINE in text
    assert "a.berger@unido.example.org" in text


@pytest.mark.parametrize("fmt", sorted(name for name, f in FORMATS.items() if f.can_write))
def test_bundle_writes_every_format(bundle: Path, workdir: Path, fmt: str) -> None:
    """Every format the command offers is inside the bundle (formats are loaded by name, easy to leave out)."""
    out = workdir / f"release.{fmt}"
    done = _run(bundle, workdir, "convert", str(EXAMPLE), "--to", fmt, "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 0


def test_bundle_opens_the_window_offscreen(bundle: Path, workdir: Path, tmp_path: Path) -> None:
    """The editor window starts from the bundle on the example release and its XML, and keeps running."""
    # The GUI has no "quit once shown" switch yet, so the sign that the window is
    # up and the files are open is the recent-files list the window writes after
    # each successful open (app/gui/settings.py, $XDG_CONFIG_HOME/release-desk/state.ini).
    xml = _example_as_xml(bundle, workdir)
    config = Path(os.environ["XDG_CONFIG_HOME"])
    state = config / "release-desk" / "state.ini"
    log = tmp_path / "gui.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with log.open("wb") as sink:
        proc = subprocess.Popen([str(bundle / "release-desk"), str(EXAMPLE), str(xml)],
                                stdout=sink, stderr=subprocess.STDOUT, cwd=workdir, env=env)
        try:
            deadline = time.monotonic() + GUI_TIMEOUT
            opened = False
            while time.monotonic() < deadline and proc.poll() is None and not opened:
                text = state.read_text(encoding="utf-8", errors="replace") if state.is_file() else ""
                opened = EXAMPLE.name in text and xml.name in text
                time.sleep(0.1)
            time.sleep(1.0)  # and it survives the first moments with both windows up
            alive = proc.poll() is None
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    output = log.read_text(encoding="utf-8", errors="replace")
    assert alive, f"the bundle exited with status {proc.returncode}:\n{output}"
    assert opened, f"the window did not open both files within {GUI_TIMEOUT:.0f} s:\n{output}"
    for sign in CRASH_SIGNS:
        assert sign not in output, output


def test_installed_bundle_runs_through_its_link_on_path(bundle: Path, workdir: Path, tmp_path: Path) -> None:
    """After `install-desktop.sh PREFIX --bundle`, the launcher's `release-desk` (a link in PREFIX/bin) works."""
    prefix = tmp_path / "prefix"
    done = subprocess.run([str(PROJECT / "packaging" / "install-desktop.sh"), str(prefix), "--bundle"],
                          capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    link = prefix / "bin" / "release-desk"
    assert link.is_symlink()
    ran = subprocess.run([str(link), "convert", str(EXAMPLE), "--to", "docx", "-o", str(workdir / "note.docx")],
                         capture_output=True, text=True, check=False, cwd=workdir, timeout=120)
    assert ran.returncode == 0, ran.stderr
    assert zipfile.is_zipfile(workdir / "note.docx")
