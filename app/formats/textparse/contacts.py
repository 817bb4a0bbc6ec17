"""A release's contact block read into people: name, title, organisation, e-mail, phone.

Contact blocks come as one field per line, as one labelled line
("MEDIA CONTACT: Jane Roe, Acme PR | jane@acme.example | 555 010 0199"), or as
a sentence ("News media inquiries please call Acme Media Relations at 555-0100").
Values are kept exactly as written; only labels ("Tel:", "Email:") are dropped.
"""

from __future__ import annotations

import re

from app.formats.textparse.lines import is_contact_head, is_footer
from app.model import Contact

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# Spaces only inside a number ("+1 917 622 2782"), never before a word.
PHONE = re.compile(r"(?<![\w@/])(?:\+\s?)?(?:\(\d{1,5}\)\s?)?\d(?:[\d().\-–]|\s(?=[\d(]))*\d(?![\w@])")
_PHONE_WHOLE = re.compile(r"^[+(]?[\dA-Z][\dA-Z\s().\-–]*[\d)]$")
_EXTENSION = re.compile(r"\s*,?\s*(?:ext\.?|extension|x|poste|Durchwahl|DW|anexo|interno|int\.)\s*\d{1,6}\b",
                        re.IGNORECASE)
_ANY_LABEL = re.compile(r"^[^\W\d_][\w .-]{0,24}:\s*")  # "Helpline: ", "Hotline: ", "Media line: "
_ALTERNATIVE = re.compile(r"^\s*(?:or|ou|o|y|и|/|или|أو|或)\s*$", re.IGNORECASE)
_PHONE_LABEL = re.compile(
    r"(?:\b(?:tel|tél|tlf|phone|telephone|téléphone|teléfono|tfno|mobile|mob|mobil|cell|cellphone|txt|text|whatsapp"
    r"|telefon|office|direct|fax|t|m|p|o)|тел|моб|هاتف|جوال|电话|手机|電話)\.?\s*[:.：]?\s*$",
    re.IGNORECASE,
)
_EMAIL_LABEL = re.compile(
    r"(?:\b(?:e-?mail|e-?post|courriel|correo(?:\s+electr[oó]nico)?|mail|e)|(?:эл\.?\s*)?почта|(?:ال)?بريد\s+(?:ال)?إلكتروني"
    r"|邮箱|电邮|電郵)\s*[:.：]?\s*$",
    re.IGNORECASE,
)
_HEAD = re.compile(
    # ("Contact presse : X" to its colon; "For more information, contact X on ..." to the verb)
    r"^(?:contact\s*details|[^:：]{0,80}[:：]|[^:：]{0,80}?(?:please\s+)?(?:call|contact)\b)\s*", re.IGNORECASE
)
_WEB = re.compile(r"(?:https?://|www\.|\b[\w-]+\.(?:org|com|net|gov|int|edu)\b(?!@))", re.IGNORECASE)
_GROUP = re.compile(
    r"^(?:media|press|news|partnership|partner|investors?|general|business|sales|public|analysts?|journalists?)"
    r"(?:\s+(?:inquiries|enquiries|contacts?|relations))?$|^(?:inquiries|enquiries)$",
    re.IGNORECASE,
)
_TITLE_WORDS = re.compile(
    r"\b(?:officer|director|manager|head|chief|spokes(?:person|man|woman)|specialist|coordinator|co-ordinator"
    r"|advis[eo]r|president|chair(?:man|woman|person)?|secretary|editor|assistant|executive|consultant|attach[ée]"
    r"|lead|associate|analyst|treasurer|representative|counsel|strategist|directeur|directrice|responsable|chargée?"
    r"|conseill(?:er|ère)|jef[ae]|director[a]?|portavoz|coordinador[a]?|директор|руководитель|пресс-секретарь"
    r"|специалист|主任|经理|发言人|assessora?|porta-?voz|diretora?|gerente|coordenadora?|responsável|addett[oa]"
    r"|portavoce|direttore|direttrice|responsabile|pressesprecher(?:in)?|leiter(?:in)?|referent(?:in)?|sprecher(?:in)?"
    r"|rzecznik|dyrektor|kierownik|sözcü(?:sü)?|müdür(?:ü)?|direkt[öo]r(?:ü)?|woordvoerder|persvoorlichter"
    r"|pressesjef|kommunikasjonssjef|presschef|pressansvarig|informationschef|juru\s+bicara|humas|manajer|kepala"
    r"|広報\w*|部長|課長|担当\w*)\b|(?:مدير|مسؤول|منسق|ناطق)\w*",
    re.IGNORECASE,
)
_ORG_WORDS = re.compile(
    r"\b(?:inc|llc|ltd|plc|gmbh|corp|corporation|company|co|group|association|office|communications|relations"
    r"|media|institute|organi[sz]ation|department|ministry|agency|pr|energy|university|foundation|council|bank"
    r"|fund|programme|program|centre|center|division|unit|services?|press|news|team|bureau|commission|committee"
    r"|region|regional|associates|partners|mission|embassy|government|agence|ministère|ministerio|oficina"
    r"|министерство|пресс-служба|وزارة|مكتب|s\.?a|s\.?p\.?a|s\.?r\.?l|b\.?v|n\.?v|lda|ag|oy|ab|asa|a\.?ş|tbk|pt"
    r"|universit\w*|universidade|hochschule|stiftung|verein|gemeente|comune|ayuntamiento|prefeitura|urząd|belediyesi"
    # centres, ministries, institutes and societies in the other languages the importer reads
    r"|zentrum|ministerium|ministerie|centro|instituto|institut|fundaci[oó]n|funda[cç][aã]o|asociaci[oó]n"
    r"|associa[cç][aã]o|secretar[ií]a|merkezi|bakanl[ıi][gğ][ıi]|derne[gğ]i|vakf[ıi]|markazi|vazirligi"
    r"|qo['ʻ’‘]?mitasi|jamiyati|uyushmasi|instituti|akademiyasi"
    r"|株式会社|有限公司|大学|協会|公司)\b|委員会|事務局|実行委員会|广报|広報部|办公室|研究所|中心",
    re.IGNORECASE,
)
# Press and communication departments in the other languages the importer reads ("Departamento de Comunicación",
# "Abteilung Kommunikation"): under a name in a contact block they are its organisation, never a second person.
# Kept apart from _ORG_WORDS, which also marks a letterhead for the line labeller.
_DEPARTMENT = re.compile(
    r"\b(?:departamento|abteilung|afdeling|avdel(?:ing|ning)|dzia[łl]|wydzia[łl]|ufficio|servicio|servizio|servi[cç]o"
    r"|comunicaci[oó]n|comunica[cç][aã]o|comunicazione|kommunikation|kommunikasjon|communicatie|komunikacji"
    r"|pressestelle|presseabteilung|persdienst|pressavdelning|presseavdeling)\b",
    re.IGNORECASE,
)
_POSTNOMINAL = re.compile(r"\s+(MP|MLA|MEP|PhD|Ph\.D\.|M\.D\.|Esq\.?|OBE|CBE)$")
_SUFFIX = re.compile(r"(?:Inc|LLC|LLP|Ltd|Co|Corp|GmbH|S\.?A|AG|AS|ASA|AB|plc|PLC|Jr|Sr|L\.P)\.?")
_PARTICLES = frozenset(
    ["de", "da", "van", "von", "der", "den", "bin", "al", "la", "le", "di", "del", "dos", "du", "ibn", "ter", "y"]
)
_TRIM = " \t\u00a0,;:|-–—/()"
_CONNECTOR_END = re.compile(r"(?:\s+(?:on|at|or|and|à|au|en|al|по|на))+\s*$", re.IGNORECASE)


