"""Vocabularies: the terms the tagger knows (organisations, places...) and the person titles.

A :class:`Vocabulary` is built once (shipped CSVs, then the user's CSV or SKOS
files, then the editor's own additions) and only read while suggesting, so one
instance can be handed to a worker thread or pickled to a process. Nothing here
is global: the paths to read and write are always passed in.

CSV columns are ``term,kind,name,ref`` (a header row is required). ``kind`` is an
entity kind, or ``title`` for a person title ("Director General") that the
person rule looks for. Bad rows raise :class:`FormatError` naming file and line.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.annotate.matcher import LiteralFinder, TermMatcher
from app.formats.errors import FormatError
from app.model import ENTITY_KINDS

TITLE_KIND = "title"
CSV_COLUMNS = ("term", "kind", "name", "ref")
SHIPPED_TERMS = ("organisations.csv", "places.csv", "initiatives.csv")
SHIPPED_TITLES = "titles.csv"
MAX_VOCABULARY_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Term:
    """One way of writing an entity, and what it stands for."""

    term: str
    kind: str
    name: str  # the normalised name the tag gets ("UNIDO" -> its full name)
    ref: str | None = None


@dataclass(frozen=True, slots=True)
class Title:
    """A person title; an honorific ("Ms.", "M.") may precede a surname alone."""

    title: str
    honorific: bool = False


@dataclass
class Vocabulary:
    """Terms by their exact spelling, plus person titles. Later additions win."""

    terms: dict[str, Term] = field(default_factory=dict)
    titles: dict[str, Title] = field(default_factory=dict)
    _matcher: TermMatcher[Term] | None = field(default=None, repr=False, compare=False)
    _title_re: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    _title_finder: LiteralFinder[None] | None = field(default=None, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.terms)

    def __contains__(self, term: object) -> bool:
        return term in self.terms

    def add(self, term: Term) -> None:
        self.terms[term.term] = term
        self._matcher = None  # rebuilt on next use

    def add_title(self, title: Title) -> None:
        self.titles[title.title] = title
        self._title_re = self._title_finder = None

    def update(self, other: Vocabulary) -> None:
        """Take every term and title of ``other`` (its entries win on the same spelling)."""
        self.terms.update(other.terms)
        self.titles.update(other.titles)
        self._matcher = None
        self._title_re = self._title_finder = None

    def get(self, term: str) -> Term | None:
        return self.terms.get(term)

    def matcher(self) -> TermMatcher[Term]:
        """The compiled matcher over all terms (built once, then shared read-only)."""
        if self._matcher is None:
            self._matcher = TermMatcher(self.terms)
        return self._matcher

    def title_pattern(self) -> re.Pattern[str] | None:
        """One regex of all person titles, longest first; None when there are none."""
        if self._title_re is None and self.titles:
            alternatives = []
            for title in sorted(self.titles, key=len, reverse=True):
                body = re.escape(title)
                if not self.titles[title].honorific and title[:1].isupper():
                    # mid-sentence titles are often lower case: "the minister, Jane Doe"
                    body = f"[{title[0]}{title[0].lower()}]{re.escape(title[1:])}"
                alternatives.append(body + ("" if title.endswith(".") else r"(?!\w)"))
            self._title_re = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")")
        return self._title_re

    def find_titles(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every person title in ``text``: what ``title_pattern().finditer`` finds,
        in one Aho-Corasick pass instead of trying every title at every position."""
        if self._title_finder is None:
            keys: list[tuple[str, bool, None]] = []
            for title, entry in self.titles.items():
                end_check = not title.endswith(".")
                keys.append((title, end_check, None))
                if not entry.honorific and title[:1].isupper():
                    # as the regex's [Dd] class: the first letter in either case
                    keys.extend((lower + title[1:], end_check, None) for lower in title[0].lower())
            self._title_finder = LiteralFinder(keys)
        return [(start, end) for start, end, _ in self._title_finder.find(text)]

    def is_honorific(self, title: str) -> bool:
        entry = self.titles.get(title) or self.titles.get(title[:1].upper() + title[1:])
        return entry is not None and entry.honorific

    def prepared(self) -> Vocabulary:
        """This vocabulary with its matchers built: call before handing it to worker threads."""
        self.matcher()
        self.title_pattern()
        self.find_titles("")
        return self


# -- reading ------------------------------------------------------------------


