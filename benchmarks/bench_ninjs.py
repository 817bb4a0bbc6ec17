"""What writing and reading ninjs cost over the bare work they are built on.

Run:  .venv/bin/python benchmarks/bench_ninjs.py

A 5,000-paragraph release with two tags a paragraph (subheads and list items among
the paragraphs), timed in the same process, interleaved with its baseline (CPU
time, best of the rounds):

* write: ``ninjs.write`` against ``json.dumps`` of a dict holding the same
  paragraphs escaped into HTML with no tags (target: ratio at most 10; the
  writer also builds the tag spans and the lists of tagged names, and counts the
  words as the status bar does, which alone is about 40% of its time);
* read: ``ninjs.read`` of that item against ``json.loads`` of it plus the standard
  library's HTML tokenizer run over its body with no handlers (target: ratio at most 3).

Prints both ratios and exits 1 if a target is missed.
"""

from __future__ import annotations

import html
import json
import sys
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import bench_line, best_pair

from app.formats import ninjs
from app.model import Entity, Paragraph, Release

TARGET_WRITE = 10.0
TARGET_READ = 3.0
ROUNDS = 5
_TEXT = ("Mayor Ada Lind opened the ferry line to Bergen today; boats will run every hour from the new pier, "
         "and the Fjord Transit Authority expects a thousand passengers a day.")


def big_release(n: int = 5000) -> Release:
    body = []
    for i in range(n):
        kind = "subhead" if i % 10 == 0 else "list-item" if i % 10 in (5, 6) else "body"
        text = f"{i:05d} {_TEXT}"  # every paragraph its own text: nothing cached carries over
        body.append(Paragraph(f"p{i}", text, [Entity(f"a{i}", "person", 12, 20, ref="wd:Q1"),
                                               Entity(f"b{i}", "place", 46, 52, ref="iso3166:NO")], kind=kind))
    return Release(id="big", headline="Ferry line opens", body=body)


def bare_write(release: Release) -> bytes:
    value = "\n".join(f"<p>{html.escape(p.text, quote=False)}</p>" for p in release.body)
    item = {"uri": "urn:x:big", "headlines": [{"value": release.headline}], "bodies": [{"value": value}]}
    return json.dumps(item, ensure_ascii=False, indent=2).encode("utf-8")


def bare_read(data: bytes) -> object:
    item = json.loads(data)
    tokenizer = HTMLParser()
    tokenizer.feed(item["bodies"][0]["value"])
    tokenizer.close()
    return item


def main() -> int:
    release = big_release()
    data = ninjs.write(release)
    assert ninjs.read(data).body == release.body  # the timed reader really reads it all back
    ours, bare = best_pair(lambda: ninjs.write(release), lambda: bare_write(release), ROUNDS)
    held = bench_line("ninjs_write_5000_paragraphs_ratio", ours / bare, TARGET_WRITE, "<=")
    print(f"  write: ninjs {ours * 1000:.0f} ms, bare json.dumps {bare * 1000:.0f} ms")
    ours, bare = best_pair(lambda: ninjs.read(data), lambda: bare_read(data), ROUNDS)
    held &= bench_line("ninjs_read_5000_paragraphs_ratio", ours / bare, TARGET_READ, "<=")
    print(f"  read: ninjs {ours * 1000:.0f} ms, json.loads + HTML tokenizer {bare * 1000:.0f} ms")
    return 0 if held else 1


if __name__ == "__main__":
    sys.exit(main())
