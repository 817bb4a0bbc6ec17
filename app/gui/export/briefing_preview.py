"""The briefing note as HTML, for the export dialog's preview.

It renders the same :class:`~app.formats.briefing_content.BriefingContent` the
DOCX writer lays out (title, facts table, sections, bullets, people, contacts),
styled after the bundled template's colours and sizes. It is a preview of the
note's content and layout, not of Word's pagination: the header and footer are
shown as plain lines, and comments as a list under the note.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette, QTextFrameFormat
from PySide6.QtWidgets import QTextBrowser

from app.formats.briefing_content import (
    BACKGROUND,
    CONTACTS,
    KEY_POINTS,
    NOT_GIVEN,
    PEOPLE,
    PHOTO_CREDITS,
    PURPOSE,
    SUMMARY,
    BriefingContent,
)
from app.formats.docx_ooxml import script_of
from app.model import Comment, Paragraph, Release

# The template's colours (scripts/make_briefing_template.py): ink, accent, muted.
_STYLE = """
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 10.5pt; color: #222222; }
h1 { font-size: 20pt; color: #1F3864; margin-bottom: 10px; }
h2 { font-size: 12.5pt; color: #1F3864; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 0; margin-bottom: 6px; }
td, th { padding: 3px 6px; font-size: 10.5pt; }
th { background-color: #E7ECF4; text-align: left; }
.running { color: #595959; font-size: 8.5pt; }
.commented { background-color: #FFF2B3; }
.comments { color: #595959; font-size: 9pt; }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br/>")


def _dir(text: str, language: str) -> str:
    # Qt's rich text honours dir= per block: Arabic and Hebrew paragraphs run right to left
    return ' dir="rtl"' if script_of(text, language).rtl else ""


def _table(rows: list[list[str]], widths: list[int], *, header: bool = False) -> str:
    """A grid table; ``widths`` in per cent, as the writer's column widths are in twips."""
    out = ['<table border="1" cellspacing="0" cellpadding="3" width="100%" style="border-color:#8A8A8A">']
    for n, row in enumerate(rows):
        cell = "th" if header and n == 0 else "td"
        cells = (f'<{cell} width="{w}%">{_e(c)}</{cell}>' for c, w in zip(row, widths, strict=False))
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _marked(p: Paragraph, comments: list[Comment]) -> str:
    """The paragraph's text with commented spans highlighted, the way Word marks a comment's range."""
    spans = sorted((c.start, c.end) for c in comments if c.start is not None and c.end is not None and c.start < c.end)
    if not spans:
        return _e(p.text)
    out, at = [], 0
    for first, end in spans:
        start = max(first, at)  # overlapping comments: highlight the overlap once
        if start >= end:
            continue
        out += [_e(p.text[at:start]), f'<span class="commented">{_e(p.text[start:end])}</span>']
        at = end
    out.append(_e(p.text[at:]))
    return "".join(out)


def briefing_html(release: Release, content: BriefingContent, *, include_comments: bool = False,
                  limit: int = 200) -> str:
    """The note as one HTML page for a QTextDocument; past ``limit`` body paragraphs it says how many more."""
    lang = release.language
    shown = 0
    skipped = 0
    by_paragraph: dict[str, list[Comment]] = {}
    if include_comments:
        for c in release.comments:
            by_paragraph.setdefault(c.paragraph, []).append(c)

    def para(p: Paragraph, tag: str = "p") -> str:
        # a 5,000-paragraph release would make the preview slow to lay out, and nobody reads that far in it
        nonlocal shown, skipped
        if shown >= limit:
            skipped += 1
            return ""
        shown += 1
        return f"<{tag}{_dir(p.text, lang)}>{_marked(p, by_paragraph.get(p.id, []))}</{tag}>"

    header = "" if content.organisation == NOT_GIVEN else content.organisation
    parts = [f"<html><head><style>{_STYLE}</style></head><body>",
             f'<p class="running">{_e(header) or "&nbsp;"}</p>',
             f"<h1{_dir(release.headline, lang)}>{_e(release.headline) or '&nbsp;'}</h1>",
             _table(content.facts, [27, 73]),
             f"<h2>{PURPOSE}</h2>", f"<p{_dir(content.purpose, lang)}>{_e(content.purpose)}</p>",
             f"<h2>{SUMMARY}</h2>"]
    if content.summary_paragraph is not None:
        parts.append(para(content.summary_paragraph))
    else:
        parts.append(f"<p{_dir(content.summary_text, lang)}>{_e(content.summary_text)}</p>")
    if content.key_points:
        parts.append(f"<h2>{KEY_POINTS}</h2><ul>")
        parts += [para(p, "li") for p in content.key_points]
        parts.append("</ul>")
    if content.background:
        parts.append(f"<h2>{BACKGROUND}</h2>")
        parts += [para(p) for p in content.background]
    if skipped:
        parts.append(f'<p class="comments">… {skipped:,} more paragraph(s) in the note, not shown here.</p>')
    if content.people:
        people = [["Name in the text", "Name", "Kind"], *content.people]
        parts += [f"<h2>{PEOPLE}</h2>", _table(people, [37, 37, 26], header=True)]
    if content.contacts:
        parts.append(f"<h2>{CONTACTS}</h2>")
        parts += [f"<p>{_e(c)}</p>" for c in content.contacts]
    if release.photo_credits:
        parts += [f"<h2>{PHOTO_CREDITS}</h2>", f"<p>{_e(release.photo_credits)}</p>"]
    if include_comments and release.comments:
        parts.append('<hr/><p class="comments"><b>Comments</b> (in the margin in Word)</p><ul class="comments">')
        for c in release.comments:
            state = " (resolved)" if c.resolved else ""
            parts.append(f"<li>{_e(c.author)}{state}: {_e(c.text)}</li>")
        parts.append("</ul>")
    parts.append('<p class="running" align="center">Page X of Y</p></body></html>')
    return "".join(parts)


def page_preview(browser: QTextBrowser) -> None:
    """Show the preview as a sheet of paper on a grey desk, the way a word processor does."""
    palette = browser.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#D9DCE1"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#222222"))
    browser.setPalette(palette)


def page_frame(browser: QTextBrowser) -> None:
    """The sheet itself: white, a thin edge, page margins (set again after each setHtml)."""
    root = browser.document().rootFrame()
    frame = root.frameFormat()
    frame.setBackground(QColor("white"))
    frame.setBorder(1)
    frame.setBorderBrush(QColor("#B8BCC4"))
    frame.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    frame.setMargin(14)
    frame.setPadding(36)
    root.setFrameFormat(frame)


def text_html(text: str, limit: int = 20_000) -> str:
    """A text or XML file's first ``limit`` characters, as it will be written, for the preview."""
    shown = text[:limit]
    more = ""
    if len(text) > limit:
        more = "\n" + QCoreApplication.translate("ExportDialog", "… (the preview stops here; the file goes on)")
    # long lines (a paragraph of XML) wrap: the preview is narrower than they are
    style = "font-family: monospace; font-size: 9pt; white-space: pre-wrap"
    return f'<pre style="{style}">{html.escape(shown + more)}</pre>'
