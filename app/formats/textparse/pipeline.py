"""One importer for text and Word: lines -> labels -> fields, and what an editor's correction changes.

``import_lines`` runs the labeller over a release's lines (from ``segment`` for text,
from the Word reader for .docx) and assembles the Release. The result keeps the
labelled lines, so the window can show the source with each line's label
(View > Import Source) and ``relabel`` can assemble the release again after the
editor gives a line another label. ``left_out`` names every line that went into no
field: the import report, so nothing is dropped in silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.formats.textparse.assemble import assemble
from app.formats.textparse.labeller import LABELS, Labelled, labeller
from app.formats.textparse.language import detect_language
from app.formats.textparse.notes import group_blocks
from app.formats.textparse.placeholders import placeholders
from app.formats.textparse.segment import Line
from app.formats.textparse.topmatter import scan
from app.model import PLACEHOLDER_ID, Dateline, Paragraph, Release, words_id

# labels whose lines end in no field of the release
_LEFT_OUT = frozenset({"kicker", "other", "end"})
# the labels an editor can give a line in Import Source, and what each means to the assembler
EDITOR_LABELS: dict[str, str] = {
    "headline": "headline",
    "subheadline": "subheadline",
    "dateline": "date",
    "byline": "byline",
    "body": "body",
    "contact": "contact",
    "boilerplate": "boiler",
    "ignore": "other",
}
_BULLET = re.compile(r"^[•▪◦‣]\s+")


@dataclass
class Imported:
    """A release as imported, the labelled lines it came from, and what the reader warned about."""

    release: Release
    rows: list[Labelled]
    reader_warnings: list[str] = field(default_factory=list)  # what the file's reader left out or changed
    notes: list[str] = field(default_factory=list)  # what the assembler left out
    source: str = "<input>"
    # rows read into the embargo or the reference (in a field, not left out), each with its field
    read_into: dict[int, str] = field(default_factory=dict)

    @property
    def warnings(self) -> list[str]:
        return [*self.reader_warnings, *self.notes]

    def left_out(self) -> list[Line]:
        """The lines that went into no field (labels, footers, end marks): the import report."""
        return [r.line for i, r in enumerate(self.rows) if r.label in _LEFT_OUT and i not in self.read_into]

    def report(self) -> list[str]:
        """One line per left-out line, "line N: text", for the window's import report and stderr."""
        return [f"line {line.number}: {line.text}" for line in self.left_out()]


def import_lines(lines: list[Line], source: str = "<input>", warnings: list[str] | None = None,
                 rows: list[Labelled] | None = None) -> Imported:
    """The release the labelled ``lines`` make (``rows`` when the labels are already known)."""
    word = any("w:docx" in line.signals for line in lines[:1])
    rows = rows if rows is not None else labeller(word=word).label(lines)
    # the body's language, not the letterhead's ("English headline over a Spanish body")
    body_text = "\n".join(r.line.text for r in rows if r.label == "body") or "\n".join(r.line.text for r in rows)
    language, language_confidence = detect_language(body_text)
    layout = assemble(list(rows), language)
    top = scan(rows, language, layout.date)
    if top.fields:
        # the assembler does not see those lines at all: an embargo line is no dateline, headline or body (not
        # even where it falls back to the likeliest line), and no kicker it reports as left out
        layout = assemble([r for i, r in enumerate(rows) if i not in top.fields], language)
    confidence = dict(layout.confidence)
    confidence["language"] = language_confidence
    release = Release(
        id=PLACEHOLDER_ID,
        language=language,
        headline=layout.headline,
        subheadline=layout.subheadline,
        byline=layout.byline,
        dateline=Dateline(place=layout.place, date=layout.date, text=layout.dateline_text),
        body=[_paragraph(n, p) for n, p in enumerate(layout.body, start=1)],
        boilerplate=group_blocks(layout.boilerplate),
        photo_credits=layout.photo_credits,
        contacts=layout.contacts,
        embargo=top.embargo,
        reference=top.reference,
        confidence={k: round(min(1.0, max(0.0, v)), 2) for k, v in confidence.items()},
    )
    # the same headline and body are the same release, whichever file (text or Word) they came in
    release.id = words_id(release.headline, (p.text for p in release.body))
    notes = list(layout.notes) + _unfilled(release)
    return Imported(release, rows, list(warnings or []), notes, source, dict(top.fields))


def _unfilled(release: Release) -> list[str]:
    """Template placeholders left in the release, each reported; their fields are marked for the editor."""
    found: list[str] = []
    fields = {
        "headline": [release.headline], "subheadline": [release.subheadline or ""],
        "dateline": [release.dateline.text or ""], "body": [p.text for p in release.body],
        "contacts": [str(v) for c in release.contacts for v in c.__dict__.values() if v],
        "photo_credits": [release.photo_credits or ""],
    }
    for name, texts in fields.items():
        marks = [m for t in texts for m in placeholders(t)]
        if marks:
            found.append(f"{name}: unfilled placeholder {', '.join(dict.fromkeys(marks))} — fill it in or remove it")
            release.confidence[name] = min(release.confidence.get(name, 1.0), 0.2)
    return found


def _paragraph(n: int, text: str) -> Paragraph:
    """A body paragraph; a single bulleted line ("• text", as our text export prints one) is a list item."""
    if "\n" not in text and _BULLET.match(text):
        return Paragraph(id=f"p{n}", text=_BULLET.sub("", text), kind="list-item")
    return Paragraph(id=f"p{n}", text=text)


def relabel(imported: Imported, index: int, label: str) -> Imported:
    """The import again, with line ``index`` given ``label`` (one of EDITOR_LABELS) by the editor."""
    if label not in EDITOR_LABELS:
        raise ValueError(f"{label!r} is not a label an editor can give; choose one of {', '.join(EDITOR_LABELS)}")
    inner = EDITOR_LABELS[label]
    rows = list(imported.rows)
    old = rows[index]
    rows[index] = Labelled(old.line, inner, 1.0, {lab: float(lab == inner) for lab in LABELS}, forced=True)
    return import_lines([r.line for r in rows], imported.source, imported.reader_warnings, rows)
