"""Which installed Hunspell dictionary serves a release's language, and which package adds a missing one.

Enchant names dictionaries ``en_US``, ``fr``, ``ar``...; a release says ``en``,
``en-GB``, ``fr-CH``. A tag with a region asks for that region first; a bare
language takes its usual region, then the bare dictionary, then any region.
"""

from __future__ import annotations

from dataclasses import dataclass

# The region a bare language tag means, as the Debian package of its dictionary is named.
_USUAL_REGION = {"en": "US", "fr": "FR", "es": "ES", "de": "DE", "pt": "PT", "it": "IT", "nl": "NL",
                 "sv": "SE", "ru": "RU", "ar": "", "da": "DK", "pl": "PL"}
# Debian's hunspell-* packages (bookworm): languages with one package per region...
_REGIONAL_PACKAGES = {"en": ("au", "ca", "gb", "us", "za"), "de": ("at", "ch", "de"), "pt": ("br", "pt")}
# ...and languages with one package for all regions.
_PACKAGES = frozenset({
    "af", "an", "ar", "be", "bg", "bn", "bo", "br", "bs", "ca", "cs", "da", "dz", "el", "es", "eu", "fr",
    "gd", "gl", "gu", "gug", "he", "hi", "hr", "hu", "id", "is", "it", "kk", "kmr", "ko", "lo", "lt", "lv",
    "ml", "mn", "ne", "nl", "no", "oc", "pl", "ro", "ru", "si", "sk", "sl", "sr", "sv", "sw", "te", "th",
    "tr", "uk", "uz", "vi",
})
# Scripts written without spaces between words: no Hunspell dictionary can check them word by word.
_UNSPACED = frozenset({"zh", "ja", "th", "lo", "km", "my"})
_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "ar": "Arabic", "de": "German", "ru": "Russian",
          "zh": "Chinese", "pt": "Portuguese", "it": "Italian", "ja": "Japanese", "he": "Hebrew", "nl": "Dutch"}


@dataclass(frozen=True)
class Lookup:
    """The dictionary found for ``language`` (``tag``), or why there is none (``missing``)."""

    language: str
    tag: str | None
    missing: str | None = None
    # A tag without a region ("en") accepts the spelling of any region installed ("centre" and "center").
    also: tuple[str, ...] = ()


def split_tag(language: str) -> tuple[str, str]:
    """``"en-GB"`` -> ``("en", "GB")``; ``"zh-Hans-CN"`` -> ``("zh", "CN")``; ``"fr"`` -> ``("fr", "")``."""
    parts = language.replace("_", "-").split("-")
    region = next((p for p in parts[1:] if len(p) == 2 and p.isalpha()), "")
    return parts[0].lower(), region.upper()


def candidates(language: str) -> list[str]:
    """Enchant tags to try for ``language``, best first."""
    lang, region = split_tag(language)
    tags = [f"{lang}_{region}"] if region else []
    usual = _USUAL_REGION.get(lang)
    if usual:
        tags.append(f"{lang}_{usual}")
    tags.append(lang)
    return list(dict.fromkeys(tags))


def find(language: str, installed: list[str]) -> Lookup:
    """The best of ``installed`` (enchant's tags) for ``language``, or a message saying what to install."""
    have = set(installed)
    lang, region = split_tag(language)
    same_language = sorted(t for t in have if t.split("_")[0] == lang)
    found = next((tag for tag in candidates(language) if tag in have), None)
    if found is None and same_language:
        found = same_language[0]
    if found is not None:
        others = () if region else tuple(t for t in same_language if t != found and "_" in t)
        return Lookup(language, found, also=others)
    return Lookup(language, None, missing_message(language))


def debian_package(language: str) -> str | None:
    """The Debian package that installs a Hunspell dictionary for ``language``, if there is one."""
    lang, region = split_tag(language)
    regions = _REGIONAL_PACKAGES.get(lang)
    if regions is not None:
        wanted = (region or _USUAL_REGION.get(lang, "")).lower()
        return f"hunspell-{lang}-{wanted if wanted in regions else regions[-1]}"
    return f"hunspell-{lang}" if lang in _PACKAGES else None


def language_name(language: str) -> str:
    lang, _region = split_tag(language)
    return f"{_NAMES[lang]} ({language})" if lang in _NAMES else language


def is_unspaced(language: str) -> bool:
    """True for a language written without spaces between words (Chinese, Japanese, Thai...)."""
    return split_tag(language)[0] in _UNSPACED


def missing_message(language: str) -> str:
    """What to tell a user whose release language has no dictionary installed."""
    name = language_name(language)
    lang, _region = split_tag(language)
    if lang in _UNSPACED:
        return f"{name} is not spell checked: its words are not separated by spaces"
    package = debian_package(language)
    if package is None:
        return f"No spelling dictionary for {name} is known; spell checking is off for this release"
    return (f"No spelling dictionary for {name} is installed; install the package {package} "
            f"(sudo apt install {package}) and reopen the release")
