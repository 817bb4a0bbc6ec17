"""Pattern rules: people after their titles, acronyms defined in the text, SDGs, ministries.

Each rule takes a paragraph's text and returns :class:`Found` spans; none of them
looks at other paragraphs (``suggest`` does that). The rules lean towards
proposing nothing when unsure: a wrong proposal costs the editor a click, but
a flood of them teaches the editor to ignore the panel.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from app.annotate.normalise import acronym_letters, collapse_space, person_name, sdg_name
from app.annotate.vocabulary import Vocabulary

PERSON, ORG_AFTER_TITLE, BY_HEAD = "person-after-title", "organisation-after-title", "named-by-head"
ACRONYM, SDG, MINISTRY = "acronym-definition", "sdg", "public-body"


class Found(NamedTuple):
    start: int
    end: int
    kind: str
    name: str
    ref: str | None
    rule: str


def _set(words: str) -> frozenset[str]:
    """A set of words written as one string (the lists below are easier to read that way)."""
    return frozenset(words.split())


# Words that join the parts of a name of an organisation or a title's tail.
_CONNECTORS = _set("of for and on the in to at de du des la le les et pour en del y für der und")
# Capitalised words that open a sentence or clause rather than a name.
_NOT_NAMES = _set("The A An This That These Those It He She They We Our His Her Its On In At By For With From "
    "Le La Les Un Une Il Elle Ce Cette El Los Las Der Die Das Mr Ms Mrs Dr")
# Last words of an organisation's name: two capitalised words ending in one are not a person.
_ORG_HEADS = _set("""
    Organization Organisation Agency Association Ministry Bank Fund Council Commission Institute University
    Office Government Authority Union Federation Company Corporation Group Centre Center Committee Foundation
    Enterprises Affairs Department Board Secretariat Chamber Industry Industries Nations Programme Program Forum
    Republic Development Trade Health Finance Energy Education Agriculture Environment Services Network Alliance
    Partnership Initiative Council Court Parliament Assembly Bureau Municipality Province State States Region
    Ministère Ministerio Organisation Agence Banque Fonds Conseil Commission Université Gouvernement""")
# Portfolio words ("Trade", "Health") end a minister's title, not an organisation's name.
_NAMING_HEADS = _ORG_HEADS - _set("""
    Affairs Industry Industries Nations Republic Development Trade Health Finance Energy Education Agriculture
    Environment Services State States Region Province""")
_INITIATIVE_HEADS = _set("""
    Partnership Initiative Decade Programme Program Project Plan Strategy Agenda Facility Scheme Campaign
    Platform Mechanism Framework Accelerator Challenge Compact Roadmap Action Goals Vision Appeal Response
    Partenariat Programme Projet Stratégie Décennie Mécanisme Plateforme Feuille Campagne Alianza Programa""")
_EVENT_HEADS = _set("""
    Forum Conference Summit Congress Week Expo Exhibition Meeting Dialogue Festival Fair Symposium Workshop
    Session Games Day Conférence Sommet Congrès Semaine Salon Journée Cumbre Foro Jornada""")
_HEADS = _EVENT_HEADS | _INITIATIVE_HEADS | _NAMING_HEADS
_ORDINALS = _set("""
    First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Premier Première Deuxième Troisième
    Quatrième Cinquième Primer Primera Segundo Segunda Tercer Tercera""")

# A word (with inner apostrophes and hyphens), an initial "J.", a number, or one punctuation mark.
_TOKEN = re.compile(r"[^\W\d_]\.(?!\w)|[^\W\d_](?:[\w'’-]*[^\W_])?|\d+|[^\s\w]")
_ELISION = re.compile(r"^[lLdD]['’](?=[^\W\d_])")
_POSSESSIVE = re.compile(r"['’]s$")


def _tokens(text: str, pos: int, limit: int) -> list[re.Match[str]]:
    """Up to ``limit`` tokens from ``pos``, stopping at a line break (a name never spans one)."""
    if text.find("\n", pos) == -1:  # the common case: nothing to stop at, so re collects them in C
        return list(islice(_TOKEN.finditer(text, pos), limit))
    out: list[re.Match[str]] = []
    last = pos
    for m in _TOKEN.finditer(text, pos):
        if "\n" in text[last : m.start()] or len(out) >= limit:
            break
        out.append(m)
        last = m.end()
    return out


def _iter_tokens(text: str, pos: int, limit: int) -> Iterator[re.Match[str]]:
    """``_tokens`` one at a time, for a rule that stops at the first word it does not want."""
    if text.find("\n", pos) == -1:
        return islice(_TOKEN.finditer(text, pos), limit)
    return iter(_tokens(text, pos, limit))


@lru_cache(maxsize=8192)  # asked for the same words again and again, by every rule, in every paragraph
def _is_name(word: str) -> bool:
    return word[:1].isupper() and word not in _NOT_NAMES and not _ELISION.match(word)


def _is_caps(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _is_tail(word: str) -> bool:
    """A word that may sit in an organisation named after a title ("of the China Association")."""
    return word[:1].isupper() or word in _CONNECTORS or bool(_ELISION.match(word))


# -- people after titles ---------------------------------------------------------------------------


def _name_run(tokens: list[re.Match[str]], i: int, honorific: bool) -> tuple[int, int] | None:
    """The token range of a person's name starting at ``i``: two or three name words (one after "Ms.")."""
    j = i
    while j < len(tokens) and j - i < 4:
        word = tokens[j].group()
        if _is_name(word):
            j += 1
            if _POSSESSIVE.search(word):
                break
        elif word.lower() in ("de", "van", "von", "bin", "al", "da", "del") and j > i:
            j += 1  # a particle inside a name, kept only if a name word follows
        else:
            break
    while j > i and not _is_name(tokens[j - 1].group()):
        j -= 1
    count = j - i
    if count >= 2 or (honorific and count == 1):
        return i, j
    return None


