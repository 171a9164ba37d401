"""Sync view: merge from a colleague's file (with preview), open conflicts side by side,
duplicate documents, merge history and undo of the last merge (PRODUCT §3.7).

Merges run on a worker thread with their own connection to the file, so the window stays
responsive; the view only reads through services and writes through `session.edit`.
"""
from __future__ import annotations

import html
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt,
                            Signal, Slot)
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QFrame, QHBoxLayout, QHeaderView,
                               QLabel, QMessageBox, QPlainTextEdit, QProgressBar, QPushButton,
                               QSplitter, QStackedWidget, QTabWidget, QTableView, QTextBrowser,
                               QVBoxLayout, QWidget)

from kompass_desktop.domain import merge as rules
from kompass_desktop.domain.errors import KompassError
from kompass_desktop.services import sync
from kompass_desktop.storage.merge import MergeCancelled
from kompass_desktop.storage.store import EvaluationStore
from kompass_desktop.ui import names
from kompass_desktop.ui.common import REFRESH_ALL, empty_hint, error_text, show_error
from kompass_desktop.ui.scoring.points import fmt_decimal
from kompass_desktop.ui.backups import open_backups_dialog, show_copy_size
from kompass_desktop.ui.workers import Task, start_task

def _fmt(value: Any, field: str = "") -> str:
    """A value in the conflict list: points as the rest of the workbench writes them (12,5)."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return QCoreApplication.translate("SyncTables", "borttagen") if value else \
            QCoreApplication.translate("SyncTables", "finns kvar")
    if field == "points":
        try:
            return fmt_decimal(Decimal(str(value)))
        except ArithmeticError:
            pass
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


# ---- worker -------------------------------------------------------------------------------


def _merge(path: Path, actor, theirs: Path, dry_run: bool, allow_other: bool, task: Task):
    """A merge (or its preview) on its own connection to the open file, on a worker thread;
    after a merge, what the page lists is read there too (listing the conflicts reads the
    whole version log: on the UI thread it froze the window for a large file)."""
    report = sync.merge_on_own_connection(
        path, actor, theirs, dry_run=dry_run, allow_other_evaluation=allow_other,
        progress=task.report, cancelled=task.is_cancelled)
    if dry_run or report.empty:
        return report, None
    with EvaluationStore.open(path, actor) as store:
        return report, _lists(store)


def _lists(store) -> dict:
    """Everything the page lists, read from one store."""
    ok, why = sync.can_undo_last_merge(store)
    conflicts = sync.list_conflicts(store)
    return {"conflicts": conflicts, "duplicates": sync.duplicate_documents(store),
            "history": sync.merge_history(store), "can_undo": (ok, why),
            "draft_of": sync.draft_owners(store, conflicts)}


# ---- models -------------------------------------------------------------------------------


class _ListModel(QAbstractTableModel):
    """A read-only table over a list of items; subclasses give HEADERS and data()."""
    HEADERS: tuple[str, ...] = ()
    HEADERS_CONTEXT = "SyncTables"  # the translation context the HEADERS are marked in

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list = []

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()):
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return QCoreApplication.translate(self.HEADERS_CONTEXT, self.HEADERS[section])
        return None


class ConflictModel(_ListModel):
    draft_of: dict[str, str] = {}  # score_draft row id -> the evaluator whose draft it is

    HEADERS = (
        QT_TRANSLATE_NOOP("SyncTables", "Vad"),
        QT_TRANSLATE_NOOP("SyncTables", "Fält"),
        QT_TRANSLATE_NOOP("SyncTables", "Mitt värde"),
        QT_TRANSLATE_NOOP("SyncTables", "Deras värde"),
        QT_TRANSLATE_NOOP("SyncTables", "Av"),
        QT_TRANSLATE_NOOP("SyncTables", "När"),
    )
    ConflictRole = Qt.UserRole + 1

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        c = self.items[index.row()]
        if role == self.ConflictRole:
            return c
        if role == Qt.ToolTipRole and index.column() in (2, 3):
            return str(c.mine if index.column() == 2 else [t.value for t in c.theirs])
        if role != Qt.DisplayRole:
            return None
        theirs = c.theirs
        col = index.column()
        if col == 0:
            text = f"{names.kind(c.kind)}: {c.label}"
            whose = self.draft_of.get(c.row_id)
            if whose:  # whose draft the conflict is about
                text += " " + QCoreApplication.translate("SyncTables", "({0}s utkast)").format(whose)
            return text
        if col == 1:
            return names.field(c.field)
        if col == 2:
            return _fmt(c.mine_deleted if c.type == rules.DELETE else c.mine, c.field)
        if col == 3:
            if c.type == rules.DELETE:
                return _fmt(not c.mine_deleted)
            return " | ".join(_fmt(t.value, c.field) for t in theirs) or "–"
        if col == 4:
            return ", ".join(sorted({t.author for t in theirs}))
        if col == 5:
            return max((t.when for t in theirs), default=None) and \
                max(t.when for t in theirs).astimezone().strftime("%Y-%m-%d %H:%M")
        return None


class HistoryModel(_ListModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("SyncTables", "När"),
        QT_TRANSLATE_NOOP("SyncTables", "Från fil"),
        QT_TRANSLATE_NOOP("SyncTables", "Från vem"),
        QT_TRANSLATE_NOOP("SyncTables", "Tillagda"),
        QT_TRANSLATE_NOOP("SyncTables", "Ändrade"),
        QT_TRANSLATE_NOOP("SyncTables", "Borttagna"),
        QT_TRANSLATE_NOOP("SyncTables", "Konflikter"),
        "",
    )

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role != Qt.DisplayRole:
            return None
        r = self.items[index.row()]
        from datetime import datetime
        values = (datetime.fromisoformat(r["at"]).astimezone().strftime("%Y-%m-%d %H:%M"),
                  r["peer_file"], ", ".join(r["peer_authors"]), r["added"], r["changed"],
                  r["deleted"], r["conflicts"], self.tr("ångrad") if r["undone"] else "")
        return values[index.column()]


class DuplicateModel(_ListModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("SyncTables", "Dokument"),
        QT_TRANSLATE_NOOP("SyncTables", "Dubblett"),
        QT_TRANSLATE_NOOP("SyncTables", "Varför"),
    )

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role != Qt.DisplayRole:
            return None
        p = self.items[index.row()]

        def doc(d):
            return " · ".join(str(x) for x in (d["title"], d["issuer"], d["year"], d["file_name"]) if x)
        return (doc(p.keep), doc(p.drop), p.reason)[index.column()]


# ---- the view -----------------------------------------------------------------------------


def diff_html(mine: str | None, theirs: str | None, side: str) -> str:
    """One side of a word diff: removed passages red on mine, added ones green on theirs."""
    out = []
    for tag, a, b in rules.text_diff_ops(mine, theirs):
        text = a if side == "mine" else b
        if not text:
            continue
        t = html.escape(text)
        if tag == "equal":
            out.append(t)
        elif side == "mine":
            out.append(f'<span style="background:#f8d7da">{t}</span>')
        else:
            out.append(f'<span style="background:#d4edda">{t}</span>')
    return f'<div style="white-space: pre-wrap">{"".join(out)}</div>'


class SyncView(QWidget):
    navigate = Signal(str, str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.job: Task | None = None  # one merge at a time on this file
        self._job_dry = False
        self.pending: tuple[Path, bool] | None = None
        self.last_report: sync.MergeReport | None = None
        self._stale = False
        self._build()
        session.changed.connect(self._on_changed)
        self.refresh()

    # ---- layout --------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Synkronisera med kollegors filer"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(title)
        bar = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("Slå ihop från fil…"))
        self.merge_button.setToolTip(self.tr("Hämta in ändringarna från en kollegas kopia. "
                                             "Du ser först vad som kommer in."))
        self.merge_button.clicked.connect(self.ask_merge)
        self.share_button = QPushButton(self.tr("Spara en kopia för delning…"))
        self.share_button.clicked.connect(self.ask_share)
        self.undo_button = QPushButton(self.tr("Ångra senaste sammanslagning"))
        self.undo_button.clicked.connect(self.undo_merge)
        self.backups_button = QPushButton(self.tr("Säkerhetskopior…"))
        self.backups_button.clicked.connect(
            lambda: open_backups_dialog(self, self.store).finished.connect(self.refresh))
        for b in (self.merge_button, self.share_button, self.undo_button, self.backups_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("Avbryt"))
        self.cancel_button.clicked.connect(self.cancel)
        prow = QHBoxLayout()
        prow.addWidget(self.progress, 1)
        prow.addWidget(self.cancel_button)
        self.progress_row = QWidget()
        self.progress_row.setLayout(prow)
        self.progress_row.hide()
        layout.addWidget(self.progress_row)

        self.preview = QFrame()
        self.preview.setFrameShape(QFrame.StyledPanel)
        pv = QVBoxLayout(self.preview)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.PlainText)
        pv.addWidget(self.preview_label)
        pb = QHBoxLayout()
        self.confirm_button = QPushButton(self.tr("Slå ihop"))
        self.confirm_button.clicked.connect(self.confirm_merge)
        self.discard_button = QPushButton(self.tr("Avstå"))
        self.discard_button.clicked.connect(self._close_preview)
        pb.addStretch(1)
        pb.addWidget(self.discard_button)
        pb.addWidget(self.confirm_button)
        pv.addLayout(pb)
        self.preview.hide()
        layout.addWidget(self.preview)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.PlainText)
        layout.addWidget(self.status)

        # One tab per list; each shows a sentence instead of empty boxes when it has nothing
        # (add_list_tab: further lists plug in the same way).
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.empty_states: dict[str, QStackedWidget] = {}
        self.add_list_tab("conflicts", self._build_conflicts(), self.tr("Konflikter"), self.tr(
            "Inga öppna konflikter. När du slår ihop en kollegas fil visas här de fält som ni "
            "båda har ändrat, så att du kan välja vilket värde som gäller."))
        self.add_list_tab("duplicates", self._build_duplicates(), self.tr("Dubbletter"), self.tr(
            "Inga dokument verkar finnas två gånger. Om två utvärderare lägger in samma dokument "
            "var för sig föreslås de här för sammanslagning."))
        self.add_list_tab("history", self._build_history(), self.tr("Historik"), self.tr(
            "Ingen sammanslagning ännu. Varje sammanslagning listas här: när, från vilken fil "
            "och vem, och vad som kom in."))

        from kompass_desktop.ui.sync_rejected import RejectedPanel
        self.rejected_panel = RejectedPanel(self)
        self.tabs.addTab(self.rejected_panel, "")

    def add_list_tab(self, key: str, content: QWidget, title: str, empty_text: str) -> int:
        """A tab with a list, and the sentence shown instead while the list is empty."""
        stack = QStackedWidget()
        stack.addWidget(content)
        stack.addWidget(empty_hint(empty_text))
        self.empty_states[key] = stack
        return self.tabs.addTab(stack, title)

    def set_empty(self, key: str, empty: bool) -> None:
        self.empty_states[key].setCurrentIndex(1 if empty else 0)

    def _table(self, model) -> QTableView:
        t = QTableView()
        t.setModel(model)
        t.setSelectionBehavior(QAbstractItemView.SelectRows)
        t.setSelectionMode(QAbstractItemView.SingleSelection)
        t.setAlternatingRowColors(True)
        t.verticalHeader().hide()
        t.horizontalHeader().setStretchLastSection(True)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        return t

    def _build_conflicts(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        self.conflict_model = ConflictModel(self)
        self.conflict_table = self._table(self.conflict_model)
        self.conflict_table.setAccessibleName(self.tr("Öppna konflikter"))
        self.conflict_table.selectionModel().currentRowChanged.connect(self._show_conflict)
        for col, width in ((0, 260), (1, 120), (2, 200), (3, 200), (4, 120)):
            self.conflict_table.setColumnWidth(col, width)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.conflict_table)
        detail = QWidget()
        d = QVBoxLayout(detail)
        d.setContentsMargins(0, 0, 0, 0)
        sides = QHBoxLayout()
        self.mine_title, self.theirs_title = QLabel(), QLabel()
        self.mine_text, self.theirs_text = QTextBrowser(), QTextBrowser()
        for t, b in ((self.mine_title, self.mine_text), (self.theirs_title, self.theirs_text)):
            col = QVBoxLayout()
            t.setStyleSheet("font-weight: 600;")
            col.addWidget(t)
            col.addWidget(b)
            sides.addLayout(col)
        d.addLayout(sides, 2)
        self.proposal_label = QLabel(self.tr("Förslag till sammanslagen text – granska och ändra, "
                                             "bekräfta sedan:"))
        self.proposal = QPlainTextEdit()
        self.proposal.setAccessibleName(self.tr("Förslag till sammanslagen text"))
        d.addWidget(self.proposal_label)
        d.addWidget(self.proposal, 1)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Behåll mitt"))
        self.take_theirs = QPushButton(self.tr("Ta deras"))
        self.keep_both = QPushButton(self.tr("Behåll båda"))
        self.use_proposal = QPushButton(self.tr("Använd förslaget"))
        self.all_mine = QPushButton(self.tr("Lös alla: behåll mina"))
        self.all_theirs = QPushButton(self.tr("Lös alla: ta deras"))
        self.keep_mine.clicked.connect(lambda: self.resolve_current("mine"))
        self.take_theirs.clicked.connect(lambda: self.resolve_current("theirs"))
        self.keep_both.clicked.connect(lambda: self.resolve_current("both"))
        self.use_proposal.clicked.connect(lambda: self.resolve_current("value"))
        self.all_mine.clicked.connect(lambda: self.resolve_all("mine"))
        self.all_theirs.clicked.connect(lambda: self.resolve_all("theirs"))
        for b in (self.keep_mine, self.take_theirs, self.keep_both, self.use_proposal):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.all_mine)
        buttons.addWidget(self.all_theirs)
        d.addLayout(buttons)
        split.addWidget(detail)
        split.setSizes([220, 320])
        v.addWidget(split)
        return w

    def _build_duplicates(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.addWidget(QLabel(self.tr("Dokument som två utvärderare verkar ha lagt in var för sig. "
                                   "Slå ihop dem så flyttas underlagen till det första.")))
        self.duplicate_model = DuplicateModel(self)
        self.duplicate_table = self._table(self.duplicate_model)
        v.addWidget(self.duplicate_table)
        row = QHBoxLayout()
        join = QPushButton(self.tr("Slå ihop dokumenten"))
        join.clicked.connect(self.join_selected)
        dismiss = QPushButton(self.tr("Inte dubbletter"))
        dismiss.clicked.connect(self.dismiss_selected)
        self.join_button, self.dismiss_button = join, dismiss
        self.duplicate_table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._duplicate_buttons())
        row.addStretch(1)
        row.addWidget(dismiss)
        row.addWidget(join)
        v.addLayout(row)
        return w

    def _build_history(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        self.history_model = HistoryModel(self)
        self.history_table = self._table(self.history_model)
        for col, width in ((0, 140), (1, 260), (2, 180)):
            self.history_table.setColumnWidth(col, width)
        v.addWidget(self.history_table)
        return w

    # ---- refresh -------------------------------------------------------------------

    @property
    def store(self):
        return self.session.store

    def _on_changed(self, tables) -> None:
        # Listing conflicts and the undo check read the whole version log: not after every
        # keystroke saved elsewhere while this view is hidden. A reload (merge, undo of a
        # merge) refreshes at once; a hidden view catches up when it is shown.
        if self.isVisible() or REFRESH_ALL in tables:
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _duplicate_buttons(self) -> None:
        chosen = self._selected_pair() is not None
        self.join_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)

    def refresh(self) -> None:
        self._stale = False
        lists, self._fresh_lists = getattr(self, "_fresh_lists", None), None
        if lists is None:
            lists = _lists(self.store)
        conflicts = lists["conflicts"]
        self.conflict_model.draft_of = lists["draft_of"]
        self.conflict_model.set_items(conflicts)
        self.set_empty("conflicts", not conflicts)
        self.tabs.setTabText(0, self.tr("Konflikter (%n)", "", len(conflicts)) if conflicts
                             else self.tr("Konflikter"))
        pairs = lists["duplicates"]
        self.duplicate_model.set_items(pairs)
        self.set_empty("duplicates", not pairs)
        self._duplicate_buttons()
        self.tabs.setTabText(1, self.tr("Dubbletter (%n)", "", len(pairs)) if pairs
                             else self.tr("Dubbletter"))
        history = lists["history"]
        self.history_model.set_items(history)
        self.set_empty("history", not history)
        self.rejected_panel.refresh(self.tabs)
        self._update_status(len(conflicts))
        ok, why = lists["can_undo"]
        self.undo_button.setEnabled(ok and self.job is None)
        self.undo_button.setToolTip(why)
        if conflicts:
            self.conflict_table.selectRow(0)
        else:
            self._show_conflict(QModelIndex())

    def current_conflict(self) -> sync.Conflict | None:
        idx = self.conflict_table.currentIndex()
        if not idx.isValid():
            return None
        return self.conflict_model.items[idx.row()]

    @Slot(QModelIndex)
    def _show_conflict(self, index: QModelIndex, _prev=None) -> None:
        c = self.conflict_model.items[index.row()] if index.isValid() and \
            index.row() < len(self.conflict_model.items) else None
        for b in (self.keep_mine, self.take_theirs, self.keep_both, self.use_proposal,
                  self.all_mine, self.all_theirs):
            b.setEnabled(c is not None)
        if c is None:
            self.mine_title.setText(self.tr("Inga öppna konflikter"))
            self.theirs_title.clear()
            self.mine_text.clear()
            self.theirs_text.clear()
            self.proposal.clear()
            self.proposal.setEnabled(False)
            self.proposal.hide()
            self.proposal_label.hide()
            return
        theirs = c.theirs[-1] if c.theirs else None
        mine_choice = next((ch for ch in c.choices if ch.is_mine), None)
        when = (lambda ch: ch.when.astimezone().strftime("%Y-%m-%d %H:%M")) if theirs else None
        self.mine_title.setText(self.tr("Mitt värde") + (
            f" – {mine_choice.author}, {when(mine_choice)}" if mine_choice and when else ""))
        self.theirs_title.setText(self.tr("Deras värde") + (
            f" – {theirs.author}, {when(theirs)}" if theirs else ""))
        if c.type == rules.DELETE:
            what = f"\n\n{c.label}"
            self.mine_text.setPlainText((self.tr("Borttagen här.") if c.mine_deleted
                                         else self.tr("Finns kvar här (ändrad).")) + what)
            self.theirs_text.setPlainText((self.tr("Ändrad hos kollegan utan att se borttagningen.")
                                           if c.mine_deleted else
                                           self.tr("Borttagen hos kollegan.")) + what)
        elif c.type == rules.FRAMEWORK:
            self.mine_text.setPlainText(_framework_summary(c.mine))
            self.theirs_text.setPlainText(_framework_summary(theirs.value if theirs else None))
        else:
            self.mine_text.setHtml(diff_html(_s(c.mine), _s(theirs.value if theirs else None), "mine"))
            self.theirs_text.setHtml(diff_html(_s(c.mine), _s(theirs.value if theirs else None), "theirs"))
        proposal = c.proposal()
        self.keep_both.setEnabled(c.is_text)
        self.use_proposal.setEnabled(proposal is not None)
        self.proposal.setEnabled(proposal is not None)
        self.proposal_label.setVisible(proposal is not None)
        self.proposal.setVisible(proposal is not None)
        if proposal is not None:
            self.proposal.setPlainText(proposal.text())
            self.proposal_label.setText(
                self.tr("Förslag till sammanslagen text – granska och ändra, bekräfta sedan:")
                if proposal.clean else
                self.tr("Båda har ändrat samma stycke; förslaget tar med båda – redigera och bekräfta:"))
        if c.type == rules.DELETE:
            self.keep_mine.setText(self.tr("Behåll borttagen") if c.mine_deleted
                                   else self.tr("Behåll kvar"))
            self.take_theirs.setText(self.tr("Återställ") if c.mine_deleted else self.tr("Ta bort"))
        else:
            self.keep_mine.setText(self.tr("Behåll mitt"))
            self.take_theirs.setText(self.tr("Ta deras"))

    # ---- resolving -----------------------------------------------------------------

    def resolve_current(self, choice: str) -> None:
        c = self.current_conflict()
        if c is None:
            return
        value = self.proposal.toPlainText() if choice == "value" else None
        label = {"mine": self.tr("Behåll mitt värde"), "theirs": self.tr("Ta kollegans värde"),
                 "both": self.tr("Behåll båda texterna"),
                 "value": self.tr("Använd sammanslagen text")}[choice]
        try:
            self.session.edit(label, lambda: sync.resolve(self.store, c, choice, value))
        except KompassError as e:
            QMessageBox.warning(self, self.tr("Kan inte lösa konflikten"), error_text(e))
        self.refresh()

    def resolve_all(self, choice: str) -> None:
        label = self.tr("Lös alla konflikter")
        self.session.edit(label, lambda: sync.resolve_all(self.store, choice))
        self.refresh()

    # ---- duplicates ----------------------------------------------------------------

    def _selected_pair(self):
        idx = self.duplicate_table.currentIndex()
        return self.duplicate_model.items[idx.row()] if idx.isValid() else None

    def join_selected(self) -> None:
        p = self._selected_pair()
        if p is not None:
            self.session.edit(self.tr("Slå ihop dokument"),
                              lambda: sync.join_documents(self.store, p.keep["id"], p.drop["id"]))
            self.refresh()

    def dismiss_selected(self) -> None:
        p = self._selected_pair()
        if p is not None:
            sync.dismiss_duplicate(self.store, p)
            self.refresh()

    # ---- merging -------------------------------------------------------------------

    def ask_merge(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Slå ihop från en kollegas fil"), "",
                                              self.tr("Kompass-utvärdering (*.kompass *.kompass-enc)"))
        if path:
            from kompass_desktop.ui.share_options import passphrase_for_merge
            if passphrase_for_merge(self, Path(path)):  # asks only for an encrypted copy
                self.start_merge(Path(path), preview=True)

    def start_merge(self, theirs: Path, preview: bool = True, allow_other: bool = False) -> None:
        if self.job is not None:
            return
        self._close_preview()
        self.pending = (Path(theirs), allow_other)
        store = self.store
        self._job_dry = preview
        self.progress.setValue(0)
        self.progress_row.show()
        self.merge_button.setEnabled(False)
        self.undo_button.setEnabled(False)
        self.status.setText(self.tr("Läser in kollegans fil…") if preview
                            else self.tr("Slår ihop…"))
        self.job = start_task(
            lambda task: _merge(store.path, store.actor, Path(theirs), preview, allow_other, task),
            self._on_finished, self._on_error, self._on_progress)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    @Slot(float, str)
    def _on_progress(self, fraction: float, text: str) -> None:
        self.progress.setValue(int(fraction * 100))

    def _job_done(self) -> None:
        self.job = None
        self.progress_row.hide()
        self.merge_button.setEnabled(True)

    @Slot(object)
    def _on_finished(self, result) -> None:
        report, lists = result
        dry = self._job_dry
        self._job_done()
        self.last_report = report
        if dry:
            self.status.clear()
            if report.empty:
                self.status.setText("\n".join(filter(None, (self.tr(
                    "Inget nytt i %1 – den är redan inläst.").replace("%1", report.peer_file),
                    self.rejected_panel.summary_line(report)))))
                self.rejected_panel.refresh(self.tabs)
                self.pending = None
                return
            self.preview_label.setText(self.describe(report, preview=True))
            self.preview.show()
            return
        # The merge ran on its own connection: keep our clock ahead and reload everything.
        sync.after_merge_elsewhere(self.store, report)
        self._forget_passphrase()
        self.pending = None
        self.status.setText(self.describe(report, preview=False))
        if lists is not None:
            for c in lists["conflicts"]:
                c._store = self.store  # read on the worker's connection; looked up here from now on
        self._fresh_lists = lists
        self.session.reload()  # emits changed: this view refreshes with the others
        if report.conflicts:
            self.tabs.setCurrentIndex(0)

    def _on_error(self, error: BaseException) -> None:
        if isinstance(error, MergeCancelled):
            self._on_failed("", False)
        elif isinstance(error, sync.OtherEvaluationRefused):
            self._on_failed(error_text(error), True)
        elif isinstance(error, KompassError):
            self._on_failed(error_text(error), False)
        else:  # shown to the user; the merge rolled back
            self._on_failed(f"{type(error).__name__}: {error}", False)

    def _forget_passphrase(self) -> None:
        if self.pending is not None:  # an encrypted THEIRS: its passphrase leaves memory
            from kompass_desktop.services.encrypted import forget_passphrase
            forget_passphrase(self.pending[0])

    def _on_failed(self, message: str, other_evaluation: bool) -> None:
        self._job_done()
        if not other_evaluation:
            self._forget_passphrase()
        if not message:
            self.status.setText(self.tr("Avbrutet – inget ändrades."))
            return
        if other_evaluation and self.pending and not self.pending[1]:
            answer = QMessageBox.question(
                self, self.tr("En annan utvärdering"),
                self.tr("Filen hör till en annan utvärdering. Vill du importera dess intervjuer, "
                        "dokument och underlag som en kopia? Poäng och texter tas inte med."))
            if answer == QMessageBox.Yes:
                self.start_merge(self.pending[0], preview=True, allow_other=True)
                return
        self.status.setText(self.tr("Kunde inte slå ihop: ") + message)
        self.refresh()

    def confirm_merge(self) -> None:
        if self.pending is not None:
            theirs, allow = self.pending
            self.start_merge(theirs, preview=False, allow_other=allow)

    def _close_preview(self) -> None:
        self.preview.hide()

    def conflicts_line(self, n: int) -> str:
        if n == 1:
            return self.tr("1 konflikt – din fil behåller sitt värde tills du valt.")
        return self.tr("%1 konflikter – din fil behåller sina värden tills du valt.").replace("%1", str(n))

    def _update_status(self, open_conflicts: int) -> None:
        """The merge summary's last line follows the conflicts as they are resolved."""
        report = self.last_report
        if report is None or report.dry_run or not report.conflicts or self.job is not None:
            return
        text = self.describe(report, preview=False)
        old = self.conflicts_line(len(report.conflicts))
        if open_conflicts == 0:
            new = self.tr("Alla konflikter är lösta.")
        elif open_conflicts == len(report.conflicts):
            new = old
        elif open_conflicts == 1:
            new = self.tr("1 konflikt kvar att lösa.")
        else:
            new = self.tr("%1 konflikter kvar att lösa.").replace("%1", str(open_conflicts))
        self.status.setText(text.replace(old, new))

    def describe(self, report: sync.MergeReport, preview: bool) -> str:
        who = ", ".join(report.peer_authors) or self.tr("okänd")
        head = self.tr("Från %1 (av %2) kommer: ") if preview else self.tr("Inläst från %1 (av %2): ")
        lines = [head.replace("%1", report.peer_file).replace("%2", who) +
                 self.tr("%1 tillagda, %2 ändrade, %3 borttagna").replace("%1", str(report.added))
                 .replace("%2", str(report.changed)).replace("%3", str(report.deleted))]
        for kind, c in sorted(report.by_kind.items()):
            parts = [f"{n} " + {"added": self.tr("tillagda"), "changed": self.tr("ändrade"),
                                "deleted": self.tr("borttagna")}[k] for k, n in c.items() if n]
            if parts:
                lines.append(f"  {names.kinds(kind)}: {', '.join(parts)}")
        if report.conflicts:
            lines.append(self.conflicts_line(len(report.conflicts)))
        lines.extend(self.note_text(n) for n in report.notes)
        lines.append(self.rejected_panel.summary_line(report) or "")
        return "\n".join(lines).rstrip("\n")

    def note_text(self, note: sync.MergeNote) -> str:
        """A merge note in the UI's language (the service's own wording is English)."""
        texts = {
            "future_clock": self.tr(
                "Obs: %1 inkommande ändring(ar) är daterade mer än ett dygn framåt – den andra "
                "datorns klocka går fel. De togs in, men filens klocka flyttades inte fram."),
            "other_evaluation": self.tr(
                "Importerad som kopia från en annan utvärdering: %1 ändring(ar) av poäng, texter "
                "och inställningar lämnades utanför."),
            "erased_there": self.tr(
                "Personuppgifter rensades i den andra filen av %2 den %3. Rensningen gäller nu "
                "också den här filen (%1 sparade värden rensades här)."),
            "erased_before": self.tr(
                "%1 inkommande värde(n) togs inte in: personuppgifter som %2 rensade den %3."),
            "erasure_refused": self.tr(
                "%1 inkommande ändring(ar) av en rensning avvisades (en rensning ändras eller tas "
                "aldrig bort)."),
            "open_working_file": self.tr(
                "%4 ser ut att vara en arbetsfil som fortfarande är öppen (en -wal-fil ligger "
                "bredvid). Be om en kopia gjord med ”Spara en kopia för delning” nästa gång."),
            "older_schema": self.tr(
                "%4 är gjord med en äldre Kompass Desktop (schema %5); en konverterad kopia "
                "lästes in."),
        }
        v = note.values
        values = {"1": v.get("n"), "2": v.get("who"), "3": v.get("date"), "4": v.get("file"),
                  "5": v.get("schema")}
        text = texts.get(note.kind)
        if text is None:  # a note this version does not word: the service's own text
            return note.english()
        # One pass: a name that contains "%3" stays as typed.
        return re.sub(r"%([1-5])", lambda m: str(values[m.group(1)]), text)

    # ---- sharing and undo ----------------------------------------------------------

    def ask_share(self) -> None:
        out = save_copy_dialog(self, self.session)
        if out is not None:
            self.status.setText(self.tr("Kopian sparades som %1 – en enda fil som går att mejla "
                                        "eller lägga på ett USB-minne.").replace("%1", out.name))

    def undo_merge(self) -> None:
        ok, why = sync.can_undo_last_merge(self.store)
        if not ok:
            QMessageBox.information(self, self.tr("Kan inte ångra"), why)
            return
        try:
            sync.undo_last_merge(self.store)
        except KompassError as e:
            QMessageBox.warning(self, self.tr("Kan inte ångra"), error_text(e))
            return
        self.status.setText(self.tr("Den senaste sammanslagningen är ångrad."))
        self.session.reload()


