"""A Word document as the lines the labeller reads, each with Word's own signals.

Everything a person sees in the document becomes lines, in reading order: the page
headers (read once, however many sections repeat them), the body's paragraphs and
soft line breaks, layout tables cell by cell, data tables a row a line, text boxes,
and last the page footers and footnotes. Each line carries what Word knows about it
as extra features (``Line.signals``): the style (title, heading, list, caption), bold,
italic and capitals, the font size against the document's body size, alignment, list
numbering, a ``mailto:`` link, and the part it came from. ``Name⇥⇥⇥FOR IMMEDIATE
RELEASE`` is two cells: a run of tabs splits a line.

Every XML part is parsed by the one hardened parser (``safexml``) from a size-checked
package (``zipsafe``).
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree

from app.formats.safexml import parse_bytes
from app.formats.textparse.segment import Line
from app.formats.zipsafe import SafeZip

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TABS = re.compile(r"\t{2,}|\t(?=\s*\t)")
_SPACES = re.compile(r" {6,}")  # a contact laid out with long runs of spaces instead of line breaks


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass
class _Style:
    name: str = "normal"
    based_on: str | None = None
    bold: bool | None = None
    italic: bool | None = None
    caps: bool | None = None
    size: float | None = None
    align: str | None = None
    outline: int | None = None


@dataclass
class _Run:
    text: str
    bold: bool
    italic: bool
    caps: bool
    size: float | None
    mailto: bool = False


@dataclass
class _Para:
    runs: list[_Run]
    style: str
    align: str | None
    listed: bool
    outline: int | None
    part: str
    extra: list[_Para] = field(default_factory=list)  # text boxes anchored in this paragraph
    table: int | None = None  # rows of one data table share a block: the table counts as one paragraph


def _flag(rpr: etree._Element | None, tag: str) -> bool | None:
    if rpr is None:
        return None
    el = rpr.find(_w(tag))
    if el is None:
        return None
    return el.get(_w("val"), "true") not in ("0", "false", "none")


def _size(rpr: etree._Element | None) -> float | None:
    el = rpr.find(_w("sz")) if rpr is not None else None
    try:
        return int(el.get(_w("val"), "")) / 2 if el is not None else None
    except ValueError:
        return None


class _Document:
    """The parts of one package and what its styles say."""

    def __init__(self, package: SafeZip, main: str) -> None:
        self.package = package
        self.main = main
        self.source = package.source
        self.rels = self._rels(main)
        self.style_elements, self.default_size = self._styles()
        self.styles: dict[str, _Style] = {}
        self.tables = 0  # data tables read so far: each one's number tells its rows from the next table's

    def _rels(self, part: str) -> dict[str, tuple[str, str, str]]:
        path = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
        if not self.package.has(path):
            return {}
        root = parse_bytes(self.package.read(path), f"{self.source}:{path}").getroot()
        found = {}
        for rel in root.iter(f"{{{_REL_NS}}}Relationship"):
            target = rel.get("Target", "")
            if rel.get("TargetMode") != "External":
                target = posixpath.normpath(posixpath.join(posixpath.dirname(part), target.lstrip("/")))
            found[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], target, rel.get("TargetMode", ""))
        return found

    def part(self, name: str) -> etree._Element | None:
        if not self.package.has(name):
            return None
        return parse_bytes(self.package.read(name), f"{self.source}:{name}").getroot()

    def _styles(self) -> tuple[dict[str, etree._Element], float]:
        """Each style's element by id (read when a paragraph asks: a template defines hundreds) and the
        document's default type size."""
        target = next((t for kind, t, _ in self.rels.values() if kind == "styles"), None)
        root = self.part(target) if target else None
        default = 11.0
        if root is None:
            return {}, default
        size = _size(root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}"))
        return {st.get(_w("styleId"), ""): st for st in root.iterchildren(_w("style"))}, size or default

    def _style(self, sid: str) -> _Style | None:
        if sid in self.styles:
            return self.styles[sid]
        st = self.style_elements.get(sid)
        if st is None:
            return None
        name_el = st.find(_w("name"))
        based = st.find(_w("basedOn"))
        rpr = st.find(_w("rPr"))
        ppr = st.find(_w("pPr"))
        jc = ppr.find(_w("jc")) if ppr is not None else None
        outline = ppr.find(_w("outlineLvl")) if ppr is not None else None
        self.styles[sid] = found = _Style(
            name=(name_el.get(_w("val"), sid) if name_el is not None else sid).lower(),
            based_on=based.get(_w("val")) if based is not None else None,
            bold=_flag(rpr, "b"), italic=_flag(rpr, "i"), caps=_flag(rpr, "caps"), size=_size(rpr),
            align=jc.get(_w("val")) if jc is not None else None,
            outline=int(outline.get(_w("val"), "9")) if outline is not None else None,
        )
        return found

    def style(self, sid: str, attr: str) -> object:
        seen = set()
        while sid and sid not in seen:
            seen.add(sid)
            st = self._style(sid)
            if st is None:
                return None
            value = getattr(st, attr)
            if value is not None:
                return value
            sid = st.based_on or ""
        return None


