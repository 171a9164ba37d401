"""The scoring panel of one area (PRODUCT §3.4)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListView, QMessageBox, QPushButton,
    QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget)

from kompass_desktop.domain.errors import KompassError
from kompass_desktop.domain.scoring import DIVERGENCE_THRESHOLD, ScoreStatus, percent, round_half_up
from kompass_desktop.services.scoring import ScoringService
from kompass_desktop.ui.common import error_text
from kompass_desktop.ui.scoring.models import (
    EvidenceModel, GoodExampleModel, ListItemModel, ObjectRole, PointsDelegate, ScoreTableModel)
from kompass_desktop.ui.scoring.points import fmt_decimal
from kompass_desktop.ui.scoring.text_edit import AutoSaveTextEdit

# Tables whose change can alter what the panel shows.
WATCHED = {"*", "score_draft", "score_agreed", "area_ready", "evaluator", "evidence",
           "evidence_tag", "interview", "document", "area_text", "subarea_text", "list_item",
           "good_example", "evaluation"}


class OrderedListEditor(QWidget):
    """Strengths or improvements: add, edit in place, move up/down, remove."""

    def __init__(self, panel: "ScoringPanel", kind: str, title: str, parent=None):
        super().__init__(parent)
        self.panel, self.kind = panel, kind
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QLabel(f"<b>{title}</b>")
        layout.addWidget(head)
        self.model = ListItemModel(self)
        self.model.write = lambda item_id, text: panel.session.edit(
            self.tr("Ändra punkt"), lambda: panel.service.update_list_item(item_id, text))
        self.model.error_sink = panel.show_error
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(3)
        self.view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        self.view.setAccessibleName(title)
        layout.addWidget(self.view, 1)
        self.new = QLineEdit()
        self.new.setPlaceholderText(self.tr("Ny punkt – skriv och tryck Enter"))
        self.new.setAccessibleName(self.tr("Ny punkt: ") + title)
        self.new.returnPressed.connect(self.add)
        layout.addWidget(self.new)
        row = QHBoxLayout()
        self.up = QPushButton(self.tr("Upp"))
        self.down = QPushButton(self.tr("Ned"))
        self.remove_btn = QPushButton(self.tr("Ta bort"))
        self.cite_btn = QPushButton(self.tr("Underlag…"))
        self.cite_btn.setToolTip(self.tr("Välj det underlag punkten bygger på."))
        self.cite_btn.clicked.connect(self.cite)
        for b in (self.up, self.down, self.remove_btn, self.cite_btn):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        self.remove_btn.clicked.connect(self.remove)

    def refresh(self) -> None:
        ev = self.panel.session.evaluation
        self.model.set_items(ev.list_items(self.panel.area, self.kind))

    def _current(self) -> tuple[int, dict | None]:
        idx = self.view.currentIndex()
        if not idx.isValid():
            return -1, None
        return idx.row(), self.model.items[idx.row()]

    def add(self) -> None:
        text = self.new.text().strip()
        if not text:
            return
        ev = self.panel.session.evaluation
        self.panel.session.edit(self.tr("Ny punkt"),
                                lambda: ev.add_list_item(self.panel.area, self.kind, text))
        self.new.clear()

    def move(self, step: int) -> None:
        row, item = self._current()
        if item is None:
            return
        target = row + step
        if not 0 <= target < len(self.model.items):
            return
        ev = self.panel.session.evaluation
        self.panel.session.edit(self.tr("Flytta punkt"), lambda: ev.move_list_item(item["id"], target))
        self.view.setCurrentIndex(self.model.index(target))

    def cite(self) -> None:
        row, item = self._current()
        if item is None:
            return
        panel = self.panel
        dlg = EvidencePickerDialog(panel.service.area_evidence(panel.area),
                                   set(self.model.cited(item)), self)
        if dlg.exec() == QDialog.Accepted:
            ids = dlg.selected()
            panel.session.edit(self.tr("Koppla underlag"),
                               lambda: panel.service.set_list_item_evidence(item["id"], ids))

    def remove(self) -> None:
        row, item = self._current()
        if item is None:
            return
        self.panel.session.edit(self.tr("Ta bort punkt"),
                                lambda: self.panel.service.remove_list_item(item["id"]))


class EvidencePickerDialog(QDialog):
    """Tick the evidence items of the area that a strength or improvement cites."""

    def __init__(self, items, selected: set[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Underlag för punkten"))
        lay = QVBoxLayout(self)
        self.model = QStandardItemModel(self)
        seen = set()
        for sub, it in items:
            if it.id in seen:
                continue
            seen.add(it.id)
            status = self.tr("planerat – ej tillgodoräknat") if it.status == "planned" else self.tr("på plats")
            text = f"{sub} · {status} · {it.source_title or it.source}: {' '.join(it.text.split())}"
            row = QStandardItem(text)
            row.setCheckable(True)
            row.setEditable(False)
            row.setToolTip(it.text)
            row.setCheckState(Qt.Checked if it.id in selected else Qt.Unchecked)
            row.setData(it.id, Qt.UserRole)
            self.model.appendRow(row)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(self.tr("Underlag i området"))
        lay.addWidget(QLabel(self.tr("Underlag kopplat till områdets delområden:")))
        lay.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(760, 480)

    def selected(self) -> list[str]:
        return [self.model.item(r).data(Qt.UserRole) for r in range(self.model.rowCount())
                if self.model.item(r).checkState() == Qt.Checked]


class GoodExampleDialog(QDialog):
    def __init__(self, subareas: list[tuple[str, str]], current: str | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nytt gott exempel"))
        form = QFormLayout(self)
        self.subarea = QComboBox()
        for number, title in subareas:
            self.subarea.addItem(f"{number} {title}", number)
        if current:
            self.subarea.setCurrentIndex(max(0, self.subarea.findData(current)))
        self.municipality = QLineEdit()
        self.what = QLineEdit()
        self.why = QLineEdit()
        form.addRow(self.tr("Delområde"), self.subarea)
        form.addRow(self.tr("Kommun"), self.municipality)
        form.addRow(self.tr("Vad"), self.what)
        form.addRow(self.tr("Varför"), self.why)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict:
        return {"subarea": self.subarea.currentData(), "municipality": self.municipality.text().strip(),
                "what": self.what.text().strip(), "why": self.why.text().strip()}


class ScoringPanel(QWidget):
    """Sub-area scores of one area, with evidence, texts and lists; see PRODUCT §3.4, §4."""

    navigate = Signal(str, str)

    def __init__(self, session, area: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.area = str(area)
        self.service = ScoringService(session.evaluation)
        self._current_sub: str | None = None
        self._stale = False
        self.setObjectName(f"ScoringPanel_{self.area}")
        self._build()
        session.changed.connect(self._on_changed)
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(0)

    # ---- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        self.area_score = QLabel()
        self.area_score.setStyleSheet("font-size: 13pt;")
        self.area_score.setAccessibleName(self.tr("Områdets poäng"))
        self.total_score = QLabel()
        self.total_score.setStyleSheet("font-size: 11pt;")
        self.total_score.setAccessibleName(self.tr("Total poäng"))
        head.addWidget(self.area_score)
        head.addSpacing(16)
        head.addWidget(self.total_score)
        outer.addLayout(head)

        blind = QHBoxLayout()
        blind.addWidget(QLabel(self.tr("Jag är:")))
        self.me_combo = QComboBox()
        self.me_combo.setAccessibleName(self.tr("Vilken utvärderare du är"))
        self.me_combo.setMinimumContentsLength(18)
        self.me_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.me_combo.activated.connect(self._claim)
        blind.addWidget(self.me_combo)
        self.ready = QCheckBox(self.tr("Mina utkast för området är klara"))
        self.ready.setToolTip(self.tr(
            "Blind bedömning: de andras utkast för området visas först när du markerat dina "
            "egna som klara, så att varje första bedömning görs oberoende."))
        self.ready.clicked.connect(self._set_ready)
        blind.addWidget(self.ready)
        self.blind_info = QLabel()
        self.blind_info.setWordWrap(True)
        blind.addWidget(self.blind_info, 1)
        outer.addLayout(blind)

        split = QSplitter(Qt.Vertical)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        self.model = ScoreTableModel(self)
        self.model.write = self._write_points
        self.model.error.connect(self.show_error)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(PointsDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed |
                                   QAbstractItemView.AnyKeyPressed | QAbstractItemView.SelectedClicked)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Poäng per delområde"))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        tl.addWidget(self.table)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020; font-weight: 600;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        tl.addWidget(self.error)
        legend = QLabel(self.tr(
            "<i>12 prel.</i> = preliminär (medel av utkasten) · – = ej bedömd · "
            "<span style='background:#ffd8a8'>&nbsp;orange&nbsp;</span> = utkasten skiljer sig "
            "mer än {0} % av maxpoängen · ⚠ = poäng utan underlag på plats · "
            "Underlag: på plats / planerat").format(int(DIVERGENCE_THRESHOLD * 100)))
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #555;")
        tl.addWidget(legend)
        split.addWidget(top)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_subarea_tab(), self.tr("Delområde"))
        self.tabs.addTab(self._build_examples_tab(), self.tr("Goda exempel"))
        self.area_text = AutoSaveTextEdit(self.session, self.tr("Allmän text"))
        self.area_text.setAccessibleName(self.tr("Allmän text om området"))
        self.area_text.bind(lambda: self.session.evaluation.area_text(self.area),
                            lambda t: self.session.evaluation.set_area_text(self.area, t))
        self.tabs.addTab(self.area_text, self.tr("Allmänt om området"))
        lists = QWidget()
        ll = QHBoxLayout(lists)
        self.strengths = OrderedListEditor(self, "strength", self.tr("Styrkor"))
        self.improvements = OrderedListEditor(self, "improvement", self.tr("Förbättringsmöjligheter"))
        ll.addWidget(self.strengths)
        ll.addWidget(self.improvements)
        self.tabs.addTab(lists, self.tr("Styrkor och förbättringsmöjligheter"))
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        self.split = split
        self._fitted = False
        outer.addWidget(split, 1)

    def _build_subarea_tab(self) -> QWidget:
        w = QWidget()
        lay = QHBoxLayout(w)
        texts = QVBoxLayout()
        self.sub_heading = QLabel()
        self.sub_heading.setWordWrap(True)
        self.sub_heading.setStyleSheet("font-weight: 600;")
        texts.addWidget(self.sub_heading)
        self.sub_warning = QLabel()
        self.sub_warning.setWordWrap(True)
        self.sub_warning.setStyleSheet("color: #b35c00; font-weight: 600;")
        texts.addWidget(self.sub_warning)
        texts.addWidget(QLabel(self.tr("Motivering")))
        self.rationale = AutoSaveTextEdit(self.session, self.tr("Motivering"))
        self.rationale.setAccessibleName(self.tr("Motivering"))
        texts.addWidget(self.rationale, 1)
        texts.addWidget(QLabel(self.tr("Text i rapporten för delområdet")))
        self.sub_text = AutoSaveTextEdit(self.session, self.tr("Delområdestext"))
        self.sub_text.setAccessibleName(self.tr("Text i rapporten för delområdet"))
        texts.addWidget(self.sub_text, 1)
        lay.addLayout(texts, 1)

        ev_box = QVBoxLayout()
        self.in_place_label = QLabel()
        ev_box.addWidget(self.in_place_label)
        self.in_place = EvidenceModel(planned=False, parent=self)
        self.in_place_view = self._evidence_view(self.in_place, self.tr("Underlag på plats"))
        ev_box.addWidget(self.in_place_view, 2)
        self.planned_label = QLabel()
        ev_box.addWidget(self.planned_label)
        self.planned = EvidenceModel(planned=True, parent=self)
        self.planned_view = self._evidence_view(self.planned, self.tr("Planerat underlag"))
        ev_box.addWidget(self.planned_view, 1)
        lay.addLayout(ev_box, 1)
        return w

    def _evidence_view(self, model, name: str) -> QTableView:
        v = QTableView()
        v.setModel(model)
        v.setSelectionBehavior(QAbstractItemView.SelectRows)
        v.setEditTriggers(QAbstractItemView.NoEditTriggers)
        v.verticalHeader().setVisible(False)
        v.horizontalHeader().setSectionResizeMode(0, QHeaderView.Interactive)
        v.horizontalHeader().setStretchLastSection(True)
        v.setColumnWidth(0, 220)
        v.setWordWrap(True)
        v.setTextElideMode(Qt.ElideRight)
        v.setAccessibleName(name)
        v.activated.connect(lambda idx, m=model: self._open_evidence(m, idx))
        v.doubleClicked.connect(lambda idx, m=model: self._open_evidence(m, idx))
        return v

    def _build_examples_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.examples = GoodExampleModel(self)
        self.examples.write = lambda eid, field, value: self.session.edit(
            self.tr("Ändra gott exempel"),
            lambda: self.service.update_good_example(eid, **{field: value}))
        self.examples.error_sink = self.show_error
        self.examples_view = QTableView()
        self.examples_view.setModel(self.examples)
        self.examples_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.examples_view.verticalHeader().setVisible(False)
        self.examples_view.setWordWrap(True)
        self.examples_view.setAccessibleName(self.tr("Goda exempel"))
        lay.addWidget(self.examples_view, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Lägg till…"))
        add.clicked.connect(self._add_example)
        rm = QPushButton(self.tr("Ta bort"))
        rm.clicked.connect(self._remove_example)
        row.addWidget(add)
        row.addWidget(rm)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Dubbelklicka på en cell för att ändra.")))
        lay.addLayout(row)
        return w

    # ---- refresh -------------------------------------------------------------------------

    def _on_changed(self, tables) -> None:
        if tables and not set(tables) & WATCHED:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # a hidden page catches up when it is shown

    def refresh(self) -> None:
        ev = self.session.evaluation
        self.service.acting_for = self.session.acting_for
        snap = self.service.snapshot()  # read once: this area and the blind-scoring check
        view = self.service.area(self.area, snap)
        self.title.setText(f"{view.number} {view.title}")
        row = max(self.table.currentIndex().row(), 0)
        self.model.set_view(view)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            # A reset (another evaluator column, a claim) keeps the sub-area the user was on.
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self._size_columns()
        area_pts = round_half_up(view.points)
        area_status = view.status
        style = "<i>{0}</i>" if area_status is ScoreStatus.PRELIMINARY else "{0}"
        self.area_score.setToolTip("")
        if any(sub.points_hidden for sub in view.subareas):
            self.area_score.setText(self.tr("Området: <i>dolt prel.</i>"))
            self.area_score.setToolTip(self.tr(
                "Områdets preliminära poäng bygger på de andras utkast och visas när du "
                "markerat dina utkast som klara (blind bedömning)."))
        elif area_status is ScoreStatus.UNSCORED:
            self.area_score.setText(self.tr("Området: – av {0} (ej bedömt)").format(
                fmt_decimal(view.max_points)))
        else:
            pct = percent(view.points, view.max_points)
            shown = self.tr("Området: <b>{0}</b> av {1} ({2} %)").format(
                area_pts, fmt_decimal(view.max_points), pct)
            if area_status is ScoreStatus.PRELIMINARY:
                shown += " " + self.tr("prel.")
            self.area_score.setText(style.format(shown))
            self.area_score.setToolTip(self.rounding_tip(view))
        res = ev.result()
        total = self.tr("Totalt: <b>{0}</b> av {1}").format(res.rounded, fmt_decimal(res.max_points))
        if any(s.status is not ScoreStatus.AGREED for s in res.subareas()):
            total = "<i>" + total + " " + self.tr("prel.") + "</i>"
        if self.service.hidden_areas(self.service.areas(snap)):
            total = self.tr("Totalt: <i>dolt prel.</i>")
        self.total_score.setText(total)
        self.total_score.setToolTip(self.tr(
            "Summan av alla delområdens oavrundade poäng, avrundad först här. "
            "Preliminär så länge något delområde saknar överenskommen poäng."))
        self._refresh_blind(view)
        self._refresh_sub()
        self.strengths.refresh()
        self.improvements.refresh()
        self.examples.set_rows(ev.good_examples(self.area))
        h = self.examples_view.horizontalHeader()
        for c in (0, 1):
            h.setSectionResizeMode(c, QHeaderView.ResizeToContents)
        for c in (2, 3):
            h.setSectionResizeMode(c, QHeaderView.Stretch)
        self.examples_view.resizeRowsToContents()
        self.area_text.reload()

    def _size_columns(self) -> None:
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.Stretch)
        fm = self.table.fontMetrics()
        for c in range(1, self.model.columnCount()):
            h.setSectionResizeMode(c, QHeaderView.Interactive)
            title = str(self.model.headerData(c, Qt.Horizontal) or "")
            self.table.setColumnWidth(c, max(fm.horizontalAdvance(title) + 24,
                                             fm.horizontalAdvance("00 prel.") + 20))

    def _refresh_blind(self, view) -> None:
        ev = self.session.evaluation
        evaluators = ev.evaluators()
        self.me_combo.blockSignals(True)
        self.me_combo.clear()
        self.me_combo.addItem(self.tr("(välj vem du är)"), "")
        own = ev.my_evaluator()
        for e in evaluators:
            text = e["name"] or "?"
            if own is not None and e["id"] != own["id"]:
                text = self.tr("{0} (för hens räkning…)").format(text)
            self.me_combo.addItem(text, e["id"])
        me = view.me
        self.me_combo.setCurrentIndex(self.me_combo.findData(me["id"]) if me else 0)
        self.me_combo.blockSignals(False)
        self.ready.setEnabled(me is not None)
        self.ready.setChecked(view.my_ready)
        names = {e["id"]: e["name"] for e in evaluators}
        done = [names[k] for k, v in view.others_ready.items() if v and k in names]
        behalf = self.service.on_behalf()
        if behalf is not None:
            info = self.tr("Du anger utkast för {0}, för hens räkning; historiken visar att du "
                           "skrev dem. Välj ditt eget namn för att sluta.").format(behalf["name"])
            if not view.my_ready:
                info += " " + self.tr("De andras utkast är dolda.")
        elif me is None:
            info = self.tr("Välj vem du är för att ange egna utkast. De andras utkast är dolda "
                           "(blind bedömning).")
        elif not view.my_ready:
            info = self.tr("De andras utkast är dolda tills du markerat dina som klara.")
        else:
            info = self.tr("Du ser alla utkast.")
        if done:
            info += " " + self.tr("Klara: {0}.").format(", ".join(done))
        self.blind_info.setText(info)

    def rounding_tip(self, view) -> str:
        """Why the area's points may differ from the sum of the rounded points in the table
        (PRODUCT §4): the area adds the unrounded points and rounds once."""
        scored = [s for s in view.subareas if s.points is not None]
        shown = [round_half_up(s.points) for s in scored]
        exact = sum((s.points for s in scored), Decimal(0))
        text = self.tr("Delområdena visas avrundade: {0} = {1}.").format(
            " + ".join(str(p) for p in shown), sum(shown))
        text += "\n" + self.tr("Områdets poäng är summan av de oavrundade poängen ({0}), "
                               "avrundad först här: {1}.").format(fmt_decimal(exact.quantize(Decimal("0.01")).normalize()), round_half_up(exact))
        if sum(shown) != round_half_up(exact):
            text += "\n" + self.tr("Därför kan summan av de visade talen skilja sig från områdets poäng.")
        return text

    def _refresh_sub(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0 or self.model.view is None or row >= self.model.rowCount():
            self._show_sub(None)
            return
        self._show_sub(self.model.sub(row))

    def _show_sub(self, s) -> None:
        number = s.number if s else None
        if number != self._current_sub:
            self._current_sub = number
            if s is None:
                self.rationale.bind(None, None)
                self.sub_text.bind(None, None)
            else:
                self.rationale.bind(lambda n=number: self.service.rationale(n),
                                    lambda t, n=number: self.service.set_rationale(n, t))
                self.sub_text.bind(lambda n=number: self.session.evaluation.subarea_text(n),
                                   lambda t, n=number: self.session.evaluation.set_subarea_text(n, t))
        else:
            self.rationale.reload()
            self.sub_text.reload()
        if s is None:
            self.sub_heading.setText("")
            self.sub_warning.setText("")
            self.in_place.set_items([])
            self.planned.set_items([])
            return
        self.tabs.setTabText(0, self.tr("Delområde {0}").format(s.number))
        self.sub_heading.setText(f"{s.number} {s.title} (max {fmt_decimal(s.max_points)})")
        warn = []
        if s.without_evidence:
            warn.append(self.tr("⚠ Poängsatt utan underlag som finns på plats – bara det som "
                                "finns på plats tillgodoräknas."))
        if s.diverges:
            warn.append(self.model._divergence_tip(s))
        self.sub_warning.setText("\n".join(warn))
        self.sub_warning.setVisible(bool(warn))
        items = self.service.evidence_for(s.number)
        for model, view, part in (
                (self.in_place, self.in_place_view, [i for i in items if i.status != "planned"]),
                (self.planned, self.planned_view, [i for i in items if i.status == "planned"])):
            if part == model.items:
                continue  # unchanged: keep scroll position and skip the row measuring
            model.set_items(part)
            if len(part) <= 150:
                view.resizeRowsToContents()
            else:  # measuring hundreds of wrapped rows would stall typing elsewhere
                view.verticalHeader().setDefaultSectionSize(2 * view.fontMetrics().lineSpacing() + 6)
        self.in_place_label.setText(self.tr("<b>Underlag på plats</b> (tillgodoräknas): {0}")
                                    .format(len(self.in_place.items)))
        self.planned_label.setText(self.tr("<b>Planerat</b> – ej tillgodoräknat: {0}")
                                   .format(len(self.planned.items)))

    def _row_changed(self, current, previous) -> None:
        self._refresh_sub()

    # ---- actions ---------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _write_points(self, kind: str, subarea: str, points) -> None:
        text = None if points is None else str(points)
        if kind == "draft":
            self.service.acting_for = self.session.acting_for
            behalf = self.service.on_behalf()
            label = self.tr("Utkast {0} för {1}").format(subarea, behalf["name"]) if behalf else \
                self.tr("Utkast {0}").format(subarea)
            self.session.edit(label, lambda: self.service.set_my_draft(subarea, text))
        else:
            self.session.edit(self.tr("Överenskommen poäng {0}").format(subarea),
                              lambda: self.service.set_agreed_points(subarea, text))

    def _claim(self, index: int) -> None:
        """"Jag är": drafts are entered as this installation's own evaluator. The first
        choice on an installation claims an evaluator nobody has claimed; choosing anyone
        else enters drafts on their behalf, after the user confirmed it, and each such draft
        records who typed it."""
        evaluator_id = self.me_combo.itemData(index)
        ev = self.session.evaluation
        own = ev.my_evaluator()
        if not evaluator_id or (own is not None and evaluator_id == own["id"]):
            if self.session.acting_for:
                self.session.act_for(None)
            else:
                self.refresh()
            return
        row = next((e for e in ev.evaluators() if e["id"] == evaluator_id), {})
        if own is None and not row.get("identity_id"):
            try:
                self.session.edit(self.tr("Välj utvärderare"), lambda: ev.claim_evaluator(evaluator_id))
            except KompassError as e:
                self.show_error(error_text(e))
            return
        name = row.get("name") or "?"
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Ange utkast för någon annan?"),
                          self.tr("Du anger utkast som {0}. Gör det bara för en utvärderare som inte "
                                  "kan ange sina egna, och när hen har bett dig. Historiken visar att "
                                  "det är du som har skrivit dem.").format(name),
                          QMessageBox.StandardButton.Cancel, self)
        go = box.addButton(self.tr("Ange för {0}").format(name), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is go:
            self.session.act_for(evaluator_id)
        else:
            self.refresh()

    def _set_ready(self, checked: bool) -> None:
        self.service.acting_for = self.session.acting_for
        try:
            self.session.edit(self.tr("Markera området klart"),
                              lambda: self.service.set_ready(self.area, checked))
        except KompassError as e:
            self.show_error(error_text(e))
            self.refresh()

    def _open_evidence(self, model: EvidenceModel, index) -> None:
        it = model.data(index, ObjectRole)
        if it is not None:
            self.navigate.emit(it.nav_kind, it.nav_key)

    def _add_example(self) -> None:
        fw = self.session.evaluation.framework
        subs = [(s.number, s.title) for s in fw.area(self.area).subareas]
        dlg = GoodExampleDialog(subs, self._current_sub, self)
        if dlg.exec() != QDialog.Accepted:
            return
        v = dlg.values()
        if not v["municipality"]:
            self.show_error(self.tr("Ett gott exempel behöver en kommun."))
            return
        ev = self.session.evaluation
        self.session.edit(self.tr("Nytt gott exempel"),
                          lambda: ev.add_good_example(v["subarea"], v["municipality"], v["what"], v["why"]))

    def _remove_example(self) -> None:
        idx = self.examples_view.currentIndex()
        if not idx.isValid():
            return
        r = self.examples.rows[idx.row()]
        self.session.edit(self.tr("Ta bort gott exempel"),
                          lambda: self.service.remove_good_example(r["id"]))

    def select_subarea(self, number: str) -> None:
        """For navigate('subarea', '3.2') from elsewhere: select that row."""
        row = self.model.row_of(number)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
            self.tabs.setCurrentIndex(0)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()
        if not self._fitted:
            # Give the score table the height of its rows; the tabs get the rest.
            self._fitted = True
            t = self.table
            rows = sum(t.rowHeight(r) for r in range(self.model.rowCount()))
            want = t.horizontalHeader().height() + rows + 2 * t.frameWidth() + 4
            top = self.split.widget(0)
            extra = top.sizeHint().height() - t.sizeHint().height()
            total = sum(self.split.sizes()) or self.split.height()
            first = min(max(want + max(extra, 0), 120), int(total * 0.6))
            self.split.setSizes([first, max(total - first, 200)])

    def flush(self) -> None:
        """Pending typing into the file now (before an undo, a close, a page change)."""
        for ed in (self.rationale, self.sub_text, self.area_text):
            try:
                ed.flush()
            except KompassError as e:
                self.show_error(error_text(e))

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)
