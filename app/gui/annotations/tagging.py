"""Tagging in the editor window: actions per kind, the Tag toolbar, the body's menu, the panel.

``install_annotations(host)`` is the one call the window makes. It adds
the highlighter to the body (and its colours to the headline), a Tag action per
kind (menu, toolbar, shortcut, the body's and the headline's context menus),
the Annotations panel, comments and suggestions.
Every action is one undo step on the window's stack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar, QWidget

from app.formats.errors import FormatError
from app.gui.annotations.comments import CommentActions
from app.gui.annotations.panel import AnnotationsPanel
from app.gui.annotations.subject_vocabularies import SubjectVocabularies
from app.gui.annotations.suggestions import SuggestionsPanel
from app.gui.annotations.tag_commands import HEADLINE, EntityEdit, find_entity, occurrences, tagged_text
from app.gui.common.i18n import english_plural, file_error_text
from app.gui.common.looks import dark_scheme
from app.gui.widgets.headline import headline_selection
from app.gui.widgets.highlight import TagHighlighter, kind_label
from app.model import ENTITY_KINDS

if TYPE_CHECKING:
    from app.gui.annotations.dialogs import AnnotationDialogs
    from app.gui.services import FeatureHost

T = TypeVar("T")

SHORTCUTS = {
    "person": "Ctrl+Alt+P",
    "organisation": "Ctrl+Alt+O",
    "place": "Ctrl+Alt+L",
    "event": "Ctrl+Alt+E",
    "initiative": "Ctrl+Alt+I",
    "topic": "Ctrl+Alt+T",
}
_REFRESH_MS = 250  # typing refreshes the panel after a pause, not on every key


class Annotations(QObject):
    """The window's tagging feature: owns the highlighter, the tag actions and the panel."""

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.window)
        self.host = host
        self.window = window = host.window
        self.session = host.session
        self.form = host.form
        self.body = host.form.body
        self.headline = host.form.headline
        self._dialogs: AnnotationDialogs | None = None  # made with the first question asked: not at start
        self.highlighter = TagHighlighter(self.session, self.body, self.body.palette())
        self.body.tag_painter = self.highlighter

        self.tag_actions: dict[str, QAction] = {}
        for kind in ENTITY_KINDS:
            action = QAction(self.tr("Tag as {kind}").format(kind=kind_label(kind)), window)
            action.setShortcut(QKeySequence(SHORTCUTS[kind]))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setStatusTip(
                self.tr("Tag the selected text: {kind} ({shortcut})").format(
                    kind=kind_label(kind), shortcut=SHORTCUTS[kind]
                )
            )
            action.triggered.connect(lambda _=False, kind=kind: self.tag_selection(kind))
            window.addAction(action)
            self.tag_actions[kind] = action
        self.comments = CommentActions(self)
        self.toolbar = QToolBar(self.tr("Tag"), window)
        self.toolbar.setObjectName("tag-toolbar")
        for kind in ENTITY_KINDS:
            self.toolbar.addAction(self.tag_actions[kind])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.comments.add_action)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        self.panel = AnnotationsPanel()
        self.dock = QDockWidget(self.tr("Annotations"), window)
        self.dock.setObjectName("annotations-dock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.suggestions = SuggestionsPanel(self)
        self.subject_vocabularies = SubjectVocabularies(self)
        self.suggestions_dock = QDockWidget(self.tr("Suggestions"), window)
        self.suggestions_dock.setObjectName("suggestions-dock")
        self.suggestions_dock.setWidget(self.suggestions)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.suggestions_dock)
        window.tabifyDockWidget(self.dock, self.suggestions_dock)
        self.dock.raise_()

        menu = host.menus.add("annotate", self.tr("&Annotate"))
        menu.addActions(list(self.tag_actions.values()))
        menu.addSeparator()
        menu.addAction(self.comments.add_action)
        menu.addSeparator()
        menu.addActions([self.suggestions.run_action, self.suggestions.load_vocabulary_action])
        menu.addSeparator()
        menu.addActions([self.dock.toggleViewAction(), self.suggestions_dock.toggleViewAction()])

        self.body.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.body.customContextMenuRequested.connect(self._body_menu)
        self.body.comment_mark = self.comments.mark_colour
        self.headline.tag_actions = list(self.tag_actions.values())
        self.headline.set_formats(self.highlighter.formats)
        self.panel.chosen.connect(self.jump)
        self.panel.menu_requested.connect(self._panel_menu)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(_REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self.session.changed.connect(self._refresh_timer.start)
        self.session.reset.connect(self.refresh)
        self.session.annotations_changed.connect(self._annotations_changed)
        # the tag colours follow the system's light or dark scheme, now and whenever it changes
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.follow_colour_scheme)
        # A hidden child of the window, not the body: Qt does not tell widgets under a style sheet that the
        # palette changed. Not the window itself either: every key the body passes up (each key release)
        # would run this filter's Python on every keystroke.
        self._palette_watch = QWidget(window)
        self._palette_watch.hide()
        self._palette_watch.installEventFilter(self)
        self.follow_colour_scheme()
        self.refresh()

    @property
    def dialogs(self) -> AnnotationDialogs:
        """What the tagging asks the user (a name, a comment, a file); tests put canned answers here."""
        if self._dialogs is None:
            from app.gui.annotations.dialogs import AnnotationDialogs

            self._dialogs = AnnotationDialogs(self.window)
        return self._dialogs

    @dialogs.setter
    def dialogs(self, dialogs: AnnotationDialogs) -> None:
        self._dialogs = dialogs

    # -- showing -------------------------------------------------------------------

    def refresh(self) -> None:
        self._refresh_timer.stop()
        self.panel.show_release(self.session.release)
        self.body.viewport().update()

    def follow_colour_scheme(self, scheme: Qt.ColorScheme | None = None) -> bool:
        """Re-pick the tag and comment colours for a light or dark scheme; True when they changed."""
        # the application's palette: the form's style sheet keeps the body's own palette from following it
        dark = dark_scheme(QGuiApplication.palette(), scheme)
        if not self.highlighter.set_dark(dark):
            return False
        self.highlighter.rehighlight()
        self.headline.set_formats(self.highlighter.formats)
        self.form.set_dark(dark)
        self.body.viewport().update()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # a palette switched by the style or the user (not every platform reports a scheme change)
        changes = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if watched is self._palette_watch and event.type() in changes:
            self.follow_colour_scheme()
        return False

    def _annotations_changed(self, indexes: list[int]) -> None:
        self.highlighter.rehighlight_paragraphs(indexes)
        self.refresh()

    # -- tagging ---------------------------------------------------------------------

    def selected_span(self) -> tuple[int, int, int] | None:
        """(place, start, end) of the selection trimmed of spaces, or of the word at the cursor.

        The place is the headline (HEADLINE) while it has the focus, else a paragraph of the body.
        """
        if self.headline.hasFocus():
            a, sa, sb = HEADLINE, *headline_selection(self.headline)
        else:
            cursor = self.body.textCursor()
            if not cursor.hasSelection():
                cursor.select(QTextCursor.SelectionType.WordUnderCursor)
            a, sa = self.body.paragraph_at(cursor.selectionStart())
            b, sb = self.body.paragraph_at(cursor.selectionEnd())
            if a != b or a >= len(self.session.release.body):
                return None
        text = tagged_text(self.session.release, a)
        while sa < sb and text[sa].isspace():
            sa += 1
        while sb > sa and text[sb - 1].isspace():
            sb -= 1
        return (a, sa, sb) if sa < sb else None

    def tag_selection(self, kind: str) -> bool:
        span = self.selected_span()
        if span is None:
            self.host.show_status(
                self.tr("Select a name in the headline or inside one paragraph to tag it"), 5000
            )
            return False
        edit = EntityEdit(self.session)
        if edit.add(span[0], kind, span[1], span[2]) is None or not edit.push(
            self.tr("Tag as {kind}").format(kind=kind_label(kind))
        ):
            self.host.show_status(self.tr("That text is already tagged, or crosses another tag"), 5000)
            return False
        return True

    def rename(self, entity_id: str) -> None:
        found = find_entity(self.session.release, entity_id)
        if found is None:
            return
        index, entity = found
        current = entity.name or tagged_text(self.session.release, index)[entity.start : entity.end]
        name = self.dialogs.ask_name(self.tr("Rename tag"), self.tr("Normalised name:"), current)
        if name is None:
            return
        edit = EntityEdit(self.session)
        edit.change(index, entity_id, lambda e: setattr(e, "name", name.strip() or None))
        edit.push(self.tr("Rename tag"))

    def change_kind(self, entity_id: str, kind: str) -> None:
        found = find_entity(self.session.release, entity_id)
        if found is not None:
            edit = EntityEdit(self.session)
            edit.change(found[0], entity_id, lambda e: setattr(e, "kind", kind))
            edit.push(self.tr("Change tag to {kind}").format(kind=kind_label(kind)))

    def remove(self, entity_id: str) -> None:
        found = find_entity(self.session.release, entity_id)
        if found is not None:
            edit = EntityEdit(self.session)
            edit.remove(found[0], entity_id)
            edit.push(self.tr("Remove tag"))

    def tag_all(self, entity_id: str) -> int:
        """Tag every other occurrence of this tag's text like it; returns how many were added."""
        release = self.session.release
        found = find_entity(release, entity_id)
        if found is None:
            return 0
        index, entity = found
        edit = EntityEdit(self.session)
        added = sum(
            edit.add(i, entity.kind, s, e, name=entity.name, ref=entity.ref) is not None
            for i, s, e in occurrences(release, tagged_text(release, index)[entity.start : entity.end])
        )
        kind = kind_label(entity.kind)
        edit.push(english_plural(self.tr("Tag %n more as {kind}", "", added), added).format(kind=kind))
        tagged = english_plural(self.tr("Tagged %n more occurrence(s)", "", added), added)
        self.host.show_status(tagged, 5000)
        return added

    # -- files -------------------------------------------------------------------------

    def load_chosen(self, ask: Callable[[], Path | None], load: Callable[[Path], T],
                    failure: str) -> tuple[Path, T] | None:
        """Ask for a file and read it; None when cancelled or unreadable (then the error, naming file and
        line, is shown under the title ``failure``)."""
        path = ask()
        if path is None:
            return None
        try:
            return path, load(path)
        except FormatError as exc:
            self.host.dialogs.show_error(failure, file_error_text(exc))
            return None

    # -- going to a tag -----------------------------------------------------------------

    def jump(self, what: str, ident: str) -> None:
        """Select the tag's (or comment's) text in the headline or the body, and give that the focus."""
        release = self.session.release
        if what == "entity":
            found = find_entity(release, ident)
            if found is None:
                return
            index, start, end = found[0], found[1].start, found[1].end
            if index == HEADLINE:
                self.headline.setSelection(start, end - start)
                self.headline.setFocus(Qt.FocusReason.OtherFocusReason)
                self.form.ensureWidgetVisible(self.headline)
                return
        else:
            comment = next((c for c in release.comments if c.id == ident), None)
            if comment is None:
                return
            index = release.paragraph_index(comment.paragraph)
            start = comment.start or 0
            end = comment.end if comment.end is not None else len(release.body[index].text)
        cursor = self.body.textCursor()
        cursor.setPosition(self.body.position_of(index, start))
        cursor.setPosition(self.body.position_of(index, end), QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)
        self.body.ensureCursorVisible()
        self.form.ensureWidgetVisible(self.body)

    # -- menus ------------------------------------------------------------------------------

    def _body_menu(self, pos: QPoint) -> None:
        menu = self.body.createStandardContextMenu(pos)
        for action in menu.actions():  # the editor's own undo is off; the window's history is in Edit
            if action.objectName() in ("edit-undo", "edit-redo"):
                menu.removeAction(action)
        menu.addSeparator()
        tag_menu = menu.addMenu(self.tr("&Tag"))
        tag_menu.addActions(list(self.tag_actions.values()))
        menu.addAction(self.comments.add_action)
        menu.exec(self.body.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def entity_menu(self, entity_id: str) -> QMenu:
        """The actions on one tag, as the panel shows them on a right click."""
        menu = QMenu(self.panel)
        menu.addAction(self.tr("&Rename…"), lambda: self.rename(entity_id))
        kinds = menu.addMenu(self.tr("Change &kind"))
        found = find_entity(self.session.release, entity_id)
        for kind in ENTITY_KINDS:
            action = kinds.addAction(kind_label(kind), lambda kind=kind: self.change_kind(entity_id, kind))
            action.setCheckable(True)
            action.setChecked(found is not None and found[1].kind == kind)
        menu.addAction(self.tr("Tag all other &occurrences"), lambda: self.tag_all(entity_id))
        menu.addSeparator()
        menu.addAction(self.tr("Re&move tag"), lambda: self.remove(entity_id))
        return menu

    def _panel_menu(self, what: str, ident: str, where: QPoint) -> None:
        menu = self.entity_menu(ident) if what == "entity" else self.comments.comment_menu(ident)
        menu.exec(where)
        menu.deleteLater()


def install_annotations(host: FeatureHost) -> Annotations:
    """Add tagging, comments, suggestions and the Annotations panel to the host's window."""
    return Annotations(host)
