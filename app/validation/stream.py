"""A batch run as a stream: paths in, one FileResult out per path, in the same order, in flat memory.

The command line's engine (the GUI's folder check uses :func:`batch.run`). The
paths come one by one (``walk.iter_files``) and are cut into chunks. For each
chunk the parent first asks the cache which files are unchanged since their
verdict was stored (a stat and one query, no read); the rest go to a worker
process, which reads and hashes them, takes any verdict the cache holds for
those bytes, checks the others, and sends back compact rows; with ``--jobs N``
there are N - 1 workers, and the parent checks every N-th chunk itself. The parent keeps
a few chunks in flight per worker, takes them back in order, stores the new
verdicts and hands the results on: it never holds more than the chunks in
flight, whatever the number of files.

With a cache and workers, a forked process (:class:`_StatAhead`) walks the
folders and takes each file's stat a chunk or two ahead, so that a re-run the
cache answers spends this process's time on look-ups and reports only.

``--jobs 1`` (or a run too small to share) does the same in this process.
Workers ignore Ctrl+C (it reaches the whole process group): the parent asks
``cancelled`` after every chunk and stops them itself.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.validation.batch import _MIN_FILES_PER_WORKER, Checker, FileResult, RunSpec, _context, default_jobs
from app.validation.cache import CacheReader, Stamp, VerdictCache, decode_issues, stamp
from app.validation.issues import Issue

_new_row = tuple.__new__  # FileResult.__new__ by hand, in one step

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

#: Files per chunk: the cache is asked about a chunk in one query, and a worker gets a chunk at a time.
#: 512 rather than 128: a re-run that the cache answers whole costs 8 % less (fewer queries and hand-overs),
#: and a chunk of small releases still checks in a fraction of a second (Ctrl+C and progress stay prompt).
CHUNK = 512
#: Chunks in flight per worker: enough that a worker never waits for the parent, few enough to stay small.
_AHEAD = 3

# A worker's row: verdict, sha256, size, profile, issues, from the cache?, stat when read
_Row = tuple[str, str | None, int | None, str | None, tuple[Issue, ...], bool, Stamp | None]


def check_paths(checker: Checker, reader: CacheReader | None, paths: list[str]) -> list[_Row]:
    """Read and hash every file of ``paths``, take the verdicts the cache has for those bytes, check the rest."""
    import hashlib

    loaded: list[tuple[str, FileResult | tuple[bytes, str, Stamp]]] = []
    for path in paths:
        try:
            read = checker.read(path)
        except Exception as error:
            read = _failed(path, error)
        if isinstance(read, FileResult):
            loaded.append((path, read))
        else:
            data, info = read
            loaded.append((path, (data, hashlib.sha256(data).hexdigest(), stamp(info))))
    known = reader.by_digest(item[1] for _, item in loaded if isinstance(item, tuple)) if reader else {}
    rows: list[_Row] = []
    for path, item in loaded:
        if isinstance(item, FileResult):
            r = item
            rows.append((r.verdict, r.sha256, r.size, r.profile, r.issues, False, None))
            continue
        data, digest, info = item
        hit = known.get(digest)
        if hit is not None:
            verdict, profile, issues = hit
            rows.append((verdict, digest, len(data), profile, decode_issues(issues), True, info))
            continue
        try:
            r = checker.check_bytes(path, data, digest)
        except Exception as error:
            r = _failed(path, error)
        rows.append((r.verdict, r.sha256, r.size, r.profile, r.issues, False, info))
    return rows


def _failed(path: str, error: Exception) -> FileResult:
    return FileResult(path, "unreadable", issues=(Issue(
        "error", f"The validator failed on this file: {type(error).__name__}: {error}", code="internal-error"),))


# -- worker processes ---------------------------------------------------------------------

_WORKER: tuple[Checker, CacheReader | None] | None = None
# The parent's Checker, its profiles already compiled: a forked worker starts with it instead of
# compiling them again (a started or spawned worker does not see it, and compiles its own).
_INHERITED: Checker | None = None


def _init_worker(spec: RunSpec, cache: tuple[Path, str] | None) -> None:
    global _WORKER  # noqa: PLW0603 - the worker process's one piece of state
    # Ctrl+C reaches the whole process group: the parent decides what stops, and when
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    reader = None
    if cache is not None:
        try:
            reader = CacheReader(*cache)
        except Exception:
            reader = None
    checker = _INHERITED if _INHERITED is not None and _INHERITED.spec == spec else Checker(spec)
    _WORKER = (checker, reader)


def _serve(connection: Connection, spec: RunSpec, cache: tuple[Path, str] | None) -> None:
    """A worker: take a chunk of paths, send back its rows, until told to stop (None) or the parent is gone."""
    _init_worker(spec, cache)
    assert _WORKER is not None
    checker, reader = _WORKER
    try:
        while (paths := connection.recv()) is not None:
            connection.send(check_paths(checker, reader, paths))
    except (EOFError, OSError):
        pass  # the parent stopped listening: nothing left to do


class _Workers:
    """Worker processes, each on its own pipe: chunk k goes to worker k mod n, and the parent reads the
    answers in the same order. No threads and no queues in the parent: a pipe per worker is all it takes,
    and it costs the parent less per file than a pool's machinery."""

    def __init__(self, count: int, spec: RunSpec, cache: tuple[Path, str] | None) -> None:
        self.context = _context()
        self.args = (spec, cache)
        self.connections: list[Connection] = []
        self.processes: list[Any] = []
        for _ in range(count):
            connection, process = self._start()
            self.connections.append(connection)
            self.processes.append(process)

    def _start(self) -> tuple[Connection, Any]:
        ours, theirs = self.context.Pipe()
        process = self.context.Process(target=_serve, args=(theirs, *self.args), daemon=True)
        process.start()
        theirs.close()
        return ours, process

    def restart(self, worker: int) -> None:
        """A new process in a dead worker's place (the chunks it held are the caller's to resend)."""
        self.connections[worker].close()
        self.processes[worker].join(timeout=5)
        self.connections[worker], self.processes[worker] = self._start()

    def send(self, worker: int, paths: list[str]) -> bool:
        try:
            self.connections[worker].send(paths)
            return True
        except (OSError, ValueError):
            return False

    def receive(self, worker: int) -> list[_Row] | None:
        """The worker's rows for its oldest chunk, or None when it died (out of memory, a crash in C)."""
        try:
            return self.connections[worker].recv()  # type: ignore[no-any-return]
        except (EOFError, OSError):
            return None

    def close(self, *, finish: bool) -> None:
        """Let idle workers leave (``finish``), or stop them at once (a cancelled run)."""
        for connection, process in zip(self.connections, self.processes, strict=True):
            if finish:
                with contextlib.suppress(OSError, ValueError):
                    connection.send(None)
            else:
                process.terminate()
        for connection, process in zip(self.connections, self.processes, strict=True):
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join()
            connection.close()


