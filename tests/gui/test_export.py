"""Exports and imports from the window: File > Export…, Settings > Briefing Template…, opening Word and NITF."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt

from app.formats import docx_briefing, docx_draft, nitf, release_xml, text
from app.gui.common.settings import Paths, Settings
from app.gui.window.mainwindow import MainWindow
from app.model import Comment, Release, flat_boilerplate
from tests.gui.helpers import StubDialogs, sample_release


def _export(qtbot, window: MainWindow, fmt: str, path: Path, **options: object) -> None:
    """Trigger File > Export…, fill in the dialog as a user would, click Export and wait for the file."""
    window.exports.action.trigger()
    dialog = window.exports.dialog
    assert dialog is not None
    assert dialog.isVisible()
    dialog.set_format(fmt)
    dialog.path_edit.setText(str(path))
    if "purpose" in options:
        dialog.purpose_edit.setText(str(options["purpose"]))
    if "organisation" in options:
        dialog.organisation_edit.setText(str(options["organisation"]))
    if options.get("include_comments"):
        dialog.include_comments.setChecked(True)
    with qtbot.waitSignal(window.exports.finished, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert window.exports.dialog is None, "the dialog closed"


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def _texts(release: Release) -> list[str]:
    return [p.text for p in release.body]


def test_briefing_note_export_reads_back(loaded: MainWindow, qtbot, tmp_path: Path) -> None:
    """Exporting a briefing note writes a Word file that reads back with my headline, paragraphs and purpose."""
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "note.docx"
    _export(qtbot, loaded, "docx", target, purpose="For the minister's visit on Friday.", organisation="Port Office")
    release = sample_release()
    back = docx_draft.read(target.read_bytes(), str(target))
    assert back.headline == release.headline
    assert _texts(back) == _texts(release)
    document = _parts(target)["word/document.xml"].decode()
    assert "For the minister&apos;s visit on Friday." in document or "For the minister's visit on Friday." in document
    assert any(b"Port Office" in data for name, data in _parts(target).items() if name.startswith("word/header"))
    assert [p.name for p in target.parent.iterdir()] == ["note.docx"], "no temp files left behind"
    assert "Exported to note.docx" in loaded.statusBar().currentMessage()


def test_briefing_note_includes_comments_when_asked(loaded: MainWindow, qtbot, tmp_path: Path) -> None:
    """Ticking 'Include comments' puts the editors' comments into the Word file as Word comments."""
    when = dt.datetime(2024, 3, 5, 9, 30, tzinfo=dt.UTC)
    loaded.session.release.comments.append(Comment("c1", "p2", "Ana Silva", when, "Check the guild's name", 20, 32))
    target = tmp_path / "commented.docx"
    _export(qtbot, loaded, "docx", target, include_comments=True)
    assert b"Check the guild" in _parts(target)["word/comments.xml"]


@pytest.mark.parametrize(
    ("fmt", "name", "read"),
    [("nitf", "out.nitf.xml", nitf.read), ("txt", "out.txt", text.read), ("xml", "out.release.xml", release_xml.read)],
)
def test_export_writes_a_file_its_reader_opens(loaded: MainWindow, qtbot, tmp_path: Path, *, fmt: str, name: str,
                                               read) -> None:  # type: ignore[no-untyped-def]
    """NITF, plain text and Release XML exports open again with the same headline and paragraphs."""
    target = tmp_path / name
    _export(qtbot, loaded, fmt, target)
    back = read(target.read_bytes(), str(target))
    release = sample_release()
    assert back.headline == release.headline
    assert _texts(back) == _texts(release)
    if fmt == "xml":
        assert back == release


def test_invalid_release_is_not_exported_as_xml_unless_i_confirm(loaded: MainWindow, dialogs: StubDialogs, qtbot,
                                                                 tmp_path: Path) -> None:
    """Release XML with errors is refused unless I answer Yes to 'Export anyway?'."""
    loaded.session.release.contacts[0].email = "not an address"
    target = tmp_path / "invalid.release.xml"
    dialogs.export_invalid = False
    loaded.exports.action.trigger()
    dialog = loaded.exports.dialog
    dialog.set_format("xml")
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(loaded.exports.failed, timeout=30_000):
        dialog.export_button.click()
    assert ("export_invalid", 1) in dialogs.asked
    assert not target.exists()
    assert "Not exported" in loaded.statusBar().currentMessage()

    dialogs.export_invalid = True
    _export(qtbot, loaded, "xml", target)
    assert release_xml.read(target.read_bytes(), str(target), strict=False).contacts[0].email == "not an address"


def test_control_characters_are_reported_after_export(loaded: MainWindow, dialogs: StubDialogs, qtbot,
                                                      tmp_path: Path) -> None:
    """A control character XML cannot carry is stripped from the export, and I am told so."""
    loaded.session.release.photo_credits = "City of Lisbon\x07"
    target = tmp_path / "bell.release.xml"
    _export(qtbot, loaded, "xml", target)
    assert b"\x07" not in target.read_bytes()
    assert dialogs.warnings
    assert dialogs.warnings[-1][0] == "Exported with changes"


