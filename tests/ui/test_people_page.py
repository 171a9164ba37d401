"""The Personer page and the privacy flows of the workbench, driven as a user would."""
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from kompass_desktop.services import encrypted, privacy
from kompass_desktop.services.evaluation import Evaluation
from tests.raw_text import printable_text, words_found
from tests.ui.conftest import run_modal

SHOTS = Path(os.environ.get("KOMPASS_SHOTS", "/tmp/kompass-shots"))
NAMES = ("Greta Lind", "Olof Sandberg", "Rut Ahlqvist")


def shot(widget, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def people_file(small_file, evaluator_identity):
    ev = Evaluation.open(small_file, evaluator_identity)
    a = ev.add_interview("Presidiet", "2025-03-01", notes=f"{NAMES[0]} inledde. Sandbergs syn var kritisk.",
                         participants=[{"name": NAMES[0], "role": "förtroendevald", "function": "ordförande"},
                                       {"name": NAMES[1], "role": "förtroendevald", "function": "oppositionsråd"}])
    ev.add_interview("Ledningsgruppen", "2025-03-02", notes="Kort möte.",
                     participants=[{"name": NAMES[2], "role": "tjänsteperson", "function": "kommunchef"},
                                   {"name": NAMES[0], "role": "förtroendevald", "function": "ordförande"}])
    ev.add_evidence(f"Enligt {NAMES[2]} följs planen upp varje år.", ["1.1"], interview_id=a)
    ev.close()
    return small_file


@pytest.fixture
def people_window(window, people_file, qtbot):
    with qtbot.waitSignal(window.opened, timeout=10000):
        window.open_file(str(people_file))
    return window


def no_names_in(path: Path) -> bool:
    return not words_found(printable_text(path), [w for n in NAMES for w in (n, n.split()[-1])])


def test_register_join_edit_and_extract(people_window, qtbot, tmp_path):
    w = people_window
    page = w.show_page("people")
    assert "people" in w.nav_keys
    assert page.model.rowCount() == 4  # Greta twice until joined
    assert page.suggestion.isVisible() and NAMES[0] in page.suggestion.text()
    shot(w, "people-page")
    page.join_suggested()
    assert page.model.rowCount() == 3 and not page.suggestion.isVisible()
    greta = next(e for e in page.entries if e.name == NAMES[0])
    assert greta.registered and len(greta.interviews) == 2
    # the joined entry is selected: its fields are editable
    page.select_key(greta.key)
    page.editor.fields["contact"].setText("070-123 45 67")
    page.editor._save("contact")
    assert w.session.store.get("person", greta.key)["contact"] == "070-123 45 67"
    w.undo()
    assert not w.session.store.get("person", greta.key)["contact"]
    w.redo()
    shot(page, "people-joined")

    page.select_key(greta.key)
    page.show_extract()
    dlg = page.extract_dialog
    assert NAMES[0] in dlg.text.toPlainText() and "Presidiet" in dlg.text.toPlainText()
    assert "070-123 45 67" in dlg.text.toPlainText()
    shot(dlg, "people-extract")
    pdf = dlg.save("pdf", str(tmp_path / "utdrag.pdf"))
    txt = dlg.save("txt", str(tmp_path / "utdrag.txt"))
    assert pdf.stat().st_size > 2000 and NAMES[0] in txt.read_text(encoding="utf-8")
    dlg.close()


def test_clean_up_offered_after_the_final_report_and_erases(people_window, qtbot, kompass_home):
    w = people_window
    assert not w.banner.isVisible()
    w.session.store.set_meta(privacy.META_FINAL_REPORT, "2025-06-01T10:00:00+00:00")
    w.offer_cleanup()
    assert w.banner.isVisible() and "Rensa personuppgifter" in w.banner.text()
    page = w.show_page("people")
    page.refresh()
    assert page.cleanup_banner.isVisible()
    w.ask_cleanup()
    dlg = page.cleanup_dialog
    assert dlg.hits.count() == 1 and NAMES[2] in dlg.hits.item(0).text()
    shot(dlg, "cleanup-dialog")
    dlg.confirm(ask=False)
    qtbot.waitUntil(lambda: hasattr(dlg, "result_"), timeout=20000)
    shot(dlg, "cleanup-done")
    dlg.accept()
    assert not page.cleanup_banner.isVisible()
    assert page.erased_label.isVisible() and "Karin Ek" in page.erased_label.text()
    assert not w.banner.isVisible()
    assert len(page.entries) == 4 and {e.name for e in page.entries} == {""}
    assert page.model.data(page.model.index(0, 0)).startswith("Förtroendevald 1")
    assert w.session.undo_stack.count() == 0
    path = w.session.evaluation.path
    w.close_evaluation()
    assert no_names_in(path)


def test_pseudonymised_and_encrypted_share_copy(people_window, qtbot, tmp_path, monkeypatch):
    w = people_window
    target = tmp_path / "delning.kompass-enc"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    from kompass_desktop.ui.share_options import ShareOptionsDialog

    def drive(dlg):
        dlg.pseudo.setChecked(True)
        assert dlg.hits.count() == 3  # Greta and Sandbergs in the notes, Rut in the evidence
        greta = next(dlg.hits.item(i) for i in range(dlg.hits.count())
                     if f"»{NAMES[0]}«" in dlg.hits.item(i).text())
        greta.setCheckState(greta.checkState().Unchecked)
        dlg.encrypt.setChecked(True)
        dlg.pass1.setText("fyra ord som inte hör ihop")
        dlg.pass2.setText("fyra ord som inte hör")
        assert not dlg.box.button(dlg.box.StandardButton.Ok).isEnabled()
        dlg.pass2.setText("fyra ord som inte hör ihop")
        assert "Stark" in dlg.strength.text() or "stark" in dlg.strength.text()
        shot(dlg, "share-options")
        dlg.accept()
    state = run_modal(qtbot, ShareOptionsDialog, drive)
    monkeypatch.setattr(encrypted, "LOG2_N", 12)
    w.save_copy()
    assert state["done"] and target.exists() and encrypted.is_encrypted(target)
    with encrypted.decrypted(target, "fyra ord som inte hör ihop") as plain:
        ev = Evaluation.open(plain)
        try:
            notes = {r["title"]: r["notes"] for r in ev.store.rows("interview")}
            # the unticked hit stayed as written, the other was replaced
            assert notes["Presidiet"] == f"{NAMES[0]} inledde. Förtroendevald 2:s syn var kritisk."
            assert ev.store.meta("pseudonymised") == "1"
            assert [r["text"] for r in ev.store.rows("evidence")] == \
                ["Enligt Tjänsteperson 1 följs planen upp varje år."]
        finally:
            ev.close()


def test_open_and_merge_an_encrypted_copy(people_window, qtbot, tmp_path, monkeypatch):
    from kompass_desktop.ui import share_options
    w = people_window
    monkeypatch.setattr(encrypted, "LOG2_N", 12)
    store = w.session.store
    enc = encrypted.encrypted_copy(store, tmp_path / "fran-kollega", "rätt fras")
    answers = iter(["fel fras", "rätt fras"])
    monkeypatch.setattr(share_options, "ask_passphrase", lambda *a: next(answers))
    errors = []
    monkeypatch.setattr(share_options, "show_error", lambda p, t, e: errors.append(str(e)))
    dest = tmp_path / "arbetsfil.kompass"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(dest), "")))
    with qtbot.waitSignal(w.opened, timeout=20000):
        w.open_file(str(enc))
    assert errors and "wrong passphrase" in errors[0]
    assert w.session.evaluation.path == dest and not encrypted.is_encrypted(dest)
    assert w.show_page("people").model.rowCount() == 4
    shot(w, "opened-encrypted")

    # merging an encrypted copy of a colleague: asked for the passphrase, then merged
    from kompass_desktop.services.identity import new_identity
    bo_file = w.session.store.save_copy(tmp_path / "bo.kompass")
    colleague = Evaluation.open(bo_file, new_identity("Bo Ek"))
    colleague.add_interview("Facket", "2025-03-03")
    enc2 = encrypted.encrypted_copy(colleague.store, tmp_path / "bo", "bos fras")
    colleague.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(enc2), "")))
    sync_page = w.show_page("sync")
    # a wrong passphrase: the merge is refused with the reason, in Swedish, nothing changes
    monkeypatch.setattr(share_options, "ask_passphrase", lambda *a: "fel")
    sync_page.ask_merge()
    qtbot.waitUntil(lambda: sync_page.job is None and "lösenfras" in sync_page.status.text(), timeout=20000)
    assert "Facket" not in [r["title"] for r in w.session.store.rows("interview")]
    monkeypatch.setattr(share_options, "ask_passphrase", lambda *a: "bos fras")
    sync_page.ask_merge()
    qtbot.waitUntil(lambda: sync_page.preview.isVisible(), timeout=20000)
    sync_page.confirm_merge()
    qtbot.waitUntil(lambda: sync_page.job is None and "Facket" in
                    [r["title"] for r in w.session.store.rows("interview")], timeout=20000)
    assert encrypted._given == {}  # the passphrase left memory with the merge
    shot(w, "merged-encrypted")


def test_the_people_page_and_clean_up_in_english(people_file, qtbot):
    from PySide6.QtWidgets import QApplication

    from kompass_desktop.ui import i18n
    from kompass_desktop.ui.main_window import MainWindow
    app = QApplication.instance()
    assert i18n.install(app, "en")
    try:
        w = MainWindow()
        qtbot.addWidget(w)
        w.show()
        with qtbot.waitSignal(w.opened, timeout=10000):
            w.open_file(str(people_file))
        page = w.show_page("people")
        assert w.nav.item(w.nav_keys.index("people")).text() == "People"
        assert page.model.headers()[:2] == ["Name", "Role"]
        assert page.join_suggested_button.text() == "Join the suggestion"
        w.ask_cleanup()
        dlg = page.cleanup_dialog
        assert dlg.windowTitle() == "Clean up personal data"
        assert dlg.warning.text().startswith("⚠ No final report")
        shot(w, "people-page-en")
        shot(dlg, "cleanup-dialog-en")
        dlg.reject()
        w.close_evaluation()
    finally:
        i18n.install(app, "sv")
