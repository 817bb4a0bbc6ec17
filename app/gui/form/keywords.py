"""Keywords as chips, with completion from the release's tags, and subjects from a controlled vocabulary.

The entry box keeps the old field's undo behaviour: what is being typed is
already the last keyword (each keystroke a merged SetFields, so one burst is one
undo step); a comma or Enter closes it into a chip. A chip's × removes it.
Subjects are picked from ``resources/vocabularies/subjects.csv`` and any
vocabulary the editor loaded, and stored by their ref; a ref no vocabulary
knows is kept and shown as it is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QCompleter, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from app.formats.errors import FormatError
from app.gui.common.commands import SetFields
from app.gui.common.session import Session
from app.gui.widgets.line_edit import LineEdit
from app.paths import resources_dir

if TYPE_CHECKING:
    from app.annotate.subjects import Subject

log = logging.getLogger(__name__)


def shipped_subjects() -> list[Subject]:
    from app.annotate.subjects import load_subjects

    try:
        return load_subjects(resources_dir() / "vocabularies" / "subjects.csv")
    except (FormatError, OSError):  # the form still works without the picker's list
        log.exception("subjects vocabulary unreadable")
        return []


def tag_words(session: Session) -> list[str]:
    """Every tagged text and normalised name in the release, for completion."""
    release = session.release
    words: set[str] = set()
    tagged = [(release.headline, release.headline_entities), *((p.text, p.entities) for p in release.body)]
    for text, entities in tagged:
        for e in entities:
            words.add(text[e.start : e.end])
            if e.name:
                words.add(e.name)
    return sorted(words, key=str.casefold)


class _Entry(LineEdit):
    """The box where a keyword is typed; completion lists the release's tags when it gets the focus."""

    def __init__(self, session: Session, owner: KeywordsEditor) -> None:
        super().__init__(session, self.tr("New keyword"))
        self.owner = owner
        self.words = QStringListModel(self)
        completer = QCompleter(self.words, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.words.setStringList(tag_words(self.session))
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer().popup()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not popup.isVisible():
            self.owner.close_entry()
            return
        if event.key() == Qt.Key.Key_Backspace and not self.text() and self.owner.chips():
            self.owner.remove(len(self.owner.chips()) - 1)
            return
        super().keyPressEvent(event)


class KeywordsEditor(QWidget):
    """Keyword chips and an entry box, bound to ``keywords`` through the window's undo stack."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("Keywords"))
        self.edit = _Entry(session, self)
        self.edit.setPlaceholderText(self.tr("Type a keyword, then a comma or Enter"))
        self.edit.textEdited.connect(self._typed)
        self.edit.completer().activated.connect(lambda _text: self.close_entry())
        self.setFocusProxy(self.edit)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.edit, 1)
        self._chips: list[QToolButton] = []
        self._forwarding = False  # a key is on its way from a chip to the entry box
        session.field_changed.connect(lambda path: self.refresh() if path == "keywords" else None)
        session.reset.connect(self.refresh)
        self.refresh()

    # -- model -> widget ----------------------------------------------------------

    def chips(self) -> list[str]:
        """The keywords shown as chips (the one being typed is not among them)."""
        keywords = list(self.session.release.keywords)
        pending = self.edit.text().strip()
        return keywords[:-1] if pending and keywords and keywords[-1] == pending else keywords

    def text(self) -> str:
        return ", ".join(self.session.release.keywords)

    def selectAll(self) -> None:
        self.edit.selectAll()

    def refresh(self) -> None:
        keywords = self.session.release.keywords
        pending = self.edit.text().strip()
        if pending and not (keywords and keywords[-1] == pending):
            self.edit.clear()  # undo took the keyword being typed away
        for chip in self._chips:
            chip.deleteLater()
        self._chips = []
        for n, word in enumerate(self.chips()):
            chip = QToolButton(self)
            chip.setText(f"{word}  ×")
            chip.setAccessibleName(self.tr("Keyword {word}: remove").format(word=word))
            chip.setToolTip(self.tr("Remove the keyword “{word}”").format(word=word))
            chip.setAutoRaise(False)
            chip.clicked.connect(lambda _=False, n=n: self.remove(n))
            self.row.insertWidget(n, chip)
            self._chips.append(chip)

    # -- widget -> model ----------------------------------------------------------

    def _set(self, keywords: list[str], text: str, *, merge: bool) -> None:
        old = list(self.session.release.keywords)
        if keywords != old:
            if not merge:
                self.session.new_burst()
            self.session.undo_stack.push(SetFields(self.session, {"keywords": (old, keywords)}, text, merge=merge))

    def _typed(self, text: str) -> None:
        if "," in text:
            head, _, tail = text.rpartition(",")
            self.edit.setText(tail.lstrip())
            words = [w.strip() for w in head.split(",") if w.strip()]
            self._set(self.chips_without_pending() + words + ([tail.strip()] if tail.strip() else []),
                      self.tr("Edit keywords"), merge=True)
            self.refresh()
            return
        if text != text.lstrip():
            self.edit.setText(text.lstrip())  # the space after a comma belongs to no keyword
        typed = [text.strip()] if text.strip() else []
        self._set(self.chips_without_pending() + typed, self.tr("Edit keywords"), merge=True)

    def chips_without_pending(self) -> list[str]:
        """The keywords before the one being typed (as the model held them before this keystroke)."""
        return [c.text().removesuffix("  ×") for c in self._chips]

    def close_entry(self) -> None:
        """Enter (or a completion): the keyword being typed becomes a chip."""
        word = self.edit.text().strip()
        self.edit.clear()
        if word:
            keywords = self.chips_without_pending()
            if word not in keywords:
                keywords.append(word)
            self._set(keywords, self.tr("Add keyword"), merge=True)
        self.session.new_burst()
        self.refresh()

    def remove(self, index: int) -> None:
        keywords = list(self.session.release.keywords)
        if 0 <= index < len(keywords):
            word = keywords.pop(index)
            self._set(keywords, self.tr("Remove keyword {word}").format(word=word), merge=False)
            self.session.new_burst()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A key typed on a chip goes to the entry box; a key the entry box left goes on to the window."""
        if self._forwarding or self.edit.hasFocus():
            # The entry had this key and did not want it (Escape, Up, Ctrl+Z...): let Qt pass it on to the
            # form and the window like any other field's key. Sending it back would loop without end.
            event.ignore()
            return
        self._forwarding = True
        try:
            QApplication.sendEvent(self.edit, event)  # Qt passes it on to the window if the entry leaves it
        finally:
            self._forwarding = False
        event.accept()  # it already went up through this row's parents from the entry


class SubjectsPicker(QWidget):
    """A button with a checkable menu of subjects, a line saying which are chosen, and "Load subjects…"."""

    load_requested = Signal()  # the window's controller asks for a file (the picker knows no dialogs)

    def __init__(self, session: Session, subjects: list[Subject] | Callable[[], list[Subject]],
                 parent: QWidget | None = None) -> None:
        """``subjects``: the shipped list, or what reads it when first needed (a release with subjects,
        the menu): most releases open without one, and the window paints sooner without reading it."""
        super().__init__(parent)
        self.session = session
        self._shipped = subjects
        self._sources: list[tuple[str, list[Subject]]] | None = None
        self.button = QToolButton(self)
        self.button.setText(self.tr("Choose…"))
        self.button.setAccessibleName(self.tr("Subjects"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._fill)
        self.load_button = QToolButton(self)
        self.load_button.setText(self.tr("Load subjects…"))
        self.load_button.setAccessibleName(self.tr("Load subjects"))
        self.load_button.setToolTip(self.tr("Add the subjects of a CSV or SKOS vocabulary to this list"))
        self.load_button.clicked.connect(self.load_requested)
        self.label = QLabel()
        self.label.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.label, 1)
        row.addWidget(self.load_button)
        session.field_changed.connect(lambda path: self.refresh() if path == "subjects" else None)
        session.reset.connect(self.refresh)
        self.refresh()

    @property
    def sources(self) -> list[tuple[str, list[Subject]]]:
        """(file path, subjects): the shipped list first (path ""), then each loaded file."""
        if self._sources is None:
            shipped = self._shipped() if callable(self._shipped) else self._shipped
            self._sources = [("", shipped)]
        return self._sources

    @sources.setter
    def sources(self, sources: list[tuple[str, list[Subject]]]) -> None:
        self._sources = sources

    @property
    def subjects(self) -> list[Subject]:
        """Every subject on offer, each reference once (the first source that has it wins)."""
        seen: set[str] = set()
        out: list[Subject] = []
        for _name, subjects in self.sources:
            for s in subjects:
                if s.ref not in seen:
                    seen.add(s.ref)
                    out.append(s)
        return out

    def add_source(self, path: str, subjects: list[Subject]) -> None:
        """Offer the subjects of a loaded vocabulary too (loading the same file again replaces them)."""
        self.sources = [(p, s) for p, s in self.sources if p != path or not p] + [(path, subjects)]
        self.refresh()

    def label_of(self, ref: str) -> str:
        return next((s.label for s in self.subjects if s.ref == ref), ref)

    def refresh(self) -> None:
        chosen = self.session.release.subjects
        self.label.setText("; ".join(self.label_of(r) for r in chosen) or self.tr("None chosen"))

    def _fill(self) -> None:
        self.menu.clear()
        chosen = set(self.session.release.subjects)
        shown: set[str] = set()
        for path, subjects in self.sources:
            fresh = [s for s in subjects if s.ref not in shown]
            if path and fresh:
                self.menu.addSection(Path(path).name)
            for subject in fresh:
                shown.add(subject.ref)
                action = self.menu.addAction(subject.label)
                action.setCheckable(True)
                action.setChecked(subject.ref in chosen)
                action.toggled.connect(lambda on, ref=subject.ref: self.toggle(ref, on))

    def toggle(self, ref: str, on: bool) -> None:
        old = list(self.session.release.subjects)
        new = [*old, ref] if on and ref not in old else [r for r in old if r != ref or on]
        if new != old:
            self.session.new_burst()
            label = self.label_of(ref)
            text = (self.tr("Add subject {label}") if on else self.tr("Remove subject {label}")).format(label=label)
            self.session.undo_stack.push(SetFields(self.session, {"subjects": (old, new)}, text, merge=False))
