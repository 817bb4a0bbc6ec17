"""Find and replace across every text field of the release: the find bar, F3, Replace All as one undo step."""

from app.gui.find.controller import Find, install_find

__all__ = ["Find", "install_find"]
