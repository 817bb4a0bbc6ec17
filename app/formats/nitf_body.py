"""The body of an NITF story: paragraphs, subheads and list items in reading order.

One walk over ``body.content`` that builds each paragraph where it finds it (no
ancestor look-ups, no list of elements to read afterwards, no function call for a
paragraph of text only: a 50 MB wire archive has a million paragraphs). What the
model has no place for — tables, media, notes, footnotes — is counted and
reported, never dropped in silence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from app.formats.nitf_ids import Ids
from app.formats.nitf_inline import NS, read_long, read_paragraph, read_wrapped, wrap_indent
from app.model import Entity, Paragraph

#: Containers whose content the model cannot hold: their paragraphs are reported, not read.
_SKIPPED = ("media", "table", "nitf-table", "note", "fn", "pre", "hr", "dl")
#: NYT Annotated Corpus: the lead paragraph is printed again at the top of the full text.
_LEAD_BLOCKS = frozenset(("lead_paragraph", "online_lead_paragraph"))


@dataclass
class BodyParts:
    paragraphs: list[Paragraph] = field(default_factory=list)
    boilerplate: list[etree._Element] = field(default_factory=list)
    credits: etree._Element | None = None
    skipped: dict[str, int] = field(default_factory=dict)
    lead_dropped: int = 0
    empty: int = 0  # empty paragraphs of a foreign file, left out


class _Tags:
    """The element names in the story's namespace ("" for none): compared as strings, no lookups."""

    def __init__(self, namespace: str) -> None:
        prefix = f"{{{namespace}}}" if namespace else ""
        self.p, self.hl2, self.li = prefix + "p", prefix + "hl2", prefix + "li"
        self.block, self.lists = prefix + "block", frozenset(prefix + t for t in ("ul", "ol", "bq"))
        self.skipped = frozenset(prefix + t for t in _SKIPPED)


def read_paragraph_element(p: etree._Element, kind: str, ids: Ids, dropped: dict[str, int], *, exact: bool,
                           indent: str, ident: str | None = None) -> Paragraph:
    """A ``p``, ``hl2``, ``li`` or ``hl1`` read on its own (the headline: the body's paragraphs are read
    by the walk), with its inline tags; its id claimed unless ``ident`` is given.

    The ids claimed and the spans read are valid by construction, so the paragraph is built
    positionally, without checks.
    """
    text, spans = read_paragraph(p, dropped, normalise=not exact, indent=indent)
    cls = p.get("class")
    para = Paragraph(ident or ids.claim(p.get("id"), "p"), text, [], cls is not None and "key-point" in cls.split(),
                     kind)
    if spans:
        claim = ids.claim
        para.entities = [Entity(claim(tag_id, "e"), tag_kind, start, end, name, ref)
                         for tag_kind, start, end, tag_id, name, ref in spans]
    return para


def read_body(content: etree._Element, ids: Ids, dropped: dict[str, int], *, exact: bool,
              namespace: str = NS) -> BodyParts:
    """The paragraphs of ``body.content`` read in one walk, and what else it holds. ``exact``: a
    file we wrote (read as it is; credits and boilerplate blocks are ours); any other file has
    its white space collapsed and its empty paragraphs left out."""
    tags = _Tags(namespace)
    # (iterchildren filters in C: no Python object for each of a million paragraphs)
    has_full_text = not exact and any(
        child.get("class") == "full_text" for child in content.iterchildren(tags.block))
    walker = _Walker(tags, ids, dropped, exact=exact, has_full_text=has_full_text,
                     indent="" if exact else _learn_indent(content, tags))
    walker.walk(content, list_item=False)
    return walker.parts


def _learn_indent(content: etree._Element, tags: _Tags) -> str:
    """How the file wraps its paragraphs, from the first of them that wraps (a hint for collapsing).

    Looked for in the text between the tags too: in a story whose paragraphs open with a name
    the first wrap comes after a tag.
    """
    for n, el in enumerate(content.iter(tags.p, tags.hl2, tags.li)):
        for text in el.itertext():
            if "\n" in text:
                return wrap_indent(text)
        if n == 100:
            break
    return ""


