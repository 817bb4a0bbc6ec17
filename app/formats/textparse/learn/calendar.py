"""The importer's calendar words, taken from CLDR through babel: month and weekday names of every locale.

Loading all of babel's ~1,100 locales takes seconds, too slow for importing one
release, so ``make model`` writes what the date reader needs to
``resources/importer/calendar.json`` (names, the month each names, and each
language's order of day and month in numeric dates); a test holds the shipped file
to what this module builds from the installed babel.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from app.paths import resources_dir


def calendar_path() -> Path:
    return resources_dir() / "importer" / "calendar.json"


def _key(name: str) -> str:
    return " ".join(name.casefold().rstrip(".").split())


def build() -> dict[str, Any]:
    """Month names -> month number (the reading most locales give), weekday names, numeric date order, and
    each language's most likely country (the default region for national phone numbers)."""
    import babel
    import babel.core
    from babel import Locale
    from babel.localedata import locale_identifiers

    months: dict[str, Counter[int]] = defaultdict(Counter)
    weekdays: set[str] = set()
    order: dict[str, Counter[str]] = defaultdict(Counter)
    for ident in sorted(locale_identifiers()):
        try:
            locale = Locale.parse(ident)
        except (ValueError, babel.UnknownLocaleError):
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    if len(_key(name)) >= 2 and not _key(name).isdigit():
                        months[_key(name)][number] += 1
                for name in locale.days[context][width].values():
                    # two-letter abbreviations ("Mo", "Di") would also take "DC" or "NY" off a place
                    if len(_key(name)) >= 3:
                        weekdays.add(_key(name))
        short = locale.date_formats["short"].pattern
        letters = "".join(ch for ch in re.sub(r"'[^']*'", "", short) if ch in "dMy")
        seen = "".join(dict.fromkeys(ch.lower() for ch in letters))
        if sorted(seen) == ["d", "m", "y"]:
            order[locale.language][seen] += 1
    likely = babel.core.get_global("likely_subtags")
    regions = {lang: str(likely[lang]).split("_")[-1] for lang in sorted(order) if lang in likely}
    return {
        "source": f"CLDR via babel {babel.__version__}",
        "regions": regions,
        "months": {name: counts.most_common(1)[0][0] for name, counts in sorted(months.items())},
        "weekdays": sorted(weekdays),
        "order": {lang: counts.most_common(1)[0][0] for lang, counts in sorted(order.items())},
    }


def write(path: Path | None = None) -> Path:
    path = path or calendar_path()
    path.write_text(json.dumps(build(), ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    return path
