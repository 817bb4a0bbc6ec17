"""The report formats, written file by file as a run goes, so a million files never sit in memory.

JSON Lines and CSV go straight to their file, one line per file (CSV: one row
per issue), and end with the summary. JSON, XML and HTML put the summary first,
so their per-file part waits in a temporary file beside the report until the
run ends; then the whole report is written at once (temp file, rename).

An HTML report of more than ``HTML_ALL_ROWS`` files lists only the files with
something to say (not valid, warnings, or a changed verdict): a browser cannot
show a million rows, and the JSON, JSON Lines and CSV reports list them all.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from typing import IO, Any

from app.validation.batch import VERDICTS, FileResult
from app.validation.intake import shown_path

FORMATS = ("json", "jsonl", "csv", "html", "xml")
HTML_ALL_ROWS = 2000
_NOTHING: Iterator[bytes] = iter(())
# one encoder for every line: json.dumps with options builds a new one per call
_ENCODE = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
_STRING = json.encoder.encode_basestring  # a str as JSON, as json.dumps(..., ensure_ascii=False) spells it
_CSV_COLUMNS = ("path", "verdict", "sha256", "changed", "severity", "id", "line", "column", "xpath", "field",
                "message")


_WORDS: dict[str | None, str] = {}  # verdicts and profile names as JSON: a handful of values, spelled once


def _word(value: str | None) -> str:
    spelled = _WORDS.get(value)
    if spelled is None:
        spelled = _WORDS[value] = _string(value)
    return spelled


def quick_json(result: FileResult) -> str:
    """The JSON entry of a file without issues, straight from its result: what ``entry_json(file_entry(...))``
    gives, without building the dictionary (most files of an archive, on the path a cached re-run takes)."""
    path, verdict, sha256, size, profile, _issues = result
    return (f'{{"path": {_STRING(path) if path.isascii() and path.isprintable() else _STRING(shown_path(path))}, '
            f'"verdict": {_WORDS.get(verdict) or _word(verdict)}, '
            f'"sha256": {"null" if sha256 is None else _STRING(sha256)}, '
            f'"size": {"null" if size is None else int(size)}, '
            f'"profile": {_WORDS.get(profile) or _word(profile)}, "errors": 0, "warnings": 0, "issues": []}}')


class Format:
    """One report format. ``begin`` and ``add`` write to ``out`` as the run goes (for a spooled format,
    ``out`` is the temporary file); ``end`` writes the rest and gets the summary. A format that takes
    ``add_json`` accepts a file's entry already spelled as JSON."""

    spooled = False
    add_json: Callable[[str, IO[bytes]], None] | None = None

    def begin(self, head: Mapping[str, Any], out: IO[bytes]) -> None:
        pass

    def add(self, entry: dict[str, Any], out: IO[bytes]) -> None:
        raise NotImplementedError

    def add_json_all(self, texts: list[str], out: IO[bytes]) -> None:
        """Several entries spelled as JSON, in order (a format that takes ``add_json``)."""
        for text in texts:
            self.add_json(text, out)  # type: ignore[misc]

    def end(self, head: Mapping[str, Any], out: IO[bytes], body: Iterator[bytes] = _NOTHING) -> None:
        """Finish the report: ``head`` now holds the summary; a spooled format copies ``body`` into ``out``."""
        raise NotImplementedError


def _string(value: str | None) -> str:
    return "null" if value is None else _STRING(value)


def entry_json(entry: dict[str, Any]) -> str:
    """``entry`` as one line of JSON. A file without issues (most of an archive) is spelled directly: the
    encoder's general path costs as much per file as reading it."""
    if entry["issues"] or len(entry) != 8:
        return _ENCODE(entry)
    size = entry["size"]
    return (f'{{"path": {_string(entry["path"])}, "verdict": {_string(entry["verdict"])}, '
            f'"sha256": {_string(entry["sha256"])}, "size": {"null" if size is None else int(size)}, '
            f'"profile": {_string(entry["profile"])}, "errors": 0, "warnings": 0, "issues": []}}')


class Json(Format):
    """Indented, one line per file, so a diff of two runs shows one line per file that changed."""

    spooled = True

    def __init__(self) -> None:
        self.first = True

    def add(self, entry: dict[str, Any], out: IO[bytes]) -> None:
        self.add_json(entry_json(entry), out)

    def add_json(self, text: str, out: IO[bytes]) -> None:  # type: ignore[override]
        out.write((("\n    " if self.first else ",\n    ") + text).encode())
        self.first = False

    def add_json_all(self, texts: list[str], out: IO[bytes]) -> None:
        if texts:
            out.write((("\n    " if self.first else ",\n    ") + ",\n    ".join(texts)).encode())
            self.first = False

    def end(self, head: Mapping[str, Any], out: IO[bytes], body: Iterator[bytes] = _NOTHING) -> None:
        text = json.dumps(head, indent=2, ensure_ascii=False)
        out.write((text[:-2] + ',\n  "files": [').encode())
        out.writelines(body)
        out.write(b"]\n}\n" if self.first else b"\n  ]\n}\n")


