"""ninjs read back: 3.x, 2.x and 1.x news items (ours or anyone's) into a Release.

The three generations differ mostly in the case of property names (3.x
camelCase, 2.x lower case, 1.x ``headline`` / ``body_html`` strings), so names
are folded to lower case first and read once. What ninjs carries comes back:
headline and subheadline, the body (HTML, or plain text split at blank lines)
with the tags our writer put in it, the dateline as printed (its date read from it) and its place,
byline, language, the dateline's date (``contentCreated``), embargo instant, release number, summary, credits, notes to
editors, subjects and keywords, contacts' names, e-mails and phones, and
created / modified times. What it does not carry cannot come back: the
embargo's IANA zone, comments, sign-offs, and the workflow beyond pubStatus
("usable" reads as approved, anything else as a draft).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from app.formats.errors import FormatError
from app.formats.item_ids import id_from_identifier, words_id
from app.formats.ninjs_html import claim_id, paragraphs, read_html
from app.model import PLACEHOLDER_ID, Contact, Embargo, ModelError, Paragraph, Release

_LANG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
_URI_ID = re.compile(r"^urn:release-desk:([A-Za-z_][A-Za-z0-9_.-]*)$")


def looks_like_ninjs(head: bytes) -> bool:
    """Whether the start of a JSON file names a property only ninjs items have (cheap: no parsing)."""
    return re.search(rb'"(?:uri|headlines|bodies|body_html|body_text|standard)"\s*:', head) is not None


def _lower(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k).lower(): _lower(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_lower(v) for v in value]
    return value


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _list(item: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = item.get(key)
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _time(value: Any, what: str, source: str) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise FormatError(f"{what} {value!r} is not an ISO 8601 date and time", source=source,
                          hint="write it like 2021-05-05T00:01:00+02:00") from None


def _load(data: bytes, source: str) -> dict[str, Any]:
    try:
        item = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise FormatError(f"the file is not UTF-8 (byte {exc.start})", source=source,
                          hint="ninjs is JSON in UTF-8; save it as UTF-8") from None
    except json.JSONDecodeError as exc:
        raise FormatError(f"this is not valid JSON: {exc.msg}", source=source, line=exc.lineno, column=exc.colno,
                          hint="check the JSON at that place (a missing comma or quote)") from None
    except RecursionError:
        raise FormatError("the JSON is nested too deeply to be a news item", source=source) from None
    if not isinstance(item, dict) or "uri" not in item:  # every ninjs generation requires it
        raise FormatError("this JSON is not a ninjs news item: it has no \"uri\"", source=source,
                          hint="Release Desk reads ninjs 1.x to 3.x; the output of `convert --to json` "
                               "is for reading, not for opening again")
    try:
        return _lower(item)
    except RecursionError:
        raise FormatError("the JSON is nested too deeply to be a news item", source=source) from None


def read_with_warnings(data: bytes, source: str = "<input>") -> tuple[Release, list[str]]:
    """Read a ninjs news item; the warnings say what was there but had no place in a release."""
    item = _load(data, source)
    warnings: list[str] = []
    release = Release()
    uri = _text(item.get("uri"))
    match = _URI_ID.match(uri or "")
    # ours, else an id made from anyone else's uri, else (below) the one the release's words give
    release.id = match.group(1) if match else id_from_identifier(uri) or PLACEHOLDER_ID
    language = _text(item.get("language"))
    if language and _LANG.match(language):
        release.language = language
    elif language:
        warnings.append(f"the language {language!r} is not a BCP 47 tag; 'en' was used")
    status = _text(item.get("pubstatus"))
    release.status = "approved" if status == "usable" else "draft"
    release.created = _time(item.get("firstcreated"), "firstCreated", source)
    release.modified = _time(item.get("versioncreated"), "versionCreated", source)
    when = _time(item.get("embargoeduntil", item.get("embargoed")), "embargoedUntil", source)
    if when is not None:
        release.embargo = Embargo(when)

    headlines = _list(item, "headlines")
    plain = [h for h in headlines if str(h.get("contenttype", "text/plain")).startswith("text/plain")]
    main = next((h for h in plain if h.get("role") in (None, "main")), plain[0] if plain else None)
    release.headline = _text(main.get("value")) or "" if main else _text(item.get("headline")) or ""
    sub = next((h for h in plain if h.get("role") in ("subheadline", "sub", "subhead")), None)
    release.subheadline = _text(sub.get("value")) if sub else None
    taken = {release.id}
    tagged = next((h for h in headlines if h.get("role") in (None, "main")
                   and h.get("contenttype") == "text/html"), None)
    if tagged is not None:
        blocks = read_html(_text(tagged.get("value")) or "").paragraphs
        if blocks and blocks[0].text == release.headline:
            for e in blocks[0].entities:
                e.id = claim_id(e.id, "e", release, taken)
            release.headline_entities = blocks[0].entities
    release.byline = _text(item.get("by"))
    release.dateline.place = _text(item.get("located"))
    reference = next((a for a in _list(item, "altids") if a.get("role") == "reference"), None)
    release.reference = _text(reference.get("value")) if reference else None
    for d in _list(item, "descriptions"):
        if d.get("role") in ("summary", None) and release.abstract is None:
            release.abstract = _text(d.get("value"))
        elif d.get("role") == "credits":
            release.photo_credits = _text(d.get("value"))

    _read_bodies(item, release, taken)
    if release.id == PLACEHOLDER_ID and (ident := words_id(release)) not in release.all_ids():
        release.id = ident
    content = _time(item.get("contentcreated"), "contentCreated", source)
    if content is not None:  # the dateline's date as our writer states it (its printed line may have none)
        release.dateline.date = content.date()
    for s in _list(item, "subjects"):
        if s.get("rel") == "keyword" and _text(s.get("name")):
            release.keywords.append(s["name"])
        elif s.get("rel") is None:
            value = _text(s.get("literal")) or _text(s.get("uri")) or _text(s.get("name"))
            if value:
                release.subjects.append(value)
    for source_item in _list(item, "infosources"):
        if source_item.get("role") == "contact":
            release.contacts.append(_contact(source_item))
    try:
        release.check()
    except ModelError as exc:
        raise FormatError(f"the ninjs item cannot be read as a release: {exc}", source=source) from None
    return release, warnings


def _read_bodies(item: dict[str, Any], release: Release, taken: set[str]) -> None:
    bodies = _list(item, "bodies")
    main = next((b for b in bodies if b.get("role") in (None, "main")), None)
    notes = next((b for b in bodies if b.get("role") == "notes"), None)
    html = _text(main.get("value")) if main and main.get("contenttype") == "text/html" else _text(
        item.get("body_html"))
    if html is not None:
        body = read_html(html)
        taken.update(release.all_ids())
        release.body = paragraphs(body.paragraphs, release)
        release.dateline.text = body.dateline
        if body.dateline:  # ninjs has no slot for the dateline's date: read it from the dateline as printed
            from app.formats.textparse.dates import find_date

            found = find_date(body.dateline, release.language)
            release.dateline.date = found.date if found is not None else None
    else:
        text = _text(main.get("value")) if main else _text(item.get("body_text"))
        chunks = [c.strip() for c in re.split(r"\n\s*\n", text or "") if c.strip()]
        release.body = [Paragraph(f"p{i}", c) for i, c in enumerate(chunks, 1)]
    if notes is not None:
        release.boilerplate = read_html(_text(notes.get("value")) or "").notes


def _contact(item: dict[str, Any]) -> Contact:
    contact = Contact(name=_text(item.get("name")))
    for method in _list(item, "contactinfo"):
        value = _text(method.get("value"))
        if method.get("type") == "email" and contact.email is None:
            contact.email = value
        elif method.get("type") in ("phone", "mobile") and contact.phone is None:
            contact.phone = value
    return contact


def read(data: bytes, source: str = "<input>") -> Release:
    """Read a ninjs news item (warnings dropped)."""
    return read_with_warnings(data, source)[0]
