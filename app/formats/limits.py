"""Size limits every XML read keeps, apart from the parser (safexml) so that code which only needs the
number does not import lxml with it (a validation re-run answered by the cache never parses a file)."""

from __future__ import annotations

#: Larger inputs are refused before parsing. A 5,000-paragraph release is ~2 MiB.
MAX_BYTES = 64 * 1024 * 1024
