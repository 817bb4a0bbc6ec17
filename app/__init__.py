"""Release Desk: an editor's desk for press releases."""

from __future__ import annotations

__version__ = "0.1.0"
APP_ID = "org.releasedesk.ReleaseDesk"  # reverse-DNS id of the .desktop file, AppStream metainfo, MIME type and icon