def _tail_end(tokens: list[re.Match[str]]) -> tuple[int, tuple[int, int] | None]:
    """Where a title's tail ("of the X (ACR), of Y and Z") ends, and the name after its comma if any.

    A comma followed by a connector continues the tail ("Minister of the Economy,
    of Planning and of Cooperation"); a parenthesised acronym is skipped.
    """
    end = 0
    while end < len(tokens):
        word = tokens[end].group()
        if _is_tail(word):
            end += 1
        elif word == "(":
            close = next((k for k in range(end + 1, min(end + 5, len(tokens))) if tokens[k].group() == ")"), None)
            if close is None:
                break
            end = close + 1
        elif word == "," and end + 1 < len(tokens):
            after = tokens[end + 1].group()
            if after in _CONNECTORS or _ELISION.match(after):
                end += 1
                continue
            name = _name_run(tokens, end + 1, False)  # "Minister of Health, Jane Doe,"
            if name is not None and not (name[1] < len(tokens) and tokens[name[1]].group() in ("and", "et", "y")):
                return end, name
            end += 1
        else:
            break
    return end, None


def _name_in_tail(tokens: list[re.Match[str]], run_end: int) -> tuple[int, int] | None:
    """The person's name at the end of "of the <Organisation> <Name>": split where the name starts."""
    while run_end > 0 and tokens[run_end - 1].group() in _CONNECTORS:
        run_end -= 1  # "... Tadesse GEBRE and toured": the run ran into a connector
    trailing = run_end
    while trailing > 0 and _is_name(tokens[trailing - 1].group()):
        trailing -= 1
    words = [t.group() for t in tokens[trailing:run_end]]
    # UN usage writes the surname in capitals: "... Enterprises ZHOU Mingcheng", "... Anna BERGER"
    for k in range(len(words) - 1):
        a, b = words[k], words[k + 1]
        first_caps = _is_caps(a) and not _is_caps(b) and k + 2 == len(words)
        last_caps = not _is_caps(a) and _is_caps(b) and k + 2 == len(words) and k > 0
        if first_caps or last_caps:
            return trailing + k, run_end
    if len(words) >= 3 and not any(w in _ORG_HEADS for w in words[-2:]):
        return run_end - 2, run_end
    return None


# Two or three name words right before ", <Title>"; the words before it must not be capitalised
# ("the European Union, President ..." is an organisation, not a person).
_NAME_WORD = r"[^\W\d_a-z][\w'’-]*"
_NAME_COMMA = re.compile(rf"({_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}}),\s+(?:the\s+|la\s+|le\s+|el\s+)?")
# where such a name may start: the text's start, or after one of these words. Finding these first and
# matching _NAME_COMMA only there is what a lookbehind for each word would do, without trying seven
# lookbehinds at every position of the text.
_NAME_LEAD = re.compile(r"(?:said|says|by|with|déclaré|selon|dijo)\s")


def _names_before_comma(text: str) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    covered = 0
    for start in (0, *(m.end() for m in _NAME_LEAD.finditer(text))):
        if start < covered:
            continue
        m = _NAME_COMMA.match(text, start)
        if m is not None:
            found.append(m)
            covered = m.end()
    return found

