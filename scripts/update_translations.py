"""Refresh the translation sources from the GUI code, then build them: .ts -> .qm.

    .venv/bin/python scripts/update_translations.py          # lupdate + lrelease
    .venv/bin/python scripts/update_translations.py --release  # lrelease only (after editing a .ts)

pyside6-lupdate collects every tr() / translate() / QT_TRANSLATE_NOOP string
under app/gui into resources/translations/release_desk_<lang>.ts (new strings
arrive "unfinished", strings gone from the code are dropped); pyside6-lrelease
builds the .qm files the app loads. Both tools ship with PySide6-Essentials.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "app" / "gui"
FOLDER = ROOT / "resources" / "translations"
CATALOG = "release_desk"
LANGUAGES = ("fr", "es", "ar")


def tool(name: str) -> str:
    """The PySide6 tool beside this interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def ts_path(language: str) -> Path:
    return FOLDER / f"{CATALOG}_{language}.ts"


def update(languages: tuple[str, ...] = LANGUAGES) -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    for language in languages:
        # no line numbers in the .ts: moving code must not rewrite every translation file
        subprocess.run(
            [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
             "-target-language", language, "-ts", str(ts_path(language).relative_to(ROOT))],
            cwd=ROOT, check=True,
        )


def release(languages: tuple[str, ...] = LANGUAGES, out: Path = FOLDER) -> list[Path]:
    built = []
    for language in languages:
        qm = out / f"{CATALOG}_{language}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", action="store_true", help="only build the .qm files from the .ts sources")
    args = parser.parse_args(argv)
    FOLDER.mkdir(parents=True, exist_ok=True)
    if not args.release:
        update()
    release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
