"""Files as people expect: save, reopen, prompts, and never losing the open document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QTest

from app.formats import read_path
from app.gui.common.dialogs import Answer
from app.gui.window.mainwindow import MainWindow
from tests.gui.helpers import EXAMPLE, StubDialogs, sample_release


def test_save_reopen_compare(loaded: MainWindow, dialogs: StubDialogs, tmp_path: Path) -> None:
    """A release saved with Save As reopens with exactly the same fields."""
    QTest.keyClicks(loaded.form.headline, " by the river")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "cafes.release.xml"
    dialogs.save_paths.append(target)
    loaded.save_action.trigger()
    assert ("save_as", str(Path.home() / "untitled.release.xml")) in dialogs.asked
    assert not loaded.isWindowModified()
    assert loaded.windowTitle() == "cafes.release.xml[*] (Draft) — Release Desk"
    assert [p.name for p in folder.iterdir()] == ["cafes.release.xml"], "no temp files left behind"

    expected = sample_release()
    expected.headline += " by the river"
    assert expected.id == "release"  # typed from nothing: no id of its own until its first save
    expected.id = loaded.session.release.id
    assert expected.id != "release"
    assert read_path(target) == expected
    loaded.new_action.trigger()
    loaded.open_path(target)
    assert loaded.session.release == expected
    assert loaded.form.headline.text() == expected.headline


def test_save_of_an_imported_text_file_asks_for_a_native_name(window: MainWindow, dialogs: StubDialogs) -> None:
    """Saving a release imported from .txt proposes a .release.xml beside it instead of overwriting the text."""
    window.open_path(EXAMPLE)
    QTest.keyClicks(window.form.headline, "!")
    window.save_action.trigger()
    assert dialogs.asked[-1] == ("save_as", str(EXAMPLE.resolve().with_name("unido-shenzhen.release.xml")))
    assert window.isWindowModified(), "cancelled Save As leaves the changes unsaved"


def test_file_changed_on_disk_is_not_overwritten_without_asking(
    loaded: MainWindow, dialogs: StubDialogs, tmp_path: Path
) -> None:
    """If another program changed the file since I opened it, Save asks first and No keeps their version."""
    target = tmp_path / "shared.release.xml"
    dialogs.save_paths.append(target)
    loaded.save_as_action.trigger()
    target.write_bytes(target.read_bytes().replace(b"Harbour city", b"Someone else's"))
    QTest.keyClicks(loaded.form.subheadline, "!")
    dialogs.overwrite = False
    loaded.save_action.trigger()
    assert dialogs.asked[-1] == ("overwrite", str(target.resolve()))
    assert b"Someone else's" in target.read_bytes()
    assert loaded.isWindowModified()
    dialogs.overwrite = True
    loaded.save_action.trigger()
    assert b"Someone else's" not in target.read_bytes()
    assert not loaded.isWindowModified()


def test_close_with_unsaved_changes_asks_save_discard_cancel(make_window, dialogs: StubDialogs, tmp_path: Path) -> None:
    """Closing with unsaved changes asks; Cancel keeps the window, Save writes the file, then it closes."""
    window = make_window()
    window.session.load(sample_release(), None, None)
    QTest.keyClicks(window.form.headline, "!")
    dialogs.save_changes = [Answer.CANCEL]
    window.close_action.trigger()
    assert window.isVisible()
    assert dialogs.asked[-1] == ("save_changes", "Untitled")

    target = tmp_path / "closing.release.xml"
    dialogs.save_changes = [Answer.SAVE]
    dialogs.save_paths = [target]
    window.close_action.trigger()
    assert not window.isVisible()
    assert read_path(target).headline.endswith("!")


def test_discard_drops_the_changes(loaded: MainWindow, dialogs: StubDialogs) -> None:
    """Answering Discard to the prompt on New drops the changes and starts an empty release."""
    QTest.keyClicks(loaded.form.headline, "!")
    dialogs.save_changes = [Answer.DISCARD]
    loaded.new_action.trigger()
    assert loaded.session.release.headline == ""
    assert loaded.form.headline.text() == ""
    assert not loaded.isWindowModified()
    assert not loaded.session.undo_stack.canUndo()


def test_bad_file_leaves_the_open_document_untouched(loaded: MainWindow, dialogs: StubDialogs, tmp_path) -> None:
    """Opening a broken file shows a clear error naming it, and my unsaved edits stay as they were."""
    QTest.keyClicks(loaded.form.headline, " (draft)")
    bad = tmp_path / "broken.xml"
    bad.write_bytes(b"<release><headline>unclosed")
    dialogs.open_paths.append(bad)
    loaded.open_action.trigger()
    assert len(dialogs.errors) == 1
    title, message = dialogs.errors[0]
    assert title == "Cannot open the file"
    assert "broken.xml" in message
    assert ("save_changes", "Untitled") not in dialogs.asked, "no prompt for a file that cannot be opened"
    assert loaded.session.release.headline == "Harbour city opens a repair café network (draft)"
    assert loaded.form.headline.text() == loaded.session.release.headline
    assert loaded.isWindowModified()
    assert loaded.session.undo_stack.count() == 1


def test_missing_file_shows_an_error(window: MainWindow, dialogs: StubDialogs, tmp_path: Path) -> None:
    """Opening a file that is not there says so instead of failing silently."""
    assert not window.open_path(tmp_path / "nowhere.txt")
    assert "nowhere.txt" in dialogs.errors[0][1]


def test_window_geometry_is_remembered(make_window, qtbot) -> None:
    """The window opens at the size I left it."""
    first = make_window()
    first.resize(640, 480)
    first.close()
    second = make_window()
    assert (second.width(), second.height()) == (640, 480)
