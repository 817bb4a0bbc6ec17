"""Print a plain-text release as the JSON the corpus scorer reads (a stand-in for `release-desk convert`).

Usage: python -m app.formats.text_cli FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.formats import json_render, text
from app.formats.errors import FormatError


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        sys.stderr.write("usage: python -m app.formats.text_cli FILE\n")
        return 2
    path = Path(args[0])
    try:
        release = text.read(path.read_bytes(), source=str(path))
    except FormatError as exc:
        sys.stderr.write(f"{exc}\n")
        return 1
    except OSError as exc:
        sys.stderr.write(f"{path}: cannot read the file: {exc.strerror}\n")
        return 1
    sys.stdout.buffer.write(json_render.write(release))
    sys.stdout.buffer.write(b"\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
