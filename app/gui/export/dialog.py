"""File > Export…: choose a format, a destination and the note's options, with a preview.

The dialog only gathers the user's choice (:class:`ExportChoice`); writing the
file is the export controller's job (export.py). The preview of a briefing note
is the same content the DOCX writer lays out, rendered as HTML in the window;
for the other formats it is the start of the file as it will be written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.formats import FORMATS
from app.formats.briefing_content import BriefingContent
from app.formats.docx_briefing import DEFAULT_PURPOSE, BriefingOptions
from app.formats.errors import FormatError
from app.gui.export.briefing_preview import briefing_html, page_frame, page_preview, text_html
from app.gui.export.office_render import OfficeRenderer, missing_tools
from app.gui.export.readable import readable
from app.model import Release

# What the format list offers, in the order officers and partners ask for them.
EXPORT_FORMATS: tuple[tuple[str, str, str, str], ...] = (
    # key of FORMATS, label, suffix, file dialog filter
    # (labels and filters are English sources: _tr() at use gives them in the UI's language)
    ("docx", QT_TRANSLATE_NOOP("ExportDialog", "Briefing note (DOCX)"), ".docx",
     QT_TRANSLATE_NOOP("ExportDialog", "Word documents (*.docx)")),
    ("nitf", "NITF 3.6", ".nitf.xml", "NITF (*.nitf.xml *.nitf *.xml)"),
    ("newsmlg2", "NewsML-G2 2.35", ".newsml.xml", "NewsML-G2 (*.newsml.xml *.xml)"),
    ("ninjs", "ninjs 3.1 (JSON)", ".ninjs.json", "ninjs (*.ninjs.json *.json)"),
    ("ninjs2", "ninjs 2.2 (JSON)", ".ninjs.json", "ninjs (*.ninjs.json *.json)"),
    ("txt", QT_TRANSLATE_NOOP("ExportDialog", "Plain text"), ".txt",
     QT_TRANSLATE_NOOP("ExportDialog", "Plain text (*.txt)")),
    ("xml", QT_TRANSLATE_NOOP("ExportDialog", "Release XML"), ".release.xml",
     QT_TRANSLATE_NOOP("ExportDialog", "Release XML (*.release.xml *.xml)")),
)
PREVIEW_DELAY_MS = 250
PREVIEW_NOTE = {
    "docx": QT_TRANSLATE_NOOP(
        "ExportDialog", "Preview of the note's content and layout; Word and LibreOffice set the pages."
    ),
    "nitf": QT_TRANSLATE_NOOP("ExportDialog", "The start of the NITF file as it will be written."),
    "newsmlg2": QT_TRANSLATE_NOOP("ExportDialog", "The start of the NewsML-G2 news item as it will be written."),
    "ninjs": QT_TRANSLATE_NOOP("ExportDialog", "The start of the ninjs 3.1 news item as it will be written."),
    "ninjs2": QT_TRANSLATE_NOOP("ExportDialog", "The start of the ninjs 2.2 news item as it will be written."),
    "txt": QT_TRANSLATE_NOOP("ExportDialog", "The start of the text file as it will be written."),
    "xml": QT_TRANSLATE_NOOP("ExportDialog", "The start of the Release XML file as it will be written."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


class ExportDialogs(Protocol):
    """The part of the Dialogs seam this dialog uses."""

    def get_export_path(self, suggested: str, name_filter: str) -> Path | None: ...
    def ask_replace_file(self, path: str) -> bool: ...


@dataclass(frozen=True)
class ExportChoice:
    """What to write where: a FORMATS key, a path, and the briefing note's options."""

    fmt: str
    path: Path
    options: BriefingOptions


def _strip_suffix(name: str) -> str:
    lower = name.lower()
    for _, _, suffix, _ in sorted(EXPORT_FORMATS, key=lambda f: -len(f[2])):
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return name.split(".", maxsplit=1)[0]


