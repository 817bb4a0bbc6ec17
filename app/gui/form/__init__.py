"""The form: one scrollable page with a widget for every field of a release."""

from __future__ import annotations

from app.gui.form.page import FormPage

__all__ = ["FormPage"]
