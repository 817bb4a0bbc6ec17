"""A release's body as the HTML that ninjs carries in ``bodies[].value``, and such HTML read back.

The paragraph kinds map as the NITF writer maps them: running text ``<p>``, a
subhead ``<h2>`` (NITF ``hl2``), consecutive list items one ``<ul>`` of ``<li>``.
A key point is ``class="key-point"`` (as in NITF). The printed dateline opens
the first paragraph as ``<span class="dateline">``, the way a web page shows
it. Tags are ``<span data-entity="person" data-ref=... data-name=...>`` around
their words: HTML spans may nest, so every tag survives, and a publisher can
style them; ninjs's ``people`` / ``organisations`` / ... lists name them again
for readers that do not look inside the HTML.

Reading uses the standard library's HTML tokenizer (no network, no entities
beyond HTML's own) and is lenient: someone else's body with ``<div>``, ``<b>``
or ``<br>`` gives one paragraph per block, its inline markup dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from html.parser import HTMLParser

from app.formats.cleaning import clean, clean_paragraph
from app.model import ENTITY_KINDS, ID_RULE, Entity, NoteBlock, Paragraph, Release

_BLOCKS = {"p": "body", "h1": "subhead", "h2": "subhead", "h3": "subhead", "h4": "subhead", "h5": "subhead",
           "h6": "subhead", "li": "list-item", "blockquote": "body", "pre": "body", "dd": "body", "dt": "body"}
_ID = ID_RULE
_CONTAINERS = frozenset(("div", "section", "article", "ul", "ol", "dl", "aside", "main", "body", "html", "figure"))


@lru_cache(maxsize=4096)
def _attr(value: str) -> str:
    # cached: a release names the same vocabulary ids and people again and again
    return escape(clean(value), quote=True)


def _text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline_html(text: str, entities: list[Entity]) -> str:
    """``text`` escaped, each tag a span around its words (nested tags nest)."""
    if not entities:
        return _text(text)
    out: list[str] = []
    pos = 0
    open_ends: list[int] = []
    for e in sorted(entities, key=lambda e: (e.start, -e.end)):
        while open_ends and open_ends[-1] <= e.start:
            end = open_ends.pop()
            out.append(_text(text[pos:end]) + "</span>")
            pos = end
        out.append(_text(text[pos : e.start]))
        pos = e.start
        attrs = f' data-entity="{e.kind}" data-id="{e.id if _ID.match(e.id) else _attr(e.id)}"'
        if e.ref is not None:
            attrs += f' data-ref="{_attr(e.ref)}"'
        if e.name is not None:
            attrs += f' data-name="{_attr(e.name)}"'
        out.append(f"<span{attrs}>")
        open_ends.append(e.end)
    while open_ends:
        end = open_ends.pop()
        out.append(_text(text[pos:end]) + "</span>")
        pos = end
    out.append(_text(text[pos:]))
    return "".join(out)


def body_html(release: Release) -> str:
    """The body paragraphs as HTML, the printed dateline at the start of the first paragraph."""
    parts: list[str] = []
    dateline = clean(release.dateline.text).strip() if release.dateline.text else ""
    in_list = False
    for raw in release.body:
        para = clean_paragraph(raw)
        tag = {"subhead": "h2", "list-item": "li"}.get(para.kind, "p")
        if tag == "li" and not in_list:
            parts.append("<ul>")
        elif tag != "li" and in_list:
            parts.append("</ul>")
        in_list = tag == "li"
        ident = para.id if _ID.match(para.id) else _attr(para.id)
        attrs = f' id="{ident}"' + (' class="key-point"' if para.key else "")
        lead = ""
        if dateline and tag == "p":
            lead, dateline = f'<span class="dateline">{escape(dateline, quote=False)}</span> ', ""
        parts.append(f"<{tag}{attrs}>{lead}{inline_html(para.text, para.entities)}</{tag}>")
    if in_list:
        parts.append("</ul>")
    if dateline:  # no running paragraph to open: the dateline stands alone
        parts.insert(0, f'<p><span class="dateline">{escape(dateline, quote=False)}</span></p>')
    return "\n".join(parts)


def notes_html(notes: list[NoteBlock]) -> str:
    """Notes to editors / "About ..." blocks: each a ``<section>`` with an ``<h3>`` heading."""
    parts = []
    for note in notes:
        inner = [f"<h3>{escape(clean(note.heading), quote=False)}</h3>"] if note.heading else []
        inner += [f"<p>{escape(clean(t), quote=False)}</p>" for t in note.paragraphs]
        parts.append('<section class="notes">' + "".join(inner) + "</section>")
    return "\n".join(parts)


@dataclass
class Block:
    """One paragraph as read: text, kind, tags, and the id and key mark our writer put on it."""

    kind: str
    text: str = ""
    id: str | None = None
    key: bool = False
    entities: list[Entity] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.current: Block | None = None
        self.spans: list[Entity | None] = []  # open spans: the tag each one is, or None
        self.dateline: str | None = None
        self.in_dateline = False
        self.after_dateline = False
        self.sections: list[list[Block]] = []  # <section class="notes">: a note block each
        self.in_section = False

    def _open(self, kind: str, attrs: dict[str, str | None]) -> None:
        self._close()
        self.current = Block(kind, id=attrs.get("id"), key="key-point" in (attrs.get("class") or "").split())

    def _close(self) -> None:
        if self.current is not None:
            block, self.current = self.current, None
            self.spans.clear()
            block.entities = [e for e in block.entities if e.end > e.start]  # a tag left open or empty goes
            if block.text.strip():
                (self.sections[-1] if self.in_section else self.blocks).append(block)

    def handle_starttag(self, tag: str, attr_list: list[tuple[str, str | None]]) -> None:
        attrs = dict(attr_list)
        if tag in _BLOCKS:
            self._open(_BLOCKS[tag], attrs)
        elif tag == "section" and "notes" in (attrs.get("class") or "").split():
            self._close()
            self.sections.append([])
            self.in_section = True
        elif tag in _CONTAINERS:
            self._close()
        elif tag == "br" and self.current is not None:
            self.current.text += "\n"
        elif tag == "span":
            if self.current is None:
                self.current = Block("body")  # a tag that opens a text outside any block (a tagged headline)
            if "dateline" in (attrs.get("class") or "").split() and self.dateline is None:
                self.in_dateline = True
                self.dateline = ""
            kind = attrs.get("data-entity")
            entity = None
            if kind in ENTITY_KINDS:
                # added when it opens, so tags on the very same words keep their order
                at = len(self.current.text)
                entity = Entity(attrs.get("data-id") or "", kind, at, at, name=attrs.get("data-name"),
                                ref=attrs.get("data-ref"))
                self.current.entities.append(entity)
            self.spans.append(entity)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS or tag in _CONTAINERS or tag == "section":
            self._close()
        if tag == "section":
            self.in_section = False
        elif tag == "span" and self.spans:
            self.after_dateline, self.in_dateline = self.in_dateline, False
            opened = self.spans.pop()
            if opened is not None and self.current is not None:
                opened.end = len(self.current.text)

    def handle_data(self, data: str) -> None:
        if self.in_dateline:
            self.dateline = (self.dateline or "") + data
            return
        if self.current is None:
            if not data.strip():
                return
            self.current = Block("body")  # text outside any block: a paragraph of its own
        if self.after_dateline:
            self.after_dateline = False
            if data.startswith(" "):
                data = data[1:]  # the space our writer puts after the dateline
        self.current.text += data

    def close(self) -> None:
        super().close()
        self._close()


@dataclass
class ReadBody:
    paragraphs: list[Block]
    dateline: str | None
    notes: list[NoteBlock]


def read_html(html: str) -> ReadBody:
    """The blocks of an HTML body, the dateline span's text, and the notes sections."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    notes = [_note(section) for section in reader.sections]
    return ReadBody(reader.blocks, reader.dateline.strip() if reader.dateline else None, notes)


def _note(blocks: list[Block]) -> NoteBlock:
    if blocks and blocks[0].kind == "subhead":
        return NoteBlock(blocks[0].text.strip(), [b.text for b in blocks[1:]])
    return NoteBlock("", [b.text for b in blocks])


def paragraphs(blocks: list[Block], release: Release) -> list[Paragraph]:
    """Model paragraphs for ``blocks``; ids our writer set are kept when valid and unique."""
    taken = set(release.all_ids())
    out: list[Paragraph] = []
    for block in blocks:
        para = Paragraph(claim_id(block.id, "p", release, taken), block.text, key=block.key, kind=block.kind)
        for e in block.entities:
            e.id = claim_id(e.id, "e", release, taken)
        para.entities = block.entities
        out.append(para)
    return out


def claim_id(wanted: str | None, prefix: str, release: Release, taken: set[str]) -> str:
    ident = wanted if wanted and _ID.match(wanted) and wanted not in taken else release.new_id(prefix, taken)
    taken.add(ident)
    return ident