class ExportDialog(QDialog):
    """Format, destination, options and preview; accepted only with a destination the user may write."""

    def __init__(
        self,
        release: Release,
        dialogs: ExportDialogs,
        *,
        folder: Path,
        base_name: str,
        template: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.release = release  # a snapshot: the window cannot change it while the dialog is up
        self.dialogs = dialogs
        self.template = template
        self._browsed: Path | None = None  # the file dialog already asked about replacing this one

        self.format_box = QComboBox()
        for key, label, _, _ in EXPORT_FORMATS:
            self.format_box.addItem(_tr(label), key)
        self.format_box.setAccessibleName(self.tr("Export format"))
        self.path_edit = QLineEdit(str(folder / (base_name + EXPORT_FORMATS[0][2])))
        self.path_edit.setAccessibleName(self.tr("Destination file"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        destination = QHBoxLayout()
        destination.addWidget(self.path_edit, 1)
        destination.addWidget(self.browse_button)

        self.include_comments = QCheckBox(self.tr("Include editors' &comments"))
        self.purpose_edit = QLineEdit(release.briefing_purpose or DEFAULT_PURPOSE)
        self.purpose_edit.setAccessibleName(self.tr("Purpose line"))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setAccessibleName(self.tr("Organisation in the header"))
        first = next((c.organisation for c in release.contacts if c.organisation), "")
        self.organisation_edit.setPlaceholderText(first or self.tr("No organisation: the header stays blank"))
        self.options_box = QGroupBox(self.tr("Briefing note"))
        options = QFormLayout(self.options_box)
        options.addRow(self.include_comments)
        options.addRow(self.tr("&Purpose:"), self.purpose_edit)
        options.addRow(self.tr("&Organisation:"), self.organisation_edit)

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_box)
        destination_label = QLabel(self.tr("&Destination:"))
        destination_label.setBuddy(self.path_edit)  # a row holding a layout gets no buddy by itself
        form.addRow(destination_label, destination)
        left = QWidget()
        left.setMinimumWidth(360)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(self.options_box)
        left_layout.addStretch(1)

        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setOpenLinks(False)
        page_preview(self.preview)
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.render_button = QPushButton(self.tr("Render with &LibreOffice"))
        self.render_button.setToolTip(self.tr("Show page 1 as LibreOffice lays out the note (takes a few seconds)"))
        self.render_button.clicked.connect(self.render_with_office)
        self.renderer = OfficeRenderer(self)
        self.renderer.rendered.connect(self._show_rendered)
        self.renderer.failed.connect(self._render_failed)
        above_preview = QHBoxLayout()
        above_preview.addWidget(self.preview_note, 1)
        above_preview.addWidget(self.render_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(above_preview)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 720])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        # debounced: typing a purpose line re-renders once the user pauses, not per key
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        for edit in (self.purpose_edit, self.organisation_edit):
            edit.textChanged.connect(self.preview_timer.start)
        self.include_comments.toggled.connect(self.preview_timer.start)
        self.path_edit.textChanged.connect(self._update_buttons)
        self.resize(1000, 680)
        self._format_changed()

    # -- the choice -----------------------------------------------------------

    def fmt(self) -> str:
        return str(self.format_box.currentData())

    def set_format(self, key: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(key))

    def options(self) -> BriefingOptions:
        return BriefingOptions(
            template=self.template,
            purpose=self.purpose_edit.text().strip() or DEFAULT_PURPOSE,
            include_comments=self.include_comments.isChecked(),
            organisation=self.organisation_edit.text().strip() or None,
        )

    def choice(self) -> ExportChoice:
        return ExportChoice(self.fmt(), Path(self.path_edit.text().strip()).expanduser(), self.options())

    # -- reacting to the user -------------------------------------------------

    def _entry(self) -> tuple[str, str, str, str]:
        return next(f for f in EXPORT_FORMATS if f[0] == self.fmt())

    def _format_changed(self) -> None:
        _, _, suffix, _ = self._entry()
        text = self.path_edit.text().strip()
        if text:  # keep the folder and name the user chose; only the extension follows the format
            path = Path(text)
            self.path_edit.setText(str(path.with_name(_strip_suffix(path.name) + suffix)))
        self.options_box.setEnabled(self.fmt() == "docx")
        self.render_button.setVisible(self.fmt() == "docx")
        missing = missing_tools()
        if missing:
            self.render_button.setToolTip(
                self.tr("Needs {programs}, which is not installed").format(programs=self.tr(" and ").join(missing))
            )
        self.refresh_preview()

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(bool(self.path_edit.text().strip()))

    def browse(self) -> None:
        _, _, _, name_filter = self._entry()
        path = self.dialogs.get_export_path(self.path_edit.text().strip(), _tr(name_filter))
        if path is not None:
            self.path_edit.setText(str(path))
            self._browsed = path

    def refresh_preview(self) -> None:
        self.preview_timer.stop()
        self._stop_rendering()
        fmt = self.fmt()
        try:
            if fmt == "docx":
                options = self.options()
                content = BriefingContent.of(self.release, options.purpose, options.organisation)
                page = briefing_html(self.release, content, include_comments=options.include_comments)
            else:
                page = text_html(readable(FORMATS[fmt].writer()(self.release)))  # NITF laid out to be read
        except FormatError as exc:  # the preview says why; Export will say it again, naming the file
            page = text_html(self.tr("No preview: {error}").format(error=exc))
        self.preview.setHtml(page)
        page_frame(self.preview)

    # -- page 1 as LibreOffice draws it ------------------------------------------

    def render_with_office(self) -> None:
        from app.formats import docx_briefing

        self.preview_timer.stop()
        try:
            note = docx_briefing.write(self.release, self.options())
        except FormatError as exc:
            self.preview_note.setText(self.tr("Cannot render: {error}").format(error=exc))
            return
        self.render_button.setEnabled(False)
        self.preview_note.setText(self.tr("Rendering with LibreOffice…"))
        self.renderer.start(note)

    def _show_rendered(self, image: QImage) -> None:
        self.render_button.setEnabled(True)
        self.preview_note.setText(
            self.tr("Page 1 as LibreOffice lays out the note. Change an option to return to the preview.")
        )
        self.preview.clear()
        page_frame(self.preview)
        cursor = self.preview.textCursor()
        block = cursor.blockFormat()
        block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        cursor.setBlockFormat(block)
        cursor.insertImage(image, "page-1")  # the name keeps the image a resource of this document

    def _render_failed(self, message: str) -> None:
        self.render_button.setEnabled(True)
        self.preview_note.setText(message)

    def _stop_rendering(self) -> None:
        if self.renderer.is_running():
            self.renderer.cancel()
        self.render_button.setEnabled(not missing_tools())
        self.preview_note.setText(_tr(PREVIEW_NOTE[self.fmt()]))

    def done(self, result: int) -> None:
        self.renderer.cancel()  # a LibreOffice still converting is of no use once the dialog is gone
        super().done(result)

    def accept(self) -> None:
        path = self.choice().path
        if not self.path_edit.text().strip() or path.is_dir():
            self.path_edit.setFocus()
            return
        if path.exists() and path != self._browsed and not self.dialogs.ask_replace_file(str(path)):
            return
        super().accept()
