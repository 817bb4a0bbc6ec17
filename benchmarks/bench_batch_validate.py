"""Batch validation speed and memory: ``release-desk validate`` against bare lxml, in the same run.

Not a test: run it (``make bench``) and read the ratios. It generates 10,000
native releases of 1-20 KB (2 % invalid) into a temp dir, then times, each as
its own process so start-up counts on both sides:

* bare lxml: one process, the schema compiled once, ``etree.parse`` +
  ``XMLSchema.validate`` per file (and ``isoschematron`` for the second pair);
* ``release-desk validate --profile release-xsd --jobs 1`` and ``--jobs 2``;
* ``release-desk validate --profile release --jobs 1`` (XSD + Schematron);

all with ``--no-cache`` and a JSON report. Targets (files per second, ours /
bare, the median of the per-round ratios): XSD --jobs 1 >= 0.95, XSD --jobs 2
>= 1.7, XSD + Schematron --jobs 1 >= 0.9; peak memory (max RSS of the
process tree, read with RUSAGE_CHILDREN in a wrapper process) <= 2x bare.

Then two more comparisons, as an archivist runs the command (default profile,
default jobs, the cache in a temporary folder):

* start: ``release-desk validate ONE.xml`` against ``python -c "import lxml.etree"``
  (target: at most 1.5x, median of interleaved rounds);
* the cache: a first run over the 10,000 files (fresh cache) against a second
  run over the same unchanged folder (target: the second at least 10x faster,
  median over rounds, each with a new cache), and their reports identical but
  for ``summary.from_cache``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import bench_line

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

FILES = 10_000
INVALID_EVERY = 50  # 2 %
ROUNDS = 5
START_ROUNDS = 11
CACHE_ROUNDS = 5
TODAY = "2026-01-01"

# Peak RSS of everything a command starts, measured in a wrapper so each side is counted alone.
_WRAPPER = """
import resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
elapsed = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(elapsed, usage.ru_maxrss, code, usage.ru_utime + usage.ru_stime)
"""

_BARE = """
import os, sys
from lxml import etree, isoschematron
folder, xsd, sch = sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None
schema = etree.XMLSchema(etree.parse(xsd))
# the same compile option release-desk uses: no svrl:fired-rule elements, which nobody reads
params = {"generate-fired-rule": "'false'"}
schematron = isoschematron.Schematron(etree.parse(sch), compile_params=params) if sch else None
files = sorted(os.path.join(d, f) for d, _, names in os.walk(folder) for f in names if f.endswith(".xml"))
invalid = 0
for path in files:
    tree = etree.parse(path)
    ok = schema.validate(tree)
    if schematron is not None:
        ok = schematron.validate(tree) and ok
    invalid += not ok
