"""Settings > Import: "Learn from my corrections" and "Reset to the shipped model".

Learning trains a model on the shipped examples plus the editor's corrections
(``_corrections().retrain``, a few seconds of CPU) in a worker thread, with a busy bar
in the status bar, then makes every later import use it. The choice is a
preference: at start-up, when it is on and the learned model is there, imports use
it. While it is on, each new correction is learned too (one retrain at a time; a
correction made meanwhile starts one more when it ends).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressBar

from app.gui.common.background import Mailbox as _Mailbox
from app.gui.common.background import Task as _Task
from app.gui.common.i18n import english_plural
from app.gui.services import FeatureHost


# The importer's learning code (the labeller, its features, training) loads when it is first needed, not with
# the window: it would cost every start ~60 ms.
def _corrections():
    from app.formats.textparse.learn import corrections

    return corrections


def use_model(path: Path | None) -> None:
    from app.formats.textparse.labeller import use_model as use

    use(path)

STATUS_MS = 8000


class Learning(QObject):
    """The Settings > Import menu and the retraining worker."""

    finished = Signal(object)  # the learned model's Path, or the error

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.window)
        self.host = host
        self.data_dir: Path = host.paths.data_dir
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._mailbox = _Mailbox(self)
        self._mailbox.done.connect(self._learned)
        self.busy = False
        self._again = False
        self._reset_pending = False
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # retraining cannot say how far it is: a busy bar
        self.progress.setMaximumWidth(120)
        self.progress.setAccessibleName(self.tr("Learning from your corrections"))
        host.status_bar.addPermanentWidget(self.progress)
        self.progress.hide()

        self.menu = host.menus.menu("settings").addMenu(self.tr("&Import"))
        self.learn_action = QAction(self.tr("&Learn from My Corrections"), host.window)
        self.learn_action.setCheckable(True)
        self.learn_action.setChecked(host.preferences.learn_from_corrections)
        self.learn_action.setStatusTip(self.tr("Train the importer on the shipped examples and the lines you "
                                               "labelled in Import Source, and use it from now on"))
        self.learn_action.toggled.connect(self.set_learning)
        self.reset_action = QAction(self.tr("&Reset to the Shipped Model"), host.window)
        self.reset_action.setStatusTip(self.tr("Forget what was learned; your corrections stay kept"))
        self.reset_action.triggered.connect(self.reset)
        self.menu.addActions([self.learn_action, self.reset_action])
        if host.preferences.learn_from_corrections:
            model = _corrections().user_model_path(self.data_dir)
            if model.is_file():
                use_model(model)

    # -- the choices ---------------------------------------------------------------------

    def set_learning(self, on: bool) -> None:
        """Remember the choice; on: learn now; off: imports use the shipped model again."""
        prefs = self.host.preferences
        if prefs.learn_from_corrections != on:
            prefs.learn_from_corrections = on
            self.host.settings.set_preferences(prefs)
        if on:
            self.learn()
        else:
            use_model(None)
            self.host.show_status(self.tr("Imports use the shipped model"), STATUS_MS)

    def reset(self) -> None:
        """Remove the learned model and stop learning; later imports use the shipped model."""
        self.learn_action.setChecked(False)  # stops learning and goes back to the shipped model
        self._reset_pending = self.busy  # a retrain still running would write the model back: removed then
        _corrections().reset(self.data_dir)
        use_model(None)
        self.host.show_status(self.tr("Imports use the shipped model again; your corrections are kept"), STATUS_MS)

    def corrected(self) -> None:
        """A correction was kept: learn it too when the user asked to learn."""
        if self.learn_action.isChecked():
            self.learn()

    # -- the worker ----------------------------------------------------------------------

    def learn(self) -> None:
        """Retrain in the worker (once more after the running one, if one runs)."""
        if self.busy:
            self._again = True
            return
        self.busy = True
        self.progress.show()
        self.host.show_status(self.tr("Learning from your corrections…"))
        data_dir = self.data_dir
        self._pool.start(_Task(lambda: _corrections().retrain(data_dir), self._mailbox))

    def _learned(self, result: object) -> None:
        self.busy = False
        self.progress.hide()
        if isinstance(result, Exception):
            self.host.show_status(self.tr("Could not learn from your corrections: {error}").format(error=result),
                                  STATUS_MS)
        elif self._reset_pending:
            _corrections().reset(self.data_dir)
        elif self.learn_action.isChecked():  # the user may have switched learning off meanwhile
            use_model(Path(str(result)))
            count = len(_corrections().corrected(self.data_dir))
            self.host.show_status(english_plural(self.tr(
                "Learned from %n corrected release(s): the next imports use it", "", count), count), STATUS_MS)
        self._reset_pending = False
        if self._again:
            self._again = False
            self.learn()
        self.finished.emit(result)

    def wait(self) -> None:
        """Until the running retrain is over (its result is delivered by the event loop)."""
        self._pool.waitForDone()
