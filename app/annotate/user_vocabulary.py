"""A user's vocabulary file, CSV or SKOS, read by what it contains.

Apart from vocabulary.py and skos.py because it needs both, and skos.py builds
on vocabulary.py: keeping the choice here keeps the imports pointing one way.
"""

from __future__ import annotations

from pathlib import Path

from app.annotate.skos import load_skos
from app.annotate.vocabulary import Vocabulary, is_xml, load_csv


def load_any(path: str | Path) -> Vocabulary:
    """A user vocabulary from a CSV or a SKOS (RDF/XML) file, chosen by content."""
    path = Path(path)
    return load_skos(path) if is_xml(path) else load_csv(path)
