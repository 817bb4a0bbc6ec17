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
  is a local number there (no area code) or a valid number of some country;
* a bracket without digits (``(mobile)``) is a label, and a bracket of digits
  after a vanity number is its spelling in digits.

What is left cannot be a phone number anywhere: the Schematron reports it as a
warning that names it (never an error: the library's metadata can lag behind a
new number range). The Schematron calls this module through two XSLT
extension functions (``EXTENSIONS``), so the editor and ``release-desk
validate`` give the same verdicts.
"""

from __future__ import annotations

import re
from functools import lru_cache
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
    return list(_unreadable(" ".join(text.split()), region_of(language)))


@lru_cache(maxsize=4096)  # the editor validates the same few fields on every pause in typing
def _unreadable(text: str, region: str | None) -> tuple[str, ...]:
    if not text or _reads(text, region):
        return ()
    bad: list[str] = []
    for piece in _pieces(text, _ALTERNATIVES):
        if _reads(piece, region):
            continue
        parts = _pieces(piece, _SLASH)  # "030/12345-67" is one number; "+998 71 207 05 24 / +998 77 ..." two
        if len(parts) > 1 and all(_reads(part, region) for part in parts):
            continue
        bad.append(piece)
    return tuple(bad)


def _pieces(text: str, separator: re.Pattern[str]) -> list[str]:
    return [piece.strip() for piece in separator.split(text) if piece and piece.strip()]


def _reads(text: str, region: str | None) -> bool:
    """Whether ``text`` is one phone number (with or without an extension)."""
    text = _LABEL.sub(" ", text)
    candidates = [text]
    if _LETTER.search(text) and _DIGIT_BRACKET.search(text):
        # 1-800-FERRIES (337-7437): the letters are read as digits, so the bracket would count twice
        candidates.append(_DIGIT_BRACKET.sub(" ", text))
    return any(_one_number(candidate, region) for candidate in candidates)


def _one_number(text: str, region: str | None) -> bool:
    if sum(ch.isdigit() for ch in text) < 3:
        return False  # words alone are no vanity number: "call the newsroom" spells digits too
    import phonenumbers  # ~60 ms and its metadata: only once a release has a phone number

    try:
        number = phonenumbers.parse(text, region, keep_raw_input=True)
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and phonenumbers.is_valid_number(number):
        return True
    if number is not None and number.country_code_source == phonenumbers.CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN:
        return False  # "+" and a country code: the number must be one of that country
    # (digits that only look like an international prefix from the guessed country, as 0113 ... does
    # from the United States, where 011 dials abroad, go on to be read as a national number)
    if number is not None and phonenumbers.is_possible_number(number):
        return True  # a local number without its area code, as releases print them for their own city
    return _valid_somewhere(phonenumbers.normalize_digits_only(phonenumbers.convert_alpha_characters_in_number(text)))


@lru_cache(maxsize=1024)
def _valid_somewhere(digits: str) -> bool:
    """A national number of some country: the release's country was only a guess from its language."""
    import phonenumbers

    if not 3 <= len(digits) <= 17:
        return False
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


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
