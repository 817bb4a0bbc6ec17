"""Word releases as people write them: every part of the document read, Word's own formatting as signals."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from app.formats import docx_draft, import_path
from app.formats.textparse.learn.__main__ import own_word_releases
from app.formats.textparse.learn.align import load_corpus
from app.formats.textparse.learn.fields import outcomes

WORD = own_word_releases()


def _save(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _headline(document: docx.document.Document, text: str, size: int = 20) -> None:
    p = document.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)


BODY = [
    "LEEDS, 4 March 2024 – Harrowgate Mills today opened a weaving school in its old dye house, the first in the "
    "city for forty years, with places for thirty apprentices a year.",
    "The school will teach hand and power-loom weaving, pattern design and the repair of old machines, and is paid "
    "for by the mill and a grant from the county.",
    "“We kept the looms because we hoped for this day,” said the mill's director, Agnes Pryor.",
]


def _release(document: docx.document.Document) -> None:
    _headline(document, "Harrowgate Mills opens a weaving school in its old dye house")
    for text in BODY:
        document.add_paragraph(text)


def test_lines_carry_words_own_signals() -> None:
    """Bold, size and centring of the headline, and the part a line came from, reach the labeller."""
    document = docx.Document()
    _release(document)
    lines = docx_draft.word_lines(_save(document), "mill.docx")
    head = lines[0]
    assert head.text.startswith("Harrowgate Mills opens")
    assert {"w:bold", "w:size=big", "w:align=center", "w:part=body"} <= set(head.signals)
    assert "w:bold" not in lines[1].signals


def test_a_contact_only_in_the_page_footer_is_found() -> None:
    """The footer is read (once, however many pages repeat it), and its contact becomes the release's."""
    document = docx.Document()
    _release(document)
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Media: Tom Ashby, tom.ashby@harrowgate.example, +44 113 496 0321"
    release = docx_draft.read(_save(document), "mill.docx")
    assert release.headline == "Harrowgate Mills opens a weaving school in its old dye house"
    assert "tom.ashby@harrowgate.example" in [c.email for c in release.contacts]
    assert release.dateline.place == "LEEDS"


def test_a_release_in_a_layout_table_is_read_cell_by_cell() -> None:
    """A release laid out in a table (the text in one cell, the contact in another) reads like any other."""
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    side, main = table.rows[0].cells
    side.paragraphs[0].text = "CONTACT"
    side.add_paragraph("Ruth Fennimore")
    side.add_paragraph("ruth@harrowgate.example")
    main.paragraphs[0].text = "Harrowgate Mills opens a weaving school in its old dye house"
    main.paragraphs[0].runs[0].bold = True
    main.paragraphs[0].runs[0].font.size = Pt(18)
    for text in BODY:
        main.add_paragraph(text)
    release = docx_draft.read(_save(document), "table.docx")
    assert release.body[0].text.startswith("Harrowgate Mills today opened")
    assert len(release.body) == 3
    assert "ruth@harrowgate.example" in [c.email for c in release.contacts]


def test_one_paragraph_of_soft_line_breaks_is_split_into_lines() -> None:
    """A release typed as one paragraph with Shift+Enter still has a headline and a body."""
    document = docx.Document()
    p = document.add_paragraph()
    for n, text in enumerate(["Harrowgate Mills opens a weaving school in its old dye house", *BODY]):
        run = p.add_run(text)
        if n < len(BODY):
            run.add_break()
    lines = docx_draft.word_lines(_save(document), "soft.docx")
    assert [line.text for line in lines][:2] == ["Harrowgate Mills opens a weaving school in its old dye house",
                                                 BODY[0]]
    release = docx_draft.read(_save(document), "soft.docx")
    assert release.headline.startswith("Harrowgate Mills opens")
    assert release.dateline.place == "LEEDS"


def test_a_tab_run_splits_a_line_into_cells() -> None:
    """"Name⇥⇥⇥FOR IMMEDIATE RELEASE" at the top is a contact and a label, not one line."""
    document = docx.Document()
    document.add_paragraph("Contact: Jane Roe\t\t\tFOR IMMEDIATE RELEASE")
    _release(document)
    texts = [line.text for line in docx_draft.word_lines(_save(document), "tabs.docx")]
    assert texts[:2] == ["Contact: Jane Roe", "FOR IMMEDIATE RELEASE"]


def test_a_template_label_is_not_part_of_the_field_and_a_placeholder_is_reported() -> None:
    """"Headline:" is dropped from the headline; "[City, Date]" is reported unfilled and the dateline marked."""
    document = docx.Document()
    _headline(document, "Headline: Harrowgate Mills opens a weaving school")
    document.add_paragraph("[City, Date] – " + BODY[0].split(" – ", 1)[1])
    document.add_paragraph(BODY[1])
    release, warnings = docx_draft.read_with_warnings(_save(document), "template.docx")
    assert release.headline == "Harrowgate Mills opens a weaving school"
    assert any("unfilled placeholder [City, Date]" in w for w in warnings)
    assert release.confidence["dateline"] < 0.5


def test_import_path_keeps_the_labelled_lines_of_a_word_release(tmp_path: Path) -> None:
    document = docx.Document()
    _release(document)
    path = tmp_path / "mill.docx"
    path.write_bytes(_save(document))
    imported = import_path(path)
    assert imported is not None
    assert imported.rows[0].label == "headline"
    assert imported.release.headline.startswith("Harrowgate Mills")


@pytest.mark.skipif(not (WORD / "raw").is_dir(), reason="our Word releases are generated by make_word_releases.py")
def test_our_word_releases_align_with_their_truth() -> None:
    examples, problems = load_corpus(WORD)
    assert problems == []
    assert len(examples) >= 25


@pytest.mark.parametrize("raw", sorted((WORD / "raw").glob("*.docx")), ids=lambda p: p.stem)
def test_each_of_our_word_releases_gets_its_headline_and_date(raw: Path) -> None:
    """The headline and the dateline date of each of our Word releases come out as recorded."""
    truth = json.loads((WORD / "truth" / (raw.stem + ".json")).read_text(encoding="utf-8"))
    release = docx_draft.read(raw.read_bytes(), raw.name)
    found = dict(outcomes(release, truth))
    assert found["headline"], release.headline
    assert found["dateline_date"], release.dateline


def test_two_data_tables_one_after_the_other_are_two_blocks() -> None:
    """Rows of one data table read as one block; the next table, right under it, starts a block of its own,
    the same on every run (tables were told apart by where Python happened to keep them in memory)."""
    document = docx.Document()
    _release(document)
    for label in ("Crossing", "Fare"):
        table = document.add_table(rows=3, cols=2)
        for n, row in enumerate(table.rows):
            row.cells[0].text = f"{label} row {n}"
            row.cells[1].text = f"value {n}"
    lines = docx_draft.word_lines(_save(document), "timetable.docx")
    blocks = {line.text: line.block for line in lines if " row " in line.text}
    crossings = {blocks[f"Crossing row {n} | value {n}"] for n in range(3)}
    fares = {blocks[f"Fare row {n} | value {n}"] for n in range(3)}
    assert len(crossings) == 1
    assert len(fares) == 1
    assert crossings != fares
