"""Release numbers in the lines above a headline: "Press release No. 123/2021", "PR/2021/45", "COMUNICADO 208".

The number is what is kept (``Release.reference``): "123/2021", "PR/2021/45", "208";
the words around it ("Press release No.") say what it is and are the field's label.
A line that is a label and a number and nothing else is a reference; a label
without a number ("PRESS RELEASE") or a sentence is not.
"""

from __future__ import annotations

import re

# what a release calls itself, in the importer's languages
_LABEL = (
    r"(?:press|news|media)\s+release|release|communiqu[ée](?:\s+de\s+presse)?|comunicado(?:\s+de\s+prensa)?"
    r"|nota\s+de\s+prensa|comunicato(?:\s+stampa)?|pressemitteilung|presseinformation|pm|persbericht"
    r"|pressmeddelande|pressemelding|komunikat(?:\s+prasowy)?|tiskov[áa]\s+zpr[áa]va|bas[ıi]n\s+b[üu]lteni"
    r"|siaran\s+pers|пресс-релиз|сообщение\s+для\s+печати|بيان\s+صحفي|بيان\s+صحافي|新闻稿|プレスリリース|보도자료"
    r"|statement|note|bulletin|info"
)
_NUMBER_WORD = r"(?:no|nr|n[°º]|n\.\s*º|núm|num|número|numero|nro|#|№|رقم|第)\.?"
_REF = r"(?P<ref>[\w][\w./-]*\d[\w./-]*|\d[\w./-]*)"
_LABELLED = re.compile(
    r"^\W*(?:(?:" + _LABEL + r")\s*[:.]?\s*)?" + _NUMBER_WORD + r"\s*[:.]?\s*" + _REF + r"(?:\s*号)?"
    r"(?P<tail>.*)$",
    re.IGNORECASE,
)
_LABEL_THEN_NUMBER = re.compile(r"^\W*(?:" + _LABEL + r")\s*[:.–—-]?\s*" + _REF + r"(?P<tail>.*)$", re.IGNORECASE)
_REF_LINE = re.compile(
    r"^\W*(?:ref(?:erence)?|r[ée]f(?:[ée]rence)?|our\s+ref|notre\s+r[ée]f|referencia|riferimento|aktenzeichen|az"
    r"|kenmerk|referens|referanse|sygn(?:atura)?|ссылка|المرجع)\s*[.:]?\s*:?\s*(?P<ref>[^\s,;]+(?:\s[^\s,;]+)?)"
    r"(?P<tail>.*)$",
    re.IGNORECASE,
)
# a document symbol alone on its line: "PR/2021/45", "SG/SM/12161-AFG/329", "MPS 083/2002", "PR-2021-045"
_SYMBOL = re.compile(r"^\s*(?P<ref>[A-Z]{2,}[-\w.]*(?:/[-\w.]+)+|[A-Z]{2,6}[\s-]\d{1,5}[/-]\d{2,5}"
                     r"|[A-Z]{2,6}-\d{4}-\d{1,5})\s*$")
_DATE_TAIL = re.compile(r"^\s*(?:[-–—|,]\s*)?(?:\w+\s*){0,6}$")  # "– 5 May 2021", ", Geneva": short remarks
# after "COMUNICADO 208" only a remark set off by a dash or comma: "Release 2024 is here" is a headline
_SET_OFF_TAIL = re.compile(r"^\s*(?:[-–—|,]\s*(?:\w+\s*){0,6})?$")
_MAX = 40


def parse_reference(line: str) -> str | None:
    """The release number ``line`` states, or None."""
    text = " ".join(line.split())
    if not text or len(text) > 100 or not any(c.isdigit() for c in text):
        return None
    m = _SYMBOL.match(text)
    if m:
        return m["ref"]
    for pattern in (_LABELLED, _REF_LINE, _LABEL_THEN_NUMBER):
        m = pattern.match(text)
        if m is None:
            continue
        ref = m["ref"].rstrip(".,:;号")
        tail_ok = (_SET_OFF_TAIL if pattern is _LABEL_THEN_NUMBER else _DATE_TAIL).match(m["tail"])
        if not ref or len(ref) > _MAX or not any(c.isdigit() for c in ref) or not tail_ok:
            continue
        return ref
    return None


def reference_line(reference: str) -> str:
    """How the text export prints the reference so that ``parse_reference`` reads it back."""
    return f"Ref: {reference}"
