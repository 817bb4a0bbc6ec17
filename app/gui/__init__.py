"""The desktop application (PySide6): the only package that imports QtWidgets.

``run(files)`` opens the editor window, on each file given, and returns the
exit status of the event loop.
"""

from __future__ import annotations


def run(files: list[str]) -> int:
    import sys
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from app import APP_ID
    from app.gui.common.gc_guard import MainThreadCollector
    from app.gui.common.i18n import chosen_language, install_translators
    from app.gui.common.looks import app_icon
    from app.gui.common.settings import Paths, Settings
    from app.gui.window.mainwindow import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("release-desk")
    app.setApplicationDisplayName("Release Desk")
    app.setOrganizationDomain("release-desk.example.org")
    # Wayland and taskbars match the window to the launcher and its icon by this name
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    # garbage is collected on this thread only: a worker thread collecting Qt wrappers crashes Qt
    collector = MainThreadCollector(app)
    paths = Paths.from_environment()
    settings = Settings(paths)
    # before the first widget: every text is translated as it is built, and Arabic mirrors the window
    install_translators(app, chosen_language(settings.preferences().language))
    windows = [MainWindow(paths, settings=settings)]
    windows[0].show()
    recovered = windows[0].offer_recovery()
    for n, name in enumerate(files):
        if n == 0 and not recovered:
            windows[0].open_path(name)
            continue
        if windows[0].editor_showing(Path(name)) is not None:  # the same file named twice
            continue
        window = MainWindow(paths, settings=settings)
        window.show()
        window.open_path(name)
        windows.append(window)
    try:
        return app.exec()
    finally:
        collector.stop()


__all__ = ["run"]
