"""What the importer reads as embargo and release number in folders of releases, one line per release.

Usage: python scripts/top_matter_report.py FOLDER [FOLDER ...]

Prints each release that has an embargo or a number (so a wrong one shows), then the
totals: how many releases were read, how many have an embargo (with and without a time
zone), how many a release number, and how many failed to open.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.formats import FormatError, read_path_with_warnings


def main(folders: list[str]) -> int:
    read = embargoes = zoned = numbers = failed = 0
    for folder in folders:
        for path in sorted(p for p in Path(folder).iterdir() if p.suffix in (".txt", ".docx")):
            try:
                release, _ = read_path_with_warnings(path)
            except FormatError as error:
                failed += 1
                print(f"{path.name}: not read: {error}")
                continue
            read += 1
            e = release.embargo
            if e is None and release.reference is None:
                continue
            embargoes += e is not None
            zoned += e is not None and e.when.tzinfo is not None
            numbers += release.reference is not None
            when = f"{e.when.isoformat()} {e.zone or ''} ← {e.text!r}" if e else "-"
            print(f"{path.name}: embargo {when}; reference {release.reference or '-'}")
    print(f"{read} releases read, {failed} not read; embargo in {embargoes} ({zoned} with a time zone); "
          f"release number in {numbers}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