def _runs(doc: _Document, p: etree._Element, style_id: str, boxes: list[etree._Element]) -> list[_Run]:
    out: list[_Run] = []
    base_bold = bool(doc.style(style_id, "bold"))
    base_italic = bool(doc.style(style_id, "italic"))
    base_caps = bool(doc.style(style_id, "caps"))
    base_size = doc.style(style_id, "size")
    mailto = False

    def walk(el: etree._Element, link: bool) -> None:
        nonlocal mailto
        for child in el:
            tag = child.tag
            if tag == _w("r"):
                rpr = child.find(_w("rPr"))
                bold, italic, caps = _flag(rpr, "b"), _flag(rpr, "i"), _flag(rpr, "caps")
                size = _size(rpr) or base_size
                for node in child:
                    text = ""
                    if node.tag == _w("t"):
                        text = node.text or ""
                    elif node.tag == _w("tab"):
                        text = "\t"
                    elif node.tag in (_w("br"), _w("cr")):
                        text = "\n" if node.get(_w("type")) not in ("page", "column") else ""
                    elif node.tag == _w("instrText") and "mailto:" in (node.text or ""):
                        mailto = True
                    elif node.tag == _w("drawing"):
                        boxes.extend(node.iter(_w("txbxContent")))
                    elif node.tag == f"{{{_MC}}}AlternateContent":
                        # the same text box twice: as a drawing (Choice) and as VML for old readers (Fallback)
                        choice = node.find(f"{{{_MC}}}Choice")
                        if choice is not None:
                            boxes.extend(choice.iter(_w("txbxContent")))
                    if text:
                        out.append(_Run(text, base_bold if bold is None else bold,
                                        base_italic if italic is None else italic,
                                        base_caps if caps is None else caps, size, link))
            elif tag == _w("hyperlink"):
                target = doc.rels.get(child.get(f"{{{R}}}id", ""), ("", "", ""))[1]
                walk(child, link or target.startswith("mailto:"))
            elif tag == f"{{{_MC}}}AlternateContent":
                choice = child.find(f"{{{_MC}}}Choice")
                if choice is not None:
                    walk(choice, link)
            elif tag in (_w("del"), _w("moveFrom"), _w("pPr")):
                continue
            else:
                walk(child, link)

    walk(p, False)
    if mailto:
        for run in out:
            run.mailto = True
    return out


def _paragraph(doc: _Document, p: etree._Element, part: str) -> _Para:
    ppr = p.find(_w("pPr"))
    style_el = ppr.find(_w("pStyle")) if ppr is not None else None
    sid = style_el.get(_w("val"), "") if style_el is not None else ""
    jc = ppr.find(_w("jc")) if ppr is not None else None
    outline_el = ppr.find(_w("outlineLvl")) if ppr is not None else None
    boxes: list[etree._Element] = []
    runs = _runs(doc, p, sid, boxes)
    name = str(doc.style(sid, "name") or (sid.lower() or "normal"))
    outline = int(outline_el.get(_w("val"), "9")) if outline_el is not None else doc.style(sid, "outline")
    para = _Para(runs, name, jc.get(_w("val")) if jc is not None else doc.style(sid, "align"),  # type: ignore[arg-type]
                 ppr is not None and ppr.find(_w("numPr")) is not None, outline, part)  # type: ignore[arg-type]
    for box in boxes:
        para.extra.extend(_paragraph(doc, q, "textbox") for q in box.iter(_w("p")))
    return para


