"""Generate resources/templates/briefing.docx, the editable template of the DOCX briefing note.

Run it after changing a style here:  ``.venv/bin/python scripts/make_briefing_template.py``.

The template is python-docx's default document with the named styles the
briefing writer uses restyled for an office memo (A4, plain sans-serif, dark
blue headings). A user may replace the file with their own copy made in Word
or LibreOffice as long as it keeps these style names:
Normal, Title, Heading 1, List Bullet, Table Grid, Header, Footer.

The ZIP is written with fixed timestamps so that running the script twice
gives the same bytes (no spurious diffs in git).
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

PROJECT = Path(__file__).resolve().parent.parent
TARGET = PROJECT / "resources" / "templates" / "briefing.docx"

# Arial is on every office machine; LibreOffice on Linux substitutes a metric
# or close match. Chinese text uses the East Asian slot (w:eastAsia).
LATIN_FONT = "Arial"
EAST_ASIAN_FONT = "Microsoft YaHei"
INK = RGBColor(0x22, 0x22, 0x22)
ACCENT = RGBColor(0x1F, 0x38, 0x64)
MUTED = RGBColor(0x59, 0x59, 0x59)
FIXED_TIME = (2024, 1, 1, 0, 0, 0)
# Style ids kept from python-docx's default; the hundred table looks and the
# latent-style list go, so styles.xml stays small enough to read in a diff.
KEEP_STYLES = frozenset({
    "Normal", "DefaultParagraphFont", "TableNormal", "NoList", "Title", "TitleChar", "Subtitle",
    "SubtitleChar", "Heading1", "Heading1Char", "Heading2", "Heading2Char", "ListParagraph", "ListBullet",
    "TableGrid", "Header", "HeaderChar", "Footer", "FooterChar", "Strong", "Emphasis",
})


def _fonts(rpr_owner: object, east_asian: str | None = EAST_ASIAN_FONT) -> None:
    """Name every font slot explicitly: theme fonts differ between Word and LibreOffice."""
    rpr = rpr_owner.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.get_or_add_rFonts()
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    fonts.set(qn("w:cs"), LATIN_FONT)
    if east_asian:
        fonts.set(qn("w:eastAsia"), east_asian)


def _style(document: docx.document.Document, name: str, *, size: float, bold: bool = False,
           color: RGBColor = INK, before: float = 0, after: float = 6) -> None:
    style = document.styles[name]
    _fonts(style.element)
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.color.rgb = color
    rpr = style.element.rPr
    szcs = rpr.find(qn("w:szCs"))
    if szcs is None:
        szcs = rpr.makeelement(qn("w:szCs"), {})
        rpr.append(szcs)
    szcs.set(qn("w:val"), str(int(size * 2)))  # complex-script (Arabic, Hebrew) size too
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)


def build() -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.5))
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.0)

    _style(document, "Normal", size=10.5, after=6)
    document.styles["Normal"].paragraph_format.line_spacing = 1.15
    _style(document, "Title", size=20, bold=True, color=ACCENT, after=10)
    title_ppr = document.styles["Title"].element.pPr
    border = title_ppr.find(qn("w:pBdr"))
    if border is not None:  # the default's blue rule under the title looks like a web page
        title_ppr.remove(border)
    _style(document, "Heading 1", size=12.5, bold=True, color=ACCENT, before=12, after=4)
    _style(document, "List Bullet", size=10.5, after=3)
    _style(document, "Header", size=8.5, color=MUTED)
    _style(document, "Footer", size=8.5, color=MUTED)
    if "Table Grid" not in [s.name for s in document.styles if s.type == WD_STYLE_TYPE.TABLE]:
        raise SystemExit("python-docx's default template has no 'Table Grid' style any more")

    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:styleId")) not in KEEP_STYLES:
            styles.remove(style)
    styles.remove_all("w:latentStyles")

    props = document.core_properties
    props.title = "Briefing note"
    props.author = "Release Desk"
    props.last_modified_by = "Release Desk"
    props.comments = "Template of the Release Desk briefing note; keep the style names."
    props.revision = 1
    document.settings.element.remove_all("w:rsids")

    raw = io.BytesIO()
    document.save(raw)
    return _fixed_zip(raw.getvalue())


# python-docx's thumbnail of its own sample, and Word 2010's copy of the styles
# (438 KB that Word rebuilds from styles.xml when it is missing).
_DROPPED = frozenset({"docProps/thumbnail.jpeg", "word/stylesWithEffects.xml"})
_POINTER = re.compile(rb'<(?:Relationship|Override|Default)\b[^>]*(?:thumbnail|stylesWithEffects|"jpeg")[^>]*/>')


def _fixed_zip(data: bytes) -> bytes:
    """The same package with fixed timestamps and without the parts in _DROPPED."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in _DROPPED:
                continue
            blob = src.read(info)
            if info.filename.endswith(".rels") or info.filename == "[Content_Types].xml":
                # the relationships and content types that point at the dropped parts
                blob = _POINTER.sub(b"", blob)
            dst.writestr(zipfile.ZipInfo(info.filename, FIXED_TIME), blob, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def main() -> int:
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(build())
    print(f"wrote {TARGET.relative_to(PROJECT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
