"""The tagger's fast scans find exactly what the slower scans they replaced found, on any text.

The vocabulary and the person titles are found with one Aho-Corasick pass, and
three rules look first for a word they need and only then try their pattern.
Each is checked here against the plain scan it replaced (kept below as the
reference), on texts made of vocabulary terms, titles, fragments of them and
the punctuation and spacing that decide word boundaries.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.annotate import rules
from app.annotate.matcher import TermMatcher
from app.annotate.suggest import suggest
from app.annotate.vocabulary import Term, Title, Vocabulary
from app.model import Paragraph, Release

_WORD = re.compile(r"\w+")


def _reference_terms(terms: dict[str, object], text: str) -> list[tuple[int, int, object]]:
    """The word-by-word scan the Aho-Corasick matcher replaced: at each word, the longest term starting with it."""
    index: dict[str, list[tuple[str, object]]] = {}
    for term, value in terms.items():
        first = _WORD.match(term)
        if first is not None:
            index.setdefault(first.group(), []).append((term, value))
    for candidates in index.values():
        candidates.sort(key=lambda c: -len(c[0]))
    found: list[tuple[int, int, object]] = []
    covered = 0
    for word in _WORD.finditer(text):
        start = word.start()
        if start < covered:
            continue
        for term, value in index.get(word.group(), []):
            end = start + len(term)
            if not text.startswith(term, start):
                continue
            if end < len(text) and (term[-1].isalnum() or term[-1] == "_") and (
                    text[end].isalnum() or text[end] == "_"):
                continue
            found.append((start, end, value))
            covered = end
            break
    return found


_TERMS = ["UN", "UNIDO", "UN Women", "United Nations", "United Nations Industrial Development Organization",
          "World Bank", "World Bank Group", "Shenzhen", "R&D", "Co.", "H2O", "Ethiopia", "Ethiopian Airlines",
          "Écoles", "C++"]
_TITLES = {"Director General": False, "Director": False, "Vice President": False, "President": False,
           "Ms.": True, "Mr": True, "Minister of Health": False, "Chair": False}
_PIECES = [*_TERMS, *_TITLES, "director", "president", " ", " ", " ", "\n", "-", "_", ",", ", ", ".", "(", ")",
           "s", "X", "é", "9", "the ", "its ", "said ", "says ", "by ", "with ", "unsaid ", "Jane", "Doe", "ZHOU",
           "Amina Okafor", "City", "Municipal", "Government", "Council", "People's", "The", "Dakar", "Jean-Pierre",
           "’", "'"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _vocabulary() -> Vocabulary:
    vocabulary = Vocabulary()
    for term in _TERMS:
        vocabulary.add(Term(term, "organisation", term))
    for title, honorific in _TITLES.items():
        vocabulary.add_title(Title(title, honorific))
    return vocabulary


_VOCABULARY = _vocabulary()
_MATCHER: TermMatcher[str] = TermMatcher({t: t for t in _TERMS})


@settings(max_examples=400)
@given(_texts)
def test_vocabulary_terms_found_as_before(text: str) -> None:
    """Every term is found where the word-by-word scan found it: whole words only, the longer of two
    overlapping terms, the one further left first."""
    assert _MATCHER.find(text) == _reference_terms({t: t for t in _TERMS}, text)


def test_vocabulary_terms_on_a_release_sentence(shipped: Vocabulary) -> None:
    """The shipped vocabulary over a release's sentence: the same terms as before, "UN" not inside "UNIDO"."""
    text = ("UNIDO and the United Nations Industrial Development Organization met the World Bank in Vienna; "
            "UN-Habitat, FUNDS and UNDP_x are no terms here, Ethiopia is.")
    found = shipped.matcher().find(text)
    assert found == _reference_terms(shipped.terms, text)
    assert "UNIDO" in [text[s:e] for s, e, _ in found]
    assert not any(text[s:e] == "UN" and s == 0 for s, e, _ in found)


@settings(max_examples=400)
@given(_texts)
def test_titles_found_as_the_title_regex_finds_them(text: str) -> None:
    """Person titles (either case of their first letter, "Ms." even before a letter) are found where the
    regex of all titles found them."""
    pattern = _VOCABULARY.title_pattern()
    assert pattern is not None
    assert _VOCABULARY.find_titles(text) == [m.span() for m in pattern.finditer(text)]


_OLD_NAME_COMMA = re.compile(
    rf"(?:(?<=said\s)|(?<=says\s)|(?<=by\s)|(?<=with\s)|(?<=déclaré\s)|(?<=selon\s)|(?<=dijo\s)|(?<=^))"
    rf"({rules._NAME_WORD}(?:\s{rules._NAME_WORD}){{1,2}}),\s+(?:the\s+|la\s+|le\s+|el\s+)?"
)


@settings(max_examples=400)
@given(_texts)
def test_names_before_a_comma_found_as_before(text: str) -> None:
    """"said Amina Okafor, ...": the names before a comma are the ones the lookbehind pattern found."""
    assert [m.span(1) for m in rules._names_before_comma(text)] == [m.span(1) for m in _OLD_NAME_COMMA.finditer(text)]


@settings(max_examples=400)
@given(_texts)
def test_local_governments_found_as_before(text: str) -> None:
    """"Dakar City Council": the spans are those of the pattern tried at every position."""
    assert ([m.span() for m in rules._local_governments(text)]
            == [m.span() for m in rules._LOCAL_GOVERNMENT.finditer(text)])


@settings(max_examples=300)
@given(_texts, st.integers(min_value=0, max_value=40), st.integers(min_value=1, max_value=18))
def test_tokens_stop_where_they_stopped(text: str, pos: int, limit: int) -> None:
    """The words after a title or an article: at most ``limit``, never past a line break."""
    pos = min(pos, len(text))
    expected: list[tuple[int, int]] = []
    last = pos
    for m in rules._TOKEN.finditer(text, pos):
        if "\n" in text[last : m.start()] or len(expected) >= limit:
            break
        expected.append(m.span())
        last = m.end()
    assert [m.span() for m in rules._tokens(text, pos, limit)] == expected
    assert [m.span() for m in rules._iter_tokens(text, pos, limit)] == expected


def test_suggestions_of_a_release_use_every_fast_scan(shipped: Vocabulary) -> None:
    """A release whose paragraphs need every rule gets its terms, people, governments and titles proposed."""
    release = Release(id="r", headline="Fast scans", body=[
        Paragraph(id="p0", text="UNIDO Director General LI Yong met the Dakar City Council in Senegal."),
        Paragraph(id="p1", text="\"We start now,\" said Amina Okafor, Regional Director at Save the Children."),
        Paragraph(id="p2", text="LI Yong thanked the Dakar City Council\nand the\nGreen Industry Forum."),
    ])
    got = {(s.paragraph, s.text, s.kind) for s in suggest(release, shipped)}
    assert (0, "UNIDO", "organisation") in got
    assert (0, "LI Yong", "person") in got
    assert (0, "Dakar City Council", "organisation") in got
    assert (1, "Amina Okafor", "person") in got
    assert (2, "LI Yong", "person") in got  # a later mention of the person found after a title
    assert (2, "Dakar City Council", "organisation") in got