print(len(files), invalid)
"""


def _generate(folder: Path) -> None:
    from app.formats import release_xml
    from app.model import Contact, Dateline, Entity, Paragraph, Release

    rng = random.Random(20190424)
    sentence = "The programme supports small and medium enterprises in Shenzhen and across the region. "
    for n in range(FILES):
        paragraphs = []
        for i in range(rng.randint(1, 40)):  # 1-20 KB per file
            text = f"{i}: LI Yong met the Ministry of Health in Geneva. " + sentence * rng.randint(1, 3)
            entities = [Entity(id=f"e{i}", kind="person", start=len(f"{i}: "), end=len(f"{i}: ") + 7)] if i % 3 else []
            paragraphs.append(Paragraph(id=f"p{i}", text=text, entities=entities))
        release = Release(
            id=f"r{n}", headline=f"Release number {n}", dateline=Dateline(place="VIENNA", date=dt.date(2019, 4, 24)),
            body=paragraphs, contacts=[Contact(name="Press office", email="press@example.org", phone="+43 1 26026")],
            keywords=["industry"],
        )
        data = release_xml.write(release)
        if n % INVALID_EVERY == 0:
            data = data.replace(b"press@example.org", b"press at example dot org")  # fails XSD and Schematron
        sub = folder / f"batch{n // 1000:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"release-{n:05d}.xml").write_bytes(data)


def _run(command: list[str], env: dict[str, str]) -> tuple[float, int, float]:
    out = subprocess.run([sys.executable, "-c", _WRAPPER, *command], capture_output=True, text=True,
                         check=True, cwd=PROJECT, env=env).stdout.split()
    return float(out[0]), int(out[1]), float(out[3])


def _measure(commands: dict[str, list[str]], env: dict[str, str],
             rounds: int = ROUNDS) -> dict[str, list[tuple[float, int, float]]]:
    """Wall time, peak RSS (KiB) and CPU time of each command, every round. The commands take turns within
    each round, so a neighbour's load on the machine falls on both sides of a ratio alike."""
    seen: dict[str, list[tuple[float, int, float]]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, command in commands.items():
            seen[name].append(_run(command, env))
    return seen


def _ratio(ours: list[tuple[float, int, float]], base: list[tuple[float, int, float]]) -> float:
    """Median over the rounds of base seconds / our seconds (= our files/s over base files/s)."""
    return statistics.median(b[0] / o[0] for o, b in zip(ours, base, strict=True))


def _without_count(path: Path) -> dict:
    report = json.loads(path.read_text())
    return {**report, "summary": {k: v for k, v in report["summary"].items() if k != "from_cache"}}


def _start_and_cache(folder: Path, tmp: Path, env: dict[str, str]) -> bool:
    """The start of a one-file run against lxml's import, and a second run from the cache against the first."""
    # a valid release, the common case (every 50th generated file is invalid)
    one = next(p for p in sorted(folder.rglob("*.xml")) if not p.name.endswith("0.xml"))
    cache_env = {**env, "XDG_CACHE_HOME": str(tmp / "xdg-cache")}
    validate_one = [sys.executable, "-m", "app.cli", "validate", str(one), "--today", TODAY]
    _run(validate_one, cache_env)  # the cache exists, as on a machine where the command has run before
    starts = _measure({"lxml": [sys.executable, "-c", "import lxml.etree"], "one": validate_one}, cache_env,
                      START_ROUNDS)
    start = statistics.median(o[0] / b[0] for o, b in zip(starts["one"], starts["lxml"], strict=True))
    print(f"start: release-desk validate ONE.xml {statistics.median(s[0] for s in starts['one']) * 1000:.0f} ms, "
          f"python -c 'import lxml.etree' {statistics.median(s[0] for s in starts['lxml']) * 1000:.0f} ms, "
          f"ratio {start:.2f} (median of {START_ROUNDS} rounds)")
    speedups = []
    for n in range(CACHE_ROUNDS):
        cache = tmp / f"cache-{n}.sqlite"

        def run(report: str, cache: Path = cache) -> float:
            return _run([sys.executable, "-m", "app.cli", "validate", str(folder), "--today", TODAY, "--cache",
                         str(cache), "--report", str(tmp / report)], env)[0]

        first, second = run("first.json"), run("second.json")
        speedups.append(first / second)
        same = _without_count(tmp / "first.json") == _without_count(tmp / "second.json")
        print(f"cache round {n + 1}: first run {first:.2f} s, second run {second:.2f} s, "
              f"{first / second:.1f}x; reports identical but for from_cache: {same}")
        if not same:
            return False
    held = bench_line("validate.start-one-file-vs-import-lxml", start, 1.5, "<=")
    return bench_line("validate.cache-second-run-speedup", statistics.median(speedups), 10, ">=") and held


def main() -> int:
    from app.paths import schemas_dir


    xsd, sch = str(schemas_dir() / "release.xsd"), str(schemas_dir() / "release.sch")
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        # A folder made by an earlier run can be given, to skip generating (quick re-runs).
        folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tmp) / "in"
        if len(sys.argv) == 1:
            folder.mkdir()
            started = time.perf_counter()
            _generate(folder)
            print(f"generated {FILES} releases in {time.perf_counter() - started:.1f} s")

        def ours(profile: str, jobs: int) -> list[str]:
            return [sys.executable, "-m", "app.cli", "validate", str(folder), "--profile", profile,
                    "--jobs", str(jobs), "--today", TODAY, "--no-cache", "--report", str(Path(tmp) / "report.json")]

        # Start-up as installed: compiled bytecode (cached in the temp dir, not the project), even
        # when the caller's environment says not to write it.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        measured = _measure({
            "bare_xsd": [sys.executable, "-c", _BARE, str(folder), xsd],
            "xsd_1": ours("release-xsd", 1),
            "xsd_2": ours("release-xsd", 2),
            "bare_sch": [sys.executable, "-c", _BARE, str(folder), xsd, sch],
            "sch_1": ours("release", 1),
        }, env)
        summary = json.loads((Path(tmp) / "report.json").read_text())["summary"]
        others_held = _start_and_cache(folder, Path(tmp), env)

    def best(runs: list[tuple[float, int, float]]) -> str:
        seconds = statistics.median(r[0] for r in runs)
        return (f"{FILES / seconds:6.0f} files/s  CPU {statistics.median(r[2] for r in runs):5.2f} s  "
                f"peak RSS {max(r[1] for r in runs) / 1024:5.1f} MiB")

    print(f"check: {summary['files']} files, {summary['invalid']} invalid (expected {FILES // INVALID_EVERY})")
    rows = [
        ("bare lxml, XSD", "bare_xsd", None, None, ""),
        ("bare lxml, XSD + Schematron", "bare_sch", None, None, ""),
        ("release-desk, XSD, --jobs 1", "xsd_1", "bare_xsd", 0.95, "validate.xsd.jobs1"),
        ("release-desk, XSD, --jobs 2", "xsd_2", "bare_xsd", 1.7, "validate.xsd.jobs2"),
        ("release-desk, XSD + Schematron, --jobs 1", "sch_1", "bare_sch", 0.9, "validate.xsd+sch.jobs1"),
    ]
    failed = not others_held
    lines = []
    for name, key, base, target, bench in rows:
        line = f"{name:42} {best(measured[key])}"
        if base is not None and target is not None:
            speed = _ratio(measured[key], measured[base])
            memory = max(r[1] for r in measured[key]) / max(r[1] for r in measured[base])
            cpu = statistics.median(b[2] / o[2] for o, b in zip(measured[key], measured[base], strict=True))
            line += (f"  speed ratio {speed:.2f} (>= {target})  memory ratio {memory:.2f} (<= 2.0)"
                     f"  [CPU-time ratio {cpu:.2f}]")
            lines.append((bench, speed, target, memory))
        print(line)
    print("Speed ratios are our files/s over bare lxml's, the median of the per-round ratios; the CPU-time ratio\n"
          "(bare's CPU seconds over ours, all processes) is the same comparison without a neighbour's load.")
    for bench, speed, target, memory in lines:
        failed |= not bench_line(bench, speed, target, ">=")
        failed |= not bench_line(bench + ".memory", memory, 2.0, "<=")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
