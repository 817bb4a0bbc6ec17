"""Where the data that ships with the app lives (schemas, resources).

Works from a source checkout, an editable install and a bundle alike: the
folders sit beside the ``app`` package, or inside it once packaged.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    for candidate in (_HERE / name, _HERE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"The {name}/ folder that ships with Release Desk is missing; reinstall the application")


def schemas_dir() -> Path:
    return _shipped("schemas")


def resources_dir() -> Path:
    return _shipped("resources")


def manual_dir() -> Path:
    """The user guide (Help > User Guide): ``docs/manual`` beside the package, or inside it once bundled."""
    return _shipped("docs") / "manual"


def user_data_dir() -> Path:
    """``$XDG_DATA_HOME/release-desk`` (``~/.local/share/release-desk`` when unset): the personal word
    list and the revision history; the same folder the window's settings call its data folder."""
    import os

    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "release-desk"