def _head_only(head: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in head.items() if k != "summary"}


class JsonLines(Format):
    """The head (validator, profile, today) on the first line, one file per line, the summary last."""

    def begin(self, head: Mapping[str, Any], out: IO[bytes]) -> None:
        out.write((json.dumps(_head_only(head), ensure_ascii=False) + "\n").encode())

    def add(self, entry: dict[str, Any], out: IO[bytes]) -> None:
        out.write((entry_json(entry) + "\n").encode())

    def add_json(self, text: str, out: IO[bytes]) -> None:  # type: ignore[override]
        out.write((text + "\n").encode())

    def add_json_all(self, texts: list[str], out: IO[bytes]) -> None:
        if texts:
            out.write(("\n".join(texts) + "\n").encode())

    def end(self, head: Mapping[str, Any], out: IO[bytes], body: Iterator[bytes] = _NOTHING) -> None:
        out.write((json.dumps({"summary": head["summary"]}, ensure_ascii=False) + "\n").encode())


class Csv(Format):
    """One row per issue (a file without issues gets one row); ``#`` lines name the validator first and
    give the counts last."""

    def __init__(self) -> None:
        import csv
        import io

        self._text = io.StringIO()
        self._writer = csv.writer(self._text, lineterminator="\n")
        # csv quotes a value holding a "\n" (the line terminator) but not one holding a lone "\r", which
        # spreadsheets and csv readers take as a row's end: such a row (rare) gets every value quoted
        self._quoted = csv.writer(self._text, lineterminator="\n", quoting=csv.QUOTE_ALL)

    def _flush(self, out: IO[bytes]) -> None:
        out.write(self._text.getvalue().encode())
        self._text.seek(0)
        self._text.truncate()

    def begin(self, head: Mapping[str, Any], out: IO[bytes]) -> None:
        v = head["validator"]
        self._text.write(f"# {v['name']} {v['version']}; lxml {v['lxml']}; libxml2 {v['libxml2']}; "
                         f"profile {head['profile'].get('name')}; today {head['today']}\n")
        self._writer.writerow(_CSV_COLUMNS)
        self._flush(out)

    def add(self, f: dict[str, Any], out: IO[bytes]) -> None:
        changed = "" if "changed" not in f else ("yes" if f["changed"] else "no")
        for i in f["issues"] or [{}]:
            row = [f["path"], f["verdict"], f["sha256"] or "", changed, i.get("severity", ""), i.get("id", ""),
                   i.get("line") or "", i.get("column") or "", i.get("xpath") or "", i.get("field", ""),
                   i.get("message", "")]
            carriage = any("\r" in value for value in row if isinstance(value, str))
            (self._quoted if carriage else self._writer).writerow(row)
        self._flush(out)

    def end(self, head: Mapping[str, Any], out: IO[bytes], body: Iterator[bytes] = _NOTHING) -> None:
        s = head["summary"]
        out.write(("# " + "; ".join(f"{k} {json.dumps(s[k])}" for k in ("files", *VERDICTS, "cancelled",
                                                                          "from_cache")) + "\n").encode())


