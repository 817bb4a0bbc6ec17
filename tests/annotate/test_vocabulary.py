"""Loading vocabularies from CSV and SKOS, bad files named with their line, and the editor's additions."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.annotate.skos import load_skos
from app.annotate.suggest import suggest
from app.annotate.user_vocabulary import load_any
from app.annotate.vocabulary import Term, Vocabulary, add_entry, load_csv
from app.formats.errors import FormatError
from app.model import Paragraph, Release

_SKOS = """<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:skos="http://www.w3.org/2004/02/skos/core#"
         xmlns:dct="http://purl.org/dc/terms/">
  <skos:ConceptScheme rdf:about="http://example.org/partners"/>
  <skos:Concept rdf:about="http://example.org/partners/harbour-board">
    <skos:inScheme rdf:resource="http://example.org/partners"/>
    <skos:prefLabel xml:lang="fr">Office du port</skos:prefLabel>
    <skos:prefLabel xml:lang="en">Harbour Board</skos:prefLabel>
    <skos:altLabel xml:lang="en">HB</skos:altLabel>
    <dct:type>organisation</dct:type>
  </skos:Concept>
  <rdf:Description rdf:about="http://example.org/topics/tides">
    <rdf:type rdf:resource="http://www.w3.org/2004/02/skos/core#Concept"/>
    <skos:prefLabel>Tidal energy</skos:prefLabel>
  </rdf:Description>
</rdf:RDF>
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_vocabulary_loads_terms_and_titles(tmp_path: Path) -> None:
    """A user CSV adds terms with kind, name and ref, and person titles with kind "title"."""
    path = _write(tmp_path, "mine.csv", 'term,kind,name,ref\n"Harbour Board, East",organisation,East Harbour Board,'
                  "org:ehb\nRiverton,place,,\nHarbourmaster,title,,\n")
    vocab = load_csv(path)
    assert vocab.get("Harbour Board, East") == Term("Harbour Board, East", "organisation", "East Harbour Board",
                                                    "org:ehb")
    assert vocab.get("Riverton") == Term("Riverton", "place", "Riverton", None)
    assert "Harbourmaster" in vocab.titles


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("term,kind,name,ref\nRiverton,place,,\nGeneva,city,,\n", 3, "unknown kind 'city'"),
        ("term,kind,name,ref\n\nRiverton,place,,\n,place,,\n", 4, "the term is empty"),
        ("term,kind,name,ref\nRiverton,place,Riverton,ref,extra\n", 2, "has 5 cells"),
        ("word,type\nRiverton,place\n", 1, "lacks the column(s) term, kind"),
    ],
)
def test_bad_csv_row_names_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    """A bad row is refused with a message naming the file and the line to fix."""
    path = _write(tmp_path, "bad.csv", text)
    with pytest.raises(FormatError) as caught:
        load_csv(path)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert words in str(caught.value)


def test_csv_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    """A CSV saved in Latin-1 is refused with the line and a hint, not garbled."""
    path = tmp_path / "latin.csv"
    path.write_bytes("term,kind\nGenève,place\n".encode("latin-1"))
    with pytest.raises(FormatError, match=r"latin\.csv:2: the file is not UTF-8"):
        load_csv(path)


def test_skos_concepts_become_terms(tmp_path: Path) -> None:
    """Every label of a SKOS concept is a term named by its English prefLabel, with the concept URI as ref."""
    vocab = load_any(_write(tmp_path, "partners.rdf", _SKOS))
    board = Term("Harbour Board", "organisation", "Harbour Board", "http://example.org/partners/harbour-board")
    assert vocab.get("Harbour Board") == board
    assert vocab.get("Office du port") == Term("Office du port", "organisation", "Harbour Board", board.ref)
    assert vocab.get("HB") == Term("HB", "organisation", "Harbour Board", board.ref)
    assert vocab.get("Tidal energy") == Term("Tidal energy", "topic", "Tidal energy", "http://example.org/topics/tides")


def test_bad_skos_files_are_refused_with_a_line(tmp_path: Path) -> None:
    """A concept without prefLabel, an unknown type or broken XML is refused naming file and line."""
    no_label = _SKOS.replace('<skos:prefLabel xml:lang="fr">Office du port</skos:prefLabel>', "").replace(
        '<skos:prefLabel xml:lang="en">Harbour Board</skos:prefLabel>', "")
    with pytest.raises(FormatError, match=r"no-label\.rdf:6: a concept has no skos:prefLabel"):
        load_skos(_write(tmp_path, "no-label.rdf", no_label))
    with pytest.raises(FormatError, match=r"typed\.rdf:\d+: the concept's type 'ship'"):
        load_skos(_write(tmp_path, "typed.rdf", _SKOS.replace("<dct:type>organisation", "<dct:type>ship")))
    with pytest.raises(FormatError, match=r"broken\.rdf:3:\d+: the XML is not well-formed"):
        load_skos(_write(tmp_path, "broken.rdf", "<RDF>\n<a>\n</b>"))


def test_skos_with_entities_never_reads_local_files(tmp_path: Path) -> None:
    """A SKOS file that declares an external entity is refused by the hardened parser."""
    secret = _write(tmp_path, "secret.txt", "TOPSECRET")
    hostile = _SKOS.replace('<?xml version="1.0" encoding="UTF-8"?>',
                            f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>')
    hostile = hostile.replace("Tidal energy", "&x;")
    with pytest.raises(FormatError) as caught:
        load_skos(_write(tmp_path, "hostile.rdf", hostile))
    assert "TOPSECRET" not in str(caught.value)


def test_editor_additions_are_saved_and_read_back(tmp_path: Path) -> None:
    """An entry the editor adds is proposed at once and is still there when the CSV is loaded again."""
    vocab = Vocabulary()
    user_csv = tmp_path / "config" / "my-terms.csv"
    add_entry(vocab, user_csv, Term("Riverton Port Authority", "organisation", "Riverton Port Authority", "x:1"))
    add_entry(vocab, user_csv, Term("Riverton, Upper", "place", "Upper Riverton"))
    release = Release(id="r", body=[Paragraph(id="p1", text="The Riverton Port Authority met.")])
    assert [s.text for s in suggest(release, vocab)] == ["Riverton Port Authority"]
    again = load_csv(user_csv)
    assert again.terms == vocab.terms
    assert user_csv.read_text(encoding="utf-8").splitlines()[0] == "term,kind,name,ref"
