"""Phone numbers as ``phonenumbers`` reads them: which numbers in a contact's phone field cannot be dialled.

A phone field holds what the release printed: ``+41 22 917 12 34``,
``(02) 5550 1234``, ``1-800-FERRIES (337-7437)``, ``+1 212 555 0199 ext. 4``,
``5550 1234 or 0491 570 006``. A pattern of digits and separators turned the
last three into false errors, so each number is read by ``phonenumbers`` (the
port of Google's libphonenumber) instead:

* the field is read whole first; only when that fails is it split into the
  numbers it lists ("A or B", "A / B", "A; B", in the languages we import);
* a number written with ``+`` and a country code must be a valid number of
  that country;
* a number without one is read in the release's country: the region subtag of
  its language tag (``en-AU``), else the country CLDR says the language is
  most likely written in (``en`` -> US). A release rarely says its country, so
  a national number that is not one of that country is still accepted when it
  is a local number there (no area code) or a valid national number of any
  country (an English release may be British or Indian; a Norwegian one from
  an embassy may give Moscow numbers as Moscow writes them). The countries
  where CLDR says the language is spoken are tried first, which finds most
  numbers after a few tries, and a regular expression of each country's
  number shape spares most of the parses;
* a bracket without digits (``(mobile)``) is a label, and a bracket of digits
  after a vanity number is its spelling in digits.

What is left cannot be dialled as written: the Schematron reports it as a
warning that names it (never an error: the library's metadata can lag behind a
new number range). The Schematron calls this module through two XSLT
extension functions (``EXTENSIONS``), so the editor and ``release-desk
validate`` give the same verdicts.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

#: Namespace of the XSLT extension functions, as release.sch declares it.
FUNCTIONS_NS = "urn:release-desk:functions"

# Words and marks between two numbers of one field, in the languages the importer reads. Tried only
# when the whole field does not read as one number, so a comma before "ext." is never cut.
_ALTERNATIVES = re.compile(
    r"\s*(?:[;|\n，；、]|,\s|\s(?:or|and|ou|et|o|y|e|oder|und|of|en|eller|og|или|и|أو|او|lub|albo|veya|"
    r"ya da|atau|dan|ή|או)\s|或者|或|または|또는)\s*",
    re.IGNORECASE,
)
_SLASH = re.compile(r"\s*/\s*")
# "(mobile)", "(WhatsApp)", "(24 h)" is not: a bracket without digits says what the number is
_LABEL = re.compile(r"\([^()\d]*\)")
_DIGIT_BRACKET = re.compile(r"\([^()]*\d[^()]*\)")
_LETTER = re.compile(r"[^\W\d_]")


def region_of(language: str | None) -> str | None:
    """The country a release's numbers are read in: ``en-AU`` -> AU, ``pt`` -> BR (CLDR's likely region)."""
    if not language:
        return None
    for part in language.replace("_", "-").split("-")[1:]:
        if len(part) == 2 and part.isalpha():
            return part.upper()
    from app.formats.textparse.dates import likely_region

    return likely_region(language)


def unreadable_numbers(text: str, language: str | None = None) -> list[str]:
    """The numbers in a phone field that cannot be phone numbers, as written; [] when every one reads."""
    return list(_unreadable(" ".join(text.split()), language or ""))


@lru_cache(maxsize=4096)  # the editor validates the same few fields on every pause in typing
def _unreadable(text: str, language: str) -> tuple[str, ...]:
    if not text or _reads(text, language):
        return ()
    bad: list[str] = []
    for piece in _pieces(text, _ALTERNATIVES):
        if _reads(piece, language):
            continue
        parts = _pieces(piece, _SLASH)  # "030/12345-67" is one number; "+998 71 207 05 24 / +998 77 ..." two
        if len(parts) > 1 and all(_reads(part, language) for part in parts):
            continue
        bad.append(piece)
    return tuple(bad)


def _pieces(text: str, separator: re.Pattern[str]) -> list[str]:
    return [piece.strip() for piece in separator.split(text) if piece and piece.strip()]


def _reads(text: str, language: str) -> bool:
    """Whether ``text`` is one phone number (with or without an extension)."""
    text = _LABEL.sub(" ", text)
    candidates = [text]
    if _LETTER.search(text) and _DIGIT_BRACKET.search(text):
        # 1-800-FERRIES (337-7437): the letters are read as digits, so the bracket would count twice
        candidates.append(_DIGIT_BRACKET.sub(" ", text))
    return any(_one_number(candidate, language) for candidate in candidates)


def _one_number(text: str, language: str) -> bool:
    if sum(ch.isdigit() for ch in text) < 3:
        return False  # words alone are no vanity number: "call the newsroom" spells digits too
    import phonenumbers  # ~20 ms and its metadata: only once a release has a phone number

    number = _parse(text, language)
    if number is not None and phonenumbers.is_valid_number(number):
        return True
    if number is not None and number.country_code_source == phonenumbers.CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN:
        return False  # "+" and a country code: the number must be one of that country
    # (digits that only look like an international prefix from the guessed country, as 0113 ... does
    # from the United States, where 011 dials abroad, go on to be read as a national number)
    if number is not None and phonenumbers.is_possible_number(number):
        return True  # a local number without its area code, as releases print them for their own city
    digits = phonenumbers.normalize_digits_only(phonenumbers.convert_alpha_characters_in_number(text))
    return _national_elsewhere(digits, language)


def _parse(text: str, language: str) -> Any:
    """The number ``phonenumbers`` reads in ``text`` (a PhoneNumber), or None. A number with its country code
    is read without the release's country, which is worked out only when needed (it costs a file read)."""
    import phonenumbers

    if "+" in text:
        try:
            return phonenumbers.parse(text, None, keep_raw_input=True)
        except phonenumbers.NumberParseException:
            pass  # "Tel 020 ... (+ext)": read it in the release's country
    try:
        return phonenumbers.parse(text, region_of(language), keep_raw_input=True)
    except phonenumbers.NumberParseException:
        return None


