"""Word layouts the importer reads by their formatting, not by their styles: tests with files we build here."""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from app.formats import docx_draft
from app.formats.textparse.learn.fields import outcomes

BODY = [
    "OSLO, 12 May 2025 – Fjordlys Energi will light the harbour promenade with lamps that draw their power from "
    "the tide, the company said on Monday, after two winters of trials at the ferry quay.",
    "The forty lamps store what a small turbine under the pier makes at each turn of the tide and give it back "
    "after dark, so the promenade no longer needs a cable from the town grid.",
    "“The sea turns twice a day whether we ask it or not,” said the project's engineer, Sigrid Haugland. “We only "
    "had to learn to keep what it gives.”",
]


def _save(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _para(document: docx.document.Document, text: str, *, style: str | None = None, bold: bool = False,
          size: int | None = None, center: bool = False, italic: bool = False) -> None:
    p = document.add_paragraph(style=style)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold, run.italic = bold or None, italic or None
    if size:
        run.font.size = Pt(size)


def _read(document: docx.document.Document, name: str = "release.docx"):
    return docx_draft.import_docx(_save(document), name)


def test_a_document_typed_all_in_one_heading_style_is_read_by_its_formatting() -> None:
    """When every paragraph is in "Heading 2", the style says nothing: the bold, larger, centred line is the
    headline, and the course-paper names above it are not contacts."""
    document = docx.Document()
    for line in ("Haugland 1", "Ola Nordmann", "Professor Kari Lie", "JOUR 210", "12 May 2025"):
        _para(document, line, style="Heading 2", size=11)
    _para(document, "Fjordlys Energi lights the harbour with the tide", style="Heading 2", bold=True, size=14,
          center=True)
    _para(document, "Forty promenade lamps run on what a turbine under the pier stores", style="Heading 2",
          bold=True, size=14, center=True)
    for text in BODY:
        _para(document, text, style="Heading 2", size=11)
    release = _read(document).release
    assert release.headline == "Fjordlys Energi lights the harbour with the tide"
    assert release.subheadline == "Forty promenade lamps run on what a turbine under the pier stores"
    assert release.body[0].text.startswith("Fjordlys Energi will light")
    assert release.contacts == []


def test_the_one_line_set_larger_than_the_rest_is_the_headline() -> None:
    """An all-caps headline under a label and a contact line is the headline because it is the largest type at
    the top; the all-caps line under it in smaller type is the deck."""
    document = docx.Document()
    _para(document, "FOR IMMEDIATE RELEASE", bold=True)
    _para(document, "Contact: Sigrid Haugland | Fjordlys Energi | press@fjordlys.example", bold=True)
    _para(document, "FJORDLYS ENERGI LIGHTS THE OSLO HARBOUR WITH THE TIDE FROM 1 JUNE", bold=True, size=15,
          center=True)
    _para(document, "FORTY LAMPS, ONE TURBINE UNDER THE PIER AND NO CABLE FROM THE GRID", bold=True, center=True)
    for text in BODY:
        _para(document, text)
    imported = _read(document)
    release = imported.release
    assert release.headline == "FJORDLYS ENERGI LIGHTS THE OSLO HARBOUR WITH THE TIDE FROM 1 JUNE"
    assert release.subheadline == "FORTY LAMPS, ONE TURBINE UNDER THE PIER AND NO CABLE FROM THE GRID"
    assert [c.email for c in release.contacts] == ["press@fjordlys.example"]
    assert release.confidence["headline"] >= 0.8


def test_tabs_inside_brackets_do_not_split_a_credit_from_its_paragraph() -> None:
    """"（图|A⇥⇥文|B）" opening a Chinese lead is one credit spaced with tabs, not two lines."""
    document = docx.Document()
    _para(document, "海港长廊用潮汐点亮路灯", size=16, center=True)
    _para(document, "（图|林海\t\t文|周晴）5月12日上午，峡湾之光能源公司宣布，海港长廊的四十盏路灯将全部改用潮汐发电。")
    _para(document, "这些路灯储存码头下方小型涡轮机在每次潮汐转换时产生的电能，并在天黑后释放。")
    _para(document, "项目工程师表示，大海每天涨落两次，我们只需要学会把它给的留下来。")
    imported = _read(document, "haigang.docx")
    release = imported.release
    assert release.body[0].text.startswith("（图|林海")
    assert "5月12日上午" in release.body[0].text
    assert release.photo_credits == "林海"


def test_a_short_block_that_ends_in_a_phone_is_one_contact_with_its_name_and_role() -> None:
    """Contact paragraphs typed with Shift+Enter lines (name, role, "phone or e-mail") each give one contact."""
    document = docx.Document()
    _para(document, "Fjordlys Energi lights the harbour with the tide", bold=True, size=16, center=True)
    for text in BODY:
        _para(document, text)
    _para(document, "Media contacts", bold=True)
    for name, role, reach in (
        ("Sigrid Haugland", "Project engineer, tidal lighting", "+47 912 34 567 or sigrid@fjordlys.example"),
        ("Per Olav Dahl", "Head of communications", "+47 934 56 789 or per@fjordlys.example"),
    ):
        p = document.add_paragraph()
        p.add_run(name).bold = True
        p.add_run().add_break()
        p.add_run(role)
        p.add_run().add_break()
        p.add_run(reach)
    release = _read(document).release
    assert [(c.name, c.email) for c in release.contacts] == [
        ("Sigrid Haugland", "sigrid@fjordlys.example"), ("Per Olav Dahl", "per@fjordlys.example")]


def test_an_end_mark_closes_the_body_after_all_its_sections() -> None:
    """A body in sections under bold subheads runs to the writer's "###", however many sections it has."""
    document = docx.Document()
    _para(document, "Fjordlys Energi lights the harbour with the tide", bold=True, size=18, center=True)
    for text in BODY:
        _para(document, text)
    sections = {
        "Why the tide": "Unlike wind or sun, the tide keeps a timetable that can be printed a year ahead, so the "
                        "lamps never run out before dawn.",
        "What comes next": "If the winter goes as planned, the same turbines will light the ferry waiting room and "
                           "charge the harbour master's electric boat.",
        "Who paid for it": "The municipality paid half of the cost and the company the other half, and the "
                           "university will publish the measurements every month.",
        "How to visit": "The promenade is open day and night, and guided walks leave from the ferry quay on "
                        "Saturdays at eight in the evening.",
    }
    for head, text in sections.items():
        _para(document, head, bold=True, size=13)
        _para(document, text)
    _para(document, "###", center=True)
    _para(document, "Contact: Sigrid Haugland, sigrid@fjordlys.example")
    release = _read(document).release
    assert len(release.body) == len(BODY) + 2 * len(sections)
    assert release.body[-1].text.startswith("The promenade is open")
    assert [c.email for c in release.contacts] == ["sigrid@fjordlys.example"]


def test_a_contact_named_only_in_a_sentence_is_found() -> None:
    """"Contact Sigrid Haugland for more information." at the end is the release's contact."""
    document = docx.Document()
    _para(document, "Fjordlys Energi lights the harbour with the tide", bold=True, size=18, center=True)
    for text in BODY:
        _para(document, text)
    _para(document, "Fjordlys Energi has built small hydro plants on the west coast since 1987. Contact Sigrid "
                    "Haugland for more information.")
    release = _read(document).release
    assert [c.name for c in release.contacts] == ["Sigrid Haugland"]


def _legacy(document: docx.document.Document, text: str, font: str) -> None:
    run = document.add_paragraph().add_run(text)
    run.font.name = font
    run._element.rPr.rFonts.set(qn("w:hAnsi"), font)


def test_text_in_a_legacy_font_is_named_and_every_field_marked_for_the_editor() -> None:
    """A Nepali release typed in the Preeti font (Latin letters drawn as Devanagari) is said to be one: its
    language is Nepali, the report names the font, and no field is offered as sure."""
    document = docx.Document()
    _legacy(document, "sf7df8f}+ gu/df ;fpg k|bz{gL", "Preeti")  # letters as stored, not Unicode
    for text in ("sf7df8f}+ . g]kfn ljB't k|flws/0fn] gof ;]jf ;'? u/]sf] 5 . o; ;]jfn] ;a} u|fxsnfO{ nfe k'¥ofpg] 5 .",
                 "k|flws/0fsf k|aGws lgb]{zsn] eg] ;]jf lgMz'Ns x'g]5 . cfufdL xKtf b]lv o;sf] k|of]u ug{ ;lsg]5 .",
                 "yk hfgsf/Lsf nflu ;Dks{ ug{'xf]; . ;]jf ;+rfngsf] ;do laxfg @ b]lv ;f+em ^ ;Dd /xg]5 ."):
        _legacy(document, text, "Preeti")
    imported = _read(document, "nepali.docx")
    assert imported.release.language == "ne"
    assert any("legacy font Preeti" in w and "nepali.docx" in w for w in imported.warnings)
    assert all(value <= 0.5 for name, value in imported.release.confidence.items() if name != "language")


def test_the_scorer_and_the_importer_agree_on_a_fixture() -> None:
    """Our own field checker judges the headline-by-size release right on every field it names."""
    document = docx.Document()
    _para(document, "FOR IMMEDIATE RELEASE", bold=True)
    _para(document, "Fjordlys Energi lights the Oslo harbour with the tide", bold=True, size=16, center=True)
    for text in BODY:
        _para(document, text)
    release = _read(document).release
    truth = {"language": "en", "headline": "Fjordlys Energi lights the Oslo harbour with the tide",
             "subheadline": None, "dateline_place": "OSLO", "dateline_date": "2025-05-12",
             "body_paragraph_count": 3, "first_body_paragraph_start": "Fjordlys Energi will light",
             "photo_credits": None, "contacts": []}
    assert dict(outcomes(release, truth)) == {name: True for name, _ in outcomes(release, truth)}


def test_a_brand_letterhead_in_large_capitals_is_not_the_headline() -> None:
    """An organisation's name set at 22 pt over the page is a letterhead; the headline is the sentence below it
    in its own large type."""
    document = docx.Document()
    _para(document, "Fjordlys Energy Group Norway", bold=True, size=22)
    _para(document, "Fjordlys Energi lights the Oslo harbour with the tide", bold=True, size=16, center=True)
    for text in BODY:
        _para(document, text)
    release = _read(document).release
    assert release.headline == "Fjordlys Energi lights the Oslo harbour with the tide"


def test_a_small_table_over_the_contact_line_is_no_contact_and_is_kept() -> None:
    """A small table of figures between the body and "Contact: ..." is not read as a contact whose
    organisation is the table's first cell: the contact is the person the line names, and every cell's text
    is still in the release for the editor."""
    document = docx.Document()
    _para(document, "Tide lamps light the harbour promenade", style="Title")
    for text in BODY:
        _para(document, text)
    table = document.add_table(rows=2, cols=2)  # (a row of figures, and a row left empty)
    table.cell(0, 0).text, table.cell(0, 1).text = "Lamps", "40"
    _para(document, "Contact: Sigrid Haugland, presse@fjordlys.example, +47 22 55 51 00")
    release = _read(document).release
    assert [(c.name, c.organisation, c.email) for c in release.contacts] == [
        ("Sigrid Haugland", None, "presse@fjordlys.example")]
    kept = " ".join([p.text for p in release.body] + [
        " ".join([b.heading, *b.paragraphs]) for b in release.boilerplate])
    for cell in ("Lamps", "40"):
        assert cell in kept.split(), cell
