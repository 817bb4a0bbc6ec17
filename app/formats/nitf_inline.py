"""Paragraph text with entity spans <-> NITF inline markup (``<p>`` with ``<person>``...).

Kept apart from ``nitf.py`` because both directions must agree on the same
mapping of kinds to elements, and on what happens to spans that nest.
"""

from __future__ import annotations

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


#: An entity span read from inline markup: kind, start, end, id, name, ref (a plain tuple: a
#: 50 MB archive has a hundred thousand of them, and a tuple costs a tenth of an object).
InlineSpan = tuple[str, int, int, "str | None", "str | None", "str | None"]
#: A stretch of a paragraph's text, and what the tag that holds it says: (kind, id, name, ref), or None.
_Stretch = tuple[str, "tuple[str, str | None, str | None, str | None] | None"]
#: What an inline element's tag means: its local name, the kind it marks (None: none; "classifier":
#: its ``type`` says), and the attributes holding the normalised name and the vocabulary reference.
_TagMeaning = tuple[str, "str | None", str, str]
#: Meanings by tag as lxml spells it ("{namespace}name"): the split and look-ups once per tag name,
#: not once per tag of an archive. Bounded, since the names come from the files read.
_MEANINGS: dict[str, _TagMeaning] = {}
_MEANINGS_MAX = 1024


def _meaning(tag: str) -> _TagMeaning:
    namespace, _, name = tag[1:].rpartition("}") if tag[:1] == "{" else ("", "", tag)
    kind = TAG_TO_KIND.get(name) if namespace in _NITF_NAMESPACES else None
    if name == "classifier":
        kind = "classifier"
    value, source = _CODE_ATTRS.get(name, _DEFAULT_CODE_ATTRS)
    meaning = (name, kind, value, source)
    if len(_MEANINGS) < _MEANINGS_MAX:
        _MEANINGS[tag] = meaning
    return meaning


def _collapsed(text: str) -> bool:
    """Whether non-empty ``text`` has no white space but single spaces between words (see collapse_space)."""
    return ("  " not in text and text[0] != " " and text[-1] != " "
            and ("\n" not in text and "\t" not in text and "\r" not in text if text.isascii() else text.isprintable()))


def collapse_space(text: str, indent: str = "") -> str:
    """``text`` with each run of white space made one space and none at either end (a foreign
    file's indentation). str.split's white space is re's \\s for XML text.

    ``indent``: the line break and indentation the file wraps paragraphs with (see
    :func:`wrap_indent`), a hint that makes the common case cheaper, never a change of result.
    """
    # The fast path: after the file's own line breaks become spaces, text with single spaces
    # between words and no other white space is already collapsed; answering that takes a few
    # scans in C instead of a list of every word. (XML 1.0 text holds no ASCII white space but
    # these four: libxml2 refuses the others even as character references. Beyond ASCII,
    # every white space character str.split knows (NO-BREAK SPACE, EM SPACE, LINE SEPARATOR...)
    # is one that isprintable() refuses.)
    short = text.replace(indent, " ") if indent else text
    if short and _collapsed(short):
        return short
    return " ".join(text.split())


def wrap_indent(text: str) -> str:
    """The line break and the spaces or tabs after it, where ``text`` first wraps; "" if it does not."""
    start = text.find("\n")
    if start < 0:
        return ""
    end = start + 1
    while end < len(text) and text[end] in " \t":
        end += 1
    return text[start:end]


def read_paragraph(p: etree._Element, dropped: dict[str, int] | None = None, *, normalise: bool = False,
                   indent: str = "") -> tuple[str, list[InlineSpan]]:
    """The text of ``p`` and the entity spans its inline elements mark.

    ``normalise`` collapses white space as :func:`collapse_space` does (``indent`` is its
    hint), and the spans come out where their names are in the collapsed text; a span keeps
    no space at either edge, and one left empty is dropped.

    ``dropped`` counts what was not kept as such: markup whose text was kept but
    whose meaning has no place in the model (``<em>``, ``<a>``, ``<q>``...), and
    references to entities of a DTD that was never loaded (``&nbsp;``).
    """
    if normalise:
        wrapped = read_wrapped(p, dropped, indent)
        if wrapped is not None:
            return wrapped
    return read_long(p, dropped, normalise=normalise, indent=indent)


