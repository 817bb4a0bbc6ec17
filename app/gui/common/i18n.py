"""The language the window speaks: choosing it, and installing its translations.

The ``language`` preference is "" (follow the system's locale) or one of
:data:`UI_LANGUAGES`. Translations ship as ``.qm`` files built from the
``.ts`` sources in ``resources/translations`` (scripts/update_translations.py);
Qt's own strings (standard buttons, context menus) come from the
``qtbase_<lang>.qm`` inside the PySide6 package when it has one.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from app.paths import resources_dir

if TYPE_CHECKING:
    from app.formats.errors import FormatError

CATALOG = "release_desk"
SOURCE_LANGUAGE = "en"
TRANSLATED = ("fr", "es", "ar")
# Each language named in itself: whoever cannot read the current UI still finds their own.
UI_LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
}
SYSTEM_LABEL = QT_TRANSLATE_NOOP("Language", "System language")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def chosen_language(setting: str, system: QLocale | None = None) -> str:
    """The UI language for the ``language`` preference: itself when we ship it, else the system's, else English."""
    if setting in UI_LANGUAGES:
        return setting
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in UI_LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our catalogue and Qt's for ``language``; set the layout direction it asks for.

    The translators are children of ``app`` so they live as long as it does.
    """
    installed: list[QTranslator] = []
    if language != SOURCE_LANGUAGE:
        for name, folder in (
            (f"{CATALOG}_{language}", str(translations_dir())),
            (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder) and app.installTranslator(translator):
                installed.append(translator)
    apply_layout_direction()
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    apply_layout_direction()


def layout_direction() -> Qt.LayoutDirection:
    """What the installed catalogue says about writing direction (Qt's own convention)."""
    direction = QCoreApplication.translate(
        "QT_LAYOUT_DIRECTION",
        "LTR",
        "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages",
    )
    return Qt.LayoutDirection.RightToLeft if direction == "RTL" else Qt.LayoutDirection.LeftToRight


def apply_layout_direction() -> None:
    # Qt flips the direction itself only at start-up; a catalogue installed later (tests) needs it said.
    if isinstance(QCoreApplication.instance(), QGuiApplication):
        QGuiApplication.setLayoutDirection(layout_direction())


__all__ = [
    "SOURCE_LANGUAGE",
    "TRANSLATED",
    "UI_LANGUAGES",
    "apply_layout_direction",
    "chosen_language",
    "english_plural",
    "file_error_text",
    "install_translators",
    "isolate",
    "layout_direction",
    "os_error_text",
    "remove_translators",
    "translations_dir",
]


def english_plural(text: str, n: int) -> str:
    """Qt with no catalogue prints the source "%n error(s)" as it is: "1 error" / "2 errors" ("match(es)" too).

    Translations carry real plural forms (Arabic has six), so only the English source has "(s)" left in it.
    """
    one = n == 1
    return text.replace("(s)", "" if one else "s").replace("(es)", "" if one else "es")


# What app/formats says when a file cannot be read at all (it knows no Qt, so it speaks English): the window
# shows these in its own language. A message not listed here (a parse error at a line) is shown as it is.
FILE_MESSAGES = (
    QT_TRANSLATE_NOOP("FileErrors", "no such file"),
    QT_TRANSLATE_NOOP("FileErrors", "check the name and folder"),
    QT_TRANSLATE_NOOP("FileErrors", "this is a folder, not a file"),
    QT_TRANSLATE_NOOP("FileErrors", "permission denied"),
    QT_TRANSLATE_NOOP("FileErrors", "check that you may read this file"),
    QT_TRANSLATE_NOOP("FileErrors", "this is a symbolic link to a file that does not exist (a dangling link)"),
    QT_TRANSLATE_NOOP("FileErrors", "fix or remove the link"),
    QT_TRANSLATE_NOOP("FileErrors",
                      "this is not a regular file (a pipe, a socket or a device); it was not opened"),
    QT_TRANSLATE_NOOP("FileErrors", "give the path of an ordinary file"),
)


# Why the system refused a file (Python gives the C library's English words): the common reasons in the UI's
# language; another keeps the system's words.
OS_ERRORS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("FileErrors", "no such file or folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("FileErrors", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("FileErrors", "operation not permitted"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("FileErrors", "no space left on the disk"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("FileErrors", "disk quota exceeded"),
    errno.EROFS: QT_TRANSLATE_NOOP("FileErrors", "the disk is read-only"),
    errno.EISDIR: QT_TRANSLATE_NOOP("FileErrors", "this is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("FileErrors", "a part of the path is not a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("FileErrors", "the name is too long"),
    errno.EEXIST: QT_TRANSLATE_NOOP("FileErrors", "a file of that name exists"),
}


def os_error_text(error: OSError) -> str:
    """Why the system refused, in the UI's language for the common reasons (in English, the system's words)."""
    system = str(error.strerror or error)
    words = OS_ERRORS.get(error.errno) if error.errno is not None else None
    translated = QCoreApplication.translate("FileErrors", words) if words else system
    return system if translated == words else translated


def file_error_text(error: FormatError) -> str:
    """A reader's error as the user reads it: "where: what (what to do)", in the UI's language when known."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("FileErrors", text)

    text = QCoreApplication.translate("FileErrors", "{where}: {what}").format(
        where=isolate(error.location()), what=tr(error.message))
    if error.hint:
        text += QCoreApplication.translate("FileErrors", " ({hint})").format(hint=tr(error.hint))
    return text


def isolate(text: str) -> str:
    """Data set inside a sentence of a mirrored UI, kept in its own order (Unicode first-strong isolate)."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"\u2068{text}\u2069"
    return text
