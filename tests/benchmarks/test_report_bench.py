"""Export time of the report (PRODUCT §7: the demo report within 2× a bare Platypus build of
the same page count). Run: pytest tests/benchmarks/test_report_bench.py --benchmark-enable

The process-level pair (`test_bench_process_*`) is the comparison §7 means: `kompass report`
on the demo as a whole process (start-up, imports, opening the file, layout, the tagged-PDF
post-processing) against a bare Platypus script of the same page count with one embedded
TrueType font, also as a whole process. The ratio of their means is the figure to report.

The large evaluation (40 interviews, 300 documents, 5,000 evidence items) is generated once
per benchmark session."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/ helpers

from kompass_desktop.report import styles as st  # noqa: E402
from kompass_desktop.services.evaluation import Evaluation  # noqa: E402
from kompass_desktop.services.report import export_report  # noqa: E402


@pytest.fixture(scope="session")
def bench_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("bench-home")
    os.environ["KOMPASS_HOME"] = str(home)
    return home


@pytest.fixture(scope="session")
def demo_eval(tmp_path_factory, bench_home):
    from kompass_desktop.paths import DEMO_DATA
    path = tmp_path_factory.mktemp("bench-demo") / "demo.kompass"
    if DEMO_DATA.exists():
        from kompass_desktop.services.demo import write_demo
        write_demo(path).close()
    else:  # until the demo data lands: the Nynäshamn-shaped test evaluation
        from report_sample import build_sample
        build_sample(path).close()
    ev = Evaluation.open(path)
    yield ev
    ev.close()


@pytest.fixture(scope="session")
def large_eval(tmp_path_factory, bench_home):
    from kompass_desktop.services.sample import write_large_evaluation
    path = tmp_path_factory.mktemp("bench-large") / "large.kompass"
    write_large_evaluation(path).close()
    ev = Evaluation.open(path)
    yield ev
    ev.close()


def _pages(path) -> int:
    return len(PdfReader(str(path)).pages)


_TEXT = ("Utvärderarna har gått igenom kommunens styrdokument och samtalat med förtroendevalda "
         "och tjänstepersoner om hur arbetet inom området leds och följs upp. ") * 3


def bare_platypus(out: Path, paragraphs: int) -> None:
    """A plain SimpleDocTemplate build: the same embedded fonts and body style, paragraphs
    only, one pass."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    styles = st.make_styles()
    story = [Paragraph(_TEXT, styles["body"]) for _ in range(paragraphs)]
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=25 * mm, bottomMargin=22 * mm, initialFontName=st.SANS)
    doc.build(story)


def calibrate(pages: int, build_pages) -> int:
    """How many body paragraphs make exactly `pages` pages (calibrated, not timed);
    build_pages(n) builds with n paragraphs and returns the page count."""
    n = max(1, round(100 * pages / build_pages(100)))
    for _ in range(40):
        got = build_pages(n)
        if got == pages:
            return n
        n += 1 if got < pages else -1
    return n


def paragraphs_for(tmp_path: Path, pages: int) -> int:
    probe = tmp_path / "probe.pdf"

    def build(n):
        bare_platypus(probe, n)
        return _pages(probe)
    return calibrate(pages, build)


def test_bench_export_demo_report(benchmark, demo_eval, tmp_path):
    out = tmp_path / "demo.pdf"
    benchmark.pedantic(export_report, args=(demo_eval, out), rounds=5, iterations=1,
                       warmup_rounds=1)
    benchmark.extra_info["pages"] = _pages(out)


def test_bench_bare_platypus_same_pages_as_demo(benchmark, demo_eval, tmp_path):
    ref = tmp_path / "ref.pdf"
    export_report(demo_eval, ref)
    pages = _pages(ref)
    out = tmp_path / "bare.pdf"
    n = paragraphs_for(tmp_path, pages)
    benchmark.pedantic(bare_platypus, args=(out, n), rounds=5, iterations=1, warmup_rounds=1)
    benchmark.extra_info["pages"] = _pages(out)
    benchmark.extra_info["report_pages"] = pages


def test_bench_export_demo_slides(benchmark, demo_eval, tmp_path):
    out = tmp_path / "slides.pdf"
    benchmark.pedantic(export_report, args=(demo_eval, out), kwargs={"slides": True},
                       rounds=5, iterations=1, warmup_rounds=1)
    benchmark.extra_info["pages"] = _pages(out)


