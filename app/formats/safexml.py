"""The one hardened XML parser factory: every XML read in Release Desk goes through here.

Files arrive from strangers (archive submissions, e-mail attachments, DOCX parts),
so the parser is configured for hostile input:

* a DOCTYPE is accepted, and the DTD it names is never loaded or fetched;
* no network, no XInclude, no DTD validation;
* entities declared in the internal subset are expanded only after the whole
  expansion was measured against MAX_ENTITY_CHARS; a document that declares an
  external entity (SYSTEM / PUBLIC) or exceeds the bound is refused with an
  :class:`~app.formats.errors.UnsafeXMLError` ("refused (unsafe)") naming the
  line of the declaration;
* a resolver that refuses every external resource, in case some libxml2 path
  still asks for one (defence in depth: parsing a document never reads another
  file — the tests prove it with an external entity pointing at a secret);
* a size bound checked before libxml2 sees a byte, and libxml2's own limits on
  text-node size and nesting depth (``huge_tree=False``);
* the first parse never expands an entity, so measuring a "billion laughs" costs nothing.

Every failure is a :class:`~app.formats.errors.FormatError` naming the source,
and the line and column libxml2 reported.

Compiling a *schema* is different: an XSD's ``xs:import`` / ``xs:include`` are
read by libxml2's schema compiler, which may open a file named by a relative
path without asking the parser's resolver. A schema needs its local imports;
app/validation/validator.py passes a resolver that serves them only from the
schema's own folder and refuses the profile when anything else was asked for.
"""

from __future__ import annotations

import re

from lxml import etree

from app.formats.errors import FormatError, UnsafeXMLError
from app.formats.limits import MAX_BYTES

__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_ENTITY_CHARS", "make_parser", "parse_bytes"]

#: libxml2 refuses deeper documents unless ``huge_tree`` is set (we never set it).
MAX_DEPTH = 256

#: Internal entities expand to at most this many characters, each and all references together.
MAX_ENTITY_CHARS = 100_000

_NO_DTD_HINT = "external entities are not allowed; remove the entity declarations from the <!DOCTYPE ...>"
_UNSAFE_HINT = ("external entities are never read and entity expansion is bounded; remove the entity "
                "declarations from the <!DOCTYPE ...> or ask the sender for the file without them")


class _RefuseResolver(etree.Resolver):
    """Answers every request for an external resource with nothing."""

    def resolve(self, system_url: str, public_id: str, context: object) -> object:
        return self.resolve_empty(context)


def make_parser(resolver: etree.Resolver | None = None, *, expand_internal_entities: bool = False) -> etree.XMLParser:
    """A new hardened parser (parsers hold state: one per parse keeps threads apart).

    ``resolver`` replaces the refuse-everything resolver, for a caller that must
    serve some files (a schema's xs:import / xs:include from its own folder).
    It then answers every request itself, serving or refusing: lxml keeps a
    parser's resolvers in a set and asks them in no fixed order, so a refusing
    resolver beside it could win, and none can be removed once added. Every
    other hardening option stays as it is.

    ``expand_internal_entities`` is for :func:`parse_bytes` only, once it has
    measured the expansion and found no external entity.
    """
    # Leave collect_ids at its default: with lxml 6.1 / libxml2 2.14,
    # collect_ids=False makes libxml2 open an external DTD named in a DOCTYPE
    # despite load_dtd=False (seen with strace; tests/formats/test_safexml.py
    # would catch it coming back).
    parser = etree.XMLParser(
        resolve_entities="internal" if expand_internal_entities else False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        attribute_defaults=False,
        huge_tree=False,
        remove_blank_text=False,
        strip_cdata=True,
    )
    parser.resolvers.add(resolver if resolver is not None else _RefuseResolver())
    return parser


_ENTITY_REF = re.compile(r"&([A-Za-z_:][\w.:-]*);")
_DECLARED = re.compile(r"<!ENTITY\s+([A-Za-z_:][\w.:-]*)\s+\"([^\"]*)\"")
_PREDEFINED = frozenset(("amp", "lt", "gt", "quot", "apos"))