def save_copy_dialog(parent: QWidget, session) -> Path | None:
    """Ask where to save a copy for sharing and write it (the sync view and the window's
    menu share this); None when the user cancelled or the copy was refused (said why).
    The copy is written on a worker: compacting, vacuuming and encrypting a large file takes
    seconds, which must not freeze the window."""
    from kompass_desktop.ui import share_options  # pseudonyms and encryption (PRODUCT §3.8)
    from kompass_desktop.ui.workers import run_blocking
    store = session.evaluation.store
    options = share_options.ask(parent, store)
    if options is None:
        return None
    start = str(store.path.parent / share_options.suggested_name(store, options))
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("SyncView", "Spara en kopia för delning"), start,
        share_options.file_filter(options))
    if not path:
        return None
    try:
        out = run_blocking(parent, QCoreApplication.translate("SyncView", "Sparar kopian…"),
                           lambda: share_options.write(store, path, options), session)
    except Exception as e:  # sqlite errors, disk full, own file chosen: tell, change nothing
        show_error(parent, QCoreApplication.translate("SyncView", "Kunde inte spara kopian"), e)
        return None
    show_copy_size(parent, out)
    return out


def _s(v: Any) -> str | None:
    return None if v is None else str(v)


def _framework_summary(text: str | None) -> str:
    if not text:
        return "–"
    try:
        data = json.loads(text)
    except ValueError:
        return text[:500]
    lines = [data.get("name", "")]
    for a in data.get("areas", []):
        pts = ", ".join(f"{s['number']}: {s['max_points']}" for s in a.get("subareas", []))
        lines.append(f"{a['number']} {a['title']} – {pts}")
    return "\n".join(lines)
