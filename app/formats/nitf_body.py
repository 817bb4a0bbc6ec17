"""The body of an NITF story: paragraphs, subheads and list items in reading order.

One walk over ``body.content`` (no ancestor look-ups per paragraph: a 50 MB wire
archive has a million paragraphs). What the model has no place for — tables,
media, notes, footnotes — is counted and reported, never dropped in silence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from app.formats.nitf_inline import NS

#: Containers whose content the model cannot hold: their paragraphs are reported, not read.
_SKIPPED = ("media", "table", "nitf-table", "note", "fn", "pre", "hr", "dl")
#: NYT Annotated Corpus: the lead paragraph is printed again at the top of the full text.
_LEAD_BLOCKS = frozenset(("lead_paragraph", "online_lead_paragraph"))


#: One element to read as a paragraph, and what kind of paragraph it is ("body", "subhead" or
#: "list-item"); a tuple, not an object, since there is one per paragraph.
BodyItem = tuple[etree._Element, str]


@dataclass
class BodyParts:
    items: list[BodyItem] = field(default_factory=list)
    boilerplate: list[etree._Element] = field(default_factory=list)
    credits: etree._Element | None = None
    skipped: dict[str, int] = field(default_factory=dict)
    lead_dropped: int = 0


class _Tags:
    """The element names in the story's namespace ("" for none): compared as strings, no lookups."""

    def __init__(self, namespace: str) -> None:
        prefix = f"{{{namespace}}}" if namespace else ""
        self.p, self.hl2, self.li = prefix + "p", prefix + "hl2", prefix + "li"
        self.block, self.lists = prefix + "block", frozenset(prefix + t for t in ("ul", "ol", "bq"))
        self.skipped = frozenset(prefix + t for t in _SKIPPED)


def walk_body(content: etree._Element, *, exact: bool, namespace: str = NS) -> BodyParts:
    """The readable parts of ``body.content``. ``exact``: a file we wrote (credits and
    boilerplate blocks are ours)."""
    parts = BodyParts()
    tags = _Tags(namespace)
    # (iterchildren filters in C: no Python object for each of a million paragraphs)
    has_full_text = not exact and any(
        child.get("class") == "full_text" for child in content.iterchildren(tags.block))
    _walk(content, parts, tags, exact, has_full_text, list_item=False)
    return parts


def _walk(container: etree._Element, parts: BodyParts, tags: _Tags, exact: bool, has_full_text: bool, *,
          list_item: bool) -> None:
    items = parts.items
    _P, _HL2, _LI, _BLOCK = tags.p, tags.hl2, tags.li, tags.block  # noqa: N806 - constants of this walk
    for child in container:
        tag = child.tag
        if tag == _P:
            items.append((child, "list-item" if list_item else "body"))
        elif tag == _HL2:
            items.append((child, "subhead"))
        elif tag == _LI:
            if any(grand.tag == _P for grand in child):
                _walk(child, parts, tags, exact, has_full_text, list_item=True)
            else:
                items.append((child, "list-item"))
        elif tag in tags.lists:
            _walk(child, parts, tags, exact, has_full_text, list_item=list_item)
        elif tag == _BLOCK:
            cls = child.get("class")
            if exact and cls == "boilerplate":
                parts.boilerplate.extend(p for p in child if p.tag == _P)
            elif exact and cls == "credits":
                parts.credits = next((p for p in child if p.tag == _P), None)
            elif has_full_text and cls in _LEAD_BLOCKS:
                parts.lead_dropped += 1
            else:
                _walk(child, parts, tags, exact, has_full_text, list_item=list_item)
        elif tag in tags.skipped:
            name = etree.QName(child).localname
            parts.skipped[name] = parts.skipped.get(name, 0) + 1
        elif isinstance(tag, str):
            # anything else holding blocks (a foreign wrapper): read what it holds
            _walk(child, parts, tags, exact, has_full_text, list_item=list_item)