def _is_name(text: str) -> bool:
    text = _POSTNOMINAL.sub("", text)
    words = text.split()
    if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in text):
        return False
    if _TITLE_WORDS.search(text) or _ORG_WORDS.search(text) or _WEB.search(text):
        return False
    cased = [w for w in words if any(c.isupper() or c.islower() for c in w)]
    if len(words) == 1:  # one word is a name only in Chinese or Japanese ("周明", a list "大津谷、多田、仲")
        parts = text.split("、")
        return not cased and all(1 <= len(p) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in p) for p in parts) \
            and len(text.replace("、", "")) >= 2
    if not cased:
        return 2 <= len(words) <= 4
    return (
        all(w[0].isupper() or w.casefold() in _PARTICLES for w in cased)
        and not all(w.isupper() and len(w) > 1 for w in cased)
    ) or (len(cased) == 2 and all(w[0].isupper() for w in cased))


def _kind(piece: str, domains: set[str]) -> str:
    if _GROUP.match(piece):
        return "label"
    if _TITLE_WORDS.search(piece):
        return "title"
    compact = re.sub(r"\W", "", piece).casefold()
    # "Havas Formula" beside "lotto@havasformula.com", "Acme Robotics" beside "press@acme.example"
    if compact and any(compact in d or (len(d.split(".")[0]) >= 4 and d.split(".")[0] in compact) for d in domains):
        return "organisation"
    if _ORG_WORDS.search(piece) or _DEPARTMENT.search(piece) or (
            re.fullmatch(r"[A-Z]{2,}(?:\s+\S+)*", piece) and not _is_name(piece)):
        return "organisation"
    if _is_name(piece):
        return "name"
    return "unknown"


