"""Refresh kompass_en.ts from the UI sources (pyside6-lupdate keeps existing translations).

Run from the repository root: python resources/translations/update_translations.py
Then translate the new (unfinished) entries, e.g. with pyside6-linguist. The .qm is compiled
at run time when missing or stale (kompass_desktop/ui/i18n.py), so it is not kept in git.
"""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = Path(__file__).resolve().parent / "kompass_en.ts"


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kompass_desktop" / "ui").rglob("*.py"))
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    cmd = [str(tool) if tool.exists() else "pyside6-lupdate", *sources, "-no-obsolete",
           "-source-language", "sv_SE", "-target-language", "en_GB", "-ts", str(TS.relative_to(ROOT))]
    return subprocess.call(cmd, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
