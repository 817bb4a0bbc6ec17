"""Names for the lines around a release's text: labels, end marks, headings, footers.

Each test takes one stripped line and answers a yes/no question; the layout
decides what the answer means where the line stands. The word lists cover the
languages the desk imports (en, fr, es, ru, ar, zh, nb) and grow by adding
spellings, not code.
"""

from __future__ import annotations

import re

from app.formats.textparse.dates import date_only

_I = re.IGNORECASE

# "FOR IMMEDIATE RELEASE", "MEDIA RELEASE", "Press Releases", "COMUNICADO 208" ...
_KICKER = re.compile(
    r"^(?:for\s+immediate\s+release|immediate\s+release|(?:joint\s+)?(?:media|press|news)\s+releases?"
    r"|(?:press\s+)?statements?|media\s+advisory|news|press\s+info|communiqu[ée]s?(?:\s+de\s+presse)?"
    r"|comunicados?(?:\s+de\s+(?:prensa|imprensa))?|nota\s+(?:de\s+prensa|à\s+imprensa)|pressemelding|press(?:e)?meddel\w*"
    r"|pressemitteilung|presse(?:information|meldung)|comunicato(?:\s+stampa)?|persbericht|komunikat(?:\s+prasowy)?"
    r"|informacja\s+prasowa|bas[ıi]n\s+(?:b[üu]lteni|a[çc][ıi]klamas[ıi])|siaran\s+pers|tiedote|보도\s*자료"
    r"|プレスリリース|報道(?:関係者|関係)各位|報道発表|ニュースリリース"
    r"|пресс-релиз|сообщение\s+для\s+печати|бюллетень|بيان\s+صحفي|بيان\s+صحافي|新闻稿|新闻公报|新闻发布"
    r"|embargoed?(?:\s+until)?\b.*|under\s+embargo\b.*|sperrfrist\b.*|sous\s+embargo\b.*|embargo\b.*"
    r"|hold\s+for\s+release\b.*)"
    r"(?:\s*(?:no\.?|nr\.?|n[°º]|№)?\s*[\w/-]*\d[\w/-]*)?[\s:.]*$",
    _I,
)
# Document symbols and release numbers: "SG/SM/12161-AFG/329", "MPS 083/2002", "PR/2019/12".
_NUMBER_TOKEN = (r"(?:[A-Z]{2,}[-\w]*(?:/[-\w]+)+|(?i:No|Nr|N°|№|Núm|Num|Nº)\.?\s*\d[\w/-]*"
                 r"|[A-Z]{2,5}\s+\d{1,4}/\d{2,4})")
_NUMBER_LINE = re.compile(r"^(?:[\w-]*" + _NUMBER_TOKEN + r"\s*)+$")
TRAILING_NUMBER = re.compile(r"\s+" + _NUMBER_TOKEN + r"\s*$")
# a release number printed before the headline on its line: "68-2009. ATENTADO EN BAGDAD", "PR 12/2021 - ..."
LEADING_NUMBER = re.compile(r"^(?:" + _NUMBER_TOKEN + r"|\d{1,4}[-/]\d{2,4})\s*[.:–—-]\s+(?=\w)")

