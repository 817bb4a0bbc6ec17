"""A release as a QTextDocument laid out for reading: headline, subheadline, dateline, body, credits, contacts.

Built with QTextCursor rather than HTML so each block gets its own direction:
an Arabic release reads right to left, and an English name inside it stays
left to right. Fonts come from the system (fontconfig): Qt falls back per
character, so Arabic, Chinese and Cyrillic text print with a font that has them.
Only QtGui is used; the command line renders PDFs without a window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

from app.formats.docx_ooxml import script_of
from app.model import Contact, Release, flat_boilerplate

BODY_POINTS = 11.0
# The page is in the release's language, whatever the window's: its two labels follow the release.
_LABELS = {
    "en": ("Photo credits:", "Contacts"),
    "fr": ("Crédits photo :", "Contacts"),
    "es": ("Fotografías:", "Contactos"),
    "ar": ("حقوق الصور:", "للاتصال"),
    "ru": ("Фото:", "Контакты"),
    "zh": ("图片来源：", "联系人"),
    "de": ("Fotos:", "Kontakt"),
}
_GREY = Qt.GlobalColor.darkGray


def _char(points: float, *, bold: bool = False, italic: bool = False, grey: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontPointSize(points)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    if grey:
        fmt.setForeground(_GREY)
    return fmt


class _Writer:
    def __init__(self, document: QTextDocument, language: str) -> None:
        self.cursor = QTextCursor(document)
        self.language = language
        self.first = True

    def block(self, text: str, char: QTextCharFormat, *, before: float = 0, after: float = 6,
              justify: bool = False, lead: tuple[str, QTextCharFormat] | None = None, heading: int = 0,
              rtl: bool | None = None) -> None:
        """A paragraph of ``text``, right to left when its script is (or ``rtl``, the release's direction)."""
        align = Qt.AlignmentFlag.AlignJustify if justify else Qt.AlignmentFlag.AlignLeading
        if rtl is None:
            rtl = script_of((lead[0] + " " if lead else "") + text, self.language).rtl
        elif rtl and not script_of(text, "en").rtl:
            # an e-mail or a phone number in a right-to-left release: laid out left to right (or
            # "+962 6 555 0147" reads backwards), set against the right margin like its neighbours
            rtl, align = False, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        fmt.setAlignment(align)
        fmt.setTopMargin(before)
        fmt.setBottomMargin(after)
        fmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if heading:
            fmt.setHeadingLevel(heading)  # PDF readers and screen readers see the structure
        if self.first:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(char)
            self.first = False
        else:
            self.cursor.insertBlock(fmt, char)
        if lead is not None:
            self.cursor.insertText(lead[0] + " ", lead[1])
        self.cursor.insertText(text, char)

    def rule(self) -> None:
        """A thin line between the release and its notes."""
        fmt = QTextBlockFormat()
        fmt.setProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth, 1)
        fmt.setTopMargin(6)
        fmt.setBottomMargin(6)
        self.cursor.insertBlock(fmt, _char(4))


def _contact_lines(contact: Contact) -> list[str]:
    lines = [contact.name, contact.title, contact.organisation, contact.email, contact.phone]
    return [line for line in lines if line]


def reading_document(release: Release) -> QTextDocument:
    """The release laid out for print, its labels in the release's language."""
    credits_label, contacts_label = _LABELS.get(release.language.split("-")[0].lower(), _LABELS["en"])
    rtl = script_of("", release.language).rtl
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont("DejaVu Serif")
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(BODY_POINTS)
    # no "fi"/"fl" ligatures: text copied or searched in the PDF must read "first", not "ﬁrst"
    font.setFeature(QFont.Tag("liga"), 0)
    document.setDefaultFont(font)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, release.headline)
    out = _Writer(document, release.language)
    # above the headline, as a release prints them: whoever holds the paper sees the embargo first
    if release.embargo is not None:
        from app.formats.textparse.embargo import printed_line  # only with an embargo: not at start

        out.block(printed_line(release.embargo, release.language, release.dateline.date), _char(10, bold=True),
                  after=2, rtl=rtl)
    if release.reference:
        from app.formats.textparse.reference import reference_line

        out.block(reference_line(release.reference), _char(9.5, grey=True), after=8, rtl=rtl)
    out.block(release.headline, _char(20, bold=True), after=8, heading=1)
    if release.subheadline:
        out.block(release.subheadline, _char(13.5, italic=True, grey=True), after=14, heading=2)
    dateline = release.dateline.text or ", ".join(
        part for part in (release.dateline.place, release.dateline.date and release.dateline.date.isoformat()) if part
    )
    body = [p.text for p in release.body]
    if dateline and body:
        out.block(body[0], _char(BODY_POINTS), justify=True, after=8, lead=(dateline, _char(BODY_POINTS, bold=True)))
        body = body[1:]
    elif dateline:
        out.block(dateline, _char(BODY_POINTS, bold=True), after=8)
    for text in body:
        out.block(text, _char(BODY_POINTS), justify=True, after=8)
    if release.photo_credits:
        out.block(release.photo_credits, _char(9.5, italic=True, grey=True), before=6,
                  lead=(credits_label, _char(9.5, bold=True, grey=True)))
    if release.boilerplate:
        out.rule()
        for text in flat_boilerplate(release):
            out.block(text, _char(9.5, grey=True), justify=True)
    contacts = [lines for lines in map(_contact_lines, release.contacts) if lines]
    if contacts:
        # addresses and numbers are neutral: a contact block follows the release's direction
        out.block(contacts_label, _char(12, bold=True), before=14, after=4, heading=2, rtl=rtl)
        for lines in contacts:
            out.block(lines[0], _char(10, bold=True), after=0, rtl=rtl)
            for line in lines[1:]:
                out.block(line, _char(10), after=0, rtl=rtl)
            out.block("", _char(6), after=0, rtl=rtl)
    return document
