"""Batch validation: every file of a folder gets a verdict and all its issues, whatever it holds.

The cost that matters is per file, so a file is read once (the SHA-256 comes
from the same bytes), parsed once by the hardened parser, and its tree is
checked directly: no Release is built. Workers are processes (an XMLSchema
keeps only its last run's error log, and libxml2 holds the GIL while it
works), each compiles its profiles once, and each is handed batches of
files, not one task per file.

Hostile files never stop a run: every failure becomes that file's row.
Results come back sorted by path, so a report is the same whatever ``jobs``.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from app.formats.errors import FormatError, UnsafeXMLError
from app.formats.limits import MAX_BYTES
from app.validation.frozen import Frozen, set_field
from app.validation.intake import older_nitf, shown_path, unchecked_issue, wrong_root_issue
from app.validation.issues import Issue
from app.validation.profiles import NAMESPACE, NITF, Profile, ProfileError, by_namespace

if TYPE_CHECKING:
    import multiprocessing.context

    from lxml import etree

    from app.validation.validator import CompiledProfile

#: "refused-unsafe": well-formed, but refused for safety (an external entity, an entity expansion bomb).
#: "unchecked": read, but no profile applies to its root namespace (not a judgement on the file).
VERDICTS = ("valid", "invalid", "not-well-formed", "unreadable", "refused-unsafe", "unchecked")
#: Below this many files per worker a pool costs more than it saves.
_MIN_FILES_PER_WORKER = 64
_MAX_BATCH = 256
_MIN_BATCH = 16


class FileResult(tuple):
    """One file's row: the verdict, the SHA-256 of the bytes checked, and every issue.

    A tuple underneath, as a named tuple is (without the named tuple's cost at import): a re-run the cache
    answers makes one per file, and a tuple is made in one step (``tuple.__new__(FileResult, row)``)."""

    __slots__ = ()
    _fields = ("path", "verdict", "sha256", "size", "profile", "issues")
    path: str = property(itemgetter(0))  # type: ignore[assignment]
    verdict: str = property(itemgetter(1))  # type: ignore[assignment]
    sha256: str | None = property(itemgetter(2))  # type: ignore[assignment]
    size: int | None = property(itemgetter(3))  # type: ignore[assignment]
    profile: str | None = property(itemgetter(4))  # type: ignore[assignment]
    issues: tuple[Issue, ...] = property(itemgetter(5))  # type: ignore[assignment]

    def __new__(cls, path: str, verdict: str, sha256: str | None = None, size: int | None = None,  # noqa: PLR0917 - positional, as the dataclass was
                profile: str | None = None, issues: tuple[Issue, ...] = ()) -> FileResult:
        return tuple.__new__(cls, (path, verdict, sha256, size, profile, issues))

    def __getnewargs__(self) -> tuple[object, ...]:  # pickled by value
        return tuple(self)

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self, strict=True))
        return f"FileResult({shown})"

    @property
    def errors(self) -> int:
        return sum(1 for i in self.issues if i.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for i in self.issues if i.severity == "warning")


class RunSpec(Frozen):
    """What to check against: one ``profile`` for every file, or else the first of ``profiles``
    that claims the file's root namespace. ``today`` feeds the "not in the future" rules; ``status``,
    when given, stands in for each release's own status (``--status approved``: the verdicts of approving)."""

    __slots__ = ("max_bytes", "profile", "profiles", "status", "today")
    _fields = ("profile", "profiles", "today", "max_bytes", "status")
    profile: Profile | None
    profiles: tuple[Profile, ...]
    today: dt.date | None
    max_bytes: int
    status: str | None

    def __init__(self, profile: Profile | None = None, profiles: tuple[Profile, ...] = (),
                 today: dt.date | None = None, max_bytes: int = MAX_BYTES, status: str | None = None) -> None:
        set_field(self, "profile", profile)
        set_field(self, "profiles", profiles)
        set_field(self, "today", today)
        set_field(self, "max_bytes", max_bytes)
        set_field(self, "status", status)

    def on(self, today: dt.date | None) -> RunSpec:
        """This spec with ``today`` set (what dataclasses.replace(spec, today=...) did)."""
        return RunSpec(self.profile, self.profiles, today, self.max_bytes, self.status)


class RunResult:
    """A whole run kept in memory (the GUI's folder check). A plain class, not a dataclass: each
    dataclass costs the start of `release-desk validate` a millisecond or two to build."""

    __slots__ = ("cancelled", "results")

    def __init__(self, results: list[FileResult] | None = None, cancelled: bool = False) -> None:
        self.results: list[FileResult] = [] if results is None else results
        self.cancelled = cancelled

    def __repr__(self) -> str:
        return f"RunResult(results={self.results!r}, cancelled={self.cancelled!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RunResult):
            return NotImplemented
        return (self.results, self.cancelled) == (other.results, other.cancelled)

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass was

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(VERDICTS, 0)
        for result in self.results:
            counts[result.verdict] += 1
        return counts


# -- one file -----------------------------------------------------------------

# What the hardened parser's refusal was about, for a stable id in reports.
_REFUSALS = (
    ("file is empty", "empty-file"),
    ("mib; release desk reads", "too-large"),
    ("doctype was refused", "doctype-refused"),
    ("entity expansion refused", "entity-expansion"),
    ("too deeply nested", "too-deep"),
    ("encoding", "bad-encoding"),
    ("this is not xml", "not-xml"),
)


def refusal_code(error: FormatError) -> str:
    if isinstance(error, UnsafeXMLError):
        return error.reason
    lowered = error.message.lower()
    return next((code for marker, code in _REFUSALS if marker in lowered), "not-well-formed")


def _link_target(path: str) -> str:
    try:
        return shown_path(os.readlink(path))
    except OSError:
        return "a file that is gone"


def _unreadable(path: str, error: OSError) -> FileResult:
    if isinstance(error, FileNotFoundError) and os.path.islink(path):
        code, text = "dangling-link", (f"the file is a symbolic link to {_link_target(path)}, which does not "
                                       "exist (a dangling link); fix or remove the link")
    elif isinstance(error, FileNotFoundError):
        code, text = "file-missing", "the file is not there (deleted or moved before it could be read)"
    elif isinstance(error, PermissionError):
        code, text = "permission-denied", "permission denied; ask for read access to the file"
    elif isinstance(error, IsADirectoryError):
        code, text = "not-a-file", ("this is not a regular file (a folder, a pipe, a socket or a device); "
                                    "it was not opened")
    else:
        code, text = "read-error", f"the file cannot be read: {error.strerror or error}"
    return FileResult(path, "unreadable", issues=(Issue("error", text[:1].upper() + text[1:], code=code),))


def _read(path: str, limit: int) -> bytes | None:
    """The file's bytes, or None when it holds more than ``limit``."""
    return _read_stat(path, limit)[0]


def _read_stat(path: str, limit: int) -> tuple[bytes | None, os.stat_result]:
    """The file's bytes (None when it holds more than ``limit``) and its stat when opened. os.open/os.read
    rather than open(): a file object costs as much as reading a 10 KB file, and this runs for every file."""
    # A FIFO, socket or device is never opened (opening one can block or have effects): stat first.
    # O_NONBLOCK and the fstat below still catch one swapped in between.
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise IsADirectoryError(errno.EISDIR, "not a regular file", path)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "not a regular file", path)
        size = info.st_size
        if size > limit:
            return None, info
        first = os.read(fd, size + 1)
        if 0 < len(first) <= size:
            return first, info  # the common case: a regular file, read whole in one call
        chunks = [first]  # empty (maybe a pipe or /proc), or it grew while we read: read on to the limit
        total = len(first)
        while chunks[-1] and total <= limit:
            chunks.append(os.read(fd, max(65536, limit + 1 - total)))
            total += len(chunks[-1])
        if total > limit:
            return None, info
        return b"".join(chunks), info
    finally:
        os.close(fd)


