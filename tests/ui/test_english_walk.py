"""English is complete: every page, table and list shows no Swedish UI text (PRODUCT §3.9).

The evaluation holds English user data only, so any Swedish left on screen comes from the UI:
headers, status words, enumeration names, legends, tooltips. The framework's area and
sub-area titles are the framework's data (Swedish in Kommunkompassen) and are taken out
before checking.
"""
import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
                               QGroupBox, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QTabWidget, QTextEdit,
                               QWidget)

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services import sync
from kompass_desktop.services.evaluation import Evaluation, EvaluatorInfo
from kompass_desktop.services.identity import new_identity
from kompass_desktop.ui import i18n

FW = resolve_framework("kommunkompassen-2019")
SWEDISH_LETTERS = re.compile("[åäöÅÄÖ]")
# Common Swedish words that are not English words.
SWEDISH_WORDS = re.compile(r"\b(och|av|för|med|som|eller|inte|ej|till|från|på|är|har|alla|inga|"
                           r"ingen|dolt|Område|Områden|Delområde|Poäng|Procent|Överens|Underlag|Källa|"
                           r"Vad|Fält|Mitt|Deras|När|annat|strategi|riktlinje|förtroendevald|"
                           r"tjänsteperson|annan|chef|medarbetare|Planerat|tillgodoräknat|Jämförelse|"
                           r"Välj|Spara|Ta bort|Lägg till|Sök|Visa|Ny|Nytt|Stäng|Avbryt|Titel|Datum|"
                           r"Plats|Deltagare|Intervju|Intervjuer|Dokument|Utfärdare|Antagen|År|Sidor|"
                           r"Anteckningar|konflikt|konflikter|Konflikter|Utkast|utkast|Summa|Totalt|"
                           r"Styrkor|Förbättringsområden|Motivering|Gott|exempel|Slutversion|Rapport)\b")


def swedish(text: str, allowed: list[str]) -> str | None:
    """The Swedish bit of a UI text (None: none), once the framework's titles are removed."""
    if not text:
        return None
    for a in allowed:
        text = text.replace(a, " ")
    text = re.sub(r"<[^>]+>", " ", text)  # rich text markup
    m = SWEDISH_LETTERS.search(text) or SWEDISH_WORDS.search(text)
    return None if m is None else text.strip()[:120]


def _columns(model, parent):
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model's columnCount is not callable from Python
        return 1


def _children(model, idx):
    try:
        return model.rowCount(idx) > 0
    except TypeError:
        return False


def texts_of_model(model, where):
    if model is None:
        return
    for c in range(_columns(model, QModelIndex())):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            v = model.headerData(c, Qt.Orientation.Horizontal, role)
            if isinstance(v, str):
                yield f"{where} header {c}", v

    def walk(parent):
        rows = model.rowCount(parent)
        for r in range(min(rows, 200)):
            for c in range(max(1, _columns(model, parent))):
                idx = model.index(r, c, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    v = model.data(idx, role)
                    if isinstance(v, str):
                        yield f"{where} cell {r},{c}", v
                if c == 0 and _children(model, idx):
                    yield from walk(idx)
    yield from walk(QModelIndex())


def texts_of(widget: QWidget, where: str):
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QHeaderView):
            continue  # its model is the table's, walked with the table
        name = f"{where}/{type(w).__name__}"
        if w.toolTip():
            yield name + " tooltip", w.toolTip()
        if w.accessibleName():
            yield name + " accessible name", w.accessibleName()
        if isinstance(w, QLabel):
            yield name, w.text()
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name} item {i}", w.itemText(i)
        elif isinstance(w, QLineEdit):
            yield name + " placeholder", w.placeholderText()
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            yield name + " placeholder", w.placeholderText()
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name} tab {i}", w.tabText(i)
                yield f"{name} tab {i} tooltip", w.tabToolTip(i)
        if isinstance(w, QAbstractItemView):
            yield from texts_of_model(w.model(), name)
        if hasattr(w, "chart") and callable(w.chart):  # QtCharts: legend, axes
            chart = w.chart()
            for s in chart.series():
                for bs in getattr(s, "barSets", lambda: [])():
                    yield name + " legend", bs.label()
            for ax in chart.axes():
                yield name + " axis", ax.titleText()


