"""Main window (minimal: opens a file and shows its scores; the workbench grows here)."""
from __future__ import annotations

from PySide6.QtWidgets import (QFileDialog, QLabel, QMainWindow, QMessageBox, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from kompass_desktop.domain.errors import KompassError
from kompass_desktop.services.evaluation import Evaluation


class MainWindow(QMainWindow):
    def __init__(self):
        super().__init__()
        self.evaluation: Evaluation | None = None
        self.setWindowTitle("Kompass Desktop")
        self.resize(1100, 720)
        central = QWidget()
        layout = QVBoxLayout(central)
        self.heading = QLabel("Öppna en utvärdering (Arkiv → Öppna…)")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(self.heading)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Område / delområde", "Poäng", "Max", "Procent", "Status"])
        self.tree.setColumnWidth(0, 560)
        layout.addWidget(self.tree)
        self.setCentralWidget(central)
        menu = self.menuBar().addMenu("&Arkiv")
        menu.addAction("&Öppna…", self._ask_open, "Ctrl+O")
        menu.addAction("&Avsluta", self.close, "Ctrl+Q")

    def _ask_open(self):
        path, _ = QFileDialog.getOpenFileName(self, "Öppna utvärdering", "", "Kompass (*.kompass)")
        if path:
            try:
                self.open_file(path)
            except KompassError as e:
                QMessageBox.critical(self, "Kan inte öppna filen", str(e))

    def open_file(self, path: str) -> None:
        ev = Evaluation.open(path)
        if self.evaluation is not None:
            self.evaluation.close()
        self.evaluation = ev
        info = ev.info()
        self.setWindowTitle(f"{info['municipality']} {info['year']} – {ev.path.name} – Kompass Desktop")
        data = ev.summary()
        t = data["total"]
        self.heading.setText(f"{info['municipality']} {info['year']}: {t['rounded']} av {t['max']:g} poäng")
        status = {"agreed": "överenskommen", "preliminary": "preliminär", "unscored": "ej bedömd"}
        self.tree.clear()
        for area in data["areas"]:
            item = QTreeWidgetItem([f"{area['number']} {area['title']}", str(area["rounded"]),
                                    f"{area['max']:g}", f"{area['percent']} %", ""])
            for s in area["subareas"]:
                QTreeWidgetItem(item, [f"{s['number']} {s['title']}",
                                       "–" if s["rounded"] is None else str(s["rounded"]),
                                       f"{s['max']:g}", "" if s["percent"] is None else f"{s['percent']} %",
                                       status[s["status"]]])
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()

    def closeEvent(self, event):
        if self.evaluation is not None:
            self.evaluation.close()
            self.evaluation = None
        super().closeEvent(event)
