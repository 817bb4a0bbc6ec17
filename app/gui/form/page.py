"""The whole release on one scrollable page, in the order it prints.

The page builds the field widgets, keeps their marks (unsure, error) up to
date, lays text out right to left for Arabic and Hebrew, and turns a form path
from validation ("contacts[1].email") into the widget that edits it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.gui.common.commands import MoveParagraph, SetFields
from app.gui.common.i18n import english_plural
from app.gui.common.session import Session
from app.gui.common.statuses import status_name
from app.gui.form.byline import BylineEdit
from app.gui.form.contacts import ContactsEditor
from app.gui.form.dateline import DatelineEditor
from app.gui.form.embargo import EmbargoEditor
from app.gui.form.fields import DARK_STYLE, STYLE, Binding, FieldState, optional, text_of
from app.gui.form.keywords import KeywordsEditor, SubjectsPicker, shipped_subjects
from app.gui.form.navigation import PATH as _PATH
from app.gui.form.navigation import FormNavigation
from app.gui.form.notes import NotesEditor
from app.gui.widgets.body_editor import BodyEditor
from app.gui.widgets.headline import HeadlineEdit, headline_changes
from app.gui.widgets.line_edit import LineEdit
from app.model import STATUSES

LANGUAGES = ("en", "fr", "es", "de", "it", "pt", "ru", "zh", "ar", "he", "fa", "ja")
RTL_LANGUAGES = ("ar", "he", "fa", "ur")


def is_right_to_left(language: str) -> bool:
    return language.lower().split("-")[0] in RTL_LANGUAGES


def keywords_of(text: str) -> list[str]:
    return [k.strip() for k in text.split(",") if k.strip()]


def keywords_text(value: object) -> str:
    return ", ".join(value) if isinstance(value, list) else ""


MINIMUM_WIDTH = 280  # px: the labels and a few words of each field, whatever docks open beside it


class FormPage(FormNavigation, QScrollArea):
    def __init__(self, session: Session, unsure_below: float = 0.8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.unsure_below = unsure_below
        self.setWidgetResizable(True)
        self.setMinimumWidth(MINIMUM_WIDTH)  # docks opened beside it (Import Source) take the rest, not this
        self.setAccessibleName(self.tr("Release form"))
        page = QWidget()
        page.setStyleSheet(STYLE)
        self.dark = False
        self.setWidget(page)
        self.form = QFormLayout(page)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setContentsMargins(16, 12, 16, 16)
        self.form.setVerticalSpacing(10)
        self.states: dict[str, FieldState] = {}

        self.headline = HeadlineEdit(session, self.tr("Headline"))
        self.headline_count = QLabel()
        self.headline_count.setAccessibleName(self.tr("Headline length"))
        self.headline.text_changed.connect(self._count_headline)
        self._row("headline", self.tr("&Headline"), self.headline, extra=self.headline_count)
        self.subheadline = LineEdit(session, self.tr("Subheadline"))
        self._row("subheadline", self.tr("&Subheadline"), self.subheadline)
        self.byline = BylineEdit(session)
        self._row("byline", self.tr("B&yline"), self.byline)
        self.dateline = DatelineEditor(session)
        self._row("dateline", self.tr("&Dateline"), self.dateline, buddy=self.dateline.place)
        self.reference = LineEdit(session, self.tr("Reference number"))
        self.reference.setPlaceholderText(self.tr("Release number as printed, e.g. 2024/17"))
        self._row("reference", self.tr("&Reference"), self.reference)
        self.embargo = EmbargoEditor(session)
        self._row("embargo", self.tr("E&mbargo"), self.embargo, buddy=self.embargo.date)

        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.setLineEdit(LineEdit(session, self.tr("Language")))
        self.language.addItems(LANGUAGES)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("A language tag such as en, fr, ar or zh-Hans"))
        self.status = QComboBox()
        for status in STATUSES:  # the user reads "Under review"; the release keeps "review"
            self.status.addItem(status_name(status), status)
        self.status.setAccessibleName(self.tr("Status"))
        self.status_handler: Callable[[str], bool] = self.set_status
        self._row("language", self.tr("&Language"), self.language)
        self._row("status", self.tr("S&tatus"), self.status)

        self.abstract = LineEdit(session, self.tr("Summary"))
        self.abstract.setPlaceholderText(self.tr("Empty: the briefing note uses the lead paragraph"))
        self._row("abstract", self.tr("S&ummary"), self.abstract)
        self.body = BodyEditor(session)
        self.body.setMinimumHeight(320)
        self.move_up = QPushButton(self.tr("Move paragraph up"))
        self.move_up.setAccessibleName(self.tr("Move paragraph up"))
        self.move_down = QPushButton(self.tr("Move paragraph down"))
        self.move_down.setAccessibleName(self.tr("Move paragraph down"))
        self.move_up.clicked.connect(lambda: self.move_paragraph(-1))
        self.move_down.clicked.connect(lambda: self.move_paragraph(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.move_up)
        buttons.addWidget(self.move_down)
        buttons.addStretch(1)
        self._row("body", self.tr("&Body"), self.body, below=buttons)

        self.photo_credits = LineEdit(session, self.tr("Photo credits"))
        self._row("photo_credits", self.tr("&Photo credits"), self.photo_credits)
        self.contacts = ContactsEditor(session)
        self._row("contacts", self.tr("C&ontacts"), self.contacts, buddy=self.contacts.add)
        self.notes = NotesEditor(session)
        self._row("boilerplate", self.tr("&Notes to editors / About"), self.notes, buddy=self.notes.add)
        self.keywords = KeywordsEditor(session)
        self._row("keywords", self.tr("&Keywords"), self.keywords)
        self.subjects = SubjectsPicker(session, shipped_subjects)
        self._row("subjects", self.tr("Su&bjects"), self.subjects, buddy=self.subjects.button)

        self.bindings = [
            Binding(session, "headline", self.headline, self.tr("headline"),
                    also=lambda _new: headline_changes(session, self.headline)),
            Binding(session, "subheadline", self.subheadline, self.tr("subheadline"), to_model=optional),
            self.byline.binding(),
            Binding(session, "language", self.language.lineEdit(), self.tr("language")),
            Binding(session, "photo_credits", self.photo_credits, self.tr("photo credits"), to_model=optional),
            Binding(session, "reference", self.reference, self.tr("reference number"), to_model=optional),
            Binding(session, "abstract", self.abstract, self.tr("summary"), to_model=optional),
        ]
        self.language.activated.connect(self._language_chosen)
        self.status.activated.connect(self._status_chosen)
        session.field_changed.connect(self._field_changed)
        session.reset.connect(self.refresh)
        session.confidence_changed.connect(self.show_confidence)
        session.contacts_changed.connect(self._contacts_rebuilt)
        session.reset.connect(self._contacts_rebuilt)
        self.refresh()

    def _count_headline(self, text: str) -> None:
        self.headline_count.setText(english_plural(self.tr("%n character(s)", "", len(text)), len(text)))

    def _row(
        self,
        key: str,
        caption: str,
        widget: QWidget,
        *,
        buddy: QWidget | None = None,
        extra: QWidget | None = None,
        below: QHBoxLayout | None = None,
    ) -> None:
        label = QLabel(caption)
        label.setBuddy(buddy or widget)
        note = QLabel()
        cell = QVBoxLayout()
        cell.setSpacing(3)
        if extra is not None:
            line = QHBoxLayout()
            line.addWidget(widget, 1)
            line.addWidget(extra)
            cell.addLayout(line)
        else:
            cell.addWidget(widget)
        if below is not None:
            cell.addLayout(below)
        cell.addWidget(note)
        self.form.addRow(label, cell)
        self.states[key] = FieldState(widget, note, caption.replace("&", ""))

    def set_dark(self, dark: bool) -> None:
        """The unsure and error marks in colours that read on a light or a dark scheme."""
        if dark != self.dark:
            self.dark = dark
            self.widget().setStyleSheet(DARK_STYLE if dark else STYLE)

    # -- release -> widgets -------------------------------------------------------

    def refresh(self) -> None:
        for binding in self.bindings:
            binding.refresh()
        self.show_status()
        self.apply_direction()
        self.show_confidence()

    def _field_changed(self, path: str) -> None:
        for binding in self.bindings:
            if binding.path == path:
                binding.refresh()
        if path == "status":
            self.show_status()
        if path == "language":
            self.apply_direction()
        if path == "boilerplate":
            self._contacts_rebuilt()  # note cards may be new: their direction and tab order

    def show_confidence(self) -> None:
        confidence = self.session.release.confidence
        for key, state in self.states.items():
            state.set_unsure(confidence.get(key, 1.0) < self.unsure_below)

    def _contacts_rebuilt(self) -> None:
        self.apply_direction()
        self.fix_tab_order()

    def apply_direction(self) -> None:
        rtl = is_right_to_left(self.session.release.language)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        for widget in self.text_widgets():
            widget.setLayoutDirection(direction)
        # the date reads in the release's direction too, not the UI's ("24 April 2019" in an Arabic window)
        self.dateline.date.setLayoutDirection(direction)
        self.body.set_right_to_left(rtl)
        for card in self.notes.cards:
            card.paragraphs.set_right_to_left(rtl)

    def text_widgets(self) -> list[QLineEdit]:
        """The fields that hold running text in the release's language."""
        widgets: list[QLineEdit] = [self.headline, self.subheadline, self.byline, self.dateline.place,
                                    self.abstract, self.photo_credits]
        widgets += [card.heading for card in self.notes.cards]
        widgets.append(self.keywords.edit)
        for card in self.contacts.cards:
            widgets += [card.edits["name"], card.edits["title"], card.edits["organisation"]]
        return widgets

    def focus_chain(self) -> list[QWidget]:
        """Every control in reading order."""
        return [
            self.headline,
            self.subheadline,
            self.byline,
            self.dateline.place,
            self.dateline.date,
            self.dateline.clear,
            self.reference,
            self.embargo.date,
            self.embargo.time,
            self.embargo.zone,
            self.embargo.clear,
            self.language,
            self.status,
            self.abstract,
            self.body,
            self.move_up,
            self.move_down,
            self.photo_credits,
            *self.contacts.focus_chain(),
            *self.notes.focus_chain(),
            self.keywords.edit,
            self.subjects.button,
            self.subjects.load_button,
        ]

    def fix_tab_order(self) -> None:
        chain = self.focus_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- widgets -> release (the few that are not plain line edits) ---------------

    def _language_chosen(self, _index: int) -> None:
        self._set("language", self.language.currentText().strip(), self.tr("Edit language"))

    def _status_chosen(self, _index: int) -> None:
        self.status_handler(str(self.status.currentData()))

    def show_status(self) -> None:
        """The status box shows the release's status (again, after a change the user cancelled)."""
        self.status.setCurrentIndex(self.status.findData(self.session.release.status))

    def set_status(self, status: str) -> bool:
        """The plain status change; the workflow feature puts its own handler (approval asks first) in its place."""
        self._set("status", status, self.tr("Edit status"))
        return True

    def _set(self, path: str, value: object, text: str) -> None:
        old = self.session.get_field(path)
        if old != value:
            self.session.new_burst()
            self.session.undo_stack.push(SetFields(self.session, {path: (old, value)}, text, merge=False))

    def move_paragraph(self, delta: int) -> None:
        index = self.body.current_paragraph()
        target = index + delta
        if 0 <= target < len(self.session.release.body) and index < len(self.session.release.body):
            self.session.new_burst()
            self.session.undo_stack.push(MoveParagraph(self.session, index, target))
            self.body.setFocus()

    # -- validation -----------------------------------------------------------------

    def show_issues(self, issues: Iterable[object]) -> None:
        """Mark the fields at fault, in place and in words."""
        found: dict[tuple[str, int | None, str | None], tuple[str, str]] = {}
        for issue in issues:
            match = _PATH.match(getattr(issue, "field", None) or "")
            if not match:
                continue
            index = match.group("index")
            where = (match.group("name"), int(index) if index is not None else None, match.group("sub"))
            severity = str(getattr(issue, "severity", "error"))
            if where not in found or (severity == "error" and found[where][0] != "error"):
                found[where] = (severity, str(getattr(issue, "message", "")))
        for state in self.all_states():
            state.set_error(None)
        paragraphs: dict[int, str] = {}
        for (name, index, sub), (severity, message) in found.items():
            if name == "body" and index is not None:
                paragraphs[index] = message
            elif name == "contacts" and index is not None and index < len(self.contacts.cards):
                self.contacts.cards[index].states[sub or "name"].set_error(message, severity)
            elif name in self.states:
                self.states[name].set_error(message, severity)
        self.body.mark_paragraphs(paragraphs)
        if paragraphs and not self.states["body"].error:
            each = self.tr("paragraph {number}: {message}")
            summary = "; ".join(each.format(number=i + 1, message=m) for i, m in sorted(paragraphs.items()))
            self.states["body"].set_error(summary)

    def all_states(self) -> list[FieldState]:
        states = list(self.states.values())
        for card in self.contacts.cards:
            states += card.states.values()
        return states

__all__ = ["FormPage", "is_right_to_left", "keywords_of", "text_of"]
