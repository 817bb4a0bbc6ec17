"""The core of the app runs without Qt: model, formats and validation never load PySide6."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def test_core_imports_without_pyside6() -> None:
    """The model, the native format and validation import in a fresh interpreter without loading PySide6."""
    code = (
        "import app.model, app.formats.release_xml, app.formats.safexml, app.validation, sys; "
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))); "
        "assert not loaded, loaded"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


def import_circles(graph: object, package: str = "app") -> list[list[str]]:
    """Every group of modules under ``package`` that import one another in a circle (type-checking
    imports included: a circle there still ties the modules together)."""
    modules = sorted(m for m in graph.modules if m == package or m.startswith(package + "."))  # type: ignore[attr-defined]
    edges = {m: sorted(set(graph.find_modules_directly_imported_by(m)) & set(modules)) for m in modules}  # type: ignore[attr-defined]
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(module: str) -> None:  # Tarjan's strongly connected components
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for other in edges[module]:
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in on_stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == module:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for module in modules:
        if module not in index:
            visit(module)
    return circles


def test_no_import_circles_in_the_app() -> None:
    """No two modules of the app import each other, directly or round a longer loop."""
    import grimp

    assert import_circles(grimp.build_graph("app")) == []


def test_the_circle_finder_finds_a_circle(tmp_path: Path, monkeypatch) -> None:
    """The check above can fail: a package whose two modules import each other is reported."""
    import grimp

    package = tmp_path / "circled"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from circled import b\n")
    (package / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from circled import a\n")
    (package / "c.py").write_text("from circled import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert import_circles(grimp.build_graph("circled"), "circled") == [["circled.a", "circled.b"]]