def _first_parser() -> etree.XMLParser:
    """The hardened parser, importing lxml into this module on first use (see ``Checker.__init__``)."""
    global etree  # noqa: PLW0603 - bound once, by the first parse of the process
    from lxml import etree

    from app.formats.safexml import make_parser

    return make_parser()


def _namespace(tag: str) -> str:
    """The namespace of a Clark-notation tag (``{ns}name``), or ""."""
    return tag[1 : tag.index("}")] if tag[:1] == "{" else ""


class Checker:
    """Checks files one by one; compiles each profile on first use and keeps it."""

    def __init__(self, spec: RunSpec) -> None:
        self.spec = spec
        self.today = spec.today or dt.date.today()
        self._compiled: dict[str, CompiledProfile] = {}
        self._by_namespace = by_namespace({p.name: p for p in spec.profiles})
        # One parser for every file of this worker: a new parser per parse costs
        # a third of the parse itself, and a Checker is used by one thread only.
        # Made on the first parse, with lxml's import: a run the cache answers whole
        # parses nothing and starts without lxml (a tenth of such a run).
        self._parser: etree.XMLParser | None = None

    def parse(self, data: bytes, path: str) -> etree._ElementTree:
        """The tree, or FormatError. The common case (plain, well-formed XML, no DOCTYPE) takes one
        parse with the hardened parser; anything else is parsed again by ``parse_bytes``, so the
        refusals and their wording are exactly the hardened factory's."""
        if self._parser is None:
            self._parser = _first_parser()
        try:
            tree = etree.fromstring(data, self._parser).getroottree()
        except etree.XMLSyntaxError:
            tree = None
        if tree is None or tree.docinfo.doctype:
            from app.formats.safexml import parse_bytes

            return parse_bytes(data, path, max_bytes=self.spec.max_bytes)
        return tree

    def compiled(self, profile: Profile) -> CompiledProfile:
        found = self._compiled.get(profile.name)
        if found is None:
            # imported here: a run the cache answers whole compiles nothing and needs none of it
            from app.validation.validator import CompiledProfile

            found = self._compiled[profile.name] = CompiledProfile(profile)
        return found

    def pick(self, tree: etree._ElementTree) -> Profile | None:
        if self.spec.profile is not None:
            return self.spec.profile
        return self._by_namespace.get(_namespace(tree.getroot().tag))

    def read(self, path: str) -> tuple[bytes, os.stat_result] | FileResult:
        """The file's bytes and stat, or its row when it cannot be checked (missing, too large...)."""
        try:
            data, info = _read_stat(path, self.spec.max_bytes)
        except OSError as error:
            return _unreadable(path, error)
        if data is None:
            size = info.st_size
            return FileResult(path, "unreadable", size=size, issues=(Issue(
                "error", f"The file is {size / 2**20:.1f} MiB, over the {self.spec.max_bytes / 2**20:.0f} "
                "MiB limit for one XML file (split it into smaller files)", code="too-large"),))
        return data, info

    def check(self, path: str) -> FileResult:
        read = self.read(path)
        if isinstance(read, FileResult):
            return read
        return self.check_bytes(path, read[0])

    def check_bytes(self, path: str, data: bytes, digest: str | None = None) -> FileResult:
        """The verdict on ``data``, the bytes read from ``path``."""
        if digest is None:
            import hashlib  # here: a run the cache answers whole never loads OpenSSL

            digest = hashlib.sha256(data).hexdigest()
        try:
            tree = self.parse(data, path)
        except FormatError as error:
            verdict = "unreadable" if refusal_code(error) == "too-large" else "not-well-formed"
            if isinstance(error, UnsafeXMLError):
                verdict = "refused-unsafe"
            return FileResult(path, verdict, digest, len(data),
                              issues=(Issue.from_format_error(error, refusal_code(error)),))
        profile = self.pick(tree)
        root = tree.getroot()
        if profile is None or (profile.builtin and profile.name == NITF and older_nitf(root) is not None):
            return FileResult(path, "unchecked", digest, len(data), issues=(unchecked_issue(root),))
        if self.spec.profile is not None:
            # a profile named for the run judges the files of its own format only: any other root is wrong
            # for it, whichever profile was named (a schema may accept foreign roots: NewsML-G2's takes NITF)
            expected = profile.namespaces or ((NAMESPACE,) if profile.forms else ())
            if expected and _namespace(root.tag) not in expected:
                return FileResult(path, "invalid", digest, len(data), profile.name,
                                  (wrong_root_issue(root, profile.name, expected),))
        try:
            issues = self.compiled(profile).check(tree, self.today, self.spec.status)
        except ProfileError as error:
            issues = [Issue("error", str(error), code="profile-error")]
        verdict = "invalid" if any(i.severity == "error" for i in issues) else "valid"
        return FileResult(path, verdict, digest, len(data), profile.name, tuple(issues))

    def check_all(self, paths: Iterable[str]) -> list[FileResult]:
        results = []
        for path in paths:
            try:
                results.append(self.check(path))
            except Exception as error:  # one file's surprise must not end the run
                results.append(FileResult(path, "unreadable", issues=(Issue(
                    "error", f"The validator failed on this file: {type(error).__name__}: {error}",
                    code="internal-error"),)))
        return results