def read_long(p: etree._Element, dropped: dict[str, int] | None, *, normalise: bool,
              indent: str) -> tuple[str, list[InlineSpan]]:
    """:func:`read_paragraph` without trying :func:`read_wrapped` first: any paragraph, any white space."""
    raw, marks = _read_raw(p, dropped)
    if not marks:  # no tag marks anything: the text is all there is
        return (collapse_space(raw, indent) if normalise else raw), []
    if not normalise:
        return raw, marks
    if any(marks[k][1] < marks[k - 1][2] for k in range(1, len(marks))):
        return _place_nested(raw, marks)
    stretches: list[_Stretch] = []
    last = 0
    for kind, start, end, ident, name, ref in marks:
        stretches.append((raw[last:start], None))
        stretches.append((raw[start:end], (kind, ident, name, ref)))
        last = end
    stretches.append((raw[last:], None))
    return _place(stretches, True)


def read_wrapped(p: etree._Element, dropped: dict[str, int] | None,
                  indent: str) -> tuple[str, list[InlineSpan]] | None:
    """What normalising gives for the common paragraph of an archive, whose only odd white space
    is the file's wrapping (``indent``, "" for none): each piece of text has its wraps made spaces
    as it is read, so every offset is a running sum. None for any other paragraph (nothing is
    counted in ``dropped`` then)."""
    # (a line break where the file has no wrapping learnt, or any other white space, sends the
    # paragraph the long way: the checks at the end would refuse it)
    text = p.text
    if text:
        if "\n" in text:
            if not indent:
                return None
            text = text.replace(indent, " ")
        pieces = [text]
        pos = len(text)
    else:
        pieces = []
        pos = 0
    marks: list[InlineSpan] = []
    meanings = _MEANINGS
    counted: list[str] = []
    for child in p:
        tag = child.tag
        meaning = meanings.get(tag)
        if meaning is None:
            if tag.__class__ is not str:
                return None  # a comment or an entity reference: rare enough to go the long way
            meaning = _meaning(tag)
        name, kind, value, source = meaning
        if len(child) or name == "br":
            return None
        inner = child.text
        if inner:
            if "\n" in inner:
                if not indent:
                    return None
                inner = inner.replace(indent, " ")
            if kind is not None:
                if inner[0] == " " or inner[-1] == " ":
                    return None  # white space at a tag's edge: trimmed by _place
                attrs = child.items()  # (one call for all: tags in archives mostly carry none)
                if attrs:
                    given = dict(attrs)
                    if kind == "classifier":
                        kind = "initiative" if given.get("type") == "initiative" else "topic"
                    marks.append((kind, pos, pos + len(inner), given.get("id"), given.get(value), given.get(source)))
                else:
                    marks.append(("topic" if kind == "classifier" else kind, pos, pos + len(inner), None, None, None))
            else:
                counted.append(name)
            pieces.append(inner)
            pos += len(inner)
        else:
            counted.append(name)
        tail = child.tail
        if tail:
            if "\n" in tail:
                if not indent:
                    return None
                tail = tail.replace(indent, " ")
            pieces.append(tail)
            pos += len(tail)
    short = "".join(pieces)
    if not (short and _collapsed(short)):
        return None
    if counted and dropped is not None:
        for name in counted:
            key = f"<{name}>"
            dropped[key] = dropped.get(key, 0) + 1
    return short, marks


def _read_raw(p: etree._Element, dropped: dict[str, int] | None) -> tuple[str, list[InlineSpan]]:
    """The text of ``p`` as the file has it, and the spans its tags mark on it (a tag inside another
    one too: ``<em><person>Ada Lind</person></em>``, ``<org>The <location>Bergen</location> Board</org>``;
    the outer span first)."""
    pieces: list[str] = []
    marks: list[InlineSpan] = []
    _read_into(p, pieces, marks, 0, dropped)
    return "".join(pieces), marks


