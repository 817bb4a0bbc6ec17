"""The one XML parser: hostile files are refused with clear messages, and nothing outside the file is touched."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

import pytest

from app.formats import safexml
from app.formats.errors import FormatError, UnsafeXMLError


def _refused(data: bytes, *fragments: str, **kwargs: int) -> FormatError:
    with pytest.raises(FormatError) as info:
        safexml.parse_bytes(data, "hostile.xml", **kwargs)
    for fragment in fragments:
        assert fragment in str(info.value), str(info.value)
    assert info.value.source == "hostile.xml"
    return info.value


def test_plain_xml_parses() -> None:
    """An ordinary XML document, with a harmless DOCTYPE, reads normally."""
    tree = safexml.parse_bytes(b'<?xml version="1.0"?>\n<!DOCTYPE a>\n<a><b>text</b></a>', "ok.xml")
    assert tree.getroot().findtext("b") == "text"


def test_malformed_xml_reports_line_and_column() -> None:
    """A mismatched tag is reported at libxml2's line and column."""
    error = _refused(b"<a>\n  <b>x</c>\n</a>", "not well-formed", "mismatch")
    assert (error.line, error.column) == (2, 11)


def test_external_entity_never_reads_the_file(tmp_path: Path) -> None:
    """An entity naming a local file is refused and the file's contents appear nowhere."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    data = f'<!DOCTYPE a [\n<!ENTITY x SYSTEM "file://{secret}">]>\n<a>&x;</a>'.encode()
    error = _refused(data, "refused (unsafe)", "external entity 'x'")
    assert isinstance(error, UnsafeXMLError)
    assert (error.reason, error.line) == ("external-entity", 2)
    assert "TOP-SECRET-CONTENT" not in repr(error.__dict__)


def _opened_by_parser(tmp_path: Path, make_doc) -> bool:
    """Whether parsing ``make_doc(path)`` opens a FIFO at ``path`` (a reader unblocks our writer)."""
    fifo = tmp_path / "probe"
    os.mkfifo(fifo)
    opened = threading.Event()

    def writer() -> None:
        with open(fifo, "w") as pipe:  # blocks until someone opens the FIFO for reading
            opened.set()
            pipe.write("<!ENTITY leak 'LEAKED'>")

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    with contextlib.suppress(FormatError):
        safexml.parse_bytes(make_doc(fifo), "hostile.xml")
    was_opened = opened.is_set()  # a parser that opened the FIFO blocked until the writer wrote
    if not was_opened:
        fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # release the writer thread
        thread.join(timeout=5)
        os.close(fd)
    thread.join(timeout=5)
    return was_opened


@pytest.mark.parametrize(
    "template",
    [
        '<!DOCTYPE a SYSTEM "file://{path}"><a/>',
        '<!DOCTYPE a [<!ENTITY % p SYSTEM "file://{path}"> %p;]><a/>',
        '<!DOCTYPE a [<!ENTITY x SYSTEM "file://{path}">]><a>&x;</a>',
        '<a xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="file://{path}" parse="text"/></a>',
        '<!DOCTYPE a SYSTEM "file://{path}" [<!ENTITY x "y">]><a>&x;</a>',
        '<!DOCTYPE a PUBLIC "-//X//DTD A//EN" "file://{path}" [<!ENTITY x "y">]><a>&x; &undeclared;</a>',
    ],
    ids=["external-dtd", "parameter-entity", "external-entity", "xinclude", "external-dtd-with-internal-entity",
         "external-dtd-with-undeclared-entity"],
)
def test_no_local_file_is_ever_opened(tmp_path: Path, template: str) -> None:
    """Whatever a file points at, the parser never opens a local file."""
    assert not _opened_by_parser(tmp_path, lambda path: template.format(path=path).encode())


def test_billion_laughs_is_refused_as_unsafe_at_its_declaration() -> None:
    """An entity-expansion bomb is refused as unsafe, naming the line of an entity that explodes."""
    entities = "".join(
        ['<!ENTITY lol0 "lol">\n'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">\n' for i in range(1, 10)]
    )
    error = _refused(f"<!DOCTYPE a [\n{entities}]>\n<a>&lol9;</a>".encode(), "refused (unsafe)", "expand")
    assert isinstance(error, UnsafeXMLError)
    assert error.reason == "entity-expansion"
    assert error.line in range(2, 12)


def test_many_references_to_a_modest_entity_are_refused_too() -> None:
    """A kilobyte entity used a thousand times goes over the expansion bound and is refused as unsafe."""
    data = ('<!DOCTYPE a [\n\n<!ENTITY x "' + "y" * 1000 + '">]><a>' + "&x;" * 1000 + "</a>").encode()
    error = _refused(data, "refused (unsafe)", "'x'")
    assert isinstance(error, UnsafeXMLError)
    assert (error.reason, error.line) == ("entity-expansion", 3)


def test_small_internal_entities_are_expanded() -> None:
    """An entity declared in the DOCTYPE for a company name reads as the name, nested entities too."""
    tree = safexml.parse_bytes(b'<!DOCTYPE a [<!ENTITY co "ACME &amp; Sons">\n<!ENTITY both "&co;, &co;">]>'
                               b'<a>By &both;.</a>', "ok.xml")
    assert tree.getroot().text == "By ACME & Sons, ACME & Sons."


def test_external_parameter_entity_is_refused_as_unsafe() -> None:
    """A parameter entity pointing at a file is refused as unsafe even when it is never used."""
    error = _refused(b'<!DOCTYPE a [\n<!ENTITY % p SYSTEM "file:///etc/hostname">\n]><a/>', "refused (unsafe)")
    assert isinstance(error, UnsafeXMLError)
    assert error.line == 2


def test_utf16_external_entity_is_found_on_its_line() -> None:
    """In a UTF-16 document the external entity's declaration is still reported on its line."""
    data = '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE a [\n\n<!ENTITY x SYSTEM "file:///etc/hostname">]>' \
           "<a>&x;</a>"
    error = _refused(data.encode("utf-16"), "refused (unsafe)")
    assert error.line == 4


