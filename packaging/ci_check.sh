#!/usr/bin/env bash
# The packaging checks CI runs after the tests (.ci/run calls this; run it alone the same way):
#  1. sdist and wheel (the wheel built from the sdist), installed into a fresh venv outside the
#     checkout: --version and every command (demo, summary --json, report, export, frameworks,
#     new, import-scores, reference add, check, merge --dry-run) and the workbench (offscreen).
#  2. the PyInstaller bundle (size bar: 150 MB) packed as a .deb, installed with dpkg -i (needs
#     root, as CI runs): the installed kompass runs the same commands, the .kompass MIME type is
#     registered with the desktop entry as its default application, and the entry's Exec line
#     opens a file in the workbench. The package is removed again at the end.
# Needs .venv with the [package] extras (.ci/run installs them). Times and sizes are printed.
set -euo pipefail   # (pipes end in a grep that reads all its input: no SIGPIPE races)
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=$ROOT/.venv/bin/python
work=$(mktemp -d /tmp/kompass-pkg.XXXXXX)
installed_deb=""
cleanup() {
    if [ -n "$installed_deb" ]; then dpkg -r kompass-desktop >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen
# Writing commands need to know who writes (they never invent an identity): as a script would.
export KOMPASS_EVALUATOR="Paketkontroll, CI"
step() { echo "--- $1"; }
fail() { echo "packaging check FAILED: $1" >&2; exit 1; }

# smoke KOMPASS_COMMAND LABEL: every check runs in a scratch folder outside the checkout.
smoke() {
    local k=$1 dir=$work/run-$2
    mkdir -p "$dir/home/config" && cd "$dir"
    export KOMPASS_HOME=$dir/home
    local version; version=$("$k" --version)
    [ "$version" = "kompass $("$PY" -c 'import kompass_desktop; print(kompass_desktop.__version__)')" ] \
        || fail "$2: --version printed '$version'"
    "$k" demo d.kompass >/dev/null
    "$k" summary d.kompass --json > summary.json
    python3 - summary.json <<'EOF' || fail "$2: summary --json"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
assert d["municipality"] == "Nynäshamn" and d["total"]["max"] == 800, d["total"]
assert [a["rounded"] for a in d["areas"]][1] == 60 and len(d["areas"]) == 8
EOF
    "$k" report d.kompass r.pdf >/dev/null
    [ "$(head -c 5 r.pdf)" = "%PDF-" ] || fail "$2: report wrote no PDF"
    "$k" export d.kompass tables >/dev/null
    grep -q "Karin Ek" tables/scores_draft.csv || fail "$2: export"
    "$k" frameworks | grep "^kommunkompassen-2015" >/dev/null || fail "$2: frameworks"
    "$k" new n.kompass --framework kommunkompassen-2015 --municipality Provby --year 2020 \
        --evaluator "Karin Ek, SKR" >/dev/null
    printf 'delområde;poäng\n1.1;12,5\n' > s.csv && "$k" import-scores n.kompass s.csv >/dev/null
    printf 'area,points\n1,50\ntotal,400\n' > ref.csv
    "$k" reference add n.kompass --label Snitt ref.csv >/dev/null
    "$k" check n.kompass | grep "file ok" >/dev/null || fail "$2: check"
    cp d.kompass colleague.kompass
    "$k" merge d.kompass colleague.kompass --dry-run --json | grep '"conflicts"' >/dev/null || fail "$2: merge"
    if "$k" exprt d.kompass 2>err.txt; then fail "$2: an unknown command was accepted"; fi
    grep -q "unknown command 'exprt'" err.txt || fail "$2: unknown command message"
    # The workbench: the evaluator identity is set (as the first-start dialog would), then
    # the window opens the file and quits by itself (KOMPASS_SMOKE_EXIT_MS).
    printf '{"evaluator_id": "ci-evaluator", "name": "CI", "organisation": "", "origin": "ci-origin"}' \
        > home/config/identity.json
    local shown; shown=$(KOMPASS_SMOKE_EXIT_MS=1500 timeout 120 "$k" d.kompass) || fail "$2: workbench exit $?"
    [ "$shown" = "window: Nynäshamn 2023 – d.kompass" ] || fail "$2: workbench showed '$shown'"
    shown=$(KOMPASS_SMOKE_EXIT_MS=1500 timeout 120 "$k" --demo) || fail "$2: workbench --demo"
    case "$shown" in "window: Nynäshamn 2023 – "*) ;; *) fail "$2: --demo showed '$shown'";; esac
    echo "    $2: $version; demo, summary, report, export, frameworks, new, import-scores, reference,"
    echo "    check, merge, unknown command, window (file, --demo) ok"
    cd "$ROOT"
}

