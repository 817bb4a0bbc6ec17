"""Rooms of the plain-text importer: each module knows one kind of thing a release says.

``decode`` turns bytes into text, ``dates`` reads and writes dates in several languages,
``language`` guesses the body's language, ``dateline`` reads a lead dateline, ``lines``
names the label, end-mark and footer lines, ``contacts`` reads a contact block, and
``layout`` puts them together into headline, body and tail.
"""

from __future__ import annotations
