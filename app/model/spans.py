"""How a span moves when the text around, inside or across it is replaced."""

from __future__ import annotations


def shift_span(s: int, e: int, start: int, end: int, inserted: int) -> tuple[int, int] | None:
    """The span ``s:e`` after ``text[start:end]`` is replaced by ``inserted`` characters.

    Text typed at either edge of a span stays outside it; text typed inside
    grows it. A span whose every character is replaced is gone (``None``); a
    span partly replaced keeps the characters that remain.
    """
    delta = inserted - (end - start)
    if end <= s:
        return s + delta, e + delta  # wholly before (an insertion at its start included)
    if start >= e:
        return s, e  # wholly after the span (an insertion at its end included)
    if start <= s and end >= e:
        return None  # the span's text is gone
    if s <= start and end <= e:
        return s, e + delta  # inside the span
    if start < s:
        # the replacement eats the span's head: what remains starts after it
        return start + inserted, e + delta
    # the replacement eats the span's tail
    return s, start
