"""The UI speaks French, Spanish and Arabic: every string translatable, translated, built, and mirrored in Arabic."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from app.gui.common.i18n import TRANSLATED, chosen_language, install_translators, remove_translators
from app.gui.common.settings import Settings
from app.gui.window.mainwindow import MainWindow
from app.model.counts import count_body, count_release
from tests.gui.helpers import EXAMPLE, PROJECT, sample_release

FOLDER = PROJECT / "resources" / "translations"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
# Words that stay as they are in every language: names of products, formats and programs, shortcuts, language tags.
KEEP = re.compile(
    r"Release Desk|Release XML|LibreOffice|pdftoppm|DOCX|PDF|NewsML-G2|NITF|ninjs|SKOS|RDF|CSV|XML|Word|zh-Hans|"
    r"\b(?:en|fr|ar)\b|"
    r"Ctrl\+Alt\+\w|English|Français|Español|\(\*[^)]*\)|\*\.\w+"
)
# French words spelled as in English (the test fails on any other English source shown untranslated in French).
SAME_IN_FRENCH = {"Validation", "Annotations", "Suggestions", "Contacts", "Message", "Initiative", "Organisation",
                  "Date", "Embargo", "embargo", "Release XML", "NITF 3.6", "NewsML-G2 2.35"}


def ts(language: str) -> etree._ElementTree:
    return etree.parse(str(FOLDER / f"release_desk_{language}.ts"))


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else name


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Install a language's translators (ours and Qt's) for one test; English again afterwards."""
    installed: list = []

    def install(language: str) -> None:
        installed.extend(install_translators(qapp, language))

    yield install
    remove_translators(qapp, installed)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


# -- the sources and the built files ------------------------------------------------


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_is_translated_with_its_placeholders(language: str) -> None:
    """Each .ts has a finished translation for every message, keeping every {placeholder} of the English."""
    problems = []
    for message in ts(language).iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"not translated: {source!r}")
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for form in forms:
            if not form.strip() and source.strip():
                problems.append(f"empty: {source!r}")
            if set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {source!r} -> {form!r}")
    assert not problems, "\n".join(problems)


def test_arabic_catalogue_asks_for_right_to_left() -> None:
    """The Arabic catalogue carries Qt's QT_LAYOUT_DIRECTION entry set to RTL."""
    found = ts("ar").xpath("//context[name='QT_LAYOUT_DIRECTION']/message/translation/text()")
    assert found == ["RTL"]


@pytest.mark.parametrize("language", TRANSLATED)
def test_ts_files_hold_every_string_of_the_code(language: str, tmp_path: Path) -> None:
    """Running lupdate over the GUI code finds no string the .ts does not already have (nothing new, nothing gone)."""
    copy = tmp_path / f"release_desk_{language}.ts"
    shutil.copy(FOLDER / copy.name, copy)
    sources = sorted(str(p) for p in (PROJECT / "app" / "gui").rglob("*.py"))
    run = subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(copy)],
                         capture_output=True, text=True, check=True)
    assert "(0 new and" in run.stdout, run.stdout
    changed = "lupdate would change the .ts: run scripts/update_translations.py"
    assert copy.read_bytes() == (FOLDER / copy.name).read_bytes(), changed


@pytest.mark.parametrize("language", TRANSLATED)
def test_qm_files_are_built_from_the_current_sources(language: str, tmp_path: Path) -> None:
    """The committed .qm is exactly what lrelease builds from the committed .ts."""
    built = tmp_path / f"release_desk_{language}.qm"
    source = FOLDER / f"release_desk_{language}.ts"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(built)], check=True)
    assert built.read_bytes() == (FOLDER / built.name).read_bytes(), "run scripts/update_translations.py --release"


# A widget's text set from a bare literal: QLabel("Save"), setToolTip(f"..."), addMenu("&File").
_BARE = re.compile(
    r"""\b(?:QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QMenu|QDockWidget|QToolBar|QToolButton|
    setText|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|setWindowTitle|setTitle|setAccessibleName|
    setAccessibleDescription|setSpecialValueText|addMenu|addAction|addButton|addRow|showMessage|show_error|
    show_warnings|ask_name|ask_comment|push|createUndoAction|createRedoAction|setHeaderLabels|addItem)
    \(\s*\[?\s*f?(["'])(?P<text>[^"']*[A-Za-z][^"']*)\1""",
    re.VERBOSE,
)


# Files whose strings are not wrapped yet (none left: keep the mechanism for the next window that lands).
NOT_YET_WRAPPED: set[str] = set()


