"""Opening a big native file: our read + validation against bare lxml parse + the same XSD.

Not a test: run it (``make bench``) and read the ratio. Target: ours <= 1.3x bare
lxml, i.e. mapping to the model and the safety checks cost at most half again
what libxml2 alone spends parsing and validating. Ours parses once and
validates the tree it parsed; the rest is building the model (one Python
object per paragraph and per tag) and ``Release.check()``.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import bench_line, best_pair

PARAGRAPHS = 5_000
ROUNDS = 15
TARGET = 1.3


def _release(tags: int = 4):  # imports inside: sys.path is set up first
    """5,000 paragraphs with ``tags`` entity tags in each (0, 1, or 4 with two nested), a comment every 50."""
    from app.model import Comment, Contact, Dateline, Entity, Paragraph, Release

    words = "The programme supports small and medium enterprises in Shenzhen and across the region. "
    body = []
    comments = []
    for i in range(PARAGRAPHS):
        text = f"{i}: LI Yong met the Ministry of Health in Geneva. " + words * 2
        start = len(f"{i}: ")
        entities = [
            Entity(id=f"e{i}a", kind="person", start=start, end=start + 7, name="Li Yong"),
            Entity(id=f"e{i}b", kind="organisation", start=start + 12, end=start + 34),
            Entity(id=f"e{i}c", kind="topic", start=start + 28, end=start + 34),
            Entity(id=f"e{i}d", kind="place", start=start + 38, end=start + 44),
        ][:tags]
        body.append(Paragraph(id=f"p{i}", text=text, entities=entities, key=i % 10 == 0))
        if tags and i % 50 == 0:
            comments.append(Comment(id=f"c{i}", paragraph=f"p{i}", author="editor",
                                    created=dt.datetime(2019, 4, 24, 10, 0), text="Check the name", start=start,
                                    end=start + 7))
    return Release(
        id="bench", language="en", headline="A very long release", dateline=Dateline(place="VIENNA",
        date=dt.date(2019, 4, 24)), body=body, contacts=[Contact(name="Press", email="press@example.org")],
        keywords=["industry", "SME"], comments=comments,
    )


def _measure(tags: int) -> float:
    from lxml import etree

    from app.formats import release_xml
    from app.formats.release_schema import schema
    from app.validation import read_and_validate

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.release.xml"
        path.write_bytes(release_xml.write(_release(tags)))
        size = path.stat().st_size
        xsd = schema()  # compiled once, outside the timings, for both sides

        def ours() -> None:
            release, issues = read_and_validate(path.read_bytes(), str(path))
            assert release is not None, issues[:3]
            assert not [i for i in issues if i.severity == "error"], issues[:3]

        def bare() -> None:
            tree = etree.parse(io.BytesIO(path.read_bytes()))
            assert xsd.validate(tree), xsd.error_log

        ours()
        bare()
        t_ours, t_bare = best_pair(ours, bare, ROUNDS)
    ratio = t_ours / t_bare
    what = f"{tags} tag(s) per paragraph"
    print(f"{PARAGRAPHS} paragraphs, {what}, {size / 2**20:.1f} MiB, best of {ROUNDS}")
    print(f"  release-desk read + validate: {t_ours * 1000:8.1f} ms")
    print(f"  bare lxml parse + XSD:        {t_bare * 1000:8.1f} ms")
    bench_line(f"read-validate.{tags}-tags", ratio, TARGET, "<=")
    return ratio


def main() -> int:
    # 0 and 1 tags per paragraph are what releases carry; 4 (20,000 tags) is the
    # stress case, where building one Python object per tag costs about as
    # much as libxml2's whole parse + validation.
    ratios = [_measure(tags) for tags in (0, 1, 4)]
    return 0 if all(r <= TARGET for r in ratios) else 1


if __name__ == "__main__":
    raise SystemExit(main())
