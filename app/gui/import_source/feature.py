"""View > Import Source: the open text or Word release's lines with their labels, and the editor's corrections.

The window hands the import over on the session (``Session.imported``, set when a
.txt or .docx file is opened). A correction ("Label as" on a line) assembles the
release again from the new labels and replaces the open one as ONE undo step; the
step carries the import before and after, so undo gives back both the form and
the labels shown. Each correction is kept as a labelled example in the user's data
folder (``corrections.record``), for Settings > Import > "Learn from my corrections".
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget

from app.gui.common.commands import ReplaceRelease
from app.gui.common.session import Session
from app.gui.import_source.learning import Learning
from app.gui.services import FeatureHost

if TYPE_CHECKING:
    from app.formats.textparse.pipeline import Imported
    from app.gui.import_source.view import SourceView

log = logging.getLogger(__name__)


class RelabelLine(ReplaceRelease):
    """A line given another label: the release re-assembled, and the import it came from, as one step."""

    def __init__(self, session: Session, before: Imported, after: Imported, text: str) -> None:
        super().__init__(session, session.release, after.release, text)
        self.imported_before, self.imported_after = before, after

    def redo(self) -> None:
        self.session.imported = self.imported_after  # before the reset the views reload on
        super().redo()

    def undo(self) -> None:
        self.session.imported = self.imported_before
        super().undo()


class ImportSource(QObject):
    """The Import Source dock, its View menu action, the corrections and the Settings > Import menu."""

    relabelled = Signal(int, str)  # row, label: after the form was re-assembled

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.window)
        self.host = host
        self.session = host.session
        # the dock starts hidden: its table is built when it is first shown (or asked for), not at start
        self._view: SourceView | None = None
        self.dock = QDockWidget(self.tr("Import Source"), host.window)
        self.dock.setObjectName("import-source-dock")
        host.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self._sized = False  # the dock gets its room the first time it shows; later the user's sizes stay
        self.dock.visibilityChanged.connect(self._shown)
        self.action = self.dock.toggleViewAction()
        self.action.setText(self.tr("Import &Source"))
        self.action.setStatusTip(self.tr("The lines of the imported text or Word file, with the label each got"))
        host.menus.insert("view", [self.action], separator=True)
        self.session.reset.connect(self.refresh)
        self.learning = Learning(host)

    @property
    def view(self) -> SourceView:
        """The lines and their labels, in the dock (built on first use, showing the open release's import)."""
        if self._view is None:
            from app.gui.import_source.view import SourceView

            self._view = SourceView()
            self._view.relabel_requested.connect(self.relabel)
            self.dock.setWidget(self._view)
            self._view.show_import(self.session.imported)
            if self.dock.isVisible():  # built while being shown: lay it out as if it had been there from the start
                self.dock.hide()
                self.dock.show()
        return self._view

    def _shown(self, visible: bool) -> None:
        if not visible:
            return
        view = self.view
        if self._sized or self.dock.isFloating():
            return
        self._sized = True
        # Room for the lines without taking the form's: at most 2/5 of the window's width (the form keeps the
        # rest, beside the Annotations panel sharing this column), and half the column's height, or what the
        # lines need when less.
        window = self.host.window
        width = max(min(view.sizeHint().width(), window.width() * 2 // 5), self.dock.width())
        view.fit_legend(width)  # the legend's lines at that width count in the dock's minimum height
        column = window.centralWidget().height()
        height = min(max(view.sizeHint().height(), column // 2), column * 2 // 3)
        window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
        # its height once the window has given it a place in the column (done after this signal)
        QTimer.singleShot(0, self, lambda: window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical))

    def refresh(self) -> None:
        if self._view is not None:
            self._view.show_import(self.session.imported)

    def relabel(self, row: int, label: str) -> bool:
        """Give line ``row`` the ``label`` (one of EDITOR_LABELS): the form re-assembles, one undo step."""
        before = self.session.imported
        if before is None or not 0 <= row < len(before.rows):
            return False
        from app.formats.textparse.learn import corrections  # with the first correction, not at start
        from app.formats.textparse.pipeline import relabel
        from app.gui.import_source.view import label_names

        after = relabel(before, row, label)
        line = before.rows[row].line
        text = self.tr("Label line {number} as {label}").format(number=line.number, label=label_names()[label])
        self.session.undo_stack.push(RelabelLine(self.session, before, after, text))
        try:  # the correction kept as an example to learn from; the edit stands even when that fails
            corrections.record(self.host.paths.data_dir, after.rows)
        except OSError as exc:
            log.warning("the correction was not kept: %s", exc)
            self.host.show_status(self.tr("Relabelled, but the correction was not kept for learning: {error}")
                                  .format(error=exc), 8000)
        else:
            self.learning.corrected()
        self.relabelled.emit(row, label)
        return True


def install_import_source(host: FeatureHost) -> ImportSource:
    """Add View > Import Source and Settings > Import; use the learned model when the user chose it."""
    return ImportSource(host)
