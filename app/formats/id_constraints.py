"""release.xsd's identity constraints on ids, checked in Python on a valid tree.

libxml2 spends most of its time on a release checking three constraints: every
id unique (an xs:unique over every element), paragraph ids as keys, and every
comment anchored to one (an xs:keyref). A Python set does the same in a
fraction of that time. So a tree is validated by the schema without those three
(``without_id_constraints``) and then by ``id_constraints_hold``; when either
says no, release.xsd itself checks the tree, so every problem is still found
and worded by libxml2 as before.

Kept apart from release_schema (which loads the model): ``release-desk validate``
uses it without loading the release reader.
"""

from __future__ import annotations

from lxml import etree

_XS = "{http://www.w3.org/2001/XMLSchema}"
#: The constraints on ids, by their names in release.xsd.
ID_CONSTRAINTS = (f"{_XS}unique[@name='unique-id']", f"{_XS}key[@name='paragraph-id']",
                  f"{_XS}keyref[@name='comment-anchor']")
_ALL_IDS = etree.XPath("//@id", smart_strings=False)


def without_id_constraints(schema_doc: etree._ElementTree) -> etree.XMLSchema:
    """The schema ``schema_doc`` (release.xsd, parsed) compiled without ``ID_CONSTRAINTS``; the document is
    not changed."""
    doc = etree.ElementTree(etree.fromstring(etree.tostring(schema_doc)))
    for element in doc.getroot().iterchildren(f"{_XS}element"):
        for path in ID_CONSTRAINTS:
            for constraint in element.findall(path):
                element.remove(constraint)
    return etree.XMLSchema(doc)


def blank(values: list[str]) -> bool:
    """Does any value hold a blank? (release.xsd's ids are NCNames: it strips the blanks around one before
    comparing, so " p1" is p1 there; such a file is left to the schema.)"""
    joined = "\0".join(values)  # no XML text holds a NUL
    return " " in joined or "\t" in joined or "\n" in joined or "\r" in joined


class IdCheck:
    """``holds(tree)``: True when a release in ``namespace`` certainly meets the constraints on ids (no two
    ids the same, every comment anchored to a paragraph's id); False means "ask release.xsd"."""

    def __init__(self, namespace: str) -> None:
        ns = {"r": namespace}
        self._paragraph_ids = etree.XPath("/r:release/r:body/r:p/@id", namespaces=ns, smart_strings=False)
        self._anchors = etree.XPath("/r:release/r:comments/r:comment/@paragraph", namespaces=ns,
                                    smart_strings=False)

    def holds(self, tree: etree._ElementTree) -> bool:
        ids = _ALL_IDS(tree)
        if blank(ids) or len(set(ids)) != len(ids):
            return False
        anchors = self._anchors(tree)
        return not anchors or (not blank(anchors) and set(self._paragraph_ids(tree)).issuperset(anchors))
