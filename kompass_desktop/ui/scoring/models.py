"""Models of the scoring panel: the sub-area score table, evidence, lists, good examples."""
from __future__ import annotations

import json
from decimal import Decimal

from PySide6.QtCore import (QAbstractListModel, QAbstractTableModel, QCoreApplication,
                            QModelIndex, Qt, Signal)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate

from kompass_desktop.domain.errors import KompassError
from kompass_desktop.domain.scoring import DIVERGENCE_THRESHOLD, ScoreStatus
from kompass_desktop.services.scoring import AreaScoring, EvidenceItem, SubAreaScoring
from kompass_desktop.ui.common import error_text
from kompass_desktop.ui.scoring.points import (
    fmt_decimal, fmt_percent, fmt_result, parse_points)

translate = QCoreApplication.translate

ObjectRole = Qt.UserRole + 1     # the row's service object
DivergesRole = Qt.UserRole + 2   # True where the row's visible drafts diverge
StatusRole = Qt.UserRole + 3     # ScoreStatus value of the row

DIVERGE_BG = QColor("#ffd8a8")   # warm orange, readable with black text
HIDDEN_FG = QColor("#7a7a7a")
WARN_FG = QColor("#b35c00")



class ScoreTableModel(QAbstractTableModel):
    """One row per sub-area; columns: sub-area, max, one per evaluator, agreed, points,
    percent, evidence. Edits go through `editor(kind, subarea, text)` set by the panel."""

    COL_SUB, COL_MAX = 0, 1
    error = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view: AreaScoring | None = None
        self.n_eval = 0
        self.write = None  # callable(kind, subarea, Decimal|None) -> None, kind 'draft'|'agreed'

    # column layout depends on the number of evaluators
    @property
    def col_agreed(self) -> int:
        return 2 + self.n_eval

    @property
    def col_points(self) -> int:
        return 3 + self.n_eval

    @property
    def col_percent(self) -> int:
        return 4 + self.n_eval

    @property
    def col_evidence(self) -> int:
        return 5 + self.n_eval

    def set_view(self, view: AreaScoring) -> None:
        n = len(view.subareas[0].drafts) if view.subareas else 0
        same_shape = (self.view is not None and n == self.n_eval and
                      [s.number for s in self.view.subareas] == [s.number for s in view.subareas] and
                      [d.evaluator_id for d in self.view.subareas[0].drafts] ==
                      [d.evaluator_id for d in view.subareas[0].drafts] and
                      [d.mine for d in self.view.subareas[0].drafts] ==
                      [d.mine for d in view.subareas[0].drafts])
        if same_shape:
            # Keeps selection and any open editor: only the values change.
            self.view = view
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Horizontal, 0, self.columnCount() - 1)
            return
        self.beginResetModel()
        self.view = view
        self.n_eval = n
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.view is None else len(self.view.subareas)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6 + self.n_eval

    def sub(self, row: int) -> SubAreaScoring:
        return self.view.subareas[row]

    def row_of(self, number: str) -> int:
        for i, s in enumerate(self.view.subareas if self.view else ()):
            if s.number == number:
                return i
        return -1

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal or self.view is None:
            return None
        if role == Qt.DisplayRole:
            if section == self.COL_SUB:
                return translate("ScoreTableModel", "Delområde")
            if section == self.COL_MAX:
                return translate("ScoreTableModel", "Max")
            if 2 <= section < 2 + self.n_eval:
                cell = self.view.subareas[0].drafts[section - 2]
                return cell.name + (translate("ScoreTableModel", " (du)") if cell.mine else "")
            return {self.col_agreed: translate("ScoreTableModel", "Överens"),
                    self.col_points: translate("ScoreTableModel", "Poäng"),
                    self.col_percent: translate("ScoreTableModel", "Procent"),
                    self.col_evidence: translate("ScoreTableModel", "Underlag")}.get(section)
        if role == Qt.ToolTipRole:
            if 2 <= section < 2 + self.n_eval:
                cell = self.view.subareas[0].drafts[section - 2]
                if cell.mine:
                    return translate(
                            "ScoreTableModel", "Ditt eget utkast. Skriv poäng med en decimal, t.ex. 12,5.")
                return translate(
                        "ScoreTableModel", "Utkast från {0}. Visas först när du markerat dina utkast för "
                           "området som klara (blind bedömning).").format(cell.name)
            if section == self.col_agreed:
                return translate(
                        "ScoreTableModel", "Teamets överenskomna poäng. Den sparar spridningen av utkasten "
                           "den kom från.")
            if section == self.col_points:
                return translate(
                        "ScoreTableModel", "Poäng som räknas: överenskommen, annars medel av utkasten "
                           "(prel.), annars – (ej bedömd). Avrundat till hela poäng.")
            if section == self.col_evidence:
                return translate("ScoreTableModel", "Underlag kopplat till delområdet: på plats / planerat. "
                           "Planerat tillgodoräknas inte.")
        if role == Qt.TextAlignmentRole and section != self.COL_SUB:
            return int(Qt.AlignCenter)
        return None

    def flags(self, index):
        f = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if self.view is None:
            return f
        col = index.column()
        if col == self.col_agreed:
            return f | Qt.ItemIsEditable
        if 2 <= col < 2 + self.n_eval and self.sub(index.row()).drafts[col - 2].mine:
            return f | Qt.ItemIsEditable
        return f

    def _divergence_tip(self, s: SubAreaScoring) -> str:
        vals = s.visible_drafts
        lo, hi = min(vals), max(vals)
        limit = s.max_points * DIVERGENCE_THRESHOLD
        return translate(
                "ScoreTableModel", "Utkasten skiljer sig: {0}–{1} poäng, {2} poäng isär = {3} % av maxpoängen {4}. "
                   "Markeras när skillnaden är mer än 15 % av delområdets max "
                   "(här {5} poäng), ungefär ett steg i bedömningen – diskutera innan ni "
                   "sätter överenskommen poäng.").format(
            fmt_decimal(lo), fmt_decimal(hi), fmt_decimal(hi - lo),
            fmt_decimal((s.divergence * 100).quantize(Decimal("0.1"))), fmt_decimal(s.max_points),
            fmt_decimal(limit))

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or self.view is None:
            return None
        s = self.sub(index.row())
        col = index.column()
        is_draft = 2 <= col < 2 + self.n_eval
        cell = s.drafts[col - 2] if is_draft else None
        if role == ObjectRole:
            return s
        if role == DivergesRole:
            return s.diverges
        if role == StatusRole:
            return s.status.value
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            if col == self.COL_SUB:
                return f"{s.number} {s.title}"
            if col == self.COL_MAX:
                return fmt_decimal(s.max_points)
            if is_draft:
                if not cell.visible:
                    return translate("ScoreTableModel", "dolt")
                return fmt_decimal(cell.points) if cell.points is not None else ""
            if col == self.col_agreed:
                return fmt_decimal(s.agreed)
            if col == self.col_points:
                return translate(
                        "ScoreTableModel", "dolt prel.") if s.points_hidden else fmt_result(s.points, s.status)
            if col == self.col_percent:
                return "" if s.points_hidden else fmt_percent(s.points, s.max_points)
            if col == self.col_evidence:
                text = f"{s.in_place} / {s.planned}"
                return ("⚠ " + text) if s.without_evidence else text
        if role == Qt.EditRole:
            if is_draft:
                return fmt_decimal(cell.points) if cell.visible else ""
            if col == self.col_agreed:
                return fmt_decimal(s.agreed)
            return self.data(index, Qt.DisplayRole)
        if role == Qt.TextAlignmentRole:
            if col == self.COL_SUB:
                return int(Qt.AlignLeft | Qt.AlignVCenter)
            return int(Qt.AlignCenter)
        if role == Qt.FontRole:
            f = QFont()
            if col == self.col_points and s.status is ScoreStatus.PRELIMINARY:
                f.setItalic(True)
            elif col == self.col_points and s.status is ScoreStatus.AGREED:
                f.setBold(True)
            elif is_draft and not cell.visible:
                f.setItalic(True)
            return f
        if role == Qt.ForegroundRole:
            if is_draft and not cell.visible:
                return QBrush(HIDDEN_FG)
            if col in (self.col_points, self.col_percent) and s.status is not ScoreStatus.AGREED:
                return QBrush(HIDDEN_FG)
            if col == self.col_evidence and s.without_evidence:
                return QBrush(WARN_FG)
        if role == Qt.BackgroundRole:
            if s.diverges and (is_draft or col == self.COL_SUB):
                return QBrush(DIVERGE_BG)
        if role == Qt.ToolTipRole:
            if col == self.COL_SUB:
                tip = f"{s.number} {s.title}"
                if s.diverges:
                    tip += "\n\n" + self._divergence_tip(s)
                return tip
            if is_draft:
                if not cell.visible:
                    return translate(
                            "ScoreTableModel", "Dolt tills du markerat dina egna utkast för området som klara "
                               "(blind bedömning).")
                tips = []
                if cell.entered_by:
                    tips.append(translate("ScoreTableModel", "Inmatat av {0} för {1}.").format(
                        cell.entered_by, cell.name))
                if s.diverges:
                    tips.append(self._divergence_tip(s))
                return "\n\n".join(tips) or None
            if col == self.col_agreed and s.agreed is not None and s.spread and \
                    all(d.visible for d in s.drafts):  # the spread would reveal hidden drafts
                names = {d.evaluator_id: d.name for d in s.drafts}
                parts = [f"{names.get(k, '?')}: {fmt_decimal(Decimal(v))}" for k, v in s.spread.items()]
                return translate(
                        "ScoreTableModel", "Överenskommen utifrån utkasten: {0}").format(", ".join(parts))
            if col == self.col_points and s.points_hidden:
                return translate(
                        "ScoreTableModel", "Preliminär poäng (medel av utkasten) döljs tills du markerat dina "
                           "utkast som klara: den skulle avslöja de andras utkast.")
            if col == self.col_points:
                return {ScoreStatus.AGREED: translate("ScoreTableModel", "Överenskommen poäng"),
                        ScoreStatus.PRELIMINARY: translate(
                                "ScoreTableModel", "Preliminär: medel av utkasten, ingen "
                                                     "överenskommen poäng ännu"),
                        ScoreStatus.UNSCORED: translate("ScoreTableModel", "Ej bedömd")}[s.status]
            if col == self.col_evidence:
                tip = translate(
                        "ScoreTableModel", "{0} på plats, {1} planerat (planerat tillgodoräknas inte)").format(
                    s.in_place, s.planned)
                if s.without_evidence:
                    tip = translate(
                            "ScoreTableModel", "Poängsatt utan underlag som finns på plats.") + "\n" + tip
                return tip
        return None

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or not index.isValid() or self.write is None:
            return False
        s = self.sub(index.row())
        col = index.column()
        try:
            points = parse_points(str(value), s.max_points)
            if col == self.col_agreed:
                if points == s.agreed:
                    return True
                self.write("agreed", s.number, points)
            elif 2 <= col < 2 + self.n_eval and s.drafts[col - 2].mine:
                if points == s.drafts[col - 2].points:
                    return True
                self.write("draft", s.number, points)
            else:
                return False
        except KompassError as e:
            self.error.emit(translate(
                    "ScoreTableModel", "Delområde {0}: {1}").format(s.number, error_text(e)))
            return False
        self.error.emit("")
        return True


