"""Import real releases and validate them as drafts (or as another status): how many errors and warnings, of
which kinds, folder by folder. The figures in README.md's "Batch validation" section come from here.

    .venv/bin/python scripts/validate_corpus.py [--status approved] [--list] [FOLDER ...]

Without folders: ../shared/corpus/dev/raw and docx-dev/raw (when ../shared is there) and our own fixture
releases. ``--list`` prints every issue, file by file.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from app.formats import import_path  # noqa: E402 - after the path is set
from app.validation import validate_release  # noqa: E402

OWN = ["resources/importer/releases/raw", "resources/importer/word/raw", "tests/fixtures/text",
       "tests/fixtures/import_source", "tests/fixtures/annotate", "resources/examples", "tests/fixtures/validation"]
SHARED = ["../shared/corpus/dev/raw", "../shared/corpus/docx-dev/raw"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--status", help="judge every release as if it had this status (default: draft)")
    parser.add_argument("--list", action="store_true", help="print every issue")
    args = parser.parse_args()
    folders = args.folders or [PROJECT / f for f in SHARED + OWN if (PROJECT / f).is_dir()]
    total: Counter[tuple[str, str]] = Counter()
    for folder in folders:
        files = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".docx"))
        kinds: Counter[tuple[str, str]] = Counter()
        for path in files:
            imported = import_path(path)
            if imported is None:
                continue
            for issue in validate_release(imported.release, status=args.status):
                kinds[issue.severity, issue.code] += 1
                if args.list:
                    print(f"  {path.name}: {issue.severity}: {issue.message}")
        total += kinds
        errors = sum(n for (severity, _), n in kinds.items() if severity == "error")
        print(f"{folder.name if folder.name != 'raw' else folder.parent.name + '/raw'}: {len(files)} releases, "
              f"{errors} errors, {kinds.total() - errors} warnings")
    print("all:", ", ".join(f"{n} {severity} {code}" for (severity, code), n in total.most_common()) or "no issue")
    return 0


if __name__ == "__main__":
    sys.exit(main())