def test_no_widget_text_is_a_bare_string() -> None:
    """Every text the GUI code hands a widget goes through tr() or translate(), never a bare literal."""
    found = []
    for path in sorted((PROJECT / "app" / "gui").rglob("*.py")):
        if path.name in NOT_YET_WRAPPED:
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            for match in _BARE.finditer(line):
                if not re.search(r"[A-Za-z]", re.sub(r"\{[^}]*\}", "", match.group("text"))):
                    continue  # only data in an f-string: "{word}  ×", "&{n} {name}"
                found.append(f"{path.relative_to(PROJECT)}:{number}: {match.group('text')!r}")
    assert not found, "wrap these in self.tr() / QCoreApplication.translate():\n" + "\n".join(found)


def test_the_bare_string_check_catches_one() -> None:
    """The source scan above does flag an untranslated label and lets a translated one through."""
    assert _BARE.search('        title = QLabel("Headline")')
    assert _BARE.search('        self.status.setText(f"{n} errors")')
    assert not _BARE.search('        title = QLabel(self.tr("Headline"))')
    assert _BARE.search('        chip.setText(f"{word}  ×")')  # found, then let through as data by the test above


# -- choosing the language ------------------------------------------------------------


def test_language_follows_the_setting_then_the_system() -> None:
    """A chosen language wins; otherwise the system's, when we ship it; otherwise English."""
    assert chosen_language("ar", QLocale("fr_FR")) == "ar"
    assert chosen_language("", QLocale("es_MX")) == "es"
    assert chosen_language("", QLocale("de_DE")) == "en"
    assert chosen_language("en", QLocale("fr_FR")) == "en"


def test_language_menu_stores_the_choice_for_the_next_start(window: MainWindow, paths) -> None:
    """Settings > Language > Français is remembered, and the status bar says it applies after a restart."""
    window.language_menu.actions["fr"].trigger()
    assert Settings(paths).preferences().language == "fr"
    assert window.language_menu.actions["fr"].isChecked()
    assert "restart" in window.statusBar().currentMessage()
    window.language_menu.actions[""].trigger()
    assert Settings(paths).preferences().language == ""


# -- the window in another language ------------------------------------------------------


def visible_texts(top: QWidget) -> list[str]:
    """What a user reads: labels, buttons, titles, tips, placeholders, spoken names, menus."""
    texts = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QHeaderView) and widget.model() is not None:  # a tree's or table's column titles
            texts += [str(widget.model().headerData(c, widget.orientation()) or "") for c in range(widget.count())]
    for menu in top.findChildren(QMenu):
        texts.append(menu.title())
        for action in menu.actions():
            texts += [action.text(), action.statusTip()]
    return [t for t in texts if t and t.strip()]


def english_left(texts: list[str]) -> list[str]:
    """Texts still holding English words once names, formats and shortcuts are set aside."""
    return sorted({t for t in texts if re.search(r"[A-Za-z]{2,}", KEEP.sub("", t))})


def test_arabic_window_mirrors_and_has_no_english_left(speak, make_window, qapp: QApplication) -> None:
    """In Arabic the window lays out right to left and every text on it, menus and docks included, is Arabic."""
    speak("ar")
    window = make_window()
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    texts = visible_texts(window)
    assert "ملف" in [t.replace("&", "") for t in texts], "the File menu is translated"
    assert {"وسم أو تعليق", "الموضع"} <= set(texts), "the Annotations panel's column headers are translated"
    assert not english_left(texts)


def test_arabic_export_dialog_has_no_english_left(speak, make_window) -> None:
    """The export dialog in Arabic: every label, button and tip translated."""
    speak("ar")
    window = make_window()
    dialog = window.exports.open_dialog()
    try:
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert not english_left(visible_texts(dialog))
    finally:
        dialog.reject()


def test_french_window_shows_no_english_source_text(speak, make_window) -> None:
    """In French no text on the window or the export dialog is still its English source."""
    sources = {m.findtext("source").replace("&", "") for m in ts("fr").iter("message")}
    speak("fr")
    window = make_window()
    dialog = window.exports.open_dialog()
    try:
        shown = visible_texts(window) + visible_texts(dialog)
    finally:
        dialog.reject()
    left = sorted({t for t in shown if t.replace("&", "") in sources and t.replace("&", "") not in SAME_IN_FRENCH})
    assert not left, left


