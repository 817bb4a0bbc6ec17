"""A release cut into the lines the labeller reads, with the blank-line structure around each.

Blank and whitespace-only lines are not items of their own: they become what the
lines beside them know ("a blank line above"), and they split lines into blocks,
which are the paragraphs of a text that uses blank lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Line:
    """One non-blank line of a release and where it stands."""

    text: str  # stripped
    raw: str  # as written
    number: int  # 1-based line number in the file, for messages
    block: int  # blank-line separated block this line belongs to
    blank_before: bool
    blank_after: bool
    signals: dict[str, float] = field(default_factory=dict)  # extra signals a richer reader adds (Word styles)


def segment(text: str) -> list[Line]:
    """The non-blank lines of ``text`` in order."""
    raw_lines = text.splitlines()
    out: list[Line] = []
    block = 0
    previous_blank = True
    for number, raw in enumerate(raw_lines, start=1):
        stripped = raw.strip()
        if not stripped:
            previous_blank = True
            continue
        if previous_blank and out:
            block += 1
        out.append(Line(stripped, raw, number, block, previous_blank and number > 1, False))
        previous_blank = False
    # blank_after: the next non-blank line starts another block, or this is the last line
    return [
        Line(line.text, line.raw, line.number, line.block, line.blank_before,
             n + 1 == len(out) or out[n + 1].block != line.block)
        for n, line in enumerate(out)
    ]
