"""The ``unspin`` command line. Its interface is stable: scripts rely on it.

    unspin check FILE [--json] [--min-confidence X] [--all] [--report OUT.html|OUT.csv]
    unspin repair FILE -o OUT [--accept-all | --min-confidence X]
    unspin scan PATH... [-o OUT.jsonl|OUT.csv|OUT.html] [--workers N] [--scheduler ADDRESS] [--resume]
    unspin learn ORIGINAL SPUN [-o LEXICON]
    unspin [gui] [FILE]

Exit status: 0 on success, 2 on usage errors, 1 on bad input (one line on stderr, no traceback).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from unspin import __version__
from unspin.formats.reading import is_stdin
from unspin.core.bounded_read import one_line
from unspin.formats.safe_write import shown as printable

COMMANDS = ("check", "repair", "learn", "scan", "gui")


class UsageError(Exception):
    pass


def _add_engine_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lexicon", action="append", type=Path, default=[], metavar="FILE",
                   help="an extra lexicon (.tsv, or a Problematic Paper Screener .csv); may repeat")
    p.add_argument("--thesaurus", action="append", type=Path, default=[], metavar="FILE",
                   help="a spinner's synonym file (lines head|alt|alt or {a|b|c}) to reverse; may repeat")
    p.add_argument("--no-numerals", action="store_true", help="do not suggest spelling out small numbers")
    quotes = p.add_mutually_exclusive_group()
    quotes.add_argument("--protect-quotes", dest="protect_quotes", action="store_true", default=None,
                        help="leave text inside quotation marks as written")
    quotes.add_argument("--include-quotes", dest="protect_quotes", action="store_false",
                        help="repair text inside quotation marks too (the default, unless Preferences say otherwise)")
    neural = p.add_mutually_exclusive_group()
    neural.add_argument("--no-neural", dest="neural", action="store_false", default=None,
                        help="decide without the neural language model's second opinion on uncertain swaps "
                             "(faster; by default it runs on documents up to 5,000 words)")
    neural.add_argument("--neural", dest="neural", action="store_true",
                        help="ask the neural language model about uncertain swaps whatever the document's "
                             "length (some 0.2 s a swap; by default only up to 5,000 words, unless "
                             "Preferences turn it off)")


class _Parser(argparse.ArgumentParser):
    """argparse's own errors ("invalid float value") read as every other error of the command line:
    the command's usage on one line, then one ``unspin: error:`` line (argparse wrote the usage over
    several lines and "unspin check: error: ..."). Subcommands' parsers are of this class too."""

    def error(self, message: str):
        self.exit(2, " ".join(self.format_usage().split()) + f"\nunspin: error: {one_line(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="unspin",
        description="Find and repair spun text (article-spinner swaps and tortured phrases), offline.",
        epilog="With no command, or with 'gui', opens the window (on a bundled sample when no FILE is given).")
    parser.add_argument("--version", action="version", version=f"unspin {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="list suggestions for a document")
    check.add_argument("file", type=Path, help="the document ('-' for standard input)")
    check.add_argument("--json", action="store_true", help="print machine-readable JSON")
    check.add_argument("--min-confidence", type=float, default=None, metavar="X",
                       help="show suggestions at or above this confidence (default: the engine's default)")
    check.add_argument("--all", action="store_true", help="show every candidate, whatever its confidence")
    check.add_argument("--report", type=Path, default=None, metavar="OUT",
                       help="also write a change report: OUT.html (side by side) or OUT.csv")
    _add_engine_options(check)

    repair = sub.add_parser("repair", help="write a repaired copy of a document")
    repair.add_argument("file", type=Path, help="the document ('-' for standard input)")
    repair.add_argument("-o", "--output", type=Path, required=True, metavar="OUT",
                        help="where to write the repaired document ('-' for standard output)")
    mode = repair.add_mutually_exclusive_group()
    mode.add_argument("--accept-all", action="store_true",
                      help="apply every suggestion at or above the default confidence (the default)")
    mode.add_argument("--min-confidence", type=float, default=None, metavar="X",
                      help="apply suggestions at or above this confidence")
    repair.add_argument("--overwrite", action="store_true",
                        help="allow OUT to be FILE itself (a backup FILE~ is kept)")
    repair.add_argument("--encoding", default=None, metavar="NAME",
                        help="write a text file in this encoding (e.g. utf-8) instead of its own; needed when "
                             "a repair has characters the file's encoding cannot hold")
    _add_engine_options(repair)
    for p in (check, repair):
        p.add_argument("--source", action="append", type=Path, default=[], metavar="ORIGINAL",
                       help="the original the document was spun from, if you have it (any format Unspin "
                            "reads): a copy of it is repaired word for word against it; may repeat")

    learn = sub.add_parser("learn", help="learn a spinner's swaps from an original and its spun copy",
                           description="Align a spun copy with its original, extract the swaps with their "
                                       "counts and save them as a user lexicon, used from then on by check, "
                                       "repair and the window.")
    learn.add_argument("original", type=Path, help="the original document")
    learn.add_argument("spun", type=Path, help="a spun copy of it")
    learn.add_argument("-o", "--output", type=Path, default=None, metavar="LEXICON",
                       help="where to write the lexicon (.tsv; default: the settings folder's lexicons/ "
                            "folder, learned-SPUN.tsv)")
    learn.add_argument("--no-source", action="store_true",
                       help="do not keep the original as a source (by default its text is kept in the settings "
                            "folder's sources/ so that other copies of the same story are repaired against it)")

    from unspin.scan.command import add_parser as add_scan_parser
    add_scan_parser(sub, _add_engine_options)

    gui = sub.add_parser("gui", help="open the review window")
    gui.add_argument("file", type=Path, nargs="?")
    # A usage error in a command prints that command's usage, not the top-level one.
    for command in sub.choices.values():
        command.set_defaults(command_parser=command)
    return parser


def _unknown_command(argv: list[str]) -> str | None:
    """The error for ``unspin WORD ...`` when WORD is neither a command nor an existing file
    ("unspin chek x.txt", "unspin frobnicate"), else None: it is the file for the window."""
    word = argv[0]
    if Path(word).exists():
        return None
    looks_like_file = "/" in word or "\\" in word or Path(word).suffix != ""
    if looks_like_file and len(argv) == 1:
        return None  # "unspin missing.txt": reported as a missing file
    import difflib
    close = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.6)
    hint = f" (did you mean '{close[0]}'?)" if close else f" (commands: {', '.join(COMMANDS)})"
    return f"unknown command '{word}'{hint}"


