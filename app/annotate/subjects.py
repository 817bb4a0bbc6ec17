"""Release-level subjects from a small controlled vocabulary, and which ones a release seems to be about.

``resources/vocabularies/subjects.csv`` has the columns ``ref,label,triggers``;
triggers are words or phrases separated by ``|``. An editor may add subject
vocabularies of their own: a CSV of the same shape, or a SKOS concept scheme
(each concept a subject: its URI the ref, its preferred label the label, every
label a trigger). The suggestion is a plain
count of trigger mentions in the headline (counted twice) and the body: the
editor picks, the count only orders the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from app.annotate.vocabulary import csv_rows, is_xml, read_text
from app.formats.errors import FormatError
from app.model import Release


@dataclass(frozen=True, slots=True)
class Subject:
    ref: str
    label: str
    triggers: tuple[str, ...]


def load_subjects(path: str | Path) -> list[Subject]:
    """Read a subjects CSV (ref, label, triggers)."""
    path = Path(path)
    subjects = []
    for line, row in csv_rows(read_text(path), str(path), ("ref", "label")):
        if not row["ref"] or not row["label"]:
            raise FormatError("a subject needs a ref and a label", source=str(path), line=line)
        triggers = tuple(t.strip() for t in row.get("triggers", "").split("|") if t.strip())
        subjects.append(Subject(row["ref"], row["label"], triggers))
    return subjects


def subjects_from_skos(path: str | Path) -> list[Subject]:
    """The concepts of a SKOS (RDF/XML) file as subjects, in the file's order."""
    from app.annotate.skos import load_skos  # lxml and RDF only for a SKOS file: the form's CSV loads without

    path = Path(path)
    labels: dict[str, str] = {}
    triggers: dict[str, list[str]] = {}
    for term in load_skos(path).terms.values():
        if term.ref is None:
            raise FormatError(f"the concept {term.name!r} has no rdf:about", source=str(path),
                              hint="a subject is stored by its concept's URI: give every concept an rdf:about")
        labels.setdefault(term.ref, term.name)
        triggers.setdefault(term.ref, []).append(term.term)
    return [Subject(ref, label, tuple(triggers[ref])) for ref, label in labels.items()]


def load_subject_vocabulary(path: str | Path) -> list[Subject]:
    """Subjects from a CSV like the shipped one or from a SKOS concept scheme, told apart by content."""
    path = Path(path)
    return subjects_from_skos(path) if is_xml(path) else load_subjects(path)


def suggest_subjects(release: Release, subjects: list[Subject], *, limit: int = 3,
                     minimum: int = 2) -> list[tuple[Subject, int]]:
    """The subjects whose triggers the release mentions most, with their counts, best first."""
    body = "\n".join(p.text for p in release.body)
    scored = []
    for subject in subjects:
        if subject.ref in release.subjects or subject.label in release.subjects:
            continue
        if not subject.triggers:
            continue
        # acronym triggers ("SME") keep their case; words match in any case
        pattern = re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(t) if t.isupper() else f"(?i:{re.escape(t)})" for t in subject.triggers)
            + r")(?!\w)"
        )
        count = 2 * len(pattern.findall(release.headline)) + len(pattern.findall(body))
        if count >= minimum:
            scored.append((subject, count))
    scored.sort(key=lambda item: -item[1])
    return scored[:limit]
