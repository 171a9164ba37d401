"""Report export (PRODUCT §3.6): the full report or the slide summary as PDF.

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
from pathlib import Path
from typing import Callable

from kompass_desktop.domain.errors import KompassError

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]


class ReportNotReady(KompassError):
    """A final report was asked for while sub-areas lack an agreed score. `missing` keeps
    every finding ("1.1 Title: ej bedömt"); the message is one line."""

    def __init__(self, missing: list[str], numbers: list[str]):
        self.missing = missing
        self.numbers = numbers
        shown = ", ".join(numbers[:8]) + (", …" if len(numbers) > 8 else "")
        word = "sub-area lacks" if len(numbers) == 1 else "sub-areas lack"
        super().__init__(f"cannot make a final report: {len(numbers)} {word} an agreed score ({shown})")


class ExportCancelled(KompassError):
    def __init__(self):
        super().__init__("export cancelled; no file was written")


@dataclass(frozen=True)
class ExportJob:
    data: object            # report.data.ReportData
    out: Path
    final: bool
    slides: bool


def missing_for_final(data) -> tuple[list[str], list[str]]:
    """(findings, sub-area numbers) that stop a final report."""
    findings, numbers = [], []
    for s in data.missing:
        findings.append(f"{s.number} {s.title}: {s.mark}")
        numbers.append(s.number)
    return findings, numbers


def prepare_export(ev, out: str | Path, final: bool = False, slides: bool = False) -> ExportJob:
    """Read everything the PDF needs; refuse a final report with the list of what is missing."""
    from kompass_desktop.report.data import gather
    data = gather(ev)
    if final:
        findings, numbers = missing_for_final(data)
        if findings:
            raise ReportNotReady(findings, numbers)
    return ExportJob(data, Path(out), final, slides)


def render_export(job: ExportJob, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> Path:
    """Lay out and write the PDF. Safe to run in a worker thread (no database access)."""
    from kompass_desktop.report.document import BuildCancelled
    from kompass_desktop.report.full import FullReport
    from kompass_desktop.report.slides import SlideDeck

    out = job.out
    if out.exists() and out.is_dir():
        raise KompassError(f"{out} is a folder; give a file name for the PDF",
                           sv=f"{out} är en mapp; ange ett filnamn för PDF-filen")
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise KompassError(f"the folder {parent} does not exist", sv=f"mappen {parent} finns inte")

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
    builder = SlideDeck(job.data, job.final) if job.slides else FullReport(job.data, job.final)
    passes = [0]

    def on_layout(fraction: float) -> None:
        report(0.05 + 0.9 * min(1.0, (passes[0] + fraction) / 2.0), "Sätter sidorna")

    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
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

    Raises ReportNotReady for final=True while sub-areas lack an agreed score, and
    ExportCancelled when cancel() returned True; in both cases no file is written."""
    if progress is not None:
        progress(0.0, "Läser utvärderingen")
    if cancel is not None and cancel():
        raise ExportCancelled()
    job = prepare_export(ev, out, final=final, slides=slides)
    return render_export(job, progress, cancel)