def _engine(args):
    from unspin.engine import Engine
    engine = Engine(_engine_settings(args))
    if getattr(args, "source", None):
        from unspin.engine.sources import Source, SourceLibrary
        from unspin.formats.registry import load_document
        given = [Source.of(p.stem, load_document(p).text) for p in args.source]
        engine.sources = SourceLibrary(given + (engine.sources.sources if engine.sources else []))
    _refuse_unreadable_named(args, engine.problems)
    return engine


def _refuse_unreadable_named(args, problems) -> None:
    """A lexicon or thesaurus named on the command line that cannot be read at all (or, for a
    thesaurus, holds no synonym line) is an error, not a warning; one in the settings folder warns."""
    named = {str(p): "lexicon" for p in args.lexicon}
    named.update((str(p), "thesaurus") for p in args.thesaurus)
    for problem in problems:
        if problem.line == 0 and problem.path in named:
            from unspin.formats.errors import InputError
            # "cannot read the thesaurus: FILE is ..." names the file; "no synonym lines found" does not
            message = problem.message
            raise InputError(message if message.startswith(("cannot read", "standard input")) else
                             f"{named[problem.path]} {printable(problem.path)}: {message}")


def _engine_settings(args):
    from unspin.engine.lexicon import MAX_LEXICON_BYTES
    from unspin.engine.visibility import engine_settings
    from unspin.formats.errors import InputError
    from unspin.formats.reading import check_input
    for p in args.lexicon:
        try:
            check_input(p, MAX_LEXICON_BYTES, "lexicons")
        except InputError as exc:
            raise InputError(f"lexicon {exc}") from None
    from unspin.engine.thesaurus import MAX_THESAURUS_BYTES
    for p in args.thesaurus:
        if not os.path.lexists(p):
            raise UsageError(f"thesaurus {printable(p)}: no such file")
        try:
            check_input(p, MAX_THESAURUS_BYTES, "thesauri")
        except InputError as exc:
            raise InputError(f"thesaurus {exc}") from None
    from unspin.store.settings import user_lexicon_paths, user_source_paths, user_thesaurus_paths
    # The window's settings (rule groups, rules, the user's lexicons) shape this engine the same way.
    return engine_settings(_settings(), user_lexicon_paths() + list(args.lexicon), drop_disabled_rules=True,
                           thesauri=user_thesaurus_paths() + list(args.thesaurus), sources=user_source_paths(),
                           numerals=not args.no_numerals,
                           **({} if args.protect_quotes is None else {"protect_quotes": args.protect_quotes}),
                           **({} if args.neural is None else {"neural": args.neural}),
                           **({"neural_max_words": sys.maxsize} if args.neural else {}))


