"""Shared fixtures for the tagger tests: the shipped vocabulary, loaded once."""

from __future__ import annotations

import pytest

from app.annotate.vocabulary import Vocabulary, load_shipped
from app.paths import resources_dir


@pytest.fixture(scope="session")
def shipped() -> Vocabulary:
    """The vocabularies that ship with the app (read-only in tests)."""
    return load_shipped(resources_dir() / "vocabularies").prepared()
