"""Paragraph text with entity spans <-> NITF inline markup (``<p>`` with ``<person>``...).

Kept apart from ``nitf.py`` because both directions must agree on the same
mapping of kinds to elements, and on what happens to spans that nest.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from html.entities import name2codepoint

from lxml import etree

from app.formats.cleaning import clean
from app.model import Entity, Paragraph

NS = "http://iptc.org/std/NITF/2006-10-18/"
# Our own namespace for what NITF has no slot for; NITF 3.6 allows foreign
# elements in docdata and foreign attributes everywhere (processContents="lax").
RD_NS = "urn:x-release-desk:nitf-extension:1"

# Our kinds -> NITF 3.6 inline elements. person, org, location and event are
# NITF's own. NITF has nothing for an initiative (a programme, a partnership)
# or a topic: object.title is for the title of a work (book, song, artwork),
# which neither is; classifier is NITF's "generic holder ... used inline (as
# localized phrase)" and carries a free ``type``, so both become a classifier
# whose type names our kind. That keeps the round trip exact, and a reader that
# does not know our types still sees a classified phrase.
KIND_TO_TAG: dict[str, tuple[str, str | None]] = {
    "person": ("person", None),
    "organisation": ("org", None),
    "place": ("location", None),
    "event": ("event", None),
    "initiative": ("classifier", "initiative"),
    "topic": ("classifier", "topic"),
}
TAG_TO_KIND: dict[str, str] = {"person": "person", "org": "organisation", "location": "place", "event": "event",
                               "object.title": "topic"}

# Where the normalised name and the vocabulary reference go: ``value``/``idsrc``
# on every inline element but location, which names them differently.
_CODE_ATTRS = {"location": ("location-code", "code-source")}

_WS = re.compile(r"\s+")
# white space that is not one plain space between two words (the start of a text counts as odd)
_ODD_WS = re.compile(r"\A\s+|\s{2,}|[^\S ]")
# 3.4-3.6, 3.3, and none (DTD-based NITF)
_NITF_NAMESPACES = frozenset((NS, "http://iptc.org/std/NITF/2006-03-01/", ""))
_DEFAULT_CODE_ATTRS = ("value", "idsrc")


def q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def outer_and_nested(para: Paragraph) -> tuple[list[Entity], list[Entity]]:
    """Spans NITF can mark inline (not inside another), and those inside another.

    NITF inline elements hold only text (``org`` cannot contain ``person``), so a
    span nested in another cannot be written inline.
    """
    outer: list[Entity] = []
    nested: list[Entity] = []
    for e in sorted(para.entities, key=lambda e: (e.start, -e.end)):
        if outer and e.start < outer[-1].end:
            nested.append(e)
        else:
            outer.append(e)
    return outer, nested


def fill_paragraph(p: etree._Element, para: Paragraph, outer: list[Entity]) -> None:
    """Write ``para.text`` into ``p`` with the ``outer`` spans as inline elements."""
    text = para.text
    pos = 0
    last: etree._Element | None = None
    p.text = ""
    for e in outer:
        chunk = text[pos : e.start]
        if last is None:
            p.text = chunk
        else:
            last.tail = chunk
        tag, kind_type = KIND_TO_TAG[e.kind]
        el = etree.SubElement(p, q(tag))
        el.set("id", e.id)
        if kind_type:
            el.set("type", kind_type)
        value, source = _CODE_ATTRS.get(tag, ("value", "idsrc"))
        if e.name is not None:
            el.set(value, clean(e.name))
        if e.ref is not None:
            # NITF's idsrc names "the source (taxonomy) for the value"; our ref is
            # the entry in a vocabulary, the nearest thing NITF has a slot for.
            el.set(source, clean(e.ref))
        el.text = text[e.start : e.end]
        pos = e.end
        last = el
    rest = text[pos:]
    if last is None:
        p.text = rest
    else:
        last.tail = rest


@dataclass
class InlineSpan:
    kind: str
    start: int
    end: int
    id: str | None
    name: str | None
    ref: str | None


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def read_paragraph(p: etree._Element, dropped: dict[str, int] | None = None) -> tuple[str, list[InlineSpan]]:
    """The text of ``p`` and the entity spans its inline elements mark.

    ``dropped`` counts what was not kept as such: markup whose text was kept but
    whose meaning has no place in the model (``<em>``, ``<a>``, ``<q>``...), and
    references to entities of a DTD that was never loaded (``&nbsp;``).
    """
    parts: list[str] = []
    spans: list[InlineSpan] = []
    pos = 0

    def add(s: str | None) -> None:
        nonlocal pos
        if s:
            parts.append(s)
            pos += len(s)

    add(p.text)
    for child in p:
        tag = child.tag
        if not isinstance(tag, str):  # comments, processing instructions, unknown entities
            if tag is etree.Entity:
                # NITF's DTDs declare the ISO / HTML character entities: &nbsp; is known without loading one
                char = name2codepoint.get(child.name)
                if char is not None:
                    add(chr(char))
                elif dropped is not None:
                    key = f"&{child.name};"
                    dropped[key] = dropped.get(key, 0) + 1
            add(child.tail)
            continue
        namespace, _, name = tag[1:].rpartition("}") if tag[0] == "{" else ("", "", tag)
        start = pos
        if name == "br":
            add("\n")
        elif len(child):
            add("".join(child.itertext()))
        else:
            add(child.text)
        kind = TAG_TO_KIND.get(name) if namespace in _NITF_NAMESPACES else None
        if name == "classifier":
            kind = "initiative" if child.get("type") == "initiative" else "topic"
        if kind is not None and pos > start:
            value, source = _CODE_ATTRS.get(name, _DEFAULT_CODE_ATTRS)
            spans.append(InlineSpan(kind, start, pos, child.get("id"), child.get(value), child.get(source)))
        elif dropped is not None and name != "br":
            key = f"<{name}>"
            dropped[key] = dropped.get(key, 0) + 1
        add(child.tail)
    return "".join(parts), spans


def normalise_space(text: str, spans: list[InlineSpan]) -> tuple[str, list[InlineSpan]]:
    """Collapse runs of white space (a foreign file's indentation) and move spans with the text."""
    if not spans:  # the common case, at C speed (str.split's white space is re's \\s for XML text)
        return " ".join(text.split()), spans
    # Each run of white space becomes one space (none at the start or end); an old offset
    # moves left by what the runs before it lost: prefix sums over the runs, found by bisection.
    # only the runs that change offsets: two or more characters, a tab or line break, or at the start
    runs = [m.span() for m in _ODD_WS.finditer(text)]
    result = " ".join(text.split())
    starts = [start for start, _ in runs]
    lost: list[int] = []  # characters lost up to the end of each run
    total = 0
    for start, end in runs:
        total += (end - start) if start == 0 else (end - start - 1)
        lost.append(total)

    def moved(offset: int) -> int:
        i = bisect_left(starts, offset)  # runs that start before the offset: 0 .. i-1
        if i == 0:
            return min(offset, len(result))
        start, end = runs[i - 1]
        before = lost[i - 2] if i >= 2 else 0
        # inside a run: just after the run's one space (the span edges are trimmed of spaces below)
        new = start - before + (0 if start == 0 else 1) if offset < end else offset - lost[i - 1]
        return max(0, min(new, len(result)))

    out: list[InlineSpan] = []
    for s in spans:
        start, end = moved(s.start), moved(s.end)
        # trim spaces at the span's edges
        while start < end and result[start] == " ":
            start += 1
        while end > start and result[end - 1] == " ":
            end -= 1
        if start < end:
            out.append(InlineSpan(s.kind, start, end, s.id, s.name, s.ref))
    return result, out
