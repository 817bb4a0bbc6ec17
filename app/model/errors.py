"""Exceptions the model raises when an edit would break an invariant."""

from __future__ import annotations


class ModelError(ValueError):
    """An edit or a construction that would break one of the model's invariants.

    The message names the part (paragraph id, entity id, field) and says what is
    wrong, so callers can show it to a user as it is.
    """
