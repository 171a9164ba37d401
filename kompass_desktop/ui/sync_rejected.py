"""Values a merge refused (PRODUCT §3.7): the Sync page's list of what came in from a
colleague's file but failed validation, by row and field, with the reason.

The list comes from the merge that just ran, or else from the last merge in the file's
history (services.sync.last_rejected); nothing here reads the file itself.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from kompass_desktop.services import sync
from kompass_desktop.ui.sync_view import _ListModel

CONTEXT = "RejectedModel"

# What a refused value belonged to and which field, as the workbench names them.
KINDS = {
    "evaluation": QT_TRANSLATE_NOOP("RejectedModel", "Utvärdering"),
    "evaluator": QT_TRANSLATE_NOOP("RejectedModel", "Utvärderare"),
    "interview": QT_TRANSLATE_NOOP("RejectedModel", "Intervju"),
    "participant": QT_TRANSLATE_NOOP("RejectedModel", "Deltagare"),
    "document": QT_TRANSLATE_NOOP("RejectedModel", "Dokument"),
    "evidence": QT_TRANSLATE_NOOP("RejectedModel", "Underlag"),
    "evidence_tag": QT_TRANSLATE_NOOP("RejectedModel", "Koppling av underlag"),
    "score_draft": QT_TRANSLATE_NOOP("RejectedModel", "Utkastpoäng"),
    "score_agreed": QT_TRANSLATE_NOOP("RejectedModel", "Överenskommen poäng"),
    "area_ready": QT_TRANSLATE_NOOP("RejectedModel", "Klarmarkering"),
    "area_text": QT_TRANSLATE_NOOP("RejectedModel", "Områdestext"),
    "subarea_text": QT_TRANSLATE_NOOP("RejectedModel", "Delområdestext"),
    "list_item": QT_TRANSLATE_NOOP("RejectedModel", "Styrka/förbättring"),
    "good_example": QT_TRANSLATE_NOOP("RejectedModel", "Gott exempel"),
    "comparison_series": QT_TRANSLATE_NOOP("RejectedModel", "Jämförelseserie"),
}
FIELDS = {
    "points": QT_TRANSLATE_NOOP("RejectedModel", "poäng"),
    "rationale": QT_TRANSLATE_NOOP("RejectedModel", "motivering"),
    "subarea": QT_TRANSLATE_NOOP("RejectedModel", "delområde"),
    "area": QT_TRANSLATE_NOOP("RejectedModel", "område"),
    "areas_json": QT_TRANSLATE_NOOP("RejectedModel", "poäng per område"),
    "total": QT_TRANSLATE_NOOP("RejectedModel", "totalt"),
    "year": QT_TRANSLATE_NOOP("RejectedModel", "år"),
    "framework_json": QT_TRANSLATE_NOOP("RejectedModel", "ramverk"),
    "_deleted": QT_TRANSLATE_NOOP("RejectedModel", "borttagen"),
    "text": QT_TRANSLATE_NOOP("RejectedModel", "text"),
    "notes": QT_TRANSLATE_NOOP("RejectedModel", "anteckningar"),
    "title": QT_TRANSLATE_NOOP("RejectedModel", "titel"),
    "name": QT_TRANSLATE_NOOP("RejectedModel", "namn"),
    "position": QT_TRANSLATE_NOOP("RejectedModel", "ordning"),
    "interview_id": QT_TRANSLATE_NOOP("RejectedModel", "intervju"),
    "document_id": QT_TRANSLATE_NOOP("RejectedModel", "dokument"),
    "evidence_id": QT_TRANSLATE_NOOP("RejectedModel", "underlag"),
    "blob_sha": QT_TRANSLATE_NOOP("RejectedModel", "bifogad fil"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _swedish() -> bool:
    from kompass_desktop.ui.i18n import current_language
    return current_language() == "sv"


class RejectedModel(_ListModel):
    """Vad / Fält / Värde / Skäl for each refused value."""
    HEADERS_CONTEXT = CONTEXT
    HEADERS = (QT_TRANSLATE_NOOP("RejectedModel", "Vad"), QT_TRANSLATE_NOOP("RejectedModel", "Fält"),
               QT_TRANSLATE_NOOP("RejectedModel", "Värde"), QT_TRANSLATE_NOOP("RejectedModel", "Skäl"))

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        r = self.items[index.row()]
        kind = r.get("kind", "")
        col = index.column()
        if col == 0:
            return f"{_tr(KINDS[kind]) if kind in KINDS else kind} {r.get('label') or str(r.get('id', ''))[:8]}"
        if col == 1:
            field = r.get("field", "")
            return _tr(FIELDS[field]) if field in FIELDS else field
        if col == 2:
            text = str(r.get("value", ""))
            return text if role == Qt.ToolTipRole or len(text) <= 60 else text[:59] + "…"
        return (r.get("reason_sv") if _swedish() else None) or r.get("reason", "")


class RejectedPanel(QWidget):
    """The tab of the Sync page that lists refused values."""

    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view
        layout = QVBoxLayout(self)
        self.note = QLabel(self.tr("Värden från kollegans fil som inte klarade kontrollen "
                                   "(fel typ, utanför gränserna eller med en trasig klocka). "
                                   "De togs inte in; resten av filen slogs ihop."))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.model = RejectedModel(self)
        self.table = view._table(self.model)
        self.table.setAccessibleName(self.tr("Avvisade värden"))
        for col, width in ((0, 220), (1, 140), (2, 220)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table)

    def items_to_show(self) -> list[dict]:
        """The merge that just ran (also one that brought nothing new, or a preview with
        nothing to merge), else the last one in the file's history."""
        report = self.view.last_report
        if report is not None and (not report.dry_run or report.empty):
            return report.rejected
        return sync.last_rejected(self.view.store)

    def refresh(self, tabs: QTabWidget) -> None:
        items = self.items_to_show()
        self.model.set_items(items)
        i = tabs.indexOf(self)
        tabs.setTabText(i, self.tr("Avvisade värden (%n)", "", len(items)) if items
                        else self.tr("Avvisade värden"))

    @staticmethod
    def summary_line(report: sync.MergeReport) -> str | None:
        """One line for the merge text: how many values were refused."""
        if not report.rejected:
            return None
        return QCoreApplication.translate(
            "RejectedPanel", "Ogiltiga värden som inte togs in: %n (se fliken Avvisade värden).",
            "", len(report.rejected))
