"""A folder of submissions with known defects: one release per editorial rule, plus hostile files.

``make_defects(folder)`` writes the files and returns what a run must say about
each: the verdict and the set of issue ids. Shared by the batch, report and CLI
tests so they all check the same expectations.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from app.formats import release_xml
from app.model import Comment, Contact, Dateline, Entity, Paragraph, Release

#: The date the runs are told it is, so "not in the future" gives the same answer every day.
TODAY = dt.date(2024, 6, 1)
#: A file whose content must never show up anywhere (the external-entity file points at it).
SECRET = "top-secret-content-that-must-not-leak"


def base_release() -> Release:
    """A release every rule accepts."""
    return Release(
        id="r1",
        headline="Harbour opens a new ferry line",
        created=dt.datetime(2024, 5, 20, 9, 0),
        dateline=Dateline(place="BERGEN", date=dt.date(2024, 5, 20)),
        body=[
            Paragraph(id="p1", text="Mayor Ada Lind opened the line.",
                      entities=[Entity(id="e1", kind="person", start=6, end=14)]),
            Paragraph(id="p2", text="Boats leave every hour."),
        ],
        contacts=[Contact(name="Press office", email="press@example.org", phone="+47 55 00 00 00")],
        comments=[Comment(id="c1", paragraph="p1", author="ed", created=dt.datetime(2024, 5, 20, 10, 0),
                          text="Check the name", start=6, end=14)],
    )


def _xml(release: Release) -> bytes:
    return release_xml.write(release)


def _releases() -> dict[str, tuple[bytes, str, set[str]]]:
    """name -> (bytes, verdict, issue ids)."""
    cases: dict[str, tuple[bytes, str, set[str]]] = {"good.xml": (_xml(base_release()), "valid", set())}

    r = base_release()
    r.headline = " "  # not empty, but blank: the editorial rule says so
    cases["headline-blank.xml"] = (_xml(r), "invalid", {"headline-present"})

    r = base_release()
    r.headline = "Harbour " * 20
    cases["headline-long.xml"] = (_xml(r), "valid", {"headline-length"})  # a warning

    r = base_release()
    r.dateline.date = dt.date(2024, 7, 1)
    r.created = None
    cases["dateline-future.xml"] = (_xml(r), "invalid", {"dateline-not-future"})

    r = base_release()
    r.dateline.date = dt.date(2024, 5, 25)
    cases["dateline-after-created.xml"] = (_xml(r), "invalid", {"dateline-after-created"})

    r = base_release()
    r.contacts = [Contact(name="Press office")]
    cases["contact-unreachable.xml"] = (_xml(r), "valid", {"contact-reachable"})  # a warning

    r = base_release()
    r.contacts[0].email = "press@example..org"  # the XSD's loose pattern lets it through
    cases["email-malformed.xml"] = (_xml(r), "invalid", {"email-form"})

    r = base_release()
    r.contacts[0].email = "nobody"
    # one fact, one issue: the rule's words (which quote the address), not the grammar's pattern error too
    cases["email-not-address.xml"] = (_xml(r), "invalid", {"email-form"})

    r = base_release()
    r.contacts[0].email = "nobody"
    r.dateline.date = dt.date(2024, 7, 1)
    r.created = None
    cases["two-errors.xml"] = (_xml(r), "invalid", {"email-form", "dateline-not-future"})  # two facts, two issues

    r = base_release()
    r.contacts[0].phone = "call the desk"
    cases["phone-malformed.xml"] = (_xml(r), "valid", {"phone-form"})  # a warning: it names the words

    r = base_release()
    r.body[1].text = "   "
    cases["paragraph-empty.xml"] = (_xml(r), "valid", {"empty-paragraph"})  # a warning

    data = _xml(base_release()).replace(b'<person id="e1">Ada Lind</person>', b'<person id="e1"> </person>')
    assert b'<person id="e1"> </person>' in data
    cases["tag-empty.xml"] = (data, "invalid", {"empty-tag"})

    data = _xml(base_release()).replace(b' end="14"', b"")
    cases["comment-half-anchored.xml"] = (data, "invalid", {"comment-anchor-pair"})

    data = _xml(base_release()).replace(b' end="14"', b' end="400"')
    cases["comment-past-end.xml"] = (data, "invalid", {"comment-anchor-range"})

    data = _xml(base_release()).replace(b"<status>draft</status>", b"<status>final</status>")
    cases["status-unknown.xml"] = (data, "invalid", {"SCHEMAV_CVC_ENUMERATION_VALID"})

    cases["other-vocabulary.xml"] = (b'<memo xmlns="urn:example:nobody"/>', "unchecked", {"no-profile"})
    return cases


def _hostile(folder: Path) -> dict[str, tuple[bytes, str, set[str]]]:
    secret = folder.parent / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    return {
        "hostile/not-well-formed.xml": (b"<release>\n  <headline>oops</release>\n", "not-well-formed",
                                        {"not-well-formed"}),
        "hostile/wrong-encoding.xml": ('<?xml version="1.0" encoding="UTF-8"?>\n<r>caf\u00e9</r>'.encode("latin-1"),
                                       "not-well-formed", {"bad-encoding"}),
        "hostile/unknown-encoding.xml": (b'<?xml version="1.0" encoding="klingon"?><r/>', "not-well-formed",
                                         {"bad-encoding"}),
        "hostile/binary.xml": (bytes(range(256)) * 4, "not-well-formed", {"not-xml"}),
        "hostile/empty.xml": (b"", "not-well-formed", {"empty-file"}),
        "hostile/billion-laughs.xml": (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">{lol}]><r>&l9;</r>'
                                       .encode(), "refused-unsafe", {"entity-expansion"}),
        "hostile/external-entity.xml": (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>'
                                        "<r>&x;</r>".encode(), "refused-unsafe", {"external-entity"}),
        # a DOCTYPE naming a DTD that is never loaded: the release inside is checked as usual
        "hostile/external-dtd.xml": (_xml(base_release()).replace(
            b"?>\n", b'?>\n<!DOCTYPE release SYSTEM "http://example.invalid/r.dtd">\n', 1), "valid", set()),
        "hostile/deep.xml": (b"<a>" * 5000 + b"</a>" * 5000, "not-well-formed", {"too-deep"}),
    }


def make_defects(folder: Path) -> dict[str, tuple[str, set[str]]]:
    """Write the submissions under ``folder``; returns relative path -> (verdict, issue ids)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hostile").mkdir(exist_ok=True)
    expected: dict[str, tuple[str, set[str]]] = {}
    for name, (data, verdict, ids) in {**_releases(), **_hostile(folder)}.items():
        (folder / name).write_bytes(data)
        expected[name] = (verdict, ids)
    # Over the size bound without using the disk: a sparse file of 65 MiB.
    with open(folder / "hostile" / "huge.xml", "wb") as handle:
        handle.truncate(65 * 2**20)
    expected["hostile/huge.xml"] = ("unreadable", {"too-large"})
    # A link to nothing: listed by the folder walk, and said to be a dangling link.
    os.symlink(folder / "no-such-file.xml", folder / "hostile" / "dangling.xml")
    expected["hostile/dangling.xml"] = ("unreadable", {"dangling-link"})
    # A named pipe must not hang the run waiting for a writer.
    os.mkfifo(folder / "hostile" / "pipe.xml")
    expected["hostile/pipe.xml"] = ("unreadable", {"not-a-file"})
    # Text files are not submissions: a folder walk skips them.
    (folder / "notes.txt").write_text("not XML, and not looked at", encoding="utf-8")
    return expected
