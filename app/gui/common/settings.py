"""Where the app keeps its settings and data, and one typed table of preferences.

Paths are passed into the window (tests give it temp folders); by default they
come from QStandardPaths, which honours XDG_CONFIG_HOME / XDG_DATA_HOME.
Preferences store only what differs from the defaults; volatile state
(geometry, recent files) lives in a file of its own.
"""

from __future__ import annotations

import dataclasses
import getpass
from dataclasses import dataclass, field, fields
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

APP_DIR = "release-desk"
SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Paths:
    """The folders Release Desk writes to: settings, and data (autosave copies)."""

    config_dir: Path
    data_dir: Path

    @classmethod
    def from_environment(cls) -> Paths:
        config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
        data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
        return cls(Path(config) / APP_DIR, Path(data) / APP_DIR)

    @property
    def autosave_dir(self) -> Path:
        return self.data_dir / "autosave"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers) and no LOGNAME
        return "Editor"


@dataclass
class Preferences:
    """Everything a user may change, with its default; the one table of defaults."""

    autosave_seconds: float = 60.0
    validation_delay_ms: int = 400
    recent_files_limit: int = 10
    unsure_below: float = 0.8  # an importer confidence below this marks the field
    briefing_template: str = ""  # a .docx with the briefing note's styles; "" is the built-in one
    author: str = field(default_factory=_os_user)  # signs comments and replies
    language: str = ""  # the UI language: "" follows the system, else "en", "fr", "es" or "ar"
    subject_vocabularies: list[str] = field(default_factory=list)  # files whose subjects the picker adds
    body_target_words: int = 0  # the body's length the editor aims at, shown against its count; 0: none
    learn_from_corrections: bool = False  # imports use the model retrained on the editor's Import Source corrections
    default_template: str = ""  # the template File > New starts from; "" for an empty release


def _coerce(value: object, default: object) -> object:
    kind = type(default)
    try:
        if kind is bool:
            return value in (True, "true", "1", 1)
        if kind is list:  # QSettings gives a one-item list back as a plain string
            return [value] if isinstance(value, str) else [str(v) for v in value]  # type: ignore[union-attr]
        return kind(value)  # type: ignore[call-arg]
    except (TypeError, ValueError):
        return default


class Settings:
    """Preferences (typed, only differences stored) and volatile window state."""

    def __init__(self, paths: Paths) -> None:
        paths.config_dir.mkdir(parents=True, exist_ok=True)
        fmt = QSettings.Format.IniFormat
        self._prefs = QSettings(str(paths.config_dir / "preferences.ini"), fmt)
        self._state = QSettings(str(paths.config_dir / "state.ini"), fmt)
        self._migrate()

    def _migrate(self) -> None:
        version = int(_coerce(self._prefs.value("version", 0), 0))  # type: ignore[arg-type]
        # version 0 -> 1: nothing to move yet; later versions rename keys here.
        if version != SETTINGS_VERSION:
            self._prefs.setValue("version", SETTINGS_VERSION)

    # -- preferences --------------------------------------------------------

    def preferences(self) -> Preferences:
        defaults = Preferences()
        values = {}
        for f in fields(Preferences):
            default = getattr(defaults, f.name)
            stored = self._prefs.value(f.name)
            values[f.name] = default if stored is None else _coerce(stored, default)
        return Preferences(**values)

    def set_preferences(self, prefs: Preferences) -> None:
        defaults = dataclasses.asdict(Preferences())
        for name, value in dataclasses.asdict(prefs).items():
            if value == defaults[name]:
                self._prefs.remove(name)
            else:
                self._prefs.setValue(name, value)
        self._prefs.sync()

    # -- volatile state -------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        value = self._state.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._state.setValue("window/geometry", geometry)
        self._state.sync()

    def recent_files(self) -> list[str]:
        value = self._state.value("recent/files", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value or []]

    def add_recent_file(self, path: str, limit: int) -> None:
        files = [p for p in self.recent_files() if p != path]
        files.insert(0, path)
        self._state.setValue("recent/files", files[:limit])
        self._state.sync()
