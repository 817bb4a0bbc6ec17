"""Typing in a 5,000-paragraph release with spell checking on, against the same window with it off.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_spelling.py

Times 200 key presses sent with QTest.keyClick into a paragraph in the middle of
a 5,000-paragraph release (every paragraph different, a few misspelt words in
each screenful), each including everything the window does synchronously for a
keystroke: the release update, the undo step, and a repaint of the whole
visible body with its red waves (more than Qt repaints for a key: the worst
case for the waves). Other features' timers run between keys, untimed.
The same keys go to the same window with Edit > Check Spelling as You Type off.
Rounds alternate on and off; prints the median and p99 per key of each, the
median of the rounds' p99 ratios (target <= 1.2), and the time from loading
the release to its first paint, on and off.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.gui.common.settings import Paths, Preferences, Settings
from app.gui.window.mainwindow import MainWindow
from app.model import Paragraph, Release

PARAGRAPHS = 5_000
KEYS = 200
WARMUP = 20
ROUNDS = 5
VOCABULARY = (
    "the", "forum", "industry", "partnership", "factories", "energy", "emissions", "training", "regional",
    "suppliers", "manufacturers", "government", "sustainable", "development", "clean", "production",
    "workshop", "benchmark", "delegates", "university", "electricity", "sector", "assembly", "textile",
    "finishing", "twinning", "scheme", "innovation", "infrastructure", "financing", "digital", "metering",
    "circular", "supply", "chains", "agreement",
)
TYPOS = ("recieve", "goverment", "enviroment", "occured", "seperate", "definately")


def big_release(seed: int = 7) -> Release:
    rng = random.Random(seed)
    body = []
    for n in range(PARAGRAPHS):
        words = [rng.choice(VOCABULARY) for _ in range(rng.randint(25, 60))]
        if n % 3 == 0:
            words[rng.randrange(len(words))] = rng.choice(TYPOS)
        words.append(f"w{n}x")  # a word of its own per paragraph: no two paragraphs alike
        body.append(Paragraph(f"p{n}", " ".join(words).capitalize() + "."))
    return Release(id="big", headline="A long release for the spelling benchmark", body=body)


def keystrokes() -> list[Qt.Key]:
    letters = [Qt.Key.Key_A, Qt.Key.Key_N, Qt.Key.Key_D, Qt.Key.Key_Space]
    return [letters[n % len(letters)] for n in range(KEYS + WARMUP)]


def time_keys(app: QApplication, window: MainWindow) -> list[float]:
    body = window.form.body
    body.setFocus()
    body.move_to(PARAGRAPHS // 2, 10)
    app.processEvents()
    times = []
    viewport = body.viewport()
    for key in keystrokes():
        start = time.perf_counter()
        QTest.keyClick(body, key)
        viewport.repaint()  # the whole visible body painted now, waves and all: part of the keystroke
        times.append(time.perf_counter() - start)
        # other timers (the Annotations panel's refresh, the counts) run between keys, untimed: they
        # fire alike with spell checking on or off, and their 40 ms would be the p99 of both sides
        app.processEvents()
    return times[WARMUP:]


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98]


def first_paint(app: QApplication, window: MainWindow, release: Release) -> float:
    start = time.perf_counter()
    window.session.load(release, None, None)
    window.form.body.viewport().repaint()
    app.processEvents()
    return time.perf_counter() - start


def main() -> int:
    app = QApplication(sys.argv[:1])
    from app.gui.common.gc_guard import MainThreadCollector

    collector = MainThreadCollector(app)
    ms = 1000.0
    ratios, opens = [], {True: [], False: []}
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp) / "config", Path(tmp) / "data")
        prefs = Preferences(autosave_seconds=3600, validation_delay_ms=60_000)
        window = MainWindow(paths, settings=Settings(paths), preferences=prefs)
        window.resize(1100, 860)
        window.show()
        print(f"{KEYS} keys in paragraph {PARAGRAPHS // 2} of {PARAGRAPHS} (window: release update, undo, repaint)")
        for n in range(1, ROUNDS + 1):
            results = {}
            for on in (True, False) if n % 2 else (False, True):
                window.spelling.toggle_action.setChecked(on)
                opens[on].append(first_paint(app, window, big_release(n)))
                results[on] = time_keys(app, window)
                window.session.undo_stack.setClean()
            ratios.append(p99(results[True]) / p99(results[False]))
            print(f"round {n}: on median {statistics.median(results[True]) * ms:.3f} ms, "
                  f"p99 {p99(results[True]) * ms:.3f} ms; off median {statistics.median(results[False]) * ms:.3f} ms, "
                  f"p99 {p99(results[False]) * ms:.3f} ms; p99 ratio {ratios[-1]:.2f}")
        window.close()
    print(f"load to first paint: on {statistics.median(opens[True]) * ms:.0f} ms, "
          f"off {statistics.median(opens[False]) * ms:.0f} ms")
    print(f"p99 ratio: {statistics.median(ratios):.2f} (median of {ROUNDS} rounds; target <= 1.2)")
    collector.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
