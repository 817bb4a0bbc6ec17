"""Reading a SKOS vocabulary (RDF/XML) into a Vocabulary: concepts, their labels, their URIs.

Each ``skos:Concept`` (or ``rdf:Description`` typed as one) becomes terms: its
``prefLabel``, ``altLabel`` and ``hiddenLabel`` in every language, all pointing
at the preferred label (English if there is one) as the normalised name and at
the concept's URI as the ref. SKOS has no notion of "person" or "place", so the
kind comes from a ``dct:type``/``dc:type`` naming an entity kind, else from
``default_kind``. The file is untrusted: it is parsed by ``safexml.parse_bytes``.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from app.annotate.vocabulary import MAX_VOCABULARY_BYTES, Term, Vocabulary
from app.formats.errors import FormatError
from app.formats.safexml import parse_bytes
from app.model import ENTITY_KINDS

SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_TYPES = ("{http://purl.org/dc/terms/}type", "{http://purl.org/dc/elements/1.1/}type")
_LABELS = (f"{{{SKOS}}}prefLabel", f"{{{SKOS}}}altLabel", f"{{{SKOS}}}hiddenLabel")


def _concepts(root: etree._Element) -> list[etree._Element]:
    found = list(root.iter(f"{{{SKOS}}}Concept"))
    for desc in root.iter(f"{{{RDF}}}Description"):
        for typ in desc.iterfind(f"{{{RDF}}}type"):
            if typ.get(f"{{{RDF}}}resource") == f"{SKOS}Concept":
                found.append(desc)
    return found


def _kind(concept: etree._Element, default_kind: str, source: str) -> str:
    for tag in _TYPES:
        node = concept.find(tag)
        if node is not None:
            value = (node.text or node.get(f"{{{RDF}}}resource") or "").strip().rsplit("/", 1)[-1].lower()
            if value not in ENTITY_KINDS:
                raise FormatError(
                    f"the concept's type {value!r} is not an entity kind", source=source, line=node.sourceline,
                    hint=f"use one of {', '.join(ENTITY_KINDS)}, or leave the type out",
                )
            return value
    return default_kind


def parse_skos(data: bytes, source: str = "<skos>", *, default_kind: str = "topic",
               language: str = "en") -> Vocabulary:
    """A vocabulary from SKOS RDF/XML bytes; FormatError for XML that is not a usable SKOS file."""
    if default_kind not in ENTITY_KINDS:
        raise ValueError(f"unknown kind {default_kind!r}")
    root = parse_bytes(data, source).getroot()
    concepts = _concepts(root)
    if not concepts:
        raise FormatError("the file holds no skos:Concept", source=source, line=root.sourceline,
                          hint="a SKOS vocabulary in RDF/XML lists <skos:Concept> elements")
    vocab = Vocabulary()
    for concept in concepts:
        labels = [(el.tag, (el.text or "").strip(), el.get(XML_LANG, "")) for tag in _LABELS
                  for el in concept.iterfind(tag)]
        prefs = [(text, lang) for tag, text, lang in labels if tag == _LABELS[0] and text]
        if not prefs:
            raise FormatError("a concept has no skos:prefLabel", source=source, line=concept.sourceline,
                              hint="give every concept a <skos:prefLabel>")
        name = next((text for text, lang in prefs if lang.split("-")[0] == language), prefs[0][0])
        ref = concept.get(f"{{{RDF}}}about") or None
        kind = _kind(concept, default_kind, source)
        for _tag, text, _lang in labels:
            if text:
                vocab.add(Term(" ".join(text.split()), kind, name, ref))
    return vocab


def load_skos(path: str | Path, *, default_kind: str = "topic") -> Vocabulary:
    """Read a SKOS RDF/XML file."""
    path = Path(path)
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FormatError(f"cannot read the vocabulary: {exc.strerror or exc}", source=source) from None
    if len(data) > MAX_VOCABULARY_BYTES:
        raise FormatError(f"the vocabulary is larger than {MAX_VOCABULARY_BYTES // 2**20} MiB", source=source)
    return parse_skos(data, source, default_kind=default_kind)
