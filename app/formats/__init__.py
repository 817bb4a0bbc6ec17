"""One module per format; this room only says which module reads or writes what.

Readers are looked up lazily so that importing ``app.formats`` stays cheap
(python-docx alone costs 120 ms and is only needed for DOCX).
"""

from __future__ import annotations

import importlib
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from app.formats.errors import FormatError

if TYPE_CHECKING:  # annotations only: batch validation imports app.formats.safexml without the model
    from app.model import Release

if TYPE_CHECKING:
    from app.formats.textparse.pipeline import Imported

__all__ = [
    "FORMATS",
    "Format",
    "FormatError",
    "format_for_name",
    "import_path",
    "read_bytes",
    "read_bytes_with_warnings",
    "read_path",
    "read_path_with_warnings",
    "sniff",
    "write",
]

# Files bigger than this are refused before they are read: no release comes near it.
MAX_INPUT_BYTES = 64 * 1024 * 1024


class Format(NamedTuple):
    """A file format: its name for ``--to``, its module, what it can do. (A named tuple: dataclasses would
    cost ``validate`` its start, which imports this package for its errors.)"""

    name: str
    module: str
    extensions: tuple[str, ...]
    label: str
    can_read: bool = True
    can_write: bool = True
    reader_module: str | None = None  # when reading lives apart from writing (DOCX)

    def _load(self) -> object:
        return importlib.import_module(self.module)

    def reader(self) -> Callable[[bytes, str], Release]:
        module = importlib.import_module(self.reader_module) if self.reader_module else self._load()
        return module.read  # type: ignore[attr-defined, no-any-return]

    def reader_with_warnings(self) -> Callable[[bytes, str], tuple[Release, list[str]]]:
        """The reader that also says what it left out or guessed; no warnings when it cannot say."""
        module = importlib.import_module(self.reader_module) if self.reader_module else self._load()
        with_warnings = getattr(module, "read_with_warnings", None)
        if with_warnings is not None:
            return with_warnings  # type: ignore[no-any-return]
        read = module.read  # type: ignore[attr-defined]
        return lambda data, source: (read(data, source), [])

    def writer(self) -> Callable[[Release], bytes]:
        return self._load().write  # type: ignore[attr-defined, no-any-return]


FORMATS: dict[str, Format] = {
    "xml": Format("xml", "app.formats.release_xml", (".release.xml", ".xml"), "Release XML"),
    "txt": Format("txt", "app.formats.text", (".txt", ".text"), "Plain text"),
    "json": Format("json", "app.formats.json_render", (".json",), "JSON", can_read=False),
    "nitf": Format("nitf", "app.formats.nitf", (".nitf", ".nitf.xml"), "NITF 3.6"),
    "newsmlg2": Format("newsmlg2", "app.formats.newsmlg2", (".newsml.xml", ".g2.xml"), "NewsML-G2 2.35"),
    "ninjs": Format("ninjs", "app.formats.ninjs", (".ninjs.json",), "ninjs 3.1"),
    "ninjs2": Format("ninjs2", "app.formats.ninjs2", (".ninjs.json",), "ninjs 2.2"),
    "docx": Format("docx", "app.formats.docx_briefing", (".docx",), "Word briefing note",
                   reader_module="app.formats.docx_draft"),
}

# The first element's name, once comments and the prolog are out of the way.
_ROOT_NAME = re.compile(rb"<(?![?!])(?:[\w.-]+:)?([\w.-]+)")
_XML_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)


def format_for_name(name: str) -> Format | None:
    """The format a file name's extension says, or None."""
    lower = name.lower()
    for fmt in FORMATS.values():
        if any(lower.endswith(ext) for ext in fmt.extensions):
            return fmt
    return None


# XML in a wide encoding, told by its byte-order mark or by the zero bytes around "<?x" (XML 1.0, F.1)
_WIDE = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xfe\xff", "utf-16-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\x00\x00\x00<", "utf-32-be"), (b"<\x00\x00\x00", "utf-32-le"),
         (b"\x00<\x00?", "utf-16-be"), (b"<\x00?\x00", "utf-16-le"))
# every G2 item goes to the NewsML-G2 reader, which reads news items and says what the others are
_ROOT_FORMATS = {b"nitf": "nitf", **dict.fromkeys(
    (b"newsItem", b"packageItem", b"conceptItem", b"knowledgeItem", b"planningItem", b"catalogItem",
     b"newsMessage"), "newsmlg2")}