def _table(doc: _Document, tbl: etree._Element, part: str) -> list[_Para]:
    rows = tbl.findall(_w("tr"))
    cells = [tc for tr in rows for tc in tr.findall(_w("tc"))]
    texts = ["".join(t.text or "" for t in tc.iter(_w("t"))) for tc in cells]
    paragraphs_per_cell = [len([p for p in tc.findall(_w("p")) if "".join(p.itertext()).strip()]) for tc in cells]
    layout = len(rows) <= 2 or any(n >= 2 for n in paragraphs_per_cell) or max(map(len, texts), default=0) > 200
    out: list[_Para] = []
    if layout:
        # a table that lays out the page: its cells are read in order, as if they were the body
        for tc in cells:
            out.extend(_block(doc, tc, "cell"))
        return out
    # a number of this document's, not id(tbl): the element's proxy dies with this call, and the next
    # table's proxy may take its address, which made two tables one block, depending on the allocator
    doc.tables += 1
    table = doc.tables
    for tr in rows:
        row = [" ".join("".join(t.text or "" for t in p.iter(_w("t"))) for p in tc.findall(_w("p"))).strip()
               for tc in tr.findall(_w("tc"))]
        out.append(_Para([_Run(" | ".join(c for c in row if c), False, False, False, None)], "table", None, False,
                         None, "datatable", table=table))
    return out


def _block(doc: _Document, container: etree._Element, part: str) -> list[_Para]:
    out: list[_Para] = []
    for child in container:
        if child.tag == _w("p"):
            para = _paragraph(doc, child, part)
            out.append(para)
            out.extend(para.extra)
        elif child.tag == _w("tbl"):
            out.extend(_table(doc, child, part))
        elif child.tag == _w("sdt"):
            content = child.find(_w("sdtContent"))
            if content is not None:
                out.extend(_block(doc, content, part))
        elif child.tag in (_w("ins"), _w("moveTo"), f"{{{_MC}}}AlternateContent"):
            out.extend(_block(doc, child, part))
    return out


def _side_parts(doc: _Document, root: etree._Element, kind: str) -> list[str]:
    """Header or footer parts the sections name, in order, each once."""
    seen: list[str] = []
    for ref in root.iter(_w(f"{kind}Reference")):
        target = doc.rels.get(ref.get(f"{{{R}}}id", ""), ("", "", ""))[1]
        if target and target not in seen:
            seen.append(target)
    return seen


def _style_kind(para: _Para) -> str:
    style = para.style
    return ("title" if style == "title" else "subtitle" if style == "subtitle" else "heading"
            if style.startswith("heading") or (para.outline is not None and para.outline < 9) else "list"
            if para.listed or style.startswith("list") else "caption" if style == "caption" else "table"
            if style == "table" else "normal" if style in ("normal", "body text", "default") else "other")


def _body_style(paras: list[_Para]) -> str:
    """The style most of the body's text is in. A document typed all in "Heading 2" or a custom style says
    nothing by its style: that style is its normal one."""
    counts: Counter[str] = Counter()
    for para in paras:
        counts[_style_kind(para)] += sum(len(r.text) for r in para.runs)
    return counts.most_common(1)[0][0] if counts else "normal"


def _signals(para: _Para, runs: list[_Run], body_size: float, body_style: str = "normal") -> dict[str, float]:
    chars = sum(len(r.text.strip()) for r in runs) or 1
    share = {name: sum(len(r.text.strip()) for r in runs if getattr(r, name)) / chars
             for name in ("bold", "italic", "caps")}
    s: dict[str, float] = {"w:docx": 1.0, "w:part=" + para.part: 1.0}
    kind = _style_kind(para)
    s["w:style=" + ("normal" if kind == body_style else kind)] = 1.0
    for name, value in share.items():
        if value >= 0.6:
            s["w:" + name] = 1.0
    sizes = [r.size for r in runs if r.size]
    if sizes and body_size:
        ratio = max(sizes) / body_size
        s["w:size_ratio"] = round(ratio, 2)  # the relative size itself: features.py compares it across lines
        if ratio >= 1.3:
            s["w:size=big"] = 1.0
        elif ratio >= 1.1:
            s["w:size=large"] = 1.0
        elif ratio < 0.9:
            s["w:size=small"] = 1.0
    if para.align in ("center", "right", "end", "both", "distribute"):
        s["w:align=" + ("right" if para.align == "end" else "justify" if para.align == "distribute" else
                        para.align)] = 1.0
    if any(r.mailto for r in runs):
        s["w:mailto"] = 1.0
    return s


