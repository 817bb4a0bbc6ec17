"""A release's id from the identifier of the item it was read from, and an id to export when it has none.

The id names the release in its history and in every item exported from it (NewsML-G2 ``guid``, ninjs
``uri``), so it must neither be lost nor shared (:mod:`app.model.ids`):

* an identifier that is a valid id is the id; another (a URI, a number, a code with spaces) gives one with
  its other characters as ``-`` (a URI without its scheme: ``urn:newsml:acme.com:2016:US-FED`` gives
  ``acme.com-2016-US-FED``), and ``item-`` before it when it does not start with a letter;
* a source without one gets the id its words give (:func:`app.model.content_id` of the headline and the
  body, as a text or Word import does: the same release whichever file it came in);
* a release still on the placeholder id is exported under that content id, so two such releases are not
  one item to whoever receives them.
"""

from __future__ import annotations

import re

from app.model import ID_RULE, PLACEHOLDER_ID, Release
from app.model import words_id as release_words_id

_ID = ID_RULE
_NOT_ID = re.compile(r"[^A-Za-z0-9_.-]+")
_URI = re.compile(r"^(?:urn:(?:newsml:)?|(?:https?|ftp|file)://|tag:|info:)", re.IGNORECASE)  # says no more


def id_from_identifier(identifier: str | None) -> str | None:
    """A valid release id made from a source's identifier; None when it has none to give."""
    identifier = (identifier or "").strip()
    if _ID.match(identifier):
        return identifier
    # all of it but the scheme: its last part alone is often shared ("urn:newsml:acme.com:20161018:US-FED" and
    # "...:20161121:US-FED" are two items), and two items must not become one release
    ident = _NOT_ID.sub("-", _URI.sub("", identifier)).strip("-.")
    if not ident:
        return None
    return ident if _ID.match(ident) else f"item-{ident}"


def words_id(release: Release) -> str:
    """The id the release's headline and body give (what a text import of the same words gets)."""
    return release_words_id(release.headline, (p.text for p in release.body))


def export_id(release: Release) -> str:
    """The id to name the release by in an exported item: its own, or its words' while it has none."""
    return words_id(release) if release.id == PLACEHOLDER_ID else release.id