_END_MARK = re.compile(
    r"^(?:#+|(?:#\s*)+|(?:\*\s*)+|(?:\.\s*){3,}|[-–—]\s*(?:ends?|end|ende|fine|fim|fin|einde|koniec|son|slutt|slut"
    r"|30|xxx|конец|نهاية|完)\s*[-–—]|ends?|fin|ende|fine|fim|einde|koniec|slutt|slut|以上|انتهى|(?:-\s*)?конец(?:\s*-)?|"
    r"-\s*30\s*-|x{3}|[-–—=_]{3,}|\*\*\*)$",
    _I,
)
_RULE = re.compile(r"[-–—=_*#~.\s]+")  # a separator line of any length (the end marks above stop at 80 characters)
_ABOUT = re.compile(
    r"^(?:(?i:about)\s+(?:(?i:the)\s+|us\b|[A-Z0-9\u00C0-\u024F])|(?i:à|a)\s+propos\s+d|(?i:acerca)\s+de\s"
    r"|(?i:sobre)\s+(?:(?:el|la|los|las|[ao]s?)\b|[A-Z])"
    r"|[Оо]\s+(?i:компании)|[Оо]б?\s+[А-ЯЁ]|نبذة\s+عن|حول\s|关于|[Oo]m\s+[A-ZÆØÅ]|[Üü]ber\s+"
    r"|(?i:informazioni\s+su|chi\s+è|chi\s+siamo)\s|[Oo]ver\s+[A-Z]|[Oo]\s+(?:firmie|nas|[A-ZŁŚŻ])|(?i:tentang)\s"
    r"|.{2,60}\s(?i:hakkında)$|■?\s*(?:会社概要|団体概要|について)|■?\s*\S.{0,40}について$|회사\s*소개)",
)
_NOTES = re.compile(
    r"^(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editor['’]?s\s+notes?|background\s+information\b"
    r"|notes?\s+(?:aux|à\s+l['’]intention\s+des)\s+r[ée]dact|nota(?:s)?\s+(?:para|a)\s+(?:los\s+)?(?:editores|redactores)"
    r"|примечани[ея]\s+для\s+редак|ملاحظات?\s+للمحرر|编者按|编者注|til\s+redaksjon)",
    _I,
)
# Lines that open a contact block, or a one-line contact: "Media contact:", "CONTACTO: ...",
# "For more information, please contact:", "Financial analysts may call:".
_CONTACT_WORDS = (
    r"contacts?|contacto|contactos|contato|contatti|\w*kontakt\w*|\w+contact\w*|kontak|i̇letişim|iletişim|お問い合わせ\w*|"
    r"問い合わせ\w*|문의|ufficio\s+stampa|assessoria\s+de\s+imprensa|pressestelle|"
    r"контакты?|контактная\s+информация|للاتصال|联系|"
    r"inquiries|enquiries|informaci[oó]n|information|informations|renseignements|call|comment"
)
_CONTACT_HEAD = re.compile(
    r"^(?:[\w’'.,()-]+\s+){0,8}?(?:" + _CONTACT_WORDS + r")"
    r"(?:\s+(?:details|us|information|info|persons?|presse|press|m[ée]dias?|prensa|stampa|imprensa|pers|media"
    r"|dla\s+medi[óo]w|f[öo]r\s+media|for\s+media|de\s+prensa|para\s+medios"
    r"|для\s+(?:прессы|сми)|pour\s+la\s+presse))?"
    r"\s*(?::|：|$)",
    _I,
)
_CONTACT_LEAD = re.compile(
    r"^(?:(?:news\s+)?media\s+inquiries(?:,)?\s+please\s+call|for\s+(?:more|further)\s+(?:information|details)"
    r"(?:,)?\s+(?:please\s+)?(?:contact|call)|contact\s*details)",
    _I,
)
_CJK_CONTACT = re.compile(r"^\w{0,8}(?:联系|联络|聯繫|聯絡)\w{0,4}\s*(?:[:：]|$)")
_SOURCE = re.compile(r"^(?:SOURCE\s+\S|Source\s*:|Источник\s*:|المصدر\s*:|来源[:：])")
_FOOTER = re.compile(
    r"^(?:view\s+(?:the\s+)?(?:original|source)\b|originally\s+published|distributed\s+by\b|company\s*website"
    r"|for\s+information\s+media\b|this\s+(?:press\s+)?release\s+(?:is|was)\s+(?:not\s+)?(?:an\s+)?official"
    r"|logo\s*-\s*http|photo\s*-\s*http|multimedia\s*:|cision\b|to\s+view\s+the\s+original)",
    _I,
)
PHOTO_CREDIT = re.compile(
    r"(?:(?:featured\s+|cover\s+|top\s+)?(?:photo(?:graph)?s?|images?|pictures?)\s*(?:credits?|courtesy(?:\s+of)?|by)"
    r"|cr[ée]dits?\s+(?:photo|photographique)s?|photo\s*:|foto\s*:|cr[ée]dito\s+(?:de\s+)?(?:la\s+)?foto|"
    r"фото\s*:|фото\s*[-–—]|الصورة\s*:|图片来源|摄影|fotografia\s*:|fot\.\s*|bild\s*:|kuva\s*:|写真\s*[:：]"
    r"|(?:photo|foto)\s+(?:©|\(c\))|©)"
    r"\s*[:\-–—]?\s*(?P<credit>[^\n]+)",
    _I,
)
# Every match of PHOTO_CREDIT holds one of these words (case aside). Python's re tries a long case-insensitive
# alternation at every position of a line; this plain list of words is five times faster, and almost no
# line holds one, so the full pattern is only asked of those that do (a test holds the two to the same
# answers on every line of our releases and on one line per alternative).
_PHOTO_WORDS = re.compile(r"photo|image|picture|fot|фото|الصورة|图片来源|摄影|bild|kuva|写真|©", _I)
_BYLINE = re.compile(r"^(?i:by|par|por|av|автор|von)\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][^\n]{0,60}$")
_WIRE = re.compile(
    r"newswire|news\s*wire|business\s*wire|prnewswire|globe\s*newswire|accesswire|news\s*direct|newsworthy"
    r"|marketwired|presswire|prweb|newsfile|newmediawire|\bwire\b|\bAP\b|\bAFP\b|Reuters|\bPRN\b",
    _I,
)
_WIRE_WORDS = re.compile(r"wire|news|prweb|ap|afp|reuters|prn", _I)  # in every match of _WIRE (as _PHOTO_WORDS)
_LETTERHEAD_CUE = re.compile(
    r"\b(?:MP|MINISTER|MINISTRY|SENATOR|OFFICE\s+OF|MEMBER\s+FOR|THE\s+HON\b|PREMIER|GOVERNOR|MAYOR|SHADOW)\b"
)
_CAPTION_MAX = 2000  # a caption with a credit is a few lines at most
_SENTENCE_END = re.compile(r"[.!?:;…。！？；：][\"”’»)\]]*\s*$|[\"”»]\s*$")
_UPPER_WORDS = re.compile(r"[^\W\d_]+")