def test_preview_shows_the_note_and_follows_the_purpose(loaded: MainWindow, qtbot) -> None:
    """The preview shows the headline and the note's sections, and changes when I type a new purpose."""
    dialog = loaded.exports.open_dialog()
    shown = dialog.preview.toPlainText()
    assert sample_release().headline in shown
    for section in ("Purpose", "Summary", "Background", "Contacts", "Photo credits"):
        assert section in shown
    dialog.purpose_edit.setText("To prepare the mayor's questions")
    qtbot.waitUntil(lambda: "To prepare the mayor's questions" in dialog.preview.toPlainText())
    dialog.set_format("txt")
    assert "Photo Credits: City of Lisbon/R. Costa" in dialog.preview.toPlainText()
    dialog.reject()


def test_destination_follows_the_format_and_browse(loaded: MainWindow, dialogs: StubDialogs, tmp_path: Path) -> None:
    """Switching the format changes the file's extension; Browse puts the chosen file in the field."""
    dialog = loaded.exports.open_dialog()
    assert dialog.path_edit.text().endswith("release.docx")
    dialog.set_format("nitf")
    assert dialog.path_edit.text().endswith("release.nitf.xml")
    dialogs.export_paths.append(tmp_path / "chosen.txt")
    dialog.browse_button.click()
    assert dialog.path_edit.text() == str(tmp_path / "chosen.txt")
    dialog.reject()


def test_existing_file_is_replaced_only_when_i_agree(loaded: MainWindow, dialogs: StubDialogs, tmp_path: Path) -> None:
    """Typing the name of a file that exists asks before replacing it; No keeps the dialog open."""
    target = tmp_path / "old.txt"
    target.write_text("keep me")
    dialog = loaded.exports.open_dialog()
    dialog.set_format("txt")
    dialog.path_edit.setText(str(target))
    dialogs.replace_file = False
    dialog.export_button.click()
    assert ("replace", str(target)) in dialogs.asked
    assert dialog.isVisible()
    assert target.read_text() == "keep me"
    dialog.reject()


def _template_without(tmp_path: Path, style: str) -> Path:
    template = docx.Document(str(docx_briefing.default_template()))
    template.styles[style].delete()
    path = tmp_path / "no-bullets.docx"
    template.save(str(path))
    return path


def test_template_missing_a_style_is_refused(loaded: MainWindow, dialogs: StubDialogs, tmp_path: Path) -> None:
    """Choosing a template that lost the 'List Bullet' style is refused with a message naming the style."""
    dialogs.template_paths.append(_template_without(tmp_path, "List Bullet"))
    loaded.exports.template.choose_action.trigger()
    assert dialogs.errors
    assert dialogs.errors[-1][0] == "Cannot use this template"
    assert "List Bullet" in dialogs.errors[-1][1]
    assert loaded.preferences.briefing_template == ""


def test_my_template_is_used_and_remembered(make_window, dialogs: StubDialogs, paths: Paths, qtbot,
                                            tmp_path: Path) -> None:
    """A template I choose is used for the next note, kept for next time, and Reset goes back to the built-in one."""
    template = docx.Document(str(docx_briefing.default_template()))
    template.styles["Heading 1"].font.size = docx.shared.Pt(17)
    mine = tmp_path / "ours.docx"
    template.save(str(mine))
    window = make_window()
    window.session.load(sample_release(), None, None)
    dialogs.template_paths.append(mine)
    window.exports.template.choose_action.trigger()
    assert not dialogs.errors
    assert window.preferences.briefing_template == str(mine.resolve())
    target = tmp_path / "note.docx"
    _export(qtbot, window, "docx", target)
    assert b'w:val="34"' in _parts(target)["word/styles.xml"]  # 17 pt in half-points
    assert Settings(paths).preferences().briefing_template == str(mine.resolve()), "kept for next time"
    window.exports.template.reset_action.trigger()
    assert window.preferences.briefing_template == ""
    assert not window.exports.template.reset_action.isEnabled()