step "wheel: build sdist and wheel"
s=$SECONDS
"$PY" -m build --outdir "$work/dist" . > "$work/build.log" 2>&1 || { tail -30 "$work/build.log"; fail "build"; }
echo "    $(cd "$work/dist" && ls) ($(( SECONDS - s )) s)"
step "wheel: fresh venv outside the checkout"
s=$SECONDS
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q "$work"/dist/*.whl 2>&1 | grep -v "^WARNING: Location" || true
"$work/venv/bin/kompass" --version >/dev/null || fail "the wheel did not install"
where=$(cd "$work" && "$work/venv/bin/python" -c 'import kompass_desktop.paths as p; print(p.RESOURCES)')
case "$where" in "$work/venv/"*) ;; *) fail "installed package reads resources from $where";; esac
echo "    installed ($(( SECONDS - s )) s); resources at $where"
# The English UI compiles its .qm on first use into the user's data folder (install is read-only).
qm=$(cd "$work" && KOMPASS_HOME=$work/qmhome "$work/venv/bin/python" -c '
from PySide6.QtCore import QCoreApplication; from kompass_desktop.ui import i18n
app = QCoreApplication([]); assert i18n.install(app, "en"); print(i18n.compiled("en"))')
case "$qm" in "$work/qmhome/data/"*.qm) ;; *) fail "English translation not compiled into the data folder: $qm";; esac
s=$SECONDS
smoke "$work/venv/bin/kompass" wheel
echo "    ($(( SECONDS - s )) s)"

step "bundle: PyInstaller"
s=$SECONDS
packaging/build_bundle.sh "$PY" > "$work/bundle.log" 2>&1 || { tail -30 "$work/bundle.log"; fail "bundle"; }
mb=$(du -sm dist/kompass | cut -f1)
echo "    dist/kompass: $mb MB ($(( SECONDS - s )) s)"
[ "$mb" -lt 150 ] || fail "the bundle is $mb MB (bar: under 150 MB)"

step "deb: pack"
s=$SECONDS
deb=$(packaging/build_deb.sh)
echo "    $deb: $(( $(stat -c %s "$deb") / 1048576 )) MB ($(( SECONDS - s )) s)"

step "deb: install and run"
[ "$(id -u)" = 0 ] || fail "installing the .deb needs root (CI runs as root)"
if ! command -v update-desktop-database >/dev/null; then
    # What a desktop has: desktop-file-utils keeps the MIME → application cache.
    apt-get install -y -q desktop-file-utils >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null && apt-get install -y -q desktop-file-utils >/dev/null; }
fi
s=$SECONDS
dpkg -i "$deb" >/dev/null
installed_deb=$deb
[ "$(command -v kompass)" = /usr/bin/kompass ] || fail "kompass is not on the PATH"
smoke /usr/bin/kompass deb
# Double-click: the file's type, its default application, and that application's command line.
type=$(gio info -a standard::content-type "$work/run-deb/d.kompass" | sed -n 's/.*content-type: //p')
[ "$type" = application/x-kompass-evaluation ] || fail "a .kompass file has type '$type'"
gio mime application/x-kompass-evaluation | grep "Default application.*kompass-desktop.desktop" >/dev/null \
    || fail "kompass-desktop.desktop is not the default application for .kompass files"
desktop-file-validate /usr/share/applications/kompass-desktop.desktop || fail "desktop entry"
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/kompass-desktop.desktop)
cp "$work/run-deb/d.kompass" "$work/run-deb/Dubbelklick.kompass"
shown=$(cd "$work" && KOMPASS_HOME=$work/run-deb/home KOMPASS_SMOKE_EXIT_MS=1500 timeout 120 \
        ${exec_line/\%f/$work/run-deb/Dubbelklick.kompass})
[ "$shown" = "window: Nynäshamn 2023 – Dubbelklick.kompass" ] || fail "double-click opened '$shown'"
echo "    installed, MIME type and default application registered, double-click opens the file ($(( SECONDS - s )) s)"
echo "packaging checks passed"
