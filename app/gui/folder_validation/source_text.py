"""What the source view shows of a file: its text decoded, capped, or a sentence saying why not.

The files come from a folder of submissions, so anything goes: a named pipe
(opening it would wait for a writer forever), a file we may not read, binary
junk, an encoding that does not exist, 60 MB of XML. None of that may raise;
each becomes a :class:`SourceText` whose ``problem`` the view shows instead.
"""

from __future__ import annotations

import codecs
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

# More than this is not shown: a text view holding hundreds of MB freezes the window.
SHOWN_BYTES = 20 * 2**20

_DECLARED = re.compile(rb"""^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']""")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),  # before UTF-16: same first bytes
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# A text view starts a new line (block) at these; the file's line numbers do not, so they are shown as a mark.
_NOT_LINE_BREAKS = str.maketrans({"\u2028": "\u2424", "\u2029": "\u2424", "\x0c": "\u240c", "\x0b": "\u240b"})


@dataclass(frozen=True)
class SourceText:
    """The text to show (lines as in the file), a note about it, or the problem that stops it being shown."""

    text: str = ""
    note: str = ""
    problem: str = ""
    encoding: str = ""


def read_source(path: Path) -> SourceText:
    """Read ``path`` for showing; never raises for anything the file system or the file's bytes do."""
    try:
        info = path.stat()
        # the sentences are the source view's, so they share its translation context
        if stat.S_ISDIR(info.st_mode):
            return SourceText(problem=QCoreApplication.translate("SourceView", "This is a folder, not a file."))
        if not stat.S_ISREG(info.st_mode):
            return SourceText(
                problem=QCoreApplication.translate(
                    "SourceView", "This is not an ordinary file (a pipe or a device), so it is not read."
                )
            )
        with path.open("rb") as handle:
            data = handle.read(SHOWN_BYTES + 1)
    except FileNotFoundError:
        return SourceText(
            problem=QCoreApplication.translate(
                "SourceView", "The file is not there any more (moved, deleted, or a broken link)."
            )
        )
    except PermissionError:
        return SourceText(
            problem=QCoreApplication.translate("SourceView", "You may not read this file: check its permissions.")
        )
    except OSError as error:
        return SourceText(
            problem=QCoreApplication.translate("SourceView", "The file cannot be read: {error}").format(
                error=error.strerror or error
            )
        )
    return decode_source(data, info.st_size)


def decode_source(data: bytes, size: int | None = None) -> SourceText:
    """Decode what was read (at most SHOWN_BYTES + 1 bytes of a file of ``size`` bytes)."""
    size = len(data) if size is None else size
    truncated = len(data) > SHOWN_BYTES or size > len(data)
    if len(data) > SHOWN_BYTES:
        data = data[:SHOWN_BYTES]
        cut = data.rfind(b"\n")
        data = data[: cut + 1] if cut > 0 else data  # end on a whole line, not half a character
    encoding, bom = _encoding_of(data)
    if not encoding.startswith("utf-16") and not encoding.startswith("utf-32") and b"\x00" in data[:8192]:
        return SourceText(
            problem=QCoreApplication.translate(
                "SourceView", "This file holds binary data, not text, so it cannot be shown."
            )
        )
    try:
        text = data[bom:].decode(encoding, errors="replace")
    except LookupError:  # a name codecs knows that is no text encoding ("base64", "rot13")
        encoding = "utf-8"
        text = data[bom:].decode(encoding, errors="replace")
    # XML counts CR LF and a lone CR as one line end each; so must the view, or the line numbers drift.
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_NOT_LINE_BREAKS)
    notes = []
    if truncated:
        notes.append(
            QCoreApplication.translate(
                "SourceView", "Only the first {shown} MiB of this {size} MiB file are shown."
            ).format(shown=SHOWN_BYTES // 2**20, size=f"{size / 2**20:.1f}")
        )
    if "\ufffd" in text:
        notes.append(
            QCoreApplication.translate(
                "SourceView", "Some bytes are not valid {encoding} and are shown as �."
            ).format(encoding=encoding)
        )
    if not text:
        notes.append(QCoreApplication.translate("SourceView", "The file is empty."))
    return SourceText(text, " ".join(notes), "", encoding)


def _encoding_of(data: bytes) -> tuple[str, int]:
    """The encoding to decode with and the length of the byte order mark to skip."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    declared = _DECLARED.match(data[:200])
    if declared is not None:
        name = declared.group(1).decode("ascii")
        try:
            codecs.lookup(name)
        except LookupError:
            return "utf-8", 0  # an encoding nobody knows ("klingon"): UTF-8 with replacement shows the most
        if not name.lower().replace("-", "").replace("_", "").startswith(("utf16", "utf32")):
            return name, 0  # a declared UTF-16 without a BOM has no byte order: UTF-8 below instead
    return "utf-8", 0
