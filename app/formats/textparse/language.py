"""An offline guess of a text's language, with a confidence so the form can flag a close call.

Google's CLD3 (the ``gcld3`` module of ``cld3-py``, a small neural model) names the
language; our own script and stop-word guess remains for when CLD3 is unsure of a
very short text and for the simplified / traditional Chinese split, which CLD3 does
not make.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP_WORDS: dict[str, frozenset[str]] = {
    "en": _words("the and of to in is for that on with was are be by as has have from this will it an at"),
    "fr": _words("le la les et des du de un une est pour que dans sur au aux avec par qui sont ce il"),
    "es": _words("el la los las y de del en que por con para una un es se al su como más"),
    "pt": _words("o a os as e de do da em que para com uma um não são pelo pela mais"),
    "de": _words("der die das und ist nicht mit den von zu im für auf dem des ein eine sich"),
    "it": _words("il lo la gli le e di del della che per con una un non sono nel alla"),
    "nl": _words("de het een en van in is op te dat voor met zijn niet aan"),
    "nb": _words("og i er det som på til av for med ikke har en et å fra skal vil ble blir kan vi"),
    "da": _words("og i er det som på til af for med ikke har en et at fra skal vil blev bliver kan vi"),
    "sv": _words("och i är det som på till av för med inte har en ett att från ska vill blev kan vi"),
}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _script_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if "CJK" in name:
            script = "han"
        elif "HIRAGANA" in name or "KATAKANA" in name:
            script = "kana"
        else:
            script = name.split(" ")[0].lower()
        counts[script] = counts.get(script, 0) + 1
    return counts


_BY_SCRIPT = {
    "cyrillic": "ru",
    "arabic": "ar",
    "hebrew": "he",
    "greek": "el",
    "devanagari": "hi",
    "thai": "th",
    "hangul": "ko",
    "kana": "ja",
    "han": "zh-Hans",
}
# Letters only some Cyrillic languages use, and characters only traditional Chinese uses often.
_UKRAINIAN = set("ієїґ")
_TRADITIONAL = set("這們個來為會國說時對學發與過還後們實種點開關長門問應經當認")
_SIMPLIFIED = set("这们个来为会国说时对学发与过还后实种点开关长门问应经当认")


# CLD3 names a few languages by older codes or without the script the desk records
_FROM_CLD3 = {"no": "nb", "iw": "he", "jw": "jv", "zh-Latn": "zh"}
_cld3_lock = threading.Lock()


@lru_cache(maxsize=1)
def _identifier() -> object | None:
    try:
        import gcld3
    except ImportError:
        return None
    return gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=4000)


def detect_language(text: str) -> tuple[str, float]:
    """A BCP 47 tag for ``text`` and how sure the guess is (0..1)."""
    sample = text[:4000]
    identifier = _identifier()
    if identifier is None or sample.isspace() or not sample:
        return _script_and_stop_words(sample)
    with _cld3_lock:
        found = identifier.FindLanguage(sample)  # type: ignore[attr-defined]
    tag = _FROM_CLD3.get(found.language, found.language)
    if found.is_reliable and tag != "zh":
        return tag, round(min(0.99, float(found.probability)), 2)
    own, own_confidence = _script_and_stop_words(sample[:2000])
    if not found.is_reliable and own_confidence >= 0.9:
        return own, own_confidence
    if tag == "zh":
        tag = own if own.startswith("zh") else "zh-Hans"
    return tag, round(min(0.99, float(found.probability)), 2)


def _script_and_stop_words(text: str) -> tuple[str, float]:
    sample = text[:20000]
    scripts = _script_counts(sample)
    total = sum(scripts.values())
    if not total:
        return "en", 0.1
    script, count = max(scripts.items(), key=lambda kv: kv[1])
    if scripts.get("kana", 0) >= 0.1 * total:
        return "ja", 0.9
    if script != "latin":
        tag = _BY_SCRIPT.get(script)
        if tag is None:
            return "und", 0.2
        if tag == "ru" and any(ch in _UKRAINIAN for ch in sample.casefold()):
            return "uk", 0.7
        if tag == "zh-Hans":
            trad = sum(ch in _TRADITIONAL for ch in sample)
            simp = sum(ch in _SIMPLIFIED for ch in sample)
            if trad > simp:
                return "zh-Hant", 0.8
        return tag, round(min(0.97, 0.5 + 0.5 * count / total), 2)
    words = [w.casefold() for w in _WORD.findall(sample)]
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOP_WORDS.items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top == 0:
        return "en", 0.2
    # the margin between the two best languages is what makes a guess safe
    margin = (top - second) / top
    confidence = min(0.97, 0.4 + 0.6 * margin) if top >= 5 else 0.4
    return best, round(confidence, 2)