_ARTICLES = _set("the la le les l du des")


def _organisation_in_tail(text: str, tokens: list[re.Match[str]], end: int) -> Found | None:
    """"Vice President of the China Association of ... Enterprises": the organisation between title and name.

    Only after an article ("of the", "de la", "du"): "Minister of Health" names a
    portfolio, not an organisation.
    """
    i = 0
    while i < end and tokens[i].group().lower() in _CONNECTORS:
        i += 1
    articles = [t.group().lower() for t in tokens[:i]]
    if not any(a in _ARTICLES for a in articles) and not (i and _ELISION.match(tokens[i].group())):
        return None
    while end > i and not _is_name(tokens[end - 1].group()):
        end -= 1
    if end - i < 2 or tokens[end - 1].group() not in _ORG_HEADS:
        return None
    start, stop = tokens[i].start(), tokens[end - 1].end()
    return Found(start, stop, "organisation", collapse_space(text[start:stop]), None, ORG_AFTER_TITLE)


def people_before_titles(text: str, vocabulary: Vocabulary) -> list[Found]:
    """"said Amina Okafor, Regional Director for ...": a name, a comma, then a title."""
    pattern = vocabulary.title_pattern()
    if pattern is None:
        return []
    found = []
    for m in _names_before_comma(text):
        if not pattern.match(text, m.end()) or vocabulary.is_honorific(pattern.match(text, m.end()).group()):
            continue
        words = m.group(1).split()
        if any(w in _NOT_NAMES or w in _ORG_HEADS for w in words) or pattern.fullmatch(m.group(1)):
            continue
        found.append(Found(m.start(1), m.end(1), "person", person_name(m.group(1)), None, PERSON))
    return found


def people_after_titles(text: str, vocabulary: Vocabulary) -> list[Found]:
    """People named right after a title: "Director General LI Yong", "Vice President of X ZHOU Mingcheng"."""
    pattern = vocabulary.title_pattern()
    if pattern is None:
        return []
    found: list[Found] = []
    for title_start, title_end in vocabulary.find_titles(text):
        honorific = vocabulary.is_honorific(text[title_start:title_end])
        tokens = _tokens(text, title_end, 18)
        if not tokens:
            continue
        span: tuple[int, int] | None = None
        i = 1 if tokens[0].group() in (",", ":") else 0
        if i < len(tokens) and _is_name(tokens[i].group()):
            span = _name_run(tokens, i, honorific)
        elif not honorific and tokens[0].group() in _CONNECTORS:
            end, span = _tail_end(tokens)
            org_end = end
            if span is None:
                span = _name_in_tail(tokens, end)
                org_end = span[0] if span else 0
            org = _organisation_in_tail(text, tokens, org_end)
            if span is not None and org is not None:
                found.append(org)
        if span is None:
            continue
        start, end = tokens[span[0]].start(), tokens[span[1] - 1].end()
        surface = text[start:end]
        possessive = _POSSESSIVE.search(surface)
        if possessive:
            end -= len(possessive.group())
            surface = text[start:end]
        found.append(Found(start, end, "person", person_name(surface), None, PERSON))
    return found


# -- acronyms defined in the text ---------------------------------------------------------------------

_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z0-9&+\-]*[A-Za-z0-9+](?:\s(?:[IVX]+|\d{1,2}))?)\s*\)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+")
_STOP = _set("of for and on the in to at de du des la le et pour en à au aux del y für der und d l")


@lru_cache(maxsize=8192)  # _spells asks again for the same words as it tries longer long forms
def _initials(word: str) -> tuple[str, ...]:
    """The letters a long-form word may give an acronym: "Public-Private" -> ("pp", "p"), "Medium-sized" -> ("m",)."""
    word = _ELISION.sub("", word)
    caps = [p[0] for p in word.split("-") if p and p[0].isupper()]
    main = word[0].lower()
    if len(caps) > 1:
        return "".join(caps).lower(), main
    return (main,)


