"""release.xsd's identity constraints on ids, checked in Python on a valid tree.

libxml2 spends most of its time on a release checking three constraints: every
id unique (an xs:unique over every element), paragraph ids as keys, and every
comment anchored to one (an xs:keyref). A Python set does the same in a
fraction of that time. So a tree is validated by the schema without those three
(``without_id_constraints``) and then by ``IdCheck.holds``; when either
says no, release.xsd itself checks the tree, so every problem is still found
and worded by libxml2 as before.

The same goes for the pattern every id must match (the simple type
``Identifier``): libxml2 runs its regular expression once per id, a third of
the quick schema's time on a heavily tagged release, while Python matches all
the ids, joined, in one call.

Kept apart from release_schema (which loads the model): ``release-desk validate``
uses it without loading the release reader.
"""

from __future__ import annotations

import re

from lxml import etree

_XS = "{http://www.w3.org/2001/XMLSchema}"
#: The constraints on ids, by their names in release.xsd.
ID_CONSTRAINTS = (f"{_XS}unique[@name='unique-id']", f"{_XS}key[@name='paragraph-id']",
                  f"{_XS}keyref[@name='comment-anchor']")
_ALL_IDS = etree.XPath("//@id", smart_strings=False)


#: The simple type of ids and of the attributes that point at one.
IDENTIFIER_TYPE = "Identifier"
#: The only attributes of that type whose values the quick check sees: ids, and comments' anchors
#: (which must equal a paragraph's id, itself checked).
_IDENTIFIER_ATTRIBUTES = frozenset(("id", "paragraph"))


def _local(type_name: str | None) -> str:
    """A type reference without its prefix ("r:Identifier" -> "Identifier")."""
    return (type_name or "").rpartition(":")[2]


class QuickSchema:
    """release.xsd without its id constraints, and the pattern of ids taken out of it (None: left in).
    (A plain class: a dataclass costs every `release-desk validate` a millisecond or two to build.)"""

    __slots__ = ("ids_pattern", "schema")

    def __init__(self, schema: etree.XMLSchema, ids_pattern: re.Pattern[str] | None) -> None:
        self.schema, self.ids_pattern = schema, ids_pattern

    def validate(self, tree: etree._ElementTree) -> bool:
        return bool(self.schema.validate(tree))

    def ids_match(self, ids: list[str]) -> bool:
        """Does every id match the pattern libxml2 was spared? (Call after ``blank``: none holds a blank.)"""
        return self.ids_pattern is None or not ids or self.ids_pattern.fullmatch("\n".join(ids)) is not None


def without_id_constraints(schema_doc: etree._ElementTree) -> QuickSchema:
    """The schema ``schema_doc`` (release.xsd, parsed) compiled without ``ID_CONSTRAINTS`` and, when it is
    safe to check in Python, without the pattern of its ids; the document is not changed."""
    doc = etree.ElementTree(etree.fromstring(etree.tostring(schema_doc)))
    for element in doc.getroot().iterchildren(f"{_XS}element"):
        for path in ID_CONSTRAINTS:
            for constraint in element.findall(path):
                element.remove(constraint)
    pattern = _take_ids_pattern(doc)
    return QuickSchema(etree.XMLSchema(doc), pattern)


def _take_ids_pattern(doc: etree._ElementTree) -> re.Pattern[str] | None:
    """Remove the Identifier type's one pattern facet from ``doc`` and return it compiled for ids joined by
    line breaks; None (the facet stays) unless only ids and anchors have that type and Python reads the
    pattern exactly as XSD does."""
    root = doc.getroot()
    facets = root.findall(f"{_XS}simpleType[@name='{IDENTIFIER_TYPE}']/{_XS}restriction/{_XS}pattern")
    if len(facets) != 1:
        return None
    value = facets[0].get("value", "")
    for declaration in root.iter(f"{_XS}attribute", f"{_XS}element"):
        typed = _local(declaration.get("type")) == IDENTIFIER_TYPE
        if typed and (declaration.tag != f"{_XS}attribute" or declaration.get("name") not in _IDENTIFIER_ATTRIBUTES):
            return None
    if any(_local(r.get("base")) == IDENTIFIER_TYPE for r in root.iter(f"{_XS}restriction")):
        return None  # a type derived from Identifier would lose the pattern too
    unescaped = value.replace("\\\\", "")
    outside_classes = re.sub(r"\[(?:\\.|[^\]\\])*\]", "", unescaped)
    if "-[" in value or re.search(r"\\[icICpPwWsS]", unescaped) or re.search(r"(?<!\\)[.^$]", outside_classes):
        # class subtraction; escapes that differ (XSD's names, categories, \w and \s); "." (XSD's excludes
        # \r), "^" and "$" (literal in XSD) outside a class
        return None
    try:
        one = re.compile(value)
    except re.error:
        return None
    facets[0].getparent().remove(facets[0])
    return re.compile(f"(?:{one.pattern})(?:\n(?:{one.pattern}))*")


def elements_with_ids(schema_doc: etree._ElementTree) -> frozenset[str] | None:
    """The local names of the elements the schema ``schema_doc`` lets carry an ``id`` attribute.

    None when it could let some element carry one in a way this does not follow (an anonymous type, an
    attribute group, a wildcard): a reader that relies on the answer must then count the ids itself.
    """
    root = schema_doc.getroot()
    if next(root.iter(f"{_XS}anyAttribute", f"{_XS}any", f"{_XS}attributeGroup"), None) is not None:
        return None
    typed: set[str] = set()
    for attribute in root.iter(f"{_XS}attribute"):
        if attribute.get("name") != "id" and attribute.get("ref") != "id":
            continue
        owner = next(attribute.iterancestors(f"{_XS}complexType"), None)
        if owner is None or owner.get("name") is None:
            return None
        typed.add(owner.get("name"))
    derived = root.iter(f"{_XS}extension", f"{_XS}restriction")
    if any(_local(d.get("base")) in typed for d in derived):
        return None  # a type derived from one with an id carries it too
    return frozenset(element.get("name") for element in root.iter(f"{_XS}element")
                     if _local(element.get("type")) in typed)


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

    def holds(self, tree: etree._ElementTree, quick: QuickSchema | None = None) -> bool:
        """``quick``: the schema the tree was validated by, whose ids pattern is then checked too."""
        ids = _ALL_IDS(tree)
        if blank(ids) or len(set(ids)) != len(ids) or (quick is not None and not quick.ids_match(ids)):
            return False
        anchors = self._anchors(tree)
        return not anchors or (not blank(anchors) and set(self._paragraph_ids(tree)).issuperset(anchors))
