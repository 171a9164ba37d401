"""`kompass` entry point (PRODUCT §6). Exit 0 on success, else a one-line reason on stderr."""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

from kompass_desktop import __version__
from kompass_desktop.cli.safe_text import json_safe, terminal_safe
from kompass_desktop.domain.errors import KompassError

COMMANDS = ("demo", "new", "frameworks", "import-scores", "reference", "summary", "report",
            "merge", "check", "export", "people", "copy", "erase-personal-data")

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
    s.add_argument("--force", action="store_true", help="write even if the workbench has the file open")

    s = sub.add_parser("reference", help="comparison series")
    rsub = s.add_subparsers(dest="action", required=True)
    r = rsub.add_parser("add", help="add a comparison series from CSV (area;points, optional totalt)")
    r.add_argument("file")
    r.add_argument("--label", required=True)
    r.add_argument("csv")
    r.add_argument("--force", action="store_true", help="write even if the workbench has the file open")

    s = sub.add_parser("summary", help="print the scores")
    s.add_argument("file")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("report", help="export the report as PDF (or Word: OUT.docx)")
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
    s.add_argument("--force", action="store_true", help="write even if the workbench has MINE open")

    s = sub.add_parser("check", help="check a file and list what is missing for a final report")
    s.add_argument("file")
    _privacy_parsers(sub)

    s = sub.add_parser("export", help="write the file's tables as CSV or JSON files into DIR")
    s.add_argument("file")
    s.add_argument("dir")
    s.add_argument("--format", choices=("csv", "json"), default="csv")
    s.add_argument("--pseudonymise", action="store_true",
                   help="names replaced by role-based pseudonyms, as in a pseudonymised copy")
    return p


def _read_text(path: str) -> str:
    from kompass_desktop.domain.csv_input import decode
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise KompassError(f"cannot read {path}: {e.strerror or e}") from None
    return decode(data)


def _open(path: str):
    """A file to look at: opened read-only, so not a byte of it changes."""
    from kompass_desktop.services.evaluation import Evaluation
    return Evaluation.open(path, read_only=True)


def _ask_identity() -> tuple[str, str] | None:
    """On a terminal: ask who the evaluator is (saved for the next time)."""
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        return None
    try:
        sys.stderr.write("No evaluator name is set on this computer yet.\nYour name: ")
        sys.stderr.flush()
        name = input().strip()
        if not name:
            return None
        sys.stderr.write("Your organisation (optional): ")
        sys.stderr.flush()
        return name, input().strip()
    except (EOFError, KeyboardInterrupt):
        return None


def _identity():
    from kompass_desktop.services.identity import script_identity
    return script_identity(ask=_ask_identity)


def _preview_identity():
    """A dry run writes only into a private copy: no need to ask who the user is."""
    from kompass_desktop.services.identity import load_identity, new_identity
    return load_identity() or new_identity("preview")


def _open_for_writing(path: str, force: bool):
    """A file to change: checked first (a refused file is never opened for writing), then
    refused while the workbench has it open, unless --force."""
    from kompass_desktop.services.evaluation import Evaluation
    from kompass_desktop.storage.schema import check_file
    check_file(Path(path))
    _refuse_if_locked(path, force)
    return Evaluation.open(path, identity=_identity())


def _refuse_if_locked(path: str, force: bool) -> None:
    from kompass_desktop.services.workspace import lock_holder
    holder = None if force else lock_holder(path)
    if holder is None:
        return
    who = holder.name or "another user"
    raise KompassError(
        f"{Path(path).name} is open in Kompass Desktop ({who} on {holder.host}, process "
        f"{holder.pid}); close it there first, or add --force to write to it anyway")


def _removing_on_failure(out: str):
    """For `new`/`demo`: a file that was not there before is removed again if the command
    fails half-way (a full disk), so nothing is left behind."""
    import contextlib
    import os

    @contextlib.contextmanager
    def guard():
        existed = os.path.lexists(out)
        try:
            yield
        except BaseException:
            if not existed:
                for suffix in ("", "-wal", "-shm", "-journal", ".creating", ".creating-journal"):
                    with contextlib.suppress(OSError):
                        os.unlink(out + suffix)
            raise
    return guard()


def _open_read(path: str):
    """For commands that only read: an encrypted copy is accepted (passphrase from
    KOMPASS_PASSPHRASE or the terminal) and decrypted in the private data folder only."""
    from kompass_desktop.services.encrypted import open_evaluation
    return open_evaluation(path)


