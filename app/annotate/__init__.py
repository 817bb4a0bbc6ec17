"""Suggesting and applying entity tags, offline: vocabularies and patterns, no Qt."""

from __future__ import annotations
