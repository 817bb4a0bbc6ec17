"""Build the one-folder Release Desk bundle into build/bundle/release-desk/.

    .venv/bin/python packaging/build_bundle.py            # build, or reuse an up-to-date build
    .venv/bin/python packaging/build_bundle.py --force    # rebuild even if nothing changed

Needs PyInstaller in the interpreter that runs this script
(``.venv/bin/pip install -e '.[bundle]'``). The last line printed on stdout is
the bundle folder, so tests and benchmarks can call this script and read it.

A build takes minutes, so a fingerprint of everything that goes into the bundle
(the app's sources, schemas/, resources/, the spec, and the versions of Python,
PyInstaller and PySide6) is written beside it; the next call rebuilds only when
that fingerprint changed.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "release-desk.spec"
DIST = ROOT / "build" / "bundle"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "release-desk"
EXECUTABLE = BUNDLE / "release-desk"
STAMP = DIST / "release-desk.fingerprint"

# What ends up inside the bundle; a change to any of these means a rebuild.
_INPUTS = ("app", "schemas", "resources", "packaging/release-desk.spec", "packaging/entry.py",
           "packaging/pyi_rth_qt_paths.py")
_SKIP_PARTS = {"__pycache__"}


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def fingerprint() -> str:
    """A hash of the bundle's inputs and of the tools that build it."""
    digest = hashlib.sha256()
    digest.update(sys.version.encode())
    for dist in ("pyinstaller", "PySide6-Essentials", "lxml", "python-docx", "charset-normalizer"):
        digest.update(f"{dist}={_version(dist)}\n".encode())
    for name in _INPUTS:
        top = ROOT / name
        files = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file())
        for path in files:
            if _SKIP_PARTS.intersection(path.parts) or path.suffix == ".pyc":
                continue
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def is_up_to_date() -> bool:
    """True when the bundle exists and was built from exactly the current inputs."""
    return EXECUTABLE.is_file() and STAMP.is_file() and STAMP.read_text().strip() == fingerprint()


def build(*, force: bool = False) -> Path:
    """Build the bundle (unless it is up to date) and return its folder."""
    # Taken before building: files edited during the build make the next call rebuild.
    current = fingerprint()
    if not force and EXECUTABLE.is_file() and STAMP.is_file() and STAMP.read_text().strip() == current:
        print(f"bundle is up to date: {BUNDLE.relative_to(ROOT)}", file=sys.stderr)
        return BUNDLE
    try:
        import PyInstaller  # noqa: F401 - only checking that it is installed
    except ImportError:
        raise SystemExit(
            "PyInstaller is not installed in this environment; run: .venv/bin/pip install -e '.[bundle]'"
        ) from None
    STAMP.unlink(missing_ok=True)  # a failed build must not look up to date
    # A stale folder could keep files the new build no longer ships and hide a
    # missing resource from the smoke test.
    shutil.rmtree(BUNDLE, ignore_errors=True)
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    STAMP.write_text(current + "\n")
    print(f"built {BUNDLE.relative_to(ROOT)} in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return BUNDLE


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="rebuild even if the bundle is up to date")
    args = parser.parse_args()
    try:
        bundle = build(force=args.force)
    except subprocess.CalledProcessError as exc:
        print(f"build_bundle: PyInstaller failed with exit status {exc.returncode}", file=sys.stderr)
        return 1
    print(bundle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
