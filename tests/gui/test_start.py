"""Starting the editor: what is not on screen loads when first used, and what is on screen is right at once.

The window imports the dialogs, windows and writers of File > Export…, Validate Folder…, Revisions…,
Templates…, Print… and Import Source only when they are first used, so it paints sooner. The guard below
checks which modules a freshly started window has loaded (no timing); the other tests check that what
is built late still shows what it should.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor

from app.gui.common.settings import Paths, Preferences, Settings
from app.gui.window.mainwindow import MainWindow
from tests.gui.helpers import EXAMPLE, StubDialogs, sample_release

PROJECT = Path(__file__).resolve().parents[2]

# loaded with the feature that needs them, never by starting the window and opening a text release
LOADED_ON_FIRST_USE = (
    "app.gui.folder_validation.validate_folder",  # File > Validate Folder…
    "app.gui.folder_validation.source_view",
    "app.validation.batch",
    "app.gui.export.dialog",  # File > Export…
    "app.formats.docx_briefing",
    "app.gui.revisions.dialog",  # File > Revisions…, Compare With…
    "app.history",
    "app.gui.templates.dialogs",  # File > New from Template…, Settings > Templates…
    "app.gui.printing.pdf",  # File > Print…, Export PDF…
    "PySide6.QtPrintSupport",
    "app.gui.import_source.view",  # View > Import Source
    "app.annotate.suggest",  # Annotate > Suggest Tags
    "app.gui.annotations.dialogs",  # Rename tag…, a comment, Load Vocabulary…
    "app.annotate.skos",  # a SKOS vocabulary
    "app.annotate.vocabulary",  # the subjects picker's list, read for a release with subjects or the menu
    "app.spelling.release_check",  # Edit > Check Spelling
    "charset_normalizer",  # a text file that is not UTF-8
    "uuid",  # the id of a new release, at its first save
    "html",  # Help > About
)

_START = """
import sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.gui.common.settings import Paths
from app.gui.window.mainwindow import MainWindow

app = QApplication([])
folder = Path(tempfile.mkdtemp())
window = MainWindow(Paths(folder / "config", folder / "data"))
assert window.open_path(sys.argv[1])
window.show()
app.processEvents()
print("\\n".join(sorted(sys.modules)))
"""


def test_a_started_window_has_not_loaded_the_features_nobody_used_yet() -> None:
    """Starting the editor with a text release loads neither the export dialog, nor the Validate Folder
    window, nor the other dialogs and writers: they load when first used."""
    result = subprocess.run(
        [sys.executable, "-c", _START, str(EXAMPLE)], cwd=PROJECT, capture_output=True, text=True, timeout=120,
        check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert "app.gui.window.mainwindow" in loaded, "the check ran"
    assert "app.formats.text" in loaded, "the release was opened"
    early = [m for m in LOADED_ON_FIRST_USE if m in loaded or any(n.startswith(m + ".") for n in loaded)]
    assert early == []


def test_the_features_load_when_first_used(window: MainWindow, dialogs: StubDialogs) -> None:
    """File > Export… and File > Validate Folder… open their windows although nothing loaded them at start."""
    window.open_path(EXAMPLE)
    dialog = window.exports.open_dialog()
    assert dialog.isVisible()
    dialog.reject()
    folder_window = window.folder_validation.show_window()
    assert folder_window.isVisible()
    folder_window.close()
    assert "app.gui.export.dialog" in sys.modules
    assert "app.gui.folder_validation.validate_folder" in sys.modules


def test_import_source_built_on_first_show_lists_the_release_opened_before(window: MainWindow) -> None:
    """View > Import Source, first opened after a text release was opened, lists that release's lines."""
    window.open_path(EXAMPLE)
    window.import_source.action.trigger()
    shown = window.import_source.dock.widget()
    assert shown is not None
    assert shown.isVisible()
    assert shown is window.import_source.view
    dock = window.import_source.dock.geometry()
    assert dock.right() < window.width(), "the window made room for the dock: its table is not cut off"
    assert dock.height() >= shown.minimumSizeHint().height()
    imported = window.session.imported.rows
    assert shown.row_count() == len(imported) > 5
    assert "headline" in [shown.row_label(r) for r in range(shown.row_count())]
    headline_row = next(r for r, row in enumerate(imported) if row.label == "headline")
    assert shown.table.item(headline_row, 3).text() == window.session.release.headline


def _background(widget: object) -> QColor:
    """The colour right of a short text, inside the frame."""
    image = widget.grab().toImage()  # type: ignore[attr-defined]
    return image.pixelColor(image.width() - 8, image.height() // 2)


def test_unsure_mark_set_before_the_first_show_is_painted(qtbot, paths: Paths) -> None:
    """A field the importer was unsure of is tinted from the first paint, and loses the tint once sure."""
    window = MainWindow(paths, settings=Settings(paths), preferences=Preferences(validation_delay_ms=50),
                        dialogs=StubDialogs())
    qtbot.addWidget(window)
    window.open_path(EXAMPLE)
    window.session.release.confidence["photo_credits"] = 0.2  # marked before the window was ever shown
    window.form.show_confidence()
    credits = window.form.photo_credits
    window.show()
    qtbot.waitExposed(window)
    assert window.form.states["photo_credits"].unsure
    assert _background(credits).name() == "#fff4cc"

    window.session.release.confidence["photo_credits"] = 1.0
    window.form.show_confidence()  # now polished: the mark must be taken off the painted field
    assert not window.form.states["photo_credits"].unsure
    assert _background(credits).name() != "#fff4cc"
    window.session.undo_stack.setClean()
    window.close()


def test_a_release_with_subjects_shows_their_labels_from_the_shipped_vocabulary(window: MainWindow) -> None:
    """The shipped subjects are read when a release needs them: its chosen subjects show by their labels."""
    release = sample_release()
    release.subjects = ["subj:industry", "subj:unknown-here"]
    window.session.load(release, None, None)
    assert window.form.subjects.label.text() == "Industry and manufacturing; subj:unknown-here"