_SETTINGS = None


def _settings():
    """The user's settings, loaded (and their problems reported) once per run."""
    global _SETTINGS
    if _SETTINGS is None:
        from unspin.store.settings import load_settings
        problems: list[str] = []
        _SETTINGS = load_settings(problems)
        for p in problems:
            _say("warning", f"{p}")
    return _SETTINGS


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same path, a symbolic link to it, or a hard link."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        pass
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):
        return False


def _named_inputs(args) -> list[tuple[str, Path]]:
    """(what, path) of every file the command reads besides its document: lexicons, thesauri and
    sources (and a scan's own paths), none of which an output may replace."""
    named = [("document", p) for p in getattr(args, "paths", None) or []]
    for what, attr in (("lexicon", "lexicon"), ("thesaurus", "thesaurus"), ("source", "source")):
        named += [(what, p) for p in getattr(args, attr, None) or []]
    return named


def _refuse_stdin_twice(args) -> None:
    """UsageError when '-' names two of a command's files: standard input is read once, and the
    second was told "standard input is empty" of a pipe that was not (``learn - -``,
    ``check - --source -``)."""
    roles = [(what, getattr(args, attr, None)) for what, attr in
             (("the document", "file"), ("the original", "original"), ("the spun copy", "spun"))]
    roles += [(f"--{attr}", p) for attr in ("lexicon", "thesaurus", "source") for p in getattr(args, attr, None) or []]
    given = [what for what, p in roles if p is not None and is_stdin(p)]
    if len(given) > 1:
        raise UsageError(f"standard input can be read only once, and '-' is given for {' and '.join(given)}; "
                         "save one of them to a file")


def refuse_over_inputs(target: Path, role: str, inputs: list[tuple[str, Path]]) -> None:
    """UsageError when ``target`` (what the command writes) is one of ``inputs`` or a link to it: a
    report or repair written over the user's own lexicon or original would be lost without a backup."""
    for what, p in inputs:
        if not is_stdin(p) and _same_file(target, p):
            raise UsageError(f"{role} {printable(target)} is the {what} {printable(p)} this command reads; "
                             "name another file")


def _threshold(value: float | None, default: float) -> float:
    if value is None:
        return default
    if not 0.0 <= value <= 1.0:
        raise UsageError("--min-confidence must be between 0 and 1")
    return value


