"""Render the example briefing note to docs/screenshots/briefing-note.png.

Run:  .venv/bin/python scripts/render_briefing_example.py

Reads the bundled example release (resources/examples/unido-shenzhen.txt) with
the text importer, tags the people and organisations an editor would tag,
writes the briefing note, converts it to PDF with LibreOffice (a private
profile in a temp folder) and renders the first page at 80 dpi with pdftoppm.
Needs the Debian packages libreoffice-writer-nogui and poppler-utils.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from app.formats import docx_briefing, text
from app.formats.docx_briefing import BriefingOptions
from app.model import Entity, Release

PROJECT = Path(__file__).resolve().parent.parent
EXAMPLE = PROJECT / "resources" / "examples" / "unido-shenzhen.txt"
TARGET = PROJECT / "docs" / "screenshots" / "briefing-note.png"
TAGS = [("person", "LI Yong", "Li Yong"), ("person", "ZHOU Mingcheng", "Zhou Mingcheng"),
        ("organisation", "United Nations Industrial Development Organization", None),
        ("organisation", "Shenzhen Municipal Government", None)]


def tagged_example() -> Release:
    release = text.read(EXAMPLE.read_bytes(), EXAMPLE.name)
    for kind, words, name in TAGS:
        for para in release.body:
            at = para.text.find(words)
            if at >= 0:
                para.add_entity(Entity(release.new_id("e"), kind, at, at + len(words), name=name))
                break
    release.body[2].key = True
    release.body[3].key = True
    release.check()
    return release


def main() -> int:
    for tool in ("soffice", "pdftoppm"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed (apt-get install libreoffice-writer-nogui poppler-utils)")
            return 1
    note = docx_briefing.write(tagged_example(), BriefingOptions(
        purpose="To brief the Director on the Shenzhen forum before the donor meeting.", organisation="UNIDO"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "briefing-note.docx").write_bytes(note)
        subprocess.run(["soffice", f"-env:UserInstallation={(work / 'lo-profile').as_uri()}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(work), str(work / "briefing-note.docx")],
                       check=True, capture_output=True, timeout=180)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                        str(work / "briefing-note.pdf"), str(work / "page")], check=True, capture_output=True)
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(work / "page.png", TARGET)
    print(f"wrote {TARGET.relative_to(PROJECT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
