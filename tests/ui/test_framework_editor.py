"""Framework editor: made in the editor, saved, re-imported identical; broken cannot be saved."""
import json

from PySide6.QtCore import Qt

from kompass_desktop.domain.framework import load_framework_file, resolve_framework
from kompass_desktop.ui.framework_editor.editor import FrameworkEditorDialog


def type_in(qtbot, widget, text):
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_framework_made_in_editor_round_trips(qtbot, tmp_path):
    dlg = FrameworkEditorDialog()
    qtbot.addWidget(dlg)
    type_in(qtbot, dlg.id_edit, "test-ramverk")
    type_in(qtbot, dlg.name_edit, "Testramverk")
    # Area 1: two sub-areas 60 + 40.
    dlg._select(0, -1)
    type_in(qtbot, dlg.title_edit, "Demokrati")
    dlg._select(0, 0)
    type_in(qtbot, dlg.title_edit, "Strategi")
    type_in(qtbot, dlg.max_edit, "60")
    qtbot.keyClicks(dlg.questions_edit, "Finns en strategi?")
    assert not dlg.save_btn.isEnabled()  # area 1 sums to 60 for now
    assert "summerar till 60, inte 100" in dlg.status.text()
    qtbot.mouseClick(dlg.add_sub_btn, Qt.LeftButton)
    assert dlg.current_path() == (0, 1)
    assert dlg.number_edit.text() == "1.2"
    type_in(qtbot, dlg.title_edit, "Dialog")
    type_in(qtbot, dlg.max_edit, "39,5")
    assert not dlg.save_btn.isEnabled()
    type_in(qtbot, dlg.max_edit, "40")
    # Area 2 with one sub-area of 100 (the default for a new area).
    qtbot.mouseClick(dlg.add_area_btn, Qt.LeftButton)
    type_in(qtbot, dlg.title_edit, "Effektivitet")
    assert dlg.problems == []
    assert dlg.save_btn.isEnabled()
    assert dlg.status.text().startswith("Ramverket är giltigt: 2 områden, 3 delområden")

    out = tmp_path / "test-ramverk.json"
    saved = dlg.save_to(out)
    reread = load_framework_file(out)
    assert reread == saved
    assert reread.to_dict() == dlg.data | {"format": "kompass-framework/1"}
    assert [s.number for s in reread.subareas()] == ["1.1", "1.2", "2.1"]
    assert reread.subarea("1.1").questions == ("Finns en strategi?",)

    # Import into a fresh editor and save again: byte-identical.
    dlg2 = FrameworkEditorDialog()
    qtbot.addWidget(dlg2)
    dlg2.import_file(out)
    assert dlg2.problems == [] and dlg2.framework() == saved
    out2 = tmp_path / "again.json"
    dlg2.save_to(out2)
    assert out2.read_bytes() == out.read_bytes()


def test_builtin_variant_round_trips_and_original_is_read_only(qtbot, tmp_path):
    fw = resolve_framework("kommunkompassen-2019")
    dlg = FrameworkEditorDialog(fw, read_only=True)
    qtbot.addWidget(dlg)
    assert dlg.title_edit.isReadOnly() and not dlg.add_area_btn.isEnabled()
    qtbot.mouseClick(dlg.variant_btn, Qt.LeftButton)
    assert dlg.data["id"] == "kommunkompassen-2019-variant"
    assert not dlg.title_edit.isReadOnly()
    dlg.save_to(tmp_path / "v.json")
    v = load_framework_file(tmp_path / "v.json")
    assert v.areas == fw.areas and v.id != fw.id
    assert v.extra == fw.extra  # revision/source notes travel with the variant


def test_broken_framework_cannot_be_saved_and_says_why(qtbot, tmp_path):
    dlg = FrameworkEditorDialog(resolve_framework("kommunkompassen-2019"))
    qtbot.addWidget(dlg)
    assert dlg.save_btn.isEnabled()
    dlg._select(2, 1)  # 3.2 Politisk styrning, 30 points
    type_in(qtbot, dlg.max_edit, "25")
    dlg._select(2, 2)
    type_in(qtbot, dlg.number_edit, "3.2")
    assert not dlg.save_btn.isEnabled()
    assert "Område 3: delområdenas maxpoäng summerar till 95, inte 100  [areas[2]]" in dlg.problems
    assert any(p.startswith("Område 3, delområde 3.2, nummer: delområdesnummer 3.2 används två gånger")
               for p in dlg.problems)
    assert dlg.status.text().startswith("Kan inte sparas: 3 problem")
    assert "Kan inte sparas" in dlg.save_btn.toolTip()
    type_in(qtbot, dlg.max_edit, "tjugo")
    assert any("'tjugo' är inte ett tal" in p for p in dlg.problems)
    # Even a direct call refuses: nothing is written.
    out = tmp_path / "broken.json"
    try:
        dlg.save_to(out)
    except Exception as e:  # FrameworkError
        assert "max_points" in str(e)
    else:
        raise AssertionError("a broken framework was saved")
    assert not out.exists()
    # A broken file imports with its problems listed rather than failing silently.
    bad = json.loads(resolve_framework("kommunkompassen-2019").to_json())
    bad["areas"][0]["subareas"][0]["max_points"] = 25
    p = tmp_path / "bad.json"
    p.write_text(json.dumps(bad), encoding="utf-8")
    dlg2 = FrameworkEditorDialog()
    qtbot.addWidget(dlg2)
    dlg2.import_file(p)
    assert dlg2.problems == ["Område 1: delområdenas maxpoäng summerar till 105, inte 100  [areas[0]]"]
    assert not dlg2.save_btn.isEnabled()


def test_new_menu_starts_blank_or_from_a_builtin(qtbot):
    dlg = FrameworkEditorDialog(resolve_framework("kommunkompassen-2015"), read_only=True)
    qtbot.addWidget(dlg)
    actions = [a.text() for a in dlg.new_btn.menu().actions()]
    assert actions[0] == "Tomt ramverk"
    assert "Variant av Kommunkompassen, revision 2019/2020" in actions
    dlg.new_btn.menu().actions()[0].trigger()
    assert not dlg.read_only and dlg.data["id"] == "nytt-ramverk"
    assert dlg.problems == [] and dlg.save_btn.isEnabled()


def test_closing_with_unsaved_changes_asks_and_problems_read_as_words(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from .conftest import run_modal
    dlg = FrameworkEditorDialog(resolve_framework("kommunkompassen-2019"), read_only=True)
    qtbot.addWidget(dlg)
    dlg.show()
    # Read-only: fields cannot be typed into and do not look like empty input boxes.
    assert dlg.title_edit.isReadOnly()
    assert "readOnly" in dlg.styleSheet()
    dlg.reject()  # nothing edited: closes without asking
    assert not dlg.isVisible()

    dlg = FrameworkEditorDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.start_variant(resolve_framework("kommunkompassen-2019"))
    dlg._select(2, 1)
    type_in(qtbot, dlg.max_edit, "25")
    shown = [dlg.problem_model.index(r, 0).data() for r in range(dlg.problem_model.rowCount())]
    assert shown[0] == "Område 3: delområdenas maxpoäng summerar till 95, inte 100"
    assert not any("[areas" in s for s in shown) and "[areas" not in dlg.status.text()
    state = run_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    dlg.reject()
    assert state["done"] and dlg.isVisible()  # stays open with the edits
    state = run_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    dlg.reject()
    assert state["done"] and not dlg.isVisible()
