"""The Help menu: the user guide (the local manual, in the system's viewer) and About Release Desk.

Both go through the window's Dialogs seam (``open_url``, ``show_about``), so a
test checks which file would open without starting a browser.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QKeySequence

from app import __version__
from app.paths import manual_dir

if TYPE_CHECKING:
    from app.gui.services import FeatureHost

LICENCE = "GPL-3.0-or-later"
# ../shared/standards/README.md, "Attribution to keep in the project": legal text, kept in English on purpose.
ATTRIBUTIONS: tuple[str, ...] = (
    "NITF 3.6 XML Schema © IPTC – International Press Telecommunications Council, www.iptc.org, "
    "used under the IPTC Non-Exclusive License Agreement.",
    "NewsML-G2 2.35 XML Schema and examples © IPTC, CC BY 4.0, https://creativecommons.org/licenses/by/4.0/ "
    "(unchanged copies).",
    "ninjs schemas and test files © IPTC (repository MIT licence; schema text CC BY 4.0).",
    "NITF example documents taken from the guardian/nitf-scala repository (Apache-2.0, "
    "“Copyright 2018 Guardian News & Media Ltd”); they are IPTC's NITF examples.",
    "xml.xsd is the W3C schema for the XML namespace (W3C), as redistributed by IPTC.",
    "The built-in nitf and newsml-g2 validation profiles use these IPTC schemas, shipped unchanged with their "
    "licence notices in schemas/iptc/ (see the NOTICE file).",
)


def manual_index() -> Path:
    return manual_dir() / "index.md"


class Help(QObject):
    """Help > User Guide and Help > About Release Desk for one window."""

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.window)
        self.host = host
        window = host.window
        self.guide_action = QAction(self.tr("&User Guide"), window)
        self.guide_action.setShortcuts(QKeySequence.StandardKey.HelpContents)
        self.guide_action.setStatusTip(self.tr("Open the guides for editors, officers and archivists"))
        self.guide_action.triggered.connect(self.open_guide)
        self.about_action = QAction(self.tr("&About Release Desk"), window)
        self.about_action.triggered.connect(self.show_about)
        self.menu = host.menus.add("help", self.tr("&Help"))
        self.menu.addActions([self.guide_action, self.about_action])

    def open_guide(self) -> bool:
        """Open the manual's index in the system's viewer; say so when it is missing or nothing opens it."""
        path = manual_index()
        title = self.tr("Cannot open the user guide")
        if not path.is_file():
            self.host.dialogs.show_error(
                title, self.tr("{path}: the user guide is missing; reinstall Release Desk").format(path=path)
            )
            return False
        if not self.host.dialogs.open_url(QUrl.fromLocalFile(str(path))):
            self.host.dialogs.show_error(
                title, self.tr("No program on this computer opened {path}").format(path=path)
            )
            return False
        return True

    def about_text(self) -> str:
        import html  # Help > About only: the module's entity table is not needed at start

        credits = "".join(f"<li>{html.escape(a)}</li>" for a in ATTRIBUTIONS)
        return (
            "<h3>Release Desk {version}</h3>"
            "<p>{what}</p><p>{licence}</p><p>{credits_intro}</p><ul>{credits}</ul>"
        ).format(
            version=html.escape(__version__),
            what=html.escape(self.tr("An editor's desk for press releases: structure, tag, validate and export.")),
            licence=html.escape(self.tr("Licence: {licence}").format(licence=LICENCE)),
            credits_intro=html.escape(self.tr("Standards and examples used by Release Desk:")),
            credits=credits,
        )

    def show_about(self) -> None:
        self.host.dialogs.show_about(self.tr("About Release Desk"), self.about_text())


def install_help(host: FeatureHost) -> Help:
    """Add the Help menu (last, where people look for it) to the host's window."""
    return Help(host)