def cmd_check(args) -> int:
    from unspin.formats.registry import analyse_source, load_document
    threshold = 0.0 if args.all else _threshold(args.min_confidence, _default_threshold())
    if args.report is not None:
        _check_report_path(args.report, args.file)
        refuse_over_inputs(args.report, "the report", _named_inputs(args))
    source = load_document(args.file)
    for note in source.notes:
        _say("note", f"{note}")
    engine = _engine(args)
    _warn_problems(engine)
    analysis = analyse_source(engine, source)
    _note_skipped(analysis, source.text, args.file)
    if args.report is not None:
        from unspin.core.model import Document
        from unspin.formats.report import write_report
        write_report(Document(source.text, analysis.shown(threshold), analysis.spin_score), args.report,
                     title=printable(args.file.name if not is_stdin(args.file) else "standard input"))
        if isinstance(sys.stdout, _ClosedOutput):   # (>&-: the findings are in the report)
            print(f"{len(analysis.shown(threshold))} suggestion(s); wrote {printable(args.report)}", file=sys.stderr)
            return 0
    if args.json:
        json.dump(analysis.to_json(threshold), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    from unspin.formats.report import LineIndex
    shown = analysis.shown(threshold)
    lines = LineIndex(source.text)
    for s in shown:
        line, col = lines.line_col(s.start)
        alts = f" (or: {', '.join(s.alternatives)})" if s.alternatives else ""
        print(f"{printable(args.file)}:{line}:{col}: {s.original!r} -> {s.replacement!r}{alts} "
              f"[{s.confidence:.2f} {s.rule}] {s.explanation}")
    matched = f"; a copy of the source {analysis.source!r}" if getattr(analysis, "source", None) else ""
    print(f"{len(shown)} suggestion(s); spin score {analysis.spin_score:.2f}{matched}", file=sys.stderr)
    return 0


def _check_report_path(report: Path, source: Path) -> None:
    if report.suffix.lower() not in (".html", ".htm", ".csv"):
        raise UsageError("--report must name a .html or .csv file")
    if not is_stdin(source) and _same_file(report, source):
        raise UsageError(f"the report {printable(report)} is the input file (or a link to it); name another file")
    from unspin.formats.safe_write import check_writable_target
    check_writable_target(report)


def _note_skipped(analysis, text: str, name: Path) -> None:
    """Say which stretches were too pathological to analyse (see engine/windows.py)."""
    skipped = getattr(analysis, "skipped", None) or []
    if not skipped:
        return
    from unspin.formats.report import LineIndex
    lines = LineIndex(text)
    for s in skipped[:5]:
        line, col = lines.line_col(s.start)
        _say("note", f"{printable(name)}:{line}:{col}: not analysed: {s.reason}")
    if len(skipped) > 5:
        _say("note", f"{len(skipped) - 5} more stretches not analysed")


def cmd_repair(args) -> int:
    from unspin.formats.registry import (analyse_source, check_can_save, document_bytes, load_document, save_document,
                                         writes_text)
    from unspin.formats.errors import EncodingError
    from unspin.formats.safe_write import check_writable_target
    threshold = _threshold(args.min_confidence, _default_threshold())
    out = args.output
    # /dev/stdout is a link to whatever standard output is: a pipe (refused, as any pipe), or a file
    # that writing through the link would replace behind the shell's back. It means "-".
    to_stdout = str(out) in ("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")
    if args.encoding is not None:
        from unspin.formats.textfile import file_encoding
        try:
            file_encoding(args.encoding)
        except ValueError as exc:   # before a long analysis: unknown, or "base64", "rot13", "punycode"
            raise UsageError(f"--encoding: {exc}") from None
    if not to_stdout and not is_stdin(args.file) and _same_file(out, args.file) and not args.overwrite:
        raise UsageError("OUT is the input file (or a link to it); pass --overwrite to replace it "
                         "(a backup is kept)")
    if not to_stdout:
        refuse_over_inputs(out, "OUT", _named_inputs(args))
    source = load_document(args.file)
    if not to_stdout:
        check_writable_target(out)
        check_can_save(source, out)
        if args.encoding is not None and not writes_text(source, out):
            print(f"note: --encoding is for text and Markdown output; {printable(out)} is written as its "
                  f"format requires (UTF-8 inside), so --encoding {args.encoding} is not used", file=sys.stderr)
    engine = _engine(args)
    _warn_problems(engine)
    analysis = analyse_source(engine, source)
    _note_skipped(analysis, source.text, args.file)
    doc = analysis.to_document()
    doc.accept_all(threshold)
    try:
        if to_stdout:
            # The bytes the file would get (its encoding, byte-order mark and line endings), written
            # as bytes: the terminal's encoding plays no part.
            target = source.path if source.path is not None else Path("standard-input.txt")
            data = document_bytes(source, doc, target, encoding=args.encoding)
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return 0
        save_document(source, doc, out, backup=args.overwrite, encoding=args.encoding)
    except EncodingError as exc:
        raise EncodingError(f"{exc}; nothing was written. Pass --encoding utf-8 to write the repair in UTF-8, "
                            "or leave those repairs out") from None
    counts = doc.counts()
    from unspin.core.model import Status
    print(f"{counts[Status.ACCEPTED]} repair(s) applied; wrote {printable(out)}", file=sys.stderr)
    return 0


def cmd_learn(args) -> int:
    if isinstance(sys.stdout, _ClosedOutput):
        sys.stdout = open(os.devnull, "w")   # (>&-: what it learned goes to the lexicon file; the list is a summary)
    from unspin.engine.learn import SubstitutionLearner, safe_file_stem, user_lexicon
    from unspin.formats.registry import load_document
    from unspin.formats.safe_write import write_atomic
    from unspin.store.settings import user_lexicon_dir
    out = args.output or user_lexicon_dir() / f"learned-{safe_file_stem(args.spun.stem)}.tsv"   # see below
    if out.suffix.lower() != ".tsv":
        raise UsageError("the learned lexicon must be a .tsv file")
    if out.is_dir():
        raise UsageError(f"{out} is a folder; give a file name")
    refuse_over_inputs(out, "the lexicon", [("original", args.original), ("spun copy", args.spun)])
    original, spun = load_document(args.original), load_document(args.spun)
    if " ".join(original.text.split()) == " ".join(spun.text.split()):
        raise UsageError(f"{args.original} and {args.spun} have the same words: nothing to learn")
    from unspin.engine.pipeline import load_pipeline
    learner = SubstitutionLearner(load_pipeline())
    alignment = learner.add_pair(original.text, spun.text, args.spun.name)
    from unspin.engine.lexicon import bundled_lexicon_paths, load_lexicons
    known, _ = load_lexicons(bundled_lexicon_paths())
    # (names as shown: one that is not UTF-8 cannot be written into the lexicon's UTF-8 header)
    text, entries = user_lexicon(learner, f"{printable(args.original.name)} and {printable(args.spun.name)}", known)
    if not entries:
        print(one_line(f"unspin: learned nothing: {args.spun} has no word swaps against {args.original} "
                       f"(regions changed beyond a few words: {alignment.too_long})"), file=sys.stderr)
        return 1
    from unspin.formats.errors import OutputError
    if args.output is None:
        # The settings folder's learned-SPUN.tsv may hold the swaps of another story whose spun copy
        # had the same name ("spun.txt"): kept, and this one written beside it (learned-spun-2.tsv).
        from unspin.store.settings import free_name
        out = free_name(out.parent, out.stem, ".tsv", text.encode("utf-8"))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(out, text.encode("utf-8"))
    except OSError as exc:
        raise OutputError(f"cannot write the lexicon {out}: {exc}") from None
    swaps = sum(e.changed for e in entries)
    print(f"learned {swaps} swap(s) as {len(entries)} lexicon entr{'y' if len(entries) == 1 else 'ies'}; "
          f"wrote {out}")
    for e in entries[:8]:
        alts = ", ".join(f"{r!r} ({n})" for r, n in e.alternatives)
        print(f"  {e.form.spun!r} -> {alts}")
    if len(entries) > 8:
        print(f"  ... and {len(entries) - 8} more")
    skipped = [f"{n} {what}" for n, what in ((alignment.style_only, "house-style differences"),
                                             (learner.skipped_names, "in names"),
                                             (learner.skipped_numbers, "figures"),
                                             (alignment.too_long, "rewrites longer than 4 words"),
                                             (alignment.inserted + alignment.deleted, "added or dropped words"))
               if n]
    if skipped:
        print(f"not learned: {', '.join(skipped)}")
    if args.output is not None:
        print(f"use it with --lexicon {out}, or put it in {user_lexicon_dir()}")
    if not args.no_source:
        from unspin.store.settings import add_user_source
        try:
            kept = add_user_source(safe_file_stem(args.original.stem), original.text)
        except OSError as exc:
            print(f"unspin: could not keep the original as a source: {exc}", file=sys.stderr)
        else:
            print(f"kept the original as a source: {kept} (other copies of this story are repaired against it "
                  f"word for word; delete the file to stop)")
    return 0


def _default_threshold() -> float:
    return _settings().min_confidence


def _warn_problems(engine) -> None:
    # A row's conditions are parsed when the matcher is built (lazily, at the first analysis):
    # build it now, so that an unknown condition is reported with its line like any other problem.
    engine.matcher
    for p in engine.problems[:20]:
        _say("warning", f"{p}")
    if len(engine.problems) > 20:
        _say("warning", f"{len(engine.problems) - 20} more lexicon problems")


def cmd_scan(args) -> int:
    from unspin.scan.command import run
    return run(args, _engine_settings, UsageError, lambda target: refuse_over_inputs(target, "OUT", _named_inputs(args)),
               refuse_unreadable=lambda problems: _refuse_unreadable_named(args, problems))


def cmd_gui(args) -> int:
    # Qt aborts the process (exit 134) when it cannot open a window; say why in one line instead.
    from unspin.qt_preflight import window_problem
    problem = window_problem()
    if problem is not None:
        print(problem.line(), file=sys.stderr)
        return 1
    from unspin.gui.launch import run
    return run(args.file)


class _ClosedOutput:
    """Standard output when the shell closed it (``unspin check doc.txt >&-``): Python then sets
    ``sys.stdout`` to None and ``print`` writes nowhere, so a check's findings vanished with exit 0 and
    ``repair -o -`` ended in "unexpected AttributeError". Writing fails as a closed descriptor does,
    which main() reports in one line; a command that writes nothing there runs as usual."""

    def write(self, data) -> int:
        import errno
        raise OSError(errno.EBADF, "standard output is closed: there is nowhere to write the results")

    def flush(self) -> None:
        pass

    @property
    def buffer(self):
        return self


def _tolerant_streams() -> None:
    """Never die on printing: a terminal whose encoding cannot show a character gets an escape."""
    if sys.stdout is None:
        sys.stdout = _ClosedOutput()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError, OSError):
            pass


