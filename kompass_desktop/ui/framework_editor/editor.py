"""View, create and vary framework revisions (PRODUCT §3.2, §5).

The dialog edits the framework's JSON object; after every change it is checked with the
domain's own rules (schema, unique and ordered numbers, area maxima), and the exact problems
are listed. Save stays disabled, with the reason, while any problem remains. An evaluation's
framework copy is only ever shown read-only here: "Skapa variant" edits a copy with a new id.
"""
from __future__ import annotations

import copy
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListView, QMenu, QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QTreeView, QVBoxLayout,
    QWidget)

from kompass_desktop.domain.errors import KompassError
from kompass_desktop.domain.framework import Framework, builtin_frameworks, framework_from_data
from kompass_desktop.services import framework_edit

PathRole = Qt.UserRole + 1   # (area index, sub-area index or -1)
_WHERE = re.compile(r"\[areas\[(\d+)\](?:\.subareas\[(\d+)\])?")


def _num_text(v: Any) -> str:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return format(Decimal(str(v)).normalize(), "f").replace(".", ",")
    return "" if v is None else str(v)


def _parse_num(text: str) -> Any:
    """A typed number (Swedish comma accepted) as JSON number; otherwise the raw text, so
    the validation names the field instead of the typing being dropped."""
    t = text.strip().replace(",", ".")
    try:
        d = Decimal(t)
    except InvalidOperation:
        return text
    if not d.is_finite():
        return text
    return int(d) if d == d.to_integral_value() else float(d)


