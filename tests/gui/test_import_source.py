"""View > Import Source: the imported lines with their labels, relabelling as one undo step, learning from it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMenu

from app.formats.textparse.labeller import use_model
from app.formats.textparse.learn import corrections
from app.gui.common.settings import Settings
from app.gui.window.mainwindow import MainWindow
from tests.gui.helpers import PROJECT

FIXTURES = PROJECT / "tests" / "fixtures" / "import_source"
ACME = FIXTURES / "acme_plant.txt"  # a house style with a "Words: NAME" byline under the headline
BRIGHTWATER = FIXTURES / "brightwater_mill.txt"  # the same layout, other words
WORDS_ROW = 2  # the "Words: ..." line (the shipped model takes it for the subheadline)


@pytest.fixture(autouse=True)
def _shipped_model_after() -> Iterator[None]:
    """Whatever a test learned, the next test imports with the shipped model."""
    yield
    use_model(None)


def open_import_source(window: MainWindow, path: Path) -> None:
    assert window.open_path(path)
    window.import_source.action.trigger()
    assert window.import_source.dock.isVisible()


def label_as(window: MainWindow, row: int, label: str) -> None:
    """Right-click line ``row`` and choose Label as > ``label``, as the user does."""
    menu = window.import_source.view.label_menu(row)
    sub = next(a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu))
    assert sub.title() == "Label as"
    action = next(a for a in sub.actions() if a.text() == label)
    action.trigger()
    menu.deleteLater()


def test_view_menu_shows_each_line_with_its_label_confidence_and_left_out(window: MainWindow) -> None:
    """View > Import Source lists every line of the text file with its label, colour and confidence, and
    marks the lines that went into no field as left out."""
    titles = [a.text().replace("&", "") for a in window.menus.menu("view").actions()]
    assert "Import Source" in titles
    open_import_source(window, ACME)
    view = window.import_source.view
    texts = [view.table.item(r, 3).text() for r in range(view.row_count())]
    assert texts[0] == "NEWS FROM ACME WIDGETS"
    assert texts[1] == "Acme opens a widget plant in Leeds"
    assert view.row_label(1) == "headline"
    assert view.table.item(1, 2).text().endswith("%")
    assert view.is_left_out(0)
    assert "left out" in view.row_text(0)
    assert "left out" in view.row_text(texts.index("Ends"))
    assert not view.is_left_out(1)
    # a colour per label, and a legend naming each
    assert view.table.item(1, 1).background().color() != view.table.item(3, 1).background().color()
    legend = [chip.text() for chip in view.legend.findChildren(type(view.summary))]
    assert {"headline", "byline", "body", "contact", "ignore"} <= set(legend)
    assert "2 left out" in view.summary.text()


def test_relabel_changes_the_form_in_one_undo_step(window: MainWindow, paths) -> None:
    """Label as byline on the "Words:" line moves it from the subheadline to the byline; one Undo puts
    the form and the labels shown back."""
    open_import_source(window, ACME)
    form, view = window.form, window.import_source.view
    assert form.subheadline.text() == "Words: Jo Bloggs, Acme Widgets press office"
    assert form.byline.text() == ""
    assert view.row_label(WORDS_ROW) == "subheadline"
    steps = window.session.undo_stack.count()

    label_as(window, WORDS_ROW, "byline")
    assert form.byline.text() == "Words: Jo Bloggs, Acme Widgets press office"
    assert form.subheadline.text() == ""
    assert view.row_label(WORDS_ROW) == "byline"
    assert view.table.item(WORDS_ROW, 2).text() == "set by you"
    assert window.session.undo_stack.count() == steps + 1
    assert window.isWindowModified()
    assert corrections.corrected(paths.data_dir), "the correction is kept to learn from"

    window.undo_action.trigger()
    assert form.subheadline.text() == "Words: Jo Bloggs, Acme Widgets press office"
    assert form.byline.text() == ""
    assert view.row_label(WORDS_ROW) == "subheadline"
    assert view.table.item(WORDS_ROW, 2).text() != "set by you"
    window.redo_action.trigger()
    assert form.byline.text() == "Words: Jo Bloggs, Acme Widgets press office"


def test_a_left_out_line_can_be_given_a_field(window: MainWindow) -> None:
    """The kicker above the headline, left out, labelled headline becomes the headline; the line that was
    the headline is no longer it."""
    open_import_source(window, ACME)
    label_as(window, 0, "headline")
    assert window.form.headline.text().startswith("NEWS FROM ACME WIDGETS")
    assert not window.import_source.view.is_left_out(0)
    label_as(window, 1, "body")
    assert window.form.headline.text() == "NEWS FROM ACME WIDGETS"
    assert window.session.release.body[0].text == "Acme opens a widget plant in Leeds"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.form.headline.text() == "Acme opens a widget plant in Leeds"


def test_learning_from_a_correction_fixes_the_next_similar_import_and_reset_undoes_it(
        make_window, qtbot, paths, tmp_path: Path) -> None:
    """After one correction and Settings > Import > Learn from My Corrections, a file with the same layout and
    other words comes out right; the choice is remembered; Reset to the Shipped Model brings the old result back."""
    window = make_window()
    other = tmp_path / BRIGHTWATER.name
    shutil.copy(BRIGHTWATER, other)
    assert window.open_path(other)
    assert window.form.subheadline.text().startswith("Words: Ann Lowe")  # the shipped model's mistake
    assert window.form.byline.text() == ""

    open_import_source(window, ACME)
    label_as(window, WORDS_ROW, "byline")
    learning = window.import_source.learning
    settings_menu = window.menus.menu("settings")
    import_menu = next(a.menu() for a in settings_menu.actions() if a.text().replace("&", "") == "Import")
    assert learning.learn_action in import_menu.actions()
    assert learning.reset_action in import_menu.actions()
    learning.learn_action.trigger()
    assert learning.busy
    assert learning.progress.isVisible()
    qtbot.waitUntil(lambda: not learning.busy, timeout=60000)
    assert corrections.user_model_path(paths.data_dir).is_file()
    assert Settings(paths).preferences().learn_from_corrections

    assert window.open_path(other)
    assert window.form.byline.text() == "Words: Ann Lowe, Brightwater Foods press office"
    assert window.form.subheadline.text() == ""
    assert window.import_source.view.row_label(WORDS_ROW) == "byline"

    # a new window (the next start-up) uses what was learned
    use_model(None)
    again = make_window(preferences=Settings(paths).preferences())
    assert again.open_path(ACME)
    assert again.form.byline.text().startswith("Words: Jo Bloggs")

    learning.reset_action.trigger()
    assert not corrections.user_model_path(paths.data_dir).exists()
    assert not learning.learn_action.isChecked()
    assert not Settings(paths).preferences().learn_from_corrections
    assert window.open_path(other)
    assert window.form.subheadline.text().startswith("Words: Ann Lowe")
    assert window.form.byline.text() == ""


def test_opening_a_text_release_reports_the_lines_left_out(window: MainWindow) -> None:
    """Opening a text release says in the status bar how many lines went into no field and where to see them."""
    assert window.open_path(ACME)
    message = window.statusBar().currentMessage()
    assert "2 lines left out" in message
    assert "View > Import Source" in message


def test_a_native_release_has_no_import_to_show(window: MainWindow, tmp_path: Path) -> None:
    """A release that was not imported from text or Word shows no lines, and says why."""
    open_import_source(window, ACME)
    assert window.import_source.view.row_count() > 0
    window.session.undo_stack.setClean()
    window.new_action.trigger()
    assert window.import_source.view.row_count() == 0
    assert "not imported from a text or Word file" in window.import_source.view.summary.text()
    assert not window.import_source.relabel(0, "body")



def test_a_word_release_shows_its_lines_too(window: MainWindow, tmp_path: Path) -> None:
    """A Word release opened in the window shows its paragraphs in Import Source, labelled."""
    import docx

    document = docx.Document()
    for text in ACME.read_text("utf-8").split("\n\n"):
        document.add_paragraph(text.strip())
    path = tmp_path / "acme.docx"
    document.save(str(path))
    open_import_source(window, path)
    view = window.import_source.view
    texts = [view.table.item(r, 3).text() for r in range(view.row_count())]
    assert "Acme opens a widget plant in Leeds" in texts
    assert view.row_label(texts.index("Acme opens a widget plant in Leeds")) == "headline"
    assert window.form.headline.text() == "Acme opens a widget plant in Leeds"


def test_reset_while_learning_leaves_the_shipped_model(window: MainWindow, qtbot, paths) -> None:
    """Choosing Reset to the Shipped Model while a retrain is still running: when it ends, nothing learned
    is kept or used, and the next import is the shipped model's."""
    open_import_source(window, ACME)
    label_as(window, WORDS_ROW, "byline")
    learning = window.import_source.learning
    learning.learn_action.trigger()
    assert learning.busy
    learning.reset_action.trigger()
    qtbot.waitUntil(lambda: not learning.busy, timeout=60000)
    assert not corrections.user_model_path(paths.data_dir).exists()
    assert window.open_path(BRIGHTWATER)
    assert window.form.subheadline.text().startswith("Words: Ann Lowe")


