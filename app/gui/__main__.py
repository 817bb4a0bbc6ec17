"""``python -m app.gui [FILE ...]`` opens the editor window."""

from __future__ import annotations

import sys

from app.gui import run

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
