"""Typing in a paragraph that holds 20 tags, against a bare QPlainTextEdit holding the same text.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_typing_tags.py

Times 200 key presses sent with QTest.keyClick, one by one, each including
everything the window does synchronously for a keystroke: the release update,
the undo step (merged), the highlighter repainting the tags. The same keys go
to a bare QPlainTextEdit of the same size holding the same text. Five rounds,
each timing both editors; prints the median and p99 per key for each round, and
the p99 of all the rounds' timed keys of each side against each other (the
target is at most 1.8, issue 13).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from app.gui.common.settings import Paths, Preferences, Settings
from app.gui.window.mainwindow import MainWindow
from app.model import ENTITY_KINDS, Entity, Paragraph, Release

KEYS = 200
ROUNDS = 5
WARMUP = 20
NAMES = 20


def tagged_release() -> Release:
    words = [f"Name{n:02d} Surname" for n in range(NAMES)]
    text = "At the forum, " + ", then ".join(words) + " spoke about industry."
    entities, start = [], 0
    for n, word in enumerate(words):
        start = text.index(word, start)
        entities.append(Entity(f"e{n}", ENTITY_KINDS[n % len(ENTITY_KINDS)], start, start + len(word)))
        start += len(word)
    filler = [Paragraph(f"p{n}", f"Context paragraph {n} of the release, with a few words.") for n in range(40)]
    return Release(body=[*filler[:20], Paragraph("tagged", text, entities), *filler[20:]])


def keystrokes() -> list[Qt.Key]:
    letters = [Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_C, Qt.Key.Key_Space]
    return [letters[n % len(letters)] for n in range(KEYS + WARMUP)]


CPU_TIMES: dict[int, list[float]] = {}  # this thread's CPU time per key, by widget id (printed beside wall time)


def time_keys(widget: QWidget) -> list[float]:
    app = QApplication.instance()
    times, cpu = [], []
    for n, key in enumerate(keystrokes()):
        start, start_cpu = time.perf_counter(), time.thread_time()
        QTest.keyClick(widget, key)
        times.append(time.perf_counter() - start)
        cpu.append(time.thread_time() - start_cpu)
        if n % 10 == 0:
            app.processEvents()  # paint now and then, as a real event loop would between keys
    CPU_TIMES[id(widget)] = cpu[WARMUP:]
    return times[WARMUP:]


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98]


def measure(app: QApplication) -> tuple[list[float], list[float]]:
    release = tagged_release()
    middle = release.body[20].text.index("Name10")  # inside the run of tags: every key shifts half of them
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp) / "config", Path(tmp) / "data")
        # Live validation waits for typing to pause (debounced); a burst of keys never triggers it,
        # so keep its timer out of the burst here too.
        prefs = Preferences(autosave_seconds=3600, validation_delay_ms=60_000)
        window = MainWindow(paths, settings=Settings(paths), preferences=prefs)
        window.resize(1100, 860)
        window.show()
        window.session.load(release, None, None)
        body = window.form.body
        body.setFocus()
        body.move_to(20, middle)
        app.processEvents()
        tagged = time_keys(body)
        tagged_cpu = CPU_TIMES[id(body)]
        assert len(window.session.release.body[20].entities) == NAMES, "the tags survived the typing"
        size = body.size()
        window.session.undo_stack.setClean()
        window.close()
    bare = QPlainTextEdit()
    bare.resize(size)
    bare.setPlainText("\n".join(p.text for p in tagged_release().body))
    bare.show()
    cursor = bare.textCursor()
    cursor.setPosition(bare.document().findBlockByNumber(20).position() + middle)
    bare.setTextCursor(cursor)
    bare.setFocus()
    app.processEvents()
    plain = time_keys(bare)
    bare.close()
    CPU_TIMES["last"] = (tagged_cpu, CPU_TIMES[id(bare)])  # type: ignore[index]
    return tagged, plain


def main() -> int:
    app = QApplication(sys.argv[:1])
    # as in the app (app.gui.run): garbage is collected by a UI-thread timer, between events
    from app.gui.common.gc_guard import MainThreadCollector

    collector = MainThreadCollector(app)
    ms = 1000.0
    ratios = []
    all_tagged: list[float] = []
    all_plain: list[float] = []
    all_tagged_cpu: list[float] = []
    all_plain_cpu: list[float] = []
    print(f"{KEYS} keys in a paragraph with {NAMES} tags (window: release update, undo, highlighter)")
    for n in range(1, ROUNDS + 1):
        tagged, plain = measure(app)
        tagged_cpu, plain_cpu = CPU_TIMES["last"]  # type: ignore[index]
        all_tagged += tagged
        all_plain += plain
        all_tagged_cpu += tagged_cpu
        all_plain_cpu += plain_cpu
        ratios.append(p99(tagged) / p99(plain))
        print(f"round {n}: tagged median {statistics.median(tagged) * ms:.3f} ms, p99 {p99(tagged) * ms:.3f} ms; "
              f"bare median {statistics.median(plain) * ms:.3f} ms, p99 {p99(plain) * ms:.3f} ms; "
              f"p99 ratio {ratios[-1]:.2f}; CPU-time p99 {p99(tagged_cpu) * ms:.3f} / {p99(plain_cpu) * ms:.3f} ms")
    # On a shared machine a key in a hundred is often one the scheduler gave another process (4 ms ticks), and
    # the p99 of one round's 180 keys is its second or third slowest: one such key moved a round's ratio
    # from 1.2 to 3.7. The figure is the p99 of every timed key of each side, all rounds together; the
    # CPU-time ratio says what the keys themselves cost.
    print(f"median of the rounds' p99 ratios {statistics.median(ratios):.2f}; CPU-time p99 ratio "
          f"{p99(all_tagged_cpu) / p99(all_plain_cpu):.2f}")
    print(f"p99 ratio: {p99(all_tagged) / p99(all_plain):.2f} (p99 of all {len(all_tagged)} timed keys of each side, "
          f"{ROUNDS} rounds; target <= 1.8)")
    collector.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
