"""ninjs 2.2 (``--to ninjs2``): the ninjs 3.1 item of :mod:`app.formats.ninjs` in 2.x's property names.

Reading is the same for every ninjs generation (:mod:`app.formats.ninjs_read`).
"""

from __future__ import annotations

from app.formats.ninjs import write_v2 as write
from app.formats.ninjs import write_v2_with_warnings as write_with_warnings
from app.formats.ninjs_read import read, read_with_warnings

__all__ = ["read", "read_with_warnings", "write", "write_with_warnings"]
