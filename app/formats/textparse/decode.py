"""Bytes to text for the plain-text importer: size bound, encodings, binary refusal.

Releases arrive as UTF-8 mostly, sometimes as cp1252, Latin-1 or UTF-16 from
older tools. Anything that is not text is refused with a FormatError that names
the line, so the user knows what to fix.
"""

from __future__ import annotations

import codecs

from app.formats.errors import FormatError

# A long release with its boilerplate is ~50 KB. The bound keeps the worst case (every
# line a candidate date or heading) to a few seconds of parsing.
MAX_TEXT_BYTES = 2 * 1024 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_SHARE = 0.05  # more control characters than this and it is not text


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode(data: bytes, source: str) -> tuple[str, list[str]]:
    """The text of ``data`` and warnings about how it was read."""
    if len(data) > MAX_TEXT_BYTES:
        raise FormatError(
            f"the file is {len(data) / 2**20:.1f} MiB; a plain-text release may be at most "
            f"{MAX_TEXT_BYTES // 2**20} MiB",
            source=source,
            line=_line_of(data, MAX_TEXT_BYTES),
            hint="the limit is passed on this line; check that this is a press release, or split the file",
        )
    if data.startswith(b"%PDF-"):  # a PDF's text is laid out for print, with nothing to say what is what
        raise FormatError("this is a PDF: Release Desk does not read PDF files", source=source,
                          hint="open the release in the program that made it (or copy its text from a PDF reader) and "
                               "save it as plain text (.txt) or a Word document (.docx), then use that file")
    warnings: list[str] = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                line = text_line(data[len(bom) :], exc.start, encoding)
                raise FormatError(
                    f"the file says it is {encoding.upper()} but is not",
                    source=source,
                    line=line,
                    hint="save it again as UTF-8",
                ) from None
            return _checked(text, source), warnings
    if b"\x00" in data:
        utf16 = _try_utf16(data)
        if utf16 is None:
            raise FormatError(
                "this is a binary file, not text (it contains NUL bytes)",
                source=source,
                line=_line_of(data, data.index(b"\x00")),
                hint="open the release in its program and save it as plain text (UTF-8)",
            )
        return _checked(utf16, source), ["read as UTF-16 without a byte-order mark"]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
        from charset_normalizer import from_bytes  # only for text that is not UTF-8: most opens never load it

        best = from_bytes(data).best()
        if best is None or best.encoding is None:
            raise FormatError(
                "the text is not UTF-8 and its encoding could not be recognised",
                source=source,
                line=_line_of(data, first_bad),
                hint="the first unreadable byte is on this line; save the file as UTF-8",
            ) from None
        text = str(best)
        warnings.append(
            f"not UTF-8: read as {best.encoding} (first non-UTF-8 byte on line {_line_of(data, first_bad)}); "
            "check accented letters and quotes"
        )
    return _checked(text, source), warnings


def text_line(data: bytes, offset: int, encoding: str) -> int:
    """The line of byte ``offset`` in ``data`` written in ``encoding``."""
    newline = "\n".encode(encoding)
    return data.count(newline, 0, offset) + 1


def _try_utf16(data: bytes) -> str | None:
    # UTF-16 text without a BOM has a NUL in every other byte, on one side
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    if not half:
        return None
    encoding = "utf-16-be" if even > 0.1 * half and odd <= 0.01 * half else None
    if odd > 0.1 * half and even <= 0.01 * half:
        encoding = "utf-16-le"
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _checked(text: str, source: str) -> str:
    if not text.strip():
        raise FormatError(
            "the file is empty or holds only whitespace",
            source=source,
            line=1,
            hint="choose the file that holds the release text",
        )
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > _CONTROL_SHARE * len(text):
        first = next(i for i, ch in enumerate(text) if ord(ch) < 32 and ch not in "\t\n\r\f")
        raise FormatError(
            "this looks like a binary file, not text (it is full of control characters)",
            source=source,
            line=text.count("\n", 0, first) + 1,
            hint="open the release in its program and save it as plain text (UTF-8)",
        )
    return text
