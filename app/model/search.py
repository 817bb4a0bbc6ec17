"""Find and replace across every text field of a release, without a screen.

The fields are named by form paths (``headline``, ``body[3]``, ``contacts[0].email``,
``keywords[2]``) in the order the form shows them, so the GUI can go to a match
and validation's paths and these agree. Replacing goes through
``Release.replace_text`` / ``replace_headline``, so entity tags and comment
anchors follow the text; a tag whose whole text is replaced is gone, and the
report says how many went.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.model.release import Release

CONTACT_FIELDS = ("name", "title", "organisation", "email", "phone")
_PATH = re.compile(r"^(?:(\w+)\[(\d+)\](?:\.(\w+))?|(\w+))$")


class SearchError(ValueError):
    """The pattern cannot be searched for (an invalid regular expression); the message says why."""


@dataclass(frozen=True)
class Query:
    text: str
    match_case: bool = False
    whole_words: bool = False
    regex: bool = False

    def compile(self) -> re.Pattern[str]:
        source = self.text if self.regex else re.escape(self.text)
        if self.whole_words:
            source = rf"(?<!\w)(?:{source})(?!\w)"
        try:
            return re.compile(source, 0 if self.match_case else re.IGNORECASE)
        except re.error as exc:
            raise SearchError(f"invalid regular expression: {exc.msg} at position {exc.pos}") from exc

    def expand(self, found: re.Match[str], replacement: str) -> str:
        """What replaces ``found``: ``\\1`` and ``\\g<name>`` are groups with regular expressions, literal without."""
        if not self.regex:
            return replacement
        try:
            return found.expand(replacement)
        except (re.error, IndexError) as exc:
            raise SearchError(f"invalid replacement: {exc}") from exc


@dataclass(frozen=True)
class Match:
    path: str  # form path of the field
    start: int
    end: int


@dataclass
class Report:
    replaced: int = 0
    tags_removed: int = 0


def text_fields(release: Release) -> Iterator[tuple[str, str]]:
    """(path, text) of every text field, in the form's order; empty optional fields included as ''."""
    yield "headline", release.headline
    yield "subheadline", release.subheadline or ""
    for i, paragraph in enumerate(release.body):
        yield f"body[{i}]", paragraph.text
    yield "photo_credits", release.photo_credits or ""
    for i, contact in enumerate(release.contacts):
        for name in CONTACT_FIELDS:
            yield f"contacts[{i}].{name}", getattr(contact, name) or ""
    for i, keyword in enumerate(release.keywords):
        yield f"keywords[{i}]", keyword


def field_text(release: Release, path: str) -> str:
    return dict(text_fields(release)).get(path, "")


def find_all(release: Release, query: Query) -> list[Match]:
    """Every match in every field, in reading order; [] for an empty pattern. SearchError for a bad one."""
    if not query.text:
        return []
    pattern = query.compile()
    return [
        Match(path, m.start(), m.end())
        for path, text in text_fields(release)
        for m in pattern.finditer(text)
        if m.end() > m.start()  # an empty match ("a*") would replace nothing visible
    ]


def _tag_count(release: Release, path: str) -> int:
    if path == "headline":
        return len(release.headline_entities)
    if path.startswith("body["):
        return len(release.body[int(path[5:-1])].entities)
    return 0


def _replace(release: Release, path: str, start: int, end: int, new: str) -> None:
    """Replace ``start:end`` of the field at ``path``; tags and comment anchors follow."""
    m = _PATH.match(path)
    if m is None:
        raise SearchError(f"no text field {path!r}")
    name, index, attr, plain = m.groups()
    if plain == "headline":
        release.replace_headline(start, end, new)
    elif plain in ("subheadline", "photo_credits"):
        old = getattr(release, plain) or ""
        setattr(release, plain, old[:start] + new + old[end:])
    elif name == "body":
        release.replace_text(int(index), start, end, new)
    elif name == "contacts" and attr in CONTACT_FIELDS:
        contact = release.contacts[int(index)]
        old = getattr(contact, attr) or ""
        setattr(contact, attr, old[:start] + new + old[end:])
    elif name == "keywords":
        old = release.keywords[int(index)]
        release.keywords[int(index)] = old[:start] + new + old[end:]
    else:
        raise SearchError(f"no text field {path!r}")


def replace_one(release: Release, query: Query, match: Match, replacement: str) -> Report:
    """Replace one match (found by :func:`find_all` on this release); the release changes in place."""
    text = field_text(release, match.path)
    found = query.compile().match(text, match.start)
    if found is None or found.end() != match.end:
        raise SearchError("the text changed since it was found; search again")
    before = _tag_count(release, match.path)
    _replace(release, match.path, match.start, match.end, query.expand(found, replacement))
    return Report(1, before - _tag_count(release, match.path))


def replace_all(release: Release, query: Query, replacement: str) -> Report:
    """Replace every match in every field; the release changes in place. SearchError before any change."""
    report = Report()
    if not query.text:
        return report
    pattern = query.compile()
    plans: list[tuple[str, list[tuple[int, int, str]]]] = []
    for path, text in text_fields(release):  # every replacement worked out before the first change
        found = (m for m in pattern.finditer(text) if m.end() > m.start())
        edits = [(m.start(), m.end(), query.expand(m, replacement)) for m in found]
        if edits:
            plans.append((path, edits))
    for path, edits in plans:
        before = _tag_count(release, path)
        for start, end, new in reversed(edits):  # from the end, so earlier offsets stay right
            _replace(release, path, start, end, new)
        report.replaced += len(edits)
        report.tags_removed += before - _tag_count(release, path)
    return report