def _read_into(parent: etree._Element, pieces: list[str], marks: list[InlineSpan], pos: int,
               dropped: dict[str, int] | None) -> int:
    """Append the text inside ``parent`` to ``pieces`` from offset ``pos``, and the spans its tags mark
    to ``marks``; the offset after it."""
    # (lxml makes a new string at every read of .text and .tail: each is read once)
    text = parent.text
    if text:
        pieces.append(text)
        pos += len(text)
    meanings = _MEANINGS
    for child in parent:
        tag = child.tag
        if tag.__class__ is not str:  # comments, processing instructions, unknown entities
            if tag is etree.Entity:
                # NITF's DTDs declare the ISO / HTML character entities: &nbsp; is known without loading one
                char = name2codepoint.get(child.name)
                if char is not None:
                    pieces.append(chr(char))
                    pos += 1
                elif dropped is not None:
                    key = f"&{child.name};"
                    dropped[key] = dropped.get(key, 0) + 1
        else:
            name, kind, value, source = meanings.get(tag) or _meaning(tag)
            if name == "br":
                pieces.append("\n")
                pos += 1
            else:
                start, index = pos, len(marks)
                pos = _read_into(child, pieces, marks, pos, dropped)
                if kind is not None and pos > start:
                    given = dict(child.items())
                    if kind == "classifier":
                        kind = "initiative" if given.get("type") == "initiative" else "topic"
                    # before the spans of the tags inside it: outer first, as the model keeps them
                    marks.insert(index, (kind, start, pos, given.get("id"), given.get(value), given.get(source)))
                elif dropped is not None:
                    key = f"<{name}>"
                    dropped[key] = dropped.get(key, 0) + 1
        tail = child.tail
        if tail:
            pieces.append(tail)
            pos += len(tail)
    return pos


def _place(stretches: list[_Stretch], normalise: bool) -> tuple[str, list[InlineSpan]]:
    """The text the stretches make and the spans of the marked ones, collapsed or as they are."""
    spans: list[InlineSpan] = []
    pos = 0
    if not normalise:
        for raw, mark in stretches:
            if mark is not None:
                spans.append((mark[0], pos, pos + len(raw), mark[1], mark[2], mark[3]))
            pos += len(raw)
        return "".join(raw for raw, _ in stretches), spans
    parts: list[str] = []
    gap = False  # white space since the last word written
    for raw, mark in stretches:
        if not raw:
            continue
        core = " ".join(raw.split())  # (stretches between tags are short: collapse_space's fast path would not pay)
        if not core:  # white space only (a tag holding only that is left out)
            gap = True
            continue
        if pos and (gap or raw[0].isspace()):
            parts.append(" ")
            pos += 1
        start = pos
        parts.append(core)
        pos += len(core)
        gap = raw[-1].isspace()
        if mark is not None:
            spans.append((mark[0], start, pos, mark[1], mark[2], mark[3]))
    return "".join(parts), spans


def _place_nested(raw: str, marks: list[InlineSpan]) -> tuple[str, list[InlineSpan]]:
    """:func:`_place` (collapsed) for spans that nest: the text is cut at every span's edges, each piece
    collapsed as ``_place`` does, and each span runs from its first piece with words to its last."""
    import bisect
    from itertools import pairwise

    edges = sorted({0, len(raw), *(m[1] for m in marks), *(m[2] for m in marks)})
    parts: list[str] = []
    cores: list[tuple[int, int] | None] = []  # each piece's place in the collapsed text (None: no words)
    pos = 0
    gap = False
    for left, right in pairwise(edges):
        piece = raw[left:right]
        core = " ".join(piece.split())
        if not core:
            gap = gap or bool(piece)
            cores.append(None)
            continue
        if pos and (gap or piece[0].isspace()):
            parts.append(" ")
            pos += 1
        cores.append((pos, pos + len(core)))
        parts.append(core)
        pos += len(core)
        gap = piece[-1].isspace()
    spans: list[InlineSpan] = []
    for kind, start, end, ident, name, ref in marks:
        inside = [c for c in cores[bisect.bisect_left(edges, start) : bisect.bisect_left(edges, end)] if c]
        if inside:  # a tag holding only white space is left out
            spans.append((kind, inside[0][0], inside[-1][1], ident, name, ref))
    return "".join(parts), spans
