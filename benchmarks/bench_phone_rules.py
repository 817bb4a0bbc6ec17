"""What reading phone numbers with ``phonenumbers`` costs the editorial rules, against the same rules with the
old pattern check, in the same run.

Not a test: run it and read the ratios. It builds native releases with two contacts each and checks them
as ``release-desk validate --profile release`` does (parse, XSD, Schematron), twice per round, interleaved:
as Release Desk runs the rules (the phone rule calls ``phonenumbers`` through an XSLT extension function)
and compiled without the extension functions, so that the rule falls back to its pattern of digits and
separators (the baseline: what the rule cost before).
Two sets of releases:

* an archive: the numbers of 200 press offices, so most repeat (the usual case);
* every number different, half of them national numbers of another country than the language suggests
  (British numbers in English releases, which are tried in other countries): the worst case.

Each process starts with empty caches, and the first numbers load the library's metadata; both sets are
timed from a fresh process so that cost is counted. Target for the archive: at most 1.5x (every new
number is parsed, some 50 us; a number seen before costs a cache look-up).

    .venv/bin/python benchmarks/bench_phone_rules.py [--files N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from timing import bench_line  # noqa: E402


def _one(kind: str, files: int, with_phones: bool) -> float:
    """CPU seconds of a fresh process checking ``files`` releases of ``kind`` as ``release-desk validate`` does
    (parse, XSD, Schematron: ``batch.Checker.check_bytes``), the profile compiled first."""
    code = f"""
import sys, time
sys.path.insert(0, {str(HERE.parent)!r})
from app.formats import release_xml
from app.model import Contact
from app.validation import batch, profiles
import app.validation.schematron as sch
from tests.validation.defects import TODAY, base_release
if not {with_phones}:
    sch.EXTENSIONS = {{}}
data = []
for i in range({files}):
    r = base_release()
    r.headline = f"Harbour opens ferry line {{i}}"
    n = i % 200 if {kind!r} == "archive" else i
    norway = f"+47 55 {{n % 100:02d}} {{n // 100 % 100:02d}} 00"
    r.contacts = [Contact(name="Press", email="p@example.org", phone=norway),
                  Contact(name="Desk", phone=f"020 7946 {{n % 10000:04d}}")]
    data.append(release_xml.write(r))
checker = batch.prepare(batch.RunSpec(profiles.builtin_profiles()["release"], today=TODAY))
started = time.process_time()
for i, one in enumerate(data):
    assert checker.check_bytes(f"r{{i}}.xml", one).verdict == "valid"
print(time.process_time() - started)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return float(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    held = True
    for kind in ("archive", "distinct"):
        ours = base = float("inf")
        for _ in range(args.rounds):  # interleaved: load on the machine falls on both sides alike
            ours = min(ours, _one(kind, args.files, True))
            base = min(base, _one(kind, args.files, False))
        ratio = ours / base
        print(f"{kind}: {args.files} releases, with phonenumbers {ours * 1e6 / args.files:.0f} us a release, "
              f"with the pattern {base * 1e6 / args.files:.0f} us, ratio {ratio:.2f}")
        if kind == "archive":
            held = bench_line("validate.phones.archive", ratio, 1.5, "<=") and held
    return 0 if held else 1


if __name__ == "__main__":
    sys.exit(main())
