"""The DOCX briefing note an officer hands to a principal, written from an editable template.

Sections, in the order officers read them: the headline as title; a table of
date, place, embargo and reference (when the release has them), organisation,
language and status; Purpose; Summary; Key points;
Background; People and organisations mentioned; Contacts; Photo credits.
Editors' comments become Word comments when asked for. The header names the
organisation (and says "EMBARGOED UNTIL ..." while the embargo is on), the
footer says "Page X of Y".

The template (``resources/templates/briefing.docx``, made by
``scripts/make_briefing_template.py``) may be replaced by the user's own as long
as it keeps the style names in :data:`REQUIRED_STYLES`. python-docx is imported
inside :func:`write` only: it costs 120 ms, which the app's start should not pay.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.formats.briefing_content import (
    BACKGROUND,
    BRIEFING_CATEGORY,
    CONTACTS,
    KEY_POINTS,
    NOT_GIVEN,
    PEOPLE,
    PHOTO_CREDITS,
    PURPOSE,
    SUMMARY,
    BriefingContent,
    format_date,
    language_name,
)
from app.formats.cleaning import clean
from app.formats.docx_ooxml import EAST_ASIAN_FONT, LTR, Builder, script_of, w
from app.formats.errors import FormatError
from app.formats.safexml import parse_bytes
from app.formats.zipsafe import SafeZip
from app.model import Comment, Release
from app.paths import resources_dir

if TYPE_CHECKING:
    from lxml import etree

REQUIRED_STYLES: tuple[str, ...] = ("Normal", "Title", "Heading 1", "List Bullet", "Table Grid", "Header", "Footer")
#: Styles used when the template has them (a byline, subheads), else the one named beside them.
OPTIONAL_STYLES: dict[str, str] = {"Subtitle": "Normal", "Heading 2": "Normal"}
DEFAULT_PURPOSE = "For information: a summary of the release below."
_TEMPLATE_HINT = "use the bundled template, or add the missing styles to your copy in Word"


@dataclass(frozen=True)
class BriefingOptions:
    """What the officer chooses in the export dialog."""

    template: Path | None = None  # None: the bundled template
    purpose: str = DEFAULT_PURPOSE
    include_comments: bool = False
    organisation: str | None = None  # None: the first contact's organisation


def default_template() -> Path:
    return resources_dir() / "templates" / "briefing.docx"


@functools.lru_cache(maxsize=4)
def _template_bytes(path: str, mtime_ns: int, size: int) -> bytes:
    """The template's bytes, checked once: a ZIP within bounds whose parts parse safely."""
    data = Path(path).read_bytes()
    package = SafeZip(data, path)
    for part in ("word/document.xml", "word/styles.xml"):
        parse_bytes(package.read(part), f"{path}:{part}")
    return data


def _load_template(path: Path) -> bytes:
    try:
        stat = path.stat()
    except OSError as exc:
        raise FormatError(f"the briefing template cannot be read: {exc.strerror or exc}", source=str(path),
                          hint=_TEMPLATE_HINT) from None
    return _template_bytes(str(path), stat.st_mtime_ns, stat.st_size)


def _style_ids(document: object, source: str) -> dict[str, str]:
    from docx.enum.style import WD_STYLE_TYPE

    ids: dict[str, str] = {}
    missing = []
    styles = document.styles  # type: ignore[attr-defined]
    for name in REQUIRED_STYLES:
        try:
            style = styles[name]
        except KeyError:
            missing.append(name)
            continue
        if name == "Table Grid" and style.type != WD_STYLE_TYPE.TABLE:
            missing.append(name)
            continue
        ids[name] = style.style_id
    if missing:
        raise FormatError(f"the briefing template lacks the style(s) {', '.join(missing)}", source=source,
                          hint=_TEMPLATE_HINT)
    for name, fallback in OPTIONAL_STYLES.items():
        try:
            ids[name] = styles[name].style_id
        except KeyError:
            ids[name] = ids[fallback]
    return ids


def write(release: Release, options: BriefingOptions | None = None) -> bytes:
    """``release`` as a DOCX briefing note (bytes of a .docx file)."""
    import docx

    options = options or BriefingOptions()
    template = options.template or default_template()
    document = docx.Document(io.BytesIO(_load_template(template)))
    # the organisation's own purpose line (from its template) unless the officer wrote another
    purpose = release.briefing_purpose if options.purpose == DEFAULT_PURPOSE and release.briefing_purpose \
        else options.purpose
    content = BriefingContent.of(release, purpose, options.organisation)
    body = document.element.body
    build = Builder(body, _style_ids(document, str(template)), release.language)
    sect_pr = body.find(w("sectPr"))
    for child in list(body):
        if child is not sect_pr:  # a template's own sample text does not belong in the note
            body.remove(child)
    blocks, anchors = _blocks(build, content, release)
    if sect_pr is None:
        body.extend(blocks)
    else:  # the page set-up stays the body's last child, as Word requires
        for block in blocks:
            sect_pr.addprevious(block)
    if options.include_comments:
        _add_comments(document, release.comments, anchors)
    # an unknown organisation shows as a dash in the table, but leaves the header blank
    _header_footer(document, build, "" if content.organisation == NOT_GIVEN else content.organisation,
                   content.embargo_notice)
    props = document.core_properties
    props.title = clean(release.headline)
    props.subject = "Briefing note"
    props.category = BRIEFING_CATEGORY  # lets the DOCX reader read the note back as a release
    props.language = release.language
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# paragraph id -> its runs in the note (split at comment edges) and the offsets where they start and end
Anchors = dict[str, tuple[list["etree._Element"], list[int]]]


