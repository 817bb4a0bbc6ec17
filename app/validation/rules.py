"""Checks on the model that a grammar cannot express and that are cheap to run on every keystroke.

The editorial rules proper (headline length, a dateline not in the future, a
reachable contact) belong in schemas/release.sch; these are the few facts the
XSD cannot see because they depend on text lengths in the model.
"""

from __future__ import annotations

from app.formats.release_schema import label_of
from app.model import Release
from app.validation.issues import Issue


def check_release(release: Release) -> list[Issue]:
    """Empty paragraphs (a warning) and comment anchors that run past their paragraph (an error)."""
    issues: list[Issue] = []
    for i, para in enumerate(release.body):
        text = para.text
        if not text or text.isspace():  # (strip() would copy every paragraph of a long release)
            field = f"body[{i}]"
            issues.append(Issue("warning", f"{label_of(field)} is empty", field=field, code="empty-paragraph"))
    if not release.comments:
        return issues
    lengths = {para.id: len(para.text) for para in release.body}
    for i, comment in enumerate(release.comments):
        length = lengths.get(comment.paragraph)
        if length is None or (comment.start is None and comment.end is None):
            continue  # a missing paragraph is the schema's to report
        field = f"comments[{i}]"
        if comment.start is None or comment.end is None:
            issues.append(Issue("error", f"{label_of(field)} has a start or an end but not both", field=field,
                                code="comment-anchor"))
        elif not 0 <= comment.start <= comment.end <= length:
            issues.append(Issue("error", f"{label_of(field)} points at characters {comment.start}-{comment.end}, "
                                         f"past the end of its paragraph ({length} characters)",
                                field=field, code="comment-anchor"))
    return issues