def _take(pattern: re.Pattern[str], label: re.Pattern[str], text: str) -> tuple[list[tuple[str, bool]], str]:
    """Values matching ``pattern`` (with whether a fax label marked them) and the text without them."""
    found: list[tuple[str, bool]] = []
    out, last = [], 0
    for m in pattern.finditer(text):
        value = m.group(0).rstrip(".")
        if pattern is PHONE and sum(ch.isdigit() for ch in value) < 7:
            continue
        end = m.end()
        if pattern is PHONE and (ext := _EXTENSION.match(text, end)):
            value, end = value + ext.group(0).rstrip(), ext.end()  # "+1 212 555 0199 ext. 214" is one number
        before = text[last : m.start()]
        lab = label.search(before)
        fax = bool(lab and "fax" in lab.group(0).casefold())
        if lab:
            before = before[: lab.start()]
        if found and pattern is PHONE and _ALTERNATIVE.match(before) and not fax:
            found[-1] = (found[-1][0] + before + value, found[-1][1])  # "9550 5877 or 0413 777 787"
        else:
            out.append(before)
            found.append((value, fax))
        last = end
    out.append(text[last:])
    return found, " ".join(out)


def _pieces(rest: str, domains: set[str]) -> list[tuple[str, str]]:
    rest = re.sub(r"\([^()]*\)", " ", rest)  # "(WhatsApp)" and other asides
    parts: list[str] = []
    # "|", ";" and a label's colon (full-width too: "広報担当：山田太郎")
    for raw_chunk in re.split(r"\s*[|;]\s*|:\s+|\s*:$|\s*：\s*", rest):
        chunk = _CONNECTOR_END.sub("", raw_chunk.strip(_TRIM)).strip(_TRIM)
        # commas part a chunk; without any, a spaced dash does ("Jane Roe – Harbour Ferries"), while in
        # "Jane Roe, Harbour Ferries - Press Office" the dash is inside the organisation's name
        separator = r",\s+" if ", " in chunk else r"\s+[-–—]\s+"
        for raw_part in re.split(separator, chunk) if chunk else []:
            part = raw_part.strip(_TRIM)
            # a company suffix after a comma belongs to what precedes it ("Acme, Inc.")
            if parts and _SUFFIX.fullmatch(part):
                parts[-1] += ", " + part
            elif part:
                parts.append(part)
    # (what is left of "via 06 5555 1234 of sanne@..." once the number and the address are taken: "via of",
    # short words in lower case, the sentence's glue, not an organisation)
    return [_named_at_end(p) or (_kind(p, domains), p) for p in parts
            if not _WEB.search(p) and not all(w.islower() and len(w) <= 4 for w in p.split())]


def _named_at_end(piece: str) -> tuple[str, str] | None:
    """The name that ends a clause in words ("Für Rückfragen wenden Sie sich bitte an Jana Kerber", "kunt u
    contact opnemen met Sanne Verhoeven"): a name of two to four words right after a word in lower case."""
    words = piece.split()
    while words and words[-1].islower() and len(words[-1]) <= 4:
        words.pop()  # the glue left where a number or an address was taken out ("... Sanne Verhoeven via of")
    if len(words) < 4:
        return None
    for size in (2, 3, 4):
        if size + 2 > len(words):
            break
        name, before = " ".join(words[-size:]), words[-size - 1]
        if before[:1].islower() and _is_name(name) and not _is_name(" ".join(words[-size - 1 :])):
            return "name", name
    return None


def _national_numbers(text: str, region: str | None) -> list[tuple[str, bool]]:
    """Numbers our pattern missed, found by ``phonenumbers`` in the formats of ``region`` ("030 12345-67")."""
    if region is None or sum(ch.isdigit() for ch in text) < 6:
        return []
    from phonenumbers import Leniency, PhoneNumberMatcher  # ~60 ms to import: only for lines that need it

    return [(m.raw_string, False) for m in PhoneNumberMatcher(text, region, leniency=Leniency.POSSIBLE)]


_CONNECTORS = frozenset({"or", "and", "ou", "et", "o", "y", "oder", "und", "of", "en", "или", "или же", "或", "或者",
                         "または", "又は", "أو", "veya", "atau"})


