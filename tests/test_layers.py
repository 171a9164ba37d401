"""The layering rules (README "Where things are") hold: import-linter's contracts in pyproject.toml."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept():
    lint = Path(sys.executable).parent / "lint-imports"
    out = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert "0 broken" in out.stdout
    # every contract named in pyproject ran (none silently skipped)
    assert out.stdout.count(" KEPT") == (ROOT / "pyproject.toml").read_text().count("[[tool.importlinter.contracts]]")
