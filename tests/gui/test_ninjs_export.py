"""File > Export offers ninjs 3.1 and 2.2, with a preview; the file it writes is valid and opens again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.formats import ninjs, ninjs_schema
from app.gui.common.dialogs import open_filter
from app.gui.window.mainwindow import MainWindow
from tests.gui.helpers import StubDialogs, sample_release


@pytest.mark.parametrize(("fmt", "version"), [("ninjs", "3.1"), ("ninjs2", "2.2")])
def test_export_ninjs_from_the_dialog(loaded: MainWindow, qtbot, tmp_path: Path, fmt: str, version: str) -> None:
    """Choosing ninjs in File > Export shows the item in the preview; Export writes a valid item that opens again."""
    loaded.exports.action.trigger()
    dialog = loaded.exports.dialog
    assert dialog is not None
    dialog.set_format(fmt)
    assert dialog.format_box.currentText() == f"ninjs {version} (JSON)"
    assert dialog.path_edit.text().endswith(".ninjs.json")
    preview = dialog.preview.toPlainText()
    assert f'"version": "{version}"' in preview
    assert sample_release().headline in preview
    assert f"ninjs {version}" in dialog.preview_note.text()
    target = tmp_path / "item.ninjs.json"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(loaded.exports.finished, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    item = json.loads(target.read_bytes())
    assert ninjs_schema.errors(item, version) == []
    assert item["headlines"][0]["value"] == sample_release().headline
    loaded.new_action.trigger()
    assert loaded.open_path(target)
    assert loaded.session.release.headline == sample_release().headline
    assert [p.text for p in loaded.session.release.body] == [p.text for p in sample_release().body]


def test_file_open_offers_and_opens_a_ninjs_item(window: MainWindow, dialogs: StubDialogs, tmp_path: Path) -> None:
    """File > Open lists .json among releases and as ninjs; a ninjs item opens with its headline and body."""
    assert "*.json" in open_filter().split(";;")[0]
    assert "ninjs (*.json)" in open_filter().split(";;")
    item = tmp_path / "item.json"
    item.write_bytes(ninjs.write(sample_release()))
    dialogs.open_paths.append(item)
    window.open_action.trigger()
    assert not dialogs.errors
    assert window.session.release.headline == sample_release().headline
    assert window.form.headline.text() == sample_release().headline
