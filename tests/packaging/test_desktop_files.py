"""Desktop integration: the launcher, AppStream metainfo, MIME type and icons are valid and agree.

``desktop-file-validate``, ``appstreamcli`` and ``update-mime-database`` are installed by
``.ci/run``; a machine without them fails these tests rather than skipping them, because
the files are only worth shipping if the tools that read them accept them.
"""

from __future__ import annotations

import configparser
import fnmatch
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from app import APP_ID
from app.formats import safexml

PROJECT = Path(__file__).resolve().parents[2]
LINUX = PROJECT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.mime.xml"
ICONS = PROJECT / "resources" / "icons" / "hicolor"
INSTALL = PROJECT / "packaging" / "install-desktop.sh"
MIME_TYPE = "application/x-release-desk+xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XS = "{http://www.w3.org/2001/XMLSchema}"
# where the metainfo's screenshot URLs point inside the repository (see the metainfo's comment)
SCREENSHOT_URL_PREFIX = "https://release-desk.example.org/raw/main/"


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is not installed; .ci/run installs it (apt-get install desktop-file-utils appstream)"
    return found


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",), comment_prefixes=("#",))
    parser.optionxform = str  # type: ignore[assignment, method-assign] - keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> etree._Element:
    return safexml.parse_bytes(METAINFO.read_bytes(), str(METAINFO)).getroot()


def _mime_type() -> etree._Element:
    root = safexml.parse_bytes(MIME_XML.read_bytes(), str(MIME_XML)).getroot()
    types = root.findall(f"{MIME_NS}mime-type")
    assert [t.get("type") for t in types] == [MIME_TYPE]
    return types[0]


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_desktop_file_passes_desktop_file_validate() -> None:
    """The launcher is accepted by desktop-file-validate, with no errors or warnings."""
    done = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower(), done.stdout
    assert "warning" not in done.stdout.lower(), done.stdout


def test_metainfo_passes_appstreamcli_validate() -> None:
    """Software centres accept the AppStream metainfo (checked offline)."""
    done = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_file_uses_the_one_application_id() -> None:
    """The launcher, metainfo, MIME type, icon and installer all name the same application id."""
    entry = _desktop_entry()
    meta = _metainfo()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert entry["Icon"] == APP_ID
    assert _mime_type().find(f"{MIME_NS}icon").get("name") == APP_ID
    assert f"app_id={APP_ID}" in INSTALL.read_text()
    assert (ICONS / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_double_clicking_a_release_opens_release_desk_on_it() -> None:
    """The launcher declares the release MIME type and passes the clicked files to the editor."""
    entry = _desktop_entry()
    exec_words = entry["Exec"].split()
    assert exec_words[0] == "release-desk"
    assert exec_words[-1] == "%F"  # every selected file, as local paths
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert MIME_TYPE in [m.text for m in _metainfo().iterfind("provides/mediatype")]


def test_mime_type_recognises_release_files_by_name_and_by_root_element() -> None:
    """A file named *.release.xml, or whose root is the release element of our schema, is a release."""
    mime = _mime_type()
    globs = [g.get("pattern") for g in mime.iterfind(f"{MIME_NS}glob")]
    assert globs == ["*.release.xml"]
    assert fnmatch.fnmatch("budget-2019.release.xml", globs[0])
    assert not fnmatch.fnmatch("budget-2019.xml", globs[0])
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/xml"
    schema = safexml.parse_bytes((PROJECT / "schemas" / "release.xsd").read_bytes()).getroot()
    root_xml = mime.find(f"{MIME_NS}root-XML")
    assert root_xml.get("namespaceURI") == schema.get("targetNamespace")
    assert root_xml.get("localName") in [e.get("name") for e in schema.iterfind(f"{XS}element")]


def test_metainfo_screenshots_are_in_the_repository() -> None:
    """Every screenshot the software centre shows is a picture committed under docs/screenshots."""
    images = [i.text or "" for i in _metainfo().iterfind("screenshots/screenshot/image")]
    assert images
    for url in images:
        assert url.startswith(SCREENSHOT_URL_PREFIX), url
        picture = PROJECT / url.removeprefix(SCREENSHOT_URL_PREFIX)
        assert picture.parent == PROJECT / "docs" / "screenshots"
        assert _png_size(picture)[0] > 0, url


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_has_its_size(size: int) -> None:
    """The icon exists as a PNG of exactly the size its folder promises."""
    assert _png_size(ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)


def test_install_script_puts_every_file_where_the_desktop_looks(tmp_path: Path) -> None:
    """Installing under a prefix creates the launcher, metainfo, MIME package and every icon."""
    prefix = tmp_path / "prefix"
    done = subprocess.run([str(INSTALL), str(prefix)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    share = prefix / "share"
    assert (share / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").read_bytes() == MIME_XML.read_bytes()
    for size in ICON_SIZES:
        assert _png_size(share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_installed_mime_type_is_what_qt_sees_for_a_release_file(tmp_path: Path) -> None:
    """Once installed, the desktop's MIME database (as Qt reads it) calls budget.release.xml a release."""
    packages = tmp_path / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copyfile(MIME_XML, packages / f"{APP_ID}.xml")
    done = subprocess.run([_tool("update-mime-database"), str(packages.parent)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert f"urn:release-desk:release:1 release {MIME_TYPE}" in (packages.parent / "XMLnamespaces").read_text()
    release = tmp_path / "budget.release.xml"
    release.write_bytes(b'<?xml version="1.0"?>\n<release xmlns="urn:release-desk:release:1"/>\n')
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "print(db.mimeTypeForFile(sys.argv[1]).name())\n"
        "print(db.mimeTypeForName(sys.argv[2]).comment())\n"
    )
    env = {**os.environ, "XDG_DATA_DIRS": f"{tmp_path / 'share'}:/usr/local/share:/usr/share"}
    seen = subprocess.run([sys.executable, "-c", probe, str(release), MIME_TYPE],
                          capture_output=True, text=True, check=False, env=env, timeout=60)
    assert seen.returncode == 0, seen.stderr
    assert seen.stdout.splitlines() == [MIME_TYPE, "Release Desk press release"]