def read_text(path: Path) -> str:
    source = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FormatError("no such vocabulary file", source=source, hint="check the name and folder") from None
    except OSError as exc:
        raise FormatError(f"cannot read the vocabulary: {exc.strerror or exc}", source=source) from None
    if len(data) > MAX_VOCABULARY_BYTES:
        raise FormatError(f"the vocabulary is larger than {MAX_VOCABULARY_BYTES // 2**20} MiB", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FormatError("the file is not UTF-8 text", source=source, line=line,
                          hint="save the CSV as UTF-8 (in a spreadsheet: CSV UTF-8)") from None


def csv_rows(text: str, source: str, header: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line, row) for each data row, checking the header names the columns we need."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        first = next(reader, None)
    except csv.Error as exc:
        raise FormatError(f"not a CSV file: {exc}", source=source, line=1) from None
    if first is None:
        return
    names = [c.strip().lower() for c in first]
    missing = [c for c in header if c not in names]
    if missing:
        raise FormatError(
            f"the header row lacks the column(s) {', '.join(missing)}", source=source, line=1,
            hint=f"the first row must name the columns: {','.join(header)}",
        )
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise FormatError(f"broken CSV row: {exc}", source=source, line=line) from None
        line = reader.line_num  # a quoted cell may span lines: report where the row ends
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(names):
            raise FormatError(
                f"the row has {len(cells)} cells but the header names {len(names)} columns",
                source=source, line=line, hint='put cells that contain a comma in double quotes',
            )
        yield line, {n: (cells[i].strip() if i < len(cells) else "") for i, n in enumerate(names)}


def parse_csv(text: str, source: str = "<vocabulary>") -> Vocabulary:
    """A vocabulary from CSV text with the columns term, kind, name, ref."""
    vocab = Vocabulary()
    for line, row in csv_rows(text, source, ("term", "kind")):
        term, kind = row["term"], row["kind"].lower()
        if not term:
            raise FormatError("the term is empty", source=source, line=line)
        if kind == TITLE_KIND:
            vocab.add_title(Title(term, honorific=row.get("honorific", "").lower() in ("yes", "true", "1")))
            continue
        if kind not in ENTITY_KINDS:
            raise FormatError(
                f"unknown kind {row['kind']!r} for {term!r}", source=source, line=line,
                hint=f"use one of {', '.join((*ENTITY_KINDS, TITLE_KIND))}",
            )
        vocab.add(Term(term, kind, row.get("name") or term, row.get("ref") or None))
    return vocab


def load_csv(path: str | Path) -> Vocabulary:
    """Read a user vocabulary CSV (term, kind, name, ref)."""
    path = Path(path)
    return parse_csv(read_text(path), str(path))


def load_titles(path: str | Path) -> dict[str, Title]:
    """Read a titles CSV (title, language, honorific)."""
    path = Path(path)
    titles: dict[str, Title] = {}
    for line, row in csv_rows(read_text(path), str(path), ("title",)):
        if not row["title"]:
            raise FormatError("the title is empty", source=str(path), line=line)
        titles[row["title"]] = Title(row["title"], row.get("honorific", "").lower() in ("yes", "true", "1"))
    return titles


def load_shipped(vocabularies_dir: str | Path) -> Vocabulary:
    """The vocabularies that ship with the app (pass ``app.paths.resources_dir() / 'vocabularies'``)."""
    folder = Path(vocabularies_dir)
    vocab = Vocabulary()
    for name in SHIPPED_TERMS:
        vocab.update(load_csv(folder / name))
    vocab.titles.update(load_titles(folder / SHIPPED_TITLES))
    return vocab


def is_xml(path: Path) -> bool:
    """Whether a vocabulary file is XML (SKOS) rather than CSV, judged by its content, not its name."""
    return read_text(path)[:512].lstrip().startswith("<")


# -- the editor's own additions ----------------------------------------------------


def _csv_line(cells: Iterable[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(list(cells))
    return out.getvalue()


def add_entry(vocabulary: Vocabulary, user_csv: str | Path, term: Term) -> None:
    """Add ``term`` to ``vocabulary`` and save it to the editor's CSV (created with a header).

    The file is rewritten atomically, so a crash never leaves half a row behind.
    """
    from app.fileio import atomic_write

    if term.kind not in ENTITY_KINDS:
        raise ValueError(f"unknown kind {term.kind!r}")
    if not term.term.strip():
        raise ValueError("the term is empty")
    path = Path(user_csv)
    existing = read_text(path) if path.exists() else ""
    if existing:
        parse_csv(existing, str(path))  # refuse to append to a file we could not read back
    else:
        existing = _csv_line(CSV_COLUMNS)
    if not existing.endswith("\n"):
        existing += "\n"
    row = _csv_line((term.term, term.kind, term.name, term.ref or ""))
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, (existing + row).encode("utf-8"))
    vocabulary.add(term)
