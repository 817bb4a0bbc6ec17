"""Spell checking as you type: red wavy underlines, suggestions, Ignore All and Add to Dictionary."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent, QImage
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from app.gui.window.mainwindow import MainWindow
from app.model import Entity, Paragraph, Release


def _release(language: str = "en") -> Release:
    return Release(
        id="ferry", language=language, headline="Island ferry adds a winter crossing",
        body=[Paragraph("p1", "The ferry will sail at nihgt from October."),
              Paragraph("p2", "Captain Voerendaal welcomed the change.", [Entity("e1", "person", 8, 18)])],
    )


def _red_pixels(image: QImage) -> int:
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            # the wave is antialiased: reddish, not pure red
            if colour.red() > 180 and colour.red() - colour.green() > 80 and colour.red() - colour.blue() > 70:
                count += 1
    return count


def _word_rect_image(window: MainWindow, paragraph: int, start: int, end: int) -> QImage:
    body = window.form.body
    cursor = body.textCursor()
    cursor.setPosition(body.position_of(paragraph, start))
    left = body.cursorRect(cursor)
    cursor.setPosition(body.position_of(paragraph, end))
    right = body.cursorRect(cursor)
    image = body.viewport().grab().toImage()
    return image.copy(left.left(), left.top(), right.right() - left.left(), left.height() + 6)


def _open_menu_on(widget: QWidget, pos: QPoint, then: Callable[[QMenu], None]) -> None:
    """Right-click at ``pos`` and, once the menu is up, let ``then`` choose from it."""
    chosen: list[QMenu] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        chosen.append(menu)
        then(menu)
        menu.close()

    QTimer.singleShot(50, pick)
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos)))
    assert chosen, "no menu opened"


def _word_pos(window: MainWindow, paragraph: int, offset: int) -> QPoint:
    body = window.form.body
    cursor = body.textCursor()
    cursor.setPosition(body.position_of(paragraph, offset))
    return body.cursorRect(cursor).center()


def _action(menu: QMenu, text: str):
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_misspelt_word_gets_a_red_wave_and_a_suggestion_fixes_it(window: MainWindow, qtbot) -> None:
    """An unknown word is underlined in red; choosing a suggestion replaces it, and one Undo brings it back."""
    window.session.load(_release(), None, None)
    qtbot.waitUntil(lambda: _red_pixels(_word_rect_image(window, 0, 22, 27)) > 3)
    assert _red_pixels(_word_rect_image(window, 0, 4, 9)) == 0  # "ferry" is a word
    assert _red_pixels(_word_rect_image(window, 1, 8, 18)) == 0  # a tagged name is not flagged
    body = window.form.body

    def choose(menu: QMenu) -> None:
        texts = [a.text().replace("&", "") for a in menu.actions()]
        assert "night" in texts
        assert "Add to Dictionary" in texts
        _action(menu, "night").trigger()

    _open_menu_on(body.viewport(), _word_pos(window, 0, 24), choose)
    assert window.session.release.body[0].text == "The ferry will sail at night from October."
    qtbot.waitUntil(lambda: _red_pixels(_word_rect_image(window, 0, 22, 27)) == 0)
    window.session.undo_stack.undo()
    assert window.session.release.body[0].text == "The ferry will sail at nihgt from October."


def test_add_to_dictionary_keeps_the_word_for_every_window(window: MainWindow, make_window, paths, qtbot) -> None:
    """Add to Dictionary writes the word to the personal list; the underline goes, in a new window too."""
    window.session.load(_release(), None, None)
    _open_menu_on(window.form.body.viewport(), _word_pos(window, 0, 24),
                  lambda menu: _action(menu, "Add to Dictionary").trigger())
    assert (paths.data_dir / "words.txt").read_text("utf-8").split() == ["nihgt"]
    qtbot.waitUntil(lambda: _red_pixels(_word_rect_image(window, 0, 22, 27)) == 0)
    other = make_window()
    other.session.load(_release(), None, None)
    assert other.spelling.body.misses(0) == []


def test_ignore_all_accepts_the_word_in_this_window_only(window: MainWindow, make_window, paths) -> None:
    """Ignore All stops flagging the word here, writes nothing, and another window still flags it."""
    window.session.load(_release(), None, None)
    _open_menu_on(window.form.body.viewport(), _word_pos(window, 0, 24),
                  lambda menu: _action(menu, "Ignore All").trigger())
    assert window.spelling.body.misses(0) == []
    assert not (paths.data_dir / "words.txt").exists()
    other = make_window()
    other.session.load(_release(), None, None)
    assert [m.word for m in other.spelling.body.misses(0)] == ["nihgt"]


def test_right_click_elsewhere_opens_the_usual_menu(window: MainWindow) -> None:
    """A right click on a correct word opens the editor's own menu, not the spelling one."""
    window.session.load(_release(), None, None)

    def usual(menu: QMenu) -> None:
        assert menu.objectName() != "spelling-menu"
        assert any("Copy" in a.text().replace("&", "") for a in menu.actions())

    _open_menu_on(window.form.body.viewport(), _word_pos(window, 0, 6), usual)