def _head_as_utf8(data: bytes, size: int) -> bytes:
    """The first ``size`` bytes of ``data`` re-encoded as UTF-8 when they are UTF-16 or UTF-32."""
    for mark, codec in _WIDE:
        if data.startswith(mark):
            width = 4 if "32" in codec else 2
            chunk = data[len(mark) if mark.startswith((b"\xff", b"\xfe", b"\x00\x00\xfe")) else 0:][: size * width]
            return chunk[: len(chunk) - len(chunk) % width].decode(codec, errors="replace").encode("utf-8")
    return data[:size]


def sniff(data: bytes, name: str = "") -> Format:
    """The format of ``data``: from its content first, then its name; plain text otherwise."""
    if data.startswith(b"PK\x03\x04"):  # a ZIP package: a Word document is the one we read
        return FORMATS["docx"]
    start = _head_as_utf8(data, 4096)
    head = start[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        root = _ROOT_NAME.search(_XML_COMMENT.sub(b"", start))
        if root is not None and root.group(1) in _ROOT_FORMATS:
            return FORMATS[_ROOT_FORMATS[root.group(1)]]
        return FORMATS["xml"]
    if head.startswith(b"{"):  # JSON: a ninjs item is the one we read (any generation; the reader tells them apart)
        from app.formats.ninjs_read import looks_like_ninjs

        if looks_like_ninjs(start) or name.lower().endswith(".json"):
            return FORMATS["ninjs"]
    by_name = format_for_name(name)
    if by_name is not None and by_name.can_read and by_name.name != "xml":
        return by_name
    return FORMATS["txt"]


def read_bytes(data: bytes, source: str = "<input>") -> Release:
    """Read a release in whatever readable format ``data`` is in."""
    return sniff(data, source).reader()(data, source)


def read_bytes_with_warnings(data: bytes, source: str = "<input>", *,
                             strict: bool = True) -> tuple[Release, list[str]]:
    """Like :func:`read_bytes`, with the reader's warnings (tables left out, another NITF version...).

    ``strict=False`` lets a native file that breaks the release schema through
    when the model can hold it (an editor opens the draft to fix it); the other
    formats have no such check and read as always.
    """
    fmt = sniff(data, source)
    if not strict and fmt.name == "xml":
        native = importlib.import_module(fmt.module)
        return native.read(data, source, strict=False), []
    return fmt.reader_with_warnings()(data, source)


def read_path(path: str | Path) -> Release:
    """Read a release from a file, with a clear FormatError for every way that fails."""
    return read_bytes(_file_bytes(Path(path)), str(path))


def read_path_with_warnings(path: str | Path, *, strict: bool = True) -> tuple[Release, list[str]]:
    """Like :func:`read_path`, with the reader's warnings for the user to check (``strict``: as above)."""
    return read_bytes_with_warnings(_file_bytes(Path(path)), str(path), strict=strict)


def import_path(path: str | Path) -> Imported | None:
    """A plain-text or Word release as imported, with the labelled lines it came from (View > Import Source);
    None for formats that say what each part is (Release XML, NITF, NewsML-G2). FormatError as read_path."""
    data = _file_bytes(Path(path))
    fmt = sniff(data, str(path))
    if fmt.name == "txt":
        from app.formats.text import import_text

        return import_text(data, str(path))
    if fmt.name == "docx":
        from app.formats.docx_draft import import_docx

        return import_docx(data, str(path))
    return None


def _file_bytes(path: Path) -> bytes:
    """The file's bytes; a FormatError naming the file for every way reading fails."""
    source = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
            # a FIFO would hang the read, a device could have effects: never opened
            raise FormatError("this is not a regular file (a pipe, a socket or a device); it was not opened",
                              source=source, hint="give the path of an ordinary file")
        size = info.st_size
        if size > MAX_INPUT_BYTES:
            raise FormatError(
                f"the file is {size / 2**20:.1f} MiB; Release Desk reads files up to {MAX_INPUT_BYTES // 2**20} MiB",
                source=source,
                hint="split the file or check that it is really a release",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        if path.is_symlink():
            raise FormatError("this is a symbolic link to a file that does not exist (a dangling link)",
                              source=source, hint="fix or remove the link") from None
        raise FormatError("no such file", source=source, hint="check the name and folder") from None
    except IsADirectoryError:
        raise FormatError("this is a folder, not a file", source=source) from None
    except PermissionError:
        raise FormatError("permission denied", source=source, hint="check that you may read this file") from None
    except OSError as exc:
        raise FormatError(f"cannot read the file: {exc.strerror or exc}", source=source) from None
    return data


def write(release: Release, fmt: str) -> bytes:
    """Serialise ``release`` as format ``fmt`` (a key of FORMATS)."""
    return FORMATS[fmt].writer()(release)
