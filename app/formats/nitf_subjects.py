"""The release's subjects in NITF's subject code slot, ``head/tobject/tobject.subject``, written and read.

* A subject that is a code (``medtop:04000000``, ``subj:15000000``: letters, digits and ``._:-``) is written
  as ``tobject.subject.refnum`` alone.
* Any other subject ("labour market") has no code, but ``refnum`` is required and must be one word: it gets
  the subject folded to one (``labour-market``) and the subject as written goes in
  ``tobject.subject.type`` (NITF's "subject description"); reading a file of ours takes that back.
* In anyone else's NITF, an eight-digit ``refnum`` of IPTC's Subject Codes (``tobject.subject.ipr`` IPTC, the
  default) is read as ``subj:NNNNNNNN``, the qcode NewsML-G2 gives it; another refnum is read as it is.
"""

from __future__ import annotations

import re

from lxml import etree

from app.formats.cleaning import clean

_CODE = re.compile(r"^[A-Za-z0-9._:-]+$")  # an NMTOKEN the schema takes as refnum, written as the subject is
_NOT_CODE = re.compile(r"[^A-Za-z0-9._:-]+")
_IPTC_SUBJECT_CODE = re.compile(r"^\d{8}$")


def write_subjects(head: etree._Element, subjects: list[str], tag: str) -> None:
    """``subjects`` as one ``tobject`` in ``head`` (after ``title``, before ``docdata``, as the schema orders
    them); ``tag`` makes a qualified NITF name. An empty subject says nothing and is not written."""
    subjects = [s for s in (clean(s) for s in subjects) if s]
    if not subjects:
        return
    tobject = etree.SubElement(head, tag + "tobject")
    for subject in subjects:
        el = etree.SubElement(tobject, tag + "tobject.subject")
        if _CODE.match(subject):
            el.set("tobject.subject.refnum", subject)
        else:
            el.set("tobject.subject.refnum", _NOT_CODE.sub("-", subject).strip("-") or "subject")
            el.set("tobject.subject.type", subject)


def read_subjects(head: etree._Element | None, tag: str, exact: bool) -> list[str]:
    """The subjects ``head/tobject`` lists; ``exact`` for a file Release Desk wrote."""
    if head is None:
        return []
    subjects: list[str] = []
    for el in head.iterfind(f"{tag}tobject/{tag}tobject.subject"):
        refnum = (el.get("tobject.subject.refnum") or "").strip()
        if exact:  # as written: the type when it has one (even blank), else the code
            subject = el.get("tobject.subject.type", refnum)
        elif _IPTC_SUBJECT_CODE.match(refnum) and el.get("tobject.subject.ipr", "IPTC").strip().upper() == "IPTC":
            subject = f"subj:{refnum}"
        else:
            subject = refnum or (el.get("tobject.subject.type") or "").strip()
        if exact or (subject and subject not in subjects):
            subjects.append(subject)
    return subjects
