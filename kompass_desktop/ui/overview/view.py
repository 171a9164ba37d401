"""The overview: total of 800, per-area points and bars against comparison series,
completion lists, and the comparison series themselves (PRODUCT §3.5)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractListModel, QAbstractTableModel, QCoreApplication,
                            QModelIndex, Qt, Signal)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
    QHeaderView, QInputDialog, QLabel, QLineEdit, QListView, QPushButton,
    QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget)

from kompass_desktop.domain.errors import InputError, KompassError
from kompass_desktop.domain.scoring import ScoreStatus, round_half_up
from kompass_desktop.services import comparison
from kompass_desktop.services.scoring import Completion, Overview, ScoringService
from kompass_desktop.ui.common import error_text
from kompass_desktop.ui import names
from kompass_desktop.ui.overview.chart import BarChart, ChartSeries
from kompass_desktop.ui.scoring.points import fmt_decimal, fmt_result, parse_points

translate = QCoreApplication.translate

NavRole = Qt.UserRole + 1



class AreaTableModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("OverviewView", "Område"), QT_TRANSLATE_NOOP("OverviewView", "Poäng"),
               QT_TRANSLATE_NOOP("OverviewView", "Max"), QT_TRANSLATE_NOOP("OverviewView", "Procent"),
               QT_TRANSLATE_NOOP("OverviewView", "Status"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.areas = []
        self.hidden: set[str] = set()   # areas whose points blind scoring holds back

    def set_areas(self, areas) -> None:
        self.beginResetModel()
        self.areas = list(areas)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.areas)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return translate("OverviewView", self.HEADERS[section])
        if orientation == Qt.Horizontal and role == Qt.TextAlignmentRole and section:
            return int(Qt.AlignCenter)
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        a = self.areas[index.row()]
        col = index.column()
        if role == NavRole:
            return ("area", a.number)
        if role == Qt.DisplayRole:
            if col == 0:
                return f"{a.number} {a.title}"
            if col in (1, 3) and a.number in self.hidden:
                return translate("OverviewView", "dolt prel.") if col == 1 else ""
            if col == 1:
                return fmt_result(a.points if a.status is not ScoreStatus.UNSCORED else None, a.status)
            if col == 2:
                return fmt_decimal(a.max_points)
            if col == 3:
                return "" if a.status is ScoreStatus.UNSCORED else f"{a.percent} %"
            if col == 4:
                n_agreed = sum(1 for s in a.subareas if s.status is ScoreStatus.AGREED)
                return translate("OverviewView", "{0} av {1} överens").format(n_agreed, len(a.subareas))
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignLeft | Qt.AlignVCenter) if col == 0 else int(Qt.AlignCenter)
        if role == Qt.FontRole and col == 1:
            f = QFont()
            f.setItalic(a.status is ScoreStatus.PRELIMINARY)
            f.setBold(a.status is ScoreStatus.AGREED)
            return f
        if role == Qt.ForegroundRole and a.status is not ScoreStatus.AGREED and col in (1, 3):
            return QBrush(QColor("#6a6a6a"))
        if role == Qt.ToolTipRole:
            return f"{a.number} {a.title}\n" + translate(
                    "OverviewView", "Dubbelklicka för att öppna poängsättningen.")
        return None


class SeriesTableModel(QAbstractTableModel):
    """Comparison series: label, source, per-area points, total, comparability."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[comparison.SeriesRow] = []
        self.areas: list[str] = []
        self.framework = None

    def set_rows(self, rows, framework) -> None:
        self.beginResetModel()
        self.rows = rows
        self.framework = framework
        self.areas = [a.number for a in framework.areas]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 3 + len(self.areas)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal:
            return None
        if role == Qt.DisplayRole:
            if section == 0:
                return translate("OverviewView", "Jämförelse")
            if section == 1:
                return translate("OverviewView", "Källa")
            if section == 2 + len(self.areas):
                return translate("OverviewView", "Totalt")
            return self.areas[section - 2]
        if role == Qt.ToolTipRole and 2 <= section < 2 + len(self.areas):
            return translate("OverviewView", "Område {0}").format(self.areas[section - 2])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        comparable = r.series.comparable_with(self.framework)
        if role == Qt.UserRole:
            return r
        if role == Qt.DisplayRole:
            if col == 0:
                return r.label + ("" if comparable else "  " + translate("OverviewView", "(ej jämförbar)"))
            if col == 1:
                return {"typed": translate(
                        "OverviewView", "inskriven"), "file": translate("OverviewView", "från fil"),
                        "average": translate("OverviewView", "medel av filer")}.get(r.source, r.source)
            if col == 2 + len(self.areas):
                return str(round_half_up(r.series.total)) + ("" if r.given_total is not None else " Σ")
            v = r.areas.get(self.areas[col - 2])
            return "" if v is None else str(round_half_up(v))
        if role == Qt.TextAlignmentRole and col >= 2:
            return int(Qt.AlignCenter)
        if role == Qt.ForegroundRole and not comparable:
            return QBrush(QColor("#b35c00"))
        if role == Qt.ToolTipRole:
            if not comparable:
                return translate(
                        "OverviewView", "Från ramverksrevisionen {0}, inte {1}: inte direkt jämförbar.").format(
                    r.framework_id, self.framework.id)
            if col == 2 + len(self.areas):
                return (translate(
                        "OverviewView", "Angiven summa (visas som den publicerades).") if r.given_total is not None
                        else translate("OverviewView", "Σ: ingen summa angiven, summan av områdena visas."))
        return None


class CompletionListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[tuple[str, str, str, bool]] = []  # text, kind, key, done

    def set_items(self, items) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.items)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        text, kind, key, done = self.items[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return text
        if role == NavRole:
            return (kind, key)
        if role == Qt.ForegroundRole and done:
            return QBrush(QColor("#2e7d32"))
        return None


class SeriesDialog(QDialog):
    """Type in or edit a series: label, per-area points (12,5 accepted), optional total."""

    def __init__(self, framework, row: comparison.SeriesRow | None = None, parent=None):
        super().__init__(parent)
        self.framework = framework
        self.setWindowTitle(self.tr("Jämförelse") if row is None else self.tr("Ändra jämförelse"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.setMinimumWidth(640)
        self.label = QLineEdit(row.label if row else "")
        self.label.setMinimumWidth(260)
        self.label.setPlaceholderText(self.tr("t.ex. Nynäshamn 2019 eller Medel 2020–2023"))
        form.addRow(self.tr("Namn"), self.label)
        self.area_edits: dict[str, QLineEdit] = {}
        for a in framework.areas:
            e = QLineEdit(fmt_decimal(row.areas.get(a.number)) if row else "")
            e.setPlaceholderText(f"0–{fmt_decimal(a.max_points)}")
            e.setMinimumWidth(100)
            e.setAccessibleName(self.tr("Område {0}").format(a.number))
            self.area_edits[a.number] = e
            form.addRow(f"{a.number} {a.title}", e)
        self.total = QLineEdit(fmt_decimal(row.given_total) if row and row.given_total is not None else "")
        self.total.setPlaceholderText(self.tr("tomt: summan av områdena"))
        form.addRow(self.tr("Totalt (om angivet)"), self.total)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def values(self) -> tuple[str, dict[str, Decimal | None], Decimal | None]:
        """Parsed values; raises InputError with a message naming the field."""
        label = self.label.text().strip()
        if not label:
            raise InputError(self.tr("Jämförelsen behöver ett namn."))
        areas = {}
        for a in self.framework.areas:
            try:
                areas[a.number] = parse_points(self.area_edits[a.number].text(), a.max_points)
            except InputError as e:
                raise InputError(self.tr("Område {0}: {1}").format(a.number, e)) from None
        try:
            total = parse_points(self.total.text(), self.framework.max_points)
        except InputError as e:
            raise InputError(self.tr("Totalt: {0}").format(e)) from None
        if all(v is None for v in areas.values()):
            raise InputError(self.tr("Ange poäng för minst ett område."))
        return label, areas, total

    def _accept(self) -> None:
        try:
            self.values()
        except InputError as e:
            self.error.setText(error_text(e))
            return
        self.accept()


class OverviewView(QWidget):
    navigate = Signal(str, str)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.service = ScoringService(session.evaluation)
        self._build()
        self._stale = False
        session.changed.connect(self._on_changed)
        # The first content was read on the worker that opened the file (main_window.open_file).
        self.refresh(session.take_prefetched("overview"))

    def _on_changed(self, tables) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # a hidden page catches up when it is shown

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:
            # The area table as tall as its rows (the chart needs about as much); the
            # status lists and comparisons get the rest.
            self._fitted = True
            t = self.area_view
            rows = sum(t.rowHeight(r) for r in range(self.areas.rowCount()))
            want = max(t.horizontalHeader().height() + rows + 2 * t.frameWidth() + 4, 340)
            total = sum(self.vsplit.sizes()) or self.vsplit.height()
            first = min(want, int(total * 0.6))
            self.vsplit.setSizes([first, max(total - first, 180)])
        if self._stale:
            self._stale = False
            self.refresh()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        head.addWidget(self.heading, 1)
        self.dates_button = QPushButton(self.tr("Datum…"))
        self.dates_button.setToolTip(self.tr("Utvärderingens datum: enkät, platsbesök, rapport, "
                                             "återföringsseminarium (Arkiv → Utvärderingens datum…)."))
        self.dates_button.clicked.connect(self.edit_dates)
        head.addWidget(self.dates_button, 0, Qt.AlignTop)
        self.total = QLabel()
        self.total.setStyleSheet("font-size: 16pt;")
        self.total.setAccessibleName(self.tr("Total poäng"))
        head.addWidget(self.total)
        outer.addLayout(head)

        split = QSplitter(Qt.Horizontal)
        self.areas = AreaTableModel(self)
        self.area_view = QTableView()
        self.area_view.setModel(self.areas)
        self.area_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.area_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.area_view.verticalHeader().setVisible(False)
        self.area_view.setWordWrap(False)
        self.area_view.setAccessibleName(self.tr("Poäng per område"))
        self.area_view.activated.connect(self._go)
        self.area_view.doubleClicked.connect(self._go)
        split.addWidget(self.area_view)
        self.chart = BarChart()
        split.addWidget(self.chart)
        # The table's titles and status words first; the chart takes what is left.
        self.chart.setMinimumWidth(280)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 520])

        vsplit = QSplitter(Qt.Vertical)
        vsplit.addWidget(split)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_completion(), self.tr("Status"))
        self.tabs.addTab(self._build_series(), self.tr("Jämförelser"))
        vsplit.addWidget(self.tabs)
        vsplit.setStretchFactor(0, 0)
        vsplit.setStretchFactor(1, 1)
        self.vsplit = vsplit
        self._fitted = False
        outer.addWidget(vsplit, 1)

    def _build_completion(self) -> QWidget:
        w = QWidget()
        lay = QHBoxLayout(w)
        self.completion_models: dict[str, CompletionListModel] = {}
        self.completion_labels: dict[str, QLabel] = {}
        self.completion_views: dict[str, QListView] = {}
        for key in ("agreed", "evidence", "divergence", "conflicts"):
            box = QVBoxLayout()
            label = QLabel()
            label.setWordWrap(True)
            box.addWidget(label)
            model = CompletionListModel(self)
            view = QListView()
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.NoEditTriggers)
            view.setWordWrap(True)
            view.activated.connect(self._go)
            view.clicked.connect(self._go)
            view.setAccessibleName(key)
            box.addWidget(view, 1)
            lay.addLayout(box, 1)
            self.completion_models[key] = model
            self.completion_labels[key] = label
            self.completion_views[key] = view
        return w

    def _build_series(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.series = SeriesTableModel(self)
        self.series_view = QTableView()
        self.series_view.setModel(self.series)
        self.series_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.series_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.series_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.series_view.verticalHeader().setVisible(False)
        self.series_view.setAccessibleName(self.tr("Jämförelser"))
        self.series_view.doubleClicked.connect(lambda idx: self.edit_series())
        lay.addWidget(self.series_view, 1)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Lägg till…"), self.add_series),
                           (self.tr("Ändra…"), self.edit_series),
                           (self.tr("Ta bort"), self.remove_series),
                           (self.tr("Från annan utvärdering…"), self.add_from_file),
                           (self.tr("Medel av utvärderingar…"), self.add_average)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.series_message = QLabel()
        self.series_message.setWordWrap(True)
        lay.addWidget(self.series_message)
        return w

    # ---- refresh ---------------------------------------------------------------------

    def refresh(self, data: Overview | None = None) -> None:
        ev = self.session.evaluation
        data = data or self.service.overview()
        info, res, views, hidden = data.info, data.result, data.areas, data.hidden
        fw = ev.framework
        self.heading.setText(f"{info['municipality']} {info['year']} – {fw.name}")
        prel = any(s.status is not ScoreStatus.AGREED for s in res.subareas())
        total = self.tr("<b>{0}</b> av {1} poäng ({2} %)").format(
            res.rounded, fmt_decimal(res.max_points), res.percent)
        if prel:
            total = "<i>" + total + " " + self.tr("prel.") + "</i>"
        tip = self.tr("Summan av alla delområdens oavrundade poäng, avrundad till hela poäng. "
                      "Preliminär så länge något delområde saknar överenskommen poäng.")
        if hidden:
            total = self.tr("<i>dolt prel.</i>")
            tip = self.tr("Dolt tills du markerat dina utkast som klara i område {0}: "
                          "preliminära poäng skulle avslöja de andras utkast "
                          "(blind bedömning).").format(", ".join(sorted(hidden, key=int)))
        self.total.setText(total)
        self.total.setToolTip(tip)
        self.areas.hidden = hidden
        self.areas.set_areas(res.areas)
        h = self.area_view.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.Stretch)
        for c in range(1, 5):
            h.setSectionResizeMode(c, QHeaderView.ResizeToContents)

        rows = data.series
        self.series.set_rows(rows, fw)
        self.series_view.resizeColumnsToContents()
        for c in range(2, self.series.columnCount()):
            self.series_view.setColumnWidth(c, max(self.series_view.columnWidth(c),
                                                   self.series_view.fontMetrics().horizontalAdvance("000 Σ") + 14))
        self.series_view.horizontalHeader().setStretchLastSection(False)
        numbers = [a.number for a in fw.areas]
        chart_series = [ChartSeries(f"{info['municipality']} {info['year']}",
                                    {a.number: float(a.points) for a in res.areas
                                     if a.number not in hidden})]
        for r in rows:
            label = r.label if r.series.comparable_with(fw) else f"{r.label} ({self.tr('ej jämförbar')})"
            chart_series.append(ChartSeries(label, {k: float(v) for k, v in r.areas.items()}))
        area_max = max((float(a.max_points) for a in fw.areas), default=100.0)
        self.chart.set_data(numbers, area_max, chart_series)
        self._refresh_completion(data.completion)

    def item_text(self, item) -> str:
        """A completion item in the UI's language (the service's text is Swedish)."""
        what = item.what
        if not what:
            return item.text
        if what[0] == "subarea":
            return f"{what[1]} {what[2]}"
        if what[0] == "scored_without_evidence":
            return f"{what[1]} {what[2]} " + self.tr("⚠ poängsatt")
        if what[0] == "divergence":
            return self.tr("{0} {1}: {2}–{3} av {4}").format(*what[1:])
        if what[0] == "conflict":
            _kind, kind, label, field, n = what
            place = f" {label}" if label else ""
            return self.tr("{0}{1}: {2} ({3} värden)").format(names.kind(kind), place,
                                                              names.field(field), n)
        return item.text

    def _refresh_completion(self, c: Completion) -> None:
        m = self.completion_models
        t = self.item_text
        agreed_items = [("○ " + t(i), i.nav_kind, i.nav_key, False) for i in c.not_agreed] + \
                       [("✓ " + t(i), i.nav_kind, i.nav_key, True) for i in c.agreed]
        m["agreed"].set_items(agreed_items)
        self.completion_labels["agreed"].setText(
            self.tr("<b>Överenskommen poäng:</b> {0} av {1} delområden").format(len(c.agreed), c.subareas))
        m["evidence"].set_items([(t(i), i.nav_kind, i.nav_key, False) for i in c.without_evidence]
                                or [(self.tr("Alla delområden har underlag på plats."), "", "", True)])
        self.completion_labels["evidence"].setText(
            self.tr("<b>Utan underlag på plats:</b> {0}").format(len(c.without_evidence)))
        m["divergence"].set_items([(t(i), i.nav_kind, i.nav_key, False) for i in c.divergences]
                                  or [(self.tr("Inga synliga skillnader över gränsen."), "", "", True)])
        self.completion_labels["divergence"].setText(
            self.tr("<b>Skillnader mellan utvärderarna:</b> {0}").format(len(c.divergences)))
        self.completion_labels["divergence"].setToolTip(self.tr(
            "Delområden där utkasten skiljer sig mer än 15 % av maxpoängen. Visas bara för "
            "områden där du markerat dina egna utkast som klara (blind bedömning)."))
        m["conflicts"].set_items([(t(i), i.nav_kind, i.nav_key, False) for i in c.conflicts]
                                 or [(self.tr("Inga öppna konflikter."), "", "", True)])
        self.completion_labels["conflicts"].setText(
            self.tr("<b>Öppna sammanslagningskonflikter:</b> {0}").format(len(c.conflicts)))

    # ---- actions ---------------------------------------------------------------------

    def edit_dates(self) -> None:
        from kompass_desktop.ui.dialogs import ProcessDatesDialog
        ProcessDatesDialog(self.session, self).exec()

    def _go(self, index) -> None:
        nav = index.data(NavRole)
        if nav and nav[0]:
            self.navigate.emit(*nav)

    def _selected_series(self) -> comparison.SeriesRow | None:
        idx = self.series_view.currentIndex()
        return self.series.rows[idx.row()] if idx.isValid() else None

    def _run(self, label: str, fn) -> bool:
        try:
            self.session.edit(label, fn)
        except KompassError as e:
            self.series_message.setText(f"<span style='color:#b00020'>{e}</span>")
            return False
        self.series_message.setText("")
        return True

    def add_series(self) -> None:
        ev = self.session.evaluation
        dlg = SeriesDialog(ev.framework, None, self)
        if dlg.exec() != QDialog.Accepted:
            return
        label, areas, total = dlg.values()
        self._run(self.tr("Ny jämförelse"),
                  lambda: comparison.add_series(ev, label, areas, total))

    def edit_series(self) -> None:
        row = self._selected_series()
        if row is None:
            return
        ev = self.session.evaluation
        dlg = SeriesDialog(ev.framework, row, self)
        if dlg.exec() != QDialog.Accepted:
            return
        label, areas, total = dlg.values()
        self._run(self.tr("Ändra jämförelse"),
                  lambda: comparison.update_series(ev, row.id, label, areas, total))

    def remove_series(self) -> None:
        row = self._selected_series()
        if row is None:
            return
        ev = self.session.evaluation
        self._run(self.tr("Ta bort jämförelse"), lambda: comparison.remove_series(ev, row.id))

    def add_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Jämför med en annan utvärdering"), "",
                                              self.tr("Kompass-utvärderingar (*.kompass)"))
        if path:
            self.add_from_path(path)

    def add_from_path(self, path: str) -> None:
        ev = self.session.evaluation
        self._run(self.tr("Jämförelse från fil"), lambda: comparison.add_series_from_file(ev, path))

    def add_average(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Välj utvärderingar att ta medel av"), "",
                                                self.tr("Kompass-utvärderingar (*.kompass)"))
        if not paths:
            return
        label, ok = QInputDialog.getText(self, self.tr("Medel av utvärderingar"), self.tr("Namn:"),
                                         text=self.tr("Medel av {0} utvärderingar").format(len(paths)))
        if ok:
            self.add_average_from_paths(paths, label)

    def add_average_from_paths(self, paths, label: str = "") -> None:
        ev = self.session.evaluation
        result = []
        if not self._run(self.tr("Medel av utvärderingar"),
                         lambda: result.append(comparison.add_average_series(ev, paths, label))):
            return
        avg = result[0]
        msg = self.tr("Medel av {0} filer.").format(len(avg.used))
        if avg.skipped:
            msg += " " + self.tr("Utelämnade (inte jämförbara): {0}").format(
                "; ".join(f"{p.name} – {why}" for p, why in avg.skipped))
        self.series_message.setText(msg)


