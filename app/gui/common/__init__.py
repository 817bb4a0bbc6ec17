"""What every part of the GUI shares: the session and its undo commands, settings, dialogs, i18n, looks."""
