"""Extra subject vocabularies: a CSV like the shipped one, or a SKOS concept scheme; bad files named with their line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.annotate.subjects import Subject, load_subject_vocabulary
from app.formats.errors import FormatError

SUBJECTS_CSV = """ref,label,triggers
harbour:ferries,Ferries and boats,ferry|ferries|boat
harbour:fishing,Fishing,fishing|fishermen
"""

SUBJECTS_SKOS = """<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:skos="http://www.w3.org/2004/02/skos/core#">
  <skos:ConceptScheme rdf:about="http://example.org/harbour"/>
  <skos:Concept rdf:about="http://example.org/harbour/tides">
    <skos:prefLabel xml:lang="fr">Marées</skos:prefLabel>
    <skos:prefLabel xml:lang="en">Tides</skos:prefLabel>
    <skos:altLabel xml:lang="en">high water</skos:altLabel>
  </skos:Concept>
  <skos:Concept rdf:about="http://example.org/harbour/lighthouses">
    <skos:prefLabel xml:lang="en">Lighthouses</skos:prefLabel>
  </skos:Concept>
</rdf:RDF>
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_subjects_load_with_their_triggers(tmp_path: Path) -> None:
    """A CSV with ref, label and triggers gives one subject per row."""
    subjects = load_subject_vocabulary(write(tmp_path, "harbour.csv", SUBJECTS_CSV))
    assert subjects == [
        Subject("harbour:ferries", "Ferries and boats", ("ferry", "ferries", "boat")),
        Subject("harbour:fishing", "Fishing", ("fishing", "fishermen")),
    ]


def test_skos_concepts_become_subjects_by_their_uri(tmp_path: Path) -> None:
    """Each SKOS concept is a subject: its URI the reference, its English label the label, all labels triggers."""
    subjects = load_subject_vocabulary(write(tmp_path, "harbour.rdf", SUBJECTS_SKOS))
    assert [(s.ref, s.label) for s in subjects] == [
        ("http://example.org/harbour/tides", "Tides"),
        ("http://example.org/harbour/lighthouses", "Lighthouses"),
    ]
    assert set(subjects[0].triggers) == {"Marées", "Tides", "high water"}


@pytest.mark.parametrize(
    ("name", "text", "line", "words"),
    [
        ("no-label.csv", "ref,label,triggers\nharbour:a,Ferries,\nharbour:b,,fishing\n", 3, "a ref and a label"),
        ("no-ref-column.csv", "label,triggers\nFerries,ferry\n", 1, "lacks the column(s) ref"),
        ("broken.rdf", SUBJECTS_SKOS.replace("</skos:prefLabel>\n  </skos:Concept>\n</rdf:RDF>", ""), None, ""),
        ("no-pref.rdf", SUBJECTS_SKOS.replace('<skos:prefLabel xml:lang="en">Lighthouses</skos:prefLabel>', ""),
         10, "no skos:prefLabel"),
    ],
)
def test_bad_subject_files_name_the_file_and_line(tmp_path: Path, name: str, text: str, line: int | None,
                                                  words: str) -> None:
    """A broken subjects file is refused with a message naming the file and the line at fault."""
    path = write(tmp_path, name, text)
    with pytest.raises(FormatError) as caught:
        load_subject_vocabulary(path)
    error = caught.value
    assert error.source == str(path)
    assert name in str(error)
    assert error.line == line or (line is None and error.line is not None)
    assert words in str(error)


def test_a_skos_concept_without_a_uri_is_refused(tmp_path: Path) -> None:
    """A concept with no rdf:about cannot be stored as a subject, and the message says so."""
    path = write(tmp_path, "anonymous.rdf", SUBJECTS_SKOS.replace(' rdf:about="http://example.org/harbour/tides"', ""))
    with pytest.raises(FormatError, match="'Tides' has no rdf:about"):
        load_subject_vocabulary(path)
