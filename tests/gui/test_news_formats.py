"""News formats in the window: a byline field, subheads and list items marked, NewsML-G2 opened and exported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from app.formats import newsmlg2
from app.gui.widgets.body_editor import PARAGRAPH_MARKS
from app.gui.window.mainwindow import MainWindow
from app.model import Paragraph, Release
from tests.gui.helpers import StubDialogs, sample_release

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nitf"


def test_byline_is_a_field_i_can_type_in_and_undo(loaded: MainWindow) -> None:
    """Typing in the byline field sets the release's byline; Undo takes it back."""
    loaded.form.byline.setFocus()
    QTest.keyClicks(loaded.form.byline, "By Kari Nordmann")
    assert loaded.session.release.byline == "By Kari Nordmann"
    assert loaded.isWindowModified()
    loaded.session.undo_stack.undo()
    assert loaded.session.release.byline is None
    assert loaded.form.byline.text() == ""


def test_an_nitf_byline_shows_in_the_form(window: MainWindow, dialogs: StubDialogs) -> None:
    """Opening an NITF story with a byline shows it in the Byline field, and the table left out is reported."""
    dialogs.open_paths.append(FIXTURES / "nitf-3.1-doctype-latin1.xml")
    window.open_action.trigger()
    assert not dialogs.errors
    assert window.form.byline.text() == "Av Kari Nordmann, havnereporter"
    assert any("<table>" in w for _, ws in dialogs.warnings for w in ws)


def _gutter_image(window: MainWindow, kinds: list[str]) -> QImage:
    texts = ["The harbour reopens on Monday.", "New moorings", "Ten new berths", "A fuel pier"]
    window.session.load(Release(headline="Harbour news", body=[
        Paragraph(f"p{i}", t, kind=k) for i, (t, k) in enumerate(zip(texts, kinds, strict=True), 1)]), None, None)
    window.form.body.viewport().repaint()
    return window.form.body._gutter.grab().toImage()  # the gutter is what the user looks at


def _row_differs(a: QImage, b: QImage, line: int, height: int) -> bool:
    return any(a.pixel(x, y) != b.pixel(x, y) for y in range(line * height, (line + 1) * height)
               for x in range(min(a.width(), b.width())))


def test_subheads_and_list_items_are_marked_beside_their_number(window: MainWindow) -> None:
    """In the body, a subhead shows H and a list item a bullet beside its number; running text shows the number only."""
    plain = _gutter_image(window, ["body"] * 4)
    marked = _gutter_image(window, ["body", "subhead", "list-item", "list-item"])
    height = window.form.body.fontMetrics().height()
    assert not _row_differs(plain, marked, 0, height), "running text is drawn as before"
    assert all(_row_differs(plain, marked, row, height) for row in (1, 2, 3)), "subhead and items carry a mark"
    assert [PARAGRAPH_MARKS.get(p.kind, "") for p in window.session.release.body] == ["", "H", "\u2022", "\u2022"]


def test_export_as_newsml_g2_opens_again(loaded: MainWindow, qtbot, tmp_path: Path) -> None:
    """File > Export offers NewsML-G2; the file it writes opens again with the same fields."""
    loaded.exports.action.trigger()
    dialog = loaded.exports.dialog
    assert dialog is not None
    dialog.set_format("newsmlg2")
    assert dialog.path_edit.text().endswith(".newsml.xml")
    target = tmp_path / "item.newsml.xml"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(loaded.exports.finished, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert newsmlg2.read(target.read_bytes()) == sample_release()
    loaded.new_action.trigger()
    assert loaded.open_path(target)
    assert loaded.session.release == sample_release()


def test_about_credits_the_shipped_iptc_schemas(window: MainWindow, dialogs: StubDialogs) -> None:
    """Help > About says the built-in NITF and NewsML-G2 profiles use IPTC's schemas, shipped unchanged."""
    window.help.about_action.trigger()
    _title, text = dialogs.about[-1]
    assert "NITF 3.6 XML Schema © IPTC" in text
    assert "schemas/iptc/" in text
    assert "NOTICE" in text
