"""The one hardened XML parser factory: every XML read in Release Desk goes through here.

Files arrive from strangers (archive submissions, e-mail attachments, DOCX parts),
so the parser is configured for hostile input:

* no entity expansion, no DTD loading or validation, no network, no XInclude;
* a resolver that refuses every external resource, in case some libxml2 path
  still asks for one (defence in depth: parsing a document never reads another
  file — the tests prove it with an external entity pointing at a secret);
* a size bound checked before libxml2 sees a byte, and libxml2's own limits on
  text-node size and nesting depth (``huge_tree=False``);
* any DOCTYPE that declares entities or points at an external DTD is refused
  after parsing (entities were not expanded, so a "billion laughs" costs nothing).

Every failure is a :class:`~app.formats.errors.FormatError` naming the source,
and the line and column libxml2 reported.

Compiling a *schema* is different: an XSD's ``xs:import`` / ``xs:include`` are
read by libxml2's schema compiler, which may open a file named by a relative
path without asking the parser's resolver. A schema needs its local imports;
app/validation/validator.py passes a resolver that serves them only from the
schema's own folder and refuses the profile when anything else was asked for.
"""

from __future__ import annotations

from lxml import etree

from app.formats.errors import FormatError

#: Larger inputs are refused before parsing. A 5,000-paragraph release is ~2 MiB.
MAX_BYTES = 64 * 1024 * 1024

#: libxml2 refuses deeper documents unless ``huge_tree`` is set (we never set it).
MAX_DEPTH = 256

_NO_DTD_HINT = "external entities / DTDs are not allowed; remove the <!DOCTYPE ...> declaration"


class _RefuseResolver(etree.Resolver):
    """Answers every request for an external resource with nothing."""

    def resolve(self, system_url: str, public_id: str, context: object) -> object:
        return self.resolve_empty(context)


def make_parser(resolver: etree.Resolver | None = None) -> etree.XMLParser:
    """A new hardened parser (parsers hold state: one per parse keeps threads apart).

    ``resolver`` replaces the refuse-everything resolver, for a caller that must
    serve some files (a schema's xs:import / xs:include from its own folder).
    It then answers every request itself, serving or refusing: lxml keeps a
    parser's resolvers in a set and asks them in no fixed order, so a refusing
    resolver beside it could win, and none can be removed once added. Every
    other hardening option stays as it is.
    """
    # Leave collect_ids at its default: with lxml 6.1 / libxml2 2.14,
    # collect_ids=False makes libxml2 open an external DTD named in a DOCTYPE
    # despite load_dtd=False (seen with strace; tests/formats/test_safexml.py
    # would catch it coming back).
    parser = etree.XMLParser(
        resolve_entities=False,
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


def _refuse_doctype(tree: etree._ElementTree, source: str) -> None:
    docinfo = tree.docinfo
    if docinfo.system_url or docinfo.public_id:
        raise FormatError(
            f"the document refers to an external DTD ({docinfo.system_url or docinfo.public_id})",
            source=source,
            line=1,
            hint=_NO_DTD_HINT,
        )
    dtd = docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise FormatError(
            "the document declares XML entities in its DOCTYPE",
            source=source,
            line=1,
            hint=_NO_DTD_HINT,
        )


def _syntax_error(error: etree.XMLSyntaxError, parser: etree.XMLParser, source: str) -> FormatError:
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
        return FormatError(f"entity expansion refused: {detail}", source=source, line=line, column=column,
                           hint=_NO_DTD_HINT)
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
        raise _syntax_error(error, parser, source) from None
    tree = root.getroottree()
    _refuse_doctype(tree, source)
    return tree
