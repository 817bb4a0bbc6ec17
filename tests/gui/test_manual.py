"""The manual: reachable from Help, complete for each kind of user, and in step with the command line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app import __version__, cli
from app.gui.window import help as help_menu
from app.gui.window.mainwindow import MainWindow
from tests.gui.helpers import PROJECT, StubDialogs

MANUAL = PROJECT / "docs" / "manual"
SHARED_STANDARDS = PROJECT.parent / "shared" / "standards" / "README.md"
GUIDES = ("editor.md", "officer.md", "archivist.md", "drafting.md", "cli.md")


# -- Help menu ------------------------------------------------------------------------


def test_user_guide_opens_the_local_manual(window: MainWindow, dialogs: StubDialogs) -> None:
    """Help > User Guide asks the system to open the manual's index, a file that is there."""
    window.help.guide_action.trigger()
    assert dialogs.opened_urls == [str(MANUAL / "index.md")]
    assert Path(dialogs.opened_urls[0]).is_file()
    assert not dialogs.errors


def test_missing_manual_is_said_not_opened(window: MainWindow, dialogs: StubDialogs, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the manual installed, Help > User Guide says what is missing instead of opening nothing."""
    monkeypatch.setattr(help_menu, "manual_dir", lambda: tmp_path / "manual")
    window.help.guide_action.trigger()
    assert not dialogs.opened_urls
    assert dialogs.errors
    assert "user guide is missing" in dialogs.errors[-1][1]


def test_nothing_to_open_the_manual_with_is_said(window: MainWindow, dialogs: StubDialogs) -> None:
    """When no program opens the manual, the user is told so."""
    dialogs.open_url_works = False
    assert not window.help.open_guide()
    assert "No program" in dialogs.errors[-1][1]


def test_about_names_version_licence_and_the_iptc_attributions(window: MainWindow, dialogs: StubDialogs) -> None:
    """Help > About shows the version, the licence and every attribution the standards require."""
    window.help.about_action.trigger()
    title, text = dialogs.about[-1]
    assert "Release Desk" in title
    assert __version__ in text
    assert "GPL-3.0-or-later" in text
    for needle in ("NITF 3.6 XML Schema © IPTC", "NewsML-G2 2.35", "ninjs", "guardian/nitf-scala",
                   "Copyright 2018 Guardian News &amp; Media Ltd", "xml.xsd"):
        assert needle in text


def test_about_keeps_every_attribution_of_the_shared_standards() -> None:
    """Each bullet under "Attribution to keep in the project" in ../shared/standards/README.md is in About."""
    if not SHARED_STANDARDS.is_file():
        pytest.skip("../shared is not beside the project")
    section = SHARED_STANDARDS.read_text("utf-8").split("## Attribution to keep in the project", 1)[1]
    section = section.split("\n", 1)[1].split("\n## ", 1)[0]  # the bullets under the heading line
    bullets = [" ".join(b.split()) for b in re.split(r"\n\* ", "\n" + section.strip()) if b.strip()]
    about = " ".join(help_menu.ATTRIBUTIONS).replace("“", '"').replace("”", '"')
    for bullet in bullets:
        opening = re.sub(r"[`]", "", bullet)[:40]
        assert opening in about, opening


# -- the guides ------------------------------------------------------------------------------


def test_the_index_leads_to_a_guide_for_each_user() -> None:
    """The manual's index links the editor's, the officer's and the archivist's guides and the CLI page."""
    index = (MANUAL / "index.md").read_text("utf-8")
    for guide in GUIDES:
        assert f"({guide})" in index
        assert (MANUAL / guide).is_file()


def test_every_picture_in_the_manual_exists() -> None:
    """Every screenshot the guides show is in docs/screenshots, and each guide for a user has some."""
    for page in ["index.md", *GUIDES]:
        text = (MANUAL / page).read_text("utf-8")
        images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
        if page in ("editor.md", "officer.md", "archivist.md"):
            assert images, f"{page} shows no screenshot"
        for image in images:
            assert (MANUAL / image).resolve().is_file(), f"{page}: {image} is missing"


def test_every_menu_the_manual_names_exists(window: MainWindow) -> None:
    """The menu paths the guides give (File > Export…, Settings > Language...) are in the window's menus."""
    names = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        names.add(top.text().replace("&", ""))
        for action in menu.actions():
            names.add(f"{top.text()} > {action.text()}".replace("&", "").split("\t")[0])
    text = " ".join((MANUAL / page).read_text("utf-8") for page in ["index.md", *GUIDES])
    paths = set(re.findall(r"\*\*((?:File|Edit|View|Settings|Annotate|Help) > [^*]+)\*\*", text))
    assert paths
    for path in paths:
        first = path.split(" / ")[0]  # "Move Paragraph Up / Down" names two items
        if first.startswith("Annotate > Tag as Person"):
            first = "Annotate > Tag as Person"
        assert first in names, f"{path} is not a menu item"


# -- the command line ---------------------------------------------------------------------------


def documented() -> dict[str, set[str]]:
    """Per section of cli.md ("" for the bare command): the options and arguments its table lists."""
    sections: dict[str, set[str]] = {}
    current = None
    for line in (MANUAL / "cli.md").read_text("utf-8").splitlines():
        heading = re.match(r"^## `release-desk(?: (\w+))?`", line)
        if heading:
            current = heading.group(1) or ""
            sections[current] = set()
        elif current is not None and line.startswith("| `"):
            first_cell = line.split("|")[1]
            sections[current] |= set(re.findall(r"`([^`]+)`", first_cell))
    return sections


def argparse_names(parser) -> set[str]:
    names = set()
    for action in parser._actions:
        if action.option_strings:
            names |= set(action.option_strings)
        elif action.dest != "command":
            names.add(action.metavar or action.dest)
    return names


def test_cli_manual_lists_every_subcommand_and_option_of_the_help() -> None:
    """docs/manual/cli.md documents exactly the subcommands, options and arguments that --help shows."""
    parser = cli._parser()
    subcommands = next(a for a in parser._actions if a.dest == "command").choices
    sections = documented()
    assert set(sections) == {"", *subcommands}
    assert sections[""] == argparse_names(parser)
    for name, sub in subcommands.items():
        assert sections[name] == argparse_names(sub), name