def test_headline_word_is_flagged_once_typed_and_fixed_from_its_menu(window: MainWindow, qtbot) -> None:
    """A typo typed into the headline is underlined once the next word starts; a suggestion fixes it."""
    window.session.load(_release(), None, None)
    headline = window.form.headline
    headline.setFocus()
    headline.end(False)
    qtbot.keyClicks(headline, " tonihgt")
    assert window.spelling.lines[0].misses() == []  # still being typed
    qtbot.keyClicks(headline, " only")
    assert [m.word for m in window.spelling.lines[0].misses()] == ["tonihgt"]
    qtbot.waitUntil(lambda: _red_pixels(headline.grab().toImage()) > 3)
    start = headline.text().index("tonihgt")
    headline.setCursorPosition(start + 3)
    # the headline wraps (a text edit): its right clicks arrive at its viewport
    _open_menu_on(headline.viewport(), headline.cursorRect().center(), lambda menu: _action(menu, "tonight").trigger())
    assert window.session.release.headline == "Island ferry adds a winter crossing tonight only"
    window.session.undo_stack.undo()
    assert window.session.release.headline == "Island ferry adds a winter crossing tonihgt only"


def test_french_release_is_checked_in_french(window: MainWindow) -> None:
    """A French release uses the French dictionary: French words pass, a French typo is flagged."""
    release = Release(language="fr", headline="Le traversier ajoute une liaison",
                      body=[Paragraph("p1", "Le bateau partira chaque soir à partir d’octobre, saufe le dimanche.")])
    window.session.load(release, None, None)
    assert [m.word for m in window.spelling.body.misses(0)] == ["saufe"]


def test_missing_dictionary_is_named_once_in_the_status_bar(window: MainWindow) -> None:
    """A release in a language without a dictionary says in the status bar which package to install, once."""
    window.session.load(_release("de"), None, None)
    assert "hunspell-de-de" in window.statusBar().currentMessage()
    assert window.spelling.body.misses(0) == []
    window.statusBar().clearMessage()
    window.session.load(_release("de"), None, None)
    assert window.statusBar().currentMessage() == ""


def test_spelling_can_be_turned_off(window: MainWindow, qtbot) -> None:
    """Edit > Check Spelling as You Type, unchecked, removes every underline."""
    release = _release()
    release.headline = "Island ferry adds a wintre crossing"
    window.session.load(release, None, None)
    qtbot.waitUntil(lambda: _red_pixels(_word_rect_image(window, 0, 22, 27)) > 3)
    qtbot.waitUntil(lambda: _red_pixels(window.form.headline.grab().toImage()) > 3)
    action = window.spelling.toggle_action
    assert action in window.menus.menu("edit").actions()
    action.trigger()
    assert not action.isChecked()
    qtbot.waitUntil(lambda: _red_pixels(_word_rect_image(window, 0, 22, 27)) == 0)
    assert _red_pixels(window.form.headline.grab().toImage()) == 0


