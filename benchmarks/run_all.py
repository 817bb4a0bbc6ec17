"""`make bench`: run every benchmark, even after one misses, then print one table and exit 1 if any missed.

Each benchmark prints its figures as it likes and, for each figure with a
target, one line the table collects::

    BENCH <name> <value> <op><target> held|MISSED        e.g.  BENCH validate.xsd.jobs1 0.97 >=0.95 held

A benchmark that prints no BENCH line is read for lines such as
``ratio 2.13 (target <= 2.5)``; one that fails without a figure is a MISSED
row of its own. The table is Markdown, headed by the date and the machine, so
it can go into the README as it is.

    python benchmarks/run_all.py [--memory-files N] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = re.compile(r"^BENCH (?P<name>\S+) (?P<value>[-\d.]+) (?P<op><=|>=)(?P<target>[-\d.]+) (?P<status>held|MISSED)$")
# the older benchmarks' own wording: "ratio 2.13 (target <= 2.5)", "p99 ratio: 2.10 (median of 5 rounds; target <= 2)"
LOOSE = re.compile(r"(?P<label>[\w ,./-]*?ratio)[: ]+(?P<value>\d+(?:\.\d+)?)x?\b.*?target (?P<op><=|>=) ?"
                   r"(?P<target>\d+(?:\.\d+)?)")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return f"{cpu}, {cores} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}, " \
           f"load average at the end {load}"


def rows_of(script: str, output: str, code: int) -> list[tuple[str, str, str, str]]:
    rows = []
    for line in output.splitlines():
        m = BENCH.match(line.strip())
        if m:
            rows.append((m["name"], m["value"], f"{m['op']} {m['target']}", m["status"]))
    if not rows:
        heading = ""
        for line in output.splitlines():
            if line[:1].strip():
                heading = line.strip()  # an unindented line names what the indented ratio below it is for
            m = LOOSE.search(line)
            if m:
                value, target = float(m["value"]), float(m["target"])
                held = value <= target if m["op"] == "<=" else value >= target
                before = line[: m.start()].split(":")[0].strip()
                if any(c.isalpha() for c in before):
                    what = before
                elif line[:1].isspace():
                    what = f"{heading} ({m['label'].strip()})"
                else:
                    what = m["label"].strip()
                label = f"{script}: {what[:70]}"
                rows.append((label, m["value"], f"{m['op']} {m['target']}", "held" if held else "MISSED"))
    if code != 0 and not any(r[3] == "MISSED" for r in rows):
        rows.append((script, "—", "runs", f"MISSED (exit {code})"))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description="Run every benchmark and print one table.")
    parser.add_argument("--memory-files", default="1000000", help="files in bench_validate_memory.py's big run")
    parser.add_argument("--only", nargs="*", default=None, help="run only these benchmarks (file names)")
    args = parser.parse_args()
    scripts = sorted(HERE.glob("bench_*.py"))
    if args.only:
        scripts = [s for s in scripts if s.name in args.only or s.stem in args.only]
    table: list[tuple[str, str, str, str]] = []
    for script in scripts:
        extra = [args.memory_files] if script.name == "bench_validate_memory.py" else []
        print(f"\n=== {script.name} {' '.join(extra)}", flush=True)
        process = subprocess.Popen([sys.executable, str(script), *extra], stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, text=True, cwd=HERE.parent)
        assert process.stdout is not None
        lines = []
        for line in process.stdout:  # shown as it comes: some benchmarks take minutes
            sys.stdout.write(line)
            sys.stdout.flush()
            lines.append(line)
        table.extend(rows_of(script.name, "".join(lines), process.wait()))
    print(f"\nBenchmarks of {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {machine()}:\n")
    print("| figure | value | target | |")
    print("|---|---:|---|---|")
    for name, value, target, status in table:
        print(f"| {name} | {value} | {target} | {status} |")
    missed = [row for row in table if row[3] != "held"]
    print(f"\n{len(table) - len(missed)} held, {len(missed)} missed")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
