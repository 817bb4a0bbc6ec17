"""The ids a story read from NITF ends up with: the file's own where they are valid and free,
else ``p<N>`` / ``e<N>``, and never an id the file gives something further down.

Generating an id must not cost a look at the rest of the file: a 50 MB archive claims
three hundred thousand of them. So the reader generates freely and notices when the
file later claims an id it already generated (:class:`IdClashError`); it then reads the story
again with every id of the file reserved (:func:`file_ids`), which only such files pay for.
"""

from __future__ import annotations

from lxml import etree

from app.model import ID_RULE

ID = ID_RULE


class IdClashError(Exception):
    """An id generated for an earlier paragraph or tag is one the file gives to a later one."""


def file_ids(root: etree._Element) -> frozenset[str]:
    """Every ``id`` the document holds: ids a second read must not generate."""
    # (root.xpath, not a compiled XPath kept at module level: readers run in worker threads)
    return frozenset(root.xpath("//@id", smart_strings=False))


class Ids:
    """The ids claimed so far (``taken``); ``reserved`` ones are never generated."""

    def __init__(self, reserved: frozenset[str] = frozenset()) -> None:
        self.taken: set[str] = set()
        self.reserved = reserved
        self._from_file: set[str] = set()

    def take(self, ident: str) -> None:
        """Claim one of the file's ids as it is (the release id)."""
        self.taken.add(ident)
        self._from_file.add(ident)

    def claim(self, ident: str | None, prefix: str) -> str:
        """``ident`` if it is a free, valid id, else the next free ``prefix<N>``; taken from now on.

        Raises IdClashError when ``ident`` is free in the file but was generated earlier in this read.
        """
        taken = self.taken
        if ident is not None and ID.match(ident):
            if ident not in taken:
                taken.add(ident)
                self._from_file.add(ident)
                return ident
            if ident not in self._from_file:
                raise IdClashError(ident)
        return self.new(prefix)

    def new(self, prefix: str) -> str:
        """A generated id: ``prefix`` and the number of ids claimed so far plus one, or the next free one."""
        taken, reserved = self.taken, self.reserved
        n = len(taken) + 1
        ident = f"{prefix}{n}"
        while ident in taken or ident in reserved:
            n += 1
            ident = f"{prefix}{n}"
        taken.add(ident)
        return ident