@lru_cache(maxsize=1024)
def _national_elsewhere(digits: str, language: str) -> bool:
    """A national number of some other country: the release's country was only a guess from its language."""
    import phonenumbers

    if not 3 <= len(digits) <= 17:
        return False
    for region in _language_regions(language):
        if not _may_fit(digits, region):
            continue  # (a regular expression costs a microsecond, a parse some twenty)
        try:
            # (for one region: is_valid_number would try every region of the country code, 25 for +1)
            if phonenumbers.is_valid_number_for_region(phonenumbers.parse(digits, region), region):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _may_fit(digits: str, region: str) -> bool:
    """Whether ``digits``, less a national prefix, match the shape of every number of ``region``."""
    shape, prefix = _shape(region)
    if shape is None:
        return True
    if shape.fullmatch(digits):
        return True
    stripped = prefix.match(digits) if prefix is not None else None
    return stripped is not None and shape.fullmatch(digits[stripped.end():]) is not None


@cache
def _shape(region: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    from phonenumbers import PhoneMetadata

    metadata = PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.general_desc is None or not metadata.general_desc.national_number_pattern:
        return None, None
    prefix = metadata.national_prefix_for_parsing or metadata.national_prefix
    return re.compile(metadata.general_desc.national_number_pattern), re.compile(prefix) if prefix else None


@lru_cache(maxsize=64)
def _language_regions(language: str) -> tuple[str, ...]:
    """Every country phonenumbers knows; first those where CLDR says ``language`` is official or spoken by a
    tenth of the people, the main country of each calling code before the others, then by that share."""
    import phonenumbers
    from babel.core import get_global

    base = language.replace("_", "-").split("-")[0].lower()
    # each calling code's regions list its main country first (static data: no metadata is loaded)
    main = {regions[0] for regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.values() if regions}
    found: list[tuple[bool, float, str]] = []
    for territory, languages in get_global("territory_languages").items():
        if territory not in phonenumbers.SUPPORTED_REGIONS:
            continue
        for name, info in languages.items():
            share = float(info.get("population_percent") or 0)
            if name.split("_")[0] == base and (info.get("official_status") or share >= 10):
                # the main country of a calling code first: Britain before Guernsey, the US before the Bahamas
                found.append((territory not in main, -share, territory))
    regions = [territory for *_, territory in sorted(found)]
    return tuple(dict.fromkeys([*regions, *sorted(phonenumbers.SUPPORTED_REGIONS)]))


def region_name(language: str | None) -> str:
    """The country ``region_of(language)`` names, in English ("United States"); "" when none."""
    region = region_of(language)
    if region is None:
        return ""
    from babel import Locale

    return str(Locale("en").territories.get(region, region))


# -- the XSLT extension functions ---------------------------------------------------------------


def _string(value: Any) -> str:
    """An XPath argument (a string, or a node-set as a list) as its string value."""
    if isinstance(value, list):
        return "".join(str(v) if isinstance(v, str) else "".join(v.itertext()) for v in value[:1])
    return str(value)


def _xpath_unreadable(_context: object, phone: Any, language: Any) -> str:
    text = _string(phone)
    try:
        return '", "'.join(unreadable_numbers(text, _string(language) or None))
    except Exception:  # a surprise in the library must not stop the other rules: name the whole field instead
        return " ".join(text.split())


def _xpath_region_name(_context: object, language: Any) -> str:
    return region_name(_string(language) or None) or "any country"


#: (namespace, name) -> function, for ``etree.XSLT(..., extensions=EXTENSIONS)``.
EXTENSIONS = {
    (FUNCTIONS_NS, "unreadable-phones"): _xpath_unreadable,
    (FUNCTIONS_NS, "phone-region"): _xpath_region_name,
}
