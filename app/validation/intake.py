"""What batch validation says about a file before (or instead of) checking it against a profile.

Kept apart from batch.py so the run's machinery and these decisions can change
separately: which verdict a file without a profile gets, and how a file name or
a message is made safe to print in one line.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from app.validation.issues import Issue
from app.validation.profiles import NITF_NS, OLDER_NITF

if TYPE_CHECKING:
    from lxml import etree


#: The version an NITF root names in its ``version`` attribute (``-//IPTC//DTD NITF 3.4//EN``).
_NITF_VERSION = re.compile(r"NITF\s+(\d+\.\d+)")
_NITF_TAG = f"{{{NITF_NS}}}nitf"


def older_nitf(root: etree._Element) -> str | None:
    """What to call ``root`` when it is an NITF older than 3.6, which the built-in ``nitf`` profile (IPTC's
    3.6 schema) does not check; None otherwise. Older NITF is 3.3's namespace or none, or 3.4-3.6's
    namespace with a ``version`` attribute naming 3.4 or 3.5 (3.6's schema fixes that attribute to 3.6).
    A file in that namespace without ``version`` cannot tell its version and is checked as 3.6."""
    tag = root.tag
    if not isinstance(tag, str):
        return None
    if tag == _NITF_TAG:
        found = _NITF_VERSION.search(root.get("version") or "")
        if found is None or found.group(1) == "3.6":
            return None
        return f"NITF {found.group(1)} (its version attribute says so)"
    if tag == "nitf":
        return OLDER_NITF[""]
    namespace, _, local = tag[1:].partition("}")
    return OLDER_NITF.get(namespace) if tag[:1] == "{" and local == "nitf" else None


def unchecked_issue(root: etree._Element) -> Issue:
    """The one issue of an "unchecked" file: why no profile checked it, and what to do.

    An older NITF (3.3's namespace, none, or a ``version`` naming 3.4 or 3.5) is named as such: the
    built-in ``nitf`` profile is the 3.6 schema, which does not apply to it.
    """
    from lxml import etree  # here: the rest of this module is needed by runs that parse nothing

    qname = etree.QName(root)
    namespace = qname.namespace or ""
    older = older_nitf(root)
    if older is not None:
        message = (f"This is {older}; the built-in nitf profile checks NITF 3.6 (namespace {NITF_NS}) only. "
                   "Convert it with `release-desk convert FILE --to nitf`, or add a profile for its version "
                   "to the catalog")
    else:
        found = f"namespace {namespace}" if namespace else "no namespace"
        message = (f"Not checked: no validation profile applies to the root element <{qname.localname}> "
                   f"({found}); choose one with --profile or add one for this namespace to the catalog")
    return Issue("warning", message, xpath="/*", line=root.sourceline, code="no-profile")


def wrong_root_issue(root: etree._Element, profile: str, namespaces: tuple[str, ...]) -> Issue:
    """The one issue of a file checked with a named profile (``--profile``) whose root element is not one
    the profile is for: another format, so the profile's verdict would mean nothing."""
    from lxml import etree

    qname = etree.QName(root)
    found = f"namespace {qname.namespace}" if qname.namespace else "no namespace"
    wanted = " or ".join(namespaces)
    message = (f"The root element <{qname.localname}> ({found}) does not match the profile {profile}, which "
               f"checks files in the namespace {wanted}; choose the profile for this file's format with "
               "--profile, or leave --profile out to pick one by each file's namespace")
    return Issue("error", message, xpath="/*", line=root.sourceline, code="wrong-root")


#: Characters that must not reach a report or a terminal as they are: controls (a line break or a carriage
#: return in a name would split a CSV row or a diagnostic line) and the Unicode line separators.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escaped(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x80 else f"\\u{code:04x}"


def shown_path(path: str) -> str:
    """``path`` as reports, diagnostics and the window show it: a name that is not UTF-8 (``caf\\xe9.xml``
    from an old archive, read as surrogate escapes) gets its bytes escaped, and so do control characters
    (``new\\x0aline.xml``), so it can be written anywhere, on one line, and comes out the same on every run."""
    if path.isascii():  # nearly every path: two scans in C
        return path if path.isprintable() else _CONTROLS.sub(_escaped, path)
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        path = os.fsencode(path).decode("utf-8", "backslashreplace")
    return _CONTROLS.sub(_escaped, path)


def one_line(text: str) -> str:
    """``text`` on one line: a value holding line breaks must not spread one diagnostic over several."""
    if "\n" not in text and "\r" not in text:
        return text
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r")
