"""What batch validation says about a file before (or instead of) checking it against a profile.

Kept apart from batch.py so the run's machinery and these decisions can change
separately: which verdict a file without a profile gets, and how a file name or
a message is made safe to print in one line.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from app.validation.issues import Issue
from app.validation.profiles import NITF_NS, OLDER_NITF

if TYPE_CHECKING:
    from lxml import etree


def unchecked_issue(root: etree._Element) -> Issue:
    """The one issue of an "unchecked" file: why no profile checked it, and what to do.

    An older NITF (3.3's namespace, or none) is named as such: the built-in
    ``nitf`` profile is the 3.6 schema, which does not apply to it.
    """
    from lxml import etree  # here: the rest of this module is needed by runs that parse nothing

    qname = etree.QName(root)
    namespace = qname.namespace or ""
    older = OLDER_NITF.get(namespace) if qname.localname == "nitf" else None
    if older is not None:
        message = (f"This is {older}; the built-in nitf profile checks NITF 3.6 (namespace {NITF_NS}) only. "
                   "Convert it with `release-desk convert FILE --to nitf`, or add a profile for its version "
                   "to the catalog")
    else:
        found = f"namespace {namespace}" if namespace else "no namespace"
        message = (f"Not checked: no validation profile applies to the root element <{qname.localname}> "
                   f"({found}); choose one with --profile or add one for this namespace to the catalog")
    return Issue("warning", message, xpath="/*", line=root.sourceline, code="no-profile")


def shown_path(path: str) -> str:
    """``path`` as reports, diagnostics and the window show it: a name that is not UTF-8 (``caf\\xe9.xml``
    from an old archive, read as surrogate escapes) gets its bytes escaped, so it can be written anywhere
    and comes out the same on every run."""
    if path.isascii():  # nearly every path: one scan in C
        return path
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


def one_line(text: str) -> str:
    """``text`` on one line: a value holding line breaks must not spread one diagnostic over several."""
    if "\n" not in text and "\r" not in text:
        return text
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r")
