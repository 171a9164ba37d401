"""Export time of the report (PRODUCT §7: the demo report within 2× a bare Platypus build of
the same page count). Run: pytest tests/benchmarks/test_report_bench.py --benchmark-enable

The large evaluation (40 interviews, 300 documents, 5,000 evidence items) is generated once
per benchmark session."""
from __future__ import annotations

import os
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


def paragraphs_for(tmp_path: Path, pages: int) -> int:
    """How many body paragraphs make exactly `pages` pages (calibrated, not timed)."""
    probe = tmp_path / "probe.pdf"
    bare_platypus(probe, 100)
    n = max(1, round(100 * pages / _pages(probe)))
    for _ in range(40):
        bare_platypus(probe, n)
        got = _pages(probe)
        if got == pages:
            return n
        n += 1 if got < pages else -1
    return n


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