def parse_contacts(lines: list[str], region: str | None = None) -> list[Contact]:
    """The contacts in a contact block's non-blank lines (head line included).

    ``region`` (a country code such as "DE") is where national phone numbers are read as written there.
    """
    contacts: list[Contact] = []
    cur = Contact()
    last_field: str | None = None
    # the domains of every address in the block: "Harbour Board" on the line under a name is the organisation
    # of "press@harbour.example" two lines down, not a second person
    block_domains = {m.group(0).split("@", 1)[1].casefold() for raw in lines for m in EMAIL.finditer(raw)}

    def flush() -> None:
        nonlocal cur, last_field
        if not cur.is_empty():
            contacts.append(cur)
        cur, last_field = Contact(), None

    for raw in lines:
        line = raw.strip()
        if (
            not line
            or line.casefold() in ("or", "and", "ou", "o", "y", "или")
            or is_footer(line)
            or re.match(r"^(?:internet|web(?:site)?|site)\s*:", line, re.I)
        ):
            continue
        if is_contact_head(line) and not EMAIL.match(line):
            flush()
            m = _HEAD.match(line)
            line = line[m.end() :] if m else ""  # a bare heading ("Media Contacts") carries no value
        if re.match(r"^(?:and|&|et|y|и)\s", line) and last_field in ("title", "organisation"):
            setattr(cur, last_field, f"{getattr(cur, last_field)} {line.rstrip('.')}")
            continue
        emails, rest = _take(EMAIL, _EMAIL_LABEL, line)
        bare = rest.strip(" \t\u00a0,;:|-–—/")
        labelled = _ANY_LABEL.match(bare)
        if labelled and _PHONE_WHOLE.match(bare[labelled.end():]) and re.search(r"[A-Z]{3}", bare[labelled.end():]):
            bare = bare[labelled.end():]  # "Helpline: 1-800-FERRIES (337-7437)"
        if _PHONE_WHOLE.match(bare) and sum(ch.isdigit() for ch in bare) >= 7:
            phones, rest = [(bare, False)], ""  # "1-800-AHA-USA1 (242-8721)" is one number
        else:
            phones, rest = _take(PHONE, _PHONE_LABEL, rest)
            if not phones:
                phones = _national_numbers(rest, region)
                for value, _ in phones:
                    rest = rest.replace(value, " ")
        rest = re.sub(r"\s+[.,;:]+(?=\s|$)", " ", rest)
        if (emails or phones) and rest.strip(" \t\u00a0,;:|-–—/").casefold() in _CONNECTORS:
            rest = ""  # "778-363-6031 or jane@example.org": the word between two ways to reach one person
        domains = {e.split("@", 1)[1].casefold() for e, _ in emails} | block_domains
        named_here = org_here = False
        pieces = _pieces(rest, domains)
        if len(pieces) == 3 and pieces[0][0] == "name" and pieces[1][0] != "title" and pieces[2][0] != "title":
            # "Tom Weller, Customer Services, Harbour Ferries": name, role, organisation, as contact lines run
            pieces = [pieces[0], ("title", pieces[1][1]), ("organisation", pieces[2][1])]
        for kind, value in pieces:
            if kind == "organisation" and org_here:
                # "Media Officer, Department of Communications, UNIDO": one organisation, written in parts
                cur.organisation = f"{cur.organisation}, {value}"
                continue
            if kind == "label":
                flush()
            elif (
                kind == "name"
                and cur.name
                and (named_here or cur.title)
                and not (cur.email or cur.phone or cur.organisation)
            ):
                # a second name-like piece after a name is its organisation: "Jane Roe, Acme Robotics",
                # or "WHO Ethiopia" under a name and a title
                cur.organisation, last_field = value, "organisation"
            elif kind == "name":
                if cur.name or cur.email or cur.phone:
                    flush()
                post = _POSTNOMINAL.search(value)
                cur.name = _POSTNOMINAL.sub("", value)
                if post and not cur.title:
                    cur.title = post.group(1)
                last_field, named_here = "name", True
            elif kind in ("title", "organisation"):
                if getattr(cur, kind) or (kind == "organisation" and cur.name and (cur.email or cur.phone)):
                    flush()
                setattr(cur, kind, value)
                last_field = kind
                org_here = kind == "organisation"
            elif cur.name and not cur.title:
                cur.title, last_field = value, "title"
            elif not cur.organisation:
                cur.organisation, last_field = value, "organisation"
        for phone, fax in phones:
            if fax:
                continue
            if cur.phone and cur.name and not named_here:
                cur.phone += " / " + phone  # "Tel: ..." then "Mobile: ..." for the same person
                continue
            if cur.phone:
                flush()
            cur.phone = phone
        for email, _ in emails:
            if cur.email:
                flush()
            cur.email = email
    flush()
    return contacts


def is_name_like(text: str) -> bool:
    """A short line that reads as a person's name ("Jane Roe", "周明")."""
    return _is_name(text.strip(_TRIM))


def is_title_like(text: str) -> bool:
    """A line that names a role ("Press Officer", "Directrice de la communication")."""
    return bool(_TITLE_WORDS.search(text))


def phone_digits(text: str) -> set[str]:
    """The digit strings of the phone numbers in ``text`` (six digits or more each)."""
    found = {"".join(ch for ch in m.group(0) if ch.isdigit()) for m in PHONE.finditer(text)}
    return {d for d in found if len(d) >= 6}


def is_org_like(text: str) -> bool:
    """A line that names an organisation ("Ministry of ...", "Acme GmbH", "City Council")."""
    return bool(_ORG_WORDS.search(text))
