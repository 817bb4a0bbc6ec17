"""Tagged spans and commented text in the body, drawn by a syntax highlighter.

One block is one paragraph, so ``highlightBlock`` reads that paragraph's tags
from the release: Qt calls it only for blocks whose text changed, which keeps
typing cheap however long the release. Each kind has a background colour (a
light and a dark set, picked from the palette's base colour) and its own
underline style, so colour is never the only cue. Commented text is overlined.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from app.gui.session import Session

Underline = QTextCharFormat.UnderlineStyle

# The English names; kind_label() gives them in the UI's language.
KIND_LABELS: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("Kinds", "Person"),
    "organisation": QT_TRANSLATE_NOOP("Kinds", "Organisation"),
    "place": QT_TRANSLATE_NOOP("Kinds", "Place"),
    "event": QT_TRANSLATE_NOOP("Kinds", "Event"),
    "initiative": QT_TRANSLATE_NOOP("Kinds", "Initiative"),
    "topic": QT_TRANSLATE_NOOP("Kinds", "Topic"),
}
# (background on a light base, background on a dark base, underline colour light, dark, underline style)
_STYLES: dict[str, tuple[str, str, str, str, Underline]] = {
    "person": ("#dbe8ff", "#1d3557", "#1f4fa8", "#9cc0ff", Underline.SingleUnderline),
    "organisation": ("#d9f2dc", "#1f4a2a", "#1e6b34", "#8fd6a0", Underline.DashUnderline),
    "place": ("#ffe7c7", "#5a3b10", "#9a5a00", "#f5c07a", Underline.DotLine),
    "event": ("#efdcfa", "#46275e", "#6d2fa0", "#d2a8f5", Underline.DashDotLine),
    "initiative": ("#d2f0ef", "#17474a", "#0f6b6b", "#86d9d6", Underline.WaveUnderline),
    "topic": ("#f9dde8", "#5b2238", "#a0285a", "#f4a3c4", Underline.DashDotDotLine),
}
COMMENT_LIGHT, COMMENT_DARK = "#b8860b", "#f0c94a"


def kind_label(kind: str) -> str:
    """A tag kind's name as the user reads it ("Person", "Personne"); an unknown kind as it is."""
    return QCoreApplication.translate("Kinds", KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def kind_format(kind: str, dark: bool) -> QTextCharFormat:
    """How a tag of ``kind`` looks: a tinted background and an underline in the kind's style."""
    light_bg, dark_bg, light_line, dark_line, style = _STYLES[kind]
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(dark_bg if dark else light_bg))
    fmt.setUnderlineStyle(style)
    fmt.setUnderlineColor(QColor(dark_line if dark else light_line))
    return fmt


def kind_colour(kind: str, dark: bool) -> QColor:
    light_bg, dark_bg, *_ = _STYLES[kind]
    return QColor(dark_bg if dark else light_bg)


class TagHighlighter(QSyntaxHighlighter):
    """Paints the release's tags and comment anchors onto the body editor's document."""

    def __init__(self, session: Session, document: QTextDocument, palette: QPalette) -> None:
        self.session = session
        self.set_palette(palette)
        super().__init__(document)

    def set_palette(self, palette: QPalette) -> None:
        self.set_dark(is_dark(palette))

    def set_dark(self, dark: bool) -> bool:
        """Pick the light or the dark colours; True when they changed (the caller re-highlights)."""
        if getattr(self, "dark", None) == dark:
            return False
        self.dark = dark
        self.formats = {kind: kind_format(kind, dark) for kind in _STYLES}
        self.comment_colour = QColor(COMMENT_DARK if dark else COMMENT_LIGHT)
        return True

    def highlightBlock(self, text: str) -> None:
        index = self.currentBlock().blockNumber()
        body = self.session.release.body
        if index >= len(body):
            return
        para = body[index]
        if len(para.text) != len(text):
            return  # the release and the editor disagree mid-edit; the next pass catches up
        # sorted by start, outer first: an inner tag paints over the one around it
        for e in para.entities:
            fmt = self.formats.get(e.kind)
            if fmt is not None:
                self.setFormat(e.start, e.end - e.start, fmt)
        for c in self.session.release.comments:
            if c.paragraph != para.id or c.resolved or c.start is None or c.end is None or c.end <= c.start:
                continue
            for pos in range(c.start, c.end):  # overline on top of whatever tag is there
                fmt = self.format(pos)
                fmt.setFontOverline(True)
                self.setFormat(pos, 1, fmt)

    def rehighlight_paragraphs(self, indexes: list[int]) -> None:
        document = self.document()
        for index in indexes:
            block = document.findBlockByNumber(index)
            if block.isValid():
                self.rehighlightBlock(block)