def is_kicker(line: str) -> bool:
    """A label above a headline that is not part of it ("FOR IMMEDIATE RELEASE")."""
    return len(line) < 60 and bool(_KICKER.match(line))


def is_release_number(line: str) -> bool:
    """A line that is only a document symbol or release number ("SG/SM/12161-AFG/329")."""
    return len(line) < 80 and bool(_NUMBER_LINE.match(line))


def is_end_mark(line: str) -> bool:
    """ "###", "-ends-", "* *** *", ".  .  .  ." and their kin, and a rule drawn across the page however long."""
    text = line.strip()
    if len(text) >= 80:
        return _RULE.fullmatch(text) is not None
    return bool(_END_MARK.match(text))


def is_about(line: str) -> bool:
    """The heading (or run-in heading) of "About <organisation>" boilerplate."""
    return bool(_ABOUT.match(line)) and not re.match(r"^\S+\s+\d", line)


def is_notes(line: str) -> bool:
    return bool(_NOTES.match(line))


def is_contact_head(line: str) -> bool:
    """A line that opens a contact block or is a labelled one-line contact."""
    line = line[:200]  # a heading is short; long lines need not be scanned to their end
    if _CONTACT_LEAD.match(line) or _CJK_CONTACT.match(line):
        return True
    m = _CONTACT_HEAD.match(line)
    if not m:
        return False
    head = m.group(0)
    # a long sentence ending in "call:" is body text ("The call will begin ... call:")
    return len(head.split()) <= 10 and not head.rstrip(": ").casefold().endswith(("conference call", "the call"))


def is_source_line(line: str) -> bool:
    return bool(_SOURCE.match(line))


