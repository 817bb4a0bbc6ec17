"""The line labeller: a linear-chain CRF that names what each line of a release is.

The model (``resources/importer/line-labeller.crfsuite``) is trained by ``make model``
from labelled releases (``app.formats.textparse.learn``) and loaded the first time a
release is imported. Each line gets a label and the marginal probability of that
label, which the assembler turns into a confidence per field.
"""

from __future__ import annotations

import struct
import threading
from dataclasses import dataclass
from pathlib import Path

from app.formats.textparse.features import line_features
from app.formats.textparse.segment import Line
from app.paths import resources_dir

LABELS: tuple[str, ...] = (
    "kicker",  # letterheads, "PRESS RELEASE", release numbers, separators, page titles
    "date",  # a date or place-and-date line of its own (above the headline, or a sign-off)
    "headline",
    "subheadline",
    "byline",
    "body",
    "about",  # the heading of "About ..." boilerplate or notes to editors
    "boiler",  # boilerplate paragraphs
    "credit",  # a photo credit
    "contact_head",
    "contact",
    "end",  # "###", "-ends-"
    "other",  # footers, source lines, disclaimers, anything else
)

MODEL_NAME = "line-labeller.crfsuite"
WORD_MODEL_NAME = "line-labeller-word.crfsuite"


def shipped_model(word: bool = False) -> Path:
    """The shipped model: one trained on plain text, and one for Word documents trained on text and Word alike
    (Word's layout signals would otherwise blur what plain text teaches)."""
    return resources_dir() / "importer" / (WORD_MODEL_NAME if word else MODEL_NAME)


#: crfsuite's model header: magic, size, type, version, 3 counts and 5 offsets (little-endian uint32s)
_HEADER = struct.Struct("<4sI4sI3I5I")


def check_model_file(path: Path) -> None:
    """Raise ValueError unless ``path`` starts like a whole crfsuite model: crfsuite reads a file whose header
    promises more than is there past its end and crashes the process (a truncated or mangled model)."""
    with path.open("rb") as f:
        head = f.read(_HEADER.size)
        f.seek(0, 2)
        length = f.tell()
    if len(head) < _HEADER.size:
        raise ValueError("not a line-labeller model: too short")
    magic, size, kind, _version, *rest = _HEADER.unpack(head)
    offsets = rest[3:]
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError("not a line-labeller model")
    if size != length or any(not _HEADER.size <= off <= size for off in offsets):
        raise ValueError("not a line-labeller model: truncated or damaged")


@dataclass(frozen=True)
class Labelled:
    """A line with its label, the label's marginal probability, and every label's marginal."""

    line: Line
    label: str
    probability: float
    marginals: dict[str, float]
    forced: bool = False  # the editor gave this label (Import Source): no rule of the assembler changes it


class Labeller:
    """A trained model, opened once; tagging is serialised because a crfsuite tagger holds state."""

    def __init__(self, path: Path) -> None:
        import pycrfsuite  # ~2 ms; only when a release is first imported

        self.path = path
        check_model_file(path)
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self._labels = [label for label in self._tagger.labels() if label]
        self._lock = threading.Lock()

    def label(self, lines: list[Line]) -> list[Labelled]:
        if not lines:
            return []
        xseq = line_features(lines)
        with self._lock:
            self._tagger.set(xseq)
            tags = self._tagger.tag()
            marginals = [{lab: self._tagger.marginal(lab, t) for lab in self._labels} for t in range(len(lines))]
        return [Labelled(line, tag, m[tag], m) for line, tag, m in zip(lines, tags, marginals, strict=True)]


_cache: dict[Path, Labeller] = {}
_cache_lock = threading.Lock()
_default: list[Path] = []


def use_model(path: Path | None) -> None:
    """Import with the model at ``path`` from now on (None: the shipped one); for scoring a fold's model."""
    _default[:] = [path] if path is not None else []
    if path is not None:
        with _cache_lock:  # a model retrained into the same file is read again
            _cache.pop(path, None)


def labeller(path: Path | None = None, *, word: bool = False) -> Labeller:
    """The labeller for the model at ``path`` (default: the chosen model, else the shipped one for text or for
    Word), loaded once."""
    path = path or (_default[0] if _default else shipped_model(word))
    with _cache_lock:
        found = _cache.get(path)
        if found is None:
            found = _cache[path] = Labeller(path)
        return found
