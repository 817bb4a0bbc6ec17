"""Word text typed in a legacy font: Latin letters that only look like another script in that font.

Before Unicode was usual in South Asia, Nepali and Hindi were typed in fonts such as
Preeti or Kruti Dev that draw Devanagari glyphs over ASCII code points. Such a file
stores "k|]; lj1lKt" where the reader sees "प्रेस विज्ञप्ति". Nothing in the text says so;
only the font name does. The importer cannot read cue words or names in such text,
so it says which font it found, names the language, and marks every field for the
editor instead of guessing with confidence.
"""

from __future__ import annotations

from collections import Counter

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

#: legacy fonts that map ASCII to another script, and the language they are used for
LEGACY_FONTS: dict[str, str] = {
    # Nepali
    "preeti": "ne", "kantipur": "ne", "himalb": "ne", "sagarmatha": "ne", "fontasy himali": "ne",
    "ganess": "ne", "aakriti": "ne",
    # Hindi
    "kruti dev 010": "hi", "kruti dev 011": "hi", "krutidev010": "hi", "devlys 010": "hi", "devlys010": "hi",
    "walkman-chanakya-901": "hi", "chanakya": "hi", "shusha": "hi",
    # Marathi
    "shree-dev-0714": "mr", "shivaji01": "mr",
    # Gujarati, Tamil, Bengali
    "shree-guj-0768": "gu", "lmg-arun": "gu", "bamini": "ta", "tam-tamil": "ta", "sutonnymj": "bn",
}
#: share of the document's letters in one legacy font from which the document counts as typed in it
MAJORITY = 0.5


def legacy_font(root: etree._Element) -> tuple[str, str] | None:
    """(font name as the document spells it, language) when most of the text is typed in a legacy font."""
    counts: Counter[str] = Counter()
    total = 0
    rfonts, t = f"{{{W}}}rFonts", f"{{{W}}}t"
    for run in root.iter(f"{{{W}}}r"):
        chars = sum(len(node.text or "") for node in run.iter(t))
        if not chars:
            continue
        total += chars
        fonts = next(run.iter(rfonts), None)
        name = (fonts.get(f"{{{W}}}ascii") or fonts.get(f"{{{W}}}hAnsi") or "") if fonts is not None else ""
        if name.casefold() in LEGACY_FONTS:
            counts[name] += chars
    if not counts or not total:
        return None
    name, chars = counts.most_common(1)[0]
    return (name, LEGACY_FONTS[name.casefold()]) if chars / total >= MAJORITY else None


#: the script each language of the table is written in, for the message
SCRIPTS = {"ne": "Devanagari", "hi": "Devanagari", "mr": "Devanagari", "gu": "Gujarati", "ta": "Tamil",
           "bn": "Bengali"}
