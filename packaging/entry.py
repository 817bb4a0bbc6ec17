"""The bundle's main script: ``release-desk`` as PyInstaller freezes it.

A stub rather than ``app/cli.py`` itself, for two reasons: run as a script,
``app/cli.py`` would be imported a second time as ``__main__``; and a frozen
program must call ``multiprocessing.freeze_support()`` before anything else so
that the forkserver/spawn workers of batch validation (used when the GUI has
threads running) start as workers instead of as a second copy of the app.
"""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from app.cli import main

    sys.exit(main())
