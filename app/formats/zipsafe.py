"""Open a ZIP package (DOCX) from a stranger without letting it fill memory.

A DOCX is a ZIP archive. A hostile one can declare a tiny compressed part that
inflates to gigabytes (a "zip bomb"). Every size is checked against the ZIP
central directory *before* a byte is inflated, and the inflated stream is read
with a hard cap as well, because the directory can lie.
"""

from __future__ import annotations

import io
import zipfile

from app.formats.errors import FormatError

#: No part of a real Word document comes near this once inflated.
MAX_PART_BYTES = 64 * 1024 * 1024
#: All parts together, inflated.
MAX_TOTAL_BYTES = 256 * 1024 * 1024
#: Text XML compresses about 10:1; 200:1 means a crafted archive.
MAX_COMPRESSION_RATIO = 200
#: Ratios are only judged for parts big enough to matter (a run of spaces compresses well).
RATIO_CHECK_FROM_BYTES = 1024 * 1024
#: A Word document has a few dozen parts; thousands mean something else.
MAX_PARTS = 10_000

_CHUNK = 64 * 1024


class SafeZip:
    """A ZIP archive whose directory was checked; parts are read with size caps."""

    def __init__(self, data: bytes, source: str, *, what: str = "Word document (.docx)") -> None:
        self.source = source
        self.what = what
        if not data.startswith(b"PK\x03\x04"):
            raise FormatError(
                f"this is not a {what}: it is not a ZIP package",
                source=source,
                hint="save the file from Word as .docx (not .doc or .rtf) and try again",
            )
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise FormatError(
                f"the {what} is damaged: {exc}",
                source=source,
                hint="open it in Word or LibreOffice and save it again",
            ) from None
        if len(infos) > MAX_PARTS:
            raise FormatError(f"the package has {len(infos)} parts; a {what} has far fewer", source=source)
        self._infos = {info.filename: info for info in infos}
        total = 0
        for info in infos:
            self._check_declared(info)
            total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise FormatError(
                f"the package would inflate to {total / 2**20:.0f} MiB; Release Desk refuses more than "
                f"{MAX_TOTAL_BYTES // 2**20} MiB",
                source=source,
                hint="this is not an ordinary document; do not open it",
            )

    def _check_declared(self, info: zipfile.ZipInfo) -> None:
        # Decided from the central directory alone: nothing has been inflated yet.
        if info.file_size > MAX_PART_BYTES:
            raise FormatError(
                f"part {info.filename} would inflate to {info.file_size / 2**20:.0f} MiB; "
                f"Release Desk refuses parts over {MAX_PART_BYTES // 2**20} MiB",
                source=self.source,
                hint="this is not an ordinary document (possibly a zip bomb); do not open it",
            )
        if info.file_size >= RATIO_CHECK_FROM_BYTES:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > MAX_COMPRESSION_RATIO:
                raise FormatError(
                    f"part {info.filename} is compressed {ratio:.0f}:1; Release Desk refuses ratios over "
                    f"{MAX_COMPRESSION_RATIO}:1",
                    source=self.source,
                    hint="this is not an ordinary document (possibly a zip bomb); do not open it",
                )

    def names(self) -> list[str]:
        return list(self._infos)

    def has(self, name: str) -> bool:
        return name in self._infos

    def read(self, name: str) -> bytes:
        """The inflated bytes of part ``name``, never more than its declared size."""
        info = self._infos.get(name)
        if info is None:
            raise FormatError(f"the {self.what} has no part {name}", source=self.source,
                              hint="open it in Word or LibreOffice and save it again")
        limit = min(info.file_size, MAX_PART_BYTES)
        out = bytearray()
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    out += chunk
                    if len(out) > limit:
                        raise FormatError(f"part {name} inflates to more than it declares", source=self.source,
                                          hint="this is not an ordinary document; do not open it")
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            raise FormatError(f"part {name} of the {self.what} is damaged: {exc}", source=self.source,
                              hint="open it in Word or LibreOffice and save it again") from None
        return bytes(out)