@pytest.fixture
def english(qtbot):
    app = QApplication.instance()
    assert i18n.install(app, "en")
    yield
    i18n.install(app, "sv")


@pytest.fixture
def english_file(tmp_path, evaluator_identity):
    """A file with English user data, a colleague's merge with conflicts, every kind of row."""
    path = tmp_path / "Testby-2025.kompass"
    ev = Evaluation.create(path, FW, "Testby", 2025, [EvaluatorInfo("Karin Ek", "SKR"),
                                                       EvaluatorInfo("Bob Smith", "Acme")],
                           identity=evaluator_identity)
    ev.claim_evaluator(ev.evaluators()[0]["id"])
    iid = ev.add_interview("Meeting with the board", date="2025-03-10", place="Town hall",
                           notes="We talked about the budget.",
                           participants=[{"name": "Ann Lee", "role": "förtroendevald"},
                                         {"name": "Tom Wu", "role": "tjänsteperson"}])
    did = ev.add_document("Budget plan", "strategi", "Council", year=2024)
    ev.add_document("Other paper", "annat", "Council", year=2023)
    ev.add_evidence("The budget is followed up monthly.", ["1.1"], interview_id=iid)
    ev.add_evidence("A plan exists but is not adopted.", ["1.1", "2.1"], source="document",
                    status="planned", document_id=did)
    ev.set_draft("1.1", ev.evaluators()[0]["id"], "12.5")
    ev.set_agreed("1.2", "8")
    ev.add_list_item("1", "strength", "Clear goals")
    ev.add_good_example("1.1", "Sampletown", "Open meetings", "Transparency")
    bob = new_identity("Bob Smith", "Acme")
    ev.store.save_copy(tmp_path / "bob.kompass")
    other = Evaluation.open(tmp_path / "bob.kompass", identity=bob)
    other.claim_evaluator(other.evaluators()[1]["id"])
    other.store.write("interview", iid, {"notes": "We talked about the plan."})
    other.set_agreed("1.2", "7.5")
    sync.save_copy_for_sharing(other.store, tmp_path / "from-bob.kompass")
    other.close()
    ev.store.write("interview", iid, {"notes": "We talked about money."})
    ev.set_agreed("1.2", "6.5")
    ev.close()
    return path


def test_every_page_in_english_has_no_swedish_text(english, english_file, qtbot, tmp_path):
    from kompass_desktop.ui.main_window import MainWindow
    w = MainWindow()  # built under the English translator
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    with qtbot.waitSignal(w.opened, timeout=10000):
        w.open_file(str(english_file))
    sync_page = w.show_page("sync")
    sync_page.start_merge(tmp_path / "from-bob.kompass", preview=False)
    qtbot.waitUntil(lambda: sync_page.job is None and sync_page.conflict_model.rowCount() > 0,
                    timeout=10000)
    allowed = sorted({a.title for a in FW.areas} | {s.title for a in FW.areas for s in a.subareas}
                     | {"Nynäshamn"},  # the demo file named on the start view
                     key=len, reverse=True)
    found = []
    keys = ["overview", "interviews", "documents", "evidence", *[f"area:{a.number}" for a in FW.areas],
            "report", "sync"]
    for key in keys:
        page = w.show_page(key)
        qtbot.wait(10)
        if key == "interviews":
            page.view.selectRow(0)
        if key == "documents":
            page.view.selectRow(0)
        for where, text in texts_of(page, key):
            bad = swedish(text, allowed)
            if bad:
                found.append(f"{where}: {bad}")
    for where, text in texts_of(w, "window"):  # menus' owner, start view, toolbar, status bar
        bad = swedish(text, allowed)
        if bad:
            found.append(f"{where}: {bad}")
    for a in w.findChildren(type(w.undo_action)):
        bad = swedish(a.text(), allowed) or swedish(a.toolTip(), allowed)
        if bad:
            found.append(f"action: {bad}")
    by_text = {}
    for f in found:
        where, text = f.split(": ", 1)
        by_text.setdefault(text, where)
    lines = sorted(f"{text!r}   ({where})" for text, where in by_text.items())
    assert not lines, f"{len(lines)} Swedish texts in the English UI:\n" + "\n".join(lines)
