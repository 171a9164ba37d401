"""Report export (PRODUCT §3.6, §3.10): the full report or the slide summary as tagged PDF,
or the report as a Word document; what a final report needs (`final_report_gaps`).

`export_report` is what the CLI calls. The GUI splits it in two: `prepare_export` reads the
evaluation on the UI thread (the database belongs to it), `render_export` lays out the PDF
from those plain values in a worker thread. Either way the PDF is written under a temporary
name beside the target and moved into place only when complete, so a cancelled or failed
export never leaves half a PDF behind (and never destroys an older PDF of the same name).
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from kompass_desktop.domain.errors import KompassError
from kompass_desktop.storage.schema import check_output_file

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class Gap:
    """One thing that stands between the evaluation and a final report. `where` is the
    sub-area or area number ("1.2", "3") or "" for the evaluation as a whole."""
    where: str
    en: str
    sv: str

    def text(self, swedish: bool = True) -> str:
        return self.sv if swedish else self.en


class ReportNotReady(KompassError):
    """A final report was asked for while the evaluation is incomplete (PRODUCT §3.10).
    `gaps` lists every finding; the message is one line."""

    def __init__(self, gaps: list[Gap]):
        self.gaps = gaps
        self.missing = [g.text(swedish=True) for g in gaps]
        n = len(gaps)
        word = "item is" if n == 1 else "items are"
        super().__init__(f"cannot make a final report: {n} {word} missing (listed below)",
                         sv=f"slutversionen kan inte skapas: {n} "
                            f"{'sak saknas' if n == 1 else 'saker saknas'}")


class ExportCancelled(KompassError):
    def __init__(self):
        super().__init__("export cancelled; no file was written")


@dataclass(frozen=True)
class ExportJob:
    data: object            # report.data.ReportData
    out: Path
    final: bool
    slides: bool

    @property
    def word(self) -> bool:
        return self.out.suffix.lower() == ".docx"


EXAMPLE_MARKERS = ("exempeldata", "example data", "exempel-data")
FINAL_EXPORTED_KEY = "final_report_exported_at"


def is_example_series(label: str, source: str | None = None) -> bool:
    """A comparison series that holds example figures (the demo's "Snitt (exempeldata)"),
    not published ones: it must not go into a final report."""
    text = (label or "").casefold()
    return source == "example" or any(m in text for m in EXAMPLE_MARKERS)


def final_report_gaps(ev) -> list[Gap]:
    """Everything that stops a final report (PRODUCT §3.10), by area and sub-area: every
    sub-area agreed, no open merge conflict, every area with its general text and at least
    one strength and one improvement, evaluators and site-visit dates set, no example-data
    comparison series. The CLI and the Rapport page both show this list."""
    from kompass_desktop.domain.scoring import ScoreStatus
    from kompass_desktop.services.sync import list_conflicts

    gaps: list[Gap] = []
    info = ev.info()
    if not any((e["name"] or "").strip() for e in ev.evaluators()):
        gaps.append(Gap("", "no evaluators are named", "inga utvärderare är angivna"))
    if not info.get("site_visit_start"):
        gaps.append(Gap("", "the site-visit dates are not set", "datum för platsbesöket saknas"))
    for r in ev.references():
        if is_example_series(r["label"] or "", r.get("source")):
            gaps.append(Gap("", f"the comparison series '{r['label']}' holds example data",
                            f"jämförelseserien ”{r['label']}” innehåller exempeldata"))
    conflicts = len(list_conflicts(ev.store))
    if conflicts:
        gaps.append(Gap("", f"{conflicts} open merge conflict{'s' if conflicts != 1 else ''}",
                        f"{conflicts} olöst{'a' if conflicts != 1 else ''} "
                        f"synkroniseringskonflikt{'er' if conflicts != 1 else ''}"))
    res = ev.result()
    for a in res.areas:
        for s in a.subareas:
            if s.status is ScoreStatus.UNSCORED:
                gaps.append(Gap(s.number, f"{s.number} {s.title}: not scored",
                                f"{s.number} {s.title}: ej bedömt"))
            elif s.status is ScoreStatus.PRELIMINARY:
                gaps.append(Gap(s.number, f"{s.number} {s.title}: no agreed score (only drafts)",
                                f"{s.number} {s.title}: preliminärt (bara utkast, ingen "
                                "överenskommen poäng)"))
        label = f"{a.number} {a.title}"
        if not (ev.area_text(a.number) or "").strip():
            gaps.append(Gap(a.number, f"area {label}: no general text",
                            f"område {label}: allmän text saknas"))
        if not any((i["text"] or "").strip() for i in ev.list_items(a.number, "strength")):
            gaps.append(Gap(a.number, f"area {label}: no strength",
                            f"område {label}: ingen styrka"))
        if not any((i["text"] or "").strip() for i in ev.list_items(a.number, "improvement")):
            gaps.append(Gap(a.number, f"area {label}: no improvement opportunity",
                            f"område {label}: ingen förbättringsmöjlighet"))
    return gaps


def record_final_export(ev, when: datetime | None = None) -> str | None:
    """Note in the file that a final report was exported (the privacy clean-up offers
    itself after that). Returns the ISO time stored under `final_report_exported_at`;
    None for a file open read-only (`kompass report` never writes the file it reads)."""
    if ev.store.read_only:
        return None
    stamp = (when or datetime.now(timezone.utc)).replace(microsecond=0).isoformat()
    ev.store.set_meta(FINAL_EXPORTED_KEY, stamp)
    return stamp


def final_report_exported_at(ev) -> str | None:
    return ev.store.meta(FINAL_EXPORTED_KEY)


def prepare_export(ev, out: str | Path, final: bool = False, slides: bool = False) -> ExportJob:
    """Read everything the PDF needs; refuse a final report with the list of what is missing."""
    from kompass_desktop.report.data import gather
    if slides and Path(out).suffix.lower() == ".docx":
        raise KompassError("the slide summary is a PDF only; give the output a .pdf name",
                           sv="bildspelet finns bara som PDF; ge filen ett namn som slutar på .pdf")
    if final:
        gaps = final_report_gaps(ev)
        if gaps:
            raise ReportNotReady(gaps)
    data = gather(ev)
    return ExportJob(data, Path(out), final, slides)


def render_export(job: ExportJob, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> Path:
    """Lay out and write the PDF. Safe to run in a worker thread (no database access)."""
    from kompass_desktop.report.document import BuildCancelled

    out = job.out
    check_output_file(out)

    best = [0.0]

    def report(fraction: float, text: str) -> None:
        # Layout runs in several passes (the contents need page numbers); keep the bar monotonic.
        if progress is not None:
            best[0] = max(best[0], min(1.0, fraction))
            progress(best[0], text)

    def stop() -> bool:
        return cancel is not None and cancel()

    if stop():
        raise ExportCancelled()
    report(0.05, "Förbereder")
    if job.word:
        from kompass_desktop.report.docx_export import WordReport
        builder = WordReport(job.data, job.final)
    elif job.slides:
        from kompass_desktop.report.slides import SlideDeck
        builder = SlideDeck(job.data, job.final)
    else:
        from kompass_desktop.report.full import FullReport
        builder = FullReport(job.data, job.final)
    passes = [0]

    def on_layout(fraction: float) -> None:
        report(0.05 + 0.9 * min(1.0, (passes[0] + fraction) / 2.0), "Sätter sidorna")

    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        # mkstemp makes the file private (0600); a report follows the umask like any file the
        # user saves, and a replaced file keeps its mode (a shared folder stays shared).
        os.chmod(tmp, _target_mode(out))
        try:
            builder.build(tmp, progress=on_layout, cancel=stop,
                          on_pass=lambda n: passes.__setitem__(0, n))
        except BuildCancelled:
            raise ExportCancelled() from None
        if stop():
            raise ExportCancelled()
        report(0.97, "Sparar")
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    report(1.0, "Klart")
    return out


def export_report(ev, out: str | Path, final: bool = False, slides: bool = False,
                  progress: Progress | None = None, cancel: Cancel | None = None) -> Path:
    """Write the report (or with slides=True the slide summary) of `ev` to `out`.

    The format follows the suffix: .docx writes a Word document, anything else a PDF.
    Raises ReportNotReady for final=True while the evaluation is incomplete, and
    ExportCancelled when cancel() returned True; in both cases no file is written."""
    if progress is not None:
        progress(0.0, "Läser utvärderingen")
    if cancel is not None and cancel():
        raise ExportCancelled()
    job = prepare_export(ev, out, final=final, slides=slides)
    path = render_export(job, progress, cancel)
    if final:
        record_final_export(ev)
    return path


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    old = os.umask(0o022)
    os.umask(old)
    return old


def _target_mode(out: Path) -> int:
    try:
        return out.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()
