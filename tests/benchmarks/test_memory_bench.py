"""PRODUCT §7: peak memory under 150 MiB with the large evaluation open (40 interviews, 300
documents, 5,000 evidence items). A fresh workbench process opens it, shows every fieldwork
page and an area, searches, and reports its peak resident size (ru_maxrss). Printed and kept in
extra_info; run: pytest tests/benchmarks/test_memory_bench.py -o addopts="" -s
"""
import os
import subprocess
import sys

CHILD = r"""
import resource, sys, time
from PySide6.QtWidgets import QApplication
from kompass_desktop.ui.app import make_app
app = make_app()
from kompass_desktop.ui.main_window import MainWindow
w = MainWindow(); w.resize(1366, 768); w.show()
opened = []
w.opened.connect(opened.append)
w.open_file(sys.argv[1])
t0 = time.time()
while not opened and time.time() - t0 < 60:
    app.processEvents(); time.sleep(0.01)
assert opened, "the file did not open"
for key in ("overview", "interviews", "documents", "evidence", "area:1", "report", "sync"):
    page = w.show_page(key)
    t0 = time.time()
    while getattr(page, "loading", None) is not None and time.time() - t0 < 60:
        app.processEvents(); time.sleep(0.01)
    for _ in range(20):
        app.processEvents()
w.search_field.setText("hållbar styrning"); w._run_search(); app.processEvents()
print("peak_kib", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def test_peak_memory_with_the_large_evaluation_open(benchmark, tmp_path):
    from kompass_desktop.services.identity import new_identity, save_identity
    from kompass_desktop.services.sample import write_large_evaluation
    os.environ["KOMPASS_HOME"] = str(tmp_path)
    save_identity(new_identity("Bench", "SKR"))
    path = tmp_path / "large.kompass"
    write_large_evaluation(path).close()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               KOMPASS_HOME=str(tmp_path))
    peaks = []

    def run():
        out = subprocess.run([sys.executable, "-c", CHILD, str(path)], check=True, env=env,
                             capture_output=True, text=True).stdout
        peaks.append(int(out.split("peak_kib")[1].split()[0]) / 1024)
    benchmark.pedantic(run, rounds=3, iterations=1)
    benchmark.extra_info["peak_mib"] = round(max(peaks), 1)
    print(f"\npeak resident memory with the large evaluation open: {max(peaks):.1f} MiB "
          f"(rounds: {', '.join(f'{p:.1f}' for p in peaks)})")
