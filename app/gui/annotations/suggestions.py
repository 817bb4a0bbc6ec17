"""The Suggestions list: proposed tags from the offline tagger, accepted or rejected by the editor.

``app.annotate.suggest`` runs in a worker thread on a copy of the release, so a
long release never freezes the window; a run started before the latest one is
ignored when it comes back. Accepting checks that the text is still there
(the editor may have typed since) and is one undo step, however many tags.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.gui.annotations.tag_commands import EntityEdit
from app.gui.common.i18n import english_plural, isolate
from app.gui.widgets.highlight import kind_label
from app.paths import resources_dir

if TYPE_CHECKING:
    from app.annotate.suggest import Suggestion
    from app.annotate.vocabulary import Vocabulary
    from app.gui.annotations.context import Tagging
    from app.model import Release

# The tagger and the vocabularies load on the first Suggest (or Load Vocabulary…), not at start.

log = logging.getLogger(__name__)
INDEX_ROLE = Qt.ItemDataRole.UserRole + 1


def shipped_vocabulary() -> Vocabulary:
    from app.annotate.vocabulary import load_shipped

    return load_shipped(resources_dir() / "vocabularies")


class _Relay(QObject):
    done = Signal(int, object, object)  # run number, suggestions (or an error message), the vocabulary used


class _Run(QRunnable):
    """One call of ``suggest`` off the UI thread, on a release nobody else touches."""

    def __init__(self, number: int, release: Release, vocabulary: Vocabulary | None,
                 load: Callable[[], Vocabulary], relay: _Relay) -> None:
        super().__init__()
        self.number, self.release, self.vocabulary, self.load, self.relay = number, release, vocabulary, load, relay

    def run(self) -> None:
        try:
            from app.annotate.suggest import suggest

            vocabulary = self.vocabulary if self.vocabulary is not None else self.load().prepared()
            self.relay.done.emit(self.number, suggest(self.release, vocabulary), vocabulary)
        except Exception as exc:  # a tagger bug must reach the user as a message, not kill the thread
            log.exception("suggesting tags failed")
            message = QCoreApplication.translate("SuggestionsPanel", "Could not suggest tags: {error}")
            message = message.format(error=exc)
            self.relay.done.emit(self.number, message, None)


class SuggestionsPanel(QWidget):
    """Proposed tags with Accept, Reject and Accept all."""

    finished = Signal()  # a run's suggestions are on show

    def __init__(self, annotations: Tagging, load_vocabulary: Callable[[], Vocabulary] = shipped_vocabulary,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.annotations = annotations
        self.session = annotations.session
        self.load_vocabulary = load_vocabulary
        self.vocabulary: Vocabulary | None = None
        self.extra: list[Vocabulary] = []
        self.suggestions: list[Suggestion] = []
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._run_number = 0
        self._dropped_note = False  # the status says some accepted suggestions no longer fit the text
        window = annotations.window
        self.run_action = QAction(self.tr("&Suggest Tags"), window)
        self.run_action.setShortcut("Ctrl+Alt+S")
        self.run_action.setStatusTip(self.tr("Propose tags for the release from the vocabularies, offline"))
        self.run_action.triggered.connect(self.run)
        self.load_vocabulary_action = QAction(self.tr("Load &Vocabulary…"), window)
        self.load_vocabulary_action.setStatusTip(self.tr("Add a CSV or SKOS vocabulary to the suggestions"))
        self.load_vocabulary_action.triggered.connect(self.load_extra)

        self.status = QLabel(self.tr("Press Suggest to have tags proposed."))
        self.status.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Suggested tags"))
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept_selected())
        self.list.currentItemChanged.connect(self._show_current)
        buttons = QHBoxLayout()
        self.suggest_button = QPushButton(self.tr("Suggest"))
        self.accept_button = QPushButton(self.tr("Accept"))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.accept_all_button = QPushButton(self.tr("Accept all"))
        self.suggest_button.clicked.connect(self.run)
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.accept_all_button.clicked.connect(self.accept_all)
        for button in (self.suggest_button, self.accept_button, self.reject_button, self.accept_all_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.session.reset.connect(self.clear)
        self._update_buttons()

    # -- running -----------------------------------------------------------------------

    def run(self) -> None:
        self._run_number += 1
        self.status.setText(self.tr("Looking for names, places and initiatives…"))
        release = copy.deepcopy(self.session.release)  # the worker reads a copy the editor cannot change
        self.pool.start(_Run(self._run_number, release, self.vocabulary, self._vocabulary_loader(), self._relay))

    def _vocabulary_loader(self) -> Callable[[], Vocabulary]:
        extra = list(self.extra)

        def load() -> Vocabulary:
            vocabulary = self.load_vocabulary()
            for more in extra:
                vocabulary.update(more)
            return vocabulary

        return load

    def _done(self, number: int, result: object, vocabulary: object) -> None:
        if number != self._run_number:
            return  # an older run; a newer one is on its way
        if isinstance(result, str):
            self.status.setText(result)
            self.finished.emit()
            return
        from app.annotate.vocabulary import Vocabulary

        if isinstance(vocabulary, Vocabulary):
            self.vocabulary = vocabulary
        self.show_suggestions(list(result))  # type: ignore[call-overload]
        self.finished.emit()

    def load_extra(self) -> bool:
        from app.annotate.user_vocabulary import load_any

        loaded = self.annotations.load_chosen(
            self.annotations.dialogs.get_vocabulary_path, load_any, self.tr("Cannot load the vocabulary")
        )
        if loaded is None:
            return False
        path, more = loaded
        self.extra.append(more)
        self.vocabulary = None  # rebuilt by the next run; a running worker keeps the one it has
        terms = len(more)
        loaded = english_plural(self.tr("Loaded %n term(s) from {name}. Press Suggest to use them.", "", terms), terms)
        self.status.setText(loaded.format(name=path.name))
        return True

    def wait(self) -> None:
        """Block until the worker is idle (closing the window, tests)."""
        self.pool.waitForDone()

    # -- showing -------------------------------------------------------------------------

    def clear(self) -> None:
        self._run_number += 1
        self.show_suggestions([])
        self.status.setText(self.tr("Press Suggest to have tags proposed."))

    def show_suggestions(self, suggestions: list[Suggestion]) -> None:
        self.list.clear()  # before the list changes: clearing reports the old current row
        self._dropped_note = False
        self.suggestions = suggestions
        for n, s in enumerate(suggestions):
            named = f" → {s.name}" if s.name and s.name != s.text else ""
            # the release's text isolated from the label around it, for a mirrored (Arabic) window
            item = QListWidgetItem(f"{kind_label(s.kind)}: {isolate(s.text + named)}  (¶{s.paragraph + 1})")
            item.setData(INDEX_ROLE, n)
            tip = self.tr("Proposed by the {rule} rule").format(rule=s.rule)
            if s.ref:
                tip += self.tr("; reference {ref}").format(ref=s.ref)
            item.setToolTip(tip)
            self.list.addItem(item)
        count = len(suggestions)
        if count:
            self.status.setText(english_plural(self.tr("%n suggestion(s)", "", count), count))
        else:
            self.status.setText(self.tr("Nothing more to suggest."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(self.suggestions)
        for button in (self.accept_button, self.reject_button, self.accept_all_button):
            button.setEnabled(has)

    def _show_current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        n = int(item.data(INDEX_ROLE)) if item is not None else -1
        if not 0 <= n < len(self.suggestions):
            return
        s = self.suggestions[n]
        body = self.annotations.body
        if s.paragraph < body.blockCount():
            cursor = body.textCursor()
            cursor.setPosition(body.position_of(s.paragraph, s.start))
            cursor.setPosition(body.position_of(s.paragraph, s.end), cursor.MoveMode.KeepAnchor)
            body.setTextCursor(cursor)
            body.ensureCursorVisible()

    # -- deciding --------------------------------------------------------------------------

    def _selected(self) -> list[int]:
        return sorted(int(item.data(INDEX_ROLE)) for item in self.list.selectedItems())

    def accept(self, chosen: list[int]) -> int:
        """Tag the chosen suggestions in one undo step; returns how many became tags."""
        release = self.session.release
        edit = EntityEdit(self.session)
        added = 0
        for n in chosen:
            s = self.suggestions[n]
            if s.paragraph < len(release.body) and release.body[s.paragraph].text[s.start : s.end] == s.text:
                added += edit.add(s.paragraph, s.kind, s.start, s.end, name=s.name, ref=s.ref) is not None
        if len(chosen) == 1:
            edit.push(self.tr("Accept suggestion"))
        else:
            edit.push(english_plural(self.tr("Accept %n suggestion(s)", "", added), added))
        self._drop(chosen)
        skipped = len(chosen) - added
        if skipped:
            self.status.setText(
                english_plural(
                    self.tr("%n suggestion(s) no longer fit the text and were dropped.", "", skipped), skipped
                )
            )
            self._dropped_note = True
        return added

    def accept_selected(self) -> int:
        return self.accept(self._selected())

    def accept_all(self) -> int:
        return self.accept(list(range(len(self.suggestions))))

    def reject_selected(self) -> None:
        self._drop(self._selected())

    def _drop(self, chosen: list[int]) -> None:
        gone = set(chosen)
        row = min(chosen) if chosen else 0
        status = self.status.text()
        dropped = self._dropped_note
        self.show_suggestions([s for n, s in enumerate(self.suggestions) if n not in gone])
        if dropped:  # the note about suggestions that no longer fit stays until the next run
            self.status.setText(status)
            self._dropped_note = True
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
