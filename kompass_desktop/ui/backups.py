"""What the program's copies of an evaluation weigh: the size of a copy for sharing (told
after it is written, with a warning when it is too large to e-mail) and the merge backups
kept in the user's data folder, which the user can see and clear here (issue 14)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from kompass_desktop.services import sync
from kompass_desktop.ui.common import RowsTableModel
from kompass_desktop.ui.i18n import current_language


def megabytes(size: int) -> str:
    """A size in MB with one decimal, in the UI language's notation."""
    lang = QLocale.Language.Swedish if current_language() == "sv" else QLocale.Language.English
    return QLocale(lang).toString(size / (1024 * 1024), "f", 1)


def show_copy_size(parent: QWidget, path: Path) -> QMessageBox:
    """Tell the written copy's size, and warn when mail servers may refuse it. The box is
    window-modal but does not block the caller."""
    size, too_large = sync.copy_size(path)
    if too_large:
        icon = QMessageBox.Icon.Warning
        title = QCoreApplication.translate("Backups", "Kopian är stor")
        text = QCoreApplication.translate(
            "Backups", "Kopian %1 är %2 MB. Många e-postservrar tar inte emot bilagor över "
            "10–25 MB: dela den hellre på ett USB-minne eller via en fildelningstjänst som din "
            "organisation godkänt.")
    else:
        icon = QMessageBox.Icon.Information
        title = QCoreApplication.translate("Backups", "Kopian sparades")
        text = QCoreApplication.translate("Backups", "Kopian %1 är %2 MB och går att mejla.")
    box = QMessageBox(icon, title, text.replace("%1", path.name).replace("%2", megabytes(size)),
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class BackupModel(RowsTableModel):
    """Rows: {"id": file name, "backup": sync.BackupFile}."""

    def headers(self) -> list[str]:
        return [self.tr("Tagen"), self.tr("Storlek (MB)"), self.tr("Fil")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        b = self.rows[index.row()]["backup"]
        return (b.when.astimezone().strftime("%Y-%m-%d %H:%M"), megabytes(b.size),
                b.path.name)[index.column()]


class BackupsDialog(QDialog):
    """The merge backups kept of the open evaluation, their total size, and clearing them."""

    def __init__(self, evaluation_id: str, parent=None):
        super().__init__(parent)
        self.evaluation_id = evaluation_id
        self.setWindowTitle(self.tr("Säkerhetskopior"))
        self.resize(620, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Före varje sammanslagning sparas en kopia av din fil, utan mellanliggande "
                               "sparningar, i programmets datamapp så att sammanslagningen kan ångras. "
                               "För varje utvärdering sparas högst %1 kopior och högst %2 MB.")
                       .replace("%1", str(sync.BACKUPS_KEPT))
                       .replace("%2", str(sync.BACKUPS_MAX_BYTES // (1024 * 1024))))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = BackupModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 140)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)
        self.total = QLabel()
        layout.addWidget(self.total)
        row = QHBoxLayout()
        self.delete_selected = QPushButton(self.tr("Ta bort markerade"))
        self.delete_selected.clicked.connect(self.remove_selected)
        self.delete_all = QPushButton(self.tr("Ta bort alla"))
        self.delete_all.clicked.connect(self.remove_all)
        row.addWidget(self.delete_selected)
        row.addWidget(self.delete_all)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        items = sync.list_backups(self.evaluation_id)
        self.model.set_rows([{"id": b.path.name, "backup": b} for b in items])
        total = sum(b.size for b in items)
        self.total.setText(self.tr("Säkerhetskopior: %1, totalt %2 MB.")
                           .replace("%1", str(len(items))).replace("%2", megabytes(total)) if items
                           else self.tr("Inga säkerhetskopior sparade."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_all.setEnabled(bool(self.model.rows))
        self.delete_selected.setEnabled(self.table.selectionModel().hasSelection())

    def _confirm(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Ta bort säkerhetskopior"),
            self.tr("En sammanslagning vars säkerhetskopia tas bort kan inte längre ångras. "
                    "Ta bort?"))
        return answer == QMessageBox.StandardButton.Yes

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        paths = [self.model.rows[r]["backup"].path for r in sorted(rows)]
        if paths and self._confirm():
            sync.delete_backups(self.evaluation_id, paths)
            self.refresh()

    def remove_all(self) -> None:
        if self.model.rows and self._confirm():
            sync.delete_backups(self.evaluation_id)
            self.refresh()


def open_backups_dialog(parent: QWidget, store) -> BackupsDialog:
    """Show the backups of the open evaluation (window-modal, not blocking the caller)."""
    dialog = BackupsDialog(store.evaluation_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