def test_bench_export_large_report(benchmark, large_eval, tmp_path):
    out = tmp_path / "large.pdf"
    benchmark.pedantic(export_report, args=(large_eval, out), rounds=3, iterations=1,
                       warmup_rounds=1)
    benchmark.extra_info["pages"] = _pages(out)


def test_bench_bare_platypus_same_pages_as_large(benchmark, large_eval, tmp_path):
    ref = tmp_path / "ref.pdf"
    export_report(large_eval, ref)
    pages = _pages(ref)
    out = tmp_path / "bare.pdf"
    n = paragraphs_for(tmp_path, pages)
    benchmark.pedantic(bare_platypus, args=(out, n), rounds=3, iterations=1, warmup_rounds=1)
    benchmark.extra_info["pages"] = _pages(out)
    benchmark.extra_info["report_pages"] = pages


def test_bench_gather_large(benchmark, large_eval):
    """Reading the evaluation runs on the UI thread: it must stay far below 100 ms."""
    from kompass_desktop.report.data import gather
    benchmark(gather, large_eval)


BARE_SCRIPT = """
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate
pdfmetrics.registerFont(TTFont("S", sys.argv[3]))
style = ParagraphStyle("b", fontName="S", fontSize=10, leading=14.5, spaceAfter=7)
text = ("Utvärderarna har gått igenom kommunens styrdokument och samtalat med förtroendevalda "
        "och tjänstepersoner om hur arbetet inom området leds och följs upp. ") * 3
SimpleDocTemplate(sys.argv[1], pagesize=A4, initialFontName="S").build(
    [Paragraph(text, style) for _ in range(int(sys.argv[2]))])
"""


@pytest.fixture(scope="session")
def demo_file_path(tmp_path_factory, bench_home):
    path = tmp_path_factory.mktemp("bench-proc") / "demo.kompass"
    from kompass_desktop.services.demo import write_demo
    write_demo(path).close()
    return path


def _bare_paragraphs(script: Path, out: Path, pages: int) -> int:
    from kompass_desktop.paths import FONTS_DIR
    font = str(FONTS_DIR / "DejaVuSerif.ttf")

    def count(n):
        subprocess.run([sys.executable, str(script), str(out), str(n), font], check=True)
        return _pages(out)
    return calibrate(pages, count)


def test_bench_process_kompass_report_demo(benchmark, demo_file_path, tmp_path):
    out = tmp_path / "demo.pdf"
    cmd = [sys.executable, "-m", "kompass_desktop.cli.main", "report", str(demo_file_path), str(out)]
    benchmark.pedantic(subprocess.run, args=(cmd,), kwargs={"check": True}, rounds=7,
                       iterations=1, warmup_rounds=1)
    benchmark.extra_info["pages"] = _pages(out)
    benchmark.extra_info["bytes"] = out.stat().st_size


def test_bench_process_bare_platypus_same_pages(benchmark, demo_file_path, tmp_path):
    from kompass_desktop.paths import FONTS_DIR
    ref = tmp_path / "ref.pdf"
    subprocess.run([sys.executable, "-m", "kompass_desktop.cli.main", "report",
                    str(demo_file_path), str(ref)], check=True)
    pages = _pages(ref)
    script = tmp_path / "bare.py"
    script.write_text(BARE_SCRIPT, encoding="utf-8")
    out = tmp_path / "bare.pdf"
    n = _bare_paragraphs(script, out, pages)
    cmd = [sys.executable, str(script), str(out), str(n), str(FONTS_DIR / "DejaVuSerif.ttf")]
    benchmark.pedantic(subprocess.run, args=(cmd,), kwargs={"check": True}, rounds=7,
                       iterations=1, warmup_rounds=1)
    benchmark.extra_info["pages"] = _pages(out)
    benchmark.extra_info["report_pages"] = pages


def test_bench_final_report_gaps_large(benchmark, large_eval):
    """The Rapport page recomputes what a final report lacks on the UI thread after edits
    (coalesced): it must stay well under the 100 ms stall bar on the large evaluation."""
    from kompass_desktop.services.report import final_report_gaps
    benchmark(final_report_gaps, large_eval)
