"""Editors and painters more than one feature uses: the body editor, the headline edit, the tag painter,
the line-number gutter, the issue list."""
