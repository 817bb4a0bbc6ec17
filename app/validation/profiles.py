"""Validation profiles: which XSD (and optional Schematron) a file is checked against.

Four are built in: ``release`` (schemas/release.xsd + schemas/release.sch),
``release-xsd`` (the grammar alone), and IPTC's ``nitf`` (NITF 3.6) and
``newsml-g2`` (NewsML-G2 2.35, with the NITF inside ``inlineXML`` checked too),
whose official schemas ship unchanged in schemas/iptc/. A catalog may replace
the IPTC ones by giving a profile the same name. Archivists add their own in a catalog,
a JSON file in the user's config folder (``profiles.json``; the path can be
given instead)::

    {"profiles": [
      {"name": "nitf", "schema": "/schemas/nitf/nitf-3-6.xsd",
       "namespaces": ["http://iptc.org/std/NITF/2006-10-18/"],
       "description": "NITF 3.6"},
      {"name": "house", "schema": "house.xsd", "schematron": "house.sch"}
    ]}

Relative paths are relative to the catalog file. A run either names a profile
or lets each file pick one by its root element's namespace.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from app.paths import schemas_dir
from app.validation.frozen import Frozen, set_field

CATALOG_FILE = "profiles.json"
#: release_schema.NAMESPACE, spelled here so that choosing a profile does not load the release reader and
#: the model (a sixth of `release-desk validate`'s start); a test keeps the two equal.
NAMESPACE = "urn:release-desk:release:1"
RELEASE, RELEASE_XSD = "release", "release-xsd"
NITF, NEWSML_G2 = "nitf", "newsml-g2"
NITF_NS = "http://iptc.org/std/NITF/2006-10-18/"
NAR_NS = "http://iptc.org/std/nar/2006-10-01/"
#: NITF namespaces the built-in 3.6 profile does not check, and what to call them in a message.
OLDER_NITF = {
    "http://iptc.org/std/NITF/2006-03-01/": "NITF 3.3",
    "": "NITF without a namespace (3.0-3.2, DTD-based)",
}


class ProfileError(Exception):
    """A profile or catalog that cannot be used; the message says which and why."""


class Profile(Frozen):
    """One way of checking a file. ``forms``: issues carry the editor's field paths (native releases).
    ``builtin`` does not take part in comparisons."""

    __slots__ = ("builtin", "description", "forms", "name", "namespaces", "schema", "schematron")
    _fields = ("name", "schema", "schematron", "namespaces", "description", "forms", "builtin")
    _compared = ("name", "schema", "schematron", "namespaces", "description", "forms")
    name: str
    schema: Path | None
    schematron: Path | None
    namespaces: tuple[str, ...]
    description: str
    forms: bool
    builtin: bool

    def __init__(self, name: str, schema: Path | None, schematron: Path | None = None,  # noqa: PLR0917 - as before
                 namespaces: tuple[str, ...] = (), description: str = "", forms: bool = False,
                 builtin: bool = False) -> None:
        set_field(self, "name", name)
        set_field(self, "schema", schema)
        set_field(self, "schematron", schematron)
        set_field(self, "namespaces", namespaces)
        set_field(self, "description", description)
        set_field(self, "forms", forms)
        set_field(self, "builtin", builtin)

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "schema": str(self.schema) if self.schema else None,
            "schematron": str(self.schematron) if self.schematron else None,
            "namespaces": list(self.namespaces),
            "description": self.description,
        }


def builtin_profiles() -> dict[str, Profile]:
    folder = schemas_dir()
    return {
        RELEASE: Profile(RELEASE, folder / "release.xsd", folder / "release.sch", (NAMESPACE,),
                         "Release Desk native format: schema and editorial rules", forms=True, builtin=True),
        RELEASE_XSD: Profile(RELEASE_XSD, folder / "release.xsd", None, (),
                             "Release Desk native format: schema only", forms=True, builtin=True),
        NITF: Profile(NITF, folder / "iptc" / "nitf" / "nitf-3-6.xsd", None, (NITF_NS,),
                      "IPTC NITF 3.6 (the official schema)", builtin=True),
        NEWSML_G2: Profile(NEWSML_G2, folder / "iptc" / "newsml-g2-with-nitf.xsd", None, (NAR_NS,),
                           "IPTC NewsML-G2 2.35 Power, inline NITF 3.6 checked too (the official schemas)",
                           builtin=True),
    }


def default_catalog_path() -> Path:
    """``$XDG_CONFIG_HOME/release-desk/profiles.json`` (``~/.config/...`` when unset)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "release-desk" / CATALOG_FILE


def _path(value: object, base: Path, what: str) -> Path | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ProfileError(f"{what} must be a file path")
    path = Path(os.path.expanduser(value))
    return path if path.is_absolute() else (base / path)


def load_catalog(path: Path | None = None) -> dict[str, Profile]:
    """The user's profiles; a missing catalog is an empty one, a broken one a ProfileError."""
    path = path or default_catalog_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as error:
        raise ProfileError(f"{path}: cannot read the profile catalog: {error}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ProfileError(f"{path}:{error.lineno}:{error.colno}: the profile catalog is not JSON: {error.msg}") \
            from None
    entries = data.get("profiles") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ProfileError(f'{path}: the profile catalog needs a "profiles" list')
    reserved = {name for name, p in builtin_profiles().items() if p.forms}  # IPTC's may be replaced
    profiles: dict[str, Profile] = {}
    for number, entry in enumerate(entries, 1):
        where = f"{path}: profile {number}"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            raise ProfileError(f"{where} needs a name")
        name = entry["name"].strip()
        if name in reserved or name in profiles:
            raise ProfileError(f"{where}: the name {name!r} is already taken")
        schema = _path(entry.get("schema"), path.parent, f"{where} ({name}): schema")
        if schema is None:
            raise ProfileError(f"{where} ({name}) needs a schema (an .xsd file)")
        namespaces = entry.get("namespaces", [])
        if isinstance(namespaces, str):
            namespaces = [namespaces]
        if not isinstance(namespaces, list) or not all(isinstance(n, str) for n in namespaces):
            raise ProfileError(f"{where} ({name}): namespaces must be a list of namespace URIs")
        profiles[name] = Profile(
            name, schema, _path(entry.get("schematron"), path.parent, f"{where} ({name}): schematron"),
            tuple(namespaces), str(entry.get("description", "")),
        )
    return profiles


def save_catalog(profiles: list[Profile], path: Path | None = None) -> Path:
    """Write the user's profiles (built-ins are never stored); atomic, so a crash leaves the old catalog."""
    from app.fileio import atomic_write

    path = path or default_catalog_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"profiles": [p.to_json() for p in profiles if not p.builtin]}
    atomic_write(path, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return path


def all_profiles(catalog: Path | None = None) -> dict[str, Profile]:
    """Built-ins first, then the catalog's (a catalog profile named nitf or newsml-g2 replaces IPTC's)."""
    return {**builtin_profiles(), **load_catalog(catalog)}


def adhoc_profile(schema: Path, schematron: Path | None = None) -> Profile:
    """The profile for ``--schema X.xsd [--schematron Y.sch]``."""
    name = schema.stem + (f"+{schematron.stem}" if schematron else "")
    return Profile(name, schema, schematron, (), "given on the command line")


def by_namespace(profiles: dict[str, Profile]) -> dict[str, Profile]:
    """Namespace -> the first profile (built-ins, then catalog order) that claims it."""
    table: dict[str, Profile] = {}
    for profile in profiles.values():
        for namespace in profile.namespaces:
            table.setdefault(namespace, profile)
    return table
