"""The briefing note as PDF: the DOCX note converted by LibreOffice (``soffice --headless``).

LibreOffice lays the note out exactly as an officer will see it in Word or
Writer, so it is the converter; without it there is no PDF, and the message says
what to install instead of writing something that looks different. A throwaway
user profile keeps a LibreOffice the user has open out of it.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from app.formats.errors import FormatError
from app.model import Release

TIMEOUT_SECONDS = 180  # the first start with a fresh profile takes a while
MISSING_HINT = ("install LibreOffice Writer (Debian: sudo apt install libreoffice-writer-nogui), "
                "or write the note with --to docx and print it from a word processor")


def office_program() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(note: bytes, source: str = "<briefing note>") -> bytes:
    """Convert DOCX bytes to PDF bytes with LibreOffice; FormatError when it is missing or fails."""
    program = office_program()
    if program is None:
        raise FormatError("cannot make a PDF of the briefing note: LibreOffice is not installed",
                          source=source, hint=MISSING_HINT)
    with tempfile.TemporaryDirectory(prefix="release-desk-pdf-") as folder:
        work = Path(folder)
        (work / "note.docx").write_bytes(note)
        try:
            done = subprocess.run(
                [program, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
                 "--convert-to", "pdf", "--outdir", str(work), str(work / "note.docx")],
                capture_output=True, timeout=TIMEOUT_SECONDS, check=False,
            )
        except subprocess.TimeoutExpired:
            raise FormatError(f"LibreOffice took longer than {TIMEOUT_SECONDS} s to convert the briefing note",
                              source=source, hint="try again; close other LibreOffice conversions") from None
        except OSError as exc:
            raise FormatError(f"LibreOffice did not start: {exc}", source=source, hint=MISSING_HINT) from None
        pdf = work / "note.pdf"
        if done.returncode != 0 or not pdf.is_file():
            said = (done.stderr or done.stdout).decode(errors="replace").strip().splitlines()
            raise FormatError("LibreOffice could not convert the briefing note" + (f": {said[-1]}" if said else ""),
                              source=source, hint="check that the briefing template opens in LibreOffice")
        return pdf.read_bytes()


def write(release: Release) -> bytes:
    """The release's briefing note (the built-in template) as PDF."""
    from app.formats import docx_briefing

    return docx_to_pdf(docx_briefing.write(release))