def test_word_draft_with_a_table_opens_and_keeps_the_table_text(window: MainWindow, dialogs: StubDialogs,
                                                                  tmp_path: Path) -> None:
    """Opening a Word draft fills the form; its table is read, into the release or listed as left out."""
    document = docx.Document()
    document.add_paragraph("Harbour town opens a repair café for fishing gear", style="Title")
    document.add_paragraph("PORTLAND BAY, 12 March 2024 - The harbour board opened a repair café on the quay today.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Tonnes repaired"
    document.add_paragraph("The café opens every weekday.")
    out = io.BytesIO()
    document.save(out)
    draft = tmp_path / "draft.docx"
    draft.write_bytes(out.getvalue())
    dialogs.open_paths.append(draft)
    window.open_action.trigger()
    assert window.form.headline.text() == "Harbour town opens a repair café for fishing gear"
    release = window.session.release
    assert release.dateline.place == "PORTLAND BAY"
    imported = window.session.imported
    assert imported is not None
    kept = [p.text for p in release.body] + flat_boilerplate(release) + [line.text for line in imported.left_out()]
    assert any("Tonnes repaired" in k for k in kept)


_WIRE = b"""<?xml version="1.0"?>
<nitf>
  <body>
    <body.head><hedline><hl1>Ferry timetable changes for the winter</hl1></hedline></body.head>
    <body.content>
      <p>The <org>Island Ferry Company</org> will run four crossings a day from November.</p>
      <p>Bicycles travel free.</p>
    </body.content>
  </body>
</nitf>"""


def test_nitf_file_opens_in_the_form(window: MainWindow, dialogs: StubDialogs, tmp_path: Path) -> None:
    """An NITF file from a partner opens into the form, even named .xml, and its oddities are reported."""
    wire = tmp_path / "wire.xml"
    wire.write_bytes(_WIRE)
    dialogs.open_paths.append(wire)
    window.open_action.trigger()
    assert not dialogs.errors
    assert window.form.headline.text() == "Ferry timetable changes for the winter"
    assert _texts(window.session.release) == [
        "The Island Ferry Company will run four crossings a day from November.", "Bicycles travel free."]
    assert any("namespace" in w for _, ws in dialogs.warnings for w in ws)


def test_exported_nitf_opens_again(loaded: MainWindow, qtbot, tmp_path: Path) -> None:
    """A release exported as NITF opens back into the window with the same fields I exported."""
    target = tmp_path / "partner.nitf.xml"
    _export(qtbot, loaded, "nitf", target)
    loaded.new_action.trigger()
    assert loaded.open_path(target)
    assert loaded.form.headline.text() == sample_release().headline
    assert _texts(loaded.session.release) == _texts(sample_release())


@pytest.mark.slow
def test_render_with_libreoffice_shows_page_one(loaded: MainWindow, qtbot) -> None:
    """'Render with LibreOffice' replaces the preview with page 1 of the note as LibreOffice draws it."""
    dialog = loaded.exports.open_dialog()
    assert dialog.render_button.isEnabled(), "LibreOffice and pdftoppm are installed where the tests run"
    with qtbot.waitSignal(dialog.renderer.rendered, timeout=180_000) as rendered:
        dialog.render_button.click()
    image = rendered.args[0]
    assert image.height() > image.width(), "a portrait page"
    assert dialog.preview.toPlainText().strip() == "\ufffc", "the preview holds the page image only"
    assert dialog.preview_note.text().startswith("Page 1 as LibreOffice")
    dialog.purpose_edit.setText("Back to the live preview")
    dialog.refresh_preview()
    assert "Back to the live preview" in dialog.preview.toPlainText()
    dialog.reject()


def test_render_button_says_what_is_missing(loaded: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    """Without LibreOffice installed, the render button is off and its tip says what to install."""
    monkeypatch.setenv("PATH", str(tmp_path))
    dialog = loaded.exports.open_dialog()
    assert not dialog.render_button.isEnabled()
    assert "soffice" in dialog.render_button.toolTip()
    dialog.reject()


def test_a_purpose_i_write_becomes_the_releases_and_undo_takes_it_back(loaded: MainWindow, qtbot,
                                                                        tmp_path: Path) -> None:
    """The purpose line I write for a briefing note is kept with the release (the next export starts from it, and
    a template saved from the release carries it); Undo takes it back."""
    purpose = "For the harbour board: what changes for the night crossings."
    _export(qtbot, loaded, "docx", tmp_path / "note.docx", purpose=purpose)
    assert loaded.session.release.briefing_purpose == purpose
    loaded.exports.action.trigger()
    dialog = loaded.exports.dialog
    assert dialog is not None
    assert dialog.purpose_edit.text() == purpose
    dialog.reject()
    loaded.session.undo_stack.undo()
    assert loaded.session.release.briefing_purpose is None


@pytest.mark.parametrize(("fmt", "name"), [("nitf", "partner.nitf.xml"), ("newsmlg2", "partner.newsml.xml")])
def test_nitf_and_newsml_previews_are_laid_out_and_the_file_is_not(loaded: MainWindow, qtbot, tmp_path: Path,
                                                                    fmt: str, name: str) -> None:
    """The NITF and NewsML-G2 previews show one element a line, indented, down to the headline and the body's
    paragraphs; the file exported is still written as the writer writes it, on one line."""
    loaded.exports.action.trigger()
    dialog = loaded.exports.dialog
    dialog.set_format(fmt)
    lines = [line.strip() for line in dialog.preview.toPlainText().splitlines()]
    assert len(lines) > 20
    assert lines[0].startswith("<?xml")
    headline = sample_release().headline
    assert any(line.startswith("<") and line.endswith(">") and headline in line and len(line) < len(headline) + 60
               for line in lines), "the headline's element has a line of its own"
    first = sample_release().body[0].text
    assert any(line.startswith("<p") and first.split()[0] in line for line in lines)
    dialog.reject()
    target = tmp_path / name
    _export(qtbot, loaded, fmt, target)
    written = target.read_bytes()
    assert written.count(b"\n") <= 2, "the file keeps the writer's layout"
    assert b"\n  <" not in written