def test_embargo_and_release_number_lines_show_the_field_they_went_into(window: MainWindow, tmp_path: Path) -> None:
    """The lines read into the embargo and the release number say so (not the labeller's guess, which knows
    neither field), in their own colour, and are not counted as left out."""
    path = tmp_path / "quay.txt"
    path.write_text(
        "EMBARGOED UNTIL 00:01 CET, 5 May 2026\n\nPress release No. 14/2026\n\n"
        "Harbour opens a second quay for the island ferries\n\n"
        "BERGEN, 4 May 2026 - The harbour opened a second quay today, so the island ferries no longer wait "
        "outside the breakwater.\n\nThe quay cost 40 million kroner and took two years to build.\n\n"
        "Contact: Kari Nordmann, kari@harbour.example\n", encoding="utf-8")
    open_import_source(window, path)
    view = window.import_source.view
    texts = [view.table.item(r, 3).text() for r in range(view.row_count())]
    embargo, number = texts.index("EMBARGOED UNTIL 00:01 CET, 5 May 2026"), texts.index("Press release No. 14/2026")
    assert (view.row_label(embargo), view.row_text(embargo)) == ("embargo", "embargo")
    assert (view.row_label(number), view.row_text(number)) == ("reference", "release number")
    assert not view.is_left_out(embargo)
    assert view.table.item(embargo, 1).background().color() != view.table.item(number, 1).background().color()
    assert window.session.release.reference == "14/2026"


def test_import_source_in_a_small_window_leaves_the_form_half_the_width(qtbot, window: MainWindow) -> None:
    """In a 1024×700 window, View > Import Source opens beside the form without squeezing it: the form keeps
    at least half the width, and every label of the legend shows."""
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    open_import_source(window, ACME)
    dock = window.import_source.dock
    view = window.import_source.view
    qtbot.waitUntil(lambda: view.legend.height() >= view.legend.heightForWidth(view.legend.width()))
    assert window.form.width() >= window.width() // 2
    assert dock.width() >= 300, "the lines still have room"
    legend = view.legend.rect()
    chips = view.legend.findChildren(QLabel)
    assert len(chips) == 11
    assert all(legend.contains(chip.geometry()) for chip in chips), "no legend label is cut off"
    rows = view.table.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: view.table.height() > 3 * rows)  # a few lines show, once the window has placed the dock
