"""Subject vocabularies the editor loads: asked for behind the dialogs seam, remembered in the preferences.

The subjects picker only shows subjects and says when "Load subjects…" is
pressed; this controller asks for the file, reads it (a CSV like the shipped
one, or a SKOS concept scheme), hands the subjects to the picker and keeps the
file's path in the preferences, so the next start offers them again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.formats.errors import FormatError
from app.gui.common.i18n import english_plural

if TYPE_CHECKING:
    from app.gui.annotations.context import Tagging

log = logging.getLogger(__name__)


class SubjectVocabularies(QObject):
    """Loads extra subject vocabularies into the form's subjects picker."""

    def __init__(self, annotations: Tagging) -> None:
        super().__init__(annotations)
        self.annotations = annotations
        self.host = annotations.host
        self.picker = self.host.form.subjects
        self.picker.load_requested.connect(self.load)
        if self.host.preferences.subject_vocabularies:  # the readers (lxml, SKOS) load only when there are some
            self._load_remembered()

    def _load_remembered(self) -> None:
        from app.annotate.subjects import load_subject_vocabulary

        for path in self.host.preferences.subject_vocabularies:
            try:
                self.picker.add_source(path, load_subject_vocabulary(path))
            except FormatError as exc:
                # a file gone or broken since it was loaded: the picker works without it, and the
                # path stays remembered (a network folder may be back tomorrow)
                log.warning("subject vocabulary not loaded: %s", exc)

    def load(self) -> bool:
        """Ask for a CSV or SKOS file and add its subjects to the picker; False when cancelled or unreadable."""
        from app.annotate.subjects import load_subject_vocabulary

        loaded = self.annotations.load_chosen(
            self.annotations.dialogs.get_subjects_path, load_subject_vocabulary, self.tr("Cannot load the subjects")
        )
        if loaded is None:
            return False
        path, subjects = loaded
        key = str(path)
        self.picker.add_source(key, subjects)
        prefs = self.host.preferences
        if key not in prefs.subject_vocabularies:
            prefs.subject_vocabularies = [*prefs.subject_vocabularies, key]
            self.host.settings.set_preferences(prefs)
        loaded = english_plural(self.tr("Loaded %n subject(s) from {name}", "", len(subjects)), len(subjects))
        self.host.show_status(loaded.format(name=path.name), 5000)
        return True