def _spells(words: list[str], letters: str) -> bool:
    """True when the words, in order, give exactly ``letters`` (stop words may give theirs or not)."""
    def go(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(letters)
        word = words[i]
        if word.isdigit():
            return go(i + 1, j)
        options = _initials(word)
        if any(letters.startswith(o, j) and go(i + 1, j + len(o)) for o in options):
            return True
        return word.lower() in _STOP and go(i + 1, j)
    return go(0, 0)


def _kind_of(words: list[str]) -> str:
    for word in reversed(words):
        if word in _EVENT_HEADS:
            return "event"
        if word in _INITIATIVE_HEADS:
            return "initiative"
        if word in _ORG_HEADS:
            return "organisation"
    return "organisation"


def acronym_definitions(text: str, vocabulary: Vocabulary) -> list[Found]:
    """"Long Name (ACR)": the long name and the acronym, both named by the long name."""
    found: list[Found] = []
    for paren in _ACRONYM.finditer(text):
        acronym = paren.group(1)
        if sum(ch.isupper() for ch in acronym) < 2 or _SDG.fullmatch(acronym):
            continue
        letters = acronym_letters(acronym)
        if not 2 <= len(letters) <= 12:
            continue
        head = text[max(0, paren.start() - 200) : paren.start()]
        # the long form lies in the same clause: stop at the last punctuation mark
        clause_start = max(head.rfind(ch) for ch in ".,;:!?()\"“”\n") + 1
        offset = paren.start() - len(head) + clause_start
        words = list(_WORD.finditer(text, offset, paren.start()))
        if not words:
            continue
        match = None
        for k in range(1, min(len(words), 2 * len(letters) + 4) + 1):
            chosen = words[-k:]
            first = chosen[0].group()
            if first[:1].isupper() and first.lower() not in _STOP and _spells([w.group() for w in chosen], letters):
                match = chosen
                break
        if match is None:
            continue
        start_index = len(words) - len(match)
        numbered = acronym != acronym.rstrip("IVX0123456789")
        if numbered and start_index > 0 and words[start_index - 1].group() in _ORDINALS:
            start_index -= 1  # "Third Industrial Development Decade for Africa (IDDA III)"
        start, end = words[start_index].start(), words[-1].end()
        long_name = collapse_space(text[start:end])
        known = vocabulary.get(long_name)
        if known is not None:
            kind, name, ref = known.kind, known.name, known.ref
        else:
            kind, name, ref = _kind_of([w.group() for w in words[start_index:]]), long_name, None
        found.append(Found(start, end, kind, name, ref, ACRONYM))
        found.append(Found(paren.start(1), paren.end(1), kind, name, ref, ACRONYM))
    return found


# -- Sustainable Development Goals ---------------------------------------------------------------------

_SDG = re.compile(
    r"(?<!\w)(?:SDGs?\s?(?:No\.\s?)?|Sustainable Development Goals?\s(?:No\.\s?|number\s)?|"
    r"(?:ODD|ODS)\s?|[Oo]bjectifs? de développement durable\s(?:n[°o]\s?)?|"
    r"[Oo]bjetivos? de Desarrollo Sostenible\s(?:n[°o]\s?)?)(\d{1,2})(?!\w)"
)


# Every _SDG match holds one of these: a text with none has no mention, and is not scanned.
_SDG_WORDS = ("SDG", "Sustainable Development Goal", "ODD", "ODS", "bjectif", "bjetivo")


def sdg_mentions(text: str) -> list[Found]:
    """"SDG9", "SDG 9", "Sustainable Development Goal 9", "ODD 9": a topic named "SDG 9"."""
    found: list[Found] = []
    if not any(word in text for word in _SDG_WORDS):
        return found
    for m in _SDG.finditer(text):
        number = int(m.group(1))
        if 1 <= number <= 17:
            found.append(Found(m.start(), m.end(), "topic", sdg_name(number), f"sdg:{number}", SDG))
    return found


# -- ministries and departments -------------------------------------------------------------------------

_MINISTRY = re.compile(
    r"(?<!\w)(?:Ministry|Ministère|Ministerio|Department|Bundesministerium)(?=\s+(?:of|for|de|du|des|für)\s)"
)
_MINISTRY_WORDS = ("Minist", "Department", "Bundesministerium")  # a text with none of these has no _MINISTRY
# "Shenzhen Municipal Government", "Dakar City Council": a place's government is an organisation.
_LOCAL_GOVERNMENT = re.compile(
    r"(?<!\w)(?:[A-Z][\w'’-]+\s){1,2}(?:Municipal|Provincial|City|Regional|State|Federal|National|County)\s"
    r"(?:People's\s)?(?:Government|Council|Assembly|Authority)(?!\w)"
)
# _LOCAL_GOVERNMENT's tail: found first, then _LOCAL_GOVERNMENT is tried only in the two words before it
# (trying it at every capital of the text was most of this rule's time)
_LOCAL_TAIL = re.compile(
    r"\s(?:Municipal|Provincial|City|Regional|State|Federal|National|County)\s"
    r"(?:People's\s)?(?:Government|Council|Assembly|Authority)(?!\w)"
)


def _in_place_word(ch: str) -> bool:
    return ch.isalnum() or ch in "_'’-"  # [\w'’-]


def _local_governments(text: str) -> list[re.Match[str]]:
    """What ``_LOCAL_GOVERNMENT.finditer(text)`` finds: a match's one or two place words are the runs of
    [\\w'’-] right before a _LOCAL_TAIL, so only the positions in those runs are tried, left to right."""
    found: list[re.Match[str]] = []
    covered = 0
    for tail in _LOCAL_TAIL.finditer(text):
        start = tail.start()
        for _ in range(2):
            while start > 0 and _in_place_word(text[start - 1]):
                start -= 1
            if start < 2 or not text[start - 1].isspace():
                break
            start -= 1
        for p in range(max(start, covered), tail.start()):
            if "A" <= text[p] <= "Z":
                m = _LOCAL_GOVERNMENT.match(text, p)
                if m is not None:
                    found.append(m)
                    covered = m.end()
                    break
    return found


def ministries(text: str, vocabulary: Vocabulary) -> list[Found]:
    """"Ministry of Trade and Industry", "Ministère de l'Économie et des Finances": an organisation."""
    titles = vocabulary.title_pattern()
    found = []
    for m in _MINISTRY.finditer(text) if any(word in text for word in _MINISTRY_WORDS) else ():
        tokens = _tokens(text, m.end(), 14)
        end = 0
        while end < len(tokens) and _is_tail(tokens[end].group()):
            if end and titles is not None and titles.match(text, tokens[end].start()):
                break  # "Ministry of Health Director Jane Doe": the title starts someone else's span
            if end and tokens[end].group() in _ARTICLES and tokens[end - 1].group() in ("and", "et", "y", "und"):
                break  # "Ministry of Trade and the City Council": "and the" starts another name
            end += 1
        while end > 0 and not (_is_name(tokens[end - 1].group()) or _ELISION.match(tokens[end - 1].group())):
            end -= 1  # end on a name word, not on "of the"
        if end == 0:
            continue
        stop = tokens[end - 1].end()
        surface = text[m.start() : stop]
        found.append(Found(m.start(), stop, "organisation", collapse_space(surface), None, MINISTRY))
    for m in _local_governments(text):
        words = m.group().split()
        if words[0] in _NOT_NAMES:  # "The City Council" names no place
            if len(words) < 4:
                continue
            start = m.start() + len(words[0]) + 1
        else:
            start = m.start()
        found.append(Found(start, m.end(), "organisation", collapse_space(text[start : m.end()]), None, MINISTRY))
    return found


# -- names known by their last word ----------------------------------------------------------------------

_AFTER_ARTICLE = re.compile(  # \b before a word character is (?<!\w), and lets re look for "t"/"i" first
    r"\b(?:the|its|their)\s+(?:(?:first|second|third|annual|new|\d+(?:st|nd|rd|th))\s+)?(?=[A-Z])"
)


def named_by_head(text: str, vocabulary: Vocabulary) -> list[Found]:
    """"the Ethiopian Investment Commission", "the Green Manufacturing Forum": kind from the head word.

    Only after a lower-case article, so that a capitalised sentence opening is no
    name, and only when a head word (Commission, Forum, Decade...) is in it.
    """
    titles = vocabulary.title_pattern()
    found = []
    for m in _AFTER_ARTICLE.finditer(text):
        if titles is not None and titles.match(text, m.end()):
            continue  # "the Director General of ...": a person's title, not a name
        # the name words and connectors after the article, read only as far as they go (often three words)
        tokens: list[re.Match[str]] = []
        words: list[str] = []
        for token in _iter_tokens(text, m.end(), 12):
            word = token.group()
            if not (_is_name(word) or (word in ("of", "for", "and", "on") and words)):
                break
            tokens.append(token)
            words.append(word)
        end = len(words)
        while end and not _is_name(words[end - 1]):
            end -= 1
        if end < 2:
            continue
        del words[end:]
        heads = [k for k, w in enumerate(words) if w in _HEADS]
        if not heads:
            continue
        last = heads[-1]
        if end > last + 1 and words[last + 1] not in ("of", "for", "on"):
            # "the ... Enterprises ZHOU Mingcheng", "the ... Organization and Sustainable ...": not a tail
            end = last + 1
        elif end - last > 5:
            continue  # a tail this long after the head word ("for ...") is more than a name
        start, stop = tokens[0].start(), tokens[end - 1].end()
        found.append(Found(start, stop, _kind_of(words[: last + 1]), collapse_space(text[start:stop]), None, BY_HEAD))
    return found
