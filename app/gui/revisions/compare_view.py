"""Two releases side by side in one text: each field that differs, removed words struck through in red,
added words in green. Right-to-left fields read right to left."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.formats.docx_ooxml import script_of
from app.history import ADDED, REMOVED, FieldChange

_REMOVED_STYLE = "background-color:#fbe3e4; color:#8a1c1c; text-decoration:line-through"
_ADDED_STYLE = "background-color:#dff3e1; color:#1b5e20; font-weight:600"


# English names, marked for lupdate; _t() gives them in the UI's language
_FIELDS = {
    "language": QT_TRANSLATE_NOOP("Compare", "Language"),
    "status": QT_TRANSLATE_NOOP("Compare", "Status"),
    "headline": QT_TRANSLATE_NOOP("Compare", "Headline"),
    "headline.tags": QT_TRANSLATE_NOOP("Compare", "Headline tags"),
    "subheadline": QT_TRANSLATE_NOOP("Compare", "Subheadline"),
    "dateline": QT_TRANSLATE_NOOP("Compare", "Dateline"),
    "dateline.place": QT_TRANSLATE_NOOP("Compare", "Dateline place"),
    "dateline.date": QT_TRANSLATE_NOOP("Compare", "Dateline date"),
    "abstract": QT_TRANSLATE_NOOP("Compare", "Abstract"),
    "photo_credits": QT_TRANSLATE_NOOP("Compare", "Photo credits"),
    "keywords": QT_TRANSLATE_NOOP("Compare", "Keywords"),
    "subjects": QT_TRANSLATE_NOOP("Compare", "Subjects"),
    "comments": QT_TRANSLATE_NOOP("Compare", "Comments"),
}
_LISTS = {
    "body": QT_TRANSLATE_NOOP("Compare", "Paragraph {number}"),
    "body.tags": QT_TRANSLATE_NOOP("Compare", "Tags in paragraph {number}"),
    "boilerplate": QT_TRANSLATE_NOOP("Compare", "Note {number}"),
    "contacts": QT_TRANSLATE_NOOP("Compare", "Contact {number}"),
}
_KINDS = {
    "changed": QT_TRANSLATE_NOOP("Compare", "changed"),
    "added": QT_TRANSLATE_NOOP("Compare", "added"),
    "removed": QT_TRANSLATE_NOOP("Compare", "removed"),
}
_COUNTS = QT_TRANSLATE_NOOP("Compare", "+{added} / −{removed} words")


def _t(text: str) -> str:
    return QCoreApplication.translate("Compare", text)


def field_label(field: str) -> str:
    """``body[2]`` -> "Paragraph 3"; ``contacts[0]`` -> "Contact 1"; other fields by their name in the form."""
    if field in _FIELDS:
        return _t(_FIELDS[field])
    base, _, rest = field.partition("[")
    number = int(rest.rstrip("]")) + 1 if rest else 0
    return _t(_LISTS[base]).format(number=number) if base in _LISTS else field


def change_html(change: FieldChange, language: str) -> str:
    """One field's block: its name, what happened, and its text with the word changes marked."""
    kind = _t(_KINDS[change.kind]) if change.kind in _KINDS else change.kind
    counts = _t(_COUNTS).format(added=change.words_added, removed=change.words_removed)
    rtl = script_of(change.new or change.old, language).rtl
    parts = []
    for index, piece in enumerate(change.pieces):
        text = html.escape(piece.text).replace("\n", "<br/>")
        if piece.op == REMOVED:
            parts.append(f'<span style="{_REMOVED_STYLE}">{text}</span>')
            following = change.pieces[index + 1] if index + 1 < len(change.pieces) else None
            if following is not None and following.op == ADDED and not piece.text[-1:].isspace():
                parts.append("\u2009")  # a thin space: the old word and the new one do not run together
        elif piece.op == ADDED:
            parts.append(f'<span style="{_ADDED_STYLE}">{text}</span>')
        else:
            parts.append(text)
    direction = ' dir="rtl" align="right"' if rtl else ""
    return (f'<p style="margin-top:10px; margin-bottom:2px"><b>{html.escape(field_label(change.field))}</b> '
            f'<span style="color:#666">— {kind}, {counts}</span></p>'
            f'<p{direction} style="margin-top:0">{"".join(parts)}</p>')


class CompareView(QTextBrowser):
    """Read-only: the changes from ``old`` to ``new``, or a line saying the two are the same."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Differences"))
        self.setOpenLinks(False)
        self.changes: list[FieldChange] = []

    def show_changes(self, changes: list[FieldChange], language: str, old_name: str, new_name: str) -> None:
        self.changes = changes
        head = self.tr("From {old} to {new}").format(old=old_name, new=new_name)
        if not changes:
            summary = self.tr("The two are the same.")
        else:
            added = sum(c.words_added for c in changes)
            removed = sum(c.words_removed for c in changes)
            summary = self.tr("Fields that differ: {fields}; words added: {added}, removed: {removed}.").format(
                fields=len(changes), added=added, removed=removed)
        body = "".join(change_html(c, language) for c in changes)
        self.setHtml(f"<h3>{html.escape(head)}</h3><p>{html.escape(summary)}</p>{body}")

    def plain_summary(self) -> str:
        return self.toPlainText()
