"""WordprocessingML paragraphs, runs and tables built with lxml, for the DOCX writers.

python-docx's ``add_paragraph`` costs several times what building the same
elements costs; a 5,000-paragraph release would spend most of its export
there. Elements are made with the python-docx body's ``makeelement`` so they
belong to python-docx's tree (its comment API can then wrap our runs).

Direction and script are decided per paragraph: right-to-left text (Arabic,
Hebrew) gets ``w:bidi`` on the paragraph and ``w:rtl`` on its runs; Chinese
text gets its East Asian font (``w:eastAsia`` in ``w:rFonts``) and language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from app.formats.cleaning import clean

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

#: The East Asian font named on Chinese runs (the template's default names it too).
EAST_ASIAN_FONT = "Microsoft YaHei"
_RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "yi", "ps"})
_HAN = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


P, PPR, PSTYLE, R, RPR, T, BR, BIDI, RTL, RFONTS, LANG, B = (
    w(t) for t in ("p", "pPr", "pStyle", "r", "rPr", "t", "br", "bidi", "rtl", "rFonts", "lang", "b")
)
VAL, EAST_ASIA, HINT, BIDI_ATTR = w("val"), w("eastAsia"), w("hint"), w("bidi")


@dataclass(frozen=True)
class Script:
    """How a paragraph's text is laid out: direction and the font slot it needs."""

    rtl: bool = False
    east_asian: bool = False
    lang: str | None = None  # BCP 47 tag for w:lang when the script needs one


LTR = Script()


def script_of(text: str, language: str) -> Script:
    """The direction of ``text`` from its first strong character, else from the release's language."""
    base = language.split("-", maxsplit=1)[0].lower()
    rtl = base in _RTL_LANGUAGES
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            rtl = True
            break
        if kind == "L":
            rtl = False
            break
    east_asian = bool(_HAN.search(text)) or base in ("zh", "ja", "ko")
    if rtl:
        return Script(rtl=True, lang=language if base in _RTL_LANGUAGES else "ar")
    if east_asian:
        return Script(east_asian=True, lang=language if base in ("zh", "ja", "ko") else "zh-CN")
    return LTR


class Builder:
    """Makes paragraphs, runs and tables that belong to one python-docx document."""

    def __init__(self, factory: etree._Element, styles: dict[str, str], language: str) -> None:
        self._make: Callable[..., etree._Element] = factory.makeelement
        self.styles = styles  # style name -> style id in this template
        self.language = language

    def p(self, style: str, script: Script = LTR) -> etree._Element:
        para = self._make(P)
        ppr = etree.SubElement(para, PPR)
        etree.SubElement(ppr, PSTYLE).set(VAL, self.styles[style])
        if script.rtl:
            etree.SubElement(ppr, BIDI)
        return para

    def run(self, para: etree._Element, text: str, script: Script = LTR, *, bold: bool = False) -> etree._Element:
        """Append a run holding ``text``; line breaks in it become ``w:br``."""
        r = etree.SubElement(para, R)
        if bold or script is not LTR:
            rpr = etree.SubElement(r, RPR)
            if script.east_asian:
                fonts = etree.SubElement(rpr, RFONTS)
                fonts.set(EAST_ASIA, EAST_ASIAN_FONT)
                fonts.set(HINT, "eastAsia")
            if bold:
                etree.SubElement(rpr, B)
            if script.rtl:
                etree.SubElement(rpr, RTL)
            if script.lang:
                etree.SubElement(rpr, LANG).set(BIDI_ATTR if script.rtl else EAST_ASIA, script.lang)
        for i, line in enumerate(clean(text).split("\n")):
            if i:
                etree.SubElement(r, BR)
            t = etree.SubElement(r, T)
            t.text = line
            if line != line.strip():
                t.set(_XML_SPACE, "preserve")
        return r

    def text_p(self, style: str, text: str, *, bold: bool = False) -> etree._Element:
        """A paragraph of one run, laid out for its own script."""
        script = script_of(text, self.language)
        para = self.p(style, script)
        self.run(para, text, script, bold=bold)
        return para

    def table(self, rows: list[list[str]], *, header: bool = False, widths: list[int] | None = None) -> etree._Element:
        """A table in the template's "Table Grid" style; ``widths`` in twentieths of a point."""
        tbl = self._make(w("tbl"))
        tblpr = etree.SubElement(tbl, w("tblPr"))
        etree.SubElement(tblpr, w("tblStyle")).set(VAL, self.styles["Table Grid"])
        width = etree.SubElement(tblpr, w("tblW"))
        width.set(w("w"), "5000")
        width.set(w("type"), "pct")
        margins = etree.SubElement(tblpr, w("tblCellMar"))
        for side in ("top", "bottom"):  # the body's space-after would sit under the text: even it out
            margin = etree.SubElement(margins, w(side))
            margin.set(w("w"), "45")
            margin.set(w("type"), "dxa")
        etree.SubElement(tblpr, w("tblLook")).set(VAL, "04A0")
        grid = etree.SubElement(tbl, w("tblGrid"))
        columns = widths or [9000 // max(len(rows[0]), 1)] * len(rows[0])
        for col in columns:
            etree.SubElement(grid, w("gridCol")).set(w("w"), str(col))
        for i, row in enumerate(rows):
            tr = etree.SubElement(tbl, w("tr"))
            if header and i == 0:
                etree.SubElement(etree.SubElement(tr, w("trPr")), w("tblHeader"))
            for j, cell in enumerate(row):
                tc = etree.SubElement(tr, w("tc"))
                tcw = etree.SubElement(etree.SubElement(tc, w("tcPr")), w("tcW"))
                tcw.set(w("w"), str(columns[j]))
                tcw.set(w("type"), "dxa")
                # the first column (labels) and a header row are bold
                para = self.text_p("Normal", cell, bold=(header and i == 0) or (not header and j == 0))
                spacing = etree.Element(w("spacing"))
                spacing.set(w("after"), "0")
                para[0].append(spacing)  # pPr: after pStyle and bidi, where the schema wants spacing
                tc.append(para)
        return tbl

    def field(self, para: etree._Element, instruction: str, shown: str) -> None:
        """A simple field (PAGE, NUMPAGES) that Word and LibreOffice update when they lay out."""
        fld = etree.SubElement(para, w("fldSimple"))
        fld.set(w("instr"), f" {instruction} ")
        self.run(fld, shown)