def _say(kind: str, message: str) -> None:
    """``unspin: KIND: MESSAGE`` on standard error, always one line: a line feed in a file name
    ("bin\\nary.txt") is written as an escape, not as a second line that reads as another message."""
    print(f"unspin: {kind}: {one_line(message)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    global _SETTINGS
    _SETTINGS = None
    _tolerant_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # "unspin FILE" is short for "unspin gui FILE".
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        unknown = _unknown_command(argv) if argv else None
        if unknown:
            parser.print_usage(sys.stderr)
            _say("error", f"{unknown}")
            return 2
        if argv and not Path(argv[0]).exists():
            _say("error", f"{argv[0]}: no such file")
            return 1
        argv = ["gui"] + argv
    args, extra = parser.parse_known_args(argv)
    usage_parser = getattr(args, "command_parser", parser)
    if extra:
        usage_parser.error(f"unrecognized arguments: {' '.join(extra)}")  # exits with status 2
    from unspin.formats.errors import InputError, OutputError
    handlers = {"check": cmd_check, "repair": cmd_repair, "learn": cmd_learn, "scan": cmd_scan, "gui": cmd_gui}
    try:
        _refuse_stdin_twice(args)
        return handlers[args.command](args)
    except UsageError as exc:
        # The command's usage on one line: the error line below stays the one thing to read.
        print(" ".join(usage_parser.format_usage().split()), file=sys.stderr)
        _say("error", f"{exc}")
        return 2
    except (InputError, OutputError) as exc:
        _say("error", f"{exc}")
        return 1
    except BrokenPipeError:
        return 0
    except OSError as exc:
        # Every expected path problem is reported where it arises; this is the last resort.
        where = f"{printable(exc.filename)}: " if exc.filename is not None else ""
        _say("error", f"{where}{exc.strerror or exc}")
        return 1
    except RecursionError:
        print("unspin: error: the input is nested too deeply to be processed", file=sys.stderr)
        return 1
    except MemoryError:
        print("unspin: error: not enough memory for this input", file=sys.stderr)
        return 1
    except Exception as exc:
        # The engine (and spaCy, slow to import) loads only when needed, so bad input is reported
        # at once; a missing language model is recognised without importing the engine here.
        pipeline = sys.modules.get("unspin.engine.pipeline")
        if pipeline is not None and isinstance(exc, pipeline.PipelineMissing):
            _say("error", f"{exc}")
            return 1
        if os.environ.get("UNSPIN_DEBUG"):
            raise
        # Last resort: one line, not a traceback (UNSPIN_DEBUG=1 shows it). A bug, not bad input.
        detail = str(exc).splitlines()[0] if str(exc) else ""
        _say("error", f"unexpected {type(exc).__name__}{': ' + detail if detail else ''} "
             "(set UNSPIN_DEBUG=1 for details, and please report it)")
        return 1
    except KeyboardInterrupt:
        print("unspin: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