class PointsDelegate(QStyledItemDelegate):
    """Point entry: a line edit that takes "12,5" as well as "12.5"."""

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignCenter)
        editor.setPlaceholderText("0–" + index.sibling(index.row(), 1).data())
        editor.setAccessibleName(translate("PointsDelegate", "Poäng"))
        return editor

    def setEditorData(self, editor, index):
        editor.setText(index.data(Qt.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor, model, index):
        model.setData(index, editor.text(), Qt.EditRole)


class EvidenceModel(QAbstractTableModel):
    """Evidence of one sub-area and one status (in place / planned)."""

    def __init__(self, planned: bool, parent=None):
        super().__init__(parent)
        self.planned = planned
        self.items: list[EvidenceItem] = []

    def set_items(self, items: list[EvidenceItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return [translate("EvidenceModel", "Källa"),
                    translate("EvidenceModel", "Underlag")][section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        it = self.items[index.row()]
        if role == ObjectRole:
            return it
        if role == Qt.DisplayRole:
            if index.column() == 0:
                kind = {"interview": translate(
                        "EvidenceModel", "Intervju"), "document": translate("EvidenceModel", "Dokument"),
                        "website": translate("EvidenceModel", "Webb")}.get(it.source, it.source)
                return f"{kind}: {it.source_title}" if it.source_title else kind
            text = " ".join(it.text.split())
            if self.planned:
                text = translate("EvidenceModel", "[Planerat – ej tillgodoräknat] ") + text
            return text
        if role == Qt.ToolTipRole:
            tip = it.text
            if it.page:
                tip += "\n" + translate("EvidenceModel", "Sida: ") + it.page
            if self.planned:
                tip = translate(
                        "EvidenceModel", "Planerat – ej tillgodoräknat: bara det som finns på plats ger poäng.") + \
                    "\n\n" + tip
            return tip + "\n\n" + translate("EvidenceModel", "Dubbelklicka för att öppna källan.")
        if role == Qt.ForegroundRole and self.planned:
            return QBrush(HIDDEN_FG)
        if role == Qt.FontRole and self.planned:
            f = QFont()
            f.setItalic(True)
            return f
        return None


class ListItemModel(QAbstractListModel):
    """An ordered list (strengths or improvements); editing a row writes its text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[dict] = []
        self.write = None  # callable(item_id, text)
        self.error_sink = None

    def set_items(self, items: list[dict]) -> None:
        if [i["id"] for i in items] == [i["id"] for i in self.items]:
            self.items = items
            if items:
                self.dataChanged.emit(self.index(0), self.index(len(items) - 1))
            return
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.items)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        it = self.items[index.row()]
        cited = self.cited(it)
        if role == Qt.DisplayRole:
            suffix = translate("ListItemModel", "  [{0} underlag]").format(len(cited))
            return (it["text"] or "") + (suffix if cited else "")
        if role in (Qt.EditRole, Qt.ToolTipRole):
            return it["text"] or ""
        if role == ObjectRole:
            return it
        return None

    @staticmethod
    def cited(item: dict) -> list[str]:
        try:
            ids = json.loads(item.get("evidence_ids") or "[]")
        except ValueError:
            return []
        return ids if isinstance(ids, list) else []

    def flags(self, index):
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsEditable

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or self.write is None:
            return False
        it = self.items[index.row()]
        text = str(value)
        if text.strip() == (it["text"] or "").strip():
            return True
        try:
            self.write(it["id"], text)
        except KompassError as e:
            if self.error_sink:
                self.error_sink(error_text(e))
            return False
        return True


class GoodExampleModel(QAbstractTableModel):
    FIELDS = ("subarea", "municipality", "what", "why")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.write = None  # callable(example_id, field, value)
        self.error_sink = None

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return [translate("GoodExampleModel", "Delområde"), translate("GoodExampleModel", "Kommun"),
                    translate("GoodExampleModel", "Vad"), translate("GoodExampleModel", "Varför")][section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role in (Qt.DisplayRole, Qt.EditRole, Qt.ToolTipRole):
            return r[self.FIELDS[index.column()]] or ""
        if role == ObjectRole:
            return r
        return None

    def flags(self, index):
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsEditable

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or self.write is None:
            return False
        r = self.rows[index.row()]
        field = self.FIELDS[index.column()]
        if str(value) == (r[field] or ""):
            return True
        try:
            self.write(r["id"], field, str(value))
        except KompassError as e:
            if self.error_sink:
                self.error_sink(error_text(e))
            return False
        return True


