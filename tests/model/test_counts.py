"""Word and character counts as an editor expects them."""

from __future__ import annotations

from app.model import Contact, Paragraph, Release
from app.model.counts import Count, count_body, count_release, count_text


def test_words_are_counted_like_a_word_processor() -> None:
    """Hyphenated and elided words count once, numbers count, punctuation does not."""
    assert count_text("L'ONUDI and a co-operation plan — 2,000 trees!") == Count(7, 46)
    assert count_text("") == Count(0, 0)


def test_chinese_counts_each_character_as_a_word() -> None:
    """Text without spaces between words (Chinese) counts one word per character."""
    assert count_text("工业发展 UNIDO").words == 5


def test_the_release_and_its_body_are_counted_over_their_fields() -> None:
    """The release's count adds every field; the body's only its paragraphs."""
    release = Release(headline="Two words", body=[Paragraph("p1", "Three small words"), Paragraph("p2", "One")],
                      contacts=[Contact("Ana Silva")], keywords=["orchards"])
    assert count_body(release) == Count(4, 20)
    assert count_release(release).words == 2 + 4 + 2 + 1
