"""The element names of the native format that the reader and the writer share."""

from __future__ import annotations

from app.formats.release_schema import NAMESPACE
from app.model import ENTITY_KINDS

NS = "{" + NAMESPACE + "}"
INDENT = "  "
KIND_BY_TAG = {NS + kind: kind for kind in ENTITY_KINDS}

# Other vocabularies people will hand us, so the refusal can say what to do instead.
KNOWN_VOCABULARIES = {
    "http://iptc.org/std/NITF/2006-10-18/": "NITF",
    "http://iptc.org/std/nar/2006-10-01/": "NewsML-G2",
    "http://www.w3.org/1999/xhtml": "XHTML",
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "a Word document part",
}


