"""File > New from Template… and Settings > Templates…; the default template that File > New starts from.

A release made from a template is new and untitled. It opens in this window
when the window holds an untouched empty release, else in a new window, so
nothing the user was writing is put at risk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from app.gui.services import FeatureHost
from app.gui.templates.store import Template, TemplateError, TemplateStore
from app.model import Release

if TYPE_CHECKING:  # the dialogs load on first use: the window paints sooner
    from app.gui.templates.dialogs import TemplatePicker, TemplatesDialog


class Templates(QObject):
    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.window)
        self.host = host
        self.session = host.session
        self.store = TemplateStore(host.paths.data_dir / "templates")
        self.picker: TemplatePicker | None = None
        self.dialog: TemplatesDialog | None = None
        self.new_action = QAction(self.tr("New from &Template…"), host.window)
        self.new_action.setStatusTip(self.tr("Start a release with an organisation's contacts, place and notes"))
        self.new_action.triggered.connect(self.open_picker)
        self.manage_action = QAction(self.tr("&Templates…"), host.window)
        self.manage_action.setStatusTip(self.tr("Save the open release as a template; rename, delete, "
                                                "choose the one File > New starts from"))
        self.manage_action.triggered.connect(self.open_manager)

    # -- File > New and New from Template… ---------------------------------------------------

    def default_name(self) -> str:
        return self.host.preferences.default_template

    def new_release(self) -> Release:
        """What File > New starts: the default template's release, or an empty one."""
        template = self.store.find(self.default_name()) if self.default_name() else None
        if template is None:
            return Release()
        try:
            return self.store.load(template)
        except TemplateError as exc:
            self.host.show_status(str(exc), 8000)
            return Release()

    def open_picker(self) -> TemplatePicker:
        from app.gui.templates.dialogs import TemplatePicker

        if self.picker is not None:
            self.picker.close()
        self.picker = TemplatePicker(self.store, self.default_name(), self.host.window)
        self.picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.picker.destroyed.connect(lambda: setattr(self, "picker", None))
        self.picker.chosen.connect(self.create)
        self.picker.open()
        return self.picker

    def create(self, template: Template) -> bool:
        """A new, untitled release from ``template``: here if this window is empty and untouched, else in a new one."""
        try:
            release = self.store.load(template)
        except TemplateError as exc:
            self.host.dialogs.show_error(self.tr("Cannot use the template"), str(exc))
            return False
        session = self.session
        if not (session.path is None and session.undo_stack.isClean() and session.release == Release()):
            editor = self.host.new_editor()
            editor.bring_forward()
            session = editor.session
        session.load(release, None, None, modified=True)
        return True

    # -- Settings > Templates… -------------------------------------------------------------------

    def open_manager(self) -> TemplatesDialog:
        from app.gui.templates.dialogs import TemplatesDialog

        if self.dialog is not None:
            self.dialog.close()
        self.dialog = TemplatesDialog(self.store, self.default_name(), self.host.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog.save_button.clicked.connect(self.save_open_release)
        self.dialog.rename_button.clicked.connect(self.rename_selected)
        self.dialog.delete_button.clicked.connect(self.delete_selected)
        self.dialog.default_button.clicked.connect(lambda: self.set_default(self._selected_name()))
        self.dialog.no_default_button.clicked.connect(lambda: self.set_default(""))
        self.dialog.show()
        return self.dialog

    def _selected(self) -> Template | None:
        return self.dialog.templates.current() if self.dialog is not None else None

    def _selected_name(self) -> str:
        template = self._selected()
        return template.name if template is not None else ""

    def _refill(self, select: str | None) -> None:
        if self.dialog is not None:
            self.dialog.templates.default = self.default_name()
            self.dialog.templates.fill(select)
            self.dialog.update_buttons()

    def save_open_release(self) -> Template | None:
        release = self.session.release
        suggested = next((c.organisation for c in release.contacts if c.organisation), "") or self.tr("My template")
        name = self.host.dialogs.ask_template_name(self.tr("Save as template"), suggested)
        if not name:
            return None
        existing = self.store.find(name)
        if existing is not None and not existing.bundled and not self.host.dialogs.ask_replace_file(str(existing.path)):
            return None
        try:
            saved = self.store.save(name, release)
        except TemplateError as exc:
            self.host.dialogs.show_error(self.tr("Cannot save the template"), str(exc))
            return None
        self._refill(saved.name)
        self.host.show_status(self.tr("Saved the template “{name}”").format(name=saved.name), 8000)
        return saved

    def rename_selected(self) -> Template | None:
        template = self._selected()
        if template is None:
            return None
        name = self.host.dialogs.ask_template_name(self.tr("Rename template"), template.name)
        if not name or name == template.name:
            return None
        try:
            renamed = self.store.rename(template, name)
        except TemplateError as exc:
            self.host.dialogs.show_error(self.tr("Cannot rename the template"), str(exc))
            return None
        if self.default_name() == template.name:
            self.set_default(renamed.name)
        self._refill(renamed.name)
        return renamed

    def delete_selected(self) -> bool:
        template = self._selected()
        if template is None or not self.host.dialogs.ask_delete_template(template.name):
            return False
        try:
            self.store.delete(template)
        except TemplateError as exc:
            self.host.dialogs.show_error(self.tr("Cannot delete the template"), str(exc))
            return False
        if self.default_name() == template.name:
            self.set_default("")
        self._refill(None)
        return True

    def set_default(self, name: str) -> None:
        """File > New starts from template ``name`` ("" for an empty release); kept in the preferences."""
        self.host.preferences.default_template = name
        self.host.settings.set_preferences(self.host.preferences)
        self._refill(self._selected_name() or None)


def install_templates(host: FeatureHost) -> Templates:
    """File > New from Template… (after New) and Settings > Templates…."""
    templates = Templates(host)
    host.menus.insert("file", [templates.new_action], before="file.open")
    host.menus.insert("settings", [templates.manage_action])
    return templates
