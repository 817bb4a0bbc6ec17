"""The Annotations panel: every tag and comment of the release, grouped by kind, with a filter.

The panel only shows and reports: a click says which tag or comment the user
chose, a right click asks for that item's menu. The actions themselves
(rename, retag, remove, reply...) live with the window's annotation controller.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from app.gui.widgets.highlight import kind_label
from app.model import ENTITY_KINDS, Entity, Release

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # "entity:e3", "comment:c1", "reply:c1" (a plain string: QVariant-safe)
COMMENTS = QT_TRANSLATE_NOOP("AnnotationsPanel", "Comments")
HEADLINE = QT_TRANSLATE_NOOP("AnnotationsPanel", "Headline")  # where a headline tag is
IN_HEADLINE = QT_TRANSLATE_NOOP("AnnotationsPanel", "{kind} in the headline")
IN_PARAGRAPH = QT_TRANSLATE_NOOP("AnnotationsPanel", "{kind} in paragraph {number}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnnotationsPanel", text)


def _excerpt(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _item(text: str, key: tuple[str, str] | None = None, tip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if key is not None:
        item.setData(f"{key[0]}:{key[1]}", KEY_ROLE)
    if tip:
        item.setToolTip(tip)
    return item


def build_model(model: QStandardItemModel, release: Release) -> None:
    """Fill ``model`` with one group per kind and one for comments, each with its count."""
    model.clear()
    groups: dict[str, list[tuple[str, str, str, Entity]]] = {kind: [] for kind in ENTITY_KINDS}
    # (where, the tooltip's words, tagged text, tags): the headline first, as the release reads
    tagged = [(_tr(HEADLINE), _tr(IN_HEADLINE), release.headline, release.headline_entities)]
    tagged += [(f"¶{n}", _tr(IN_PARAGRAPH).replace("{number}", str(n)), p.text, p.entities)
               for n, p in enumerate(release.body, start=1)]
    for where, tip, text, entities in tagged:
        for e in entities:
            if e.kind in groups:
                groups[e.kind].append((where, tip, text[e.start : e.end], e))
    for kind, found in groups.items():
        group = _item(f"{kind_label(kind)} ({len(found)})")  # the view folds groups by the words before " ("
        for where, tip_words, text, e in found:
            label = text if not e.name or e.name == text else f"{text} → {e.name}"
            tip = tip_words.replace("{kind}", kind_label(kind))
            if e.ref:
                tip += QCoreApplication.translate("AnnotationsPanel", "; reference {ref}").format(ref=e.ref)
            group.appendRow([_item(label, ("entity", e.id), tip), _item(where)])
        model.appendRow([group, _item("")])
    numbers = {p.id: n for n, p in enumerate(release.body, start=1)}
    group = _item(f"{_tr(COMMENTS)} ({len(release.comments)})")
    for c in release.comments:
        state = QCoreApplication.translate("AnnotationsPanel", " (resolved)") if c.resolved else ""
        item = _item(f"{c.author}: {_excerpt(c.text)}{state}", ("comment", c.id), c.text)
        for r in c.replies:
            item.appendRow([_item(f"{r.author}: {_excerpt(r.text)}", ("reply", c.id), r.text), _item("")])
        group.appendRow([item, _item(f"¶{numbers.get(c.paragraph, '?')}")])
    model.appendRow([group, _item("")])
    model.setHorizontalHeaderLabels([QCoreApplication.translate("AnnotationsPanel", "Tag or comment"),
                                     QCoreApplication.translate("AnnotationsPanel", "Where")])


class AnnotationsPanel(QWidget):
    """A filter box over a tree of tags and comments."""

    chosen = Signal(str, str)  # ("entity" | "comment" | "reply", id)
    menu_requested = Signal(str, str, QPoint)  # the same key, and where to open the menu (global)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)  # a group stays while one of its rows matches
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter tags and comments"))
        self.filter.setAccessibleName(self.tr("Filter annotations"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Annotations"))
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self._folded: set[str] = set()
        self._building = False
        self.tree.collapsed.connect(lambda index: self._folded_changed(index, True))
        self.tree.expanded.connect(lambda index: self._folded_changed(index, False))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.clicked.connect(self._chosen)
        self.tree.activated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)

    def show_release(self, release: Release) -> None:
        self._building = True
        try:
            build_model(self.model, release)
            header = self.tree.header()  # clearing the model dropped the columns and their modes
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                # groups stay open unless the user folded them
                open_ = self.proxy.rowCount(index) > 0 and self._group(index) not in self._folded
                self.tree.setExpanded(index, open_ or bool(self.filter.text()))
        finally:
            self._building = False

    @staticmethod
    def _group(index: QModelIndex) -> str:
        return str(index.data()).split(" (")[0]

    def _folded_changed(self, index: QModelIndex, folded: bool) -> None:
        if self._building or index.parent().isValid():
            return
        if folded:
            self._folded.add(self._group(index))
        else:
            self._folded.discard(self._group(index))

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()

    def key_at(self, index: QModelIndex) -> tuple[str, str] | None:
        key = index.siblingAtColumn(0).data(KEY_ROLE)
        if not key:
            return None
        what, _, ident = str(key).partition(":")
        return what, ident

    def visible_labels(self) -> list[str]:
        """The rows the filter lets through, groups first then their rows (for tests and screen readers)."""
        out: list[str] = []
        for row in range(self.proxy.rowCount()):
            group = self.proxy.index(row, 0)
            out.append(str(group.data()))
            out += [str(self.proxy.index(r, 0, group).data()) for r in range(self.proxy.rowCount(group))]
        return out

    def index_of(self, key: tuple[str, str]) -> QModelIndex:
        """The view's index of a tag or comment row (invalid when filtered out)."""
        flags = Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly
        matches = self.model.match(self.model.index(0, 0), KEY_ROLE, f"{key[0]}:{key[1]}", 1, flags)
        return self.proxy.mapFromSource(matches[0]) if matches else QModelIndex()

    def _chosen(self, index: QModelIndex) -> None:
        key = self.key_at(index)
        if key is not None:
            self.chosen.emit(*key)

    def _menu(self, pos: QPoint) -> None:
        key = self.key_at(self.tree.indexAt(pos))
        if key is not None:
            self.menu_requested.emit(key[0], key[1], self.tree.viewport().mapToGlobal(pos))