def is_footer(line: str) -> bool:
    """Syndication footers and disclaimers after the release proper."""
    return bool(_FOOTER.match(line))


def is_byline(line: str) -> bool:
    return bool(_BYLINE.match(line)) and len(line.split()) <= 8


def has_wire(text: str) -> bool:
    return _WIRE_WORDS.search(text) is not None and _WIRE.search(text) is not None


def is_wire_line(line: str) -> bool:
    """A line that is only a wire tag ("--News Direct--", "(BUSINESS WIRE)")."""
    bare = line.strip(" -–—()/*")
    return bool(bare) and len(bare) < 40 and has_wire(bare)


def is_letterhead(line: str) -> bool:
    """An office or member letterhead line ("PRIME MINISTER", "... MP MINISTER FOR ...")."""
    letters = "".join(_UPPER_WORDS.findall(line))
    upper = sum(ch.isupper() for ch in letters)
    return bool(_LETTERHEAD_CUE.search(line)) and letters != "" and upper >= 0.5 * len(letters)


def is_date_line(line: str) -> bool:
    return date_only(line) is not None


def word_count(text: str) -> int:
    """Words in ``text``; Chinese and Japanese count about two characters a word."""
    wide = sum(1 for ch in text if "\u3040" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")
    return max(len(text.split()), wide // 2)


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends as running text does: a full stop, colon, closing quote."""
    return bool(_SENTENCE_END.search(text))


def looks_like_running_text(text: str) -> bool:
    """A paragraph of prose rather than a title, a deck or a label."""
    if ends_sentence(text) and word_count(text) >= 6:
        return True
    return len(text) > 220


def is_shouting(line: str) -> bool:
    """A short line in capitals (a sign-off such as "JANE DOE MP FEDERAL MEMBER FOR X")."""
    if not 2 <= len(line.split()) <= 14:  # first: it rules out every paragraph, before the letters are read
        return False
    letters = "".join(_UPPER_WORDS.findall(line))
    return len(letters) >= 6 and letters.isupper() and not ends_sentence(line)


# Chinese credits: "（图|NAME" opening a lead, "NAME 供图" / "NAME 摄" closing a caption
# "（图|林海 文|周晴）", "（文/图｜林海）" (text and photo by one person), "摄影：林海"
_CJK_CREDIT = re.compile(r"^[（(]?\s*(?:文\s*[/、]\s*)?(?:图|摄影)\s*[|｜:：/]\s*(?P<credit>[^\s|｜）)，。]{2,20})"
                         r"|(?P<by>[^\s，。：:（(]{2,12})\s*(?:供图|摄)\s*[）)]?\s*$")


def photo_credit(line: str) -> str | None:
    """The credited party of a photo credit in ``line``, without the label, else None."""
    cjk = _CJK_CREDIT.search(line) if "图" in line or "摄" in line else None  # one is in every match
    if cjk is not None:
        return cjk.group("credit") or cjk.group("by")
    hinted = len(line) <= _CAPTION_MAX and _PHOTO_WORDS.search(line) is not None
    m = PHOTO_CREDIT.search(line) if hinted else None
    if m is None:
        return None
    start = m.start()
    # the label must open the line or follow a sentence ("... Tony Hoang. Photo credit: X")
    if start and not re.search(r"(?:[.!?:;)\]]|^)\s*$", line[:start]):
        return None
    credit = m.group("credit")
    credit = re.split(r"\s+(?:Source|Fuente|Источник)\s*:", credit)[0]
    credit = _SYNDICATOR_TAIL.sub("", credit)
    credit = credit.strip(" .;,\u00a0")
    return credit or None


# Feature syndicators print their own name after the credit ("Photo courtesy of X Family Features
# Source: Y"); the name is the distributor, not the credited party.
_SYNDICATOR_TAIL = re.compile(
    r"\s+(?:Family\s+Features|StatePoint(?:\s+Media)?|NewsUSA|Brandpoint|Metro\s+Creative)\s*$"
)