# -- worker processes -----------------------------------------------------------

# One Checker per worker process, made by the pool's initializer: the compiled
# schemas must outlive a single batch, and a process has no other place to keep them.
_WORKER: Checker | None = None


def _init_worker(spec: RunSpec) -> None:
    global _WORKER  # noqa: PLW0603 - the worker process's one piece of state (see above)
    _WORKER = Checker(spec)


_Row = tuple[str, str | None, int | None, str | None, tuple[Issue, ...]]


def _check_batch(paths: list[str]) -> list[_Row]:
    """A batch's results as plain tuples, in the batch's order: they cross the process boundary
    several times cheaper than dataclasses, and the parent knows the paths already."""
    assert _WORKER is not None, "the pool initializer did not run"
    return [(r.verdict, r.sha256, r.size, r.profile, r.issues) for r in _WORKER.check_all(paths)]


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    # fork starts a worker in milliseconds with everything imported; it is only
    # safe while this process has a single thread (the CLI). From the GUI,
    # which has threads, start workers fresh.
    import threading

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


# -- a run ----------------------------------------------------------------------


def discover(inputs: Sequence[str | Path]) -> list[str]:
    """The files to check, sorted: folders recursively (``*.xml``), named files as given (even if missing)."""
    from app.validation.walk import iter_files

    return list(iter_files(inputs))


