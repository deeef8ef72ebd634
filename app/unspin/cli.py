"""The ``unspin`` command line. Its interface is stable: scripts rely on it.

    unspin check FILE [--json] [--min-confidence X] [--all] [--report OUT.html|OUT.csv]
    unspin repair FILE -o OUT [--accept-all | --min-confidence X]
    unspin scan PATH... [-o OUT.jsonl|OUT.csv|OUT.html] [--workers N] [--scheduler ADDRESS] [--resume]
    unspin [gui] [FILE]

Exit status: 0 on success, 2 on usage errors, 1 on bad input (one line on stderr, no traceback).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from unspin import __version__

COMMANDS = ("check", "repair", "scan", "gui")


class UsageError(Exception):
    pass


def _add_engine_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lexicon", action="append", type=Path, default=[], metavar="FILE",
                   help="an extra lexicon (.tsv, or a Problematic Paper Screener .csv); may repeat")
    p.add_argument("--thesaurus", action="append", type=Path, default=[], metavar="FILE",
                   help="a spinner's synonym file (lines head|alt|alt or {a|b|c}) to reverse; may repeat")
    p.add_argument("--no-numerals", action="store_true", help="do not suggest spelling out small numbers")
    p.add_argument("--include-quotes", action="store_true", help="also repair text inside quotation marks")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="unspin",
        description="Find and repair spun text (article-spinner swaps and tortured phrases), offline.",
        epilog="With no command, or with 'gui', opens the window (on a bundled sample when no FILE is given).")
    parser.add_argument("--version", action="version", version=f"unspin {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="list suggestions for a document")
    check.add_argument("file", type=Path)
    check.add_argument("--json", action="store_true", help="print machine-readable JSON")
    check.add_argument("--min-confidence", type=float, default=None, metavar="X",
                       help="show suggestions at or above this confidence (default: the engine's default)")
    check.add_argument("--all", action="store_true", help="show every candidate, whatever its confidence")
    check.add_argument("--report", type=Path, default=None, metavar="OUT",
                       help="also write a change report: OUT.html (side by side) or OUT.csv")
    _add_engine_options(check)

    repair = sub.add_parser("repair", help="write a repaired copy of a document")
    repair.add_argument("file", type=Path)
    repair.add_argument("-o", "--output", type=Path, required=True, metavar="OUT",
                        help="where to write the repaired document ('-' for standard output)")
    mode = repair.add_mutually_exclusive_group()
    mode.add_argument("--accept-all", action="store_true",
                      help="apply every suggestion at or above the default confidence (the default)")
    mode.add_argument("--min-confidence", type=float, default=None, metavar="X",
                      help="apply suggestions at or above this confidence")
    repair.add_argument("--overwrite", action="store_true",
                        help="allow OUT to be FILE itself (a backup FILE~ is kept)")
    _add_engine_options(repair)

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
    return Engine(_engine_settings(args))


def _engine_settings(args):
    from unspin.engine.visibility import engine_settings
    from unspin.store.settings import load_settings, user_lexicon_paths
    for p in args.lexicon:
        if not p.is_file():
            raise UsageError(f"lexicon {p}: no such file")
    for p in args.thesaurus:
        if not p.is_file():
            raise UsageError(f"thesaurus {p}: no such file")
    from unspin.store.settings import user_thesaurus_paths
    # The window's settings (rule groups, rules, the user's lexicons) shape this engine the same way.
    return engine_settings(load_settings(), user_lexicon_paths() + list(args.lexicon), drop_disabled_rules=True,
                           thesauri=user_thesaurus_paths() + list(args.thesaurus),
                           numerals=not args.no_numerals, protect_quotes=not args.include_quotes)


def _threshold(value: float | None, default: float) -> float:
    if value is None:
        return default
    if not 0.0 <= value <= 1.0:
        raise UsageError("--min-confidence must be between 0 and 1")
    return value


def cmd_check(args) -> int:
    from unspin.formats.registry import analyse_source, load_document
    threshold = 0.0 if args.all else _threshold(args.min_confidence, _default_threshold())
    if args.report is not None and args.report.suffix.lower() not in (".html", ".htm", ".csv"):
        raise UsageError("--report must name a .html or .csv file")
    if args.report is not None and not args.report.absolute().parent.is_dir():
        from unspin.formats.errors import OutputError
        raise OutputError(f"cannot write the report {args.report}: the folder {args.report.parent} does not exist")
    source = load_document(args.file)
    for note in source.notes:
        print(f"unspin: note: {note}", file=sys.stderr)
    engine = _engine(args)
    _warn_problems(engine)
    analysis = analyse_source(engine, source)
    if args.report is not None:
        from unspin.core.model import Document
        from unspin.formats.report import write_report
        write_report(Document(source.text, analysis.shown(threshold), analysis.spin_score), args.report,
                     title=args.file.name)
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
        print(f"{args.file}:{line}:{col}: {s.original!r} -> {s.replacement!r}{alts} "
              f"[{s.confidence:.2f} {s.rule}] {s.explanation}")
    print(f"{len(shown)} suggestion(s); spin score {analysis.spin_score:.2f}", file=sys.stderr)
    return 0


def cmd_repair(args) -> int:
    from unspin.formats.registry import analyse_source, check_can_save, load_document, save_document
    threshold = _threshold(args.min_confidence, _default_threshold())
    out = args.output
    if str(out) != "-" and out.resolve() == args.file.resolve() and not args.overwrite:
        raise UsageError("OUT is the input file; pass --overwrite to replace it (a backup is kept)")
    source = load_document(args.file)
    if str(out) != "-":
        if out.is_dir():
            raise UsageError(f"OUT {out} is a folder; give a file name")
        check_can_save(source, out)
    engine = _engine(args)
    _warn_problems(engine)
    doc = analyse_source(engine, source).to_document()
    doc.accept_all(threshold)
    if str(out) == "-":
        sys.stdout.write(doc.repaired_text())
        return 0
    if out.is_dir():
        raise UsageError(f"OUT {out} is a folder; give a file name")
    save_document(source, doc, out, backup=args.overwrite)
    counts = doc.counts()
    from unspin.core.model import Status
    print(f"{counts[Status.ACCEPTED]} repair(s) applied; wrote {out}", file=sys.stderr)
    return 0


def _default_threshold() -> float:
    from unspin.store.settings import load_settings
    return load_settings().min_confidence


def _warn_problems(engine) -> None:
    for p in engine.problems[:20]:
        print(f"unspin: warning: {p}", file=sys.stderr)
    if len(engine.problems) > 20:
        print(f"unspin: warning: {len(engine.problems) - 20} more lexicon problems", file=sys.stderr)


def cmd_scan(args) -> int:
    from unspin.scan.command import run
    return run(args, _engine_settings, UsageError)


def cmd_gui(args) -> int:
    # Qt aborts the process (exit 134) when it cannot open a window; say why in one line instead.
    from unspin.qt_preflight import window_problem
    problem = window_problem()
    if problem is not None:
        print(problem.line(), file=sys.stderr)
        return 1
    from unspin.gui.launch import run
    return run(args.file)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # "unspin FILE" is short for "unspin gui FILE".
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        unknown = _unknown_command(argv) if argv else None
        if unknown:
            parser.print_usage(sys.stderr)
            print(f"unspin: error: {unknown}", file=sys.stderr)
            return 2
        if argv and not Path(argv[0]).exists():
            print(f"unspin: error: {argv[0]}: no such file", file=sys.stderr)
            return 1
        argv = ["gui"] + argv
    args, extra = parser.parse_known_args(argv)
    usage_parser = getattr(args, "command_parser", parser)
    if extra:
        usage_parser.error(f"unrecognized arguments: {' '.join(extra)}")  # exits with status 2
    from unspin.formats.errors import InputError, OutputError
    handlers = {"check": cmd_check, "repair": cmd_repair, "scan": cmd_scan, "gui": cmd_gui}
    try:
        return handlers[args.command](args)
    except UsageError as exc:
        usage_parser.print_usage(sys.stderr)
        print(f"unspin: error: {exc}", file=sys.stderr)
        return 2
    except (InputError, OutputError) as exc:
        print(f"unspin: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except Exception as exc:
        # The engine (and spaCy, slow to import) loads only when needed, so bad input is reported
        # at once; a missing language model is recognised without importing the engine here.
        pipeline = sys.modules.get("unspin.engine.pipeline")
        if pipeline is not None and isinstance(exc, pipeline.PipelineMissing):
            print(f"unspin: error: {exc}", file=sys.stderr)
            return 1
        raise
    except KeyboardInterrupt:
        print("unspin: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
