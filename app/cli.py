"""The ``release-desk`` command: the window by default, headless subcommands beside it.

    release-desk [FILE ...]                      open the editor window
    release-desk convert IN --to FMT [-o OUT]    convert a release between formats
    release-desk validate DIR_OR_FILE ...        check files or folders against a validation profile
    release-desk suggest FILE [--apply -o OUT]   propose entity tags, offline
    release-desk spellcheck FILE [--lang TAG]    list unknown words with suggestions
    release-desk diff A B [--json]               compare two releases field by field

Exit status: 0 success / all valid, 1 some invalid, 2 some unreadable or a usage error,
130 validation stopped with Ctrl+C, 141 the output's reader went away (``| head``), quietly.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Only what every subcommand needs: each imports its own module and work when it runs, so that
# `release-desk validate` loads no python-docx, no Qt and no other subcommand (python -X importtime shows it).
from app import __version__

EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2
EXIT_PIPE = 128 + 13  # the reader of the output went away (SIGPIPE's status in a shell)
SUBCOMMANDS = ("convert", "validate", "suggest", "spellcheck", "diff")
# --to formats that are not app.formats writers: the reading layout (Qt lays it out) and the
# briefing note through LibreOffice
PDF_FORMATS = ("pdf", "briefing-pdf")
READABLE = ".txt, .docx, Release XML, NITF, NewsML-G2, ninjs"  # what convert and the window read

if TYPE_CHECKING:
    from app.formats.textparse.pipeline import Imported
    from app.model import Release


def _parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = _LeanParser(
        prog="release-desk",
        description=(
            "Release Desk: structure, tag, validate and export press releases. "
            "With no subcommand it opens the editor window on the FILEs given."
        ),
        epilog="Exit status: 0 all good, 1 some release invalid, 2 some file unreadable or a usage error.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_LeanParser)
    if only == "validate":  # `release-desk validate` starts fast: only its own options are built
        _command("validate").add_parser(sub)
        return parser

    gui = sub.add_parser("open", help="open the editor window (the default)")
    gui.add_argument("files", nargs="*", metavar="FILE", help=f"releases to open ({READABLE})")

    convert = sub.add_parser(
        "convert",
        help="convert a release to another format",
        description="Read a release (format from its content or extension) and write it in another format.",
    )
    convert.add_argument("input", metavar="IN", help=f"the release to read ({READABLE})")
    convert.add_argument("--to", required=True, choices=_writable(), help="the format to write")
    convert.add_argument("-o", "--output", default="-", metavar="OUT", help="where to write; - (default) is stdout")
    convert.add_argument("--model", type=Path, metavar="MODEL.crfsuite",
                         help="import text and Word with this line-labeller model instead of the shipped one "
                              "(make score uses it for each fold's model)")

    for name in ("validate", "suggest", "spellcheck", "diff"):
        _command(name).add_parser(sub)
    return parser


def _command(name: str) -> Any:
    """The module of a headless subcommand (app.cli_NAME), imported only when that command is asked for."""
    import importlib

    return importlib.import_module(f"app.cli_{name}")


def _terminal_width() -> int:
    """What shutil.get_terminal_size() gives (COLUMNS, else the terminal, else 80), without importing shutil:
    argparse asks for it for every option it adds, and shutil costs a one-file validate a few ms to import."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.HelpFormatter(prog, width=_terminal_width() - 2)


