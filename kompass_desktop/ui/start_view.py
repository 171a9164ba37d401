"""The start view: recent files, new evaluation, open, the demo."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from kompass_desktop.services import workspace


class StartView(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    file_chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        col = QVBoxLayout()
        outer.addLayout(col, 3)
        outer.addStretch(1)
        col.addStretch(1)
        title = QLabel("<h1>Kompass Desktop</h1>")
        sub = QLabel(self.tr("Arbetsbänk för utvärderingar med Kommunkompassen. Allt du skriver sparas "
                             "direkt i utvärderingsfilen."))
        sub.setWordWrap(True)
        col.addWidget(title)
        col.addWidget(sub)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Ny utvärdering…"))
        self.open_button = QPushButton(self.tr("Ö&ppna…"))
        self.demo_button = QPushButton(self.tr("Öppna &demo (Nynäshamn 2023)"))
        for b in (self.new_button, self.open_button, self.demo_button):
            b.setMinimumHeight(36)
            buttons.addWidget(b)
        col.addLayout(buttons)
        col.addSpacing(16)
        col.addWidget(QLabel("<b>" + self.tr("Senaste filer") + "</b>"))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Senaste filer"))
        self.recent.setMinimumHeight(160)
        col.addWidget(self.recent, 2)
        self.no_recent = QLabel(self.tr("Inga filer ännu. Börja med ”Ny utvärdering…” eller titta "
                                        "runt i demon."))
        self.no_recent.setWordWrap(True)
        col.addWidget(self.no_recent)
        self._paths: list[str] = []  # the path of each row of `recent`
        col.addStretch(1)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent.itemActivated.connect(self._chosen)
        self.recent.itemDoubleClicked.connect(self._chosen)
        self.refresh()

    def refresh(self):
        # Plain rows and a label for the empty state: the start view stays clear of the `Qt`
        # namespace (item roles and flags), whose first use costs start-up time (main_window).
        self.recent.clear()
        files = workspace.recent_files()
        self._paths = [str(p) for p in files]
        for p in files:
            item = QListWidgetItem(f"{p.stem}    —    {p.parent}")
            item.setToolTip(str(p))
            self.recent.addItem(item)
        self.recent.setVisible(bool(files))
        self.no_recent.setVisible(not files)

    def _chosen(self, item: QListWidgetItem):
        row = self.recent.row(item)
        path = self._paths[row] if 0 <= row < len(self._paths) else None
        if path and Path(path).exists():
            self.file_chosen.emit(path)