class FrameworkEditorDialog(QDialog):
    def __init__(self, framework: Framework | None = None, parent: QWidget | None = None,
                 read_only: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ramverk"))
        self.read_only = read_only
        self.data: dict[str, Any] = (copy.deepcopy(framework.to_dict()) if framework
                                     else framework_edit.new_framework_data())
        self.saved_path: Path | None = None
        self.problems: list[str] = []
        self._loading = False
        self.dirty = False  # edits not saved to a file yet: closing asks first
        self._build()
        self._load_all()
        self.resize(1100, 700)
        # Read-only fields look read-only (not like empty boxes waiting for typing).
        self.setStyleSheet("QLineEdit[readOnly=\"true\"], QPlainTextEdit[readOnly=\"true\"] "
                           "{ background: palette(window); color: palette(window-text); }")

    # ---- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#eef4fb; padding:6px;")
        outer.addWidget(self.banner)

        top = QFormLayout()
        self.id_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.lang_edit = QLineEdit()
        self.area_max_edit = QLineEdit()
        self.area_max_edit.setPlaceholderText(self.tr("tomt: ingen kontroll av summan"))
        self.area_max_edit.setToolTip(self.tr("Vad varje områdes delområden ska summera till "
                                              "(normalt 100)."))
        row = QHBoxLayout()
        row.addWidget(self.id_edit, 2)
        row.addWidget(QLabel(self.tr("Språk")))
        row.addWidget(self.lang_edit, 0)
        self.lang_edit.setMaximumWidth(60)
        row.addWidget(QLabel(self.tr("Områdesmax")))
        row.addWidget(self.area_max_edit, 0)
        self.area_max_edit.setMaximumWidth(120)
        top.addRow(self.tr("Id"), row)
        top.addRow(self.tr("Namn"), self.name_edit)
        outer.addLayout(top)
        for e, key in ((self.id_edit, "id"), (self.name_edit, "name"), (self.lang_edit, "language")):
            e.textEdited.connect(lambda text, k=key: self._set_top(k, text))
        self.area_max_edit.textEdited.connect(self._set_area_max)

        split = QSplitter(Qt.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.tree_model = QStandardItemModel(self)
        self.tree_model.setHorizontalHeaderLabels([self.tr("Område / delområde"), self.tr("Max")])
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Områden och delområden"))
        self.tree.selectionModel().currentChanged.connect(lambda cur, prev: self._show_node())
        ll.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.add_area_btn = QPushButton(self.tr("Nytt område"))
        self.add_sub_btn = QPushButton(self.tr("Nytt delområde"))
        self.remove_btn = QPushButton(self.tr("Ta bort"))
        self.up_btn = QPushButton(self.tr("Upp"))
        self.down_btn = QPushButton(self.tr("Ned"))
        for b in (self.add_area_btn, self.add_sub_btn, self.remove_btn, self.up_btn, self.down_btn):
            buttons.addWidget(b)
        ll.addLayout(buttons)
        self.add_area_btn.clicked.connect(self.add_area)
        self.add_sub_btn.clicked.connect(self.add_subarea)
        self.remove_btn.clicked.connect(self.remove_node)
        self.up_btn.clicked.connect(lambda: self.move_node(-1))
        self.down_btn.clicked.connect(lambda: self.move_node(1))
        split.addWidget(left)

        self.detail = QGroupBox(self.tr("Vald rad"))
        form = QFormLayout(self.detail)
        self.number_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.max_edit = QLineEdit()
        self.max_edit.setToolTip(self.tr("Delområdets maxpoäng, t.ex. 20 eller 7,5"))
        self.desc_edit = QPlainTextEdit()
        self.questions_edit = QPlainTextEdit()
        self.questions_edit.setPlaceholderText(self.tr("En fråga per rad"))
        form.addRow(self.tr("Nummer"), self.number_edit)
        form.addRow(self.tr("Rubrik"), self.title_edit)
        form.addRow(self.tr("Maxpoäng"), self.max_edit)
        form.addRow(self.tr("Beskrivning"), self.desc_edit)
        form.addRow(self.tr("Frågor"), self.questions_edit)
        self.number_edit.textEdited.connect(lambda t: self._set_node("number", t))
        self.title_edit.textEdited.connect(lambda t: self._set_node("title", t))
        self.max_edit.textEdited.connect(lambda t: self._set_node("max_points", _parse_num(t)))
        self.desc_edit.textChanged.connect(
            lambda: self._set_node("description", self.desc_edit.toPlainText()))
        self.questions_edit.textChanged.connect(self._set_questions)
        split.addWidget(self.detail)
        split.setSizes([560, 500])
        outer.addWidget(split, 1)

        outer.addWidget(QLabel(self.tr("Problem")))
        self.problem_model = QStringListModel(self)
        self.problem_view = QListView()
        self.problem_view.setModel(self.problem_model)
        self.problem_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.problem_view.setMaximumHeight(110)
        self.problem_view.setWordWrap(True)
        self.problem_view.setAccessibleName(self.tr("Problem i ramverket"))
        self.problem_view.setToolTip(self.tr("Klicka på ett problem för att gå till raden."))
        self.problem_view.clicked.connect(self._go_to_problem)
        outer.addWidget(self.problem_view)

        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        self.new_btn = QPushButton(self.tr("Nytt…"))
        self.new_btn.setToolTip(self.tr("Börja om med ett tomt ramverk eller en variant av ett inbyggt."))
        menu = QMenu(self.new_btn)
        menu.addAction(self.tr("Tomt ramverk"), self.start_blank)
        for fw in builtin_frameworks():
            menu.addAction(self.tr("Variant av {0}").format(fw.name),
                           lambda f=fw: self.start_variant(f))
        self.new_btn.setMenu(menu)
        bottom.addWidget(self.new_btn)
        self.variant_btn = QPushButton(self.tr("Skapa variant"))
        self.variant_btn.setToolTip(self.tr("Redigera en kopia med eget id; originalet ändras inte."))
        self.variant_btn.clicked.connect(self.make_variant)
        self.import_btn = QPushButton(self.tr("Importera JSON…"))
        self.import_btn.clicked.connect(self._ask_import)
        self.save_btn = QPushButton(self.tr("Spara som JSON…"))
        self.save_btn.clicked.connect(self._ask_save)
        close = QPushButton(self.tr("Stäng"))
        close.clicked.connect(self.reject)
        for b in (self.variant_btn, self.import_btn, self.save_btn, close):
            bottom.addWidget(b)
        outer.addLayout(bottom)

    # ---- data <-> widgets ------------------------------------------------------------

    def _load_all(self, select: tuple[int, int] | None = (0, -1)) -> None:
        self._loading = True
        try:
            d = self.data
            self.id_edit.setText(str(d.get("id", "")))
            self.name_edit.setText(str(d.get("name", "")))
            self.lang_edit.setText(str(d.get("language", "")))
            am = d.get("area_max", 100)
            self.area_max_edit.setText("" if am is None else _num_text(am))
        finally:
            self._loading = False
        self._rebuild_tree(select)
        self._apply_mode()
        self._validate()

    def _apply_mode(self) -> None:
        ro = self.read_only
        for w in (self.id_edit, self.name_edit, self.lang_edit, self.area_max_edit,
                  self.number_edit, self.title_edit, self.max_edit):
            w.setReadOnly(ro)
        for w in (self.desc_edit, self.questions_edit):
            w.setReadOnly(ro)
        for b in (self.add_area_btn, self.add_sub_btn, self.remove_btn, self.up_btn,
                  self.down_btn):
            b.setEnabled(not ro)
        self.variant_btn.setVisible(ro)
        if ro:
            self.banner.setText(self.tr(
                "Ramverket visas skrivskyddat: en utvärdering behåller den kopia av ramverket "
                "som den skapades med. Välj Skapa variant för att göra en egen version med nytt id."))
        else:
            self.banner.setText(self.tr(
                "Ändringar kontrolleras medan du skriver. Ramverket sparas som en JSON-fil som kan "
                "importeras när en ny utvärdering skapas; öppna utvärderingar påverkas inte."))

    def _rebuild_tree(self, select: tuple[int, int] | None = None) -> None:
        self.tree_model.removeRows(0, self.tree_model.rowCount())
        areas = self.data.get("areas") if isinstance(self.data.get("areas"), list) else []
        for ai, a in enumerate(areas):
            item = QStandardItem(f"{a.get('number', '')} {a.get('title', '')}")
            item.setToolTip(item.text())
            item.setData((ai, -1), PathRole)
            total = self._area_sum(a)
            mx = QStandardItem(_num_text(total) if total is not None else "?")
            mx.setData((ai, -1), PathRole)
            mx.setTextAlignment(Qt.AlignCenter)
            for si, s in enumerate(a.get("subareas") or []):
                c = QStandardItem(f"{s.get('number', '')} {s.get('title', '')}")
                c.setToolTip(c.text())
                c.setData((ai, si), PathRole)
                m = QStandardItem(_num_text(s.get("max_points")))
                m.setData((ai, si), PathRole)
                m.setTextAlignment(Qt.AlignCenter)
                item.appendRow([c, m])
            self.tree_model.appendRow([item, mx])
        self.tree.expandAll()
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.setColumnWidth(1, 70)
        if select is not None:
            self._select(*select)
        self._show_node()

    @staticmethod
    def _area_sum(a: dict) -> Decimal | None:
        total = Decimal(0)
        for s in a.get("subareas") or []:
            v = s.get("max_points")
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                return None
            total += Decimal(str(v))
        return total

    def _select(self, ai: int, si: int) -> None:
        if ai < 0 or ai >= self.tree_model.rowCount():
            return
        parent = self.tree_model.index(ai, 0)
        idx = parent if si < 0 else self.tree_model.index(si, 0, parent)
        if idx.isValid():
            self.tree.setCurrentIndex(idx)

    def current_path(self) -> tuple[int, int] | None:
        idx = self.tree.currentIndex()
        return idx.data(PathRole) if idx.isValid() else None

    def _node(self) -> dict | None:
        p = self.current_path()
        if p is None:
            return None
        ai, si = p
        try:
            a = self.data["areas"][ai]
            return a if si < 0 else a["subareas"][si]
        except (KeyError, IndexError, TypeError):
            return None

    def _show_node(self) -> None:
        node = self._node()
        p = self.current_path()
        is_sub = p is not None and p[1] >= 0
        self._loading = True
        try:
            self.detail.setEnabled(node is not None)
            self.detail.setTitle(self.tr("Delområde") if is_sub else self.tr("Område"))
            node = node or {}
            self.number_edit.setText(str(node.get("number", "")))
            self.title_edit.setText(str(node.get("title", "")))
            self.title_edit.setCursorPosition(0)
            self.max_edit.setEnabled(is_sub)
            if is_sub:
                self.max_edit.setText(_num_text(node.get("max_points")))
            else:
                total = self._area_sum(node) if node else None
                self.max_edit.setText("" if total is None else _num_text(total))
            self.desc_edit.setPlainText(str(node.get("description", "")))
            self.questions_edit.setEnabled(is_sub)
            self.questions_edit.setPlainText("\n".join(node.get("questions", [])) if is_sub else "")
        finally:
            self._loading = False

    def _changed(self, structural: bool = False) -> None:
        self.dirty = True
        if structural:
            self._rebuild_tree(self.current_path())
        else:
            self._refresh_current_item()
        self._validate()

    def _refresh_current_item(self) -> None:
        p = self.current_path()
        if p is None:
            return
        ai, si = p
        a = self.data["areas"][ai]
        area_item = self.tree_model.item(ai, 0)
        area_item.setText(f"{a.get('number', '')} {a.get('title', '')}")
        total = self._area_sum(a)
        self.tree_model.item(ai, 1).setText(_num_text(total) if total is not None else "?")
        if si >= 0:
            s = a["subareas"][si]
            area_item.child(si, 0).setText(f"{s.get('number', '')} {s.get('title', '')}")
            area_item.child(si, 1).setText(_num_text(s.get("max_points")))

    def _set_top(self, key: str, text: str) -> None:
        if self._loading or self.read_only:
            return
        self.data[key] = text
        self._validate()

    def _set_area_max(self, text: str) -> None:
        if self._loading or self.read_only:
            return
        self.data["area_max"] = None if not text.strip() else _parse_num(text)
        if self.data["area_max"] == 100:
            self.data.pop("area_max")
        self._changed()

    def _set_node(self, key: str, value: Any) -> None:
        if self._loading or self.read_only:
            return
        node = self._node()
        if node is None:
            return
        p = self.current_path()
        if key == "max_points" and p[1] < 0:
            return
        if key in ("description",) and value == "":
            node.pop(key, None)
        else:
            node[key] = value
        self._changed()

    def _set_questions(self) -> None:
        if self._loading or self.read_only:
            return
        node = self._node()
        p = self.current_path()
        if node is None or p[1] < 0:
            return
        qs = [q.strip() for q in self.questions_edit.toPlainText().splitlines() if q.strip()]
        if qs:
            node["questions"] = qs
        else:
            node.pop("questions", None)
        self._validate()

    # ---- structure -------------------------------------------------------------------

    def add_area(self) -> None:
        areas = self.data.setdefault("areas", [])
        nums = [int(a["number"]) for a in areas if str(a.get("number", "")).isdigit()]
        n = str(max(nums, default=0) + 1)
        am = self.data.get("area_max", 100)
        areas.append({"number": n, "title": self.tr("Nytt område"),
                      "subareas": [{"number": f"{n}.1", "title": self.tr("Nytt delområde"),
                                    "max_points": am if am else 100}]})
        self._rebuild_tree((len(areas) - 1, -1))
        self._validate()

    def add_subarea(self) -> None:
        p = self.current_path()
        if p is None:
            return
        ai = p[0]
        a = self.data["areas"][ai]
        subs = a.setdefault("subareas", [])
        tails = [int(str(s.get("number", "")).partition(".")[2]) for s in subs
                 if str(s.get("number", "")).partition(".")[2].isdigit()]
        subs.append({"number": f"{a.get('number', '')}.{max(tails, default=0) + 1}",
                     "title": self.tr("Nytt delområde"), "max_points": 10})
        self._rebuild_tree((ai, len(subs) - 1))
        self._validate()

    def remove_node(self) -> None:
        p = self.current_path()
        if p is None:
            return
        ai, si = p
        if si < 0:
            del self.data["areas"][ai]
            sel = (min(ai, len(self.data["areas"]) - 1), -1)
        else:
            del self.data["areas"][ai]["subareas"][si]
            left = len(self.data["areas"][ai]["subareas"])
            sel = (ai, min(si, left - 1)) if left else (ai, -1)
        self._rebuild_tree(sel)
        self._validate()

    def move_node(self, step: int) -> None:
        p = self.current_path()
        if p is None:
            return
        ai, si = p
        seq = self.data["areas"] if si < 0 else self.data["areas"][ai]["subareas"]
        i = ai if si < 0 else si
        j = i + step
        if not 0 <= j < len(seq):
            return
        seq[i], seq[j] = seq[j], seq[i]
        self._rebuild_tree((j, -1) if si < 0 else (ai, j))
        self._validate()

    # ---- validation, import, export --------------------------------------------------

    @staticmethod
    def shown(problem: str) -> str:
        """A problem as the user reads it: area and field in words, without the JSON path
        (kept in `problems` for an exported file, and to go to the row)."""
        return problem.split("  [", 1)[0]

    def _go_to_problem(self, index) -> None:
        if not self.problems or not (0 <= index.row() < len(self.problems)):
            return
        m = _WHERE.search(self.problems[index.row()])
        if m:
            self._select(int(m.group(1)), int(m.group(2)) if m.group(2) is not None else -1)

    def _mark_problem_rows(self) -> None:
        """Areas and sub-areas named by a problem are shown in red in the tree."""
        bad: set[tuple[int, int]] = set()
        for p in self.problems:
            m = _WHERE.search(p)
            if m:
                bad.add((int(m.group(1)), int(m.group(2)) if m.group(2) is not None else -1))
        for ai in range(self.tree_model.rowCount()):
            area_item = self.tree_model.item(ai, 0)
            rows = [(area_item, (ai, -1))] + [(area_item.child(si, 0), (ai, si))
                                             for si in range(area_item.rowCount())]
            for item, key in rows:
                item.setForeground(QBrush(QColor("#b00020")) if key in bad else QBrush())

    def _validate(self) -> None:
        self.problems = framework_edit.describe_problems(self.data)
        self._mark_problem_rows()
        self.problem_model.setStringList([self.shown(p) for p in self.problems] or [self.tr("Inga problem.")])
        can_save = not self.problems
        self.save_btn.setEnabled(can_save)
        if can_save:
            self.status.setText(self.tr("Ramverket är giltigt: {0} områden, {1} delområden.").format(
                len(self.data["areas"]), sum(len(a["subareas"]) for a in self.data["areas"])))
            self.status.setStyleSheet("color: #2e7d32;")
            self.save_btn.setToolTip("")
        else:
            reason = self.tr("Kan inte sparas: {0} problem (se listan). Första: {1}").format(
                len(self.problems), self.shown(self.problems[0]))
            self.status.setText(reason)
            self.status.setStyleSheet("color: #b00020;")
            self.save_btn.setToolTip(reason)

    def framework(self) -> Framework:
        """The edited framework; raises FrameworkError while it has problems."""
        return framework_from_data(self.data, "the edited framework")

    def start_blank(self) -> None:
        self.read_only = False
        self.load_data(framework_edit.new_framework_data())

    def start_variant(self, framework: Framework) -> None:
        self.read_only = False
        self.load_data(framework_edit.variant_data(framework))

    def make_variant(self) -> None:
        self.data = framework_edit.variant_data(framework_from_data(self.data))
        self.read_only = False
        self._load_all()

    def load_data(self, data: dict) -> None:
        self.data = data
        self._load_all()
        self.dirty = False

    def import_file(self, path: str | Path) -> None:
        """Load a framework file into the editor, valid or not (problems are listed).
        The file is edited as itself; a read-only evaluation copy shown before is left as is."""
        data = framework_edit.load_framework_data(path)
        self.read_only = False
        self.load_data(data)

    def save_to(self, path: str | Path) -> Framework:
        fw = framework_edit.save_framework(self.data, path)
        self.saved_path = Path(path)
        self.dirty = False
        self.status.setText(self.tr("Sparat i {0}").format(Path(path).name))
        return fw

    def may_close(self) -> bool:
        """Unsaved edits: save, discard or stay (the answer decides whether to close)."""
        if not self.dirty or self.read_only:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Osparade ändringar"),
                          self.tr("Ramverket har ändringar som inte är sparade i någon fil."),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard |
                          QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Spara…"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Stäng utan att spara"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            if self.problems:
                return False  # cannot be saved as it is: the list says why
            self._ask_save()
            return not self.dirty
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:  # Close button, Esc, the window's close box
        if self.may_close():
            super().reject()

    def closeEvent(self, event) -> None:
        # The window's close box asks; a close() from the program (quitting) does not.
        if not event.spontaneous() or self.may_close():
            super().closeEvent(event)
        else:
            event.ignore()

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Importera ramverk"), "",
                                              self.tr("Ramverk (*.json)"))
        if not path:
            return
        try:
            self.import_file(path)
        except KompassError as e:
            self.status.setText(str(e))
            self.status.setStyleSheet("color: #b00020;")

    def _ask_save(self) -> None:
        name = f"{self.data.get('id') or 'ramverk'}.json"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Spara ramverk"), name,
                                              self.tr("Ramverk (*.json)"))
        if not path:
            return
        try:
            self.save_to(path)
        except (KompassError, OSError) as e:
            self.status.setText(str(e))
            self.status.setStyleSheet("color: #b00020;")


__all__ = ["FrameworkEditorDialog"]