def _blocks(build: Builder, content: BriefingContent, release: Release) -> tuple[list[etree._Element], Anchors]:
    blocks = [build.text_p("Title", release.headline)]
    if release.byline:
        blocks.append(build.text_p("Subtitle", release.byline))
    blocks.append(build.table(content.facts, widths=[2400, 6600]))
    anchors: Anchors = {}
    cuts = _comment_cuts(release.comments)

    def section(title: str) -> None:
        blocks.append(build.text_p("Heading 1", title))

    def body_paragraph(style: str, para_id: str, text: str) -> None:
        script = script_of(text, release.language)
        p = build.p(style, script)
        edges = cuts.get(para_id)
        if edges is None:
            runs = [build.run(p, text, script)]
        else:
            points = sorted({0, len(text), *(e for e in edges if 0 < e < len(text))})
            runs = [build.run(p, text[a:b], script) for a, b in itertools.pairwise(points)] or [
                build.run(p, "", script)]
            anchors[para_id] = (runs, points)
        blocks.append(p)

    section(PURPOSE)
    blocks.append(build.text_p("Normal", content.purpose))
    section(SUMMARY)
    if content.summary_paragraph is not None:
        body_paragraph("Normal", content.summary_paragraph.id, content.summary_paragraph.text)
    else:
        blocks.append(build.text_p("Normal", content.summary_text))
    for title, paragraphs, style in ((KEY_POINTS, content.key_points, "List Bullet"),
                                     (BACKGROUND, content.background, "Normal")):
        if paragraphs:
            section(title)
            for para in paragraphs:
                # subheads and list items keep their look inside a section
                kind_style = {"subhead": "Heading 2", "list-item": "List Bullet"}.get(para.kind, style)
                body_paragraph(kind_style, para.id, para.text)
    if content.people:
        section(PEOPLE)
        blocks.append(build.table([["Name in the text", "Name", "Kind"], *content.people], header=True,
                                  widths=[3300, 3300, 2400]))
    if content.contacts:
        section(CONTACTS)
        blocks.extend(build.text_p("Normal", contact) for contact in content.contacts)
    if release.photo_credits:
        section(PHOTO_CREDITS)
        blocks.append(build.text_p("Normal", release.photo_credits))
    return blocks, anchors


def _comment_cuts(comments: list[Comment]) -> dict[str, list[int]]:
    cuts: dict[str, list[int]] = {}
    for c in comments:
        edges = cuts.setdefault(c.paragraph, [])
        if c.start is not None and c.end is not None:
            edges += [c.start, c.end]
    return cuts


def _word_date(when: dt.datetime) -> str:
    """An xs:dateTime in UTC for w:date. A time without a zone is UTC in our model: python-docx
    would take it as local time, shifting it by the machine's offset (and failing near year 1)."""
    if when.tzinfo is not None:
        with contextlib.suppress(OverflowError):  # year 1 or 9999 with an offset: keep the wall time
            when = when.astimezone(dt.UTC)
    return f"{when.year:04d}-{when:%m-%dT%H:%M:%S}Z"


def _add_comments(document: object, comments: list[Comment], anchors: Anchors) -> None:
    from docx.text.run import Run

    for c in comments:
        if c.paragraph not in anchors:
            continue  # the paragraph is not in the note (cannot happen today: every paragraph is)
        runs, points = anchors[c.paragraph]
        chosen = runs
        if c.start is not None and c.end is not None and c.start < c.end:
            # an empty paragraph has one empty run and no pair of offsets: then the whole paragraph
            spans = zip(runs, itertools.pairwise(points), strict=False)
            chosen = [r for r, (a, b) in spans if c.start <= a and b <= c.end]
        chosen = chosen or runs
        text = ("(resolved) " if c.resolved else "") + c.text
        initials = "".join(part[0] for part in c.author.split()[:3]).upper()
        comment = document.add_comment(  # type: ignore[attr-defined]
            [Run(chosen[0], document), Run(chosen[-1], document)], text=clean(text),
            author=clean(c.author), initials=initials)
        comment._comment_elm.set(w("date"), _word_date(c.created))
        for reply in c.replies:
            comment.add_paragraph(clean(f"{reply.author}, {format_date(reply.created.date())}: {reply.text}"))


def _header_footer(document: object, build: Builder, organisation: str, notice: str | None = None) -> None:
    section = document.sections[0]  # type: ignore[attr-defined]
    header = section.header
    header.is_linked_to_previous = False
    head = header.paragraphs[0]._p
    for child in list(head):
        head.remove(child)
    script = script_of(organisation, build.language)
    head.append(build.p("Header", script)[0])
    build.run(head, organisation, script)
    if notice:
        # on every page, above the organisation: nobody reads page 2 without seeing it
        warning = build.p("Header")
        build.run(warning, notice, bold=True)
        head.addprevious(warning)
    footer = section.footer
    footer.is_linked_to_previous = False
    foot = footer.paragraphs[0]._p
    for child in list(foot):
        foot.remove(child)
    foot.append(build.p("Footer")[0])
    build.run(foot, "Page ", LTR)
    build.field(foot, "PAGE", "1")
    build.run(foot, " of ", LTR)
    build.field(foot, "NUMPAGES", "1")


__all__ = ["DEFAULT_PURPOSE", "EAST_ASIAN_FONT", "REQUIRED_STYLES", "BriefingOptions", "default_template",
           "language_name", "write"]
