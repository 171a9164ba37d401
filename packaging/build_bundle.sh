#!/usr/bin/env bash
# Build the PyInstaller folder app dist/kompass/ (Linux or macOS; the release workflow does
# the same steps on Windows). Usage: packaging/build_bundle.sh [PYTHON]  (default .venv/bin/python,
# which needs `pip install -e '.[package]'`).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
# Translations: compiled here so the bundle carries the .qm (it has no lrelease of its own).
"$PY" - <<'PYEOF'
import pathlib, subprocess, PySide6
tool = next(p for p in (pathlib.Path(PySide6.__file__).parent / n for n in ("lrelease", "lrelease.exe"))
            if p.exists())
out = pathlib.Path("build/qm"); out.mkdir(parents=True, exist_ok=True)
for ts in sorted(pathlib.Path("resources/translations").glob("*.ts")):
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(out / (ts.stem + ".qm"))], check=True)
PYEOF
KOMPASS_QM_DIR=build/qm "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/kompass.spec
