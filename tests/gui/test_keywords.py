"""Keywords as chips with completion from tags, and subjects from the controlled vocabulary and loaded ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.formats import read_path
from app.gui.window.mainwindow import MainWindow
from tests.annotate.test_subject_vocabularies import SUBJECTS_CSV, SUBJECTS_SKOS
from tests.gui.annotation_stubs import StubAnnotationDialogs, stub_annotation_dialogs
from tests.gui.helpers import StubDialogs, sample_release


def chip_texts(window: MainWindow) -> list[str]:
    return [c.text().removesuffix("  ×") for c in window.form.keywords._chips]


def test_keywords_show_as_chips(loaded: MainWindow) -> None:
    """The release's keywords show as one chip each."""
    assert chip_texts(loaded) == ["repair", "circular economy"]


def test_typing_a_keyword_and_enter_adds_a_chip_in_one_undo_step(loaded: MainWindow) -> None:
    """Typing a keyword and pressing Enter adds a chip; one Undo takes it away."""
    entry = loaded.form.keywords.edit
    entry.setFocus()
    QTest.keyClicks(entry, "bicycles")
    QTest.keyClick(entry, Qt.Key.Key_Return)
    assert loaded.session.release.keywords == ["repair", "circular economy", "bicycles"]
    assert chip_texts(loaded) == ["repair", "circular economy", "bicycles"]
    assert entry.text() == ""
    assert loaded.session.undo_stack.count() == 1
    loaded.undo_action.trigger()
    assert loaded.session.release.keywords == ["repair", "circular economy"]
    assert chip_texts(loaded) == ["repair", "circular economy"]


def test_comma_closes_a_keyword(loaded: MainWindow) -> None:
    """A comma closes the keyword being typed and starts the next."""
    entry = loaded.form.keywords.edit
    entry.setFocus()
    QTest.keyClicks(entry, "radios, coats")
    assert loaded.session.release.keywords == ["repair", "circular economy", "radios", "coats"]
    assert chip_texts(loaded) == ["repair", "circular economy", "radios"]
    assert entry.text() == "coats"


def test_chip_button_removes_the_keyword_and_undo_restores_it(loaded: MainWindow) -> None:
    """Clicking a chip's × removes that keyword; Undo puts it back in place."""
    loaded.form.keywords._chips[0].click()
    assert loaded.session.release.keywords == ["circular economy"]
    assert loaded.undo_action.text() == "&Undo Remove keyword repair"
    loaded.undo_action.trigger()
    assert chip_texts(loaded) == ["repair", "circular economy"]


def test_backspace_in_an_empty_entry_removes_the_last_chip(loaded: MainWindow) -> None:
    """Backspace with nothing typed removes the last keyword."""
    entry = loaded.form.keywords.edit
    entry.setFocus()
    QTest.keyClick(entry, Qt.Key.Key_Backspace)
    assert loaded.session.release.keywords == ["repair"]


KEYS_THE_ENTRY_LEAVES = [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),  # nothing to undo yet
    (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
]


def test_keys_the_keyword_box_does_not_use_pass_on_without_error(loaded: MainWindow) -> None:
    """Escape, Up, PageDown, F5, Ctrl+B, Ctrl+Z or Ctrl+Y in the keyword box change nothing and raise no error."""
    entry = loaded.form.keywords.edit
    entry.setFocus()
    QTest.keyClicks(entry, "bic")
    loaded.session.undo_stack.clear()  # as after opening a file: nothing to undo or redo
    for key, modifiers in KEYS_THE_ENTRY_LEAVES:
        QTest.keyClick(entry, key, modifiers)  # an error in a key handler fails the test (pytest-qt)
    assert entry.text() == "bic"
    assert loaded.session.release.keywords == ["repair", "circular economy", "bic"]


