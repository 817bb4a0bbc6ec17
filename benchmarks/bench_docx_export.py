"""How much the briefing-note writer costs over bare python-docx writing the same content.

Run:  .venv/bin/python benchmarks/bench_docx_export.py

Two cases, each timed against python-docx writing the same paragraphs and runs
from the same template bytes, in the same process, interleaved so that a noisy
machine slows both alike:

* a 5,000-paragraph release (target: ratio at most 1.3);
* a typical six-paragraph briefing note with its tables, headings, bullets,
  header and footer (target: ratio at most 1.5).

Prints both ratios (median of the interleaved rounds) and exits 1 if a target is missed.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import docx  # imported up front: its 120 ms import is not what is measured

from app.formats import docx_briefing
from app.formats.briefing_content import BriefingContent
from app.model import Contact, Dateline, Entity, Paragraph, Release

TARGET_BULK = 1.3
TARGET_TYPICAL = 1.5

_SENTENCE = ("The council will publish daily readings from every monitoring station along the river, "
             "so that towns downstream can prepare for pollution events hours earlier. ")


def bulk_release(n: int = 5000) -> Release:
    return Release(headline="A very long release", body=[
        Paragraph(id=f"p{i}", text=f"{i}. {_SENTENCE * 2}") for i in range(n)])


def typical_release() -> Release:
    body = []
    for i in range(6):
        text = f"Paragraph {i}: the Danube Water Council met Marta Kovač today. {_SENTENCE}"
        start = text.index("Danube")
        person = text.index("Marta")
        body.append(Paragraph(id=f"p{i}", text=text, key=i in (1, 2), entities=[
            Entity(f"o{i}", "organisation", start, start + 20), Entity(f"m{i}", "person", person, person + 11)]))
    return Release(headline="River council asks for open water-quality data", body=body,
                   dateline=Dateline(place="VIENNA"), photo_credits="DWC/Jana Horak",
                   contacts=[Contact(name="Lena Gruber", title="Press Officer", email="press@dwc.example.org")])


# The bare side opens the same template bytes as the writer: python-docx's own
# default (438 KB of Word 2010 styles more) would make it slower and the ratio flatter.
_TEMPLATE = docx_briefing.default_template().read_bytes()


def _bare_document() -> docx.document.Document:
    return docx.Document(io.BytesIO(_TEMPLATE))


def bare_bulk(release: Release) -> bytes:
    """python-docx writing the same paragraphs and runs: one run per paragraph, after a title."""
    document = _bare_document()
    document.add_paragraph(release.headline, style="Title")
    for p in release.body:
        document.add_paragraph().add_run(p.text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def bare_typical(release: Release) -> bytes:
    """python-docx writing the note's content the usual way: the API for every part."""
    content = BriefingContent.of(release, docx_briefing.DEFAULT_PURPOSE, None)
    document = _bare_document()
    document.add_paragraph(release.headline, style="Title")
    table = document.add_table(rows=0, cols=2, style="Table Grid")
    for label, value in content.facts:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
    document.add_heading("Purpose", level=1)
    document.add_paragraph(content.purpose)
    document.add_heading("Summary", level=1)
    document.add_paragraph(content.summary_text)
    document.add_heading("Key points", level=1)
    for p in content.key_points:
        document.add_paragraph(p.text, style="List Bullet")
    document.add_heading("Background", level=1)
    for p in content.background:
        document.add_paragraph(p.text)
    document.add_heading("People and organisations mentioned", level=1)
    people = document.add_table(rows=0, cols=3, style="Table Grid")
    for row in [["Name in the text", "Name", "Kind"], *content.people]:
        for cell, value in zip(people.add_row().cells, row, strict=True):
            cell.paragraphs[0].add_run(value)
    document.add_heading("Contacts", level=1)
    for contact in content.contacts:
        document.add_paragraph(contact)
    document.add_heading("Photo credits", level=1)
    document.add_paragraph(release.photo_credits or "")
    section = document.sections[0]
    section.header.paragraphs[0].add_run(content.organisation)
    section.footer.paragraphs[0].add_run("Page 1 of 1")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def ratio(ours: Callable[[], bytes], bare: Callable[[], bytes], rounds: int) -> tuple[float, float, float]:
    ours()
    bare()  # warm both (template cache, lxml class lookups)
    times_ours: list[float] = []
    times_bare: list[float] = []
    for i in range(rounds):
        # alternate which goes first, so neither always gets the warmer cache
        pair = [(ours, times_ours), (bare, times_bare)]
        for fn, sink in pair if i % 2 == 0 else reversed(pair):
            start = time.perf_counter()
            fn()
            sink.append(time.perf_counter() - start)
    a, b = statistics.median(times_ours), statistics.median(times_bare)
    return a / b, a, b


def main() -> int:
    bulk = bulk_release()
    typical = typical_release()
    r_bulk, ours_bulk, bare_bulk_s = ratio(lambda: docx_briefing.write(bulk), lambda: bare_bulk(bulk), rounds=7)
    r_typ, ours_typ, bare_typ_s = ratio(lambda: docx_briefing.write(typical), lambda: bare_typical(typical),
                                        rounds=41)
    print(f"5,000 paragraphs: ours {ours_bulk * 1000:.0f} ms, bare python-docx {bare_bulk_s * 1000:.0f} ms, "
          f"ratio {r_bulk:.2f} (target <= {TARGET_BULK})")
    print(f"typical note:     ours {ours_typ * 1000:.1f} ms, bare python-docx {bare_typ_s * 1000:.1f} ms, "
          f"ratio {r_typ:.2f} (target <= {TARGET_TYPICAL})")
    return 0 if r_bulk <= TARGET_BULK and r_typ <= TARGET_TYPICAL else 1


if __name__ == "__main__":
    sys.exit(main())
