"""Start time of the bundled ``release-desk`` against the venv's, and the bundle's size.

Not a test: run it (``make bench``, or ``.venv/bin/python benchmarks/bench_bundle_start.py``)
and read the ratios. It builds the bundle first if it is missing or out of date
(packaging/build_bundle.py). Three starts are timed, each with both programs
interleaved round by round so that load on this shared machine falls on both alike:

* ``--version``: the interpreter and the command parser, nothing else;
* ``convert`` of the example release to XML: the importer, the model, lxml;
* the editor window, offscreen, from start until the example is open in it.
  The GUI has no "quit once shown" switch, so the moment the window has opened
  the file is when it records the file in its recent-files list
  ($XDG_CONFIG_HOME/release-desk/state.ini), which it does right after showing it.

Wall-clock medians, since a start is mostly waiting on the disk and the loader.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_EXE = ROOT / ".venv" / "bin" / "release-desk"
EXAMPLE = ROOT / "resources" / "examples" / "unido-shenzhen.txt"
ROUNDS = 9
GUI_ROUNDS = 5
GUI_TIMEOUT = 60.0


def _build() -> Path:
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build_bundle.py")],
                          check=True, capture_output=True, text=True)
    return Path(done.stdout.strip().splitlines()[-1])


def _size(folder: Path) -> tuple[int, int]:
    """Bytes on disk (what ``du`` says) and the number of files."""
    used = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            used += path.stat().st_blocks * 512
            count += 1
    return used, count


def _timed_command(exe: Path, args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([str(exe), *args], check=True, capture_output=True, env=env)
    return time.perf_counter() - started


def _timed_window(exe: Path, env: dict[str, str]) -> float:
    """Seconds from starting the program to the example being open in its window."""
    with tempfile.TemporaryDirectory() as home:
        env = {**env, "HOME": home, "XDG_CONFIG_HOME": f"{home}/config", "XDG_DATA_HOME": f"{home}/data",
               "QT_QPA_PLATFORM": "offscreen"}
        state = Path(home, "config", "release-desk", "state.ini")
        started = time.perf_counter()
        proc = subprocess.Popen([str(exe), str(EXAMPLE)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while time.perf_counter() - started < GUI_TIMEOUT:
                if state.is_file() and EXAMPLE.name in state.read_text(encoding="utf-8", errors="replace"):
                    return time.perf_counter() - started
                if proc.poll() is not None:
                    raise SystemExit(f"{exe} exited with status {proc.returncode} before opening the window")
                time.sleep(0.01)
            raise SystemExit(f"{exe} did not open the example within {GUI_TIMEOUT:.0f} s")
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=30)


def _pair(rounds: int, bundled: Callable[[], float], venv: Callable[[], float]) -> tuple[float, float]:
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(rounds):
        ours.append(bundled())
        theirs.append(venv())
    return statistics.median(ours), statistics.median(theirs)


def main() -> int:
    if not VENV_EXE.is_file():
        raise SystemExit(f"{VENV_EXE} is missing; run `make test` or `make run` once to create the venv")
    bundle = _build()
    exe = bundle / "release-desk"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    used, count = _size(bundle)
    print(f"bundle: {bundle.relative_to(ROOT)}: {used / 2**20:.0f} MiB on disk, {count} files")

    with tempfile.TemporaryDirectory() as out:
        convert = ["convert", str(EXAMPLE), "--to", "xml", "-o", str(Path(out, "x.release.xml"))]
        cases: list[tuple[str, int, Callable[[Path], float]]] = [
            ("--version", ROUNDS, lambda e: _timed_command(e, ["--version"], env)),
            ("convert example to XML", ROUNDS, lambda e: _timed_command(e, convert, env)),
            ("window open on the example", GUI_ROUNDS, lambda e: _timed_window(e, env)),
        ]
        for label, rounds, timed in cases:
            timed(exe)  # warm the page cache for both before timing
            timed(VENV_EXE)
            b, v = _pair(rounds, lambda t=timed: t(exe), lambda t=timed: t(VENV_EXE))
            print(f"{label:28} bundle {b * 1000:6.0f} ms   venv {v * 1000:6.0f} ms   ratio {b / v:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