def test_undo_and_redo_keys_in_the_keyword_box_act_on_the_window_history(loaded: MainWindow) -> None:
    """Ctrl+Z in the keyword box undoes the last change, as in every other field; Ctrl+Y redoes it."""
    headline = loaded.form.headline
    headline.setFocus()
    headline.selectAll()
    QTest.keyClicks(headline, "Bridge opens")
    entry = loaded.form.keywords.edit
    entry.setFocus()
    QTest.keyClick(entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert loaded.session.release.headline == sample_release().headline
    QTest.keyClick(entry, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert loaded.session.release.headline == "Bridge opens"
    QTest.keyClick(entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the history is empty below this
    QTest.keyClick(entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert loaded.session.release.headline == sample_release().headline


def test_a_key_typed_on_a_chip_goes_to_the_entry_box(loaded: MainWindow) -> None:
    """With a chip focused, letters land in the keyword box and Escape does nothing harmful."""
    chip = loaded.form.keywords._chips[0]
    chip.setFocus()
    QTest.keyClick(chip, Qt.Key.Key_Escape)
    QTest.keyClicks(chip, "b")
    assert loaded.form.keywords.edit.text() == "b"
    assert loaded.session.release.keywords == ["repair", "circular economy", "b"]


def test_completion_offers_tagged_names(loaded: MainWindow) -> None:
    """The keyword box completes from the names tagged in the release."""
    first = loaded.session.release.body[0]
    first.entities[0].name = "Lisbon City Council"
    entry = loaded.form.keywords.edit
    loaded.form.headline.setFocus()
    entry.setFocus()
    assert set(entry.words.stringList()) == {"city council", "Lisbon City Council"}


def test_subjects_are_picked_from_the_vocabulary(loaded: MainWindow) -> None:
    """Ticking a subject in the picker stores its reference and shows its label; undo unticks it."""
    picker = loaded.form.subjects
    assert any(s.ref == "subj:environment" for s in picker.subjects)
    picker._fill()
    action = next(a for a in picker.menu.actions() if a.text() == "Environment")
    action.trigger()
    assert loaded.session.release.subjects == ["subj:environment"]
    assert picker.label.text() == "Environment"
    loaded.undo_action.trigger()
    assert loaded.session.release.subjects == []
    assert picker.label.text() == "None chosen"


def load_subjects_file(window: MainWindow, path: Path) -> StubAnnotationDialogs:
    stub = stub_annotation_dialogs(window)
    stub.subject_files.append(path)
    window.form.subjects.load_button.click()
    return stub


def menu_labels(window: MainWindow) -> list[str]:
    picker = window.form.subjects
    picker._fill()
    return [a.text() for a in picker.menu.actions()]


def test_subjects_from_a_loaded_csv_can_be_picked_and_saved(
    loaded: MainWindow, dialogs: StubDialogs, tmp_path: Path
) -> None:
    """Load subjects… with a CSV adds its subjects to the picker; a ticked one is saved by its reference."""
    path = tmp_path / "harbour.csv"
    path.write_text(SUBJECTS_CSV, encoding="utf-8")
    stub = load_subjects_file(loaded, path)
    assert stub.asked == ["subjects"]
    labels = menu_labels(loaded)
    assert "Environment" in labels
    assert labels[-3:] == ["harbour.csv", "Ferries and boats", "Fishing"]  # a section named after the file
    next(a for a in loaded.form.subjects.menu.actions() if a.text() == "Fishing").trigger()
    assert loaded.form.subjects.label.text() == "Fishing"
    target = tmp_path / "with-subject.release.xml"
    dialogs.save_paths.append(target)
    loaded.save_action.trigger()
    assert read_path(target).subjects == ["harbour:fishing"]


def test_subjects_from_a_skos_file_are_offered_and_stored_by_uri(loaded: MainWindow, tmp_path: Path) -> None:
    """A SKOS concept scheme loaded as subjects offers its concepts; a ticked one is stored by its URI."""
    path = tmp_path / "harbour.rdf"
    path.write_text(SUBJECTS_SKOS, encoding="utf-8")
    load_subjects_file(loaded, path)
    assert menu_labels(loaded)[-2:] == ["Tides", "Lighthouses"]
    next(a for a in loaded.form.subjects.menu.actions() if a.text() == "Tides").trigger()
    assert loaded.session.release.subjects == ["http://example.org/harbour/tides"]


def test_loaded_subject_files_are_remembered_for_the_next_window(
    make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    """A subjects file loaded once is offered again in the next window without asking."""
    path = tmp_path / "harbour.csv"
    path.write_text(SUBJECTS_CSV, encoding="utf-8")
    load_subjects_file(make_window(), path)
    later = make_window(preferences=None)
    assert later.preferences.subject_vocabularies == [str(path)]
    assert "Ferries and boats" in menu_labels(later)


def test_a_broken_subjects_file_is_refused_with_file_and_line(
    loaded: MainWindow, dialogs: StubDialogs, tmp_path: Path
) -> None:
    """A subjects CSV with a row lacking its label is refused with the file and line; nothing is remembered."""
    path = tmp_path / "broken.csv"
    path.write_text("ref,label,triggers\nharbour:a,Ferries,\nharbour:b,,fishing\n", encoding="utf-8")
    before = menu_labels(loaded)
    load_subjects_file(loaded, path)
    [(title, message)] = dialogs.errors
    assert title == "Cannot load the subjects"
    assert message == f"{path}:3: a subject needs a ref and a label"
    assert menu_labels(loaded) == before
    assert loaded.settings.preferences().subject_vocabularies == []
