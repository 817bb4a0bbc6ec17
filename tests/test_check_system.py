"""`make test` on a fresh machine: the system tools check names what is missing and the one command to install it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "check_system.py"


def test_missing_tools_are_listed_with_one_install_command(tmp_path: Path) -> None:
    """With no tools on the PATH, the check lists each missing command and prints a single apt-get line that
    installs every package, then stops (exit 1) without installing anything."""
    done = subprocess.run([sys.executable, str(SCRIPT), "--no-install"], env={"PATH": str(tmp_path)},
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1
    for command in ("soffice", "pdftoppm", "desktop-file-validate", "appstreamcli", "xmllint"):
        assert f"the command {command} " in done.stderr
    [install] = [line for line in done.stderr.splitlines() if "apt-get install" in line]
    for package in ("libreoffice-writer-nogui", "poppler-utils", "desktop-file-utils", "appstream",
                    "libxml2-utils", "binutils", "shared-mime-info"):
        assert f" {package}" in install
    assert "make test" in done.stderr
