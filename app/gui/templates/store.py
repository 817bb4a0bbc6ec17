"""Release templates: release XML files that start a new release with an organisation's standing facts.

A template keeps what an organisation repeats on every release — language,
dateline place, contacts, the notes to editors / "About" blocks — and nothing
of one story (headline, body, dates, embargo, number, sign-offs, comments).
The user's templates live in ``<data folder>/templates``; three examples ship
in ``resources/templates``. A user template of the same name hides a shipped one.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.formats import FormatError, read_path
from app.gui.common.i18n import file_error_text, os_error_text
from app.model import Dateline, Release
from app.paths import resources_dir

SUFFIX = ".release.xml"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class TemplateError(Exception):
    """A template cannot be read, written, renamed or deleted; the message names the file and why."""


@dataclass(frozen=True)
class Template:
    name: str
    path: Path
    bundled: bool  # shipped with the app: read-only


def template_of(release: Release) -> Release:
    """``release`` stripped to what every release of the organisation repeats."""
    return Release(
        language=release.language,
        dateline=Dateline(place=release.dateline.place),
        contacts=copy.deepcopy(release.contacts),
        boilerplate=copy.deepcopy(release.boilerplate),
        briefing_purpose=release.briefing_purpose,
    )


def file_name(name: str) -> str:
    """A file name for the template ``name`` (characters no file system takes become "-")."""
    cleaned = _UNSAFE.sub("-", name).strip(" .")
    if not any(ch.isalnum() for ch in cleaned):
        message = QCoreApplication.translate(
            "TemplateStore",
            "“{name}” cannot be a template name: give it a name with letters or digits")
        raise TemplateError(message.format(name=name))
    return cleaned + SUFFIX


def bundled_folder() -> Path:
    return resources_dir() / "templates"


class TemplateStore:
    """The templates in the user's folder and the shipped ones, by name."""

    def __init__(self, folder: Path, bundled: Path | None = None) -> None:
        self.folder = folder
        self.bundled = bundled if bundled is not None else bundled_folder()

    def templates(self) -> list[Template]:
        """Every template, the user's first, each list sorted by name."""
        mine = self._in(self.folder, bundled=False)
        names = {t.name for t in mine}
        shipped = [t for t in self._in(self.bundled, bundled=True) if t.name not in names]
        return mine + shipped

    def _in(self, folder: Path, *, bundled: bool) -> list[Template]:
        if not folder.is_dir():
            return []
        found = [Template(p.name[: -len(SUFFIX)], p, bundled) for p in folder.glob("*" + SUFFIX) if p.is_file()]
        return sorted(found, key=lambda t: t.name.casefold())

    def find(self, name: str) -> Template | None:
        return next((t for t in self.templates() if t.name == name), None)

    def load(self, template: Template) -> Release:
        """The release a template starts: its standing facts, status draft, nothing else."""
        try:
            return template_of(read_path(template.path))
        except (FormatError, OSError) as exc:
            why = file_error_text(exc) if isinstance(exc, FormatError) else os_error_text(exc)
            message = QCoreApplication.translate(
                "TemplateStore",
                "{path}: the template cannot be read: {error}")
            raise TemplateError(message.format(path=template.path, error=why)) from exc

    def save(self, name: str, release: Release) -> Template:
        """Save ``release``'s standing facts as the user's template ``name`` (replacing one of that name)."""
        path = self.folder / file_name(name)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            from app.formats import release_xml  # the native writer loads on the first save, not at start

            path.write_bytes(release_xml.write(template_of(release)))
        except OSError as exc:
            message = QCoreApplication.translate(
                "TemplateStore",
                "{path}: the template cannot be written: {error}")
            raise TemplateError(message.format(path=path, error=os_error_text(exc))) from exc
        return Template(path.name[: -len(SUFFIX)], path, False)

    def rename(self, template: Template, new_name: str) -> Template:
        if template.bundled:
            message = QCoreApplication.translate(
                "TemplateStore",
                "“{name}” ships with Release Desk and cannot be renamed; open it and save it as a template of "
                "your own instead")
            raise TemplateError(message.format(name=template.name))
        target = self.folder / file_name(new_name)
        if target.exists() and target != template.path:
            message = QCoreApplication.translate(
                "TemplateStore",
                "{path}: a template of that name exists; choose another name or delete it first")
            raise TemplateError(message.format(path=target))
        try:
            template.path.rename(target)
        except OSError as exc:
            message = QCoreApplication.translate(
                "TemplateStore",
                "{path}: cannot rename the template: {error}")
            raise TemplateError(message.format(path=template.path, error=os_error_text(exc))) from exc
        return Template(target.name[: -len(SUFFIX)], target, False)

    def delete(self, template: Template) -> None:
        if template.bundled:
            message = QCoreApplication.translate(
                "TemplateStore",
                "“{name}” ships with Release Desk and cannot be deleted")
            raise TemplateError(message.format(name=template.name))
        try:
            template.path.unlink()
        except OSError as exc:
            message = QCoreApplication.translate(
                "TemplateStore",
                "{path}: cannot delete the template: {error}")
            raise TemplateError(message.format(path=template.path, error=os_error_text(exc))) from exc
