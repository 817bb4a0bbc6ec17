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
