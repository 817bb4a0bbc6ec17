"""Two releases side by side in one text: each field that differs, removed words struck through in red,
added words in green. Right-to-left fields read right to left."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.formats.docx_ooxml import script_of
from app.history import ADDED, REMOVED, FieldChange

_REMOVED_STYLE = "background-color:#fbe3e4; color:#8a1c1c; text-decoration:line-through"
_ADDED_STYLE = "background-color:#dff3e1; color:#1b5e20; font-weight:600"


def field_label(field: str) -> str:
    """``body[2]`` -> "Paragraph 3"; ``contacts[0]`` -> "Contact 1"; other fields by their name in the form."""
    tr = QCoreApplication.translate
    names = {
        "language": tr("Compare", "Language"), "status": tr("Compare", "Status"),
        "headline": tr("Compare", "Headline"), "headline.tags": tr("Compare", "Headline tags"),
        "subheadline": tr("Compare", "Subheadline"), "dateline": tr("Compare", "Dateline"),
        "dateline.place": tr("Compare", "Dateline place"), "dateline.date": tr("Compare", "Dateline date"),
        "abstract": tr("Compare", "Abstract"), "photo_credits": tr("Compare", "Photo credits"),
        "keywords": tr("Compare", "Keywords"), "subjects": tr("Compare", "Subjects"),
        "comments": tr("Compare", "Comments"),
    }
    if field in names:
        return names[field]
    base, _, rest = field.partition("[")
    number = int(rest.rstrip("]")) + 1 if rest else 0
    lists = {"body": tr("Compare", "Paragraph {number}"), "body.tags": tr("Compare", "Tags in paragraph {number}"),
             "boilerplate": tr("Compare", "Note {number}"), "contacts": tr("Compare", "Contact {number}")}
    return lists.get(base, field).format(number=number)


def change_html(change: FieldChange, language: str) -> str:
    """One field's block: its name, what happened, and its text with the word changes marked."""
    tr = QCoreApplication.translate
    kinds = {"changed": tr("Compare", "changed"), "added": tr("Compare", "added"), "removed": tr("Compare", "removed")}
    counts = tr("Compare", "+{added} / −{removed} words").format(added=change.words_added,
                                                                  removed=change.words_removed)
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
            f'<span style="color:#666">— {kinds.get(change.kind, change.kind)}, {counts}</span></p>'
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
