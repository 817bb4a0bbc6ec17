"""How a span moves when the text around, inside or across it is replaced, and which edit changed a text."""

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


def single_edit(old: str, new: str, cursor: int | None = None) -> tuple[int, int, str]:
    """``(start, end, inserted)`` such that ``old[:start] + inserted + old[end:] == new``, as small as can be.

    The unchanged head and tail are the common prefix and suffix. When they
    overlap (typing "a" into "Anna") several edits fit; ``cursor``, where the
    caret stands in ``new`` after the edit, picks the one the user made: the
    tail is taken up to the caret first, the head gets the rest.
    """
    shortest = min(len(old), len(new))
    tail = 0
    while tail < shortest and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    if cursor is not None:
        tail = min(tail, max(len(new) - cursor, 0))
    head = 0
    while head < shortest - tail and old[head] == new[head]:
        head += 1
    return head, len(old) - tail, new[head : len(new) - tail]
