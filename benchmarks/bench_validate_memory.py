"""Peak memory of ``release-desk validate`` over a huge folder against the same run over 10,000 files.

Not a test: run it (``make bench``) and read the ratio. It writes tiny native
releases (one short paragraph, under 1 KB, every 50th invalid) into a temporary
folder, 1,000 per sub-folder, then runs, each as its own process,

    release-desk validate DIR --profile release-xsd --cache TMP/cache.sqlite
                          --report out.json --report out.jsonl --report out.csv --report out.html

over 10,000 files and over N files (default 1,000,000; ``bench_validate_memory.py N``),
and compares the peak RSS (the largest process of the run's tree, read with
RUSAGE_CHILDREN in a wrapper process). Target: N files within 1.5x of 10,000.

The big folder takes a while: about a minute to write a million files and
a few minutes to check them on two cores. ``--keep DIR`` writes (or reuses)
the folders there instead of a temporary folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import bench_line

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

SMALL = 10_000
TARGET = 1.5
TODAY = "2026-01-01"

_WRAPPER = """
import resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
elapsed = time.perf_counter() - started
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


def _template() -> bytes:
    from app.formats import release_xml
    from app.model import Contact, Dateline, Paragraph, Release

    release = Release(id="rNUMBER", headline="Release NUMBER", dateline=Dateline(place="VIENNA",
                      date=dt.date(2019, 4, 24)), body=[Paragraph(id="p1", text="The board met on NUMBER.")],
                      contacts=[Contact(name="Press office", email="press@example.org")])
    return release_xml.write(release)


def generate(folder: Path, count: int) -> None:
    """``count`` tiny releases, 1,000 per sub-folder; a folder already holding them is kept."""
    marker = folder / f".complete-{count}"
    if marker.exists():
        return
    template = _template()
    bad = template.replace(b"press@example.org", b"press at example dot org")
    started = time.perf_counter()
    for n in range(count):
        sub = folder / f"d{n // 1000:04d}"
        if n % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        data = (bad if n % 50 == 0 else template).replace(b"NUMBER", str(n).encode())
        with open(sub / f"r{n:07d}.xml", "wb") as handle:
            handle.write(data)
    marker.touch()
    print(f"wrote {count:,} releases in {time.perf_counter() - started:.0f} s")


def measure(folder: Path, work: Path) -> tuple[float, int, int]:
    """Seconds, peak RSS (KiB) and exit status of one validate run over ``folder``."""
    work.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "app.cli", "validate", str(folder), "--profile", "release-xsd",
               "--today", TODAY, "--cache", str(work / "cache.sqlite"),
               *(arg for ext in ("json", "jsonl", "csv", "html") for arg in ("--report", str(work / f"out.{ext}")))]
    out = subprocess.run([sys.executable, "-c", _WRAPPER, *command], capture_output=True, text=True, check=True,
                         cwd=PROJECT).stdout.split()
    return float(out[0]), int(out[1]), int(out[2])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="?", type=int, default=1_000_000, help="files in the big run")
    parser.add_argument("--keep", type=Path, help="write (or reuse) the folders here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        base = args.keep or Path(tmp)
        small, big = base / f"files-{SMALL}", base / f"files-{args.files}"
        generate(small, SMALL)
        generate(big, args.files)
        results = {}
        for name, folder in (("small", small), ("big", big)):
            seconds, peak, code = measure(folder, Path(tmp) / name)
            results[name] = (seconds, peak)
            count = SMALL if name == "small" else args.files
            print(f"{count:>9,} files: {seconds:7.1f} s ({count / seconds:,.0f} files/s), peak RSS "
                  f"{peak / 1024:6.1f} MiB, exit {code}")
    ratio = results["big"][1] / results["small"][1]
    print(f"peak memory, {args.files:,} files against {SMALL:,}: {ratio:.2f} (target <= {TARGET})")
    held = bench_line(f"validate.memory.{args.files}-vs-{SMALL}", ratio, TARGET, "<=")
    return 0 if held else 1


if __name__ == "__main__":
    sys.exit(main())