def cmd_demo(a) -> int:
    from kompass_desktop.services.demo import write_demo
    identity = _identity()
    with _removing_on_failure(a.out):
        ev = write_demo(a.out, identity=identity)
        ev.close()
    print(f"wrote {terminal_safe(a.out)}")
    return 0


def cmd_new(a) -> int:
    from kompass_desktop.domain.framework import resolve_framework
    from kompass_desktop.services.evaluation import Evaluation, EvaluatorInfo
    fw = resolve_framework(a.framework)
    evaluators = []
    for text in a.evaluator:
        name, _, org = text.partition(",")
        evaluators.append(EvaluatorInfo(name.strip(), org.strip()))
    identity = _identity()
    with _removing_on_failure(a.out):
        ev = Evaluation.create(a.out, fw, a.municipality, a.year, evaluators,
                               identity=identity, evaluation_order=a.order)
        ev.close()
    print(f"wrote {terminal_safe(a.out)} ({terminal_safe(fw.name)}, {len(fw.subareas())} sub-areas)")
    return 0


def cmd_frameworks(a) -> int:
    from kompass_desktop.domain.framework import builtin_frameworks
    for fw in builtin_frameworks():
        print(f"{terminal_safe(fw.id)}\t{terminal_safe(fw.name)}")
    return 0


def cmd_import_scores(a) -> int:
    text = _read_text(a.csv)
    ev = _open_for_writing(a.file, a.force)
    try:
        n = ev.import_scores(text, a.evaluator)
    finally:
        ev.close()
    who = f"draft scores of {terminal_safe(a.evaluator)}" if a.evaluator else "agreed scores"
    print(f"imported {n} {who}")
    return 0


def cmd_reference(a) -> int:
    text = _read_text(a.csv)
    ev = _open_for_writing(a.file, a.force)
    try:
        ev.import_reference(a.label, text)
    finally:
        ev.close()
    print(f"added comparison series '{terminal_safe(a.label)}'")
    return 0


def cmd_summary(a) -> int:
    ev = _open_read(a.file)
    try:
        data = ev.summary()
    finally:
        ev.close()
    if a.json:
        print(json_safe(json.dumps(data, ensure_ascii=False, indent=2)))
    else:
        print(format_summary(data))
    return 0


