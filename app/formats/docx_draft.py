"""Read a release drafted in Word (.docx) the way a text release is read.

The package is opened with :mod:`app.formats.zipsafe` (sizes checked before
inflating) and every XML part through the one hardened parser
(:func:`app.formats.safexml.parse_bytes`); python-docx, which parses with its
own lxml parser, is not used for reading.

The document becomes the lines the importer's labeller reads (``docx_lines``: body,
soft line breaks, tables, text boxes, headers and footers, each line with Word's
formatting as signals), labelled by the Word model and assembled by the same
pipeline as plain text. What lines cannot carry (images, tracked changes, Word
comments) is reported as a warning, never dropped silently. A briefing note Release
Desk wrote is recognised and read back by its sections.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field

from lxml import etree

from app.formats import text as text_format
from app.formats.briefing_content import BRIEFING_CATEGORY
from app.formats.briefing_reading import briefing_rendering
from app.formats.docx_lines import read_lines
from app.formats.errors import FormatError
from app.formats.legacy_fonts import SCRIPTS, legacy_font
from app.formats.safexml import parse_bytes
from app.formats.textparse.pipeline import Imported, import_lines
from app.formats.textparse.segment import Line
from app.formats.zipsafe import SafeZip
from app.model import Release

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
_CORE = "docProps/core.xml"
_CATEGORY = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}category"
_NOT_WORD_HINT = "save the draft from Word or LibreOffice as a Word document (.docx)"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# What a run's children mean as text; anything else (field codes, bookmarks) says nothing.
_CHARS = {_w("tab"): "\t", _w("br"): "\n", _w("cr"): "\n", _w("noBreakHyphen"): "-", _w("softHyphen"): "\u00ad"}
_SKIPPED = frozenset({_w("del"), _w("moveFrom")})  # tracked deletions: not part of the text as it reads now
_INSERTED = frozenset({_w("ins"), _w("moveTo")})
_PICTURES = frozenset({_w("drawing"), _w("pict"), _w("object")})


@dataclass
class DraftParagraph:
    text: str
    style: str  # the style's name, lower case ("title", "heading 1", "normal")


@dataclass
class Draft:
    """What a Word draft says, before the text importer reads it."""

    paragraphs: list[DraftParagraph] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)  # rows of cell texts
    pictures: int = 0
    insertions: int = 0
    deletions: int = 0
    category: str = ""  # docProps/core.xml cp:category: Release Desk marks its briefing notes there


def _relationship(package: SafeZip, rels_part: str, rel_type: str) -> str | None:
    if not package.has(rels_part):
        return None
    root = parse_bytes(package.read(rels_part), f"{package.source}:{rels_part}").getroot()
    for rel in root.iter(f"{{{_REL_NS}}}Relationship"):
        if rel.get("Type") == rel_type and rel.get("TargetMode") != "External":
            base = posixpath.dirname(posixpath.dirname(rels_part))  # ".../_rels/x.rels" -> "..."
            return posixpath.normpath(posixpath.join(base, rel.get("Target", "").lstrip("/")))
    return None


def _style_names(package: SafeZip, main: str) -> dict[str, str]:
    rels = posixpath.join(posixpath.dirname(main), "_rels", posixpath.basename(main) + ".rels")
    part = _relationship(package, rels, _STYLES)
    if part is None or not package.has(part):
        return {}
    root = parse_bytes(package.read(part), f"{package.source}:{part}").getroot()
    names: dict[str, str] = {}
    for style in root.iter(_w("style")):
        name = style.find(_w("name"))
        if name is not None and style.get(_w("styleId")):
            names[style.get(_w("styleId"), "")] = name.get(_w("val"), "").lower()
    return names


def _paragraph_text(p: etree._Element, draft: Draft) -> str:
    parts: list[str] = []

    def walk(el: etree._Element) -> None:
        for child in el:
            tag = child.tag
            if tag in _SKIPPED:
                draft.deletions += 1
            elif tag == _w("t"):
                parts.append(child.text or "")
            elif tag in _CHARS:
                parts.append(_CHARS[tag])
            elif tag in _PICTURES:
                draft.pictures += 1
            else:
                if tag in _INSERTED:
                    draft.insertions += 1
                walk(child)

    walk(p)
    return "".join(parts)


def _read_body(body: etree._Element, styles: dict[str, str], draft: Draft) -> None:
    for child in body:
        if child.tag == _w("p"):
            style_el = child.find(f"{_w('pPr')}/{_w('pStyle')}")
            style_id = style_el.get(_w("val"), "") if style_el is not None else ""
            text = _paragraph_text(child, draft)
            if text.strip():
                draft.paragraphs.append(DraftParagraph(text, styles.get(style_id, style_id.lower() or "normal")))
        elif child.tag == _w("tbl"):
            draft.tables.append([["\n".join(_paragraph_text(p, draft) for p in tc.iter(_w("p")))
                                  for tc in tr.iter(_w("tc"))] for tr in child.iter(_w("tr"))])
        elif child.tag == _w("sdt"):  # a content control: its content is ordinary body content
            content = child.find(_w("sdtContent"))
            if content is not None:
                _read_body(content, styles, draft)
        elif child.tag in _SKIPPED:  # a tracked deletion of whole paragraphs
            draft.deletions += 1
        elif child.tag in _INSERTED:
            draft.insertions += 1
            _read_body(child, styles, draft)


def _category(package: SafeZip) -> str:
    if not package.has(_CORE):
        return ""
    root = parse_bytes(package.read(_CORE), f"{package.source}:{_CORE}").getroot()
    return (root.findtext(_CATEGORY) or "").strip()


def _warnings(draft: Draft, package: SafeZip, source: str) -> list[str]:
    warnings = []
    # a briefing note's first table (date, place...) is read back; any other table is not
    tables = draft.tables[1:] if draft.category == BRIEFING_CATEGORY else draft.tables
    if tables:
        firsts = "; ".join(f"“{t[0][0][:40]}”" for t in tables if t and t[0] and t[0][0])
        warnings.append(f"{source}: {len(tables)} table(s) were left out{': ' + firsts if firsts else ''} "
                        "— copy what matters into the body")
    if draft.pictures:
        warnings.append(f"{source}: {draft.pictures} image(s) were left out; add photo credits by hand if needed")
    if draft.insertions or draft.deletions:
        warnings.append(f"{source}: the draft has tracked changes ({draft.insertions} insertion(s), "
                        f"{draft.deletions} deletion(s)); they were read as accepted — check the text")
    if package.has("word/comments.xml"):
        warnings.append(f"{source}: the draft's Word comments were not imported")
    return warnings


def _open(data: bytes, source: str) -> tuple[SafeZip, str, etree._Element]:
    package = SafeZip(data, source)
    main = _relationship(package, "_rels/.rels", _OFFICE_DOCUMENT)
    if main is None or not package.has(main):
        raise FormatError("this ZIP file is not a Word document (it has no main document part)", source=source,
                          hint=_NOT_WORD_HINT)
    root = parse_bytes(package.read(main), f"{source}:{main}").getroot()
    if root.tag != _w("document"):
        name = etree.QName(root).localname
        raise FormatError(f"this is an Office file but not a Word document (its main part is <{name}>)",
                          source=source, hint=_NOT_WORD_HINT)
    return package, main, root


def read_draft(data: bytes, source: str = "<input>") -> tuple[Draft, list[str]]:
    """The paragraphs of a Word draft, and warnings about what they leave out."""
    package, main, root = _open(data, source)
    draft = Draft()
    body = root.find(_w("body"))
    if body is not None:
        _read_body(body, _style_names(package, main), draft)
    draft.category = _category(package)
    return draft, _warnings(draft, package, source)


def import_docx(data: bytes, source: str = "<input>") -> Imported | None:
    """A Word draft as imported, with the labelled lines it came from; None for a briefing note we wrote."""
    package, main, root = _open(data, source)
    if _category(package) == BRIEFING_CATEGORY:
        return None
    lines = read_lines(package, main, root)
    if not lines:
        raise FormatError("the Word document has no text", source=source,
                          hint="check that the release is in the document itself, not only in images")
    imported = import_lines(lines, source, _word_warnings(package, root, source))
    legacy = legacy_font(root)
    if legacy is not None:
        font, language = legacy
        release = imported.release
        release.language = language
        # cue words, names and dates cannot be read in such text: every field is the editor's to check
        release.confidence = {name: min(value, 0.5) for name, value in release.confidence.items()}
        release.confidence["language"] = 0.9  # the font says it
        imported.reader_warnings.append(
            f"{source}: the text is typed in the legacy font {font}: it is stored as Latin letters that only look "
            f"like {SCRIPTS.get(language, language)} in that font. Convert it to Unicode before you publish, and "
            "check every field.")
    return imported


def word_lines(data: bytes, source: str = "<input>") -> list[Line]:
    """The lines of a Word document as the labeller reads them (for training and Import Source)."""
    package, main, root = _open(data, source)
    return read_lines(package, main, root)


def _word_warnings(package: SafeZip, root: etree._Element, source: str) -> list[str]:
    """What the line reader cannot carry: images, tracked changes, Word comments (tables and boxes are read)."""
    draft = Draft(
        pictures=sum(1 for tag in _PICTURES for _ in root.iter(tag)),
        insertions=sum(1 for tag in _INSERTED for _ in root.iter(tag)),
        deletions=sum(1 for tag in _SKIPPED for _ in root.iter(tag)),
    )
    return _warnings(draft, package, source)


def read_with_warnings(data: bytes, source: str = "<input>") -> tuple[Release, list[str]]:
    """Read a Word draft as a release, with what the reader left out or was unsure of."""
    imported = import_docx(data, source)
    if imported is not None:
        return imported.release, imported.warnings
    draft, warnings = read_draft(data, source)
    rendering = briefing_rendering(draft.paragraphs, draft.tables[0] if draft.tables else [])
    release, text_warnings = text_format.read_with_warnings(rendering.encode("utf-8"), source)
    return release, warnings + text_warnings


def read(data: bytes, source: str = "<input>") -> Release:
    """Read a Word draft as a release; warnings are dropped (use read_with_warnings to show them)."""
    return read_with_warnings(data, source)[0]
