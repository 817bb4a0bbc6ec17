"""Batch validation speed and memory: ``release-desk validate`` against bare lxml, in the same run.

Not a test: run it (``make bench``) and read the ratios. It generates 10,000
native releases of 1-20 KB (2 % invalid) into a temp dir, then times, each as
its own process so start-up counts on both sides:

* bare lxml: one process, the schema compiled once, ``etree.parse`` +
  ``XMLSchema.validate`` per file (and ``isoschematron`` for the second pair);
* ``release-desk validate --profile release-xsd --jobs 1`` and ``--jobs 2``;
* ``release-desk validate --profile release --jobs 1`` (XSD + Schematron).

Targets (files per second, ours / bare): XSD --jobs 1 >= 0.8, XSD --jobs 2
>= 1.5, XSD + Schematron --jobs 1 >= 0.8; peak memory (max RSS of the
process tree, read with RUSAGE_CHILDREN in a wrapper process) <= 2x bare.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

FILES = 10_000
INVALID_EVERY = 50  # 2 %
ROUNDS = 5
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


def _measure(commands: dict[str, list[str]], env: dict[str, str]) -> dict[str, tuple[float, int, float]]:
    """Best wall time over ROUNDS, the peak RSS (KiB) seen and the least CPU time, per command. The
    commands take turns within each round, so a neighbour's load on the machine falls on both sides
    of a ratio alike."""
    best: dict[str, tuple[float, int, float]] = {}
    for _ in range(ROUNDS):
        for name, command in commands.items():
            out = subprocess.run([sys.executable, "-c", _WRAPPER, *command], capture_output=True, text=True,
                                 check=True, cwd=PROJECT, env=env).stdout.split()
            seconds, peak, cpu = float(out[0]), int(out[1]), float(out[3])
            before = best.get(name, (float("inf"), 0, float("inf")))
            best[name] = (min(before[0], seconds), max(before[1], peak), min(before[2], cpu))
    return best


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
        bare_xsd, xsd_1, xsd_2, bare_sch, sch_1 = (measured[k] for k in ("bare_xsd", "xsd_1", "xsd_2", "bare_sch",
                                                                         "sch_1"))

    def rate(measured: tuple[float, int, float]) -> float:
        return FILES / measured[0]

    print(f"check: {summary['files']} files, {summary['invalid']} invalid (expected {FILES // INVALID_EVERY})")
    rows = [
        ("bare lxml, XSD", bare_xsd, None, None),
        ("bare lxml, XSD + Schematron", bare_sch, None, None),
        ("release-desk, XSD, --jobs 1", xsd_1, bare_xsd, 0.8),
        ("release-desk, XSD, --jobs 2", xsd_2, bare_xsd, 1.5),
        ("release-desk, XSD + Schematron, --jobs 1", sch_1, bare_sch, 0.8),
    ]
    failed = False
    for name, measured, base, target in rows:
        line = (f"{name:42} {rate(measured):6.0f} files/s  CPU {measured[2]:5.2f} s  "
                f"peak RSS {measured[1] / 1024:5.1f} MiB")
        if base is not None and target is not None:
            speed = rate(measured) / rate(base)
            memory = measured[1] / base[1]
            ok = speed >= target and memory <= 2.0
            failed |= not ok
            line += (f"  speed ratio {speed:.2f} (>= {target})  memory ratio {memory:.2f} (<= 2.0)"
                     f"  [CPU-time ratio {base[2] / measured[2]:.2f}]")
            line += "" if ok else "  MISSED"
        print(line)
    print("Speed ratios are files/s of ours over bare lxml, best of each over the rounds; the CPU-time ratio\n"
          "(bare's CPU seconds over ours, all processes) is the same comparison without a neighbour's load.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
