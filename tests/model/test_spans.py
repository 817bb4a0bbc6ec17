"""Spans follow every kind of edit (a property check of shift_span)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.model.spans import shift_span


@st.composite
def _edit(draw: st.DrawFn) -> tuple[str, int, int, int, int, str]:
    text = draw(st.text(alphabet="abcdefgh", min_size=2, max_size=30))
    s = draw(st.integers(0, len(text) - 1))
    e = draw(st.integers(s + 1, len(text)))
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    new = draw(st.text(alphabet="XYZ", max_size=5))
    return text, s, e, start, end, new


@given(_edit())
def test_a_span_keeps_exactly_the_characters_that_survive(case: tuple[str, int, int, int, int, str]) -> None:
    """After any replacement a tag covers its surviving characters, and is gone only when none survive."""
    text, s, e, start, end, new = case
    after = text[:start] + new + text[end:]
    span = shift_span(s, e, start, end, len(new))
    survivors = "".join(text[i] for i in range(s, e) if not start <= i < end)
    if span is None:
        assert survivors == ""
        return
    ns, ne = span
    assert 0 <= ns < ne <= len(after)
    tagged = after[ns:ne]
    # an edit strictly inside the tag grows it; any other edit leaves exactly the survivors tagged
    inside = s <= start and end <= e and tagged == text[s:start] + new + text[end:e]
    assert tagged == survivors or inside
