"""`kompass` entry point (PRODUCT §6). Exit 0 on success, else a one-line reason on stderr."""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

from kompass_desktop import __version__
from kompass_desktop.domain.errors import KompassError

COMMANDS = ("demo", "new", "frameworks", "import-scores", "reference", "summary", "report",
            "merge", "check", "export")

# `kompass --help`: every form (PRODUCT §6), including those of commands still being built.
HELP = """\
usage: kompass [FILE.kompass | --demo | COMMAND ARGUMENTS...]

Kompass Desktop: the offline workbench for Kommunkompassen evaluations.

  kompass                                   start the workbench
  kompass FILE.kompass                      open a file in the workbench
  kompass --demo                            open the demo evaluation (written on first use)
  kompass demo OUT.kompass                  write the demo evaluation (Nynäshamn 2023 scores)
  kompass new OUT.kompass --framework ID_OR_JSON_FILE --municipality NAME --year YYYY
              [--evaluator "NAME[, ORGANISATION]"]... [--order N]
  kompass frameworks                        list available frameworks (id, name)
  kompass import-scores FILE.kompass CSV [--evaluator NAME]
  kompass reference add FILE.kompass --label TEXT CSV
  kompass summary FILE.kompass [--json]
  kompass report FILE.kompass OUT.pdf|OUT.docx [--final] [--slides]
  kompass merge MINE.kompass THEIRS.kompass [--dry-run] [--json] [--import-copy]
  kompass check FILE.kompass
  kompass people FILE.kompass [--json]      the register of people the file names
  kompass people FILE.kompass --extract NAME [--json]
                                            everything the file holds about one person
  kompass copy FILE.kompass OUT [--encrypt] [--pseudonymise]
                                            a clean single-file copy for sharing
  kompass erase-personal-data FILE.kompass [--dry-run] [--json]
                                            the clean-up after the final report
  kompass export FILE.kompass DIR [--format csv|json] [--pseudonymise]
                                            the file's tables for analysis in a spreadsheet
  kompass --version                         print the version
  kompass --help                            this text; `kompass COMMAND --help` for one command

Exit status 0 on success; 1 with a one-line reason on stderr when the work failed; 2 for an
unknown command, a file that does not exist or wrong arguments. Files and backups: the user
guide in the workbench's Help menu says where they live.
"""


