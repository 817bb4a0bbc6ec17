"""ninjs checked against IPTC's JSON schemas (3.1 and 2.2, shipped unchanged in ``schemas/iptc/ninjs``).

Both schemas name one schema outside themselves, GeoJSON's (for ``places[].geoJSON``,
``https://geojson.org/schema/GeoJSON.json``). Nothing is fetched: that address is
answered from ``schemas/geojson/GeoJSON-stand-in.json``, our minimal stand-in, through a
``referencing.Registry``. Formats (``date-time``, ``uri``) are checked, not just noted.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.paths import schemas_dir

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

SCHEMA_FILES = {"3.1": "ninjs-schema_3.1.json", "2.2": "ninjs-schema_2.2.json"}
GEOJSON_URI = "https://geojson.org/schema/GeoJSON.json"


def schema_path(version: str, folder: Path | None = None) -> Path:
    """The schema file of ninjs ``version`` ("3.1" or "2.2") in ``folder`` (the shipped copies by default)."""
    return (folder or schemas_dir() / "iptc" / "ninjs") / SCHEMA_FILES[version]


@cache
def validator(version: str, folder: Path | None = None) -> Validator:
    """A validator for ninjs ``version``, its GeoJSON reference answered locally."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT7

    schema = json.loads(schema_path(version, folder).read_text(encoding="utf-8"))
    geojson = json.loads((schemas_dir() / "geojson" / "GeoJSON-stand-in.json").read_text(encoding="utf-8"))
    registry = Registry().with_resource(GEOJSON_URI, Resource.from_contents(geojson, default_specification=DRAFT7))
    return Draft202012Validator(schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)


def errors(item: Any, version: str, folder: Path | None = None) -> list[str]:
    """Every way ``item`` (parsed JSON) breaks the schema, each as "where: what"; empty when valid."""
    found = sorted(validator(version, folder).iter_errors(item), key=lambda e: list(e.absolute_path))
    return [f"{e.json_path}: {e.message}" for e in found]