class _Walker:
    """One walk over a story's body.content: the paragraphs in ``parts``, in reading order."""

    def __init__(self, tags: _Tags, ids: Ids, dropped: dict[str, int], *, exact: bool, has_full_text: bool,
                 indent: str) -> None:
        self.parts = BodyParts()
        self.tags, self.ids, self.dropped = tags, ids, dropped
        self.exact, self.has_full_text, self.indent = exact, has_full_text, indent

    def walk(self, container: etree._Element, *, list_item: bool) -> None:
        """Read the paragraphs of ``container`` in order. Called once per container, not per
        paragraph: the common paragraph (text only, in a foreign file) is read right here."""
        parts, tags, ids, dropped = self.parts, self.tags, self.ids, self.dropped
        exact, indent = self.exact, self.indent
        paras = parts.paragraphs
        taken, reserved, claim = ids.taken, ids.reserved, ids.claim
        _P, _HL2, _LI = tags.p, tags.hl2, tags.li  # noqa: N806 - constants of this walk
        p_kind = "list-item" if list_item else "body"
        for child in container:
            tag = child.tag
            if tag == _P:
                kind = p_kind
            elif tag == _HL2:
                kind = "subhead"
            elif tag == _LI:
                if len(child) and any(grand.tag == _P for grand in child):
                    self.walk(child, list_item=True)
                    continue
                kind = "list-item"
            else:
                self.other(child, tag, list_item)
                continue
            if exact or len(child):
                # (the archive's tagged paragraph straight to the one-pass reading; anything else the long way)
                read = None if exact else read_wrapped(child, dropped, indent)
                text, spans = read or read_long(child, dropped, normalise=not exact, indent=indent)
            else:  # text only, in a foreign file, the common case: collapse_space's fast path inlined
                spans = None
                text = child.text
                if text:
                    short = text.replace(indent, " ") if indent else text
                    if ("  " not in short and short[0] != " " and short[-1] != " "
                            and ("\n" not in short and "\t" not in short and "\r" not in short if short.isascii()
                                 else short.isprintable())):
                        text = short
                    else:
                        text = " ".join(text.split())
            attrs = child.items()  # (one call; most paragraphs of an archive carry no attribute)
            key = False
            if attrs:
                given = dict(attrs)
                ident = claim(given.get("id"), "p")
                cls = given.get("class")
                key = cls is not None and "key-point" in cls.split()
            else:  # Ids.new inlined
                ident = f"p{len(taken) + 1}"
                if ident in taken or ident in reserved:
                    ident = ids.new("p")
                else:
                    taken.add(ident)
            if spans:
                entities = []
                for tag_kind, start, end, given_id, name, ref in spans:
                    if given_id is None:
                        tag_id = f"e{len(taken) + 1}"
                        if tag_id in taken or tag_id in reserved:
                            tag_id = ids.new("e")
                        else:
                            taken.add(tag_id)
                    else:
                        tag_id = claim(given_id, "e")
                    entities.append(Entity(tag_id, tag_kind, start, end, name, ref))
                para = Paragraph(ident, text or "", entities, key, kind)
            elif text or exact:
                para = Paragraph(ident, text or "", [], key, kind)
            else:
                parts.empty += 1  # an empty <p/> is layout, not a paragraph
                continue
            paras.append(para)

    def other(self, child: etree._Element, tag: object, list_item: bool) -> None:
        """What is not a paragraph: a list, a block, a container the model has no place for, a wrapper."""
        tags, parts, exact = self.tags, self.parts, self.exact
        if tag in tags.lists:
            self.walk(child, list_item=list_item)
        elif tag == tags.block:
            cls = child.get("class")
            if exact and cls == "boilerplate":
                parts.boilerplate.extend(p for p in child if p.tag == tags.p)
            elif exact and cls == "credits":
                parts.credits = next((p for p in child if p.tag == tags.p), None)
            elif self.has_full_text and cls in _LEAD_BLOCKS:
                parts.lead_dropped += 1
            else:
                self.walk(child, list_item=list_item)
        elif tag in tags.skipped:
            name = etree.QName(child).localname
            parts.skipped[name] = parts.skipped.get(name, 0) + 1
        elif isinstance(tag, str):
            # anything else holding blocks (a foreign wrapper): read what it holds
            self.walk(child, list_item=list_item)