def test_typing_before_a_flagged_word_keeps_its_underline_in_place(window: MainWindow, qtbot) -> None:
    """Typing earlier in the paragraph moves the underline along with the misspelt word."""
    window.session.load(_release(), None, None)
    body = window.form.body
    body.setFocus()
    body.move_to(0, 4)
    qtbot.keyClicks(body, "big ")
    text = window.session.release.body[0].text
    assert text == "The big ferry will sail at nihgt from October."
    start = text.index("nihgt")
    assert [(m.start, m.word) for m in window.spelling.body.misses(0)] == [(start, "nihgt")]
    qtbot.waitUntil(lambda: _red_pixels(_word_rect_image(window, 0, start, start + 5)) > 3)


def test_moved_marks_follow_the_text_around_an_edit() -> None:
    """A mark before an edit stays, one after it shifts by the edit's length, one inside it goes."""
    from app.gui.spelling.body_marks import moved
    from app.spelling import Misspelling

    old = "abc wrod def teh end"
    new = "abc wrod XXXX def teh end"
    marks = [Misspelling(4, 8, "wrod"), Misspelling(13, 16, "teh")]
    assert moved(old, new, marks) == [Misspelling(4, 8, "wrod"), Misspelling(18, 21, "teh")]
    assert moved("abc wrod end", "abc wXrod end", [Misspelling(4, 8, "wrod")]) == []


def test_photo_credits_typo_is_fixed_from_its_menu(window: MainWindow, qtbot) -> None:
    """A one-line field (photo credits) underlines its typo and takes a suggestion as one undo step."""
    release = _release()
    release.photo_credits = "Port Trust photograpy"
    window.session.load(release, None, None)
    credits = window.form.photo_credits
    qtbot.waitUntil(lambda: _red_pixels(credits.grab().toImage()) > 3)
    position = credits.text().index("photograpy") + 4
    credits.setCursorPosition(position)
    pos = credits.cursorRect().center()
    _open_menu_on(credits, pos, lambda menu: _action(menu, "photography").trigger())
    assert window.session.release.photo_credits == "Port Trust photography"
    qtbot.waitUntil(lambda: _red_pixels(credits.grab().toImage()) == 0)
    window.session.undo_stack.undo()
    assert window.session.release.photo_credits == "Port Trust photograpy"


def test_changing_the_language_switches_the_dictionary(window: MainWindow, qtbot) -> None:
    """Typing another language into the Language field checks the release in that language once typing pauses."""
    release = Release(language="en", headline="Le port ouvre un nouveau quai",
                      body=[Paragraph("p1", "Le bateau partira chaque soir.")])
    window.session.load(release, None, None)
    assert window.spelling.body.misses(0) != []  # French words, English dictionary
    language = window.form.language.lineEdit()
    language.setFocus()
    language.selectAll()
    qtbot.keyClicks(language, "fr")
    qtbot.waitUntil(lambda: window.spelling.state.checker.language == "fr")
    assert window.spelling.body.misses(0) == []
    assert "hunspell" not in window.statusBar().currentMessage()  # "f" on the way to "fr" was not reported


def test_a_window_opened_on_a_release_shows_first_and_underlines_a_moment_later(qtbot, paths, dialogs) -> None:
    """The window does not wait for the spelling dictionary: it paints first, with nothing flagged, then loads
    the dictionary of the release's language and underlines its unknown words."""
    from PySide6.QtCore import QEvent, QObject

    from app.gui.common.settings import Settings

    window = MainWindow(paths, settings=Settings(paths), dialogs=dialogs)
    qtbot.addWidget(window)
    window.session.load(_release(), None, None)  # opened before it shows, as on the command line
    assert window.spelling.state.checker is None  # nothing loaded yet
    assert window.spelling.body.misses(0) == []
    loaded_at_first_paint = []

    class FirstPaint(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not loaded_at_first_paint:
                loaded_at_first_paint.append(window.spelling.state.checker is not None)
            return False

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    qtbot.waitUntil(lambda: loaded_at_first_paint != [])
    assert loaded_at_first_paint == [False]  # the first paint came before the dictionary
    qtbot.waitUntil(lambda: window.spelling.state.checker is not None)
    assert [m.word for m in window.spelling.body.misses(0)] == ["nihgt"]
    qtbot.waitUntil(lambda: _red_pixels(_word_rect_image(window, 0, 22, 27)) > 3)
    window.session.undo_stack.setClean()
