"""Timing both sides of a benchmark alike: interleaved rounds, best of each."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_pair(
    a: Callable[[], object], b: Callable[[], object], rounds: int, clock: Callable[[], float] = time.process_time
) -> tuple[float, float]:
    """Best time of each, the two interleaved round by round so that load on this shared
    machine falls on both sides alike. CPU time by default: a neighbour's load moves it least."""
    best_a = best_b = float("inf")
    for _ in range(rounds):
        started = clock()
        a()
        best_a = min(best_a, clock() - started)
        started = clock()
        b()
        best_b = min(best_b, clock() - started)
    return best_a, best_b


def bench_line(name: str, value: float, target: float, op: str) -> bool:
    """Print the one line `make bench` collects (``BENCH name value op target held|MISSED``); True if held."""
    held = value >= target if op == ">=" else value <= target
    print(f"BENCH {name} {value:.2f} {op}{target:g} {'held' if held else 'MISSED'}", flush=True)
    return held