class _LeanParser(argparse.ArgumentParser):
    """An ArgumentParser whose help is laid out to the terminal's width without importing shutil."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _formatter)
        super().__init__(*args, **kwargs)


def _writable() -> list[str]:
    from app.formats import FORMATS

    return [*(f.name for f in FORMATS.values() if f.can_write), *PDF_FORMATS]


def _err(message: str) -> None:
    # a file name that is not UTF-8 arrives as surrogate escapes: show its bytes as \xe9, as validate does
    from app.validation.intake import shown_path

    # (a message of several lines is several diagnostics: each is escaped on its own line)
    print("\n".join(shown_path(line) for line in message.split("\n")), file=sys.stderr)


def _without_name(message: str, name: str) -> str:
    """``message`` without a leading "NAME: " (readers name their source; the diagnostic names it once),
    on one line."""
    if message.startswith(f"{name}: "):
        message = message[len(name) + 2:]
    return " ".join(message.split("\n"))


def _imported(path: str) -> Imported | None:
    """A text or Word release as imported, with its labelled lines; None for the other formats (read once)."""
    from app.formats import format_for_name, import_path

    by_name = format_for_name(Path(path).name)
    return import_path(path) if by_name is None or by_name.name in ("txt", "docx") else None


def _convert(args: argparse.Namespace) -> int:
    from app.formats import FORMATS, FormatError, read_path_with_warnings

    if args.model is not None and not _use_model(args.model):
        return EXIT_UNREADABLE
    try:
        imported = _imported(args.input)
        release, read_warnings = ((imported.release, imported.warnings) if imported is not None
                                  else read_path_with_warnings(args.input))
    except FormatError as exc:
        _err(f"release-desk: {exc}")
        return EXIT_UNREADABLE
    for warning in read_warnings:  # what the reader left out or guessed (Word tables, an NITF version)
        _err(f"{args.input}: warning: {_without_name(warning, args.input)}")
    for line in imported.report() if imported is not None else []:  # the import report: no line dropped unsaid
        _err(f"{args.input}: left out: {line}")
    if args.to in PDF_FORMATS:
        try:
            data, warnings = _pdf(release, args.to, args.input), []
        except FormatError as exc:
            _err(f"release-desk: {exc}")
            return EXIT_UNREADABLE
    else:
        fmt = FORMATS[args.to]
        module = fmt._load()
        with_warnings = getattr(module, "write_with_warnings", None)
        if with_warnings is not None:
            data, warnings = with_warnings(release)
        else:
            data, warnings = fmt.writer()(release), []
    for warning in warnings:
        _err(f"{args.input}: warning: {_without_name(warning, args.input)}")
    if args.output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    out = Path(args.output)
    if out.resolve() == Path(args.input).resolve():
        _err(f"release-desk: {out}: refusing to overwrite the input file; choose another -o")
        return EXIT_UNREADABLE
    expected = _suffixes(args.to)
    if out.suffix and out.suffix.lower() not in expected:  # `--to docx -o note.pdf` would fool whoever opens it
        _err(f"{out}: warning: the extension {out.suffix} does not match --to {args.to} (written as {args.to} all "
             f"the same; name it {' or '.join(expected)})")
    from app.fileio import atomic_write

    try:
        atomic_write(out, data)
    except OSError as exc:
        _err(f"release-desk: {out}: cannot write: {exc.strerror or exc}")
        return EXIT_UNREADABLE
    return EXIT_OK


def _use_model(model: Path) -> bool:
    """Import with the line-labeller model ``model``, opened now: a file that is no model is a message naming it
    before any import, not a traceback from the middle of one. False (said on stderr) when it cannot be used."""
    if model.is_dir():
        _err(f"release-desk: {model}: is a folder, not a model file; give the .crfsuite file "
             "(`make model` trains one)")
        return False
    if not model.is_file():
        _err(f"release-desk: {model}: no such model file; train one with `make model`")
        return False
    from app.formats.textparse.labeller import labeller, use_model

    try:
        labeller(model)  # the model is read here: ValueError for a file that is not one
    except (ValueError, OSError) as exc:
        reason = (exc.strerror if isinstance(exc, OSError) and exc.strerror else
                  str(exc) if str(exc).startswith("not a line-labeller model") else "not a line-labeller model")
        _err(f"release-desk: {model}: cannot use it as the import model ({reason}); give a .crfsuite file "
             "trained by `make model`, or leave out --model to use the shipped one")
        return False
    use_model(model)
    return True


def _suffixes(to: str) -> list[str]:
    """The extensions a file written ``--to`` this format may end in (".nitf.xml" ends in .xml: XML)."""
    if to in PDF_FORMATS:
        return [".pdf"]
    from app.formats import FORMATS

    return list(dict.fromkeys("." + ext.rsplit(".", 1)[-1] for ext in FORMATS[to].extensions))


def _pdf(release: Release, to: str, source: str) -> bytes:
    if to == "briefing-pdf":
        from app.formats import briefing_pdf, docx_briefing

        return briefing_pdf.docx_to_pdf(docx_briefing.write(release), source)
    # Qt lays the page out (Unicode fonts, Arabic shaping and direction); QtGui only, no window
    from app.gui.printing import release_pdf

    return release_pdf(release)


def _reader_gone() -> int:
    """The status of a command whose output's reader went away (a closed pipe): quietly, what a shell reports
    for a process that SIGPIPE ended. Output still buffered goes nowhere, so the exit adds no traceback."""
    import contextlib

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            # not a real file (a test's capture) has no descriptor, and nothing of it reaches a pipe
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
    return EXIT_PIPE


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `release-desk FILE` means `release-desk open FILE`: the window is the default.
    implicit = not args_list or (args_list[0] not in (*SUBCOMMANDS, "open") and not args_list[0].startswith("-"))
    if implicit:
        args_list.insert(0, "open")
    args = _parser(args_list[0]).parse_args(args_list)
    if args.command in SUBCOMMANDS:
        try:
            return _convert(args) if args.command == "convert" else int(_command(args.command).run(args))
        except BrokenPipeError:  # `release-desk diff A B | head`: the reader has all it wanted
            return _reader_gone()
    refusal = _before_the_window(list(args.files), implicit)
    if refusal is not None:  # said here: Qt without a display aborts the process, with no word of why
        _err(refusal)
        return EXIT_UNREADABLE
    from app.gui import run

    return run(list(args.files))


def _before_the_window(files: list[str], implicit: bool) -> str | None:
    """Why the window cannot open (a mistyped subcommand, a file that is not there, no display), else None."""
    missing = [f for f in files if not os.path.exists(f)]
    word = files[0] if implicit and len(files) == 1 and missing else ""
    if word and "." not in word and os.sep not in word and "/" not in word:  # a word, not a file name
        import difflib

        close = difflib.get_close_matches(word, (*SUBCOMMANDS, "open"), n=2, cutoff=0.6)
        if close:
            return (f"release-desk: unknown command {word!r} (did you mean {' or '.join(close)}?); "
                    "release-desk --help lists them")
        return (f"release-desk: no such file or command: {word!r}; the commands are {', '.join(SUBCOMMANDS)} "
                "(release-desk --help)")
    if missing:
        from app.validation.intake import shown_path

        return "\n".join(f"release-desk: no such file: {shown_path(f)}" for f in missing)
    if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM")):
        return ("release-desk: the editor window needs a display, and there is none (DISPLAY and WAYLAND_DISPLAY "
                "are not set); open it in a desktop session, or use a command that needs none: "
                f"{', '.join(SUBCOMMANDS)} (release-desk COMMAND --help)")
    return None


if __name__ == "__main__":
    sys.exit(main())
