"""Before `make test`: are the system tools and libraries the tests use installed?

If something is missing it prints the one command that installs everything
(Debian / Ubuntu package names) and exits 1, instead of letting the tests fail
halfway. Run as root on a system with apt-get it installs them itself, as
.ci/run does. Python packages are not checked here: `make` installs those into
the virtual environment from pyproject.toml.

    python3 scripts/check_system.py [--no-install]
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

# (what the tests use it for, how to tell it is there, the package that provides it)
COMMANDS = [
    ("DOCX rendering tests", "soffice", "libreoffice-writer-nogui"),
    ("PDF pages to images and text", "pdftoppm", "poppler-utils"),
    ("PDF pages to images and text", "pdftotext", "poppler-utils"),
    ("the launcher check", "desktop-file-validate", "desktop-file-utils"),
    ("the AppStream metadata check", "appstreamcli", "appstream"),
    ("the MIME type check", "update-mime-database", "shared-mime-info"),
    ("the bundle check", "objdump", "binutils"),
    ("schema checks against libxml2's own tool", "xmllint", "libxml2-utils"),
]
LIBRARIES = [
    ("Qt on the offscreen platform", "EGL", "libegl1"),
    ("Qt on the offscreen platform", "GL", "libgl1"),
    ("Qt keyboard handling", "xkbcommon", "libxkbcommon0"),
    ("Qt fonts", "fontconfig", "libfontconfig1"),
    ("Qt", "dbus-1", "libdbus-1-3"),
    ("spelling", "enchant-2", "libenchant-2-2"),
]
_HUNSPELL = Path("/usr/share/hunspell")
_FONTS = Path("/usr/share/fonts/truetype")
FILES = [
    ("English spelling", [_HUNSPELL / "en_US.dic"], "hunspell-en-us"),
    ("French spelling", [_HUNSPELL / "fr_FR.dic", _HUNSPELL / "fr.dic"], "hunspell-fr"),
    ("Spanish spelling", [_HUNSPELL / "es_ES.dic", _HUNSPELL / "es.dic"], "hunspell-es"),
    ("Arabic spelling", [_HUNSPELL / "ar.dic"], "hunspell-ar"),
    ("rendered pages", [_FONTS / "dejavu"], "fonts-dejavu-core"),
    ("rendered pages", [_FONTS / "noto"], "fonts-noto-core"),
    ("rendered pages (Chinese)", [_FONTS / "wqy"], "fonts-wqy-microhei"),
]


def missing() -> list[tuple[str, str, str]]:
    """(what for, what is missing, package) for everything absent."""
    absent = []
    for purpose, command, package in COMMANDS:
        if shutil.which(command) is None:
            absent.append((purpose, f"the command {command}", package))
    for purpose, library, package in LIBRARIES:
        if ctypes.util.find_library(library) is None:
            absent.append((purpose, f"the library lib{library}", package))
    for purpose, paths, package in FILES:
        if not any(p.exists() for p in paths):
            absent.append((purpose, str(paths[0]), package))
    return absent


def main() -> int:
    absent = missing()
    if not absent:
        return 0
    packages = sorted({package for _, _, package in absent})
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    print("These system tools or libraries, which the tests need, are missing:", file=sys.stderr)
    for purpose, what, package in absent:
        print(f"  {what} ({purpose}; package {package})", file=sys.stderr)
    can_install = os.geteuid() == 0 and shutil.which("apt-get") is not None and "--no-install" not in sys.argv
    if can_install:
        print(f"installing them: apt-get update && {' '.join(command)}", file=sys.stderr)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        done = subprocess.run(["apt-get", "update", "-qq"], env=env, check=False).returncode == 0 and \
            subprocess.run(command, env=env, check=False).returncode == 0
        if done and not missing():
            return 0
        print("the installation did not complete; run the command above by hand", file=sys.stderr)
        return 1
    print(f"\nInstall them all with:\n\n    sudo apt-get update && sudo {' '.join(command)}\n\n"
          "then run `make test` again.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