def format_summary(data: dict) -> str:
    from kompass_desktop.report.data import STATUS_MARK
    marks = {status.value: f" ({word})" if word else "" for status, word in STATUS_MARK.items()}
    safe = terminal_safe
    lines = [f"{safe(data['municipality'])} {safe(data['year'])} – {safe(data['framework']['name'])}", ""]
    refs = data["references"]
    head = f"{'':6}{'Område':<52}{'Poäng':>7}{'Max':>6}{'%':>5}" + "".join(f"{safe(r['label'])[:14]:>16}" for r in refs)
    lines.append(head)
    for area in data["areas"]:
        row = (f"{safe(area['number']):<6}{safe(area['title'])[:50]:<52}{area['rounded']:>7}"
               f"{area['max']:>6g}{area['percent']:>5}")
        row += "".join(f"{_fmt(r['areas'].get(area['number'])):>16}" for r in refs)
        lines.append(row)
        for s in area["subareas"]:
            pts = "–" if s["rounded"] is None else str(s["rounded"])
            pct = "" if s["percent"] is None else str(s["percent"])
            lines.append(f"  {safe(s['number']):<6}{safe(s['title'])[:48]:<50}{pts:>7}{s['max']:>6g}{pct:>5}"
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
    ev = _open_read(a.file)
    try:
        if not ev.file_intact():
            raise KompassError(f"{a.file} fails PRAGMA integrity_check")
        blockers, advice = ev.check()
        read_only = not _writable(a.file)
    finally:
        ev.close()
    print(f"{terminal_safe(a.file)}: file ok" + (" (read-only)" if read_only else ""))
    for f in blockers:
        print(f"- {terminal_safe(f)}")
    for f in advice:
        print(f"- note: {terminal_safe(f)}")
    if not blockers:
        print("ready for a final report")
    return 0


def cmd_report(a) -> int:
    from kompass_desktop.services.report import ReportNotReady, export_report
    if a.out.lower().endswith(".docx"):
        from kompass_desktop.ui import raster
        raster.install()  # the chart image for Word is drawn by QtPdf
    ev = _open_read(a.file)
    try:
        export_report(ev, a.out, final=a.final, slides=a.slides)
    except ReportNotReady as e:
        # One line with the reason, then every missing item (PRODUCT §3.10).
        print(f"kompass: {e}", file=sys.stderr)
        for gap in e.gaps:
            print(f"  - {gap.en}", file=sys.stderr)
        return 1
    finally:
        ev.close()
    print(f"wrote {terminal_safe(a.out)}")
    return 0


def _writable(path: str) -> bool:
    from kompass_desktop.storage.schema import is_writable
    return is_writable(Path(path))


def cmd_merge(a) -> int:
    from kompass_desktop.services.sync import merge_files
    from kompass_desktop.storage.schema import check_file
    # Both files are checked (read-only) before anything else looks at them: a symlink
    # loop or a pipe as THEIRS gets its one-line reason here.
    from kompass_desktop.services.encrypted import is_encrypted
    check_file(Path(a.mine))
    if not is_encrypted(a.theirs):  # an encrypted copy is checked once decrypted
        check_file(Path(a.theirs))
    if not a.dry_run:
        _refuse_if_locked(a.mine, a.force)
    report = merge_files(a.mine, a.theirs, dry_run=a.dry_run, allow_other_evaluation=a.import_copy,
                         identity=_preview_identity() if a.dry_run else _identity())
    if a.json:
        print(json_safe(json.dumps(report.to_json(), ensure_ascii=False, indent=2)))
    else:
        print(terminal_safe(report.describe(), keep_newlines=True))
    return 0


def _storage_reason(e: Exception) -> str:
    """One line for an error from the disk or SQLite; a full disk is named as such (the
    file itself is fine: the edit that did not fit was rolled back)."""
    import errno
    if isinstance(e, sqlite3.Error):
        if getattr(e, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in str(e):
            return "the disk is full: nothing was changed; free some space and try again"
        return f"database error: {e}"
    if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "the disk is full: nothing was changed; free some space and try again"
    name = getattr(e, "filename", "") or ""
    return f"{e.strerror or e}: {name}".rstrip(": ") if isinstance(e, OSError) else str(e)


# ---- privacy (PRODUCT §3.8): the register, copies, the clean-up ------------------------------


def _privacy_parsers(sub) -> None:
    s = sub.add_parser("people", help="the register of people the evaluation names")
    s.add_argument("file")
    s.add_argument("--extract", metavar="NAME", help="everything the file holds about one person")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("copy", help="a copy for sharing (optionally encrypted or pseudonymised)")
    s.add_argument("file")
    s.add_argument("out")
    s.add_argument("--encrypt", action="store_true",
                   help="encrypt with a passphrase (KOMPASS_PASSPHRASE or asked twice); suffix .kompass-enc")
    s.add_argument("--pseudonymise", action="store_true",
                   help="replace register names by role-based pseudonyms (a new evaluation copy)")

    s = sub.add_parser("erase-personal-data", help="the clean-up after the final report")
    s.add_argument("file")
    s.add_argument("--dry-run", action="store_true", help="show what would go and what stays")
    s.add_argument("--json", action="store_true")
    s.add_argument("--force", action="store_true", help="write even if the workbench has the file open")


def cmd_people(a) -> int:
    from kompass_desktop.services import people
    ev = _open_read(a.file)
    try:
        if a.extract is not None:
            data = people.extract(ev, a.extract)
            print(people.dumps(data) if a.json else people.extract_text(data))
            return 0
        items = people.entries(ev)
        joins = people.suggested_joins(items)
    finally:
        ev.close()
    if a.json:
        print(people.dumps({"people": [e.to_json() for e in items],
                            "suggested_joins": [[e.key for e in g] for g in joins]}))
        return 0
    for e in items:
        state = "" if e.registered else "  (not in the register yet)"
        what = ", ".join(x for x in (e.role, e.function, e.organisation) if x)
        print(f"{e.shown_name}\t{what}\t{len(e.interviews)} interview(s){state}")
    for g in joins:
        print("suggested as one person: " + " / ".join(e.shown_name for e in g))
    print(f"{len(items)} people")
    return 0


def cmd_copy(a) -> int:
    import shutil

    from kompass_desktop.services import encrypted, privacy, sync
    passphrase = None
    if a.encrypt:
        passphrase = encrypted.passphrase_from_env_or_terminal("Passphrase for the copy: ", twice=True)
        hint = encrypted.strength(passphrase)
        if hint.score < 2:
            print(f"note: {hint.en}", file=sys.stderr)
    ev = _open_read(a.file)
    try:
        if a.pseudonymise:
            if a.encrypt:
                from kompass_desktop.paths import private_tmp
                d = private_tmp("copy")
                try:
                    plain = privacy.pseudonymised_copy(ev, d / "copy.kompass")
                    out = encrypted.write_encrypted(plain, a.out, passphrase)
                finally:
                    shutil.rmtree(d, ignore_errors=True)
            else:
                out = privacy.pseudonymised_copy(ev, a.out)
        elif a.encrypt:
            out = encrypted.encrypted_copy(ev.store, a.out, passphrase)
        else:
            out = sync.save_copy_for_sharing(ev.store, a.out)
    finally:
        ev.close()
    what = " and ".join(w for w, on in (("pseudonymised", a.pseudonymise),
                                          ("encrypted", a.encrypt)) if on)
    print(f"wrote {out}" + (f" ({what})" if what else ""))
    return 0


def cmd_erase_personal_data(a) -> int:
    from kompass_desktop.services import privacy
    result = None
    if a.dry_run:
        plan = privacy.plan_of_file(a.file)  # on a snapshot: the file stays byte-identical
    else:
        ev = _open_for_writing(a.file, a.force)
        try:
            plan = privacy.plan(ev)
            result = privacy.erase_personal_data(ev)
        finally:
            ev.close()
    if a.json:
        data = plan.to_json()
        data["dry_run"] = bool(a.dry_run)
        if result is not None:
            data.update(result.to_json())
        print(privacy.dumps(data))
        return 0
    head = "would erase" if a.dry_run else "erased"
    print(f"{head}: " + ", ".join(f"{n} {what}" for what, n in plan.goes.items()))
    print("kept: " + "; ".join(f"{en} ({why})" for en, _, why in privacy.STAYS))
    if plan.kept_hits:
        verb = "would be replaced" if a.dry_run else "replaced"
        print(f"{len(plan.kept_hits)} register name(s) in kept texts {verb} by pseudonyms:")
        for h in plan.kept_hits:
            print(f"  {h.what}: '{h.hit.found}' -> '{h.hit.replacement(h.pseudonym)}'")
    if result is not None:
        print(f"{result.versions_erased} stored value(s) removed from the file; "
              f"{len(result.backups_erased)} backup(s) of it erased")
    if not plan.final_report_exported_at:
        print("note: no final report has been exported from this file", file=sys.stderr)
    return 0


def cmd_export(a) -> int:
    from kompass_desktop.services.export import export_tables
    written = export_tables(a.file, a.dir, a.format, pseudonymise=a.pseudonymise)
    for name, count in written:
        print(f"{Path(a.dir) / name}\t{count} rows")
    return 0


HANDLERS = {"demo": cmd_demo, "new": cmd_new, "frameworks": cmd_frameworks,
            "import-scores": cmd_import_scores, "reference": cmd_reference,
            "summary": cmd_summary, "check": cmd_check, "report": cmd_report, "merge": cmd_merge,
            "people": cmd_people, "copy": cmd_copy, "erase-personal-data": cmd_erase_personal_data,
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
        from kompass_desktop.services.workspace import clean_stale
        clean_stale()  # decrypted copies a killed run left in the private folder
        return HANDLERS[args.command](args)
    except KompassError as e:
        print(f"kompass: {terminal_safe(e)}", file=sys.stderr)
        return 1
    except ModuleNotFoundError as e:
        if e.name and e.name.startswith("kompass_desktop.services."):
            print(f"kompass: '{args.command}' is not available in this version", file=sys.stderr)
            return 2
        raise
    except sqlite3.Error as e:
        print(f"kompass: {terminal_safe(_storage_reason(e))}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"kompass: {terminal_safe(_storage_reason(e))}", file=sys.stderr)
        return 1
    except (RecursionError, MemoryError, ValueError) as e:
        # Input odd enough to get past every check: still one line, never a traceback.
        print(f"kompass: cannot process the input ({type(e).__name__}: "
              f"{terminal_safe(str(e))[:200]})", file=sys.stderr)
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
