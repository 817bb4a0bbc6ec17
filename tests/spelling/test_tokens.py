"""Which words the spell checker looks at: prose words, not addresses, numbers, acronyms or tagged names."""

from __future__ import annotations

from app.spelling import words


def _words(text: str, skip: tuple[tuple[int, int], ...] = ()) -> list[str]:
    return [w.word for w in words(text, skip)]


def test_addresses_numbers_and_acronyms_are_not_checked() -> None:
    """Web and e-mail addresses, numbers, words with digits and acronyms in capitals are left alone."""
    text = "Write to press@port-trust.example or see https://port-trust.example/news and www.ferry.example " \
           "for the 3rd report on COVID-19 from the HTA, 2024."
    assert _words(text) == ["Write", "to", "or", "see", "and", "for", "the", "report", "on", "from", "the"]


def test_tagged_spans_are_skipped_and_positions_are_the_texts() -> None:
    """A tagged name is not checked; every other word comes with its place in the text."""
    text = "Mariska Voerendaal opened the dock"
    found = list(words(text, [(0, 18)]))
    assert [w.word for w in found] == ["opened", "the", "dock"]
    assert all(text[w.start:w.end] == w.word for w in found)


def test_apostrophes_hyphens_and_arabic_vowels() -> None:
    """Elisions stay one word, hyphenated words are checked part by part, vowelled Arabic stays whole."""
    assert _words("l’atelier d'aujourd'hui") == ["l’atelier", "d'aujourd'hui"]
    assert _words("state-of-the-art") == ["state", "of", "the", "art"]
    assert _words("مَدْرَسَة جديدة") == ["مَدْرَسَة", "جديدة"]


def test_chinese_is_not_split_into_words() -> None:
    """Chinese text has no spaces between words, so it is not checked."""
    assert _words("图书馆 opened") == ["opened"]
