"""The embargo's checks: a time with no zone, and an embargo that lifts before the release's own date."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from app.model import Embargo
from app.validation import validate_release
from tests.validation.defects import TODAY, base_release


def _codes(release) -> set[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return {(i.severity, i.code, i.field) for i in validate_release(release, today=TODAY)
            if i.code.startswith("embargo")}


def test_an_embargo_with_its_zone_after_the_dateline_is_fine() -> None:
    """00:01 in Paris on the dateline's day raises nothing."""
    release = base_release()
    day = release.dateline.date
    assert day is not None
    release.embargo = Embargo(dt.datetime.combine(day, dt.time(0, 1), ZoneInfo("Europe/Paris")), "Europe/Paris")
    assert _codes(release) == set()


def test_an_embargo_without_a_time_zone_is_a_warning_on_the_embargo() -> None:
    """"Embargoed until 10:00, 5 May" with no zone: the editor is told nobody can tell when it lifts."""
    release = base_release()
    day = release.dateline.date
    assert day is not None
    release.embargo = Embargo(dt.datetime.combine(day, dt.time(10, 0)), None)
    codes = _codes(release)
    assert {code for _, code, _ in codes} == {"embargo-zone"}
    assert all(severity == "warning" and (field or "").startswith("embargo") for severity, _, field in codes)


def test_an_embargo_that_lifts_before_the_dateline_is_a_warning() -> None:
    """An embargo on the day before the release's own date is very likely a typing slip: a warning says so."""
    release = base_release()
    day = release.dateline.date
    assert day is not None
    release.embargo = Embargo(dt.datetime.combine(day - dt.timedelta(days=1), dt.time(9, 0), dt.UTC), "UTC")
    assert {code for _, code, _ in _codes(release)} == {"embargo-before-dateline"}
