"""Release ids: the placeholder a release carries until it has one of its own, and how it gets one.

The id names a release wherever it goes: the key of its revision history, the
``guid`` of its NewsML-G2 item, the ``uri`` of its ninjs. Two releases with one
id would share a history (saving one would prune the other's revisions) and
would be one item, in two versions, to an agency's system. So a release read
from a text or Word file gets an id from its headline and body (the same
words, the same release, whichever file they came in), and one typed from
nothing gets a random id the first time it is saved.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

#: What an id of a release, a paragraph or a tag may be (an XML NCName in ASCII): the rule every reader keeps.
ID_RULE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")

#: The id of a release that has none of its own yet (a new, unsaved one, or a file without an id).
PLACEHOLDER_ID = "release"


def content_id(text: str) -> str:
    """An id for the release whose words are ``text``: the same for the same text, different for any other."""
    return f"release-{hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"


def words_id(headline: str, paragraphs: Iterable[str]) -> str:
    """:func:`content_id` of the headline and the paragraphs, one per line, hashed a thousand lines at a time:
    the same id, without a copy of the whole text (a 50 MB archive story would hold two more, as text and as
    bytes, for a moment)."""
    digest = hashlib.sha256(headline.encode("utf-8", "surrogatepass"))
    batch: list[str] = []
    for text in paragraphs:
        batch.append(text)
        if len(batch) == 1024:
            digest.update(("\n" + "\n".join(batch)).encode("utf-8", "surrogatepass"))
            batch.clear()
    if batch:
        digest.update(("\n" + "\n".join(batch)).encode("utf-8", "surrogatepass"))
    return f"release-{digest.hexdigest()[:16]}"


def fresh_id() -> str:
    """A new id no other release has (a random UUID's first 64 bits: no clash in any archive's lifetime)."""
    import uuid  # at the first save of a new release; uuid (and the platform module it loads) is not needed at start

    return f"release-{uuid.uuid4().hex[:16]}"
