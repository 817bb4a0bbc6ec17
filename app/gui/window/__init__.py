"""The window shell: menus, docks, files in and out, recent files, autosave, Help, and the one module
(mainwindow.py) that builds the window and installs every feature."""
