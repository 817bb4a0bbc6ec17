"""Template text nobody filled in, and the labels a template puts before its fields.

``[DATE]``, ``[City, Date]``, ``XX``, ``Lorem ipsum`` are reported as unfilled and their
fields marked for the editor; ``Headline:``, ``Title:``, ``Subheadline:``, ``Dateline:``
say which field follows and are not part of it. The words are ours: no library knows
the labels of release templates.
"""

from __future__ import annotations

import re

_TEMPLATE_WORDS = (
    r"date|city|name|title|phone|e-?mail|company|organi[sz]ation|location|place|country|time|insert|headline|"
    r"quote|number|year|month|day|website|url|link|address|product|person|contact|spokesperson|datum|ort|stadt|"
    r"fecha|ciudad|nombre|ville|nom|data|città|nome"
)
PLACEHOLDER = re.compile(
    r"\[[^\[\]\n]{0,40}\b(?:" + _TEMPLATE_WORDS + r")\b[^\[\]\n]{0,40}\]"
    r"|\b(?:X{2,}|x{3,})\b|\blorem\s+ipsum\b|<(?:insert|date|city|name)[^>]*>|\{\{[^}]+\}\}",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^(?:headline|title|main\s+title|subheadline|sub-?headline|sub-?title|subtitle|deck|dateline|byline|"
    r"titre|sous-titre|titel|untertitel|überschrift|título|subtítulo|titolo|sottotitolo|kop|tytuł|başlık|"
    r"標題|见出し|标题|副标题)\s*[:：]\s*",
    re.IGNORECASE,
)


def placeholders(text: str) -> list[str]:
    """The unfilled template fields in ``text`` ("[DATE]", "XX")."""
    return [m.group(0) for m in PLACEHOLDER.finditer(text or "")]


def is_placeholder(text: str) -> bool:
    """``text`` is nothing but a placeholder ("[City, Date]")."""
    m = PLACEHOLDER.fullmatch(text.strip())
    return m is not None


def field_label(text: str) -> str | None:
    """The template label a line opens with ("Headline: "), or None."""
    m = _LABEL.match(text)
    return m.group(0) if m else None


def without_label(text: str) -> str:
    """``text`` without a leading template label: "Headline: Acme opens" -> "Acme opens"."""
    return _LABEL.sub("", text, count=1) if text else text