def test_external_dtd_is_accepted_and_never_fetched() -> None:
    """A DOCTYPE that names an outside DTD (as DTD-based NITF does) reads; the DTD is not loaded."""
    tree = safexml.parse_bytes(b'<?xml version="1.0"?>\n<!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.2//EN" '
                               b'"http://example.invalid/nitf-3-2.dtd">\n<nitf><head/></nitf>', "ok.xml")
    assert tree.getroot().tag == "nitf"
    assert tree.docinfo.system_url == "http://example.invalid/nitf-3-2.dtd"
    assert tree.getroot()[0].sourceline == 3


def test_size_bound_is_checked_before_parsing() -> None:
    """A file over the size bound is refused at once, saying the limit."""
    error = _refused(b"<a>" + b" " * 2048 + b"</a>", "at most", max_bytes=1024)
    assert error.line is None
    assert safexml.MAX_BYTES == 64 * 1024 * 1024


def test_file_just_over_the_real_bound_is_refused() -> None:
    """A file over 64 MiB is refused before libxml2 sees it: the message names the bound, not a line."""
    error = _refused(b" " * (safexml.MAX_BYTES + 1), "64 MiB")
    assert error.line is None


def test_huge_text_node_is_refused() -> None:
    """A 50 MB text node is refused by libxml2's limits instead of being loaded."""
    _refused(b"<a>" + b"x" * (50 * 1024 * 1024) + b"</a>", "too large")


def test_deep_nesting_is_refused() -> None:
    """Ten thousand nested elements are refused as too deeply nested."""
    _refused(b"<a>" * 10_000 + b"</a>" * 10_000, "too deeply nested")


def test_empty_and_blank_files_are_refused() -> None:
    """An empty or blank file says it is empty."""
    _refused(b"", "empty")
    _refused(b"  \n\t ", "empty")


def test_binary_garbage_is_not_xml() -> None:
    """Random bytes are refused as not XML."""
    _refused(bytes(range(256)) * 8, "not XML")


def test_text_is_refused_as_a_programming_error() -> None:
    """Passing text instead of bytes is a bug in the caller, reported as such."""
    with pytest.raises(TypeError):
        safexml.parse_bytes("<a/>", "x")  # type: ignore[arg-type]


class _ServeOne(safexml.etree.Resolver):
    """Serves one named file and refuses everything else, remembering what it was asked."""

    def __init__(self, name: str, path: Path) -> None:
        super().__init__()
        self.name, self.path, self.asked = name, path, []

    def resolve(self, system_url: str, public_id: str, context: object) -> object:
        self.asked.append(system_url)
        if system_url.endswith(self.name):
            return self.resolve_filename(str(self.path), context)
        return self.resolve_empty(context)


def test_a_given_resolver_serves_a_schema_import_and_the_hardening_stays(tmp_path: Path) -> None:
    """A parser built with a resolver compiles a schema whose import it serves, and still expands no entity."""
    from lxml import etree

    (tmp_path / "common.xsd").write_text(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:c">'
        '<xs:attribute name="p" type="xs:string"/></xs:schema>', encoding="utf-8")
    main = (b'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:c="urn:c" targetNamespace="urn:m">'
            b'<xs:import namespace="urn:c" schemaLocation="https://example.invalid/common.xsd"/>'
            b'<xs:element name="m"><xs:complexType><xs:attribute ref="c:p"/></xs:complexType></xs:element>'
            b"</xs:schema>")
    resolver = _ServeOne("common.xsd", tmp_path / "common.xsd")
    parser = safexml.make_parser(resolver)
    etree.XMLSchema(etree.fromstring(main, parser, base_url=str(tmp_path / "main.xsd")))
    assert resolver.asked == ["https://example.invalid/common.xsd"]
    parser = safexml.make_parser(resolver)
    root = etree.fromstring(b'<!DOCTYPE r [<!ENTITY x "expanded">]><r>&x;</r>', parser)
    assert "expanded" not in etree.tostring(root, encoding="unicode")


def test_without_a_resolver_a_schema_import_from_the_web_is_refused(tmp_path: Path) -> None:
    """The default parser answers a schema's import by web address with nothing, so the schema does not compile."""
    from lxml import etree

    main = (b'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:c="urn:c" targetNamespace="urn:m">'
            b'<xs:import namespace="urn:c" schemaLocation="https://example.invalid/common.xsd"/>'
            b'<xs:element name="m"><xs:complexType><xs:attribute ref="c:p"/></xs:complexType></xs:element>'
            b"</xs:schema>")
    with pytest.raises(etree.XMLSchemaParseError):
        etree.XMLSchema(etree.fromstring(main, safexml.make_parser(), base_url=str(tmp_path / "main.xsd")))