def _attrs(values: Mapping[str, Any], skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Plain values as XML attributes: JSON's spelling for booleans, lists space-separated, None left out."""
    attrs = {}
    for key, value in values.items():
        if value is None or key in skip or isinstance(value, dict):
            continue
        if isinstance(value, bool):
            attrs[key] = "true" if value else "false"
        elif isinstance(value, list):
            if all(isinstance(v, str) for v in value):
                attrs[key] = " ".join(value)
        else:
            attrs[key] = str(value)
    return attrs


class Xml(Format):
    spooled = True

    def add(self, f: dict[str, Any], out: IO[bytes]) -> None:
        from lxml import etree

        el = etree.Element("file", _attrs(f, ("issues",)))
        for i in f["issues"]:
            etree.SubElement(el, "issue", _attrs(i, ("message",))).text = i["message"]
        for line in etree.tostring(el, encoding="UTF-8", pretty_print=True).splitlines(keepends=True):
            out.write(b"  " + line)

    def end(self, head: Mapping[str, Any], out: IO[bytes], body: Iterator[bytes] = _NOTHING) -> None:
        from lxml import etree

        root = etree.Element("validation-report", format=str(head["format"]), today=head["today"])
        etree.SubElement(root, "validator", _attrs(head["validator"]))
        etree.SubElement(root, "profile", _attrs(head["profile"]))
        s = head["summary"]
        summary = etree.SubElement(root, "summary", _attrs(s, ("top_issues", "gone")))
        for top in s["top_issues"]:
            etree.SubElement(summary, "top-issue", _attrs(top))
        for path in s.get("gone", []):
            etree.SubElement(summary, "gone", path=path)
        text = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
        closing = b"</validation-report>\n"
        out.write(text[: -len(closing)])
        out.writelines(body)
        out.write(closing)


class Html(Format):
    """Rows wait in the spool one per line, marked ``V`` (nothing to say) or ``F``; past ``HTML_ALL_ROWS``
    files the ``V`` rows are no longer kept, and are left out at the end."""

    spooled = True

    def __init__(self) -> None:
        self.files = 0

    def add(self, f: dict[str, Any], out: IO[bytes]) -> None:
        self.files += 1
        quiet = f["verdict"] == "valid" and not f["issues"] and not f.get("changed")
        if quiet and self.files > HTML_ALL_ROWS:
            return
        from html import escape as e

        first = f["issues"][0] if f["issues"] else None
        where = f":{first['line']}" if first and first.get("line") else ""
        mark = " *" if f.get("changed") else ""
        details = "".join(
            f"<li><b>{e(i['severity'])}</b> <code>{e(i['id'])}</code> "
            f"{'line ' + str(i['line']) + ': ' if i.get('line') else ''}{e(i['message'])}</li>" for i in f["issues"])
        row = (f"<tr class=\"{e(f['verdict'])}\"><td>{e(f['path'])}{where}</td><td>{e(f['verdict'])}{mark}</td>"
               f"<td>{f['errors']}</td><td>{f['warnings']}</td><td><ul>{details}</ul></td>"
               f"<td><code>{e(f['sha256'] or '')}</code></td></tr>")
        out.write(("V" if quiet else "F").encode() + row.replace("\n", "&#10;").encode() + b"\n")

    def end(self, head: Mapping[str, Any], out: IO[bytes], body: Iterator[bytes] = _NOTHING) -> None:
        from html import escape as e

        s, v = head["summary"], head["validator"]
        all_rows = self.files <= HTML_ALL_ROWS
        tops = "".join(f"<li>{t['count']} × <code>{e(t['id'])}</code> ({e(t['severity'])}, {t['files']} files): "
                       f"{e(t['example'])}</li>" for t in s["top_issues"])
        counts = ", ".join(f"{s[k]} {k}" for k in VERDICTS)
        changed = (f"<p>{s['changed']} file(s) changed verdict since the baseline (marked *).</p>"
                   if "changed" in s else "")
        cancelled = "<p><b>Cancelled</b>: the run was stopped; only the files listed were checked.</p>" \
            if s.get("cancelled") else ""
        title = "Files" if all_rows else "Files with issues"
        note = "" if all_rows else (
            f"<p>The run checked more than {HTML_ALL_ROWS:,} files: only the files that are not valid, have "
            "warnings or changed verdict are listed; the JSON, JSON Lines and CSV reports list every file.</p>\n")
        out.write(f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Validation report</title>
<style>body{{font-family:sans-serif}} table{{border-collapse:collapse}} td,th{{border:1px solid #ccc;padding:4px;
vertical-align:top}} tr.valid td:nth-child(2){{color:#185}} tr.invalid td:nth-child(2){{color:#b50}}
tr.not-well-formed td:nth-child(2),tr.unreadable td:nth-child(2){{color:#c00}} ul{{margin:0;padding-left:1em}}</style>
</head><body>
<h1>Validation report</h1>
{cancelled}<p>{s['files']} files: {counts}. Profile <code>{e(str(head['profile'].get('name')))}</code>; today
{e(head['today'])}. Checked by {e(v['name'])} {e(v['version'])} with lxml {e(v['lxml'])}, libxml2
{e(v['libxml2'])}, libxslt {e(v['libxslt'])}.</p>
{changed}<h2>Most frequent issues</h2><ol>{tops}</ol>
<h2>{title}</h2>
{note}<table><tr><th>File</th><th>Verdict</th><th>Errors</th><th>Warnings</th><th>Issues</th><th>SHA-256</th></tr>
""".encode())
        for line in _lines(body):
            if all_rows or line[:1] == b"F":
                out.write(line[1:])
        out.write(b"</table></body></html>\n")


def _lines(body: Iterator[bytes]) -> Iterator[bytes]:
    """The spool's chunks as whole lines."""
    rest = b""
    for chunk in body:
        rest += chunk
        *lines, rest = rest.split(b"\n")
        for line in lines:
            yield line + b"\n"
    if rest:
        yield rest


FORMAT_CLASSES: dict[str, type[Format]] = {"json": Json, "jsonl": JsonLines, "csv": Csv, "html": Html, "xml": Xml}