class _Parser(argparse.ArgumentParser):
    """Wrong arguments give one line on stderr and exit status 2, never a usage block."""

    def error(self, message):
        self.exit(2, f"{self.prog}: {message} (kompass --help lists every form)\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="kompass", description="Kompass Desktop: Kommunkompassen evaluations.")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("demo", help="write the demo evaluation (Nynäshamn 2023)")
    s.add_argument("out")

    s = sub.add_parser("new", help="create an evaluation file")
    s.add_argument("out")
    s.add_argument("--framework", required=True, help="built-in framework id or a framework JSON file")
    s.add_argument("--municipality", required=True)
    s.add_argument("--year", required=True, type=int)
    s.add_argument("--evaluator", action="append", default=[],
                   help="evaluator name, optionally 'Name, Organisation'; repeatable")
    s.add_argument("--order", type=int, help="which evaluation in order for the municipality")

    sub.add_parser("frameworks", help="list available frameworks")

    s = sub.add_parser("import-scores", help="import sub-area points from CSV")
    s.add_argument("file")
    s.add_argument("csv")
    s.add_argument("--evaluator", help="store as this evaluator's draft scores instead of agreed")

    s = sub.add_parser("reference", help="comparison series")
    rsub = s.add_subparsers(dest="action", required=True)
    r = rsub.add_parser("add", help="add a comparison series from CSV (area;points, optional totalt)")
    r.add_argument("file")
    r.add_argument("--label", required=True)
    r.add_argument("csv")

    s = sub.add_parser("summary", help="print the scores")
    s.add_argument("file")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("report", help="export the report as PDF")
    s.add_argument("file")
    s.add_argument("out")
    s.add_argument("--final", action="store_true")
    s.add_argument("--slides", action="store_true")

    s = sub.add_parser("merge", help="merge a colleague's file into yours")
    s.add_argument("mine")
    s.add_argument("theirs")
    s.add_argument("--dry-run", action="store_true")
    s.add_argument("--json", action="store_true")
    s.add_argument("--import-copy", action="store_true",
                   help="THEIRS belongs to another evaluation: bring in its fieldwork as a copy")

    s = sub.add_parser("check", help="check a file and list what is missing for a final report")
    s.add_argument("file")

    s = sub.add_parser("export", help="write the file's tables as CSV or JSON files into DIR")
    s.add_argument("file")
    s.add_argument("dir")
    s.add_argument("--format", choices=("csv", "json"), default="csv")
    return p


def _read_text(path: str) -> str:
    from kompass_desktop.domain.csv_input import decode
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise KompassError(f"cannot read {path}: {e.strerror or e}") from None
    return decode(data)


def _open(path: str):
    from kompass_desktop.services.evaluation import Evaluation
    return Evaluation.open(path)


def cmd_demo(a) -> int:
    from kompass_desktop.services.demo import write_demo
    ev = write_demo(a.out)
    ev.close()
    print(f"wrote {a.out}")
    return 0


def cmd_new(a) -> int:
    from kompass_desktop.domain.framework import resolve_framework
    from kompass_desktop.services.evaluation import Evaluation, EvaluatorInfo
    fw = resolve_framework(a.framework)
    evaluators = []
    for text in a.evaluator:
        name, _, org = text.partition(",")
        evaluators.append(EvaluatorInfo(name.strip(), org.strip()))
    ev = Evaluation.create(a.out, fw, a.municipality, a.year, evaluators, evaluation_order=a.order)
    ev.close()
    print(f"wrote {a.out} ({fw.name}, {len(fw.subareas())} sub-areas)")
    return 0


def cmd_frameworks(a) -> int:
    from kompass_desktop.domain.framework import builtin_frameworks
    for fw in builtin_frameworks():
        print(f"{fw.id}\t{fw.name}")
    return 0


def cmd_import_scores(a) -> int:
    text = _read_text(a.csv)
    ev = _open(a.file)
    try:
        n = ev.import_scores(text, a.evaluator)
    finally:
        ev.close()
    who = f"draft scores of {a.evaluator}" if a.evaluator else "agreed scores"
    print(f"imported {n} {who}")
    return 0


def cmd_reference(a) -> int:
    text = _read_text(a.csv)
    ev = _open(a.file)
    try:
        ev.import_reference(a.label, text)
    finally:
        ev.close()
    print(f"added comparison series '{a.label}'")
    return 0


def cmd_summary(a) -> int:
    ev = _open(a.file)
    try:
        data = ev.summary()
    finally:
        ev.close()
    if a.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(format_summary(data))
    return 0


def format_summary(data: dict) -> str:
    from kompass_desktop.report.data import STATUS_MARK
    marks = {status.value: f" ({word})" if word else "" for status, word in STATUS_MARK.items()}
    lines = [f"{data['municipality']} {data['year']} – {data['framework']['name']}", ""]
    refs = data["references"]
    head = f"{'':6}{'Område':<52}{'Poäng':>7}{'Max':>6}{'%':>5}" + "".join(f"{r['label'][:14]:>16}" for r in refs)
    lines.append(head)
    for area in data["areas"]:
        row = (f"{area['number']:<6}{area['title'][:50]:<52}{area['rounded']:>7}"
               f"{area['max']:>6g}{area['percent']:>5}")
        row += "".join(f"{_fmt(r['areas'].get(area['number'])):>16}" for r in refs)
        lines.append(row)
        for s in area["subareas"]:
            pts = "–" if s["rounded"] is None else str(s["rounded"])
            pct = "" if s["percent"] is None else str(s["percent"])
            lines.append(f"  {s['number']:<6}{s['title'][:48]:<50}{pts:>7}{s['max']:>6g}{pct:>5}"
                         f"{marks[s['status']]}")
    t = data["total"]
    lines.append(f"{'':6}{'TOTALT':<52}{t['rounded']:>7}{t['max']:>6g}{t['percent']:>5}"
                 + "".join(f"{_fmt(r['total']):>16}" for r in refs))
    return "\n".join(lines)


def _fmt(v) -> str:
    from decimal import Decimal

    from kompass_desktop.domain.scoring import format_points
    return format_points(None if v is None else Decimal(str(v)))


def cmd_check(a) -> int:
    ev = _open(a.file)
    try:
        if not ev.file_intact():
            raise KompassError(f"{a.file} fails PRAGMA integrity_check")
        findings = ev.check()
    finally:
        ev.close()
    print(f"{a.file}: file ok")
    for f in findings:
        print(f"- {f}")
    if not findings:
        print("ready for a final report")
    return 0


def cmd_report(a) -> int:
    from kompass_desktop.services.report import export_report
    ev = _open(a.file)
    try:
        export_report(ev, a.out, final=a.final, slides=a.slides)
    finally:
        ev.close()
    print(f"wrote {a.out}")
    return 0


def cmd_merge(a) -> int:
    from kompass_desktop.services.sync import merge_files
    report = merge_files(a.mine, a.theirs, dry_run=a.dry_run, allow_other_evaluation=a.import_copy)
    if a.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print(report.describe())
    return 0


def cmd_export(a) -> int:
    from kompass_desktop.services.export import export_tables
    written = export_tables(a.file, a.dir, a.format)
    for name, count in written:
        print(f"{Path(a.dir) / name}\t{count} rows")
    return 0


HANDLERS = {"demo": cmd_demo, "new": cmd_new, "frameworks": cmd_frameworks,
            "import-scores": cmd_import_scores, "reference": cmd_reference,
            "summary": cmd_summary, "check": cmd_check, "report": cmd_report, "merge": cmd_merge,
            "export": cmd_export}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] in (["-h"], ["--help"]):
        print(HELP, end="")
        return 0
    if argv[:1] == ["--version"]:
        print(f"kompass {__version__}")
        return 0
    if not argv or argv[0] == "--demo" or argv[0] not in COMMANDS:
        return _workbench(argv)
    try:
        args = _parser().parse_args(argv)
    except SystemExit as e:   # argparse: --help of a command (0) or wrong arguments (2)
        return e.code if isinstance(e.code, int) else 2
    try:
        return HANDLERS[args.command](args)
    except KompassError as e:
        print(f"kompass: {e}", file=sys.stderr)
        return 1
    except ModuleNotFoundError as e:
        if e.name and e.name.startswith("kompass_desktop.services."):
            print(f"kompass: '{args.command}' is not available in this version", file=sys.stderr)
            return 2
        raise
    except sqlite3.Error as e:
        print(f"kompass: database error: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"kompass: {e.strerror or e}: {getattr(e, 'filename', '') or ''}".rstrip(": "), file=sys.stderr)
        return 1


def _usage_error(message: str) -> int:
    print(f"kompass: {message} (kompass --help lists every form)", file=sys.stderr)
    return 2


def _workbench(argv: list[str]) -> int:
    """`kompass`, `kompass --demo` or `kompass FILE.kompass`; anything else is refused here,
    before any window exists (a script never hangs on a workbench it did not ask for)."""
    if argv[:1] == ["--demo"]:
        if len(argv) > 1:
            return _usage_error(f"--demo takes no arguments, got {argv[1]!r}")
        from kompass_desktop.ui.app import run_gui
        return run_gui(demo=True)
    if argv:
        word = argv[0]
        if word.startswith("-"):
            return _usage_error(f"unknown option {word!r}")
        path = Path(word)
        looks_like_file = path.suffix != "" or len(path.parts) > 1
        if len(argv) > 1 or (not looks_like_file and not path.exists()):
            return _usage_error(f"unknown command {word!r}")
        if not path.exists():
            return _usage_error(f"{word} does not exist")
        if path.is_dir():
            return _usage_error(f"{word} is a folder, not an evaluation file")
    from kompass_desktop.ui.app import run_gui
    return run_gui(argv[0] if argv else None)


if __name__ == "__main__":
    raise SystemExit(main())
