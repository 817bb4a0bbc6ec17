"""Render docs/screenshots/nitf-import.png: an agency's NITF 3.1 story opened in the form.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_news_formats.py

Opens tests/fixtures/nitf/nitf-3.1-doctype-latin1.xml (a DTD-based story with a
DOCTYPE, a byline, body subheads) in a window with temp settings: the Byline
field shows the byline and title, and the body's gutter marks each subhead "H".
"""

from __future__ import annotations

import sys

from shots import PROJECT, application, example_window, save


def main() -> int:
    application()
    with example_window(1200, 820) as window:
        if not window.open_path(PROJECT / "tests" / "fixtures" / "nitf" / "nitf-3.1-doctype-latin1.xml"):
            raise SystemExit("could not open the NITF fixture")
        window.form.body.setFocus()
        save(window, "nitf-import.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