def _body_size(paras: list[_Para], default: float) -> float:
    counts: Counter[float] = Counter()
    for para in paras:
        for run in para.runs:
            counts[run.size or default] += len(run.text)
    return counts.most_common(1)[0][0] if counts else default


def read_lines(package: SafeZip, main: str, root: etree._Element | None = None) -> list[Line]:
    """The document's lines in reading order, with Word's signals (``root``: the main part, if parsed already)."""
    doc = _Document(package, main)
    root = root if root is not None else doc.part(main)
    if root is None:
        return []
    body = root.find(_w("body"))
    paras: list[_Para] = []
    seen_text: set[str] = set()
    for kind in ("header",):
        for target in _side_parts(doc, root, kind):
            side = doc.part(target)
            if side is not None:
                paras.extend(p for p in _block(doc, side, kind))
    if body is not None:
        paras.extend(_block(doc, body, "body"))
    for target in _side_parts(doc, root, "footer"):
        side = doc.part(target)
        if side is not None:
            paras.extend(_block(doc, side, "footer"))
    notes = next((t for kind, t, _ in doc.rels.values() if kind == "footnotes"), None)
    notes_root = doc.part(notes) if notes else None
    if notes_root is not None:
        for note in notes_root.findall(_w("footnote")):
            if note.get(_w("type")) in (None, "normal"):
                paras.extend(_block(doc, note, "footnote"))
    # a layout table's cells are the body: a release typed into one sets its body size and style there
    in_body = [p for p in paras if p.part in ("body", "cell")]
    size = _body_size(in_body, doc.default_size)
    body_style = _body_style(in_body)
    lines: list[Line] = []
    block = 0
    previous_table: int | None = None
    for number, para in enumerate(paras, start=1):
        if para.part in ("header", "footer", "textbox"):
            text = "".join(r.text for r in para.runs)
            key = " ".join(text.split())
            if key in seen_text:
                continue  # the same header on every section's pages is read once
            seen_text.add(key)
        # each soft line gets the signals of its own runs: a deck after Shift+Enter is italic, its headline bold
        pieces = [(piece.strip(), runs) for soft, runs in _soft_lines(para.runs) for piece in _cells(soft)
                  if piece.strip()]
        if not pieces:
            continue
        if para.table is not None and lines and previous_table == para.table:
            block -= 1  # the next row of the same data table
        for n, (piece, runs) in enumerate(pieces):
            lines.append(Line(piece, piece, number, block, n == 0, n == len(pieces) - 1,
                              _signals(para, runs, size, body_style)))
        block += 1
        previous_table = para.table
    return lines


def _soft_lines(runs: list[_Run]) -> list[tuple[str, list[_Run]]]:
    """The paragraph's lines split at Shift+Enter, each with the runs that make it."""
    out: list[tuple[str, list[_Run]]] = [("", [])]
    for run in runs:
        parts = run.text.split("\n")
        for n, part in enumerate(parts):
            if n:
                out.append(("", []))
            if part:
                text, taken = out[-1]
                out[-1] = (text + part, [*taken, _Run(part, run.bold, run.italic, run.caps, run.size, run.mailto)])
    return [(text, taken) for text, taken in out if text.strip()]


def _cells(line: str) -> list[str]:
    """``Name⇥⇥⇥FOR IMMEDIATE RELEASE`` is two cells; a single tab is a space; in running text a tab run is
    only a wide space."""
    if len(line) > 160:
        return [line.replace("\t", " ")]
    return [part.replace("\t", " ") for piece in _split_outside_brackets(line, _TABS)
            for part in _split_outside_brackets(piece, _SPACES)]


_OPEN, _CLOSE = "([（【［", ")]）】］"


def _split_outside_brackets(text: str, gap: re.Pattern[str]) -> list[str]:
    """``text`` split at each ``gap`` that is not inside brackets: "（图|A⇥⇥文|B）" is one credit, spaced out."""
    if "\t" not in text and "      " not in text:
        return [text]
    pieces: list[str] = []
    start = 0
    for m in gap.finditer(text):
        before = text[start : m.start()]
        depth = sum(before.count(ch) for ch in _OPEN) - sum(before.count(ch) for ch in _CLOSE)
        if depth <= 0:
            pieces.append(before)
            start = m.end()
    pieces.append(text[start:])
    return pieces
