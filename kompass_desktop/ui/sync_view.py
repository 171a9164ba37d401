"""Sync view: merge from a colleague's file (with preview), open conflicts side by side,
duplicate documents, merge history and undo of the last merge (PRODUCT §3.7).

Merges run on a worker thread with their own connection to the file, so the window stays
responsive; the view only reads through services and writes through `session.edit`.
"""
from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, Qt,
                            Signal, Slot)
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QFrame, QHBoxLayout, QHeaderView,
                               QLabel, QMessageBox, QPlainTextEdit, QProgressBar, QPushButton,
                               QSplitter, QTabWidget, QTableView, QTextBrowser, QVBoxLayout,
                               QWidget)

from kompass_desktop.domain import merge as rules
from kompass_desktop.domain.errors import KompassError
from kompass_desktop.services import sync
from kompass_desktop.storage.merge import MergeCancelled
from kompass_desktop.ui.backups import open_backups_dialog, show_copy_size
from kompass_desktop.ui.common import REFRESH_ALL, error_text, show_error
from kompass_desktop.ui.workers import Task, start_task

def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "borttagen" if value else "finns kvar"
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


# ---- worker -------------------------------------------------------------------------------


def _merge(path: Path, actor, theirs: Path, dry_run: bool, allow_other: bool, task: Task):
    """A merge (or its preview) on its own connection to the open file, on a worker thread."""
    return sync.merge_on_own_connection(
        path, actor, theirs, dry_run=dry_run, allow_other_evaluation=allow_other,
        progress=task.report, cancelled=task.is_cancelled)


# ---- models -------------------------------------------------------------------------------


class _ListModel(QAbstractTableModel):
    """A read-only table over a list of items; subclasses give HEADERS and data()."""
    HEADERS: tuple[str, ...] = ()

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
            return self.tr(self.HEADERS[section])
        return None


class ConflictModel(_ListModel):
    HEADERS = ("Vad", "Fält", "Mitt värde", "Deras värde", "Av", "När")
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
            kind = sync.KIND_LABELS.get(c.kind, c.kind)
            return f"{kind}: {c.label}"
        if col == 1:
            return sync.FIELD_LABELS.get(c.field, c.field)
        if col == 2:
            return _fmt(c.mine_deleted if c.type == rules.DELETE else c.mine)
        if col == 3:
            if c.type == rules.DELETE:
                return _fmt(not c.mine_deleted)
            return " | ".join(_fmt(t.value) for t in theirs) or "–"
        if col == 4:
            return ", ".join(sorted({t.author for t in theirs}))
        if col == 5:
            return max((t.when for t in theirs), default=None) and \
                max(t.when for t in theirs).astimezone().strftime("%Y-%m-%d %H:%M")
        return None


class HistoryModel(_ListModel):
    HEADERS = ("När", "Från fil", "Från vem", "Tillagda", "Ändrade", "Borttagna", "Konflikter", "")

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
    HEADERS = ("Dokument", "Dubblett", "Varför")

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

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_conflicts(), self.tr("Konflikter"))
        self.tabs.addTab(self._build_duplicates(), self.tr("Dubbletter"))
        self.tabs.addTab(self._build_history(), self.tr("Historik"))

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

    def refresh(self) -> None:
        self._stale = False
        conflicts = sync.list_conflicts(self.store)
        self.conflict_model.set_items(conflicts)
        self.tabs.setTabText(0, self.tr("Konflikter (%n)", "", len(conflicts)) if conflicts
                             else self.tr("Konflikter"))
        pairs = sync.duplicate_documents(self.store)
        self.duplicate_model.set_items(pairs)
        self.tabs.setTabText(1, self.tr("Dubbletter (%n)", "", len(pairs)) if pairs
                             else self.tr("Dubbletter"))
        self.history_model.set_items(sync.merge_history(self.store))
        ok, why = sync.can_undo_last_merge(self.store)
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
                                              self.tr("Kompass-utvärdering (*.kompass)"))
        if path:
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
    def _on_finished(self, report: sync.MergeReport) -> None:
        dry = self._job_dry
        self._job_done()
        self.last_report = report
        if dry:
            self.status.clear()
            if report.empty:
                self.status.setText(self.tr("Inget nytt i %1 – den är redan inläst.").replace(
                    "%1", report.peer_file))
                self.pending = None
                return
            self.preview_label.setText(self.describe(report, preview=True))
            self.preview.show()
            return
        # The merge ran on its own connection: keep our clock ahead and reload everything.
        sync.after_merge_elsewhere(self.store, report)
        self.pending = None
        self.status.setText(self.describe(report, preview=False))
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

    def _on_failed(self, message: str, other_evaluation: bool) -> None:
        self._job_done()
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
                lines.append(f"  {sync.KIND_LABELS.get(kind, kind)}: {', '.join(parts)}")
        if report.conflicts:
            lines.append(self.tr("%1 konflikter – din fil behåller sina värden tills du valt.")
                         .replace("%1", str(len(report.conflicts))))
        lines.extend(report.warnings)
        return "\n".join(lines)

    # ---- sharing and undo ----------------------------------------------------------

    def ask_share(self) -> None:
        out = save_copy_dialog(self, self.store)
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


def save_copy_dialog(parent: QWidget, store) -> Path | None:
    """Ask where to save a copy for sharing and write it (the sync view and the window's
    menu share this); None when the user cancelled or the copy was refused (said why)."""
    start = str(store.path.parent / sync.suggested_share_name(store))
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("SyncView", "Spara en kopia för delning"), start,
        QCoreApplication.translate("SyncView", "Kompass-utvärdering (*.kompass)"))
    if not path:
        return None
    try:
        out = sync.save_copy_for_sharing(store, path)
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