def _declaration_line(data: bytes, encoding: str | None, name: str) -> int | None:
    """The line of ``<!ENTITY name`` in the raw document (libxml2 keeps no line for a declaration)."""
    try:
        text = data.decode(encoding or "utf-8", errors="replace")
    except LookupError:
        text = data.decode("utf-8", errors="replace")
    match = re.search(r"<!ENTITY\s+(?:%\s+)?" + re.escape(name) + r"\s", text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _expanded_sizes(decls: dict[str, str]) -> dict[str, int]:
    """How many characters each internal entity expands to, references followed (cycles count as unbounded)."""
    sizes: dict[str, int] = {}
    visiting: set[str] = set()

    def size(name: str) -> int:
        if name in sizes:
            return sizes[name]
        if name in visiting or name not in decls:
            return 0 if name not in visiting else MAX_ENTITY_CHARS + 1
        visiting.add(name)
        content = decls[name]
        total = len(_ENTITY_REF.sub("", content))
        for ref in _ENTITY_REF.findall(content):
            total += 1 if ref in _PREDEFINED else size(ref)
            if total > MAX_ENTITY_CHARS:
                break
        visiting.discard(name)
        sizes[name] = total
        return total

    for name in decls:
        size(name)
    return sizes


def _check_entities(tree: etree._ElementTree, data: bytes, source: str) -> dict[str, str]:
    """The document's internal entities (name -> replacement text), or UnsafeXMLError.

    Refused: any entity declared with SYSTEM or PUBLIC (it would make the parser
    read another file or an address), and any entity, or all references to
    entities together, expanding past MAX_ENTITY_CHARS (a "billion laughs").
    """
    dtd = tree.docinfo.internalDTD
    if dtd is None:
        return {}
    decls: dict[str, str] = {}
    encoding = tree.docinfo.encoding
    for entity in dtd.iterentities():
        if entity.system_url is not None or entity.content is None:
            line = _declaration_line(data, encoding, entity.name)
            raise UnsafeXMLError(
                f"refused (unsafe): the DOCTYPE declares the external entity {entity.name!r} "
                f"(SYSTEM {entity.system_url!r}); reading it would open another file or a web address",
                reason="external-entity", source=source, line=line, hint=_UNSAFE_HINT)
        decls[entity.name] = entity.content
    if not decls:
        return decls
    sizes = _expanded_sizes(decls)
    worst = max(sizes, key=sizes.__getitem__)
    used: dict[str, int] = {}
    for ref in tree.getroot().iter(etree.Entity):
        used[ref.name] = used.get(ref.name, 0) + 1
    total = sum(sizes.get(name, 0) * n for name, n in used.items())
    if sizes[worst] > MAX_ENTITY_CHARS or total > MAX_ENTITY_CHARS:
        if sizes[worst] <= MAX_ENTITY_CHARS:
            worst = max(used, key=lambda name: sizes.get(name, 0) * used[name])
        line = _declaration_line(data, encoding, worst)
        raise UnsafeXMLError(
            f"refused (unsafe): the entity {worst!r} declared in the DOCTYPE expands to more than "
            f"{MAX_ENTITY_CHARS:,} characters (an entity expansion attack, or a document that needs "
            "splitting)", reason="entity-expansion", source=source, line=line, hint=_UNSAFE_HINT)
    return decls


def _expand_entities(tree: etree._ElementTree, data: bytes, decls: dict[str, str],
                     source: str) -> etree._ElementTree:
    """``tree`` with references to the internal entities replaced by their text (already bounded).

    When every reference is to an internal entity, libxml2 expands them in a second parse
    (markup inside an entity included). References to entities of an external DTD, which
    is never loaded, stay as entity nodes; the readers say what they left out.
    """
    refs = list(tree.getroot().iter(etree.Entity))
    if not refs:
        return tree
    if all(ref.name in decls for ref in refs):
        parser = make_parser(expand_internal_entities=True)
        try:
            return etree.fromstring(data, parser).getroottree()
        except etree.XMLSyntaxError as error:
            raise _syntax_error(error, parser, source, data) from None
    for ref in refs:
        content = decls.get(ref.name)
        if content is None or "<" in content:
            continue
        text = _ENTITY_REF.sub(lambda m: _expand_text(m.group(1), decls, 0), content)
        _replace_node_with_text(ref, text)
    return tree


def _expand_text(name: str, decls: dict[str, str], depth: int) -> str:
    predefined = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
    if name in predefined:
        return predefined[name]
    if name not in decls or depth > 16:
        return ""
    return _ENTITY_REF.sub(lambda m: _expand_text(m.group(1), decls, depth + 1), decls[name])


def _replace_node_with_text(node: etree._Element, text: str) -> None:
    parent = node.getparent()
    if parent is None:
        return
    text += node.tail or ""
    previous = node.getprevious()
    if previous is None:
        parent.text = (parent.text or "") + text
    else:
        previous.tail = (previous.tail or "") + text
    parent.remove(node)


def _syntax_error(error: etree.XMLSyntaxError, parser: etree.XMLParser, source: str, data: bytes) -> FormatError:
    # The parser's own log holds only this parse (the exception's log can carry
    # older entries); the first fatal error is the one that stopped libxml2.
    entries = [e for e in parser.error_log if e.level >= etree.ErrorLevels.ERROR]
    first = entries[0] if entries else None
    detail = (first.message if first is not None else str(error.msg or error)).strip()
    line = first.line if first is not None else error.lineno
    column = first.column if first is not None else (error.position[1] if error.position else None)
    lowered = detail.lower()
    if "subset" in lowered:
        # libxml2's words for a DOCTYPE it would not (and did not) load
        return FormatError(f"the DOCTYPE was refused: {detail}", source=source, line=line, column=column,
                           hint=_NO_DTD_HINT)
    if "entity" in lowered and ("amplification" in lowered or "loop" in lowered or "depth" in lowered):
        # libxml2 stopped an expansion attack while reading the declarations: name the worst one
        decls = dict(_DECLARED.findall(data.decode("utf-8", errors="replace")))
        sizes = _expanded_sizes(decls)
        worst = max(sizes, key=sizes.__getitem__) if sizes else None
        return UnsafeXMLError(
            "refused (unsafe): the entities declared in the DOCTYPE expand without bound"
            + (f" (the entity {worst!r})" if worst else "") + f": {detail}",
            reason="entity-expansion", source=source,
            line=_declaration_line(data, None, worst) if worst else line, hint=_UNSAFE_HINT)
    if "huge" in lowered or "depth" in lowered or "too large" in lowered:
        return FormatError(
            f"the document is too large or too deeply nested to read safely: {detail}",
            source=source, line=line, column=column,
            hint="split the document or remove deeply nested markup",
        )
    if "start tag expected" in lowered or "document is empty" in lowered:
        return FormatError(
            f"this is not XML: {detail}", source=source, line=line, column=column,
            hint="check that the file is an XML document and not, say, a Word file or an image",
        )
    return FormatError(
        f"the XML is not well-formed: {detail}", source=source, line=line, column=column,
        hint="fix the markup at that line and column, or open the file in a text editor",
    )


def parse_bytes(data: bytes, source: str = "<input>", *, max_bytes: int = MAX_BYTES) -> etree._ElementTree:
    """Parse untrusted ``data`` into a tree, or raise FormatError saying why not."""
    if not isinstance(data, bytes):
        if not isinstance(data, bytearray | memoryview):
            raise TypeError(f"parse_bytes expects bytes, not {type(data).__name__}")
        data = bytes(data)
    if len(data) > max_bytes:
        raise FormatError(
            f"the file is {len(data) / 2**20:.1f} MiB; Release Desk reads XML files of at most "
            f"{max_bytes / 2**20:.0f} MiB",
            source=source,
            hint="split it into smaller files",
        )
    if not data or data.isspace():  # (strip() would copy a whole big file to learn this)
        raise FormatError("the file is empty; there is nothing to read", source=source)
    parser = make_parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise _syntax_error(error, parser, source, data) from None
    tree = root.getroottree()
    if tree.docinfo.internalDTD is not None:
        decls = _check_entities(tree, data, source)
        if decls:
            tree = _expand_entities(tree, data, decls, source)
    return tree
