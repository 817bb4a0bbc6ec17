"""The export preview's text: a file written on one line (NITF, NewsML-G2) laid out with indents to be read.

Only the preview's copy is laid out; the file written is the writer's bytes as they are.
"""

from __future__ import annotations

from lxml import etree

from app.formats.errors import FormatError
from app.formats.safexml import parse_bytes

_LAID_OUT = 3  # more line breaks than this: the writer laid the file out itself (Release XML, ninjs, text)


def readable(data: bytes) -> str:
    """``data`` as text for the preview: XML on one line comes back indented, one element a line."""
    text = data.decode("utf-8", errors="replace")
    if text.count("\n", 0, 4096) > _LAID_OUT or not text.lstrip().startswith("<"):
        return text
    try:
        tree = parse_bytes(data, "<preview>")
    except FormatError:  # shown as written: the preview never hides what a writer produced
        return text
    # Whitespace goes only between elements: a paragraph's text with its inline tags stays on its line.
    etree.indent(tree, space="  ")
    body = etree.tostring(tree, encoding="unicode")
    declaration = text.split("\n", 1)[0] if text.startswith("<?xml") else ""
    return f"{declaration}\n{body}\n" if declaration else f"{body}\n"
