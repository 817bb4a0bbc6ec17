"""The two template windows: File > New from Template… (pick one) and Settings > Templates (manage them).

Both list the templates with what each holds beside the list, so the user
sees the organisation, place and notes before choosing. Names are asked, and
deletions confirmed, through the window's ``Dialogs`` seam.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.common.i18n import isolate
from app.gui.templates.store import Template, TemplateError, TemplateStore
from app.model import Release


class _TemplateList(QWidget):
    """The list of templates and, beside it, what the selected one holds."""

    def __init__(self, store: TemplateStore, default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.default = default
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        self.details = QLabel()
        self.details.setAccessibleName(self.tr("What the template holds"))
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.details.setMinimumWidth(280)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list.setMinimumWidth(320)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.details, 2)
        self.list.currentItemChanged.connect(self._show)
        self.fill()

    def fill(self, select: str | None = None) -> None:
        self.list.clear()
        for template in self.store.templates():
            label = template.name
            if template.bundled:
                label = self.tr("{name} (example)").format(name=label)
            if template.name == self.default:
                label = self.tr("{name} — default for New").format(name=label)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, template)
            self.list.addItem(item)
            if template.name == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show()

    def current(self) -> Template | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, name: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole).name == name:
                self.list.setCurrentRow(row)
                return

    def describe(self, release: Release) -> str:
        """What a template holds, in a few lines of plain text."""
        lines = [self.tr("Language: {language}").format(language=release.language)]
        if release.dateline.place:
            lines.append(self.tr("Dateline place: {place}").format(place=isolate(release.dateline.place)))
        organisations = sorted({c.organisation for c in release.contacts if c.organisation})
        if organisations:
            lines.append(self.tr("Organisation: {names}").format(names=", ".join(isolate(o) for o in organisations)))
        for contact in release.contacts:
            lines.append(self.tr("Contact: {contact}").format(
                contact=", ".join(isolate(v) for v in (contact.name, contact.email, contact.phone) if v)))
        for block in release.boilerplate:
            lines.append(self.tr("Note: {heading}").format(heading=isolate(block.heading or "…")))
        return "\n".join(lines)

    def _show(self) -> None:
        template = self.current()
        if template is None:
            self.details.setText(self.tr("No templates yet: open a release and use “Save Open Release as "
                                         "Template…” in Settings > Templates."))
            return
        try:
            self.details.setText(self.describe(self.store.load(template)))
        except TemplateError as exc:
            self.details.setText(str(exc))


class TemplatePicker(QDialog):
    """File > New from Template…: choose a template; ``chosen`` says which when the user clicks Create."""

    chosen = Signal(object)  # the Template

    def __init__(self, store: TemplateStore, default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from Template"))
        self.setObjectName("template-picker")
        self.resize(720, 420)
        self.templates = _TemplateList(store, default)
        self.templates.select(default)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("&Create Release"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setEnabled(self.templates.current() is not None)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.templates.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start a release with a template's language, place, contacts and notes:")))
        layout.addWidget(self.templates, 1)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        template = self.templates.current()
        super().accept()
        if template is not None:
            self.chosen.emit(template)


class TemplatesDialog(QDialog):
    """Settings > Templates: save the open release as a template, rename, delete, set the default for New."""

    def __init__(self, store: TemplateStore, default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Templates"))
        self.setObjectName("templates-dialog")
        self.resize(900, 440)
        self.templates = _TemplateList(store, default)
        self.save_button = QPushButton(self.tr("&Save Open Release as Template…"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.default_button = QPushButton(self.tr("Use for File > &New"))
        self.no_default_button = QPushButton(self.tr("File > New Starts &Empty"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        buttons = QVBoxLayout()
        for button in (self.save_button, self.rename_button, self.delete_button, self.default_button,
                       self.no_default_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.templates, 1)
        row.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.hint)
        layout.addWidget(close)
        self.templates.list.currentItemChanged.connect(self.update_buttons)
        self.update_buttons()

    def set_default(self, name: str) -> None:
        self.templates.default = name
        current = self.templates.current()
        self.templates.fill(current.name if current else None)
        self.update_buttons()

    def update_buttons(self) -> None:
        template = self.templates.current()
        own = template is not None and not template.bundled
        self.rename_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        self.default_button.setEnabled(template is not None and template.name != self.templates.default)
        self.no_default_button.setEnabled(bool(self.templates.default))
        if template is not None and template.bundled:
            self.hint.setText(self.tr("Examples that ship with Release Desk cannot be renamed or deleted."))
        elif self.templates.default:
            self.hint.setText(self.tr("File > New starts from “{name}”.").format(name=self.templates.default))
        else:
            self.hint.setText(self.tr("File > New starts an empty release."))
