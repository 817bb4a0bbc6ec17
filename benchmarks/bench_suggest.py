"""Tag suggestions for a 5,000-paragraph release against a bare vocabulary scan.

Not a test: run it (``make bench``) and read the ratio. The baseline is the
cheapest thing that could pass for a tagger: the same paragraphs scanned by one
compiled regex alternation of every vocabulary term (longest first, word
boundaries). Ours does that scan with a first-word index, runs the pattern
rules (titles, acronyms, SDGs, public bodies, head words), learns repeats in a
second pass and resolves overlaps. Both are timed in the same run, interleaved.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import bench_line, best_pair

PARAGRAPHS = 5_000
ROUNDS = 7

_SENTENCES = (
    "UNIDO Director General LI Yong opened the first Green Manufacturing Forum in Shenzhen today.",
    "The forum launched the Shenzhen Clean Production Partnership (SCPP) with the Shenzhen Municipal Government.",
    "Vice President of the China Association of Small and Medium Enterprises ZHOU Mingcheng said it would start soon.",
    "It serves Sustainable Development Goal 9 (SDG9) and the Third Industrial Development Decade for Africa.",
    "Factories in Ethiopia and Senegal will share energy data with the World Bank and the European Union.",
    "\"We need access by boat and by air now,\" said Amina Okafor, Regional Director at Save the Children.",
    "The programme will train 1,500 auditors over three years and publish open benchmarks for twelve sectors.",
)


def _release():  # imports inside: sys.path is set up first
    from app.model import Paragraph, Release

    n = len(_SENTENCES)
    body = [
        Paragraph(id=f"p{i}", text=" ".join(_SENTENCES[(i + k) % n] for k in range(3)))
        for i in range(PARAGRAPHS)
    ]
    return Release(id="bench", headline="A very long release", body=body)


def main() -> int:
    from app.annotate.suggest import suggest
    from app.annotate.vocabulary import load_shipped
    from app.paths import resources_dir

    vocabulary = load_shipped(resources_dir() / "vocabularies").prepared()
    release = _release()
    terms = sorted(vocabulary.terms, key=len, reverse=True)
    alternation = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, terms)) + r")(?!\w)")

    def ours() -> object:
        return suggest(release, vocabulary)

    def baseline() -> object:
        return [list(alternation.finditer(p.text)) for p in release.body]

    count = len(ours())
    # CPU time (best_pair's default): on this shared machine a neighbour's load moves it least
    t_ours, t_base = best_pair(ours, baseline, ROUNDS)
    print(f"{PARAGRAPHS} paragraphs, {len(vocabulary)} vocabulary terms, {count} suggestions")
    print(f"suggest():                   {t_ours * 1000:8.1f} ms")
    print(f"baseline (one regex of all terms): {t_base * 1000:8.1f} ms")
    return 0 if bench_line("suggest.5000-paragraphs-vs-one-regex", t_ours / t_base, 2.0, "<=") else 1


if __name__ == "__main__":
    sys.exit(main())