def prepare(spec: RunSpec) -> Checker:
    """A Checker with the run's fixed profile compiled: a schema that does not compile raises ProfileError
    here, before any file is read. Its ``today`` is the run's."""
    spec = spec.on(spec.today or dt.date.today())
    checker = Checker(spec)
    if spec.profile is not None:
        checker.compiled(spec.profile)
    return checker


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _batches(files: list[str], workers: int, size: int | None) -> list[list[str]]:
    """``files`` cut into batches: big ones first (fewer round trips), shrinking towards the end so the
    workers finish together instead of one idling while another checks a last big batch."""
    if size:
        return [files[i : i + size] for i in range(0, len(files), size)]
    batches, start = [], 0
    while start < len(files):
        step = max(_MIN_BATCH, min(_MAX_BATCH, (len(files) - start) // (workers * 4)))
        batches.append(files[start : start + step])
        start += step
    return batches


def run(
    files: Sequence[str],
    spec: RunSpec,
    *,
    jobs: int | None = None,
    on_results: Callable[[list[FileResult]], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_size: int | None = None,
    checker: Checker | None = None,
) -> RunResult:
    """Check ``files`` (see :func:`discover`); ``on_results`` hears each finished batch, ``cancelled``
    is asked between batches. The result is sorted by path. ``checker`` (from :func:`prepare`) is reused
    when the run stays in this process."""
    # one "today" for every worker, even across midnight
    spec = spec.on(checker.today if checker else (spec.today or dt.date.today()))
    files = sorted(files)
    jobs = max(1, jobs or default_jobs())
    workers = min(jobs, max(1, len(files) // _MIN_FILES_PER_WORKER))
    batches = _batches(files, workers, batch_size)
    outcome = RunResult()
    if workers <= 1:
        checker = checker or Checker(spec)
        for batch in batches:
            if cancelled is not None and cancelled():
                outcome.cancelled = True
                break
            results = checker.check_all(batch)
            outcome.results.extend(results)
            if on_results is not None:
                on_results(results)
    else:
        _run_pool(batches, spec, workers, outcome, on_results=on_results, cancelled=cancelled)
    outcome.results.sort(key=lambda r: r.path)
    return outcome


def _run_pool(batches: list[list[str]], spec: RunSpec, workers: int, outcome: RunResult, *,
              on_results: Callable[[list[FileResult]], None] | None, cancelled: Callable[[], bool] | None) -> None:
    # imported here: a run that stays in one process should not pay for them
    from concurrent.futures import Future, ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_init_worker, initargs=(spec,))
    try:
        futures: dict[Future[list[_Row]], list[str]] = {pool.submit(_check_batch, b): b for b in batches}
        for future in as_completed(futures):
            try:
                results = [FileResult(path, *row) for path, row in zip(futures[future], future.result(), strict=True)]
            except (BrokenProcessPool, OSError, RuntimeError) as error:
                # a worker died (out of memory, a crash in a C library): its files get rows, the run goes on
                results = [FileResult(p, "unreadable", issues=(Issue(
                    "error", f"The validator process stopped while checking this batch ({type(error).__name__}); "
                    "check the file on its own", code="worker-crashed"),)) for p in futures[future]]
            outcome.results.extend(results)
            if on_results is not None:
                on_results(results)
            if cancelled is not None and cancelled():
                outcome.cancelled = True
                break
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