# -- the run ------------------------------------------------------------------------------


class _Chunk:
    __slots__ = ("hits", "misses", "paths", "rows", "stamps")

    def __init__(self, paths: list[str]) -> None:
        self.paths = paths
        self.hits: dict[str, tuple[str, Any]] = {}
        self.stamps: dict[str, Stamp] = {}
        self.misses: list[str] = paths
        self.rows: list[_Row] | None = None


class Run:
    """Iterate to get the results, in the order of ``files``. After (or during) the iteration:
    ``from_cache`` (verdicts the cache gave), ``done`` and ``cancelled``."""

    def __init__(self, files: Iterable[str], spec: RunSpec, *, jobs: int | None = None,
                 checker: Checker | None = None, cache: VerdictCache | None = None,
                 cancelled: Callable[[], bool] | None = None, chunk: int = CHUNK) -> None:
        today = checker.today if checker else spec.today
        self.spec = spec.on(today) if today else spec
        self.files = iter(files)
        self.jobs = max(1, jobs or default_jobs())
        self.checker = checker
        self.cache = cache
        self.is_cancelled = cancelled or (lambda: False)
        self.chunk = chunk
        self.from_cache = 0
        self.done = 0
        self.cancelled = False

    def __iter__(self) -> Iterator[FileResult]:
        for results in self.batches():
            yield from results

    def batches(self) -> Iterator[list[FileResult]]:
        """The results a chunk at a time, in order (what the command line writes a chunk at a time)."""
        # A run too small to share stays in this process: starting workers would cost more.
        head = list(islice(self.files, _MIN_FILES_PER_WORKER * self.jobs))
        workers = min(self.jobs, max(1, len(head) // _MIN_FILES_PER_WORKER))
        chunks: Iterator[tuple[list[str], dict[str, Stamp] | None]] = (
            (paths, None) for paths in _chunks(head, self.files, self.chunk))
        if workers <= 1:
            yield from self._local(chunks)
            return
        ahead = _StatAhead.start(chunks) if self.cache is not None else None
        try:
            yield from self._pool(iter(ahead) if ahead is not None else chunks, workers)
        finally:
            if ahead is not None:
                ahead.close()

    # -- the two ways of running a chunk's misses

    def _local(self, chunks: Iterator[tuple[list[str], dict[str, Stamp] | None]]) -> Iterator[list[FileResult]]:
        checker = self.checker or Checker(self.spec)
        for paths, stamps in chunks:
            chunk = self._prepare(paths, stamps)
            chunk.rows = check_paths(checker, self.cache, chunk.misses) if chunk.misses else []
            yield self._finish(chunk)
            if self.is_cancelled():
                self.cancelled = True
                return

    def _pool(self, chunks: Iterator[tuple[list[str], dict[str, Stamp] | None]], jobs: int,
              ) -> Iterator[list[FileResult]]:
        """``jobs`` share the work: ``jobs - 1`` worker processes and this one, which checks every ``jobs``-th
        chunk itself between merging and writing. On two cores that is two processes, not three: the parent's
        bookkeeping no longer takes turns with two workers, and its own share is never pickled."""
        global _INHERITED  # noqa: PLW0603 - read by forked workers only (see above)
        cache = (self.cache.path, self.cache.fingerprint) if self.cache else None
        _INHERITED = self.checker
        workers = jobs - 1
        local = workers  # the slot of this process
        checker: Checker | None = None
        pool: _Workers | None = None
        pending: deque[tuple[_Chunk, int]] = deque()
        turn = 0
        try:
            while True:
                while len(pending) < jobs * _AHEAD:
                    given = next(chunks, None)
                    if given is None:
                        break
                    chunk = self._prepare(*given)
                    worker = -1
                    chunk.rows = None
                    if chunk.misses:
                        worker, turn = turn, (turn + 1) % jobs
                        if worker != local:
                            if pool is None:  # started on the first file the cache cannot answer
                                pool = _Workers(workers, self.spec, cache)
                            if not pool.send(worker, chunk.misses):
                                chunk.rows = _crashed(chunk.misses, "the worker process is gone")
                    else:
                        chunk.rows = []
                    pending.append((chunk, worker))
                if not pending:
                    return
                chunk, worker = pending.popleft()
                if chunk.rows is None and worker == local:
                    checker = checker or self.checker or Checker(self.spec)
                    chunk.rows = check_paths(checker, self.cache, chunk.misses)
                elif chunk.rows is None:
                    assert pool is not None
                    chunk.rows = pool.receive(worker)
                    if chunk.rows is None:  # the worker died on this chunk: its files say so, a new one goes on
                        chunk.rows = _crashed(chunk.misses, "the worker process stopped")
                        pool.restart(worker)
                        for waiting, on in pending:
                            if on == worker and waiting.rows is None and not pool.send(worker, waiting.misses):
                                waiting.rows = _crashed(waiting.misses, "the worker process is gone")
                yield self._finish(chunk)
                if self.is_cancelled():
                    self.cancelled = True
                    return
        finally:
            _INHERITED = None
            if pool is not None:
                pool.close(finish=not self.cancelled and not pending)

    # -- the parent's part of every chunk

    def _prepare(self, paths: list[str], stamps: dict[str, Stamp] | None = None) -> _Chunk:
        """Answer from the cache what the stat says is unchanged; the rest are the chunk's misses. ``stamps``:
        the files' stats when a :class:`_StatAhead` took them."""
        chunk = _Chunk(paths)
        if self.cache is None:
            return chunk
        if stamps is None:
            chunk.stamps = stamps = _stamps(paths)
        else:
            chunk.stamps = stamps
        chunk.hits = self.cache.by_stamp(stamps)
        if chunk.hits:
            chunk.misses = [p for p in paths if p not in chunk.hits]
        return chunk

    def _finish(self, chunk: _Chunk) -> list[FileResult]:
        assert chunk.rows is not None
        hits, stamps = chunk.hits, chunk.stamps
        if not chunk.misses:  # a chunk the cache answered whole: most chunks of a re-run
            results = [_new_row(FileResult, (path, verdict, digest, stamps[path][0], profile,
                                            () if issues == "[]" else decode_issues(issues)))
                       for path in chunk.paths for digest, (verdict, profile, issues) in (hits[path],)]
            self.from_cache += len(results)
            self.done += len(results)
            return results
        rows = iter(chunk.rows)
        results = []
        new: list[tuple[FileResult, Stamp | None]] = []
        for path in chunk.paths:
            hit = hits.get(path)
            if hit is not None:
                digest, (verdict, profile, issues) = hit
                results.append(FileResult(path, verdict, digest, stamps[path][0], profile, decode_issues(issues)))
                self.from_cache += 1
                continue
            verdict, digest, size, profile, issues, cached, info = next(rows)
            result = FileResult(path, verdict, digest, size, profile, issues)
            results.append(result)
            if cached:
                self.from_cache += 1
            if self.cache is not None and (not cached or info is not None):
                new.append((result, info))
        if self.cache is not None and new:
            self.cache.store(new)
        self.done += len(results)
        return results


def _stamps(paths: list[str]) -> dict[str, Stamp]:
    """path -> stat, for the files that have one (what is wrong with the others, the worker says)."""
    stamps = {}
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue
        stamps[path] = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)  # ``stamp``, inlined
    return stamps


class _StatAhead:
    """The walk and the stats of a run with a cache, done by a forked process a few chunks ahead of this one.

    A re-run the cache answers is bookkeeping in this process: the walk and a stat per file (about a third of
    it, mostly time in the kernel) can overlap the look-ups and the reports. The process is forked (it goes on
    with the very iterator of chunks this one made) and sends each chunk's paths and stats through a pipe; the
    pipe's size keeps it at most a chunk or two ahead, so memory stays flat. It is used only where workers are
    (``--jobs`` 2 or more, POSIX, this process single-threaded: never from the GUI's threads). Should it die
    early, this process takes the chunks it did not send and stats them itself."""

    _HEADER = 8

    def __init__(self, pid: int, read_end: int, chunks: Iterator[tuple[list[str], dict[str, Stamp] | None]]) -> None:
        self.pid = pid
        self.input = open(read_end, "rb", buffering=1 << 16)  # noqa: SIM115 - closed by close()
        self.fallback = chunks  # this process's own copy of the iterator, at the fork
        self.received = 0  # chunks taken from the pipe
        self.ended = False

    @classmethod
    def start(cls, chunks: Iterator[tuple[list[str], dict[str, Stamp] | None]]) -> _StatAhead | None:
        if not hasattr(os, "fork") or ("threading" in sys.modules and sys.modules["threading"].active_count() > 1):
            return None
        sys.stdout.flush()
        sys.stderr.flush()
        read_end, write_end = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            return None
        if pid == 0:  # pragma: no cover - the child; its work shows in the parent's results
            os.close(read_end)
            _stat_ahead_child(chunks, write_end)
        os.close(write_end)
        return cls(pid, read_end, chunks)

    def __iter__(self) -> Iterator[tuple[list[str], dict[str, Stamp] | None]]:
        import marshal

        while not self.ended:
            header = self.input.read(self._HEADER)
            data = self.input.read(int.from_bytes(header, "little")) if len(header) == self._HEADER else b""
            try:
                record = marshal.loads(data) if data else None
            except (EOFError, ValueError, TypeError):
                record = None
            if record is None or record[0] == "error":
                self.close()
                if record is not None:
                    raise RuntimeError(f"listing the files to check failed: {record[1]}")
                # the process died (killed, out of memory): go on with the chunks it did not send
                for _ in range(self.received):
                    next(self.fallback, None)
                yield from self.fallback
                return
            if record[0] == "end":
                self.ended = True
                return
            if record[0] == "note":  # what the walk said (a symlinked folder skipped), in its place
                sys.stderr.write(record[1])
                continue
            self.received += 1
            yield record[1], record[2]

    def close(self) -> None:
        if self.pid:
            pid, self.pid = self.pid, 0
            if not self.ended:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.waitpid(pid, 0)
            self.input.close()


def _stat_ahead_child(chunks: Iterator[tuple[list[str], dict[str, Stamp] | None]], write_end: int) -> None:
    """The forked process of :class:`_StatAhead`: each chunk's paths and stats, then "end". Never returns."""
    import io
    import marshal

    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C reaches the group: the parent decides
        said = sys.stderr = io.StringIO()  # what the walk says goes to the parent, which says it in its place
        with open(write_end, "wb", buffering=1 << 16) as out:

            def send(record: tuple[object, ...]) -> None:
                data = marshal.dumps(record)
                out.write(len(data).to_bytes(_StatAhead._HEADER, "little"))
                out.write(data)

            try:
                for paths, _ in chunks:
                    if said.tell():
                        send(("note", said.getvalue()))
                        said.seek(0)
                        said.truncate()
                    send(("chunk", paths, _stamps(paths)))
                    out.flush()  # the parent starts on it now
                if said.tell():
                    send(("note", said.getvalue()))
                send(("end",))
            except Exception as error:  # the walk failed: the parent says so, as it would have in-process
                send(("error", f"{type(error).__name__}: {error}"))
    except BaseException:  # the parent went away (a broken pipe) or stopped us
        code = 1
    finally:
        os._exit(code)


def _chunks(head: list[str], rest: Iterator[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(head), size):
        yield head[start : start + size]
    while True:
        chunk = list(islice(rest, size))
        if not chunk:
            return
        yield chunk


def _crashed(paths: list[str], why: str) -> list[_Row]:
    issue = Issue("error", f"The validator process stopped while checking this batch ({why}); "
                  "check the file on its own", code="worker-crashed")
    return [("unreadable", None, None, None, (issue,), False, None) for _ in paths]