def test_undo_texts_and_counts_are_translated(speak, make_window, qtbot) -> None:
    """Edits are named in the UI's language in Edit > Undo, and counts take the right plural form."""
    speak("fr")
    loaded = make_window()
    loaded.session.load(sample_release(), None, None)
    loaded.form.headline.setFocus()
    qtbot.keyClicks(loaded.form.headline, "!")
    assert loaded.undo_action.text() == "&Annuler Modifier : titre"
    loaded._show_issues([type("Issue", (), {"severity": "error", "field": "headline", "message": "x"})()] * 2)
    assert loaded.status_label.text() == "2 erreurs"


def test_arabic_validate_folder_window_and_source_view_have_no_english_left(speak, make_window, tmp_path) -> None:
    """File > Validate Folder… and a source view in Arabic: labels, buttons, list entries and messages translated."""
    from PySide6.QtWidgets import QComboBox

    from app.gui.folder_validation.source_view import SourceView

    speak("ar")
    window = make_window()
    window.folder_validation.action.trigger()
    shown = window.folder_validation.desk.window
    (tmp_path / "junk.xml").write_bytes(bytes(range(256)))
    view = SourceView(tmp_path / "junk.xml")
    try:
        texts = [*visible_texts(shown), view.note.text().replace(str(tmp_path / "junk.xml"), "")]
        for box in shown.findChildren(QComboBox):
            texts += [box.itemText(i) for i in range(box.count())]
        texts += [shown.model.headerData(c, Qt.Orientation.Horizontal) for c in range(shown.model.columnCount())]
        assert shown.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # the built-in profiles' names and descriptions are data from the profile catalog, not UI text
        names = {shown.profile_box.itemText(i) for i in range(1, shown.profile_box.count())}
        assert not english_left([t for t in texts if t not in names])
    finally:
        view.close()
        shown.close()


def test_french_open_reports_and_file_errors_are_translated(speak, make_window, dialogs, tmp_path) -> None:
    """In French the report after opening a text file, and why a file cannot be opened, are in French."""
    speak("fr")
    window = make_window()
    window.open_path(EXAMPLE)
    expected = f"Ouvert : {EXAMPLE.name} — 1 ligne laissée de côté — Affichage > Source de l'import"
    assert window.statusBar().currentMessage() == expected
    missing = tmp_path / "gone.txt"
    window.open_path(missing)
    assert dialogs.errors[-1] == ("Impossible d'ouvrir le fichier",
                                  f"{missing} : fichier introuvable (vérifiez le nom et le dossier)")
    (tmp_path / "folder.txt").mkdir()
    window.open_path(tmp_path / "folder.txt")
    assert dialogs.errors[-1][1] == f"{tmp_path / 'folder.txt'} : c’est un dossier, pas un fichier"


def test_counts_take_the_plural_form_of_the_language(speak, make_window, dialogs, qtbot) -> None:
    """The status bar counts say "1 mot" in French, not "1 mots", and "mots" for more."""
    speak("fr")
    window = make_window()
    window.session.load(sample_release(), None, None)
    dialogs.target_words.append(1)
    window.counts.target_action.trigger()
    words = count_body(window.session.release).words
    assert window.counts.target_label.text() == f"Corps : {words} sur 1 mot"
    total = count_release(window.session.release)
    expected = f"Communiqué : {total.words} mots, {total.characters} caractères"
    qtbot.waitUntil(lambda: window.counts.release_label.text() == expected)


def test_french_save_and_template_errors_say_why_in_french(speak, make_window, dialogs, tmp_path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """In French a full disk is "plus de place sur le disque", and a shipped template that cannot be deleted
    says so in French."""
    import errno
    import os

    from app.gui.templates.store import TemplateError, TemplateStore

    speak("fr")
    window = make_window()
    window.session.load(sample_release(), None, None)
    target = tmp_path / "cafes.release.xml"
    dialogs.save_paths.append(target)

    def disk_full(fd: int) -> None:  # the write reaches the disk at fsync: where a full disk says so
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    window.save_as_action.trigger()
    monkeypatch.undo()
    title, message = dialogs.errors[-1]
    assert title == "Enregistrement impossible"
    assert message.startswith(f"{target}: plus de place sur le disque.")
    shipped = next(t for t in TemplateStore(tmp_path / "templates").templates() if t.bundled)
    with pytest.raises(TemplateError) as refused:
        TemplateStore(tmp_path / "templates").delete(shipped)
    assert str(refused.value) == f"« {shipped.name} » est livré avec Release Desk et ne peut pas être supprimé"
