"""The workbench window: start view, navigation, pages, menus, search, undo/redo."""
from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMainWindow, QMessageBox, QProgressDialog, QSplitter, QStackedWidget,
                               QToolBar, QVBoxLayout, QWidget)

from kompass_desktop.services import identity as identity_service
from kompass_desktop.services import workspace
from kompass_desktop.ui import pages
from kompass_desktop.ui.start_view import StartView

# The evaluation services and the session load when a file is opened, not at start-up:
# the start view must appear as fast as a bare window (PRODUCT §7). So does the `Qt`
# namespace: its first use builds about a hundred Python enums (25 ms), so the start-up path
# (this module's top, MainWindow.__init__, the start view) never touches it; see _qt().


def _qt():
    from PySide6.QtCore import Qt
    return Qt


def _run_task(*args):
    from kompass_desktop.ui.workers import run_task  # threads: not needed for the start view
    return run_task(*args)


def _common():
    """The pages' shared helpers, imported when first needed (not for the start view)."""
    from kompass_desktop.ui import common
    return common


# Windows that replaced another (language switch) are kept alive here.
_windows: list = []


class MainWindow(QMainWindow):
    opened = Signal(str)        # path, once an evaluation is open and shown
    open_failed = Signal(str)   # message

    START, WORKBENCH = 0, 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session = None  # EvaluationSession once a file is open
        self.lock: workspace.FileLock | None = None
        self.pages: dict[str, QWidget] = {}
        self.nav_keys: list[str] = []
        self._opening = False
        self._switching = False  # show_page is changing the stack
        self.setWindowTitle("Kompass Desktop")
        self.setMinimumSize(QSize(900, 560))
        self._restore_geometry()

        self.central = QStackedWidget()
        self.start_view = StartView()
        self.central.addWidget(self.start_view)
        bench = QWidget()
        bl = QVBoxLayout(bench)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.setSpacing(0)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4ce; color: #4a3b00; padding: 6px 10px;"
                                  "border-bottom: 1px solid #e0c97a;")
        self.banner.hide()
        bl.addWidget(self.banner)
        self.splitter = QSplitter()
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigering"))
        self.nav.setMinimumWidth(150)  # narrows on a small screen; Ctrl+0 hides it
        self.nav.setMaximumWidth(340)
        # Area titles are long ("Chefs- och ledarskap samt medarbetarskap"): wrap, never clip.
        self.nav.setWordWrap(True)  # (no horizontal scroll bar: set in _build_nav)
        self.nav.setSpacing(2)
        self.page_stack = QStackedWidget()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.page_stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 1040])
        bl.addWidget(self.splitter, 1)
        self.central.addWidget(bench)
        self.setCentralWidget(self.central)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.statusBar().showMessage(self.tr("Redo"))

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(150)
        self.search_timer.timeout.connect(self._run_search)
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(workspace.LOCK_REFRESH_SECONDS * 1000)
        self.lock_timer.timeout.connect(lambda: self.lock and self.lock.refresh())

        self.start_view.new_requested.connect(self.new_evaluation)
        self.start_view.open_requested.connect(self.ask_open)
        self.start_view.demo_requested.connect(self.open_demo)
        self.start_view.file_chosen.connect(self.open_file)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self._set_open(False)
        self.undo_keys = None  # one undo whatever has focus: see ui.undo_keys (per page)

    # ---- actions and menus ---------------------------------------------------------------

    def _action(self, text, slot, shortcut=None, name=None):
        a = QAction(text, self)
        if shortcut is not None:
            # The same single binding setShortcut() would set; setShortcut itself would build
            # the `Qt` namespace at start-up (see _qt), setShortcuts does not.
            seq = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
            a.setShortcuts([seq])
        a.triggered.connect(slot)
        if name:
            a.setObjectName(name)
        self.addAction(a)
        return a

    def _build_actions(self):
        K = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&Ny utvärdering…"), self.new_evaluation, K.New)
        self.open_action = self._action(self.tr("Ö&ppna…"), self.ask_open, K.Open)
        self.demo_action = self._action(self.tr("Öppna &demo"), self.open_demo)
        self.copy_action = self._action(self.tr("Spara en &kopia för delning…"), self.save_copy)
        self.cleanup_action = self._action(self.tr("Rensa &personuppgifter…"), self.ask_cleanup)
        self.dates_action = self._action(self.tr("Utvärderingens &datum…"), self.edit_dates)
        self.close_action = self._action(self.tr("S&täng utvärdering"), self.close_evaluation, K.Close)
        self.settings_action = self._action(self.tr("&Inställningar…"), self.show_settings, K.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.identity_action = self._action(self.tr("&Vem är jag…"), self.edit_identity)
        self.quit_action = self._action(self.tr("&Avsluta"), self.close, K.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self._action(self.tr("&Ångra"), self.undo, K.Undo)
        self.redo_action = self._action(self.tr("&Gör om"), self.redo, K.Redo)
        self.redo_action.setShortcuts(K.Redo)  # Ctrl+Shift+Z and Ctrl+Y
        self.find_action = self._action(self.tr("&Sök"), self.focus_search, K.Find)
        self.about_action = self._action(self.tr("&Om Kompass Desktop"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.guide_action = self._action(self.tr("&Användarhandbok"), self.show_guide, K.HelpContents)
        self.framework_action = self._action(self.tr("&Ramverk…"), self.edit_framework)
        # Every page has a shortcut (PRODUCT §3.9), listed in the Go menu: Ctrl+1…6 for the
        # fixed pages, Alt+1…9 for the areas (added when a file is open: see _build_nav).
        self.go_actions = []
        for key, text, keys in (("overview", self.tr("&Översikt"), "Ctrl+1"),
                                ("interviews", self.tr("&Intervjuer"), "Ctrl+2"),
                                ("documents", self.tr("&Dokument"), "Ctrl+3"),
                                ("evidence", self.tr("&Underlag"), "Ctrl+4"),
                                ("report", self.tr("&Rapport"), "Ctrl+5"),
                                ("sync", self.tr("S&ynkronisering"), "Ctrl+6")):
            self.go_actions.append(self._action(text, lambda _c=False, k=key: self.show_page(k),
                                                QKeySequence(keys)))
        self.area_actions: list[QAction] = []
        self.nav_action = self._action(self.tr("Visa &navigeringen"), self._toggle_nav,
                                       QKeySequence("Ctrl+0"))
        self.nav_action.setCheckable(True)
        self.nav_action.setChecked(True)

    def _build_menus(self):
        m = self.menuBar().addMenu(self.tr("&Arkiv"))
        for a in (self.new_action, self.open_action, self.demo_action):
            m.addAction(a)
        self.recent_menu = m.addMenu(self.tr("&Senaste filer"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addSeparator()
        m.addAction(self.dates_action)
        m.addAction(self.copy_action)
        m.addAction(self.cleanup_action)
        m.addAction(self.close_action)
        m.addSeparator()
        m.addAction(self.settings_action)
        m.addAction(self.identity_action)
        m.addSeparator()
        m.addAction(self.quit_action)
        e = self.menuBar().addMenu(self.tr("&Redigera"))
        e.addAction(self.undo_action)
        e.addAction(self.redo_action)
        e.addSeparator()
        e.addAction(self.find_action)
        e.addSeparator()
        e.addAction(self.framework_action)
        g = self.menuBar().addMenu(self.tr("&Gå till"))
        for a in self.go_actions:
            g.addAction(a)
        self.area_separator = g.addSeparator()
        g.addSeparator()
        g.addAction(self.nav_action)
        self.go_menu = g
        h = self.menuBar().addMenu(self.tr("&Hjälp"))
        h.addAction(self.guide_action)
        h.addAction(self.about_action)
        from kompass_desktop.ui.help import version_text
        h.addSeparator()
        h.addAction(version_text()).setEnabled(False)

    def _build_toolbar(self):
        tb = QToolBar(self.tr("Sök"))
        tb.setObjectName("search-toolbar")
        tb.setMovable(False)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Sök i utvärderingen (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Sök"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaximumWidth(420)
        self.search_field.textChanged.connect(lambda _t: self.search_timer.start())
        self.search_field.returnPressed.connect(self._search_enter)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy())
        tb.addWidget(spacer)
        tb.addWidget(self.search_field)
        self.addToolBar(tb)
        self.search_toolbar = tb

    def _fill_recent(self):
        self.recent_menu.clear()
        files = workspace.recent_files()
        for p in files:
            self.recent_menu.addAction(p.name, lambda _c=False, p=p: self.open_file(str(p)))
        if not files:
            a = self.recent_menu.addAction(self.tr("(inga)"))
            a.setEnabled(False)

    def _set_open(self, is_open: bool):
        self.central.setCurrentIndex(self.WORKBENCH if is_open else self.START)
        for a in (self.copy_action, self.cleanup_action, self.dates_action, self.close_action,
                  self.find_action, *self.go_actions, *self.area_actions):
            a.setEnabled(is_open)
        self.search_toolbar.setVisible(is_open)
        self.framework_action.setVisible(pages.page_available(pages.FRAMEWORK_EDITOR))
        self._update_undo()

    # ---- opening and closing -------------------------------------------------------------

    def new_evaluation(self):
        from kompass_desktop.ui.wizard import NewEvaluationWizard
        wiz = NewEvaluationWizard(self)
        if wiz.exec() and wiz.created_path:
            self.open_file(str(wiz.created_path))

    def ask_open(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Öppna utvärdering"), "",
                                              self.tr("Kompass-utvärderingar (*.kompass *.kompass-enc);;Alla filer (*)"))
        if path:
            self.open_file(path)

    def open_demo(self):
        """The demo file is written on first use, on a worker (it takes a moment)."""
        from kompass_desktop.services.demo import demo_path
        self.statusBar().showMessage(self.tr("Förbereder demon …"))
        _run_task(demo_path, lambda path: self.open_file(str(path)),
                 lambda e: _common().show_error(self, self.tr("Kan inte öppna demon"), e))

    def confirm_take_over(self, holder: workspace.LockInfo) -> bool:
        """Someone else has the file open: explain who, and let the user decide."""
        who = holder.name or self.tr("någon")
        if holder.organisation:
            who += f" ({holder.organisation})"
        where = self.tr("i ett annat fönster på den här datorn") if holder.here else \
            self.tr("på datorn %1").replace("%1", holder.host)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Filen är redan öppen"),
                          self.tr("%1 har filen öppen %2. Om två program skriver i samma fil samtidigt "
                                  "kan ändringar gå förlorade.\n\nStäng filen där först, eller arbeta i en "
                                  "kopia och slå ihop den senare.").replace("%1", who).replace("%2", where),
                          QMessageBox.StandardButton.Cancel, self)
        take = box.addButton(self.tr("Öppna ändå"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is take

    def open_file(self, path: str, force: bool = False):
        """Open in the background (a large file must not freeze the window); emits opened."""
        if self._opening:
            return
        path = str(Path(path).resolve())
        from kompass_desktop.services.encrypted import is_encrypted
        if is_encrypted(path):  # an encrypted copy: decrypt into a working file, then open that
            from kompass_desktop.ui.share_options import open_encrypted
            open_encrypted(self, Path(path), lambda plain: self.open_file(str(plain)),
                           lambda: self.open_failed.emit(self.tr("Avbrutet")))
            return
        if self.session is not None and str(self.session.evaluation.path.resolve()) == path:
            self.opened.emit(path)
            return
        me = identity_service.current_identity()
        lock = workspace.FileLock(path, me.name, me.organisation)
        if Path(path).exists():
            holder = lock.acquire(force=force)
            if holder is not None:
                if not self.confirm_take_over(holder):
                    self.open_failed.emit(self.tr("Filen är öppen i ett annat program."))
                    return
                lock.acquire(force=True)
        self._opening = True
        progress = QProgressDialog(self.tr("Öppnar %1 …").replace("%1", Path(path).name),
                                   self.tr("Avbryt"), 0, 0, self)
        progress.setWindowTitle(self.tr("Öppnar"))
        progress.setMinimumDuration(400)
        progress.setWindowModality(_qt().WindowModality.WindowModal)
        self.statusBar().showMessage(self.tr("Öppnar %1 …").replace("%1", Path(path).name))

        def work():
            from kompass_desktop.services.evaluation import Evaluation
            # A file we may not write (a read-only share) is opened to look at.
            ev = Evaluation.open(path, me, read_only=not Evaluation.can_write(path))
            info = ev.info()
            fw = ev.framework  # parsed here, not on the UI thread
            # The first page's code (the overview, its chart library, the scoring service)
            # is imported here too: importing it on the UI thread was half of opening's stall.
            import importlib
            importlib.import_module(pages.OVERVIEW_PAGE[0])
            importlib.import_module("kompass_desktop.services.privacy")  # offer_cleanup
            # So is its first content (scores, status lists, open conflicts): reading it on
            # the UI thread stalled the window for over 100 ms on a large file.
            from kompass_desktop.services.scoring import ScoringService
            overview = ScoringService(ev).overview()
            return ev, info, fw, overview

        def done(result):
            cancelled = progress.wasCanceled()  # read first: closing the dialog counts as cancel
            progress.close()
            self._opening = False
            ev, info, _fw, overview = result
            if cancelled:  # the user gave up waiting: leave things as they were
                ev.close()
                lock.release()
                self.statusBar().clearMessage()
                self.open_failed.emit(self.tr("Avbrutet"))
                return
            self._install(ev, info, lock, overview)

        def failed(err):
            progress.close()
            self._opening = False
            lock.release()
            self.statusBar().clearMessage()
            from kompass_desktop.domain.errors import KompassError
            if not isinstance(err, (KompassError, OSError)):
                traceback.print_exception(err)
            _common().show_error(self, self.tr("Kan inte öppna filen"), err)
            self.open_failed.emit(_common().error_text(err))

        _run_task(work, done, failed)

    def _install(self, ev, info: dict, lock: workspace.FileLock, overview=None):
        from kompass_desktop.ui.session import EvaluationSession
        self.close_evaluation()
        self.session = EvaluationSession(ev, self)
        if overview is not None:
            self.session.prefetch("overview", overview)
        self.lock = lock
        self.lock_timer.start()
        self.session.changed.connect(self._session_changed)
        self.session.undo_stack.indexChanged.connect(lambda _i: self._update_undo())
        self.session.undo_stack.cleanChanged.connect(lambda _c: self._update_undo())
        self._update_title(info)
        self._build_nav()
        # The navigation takes less of a small screen: the pages' text columns need it.
        nav = 180 if self.width() < 1200 else 240
        self.splitter.setSizes([nav, max(self.width() - nav, 400)])
        self._set_open(True)
        self.show_page("overview")
        workspace.add_recent(ev.path)
        risk = workspace.folder_risk(ev.path)
        self.show_folder_warning(risk)
        if risk is None:
            self.offer_cleanup()
        self.statusBar().showMessage(self.tr("Öppnade %1").replace("%1", ev.path.name), 4000)
        self._watch_file()
        self.opened.emit(str(ev.path))

    def _watch_file(self):
        """Reload when another program changes the file; a read-only file gets its banner."""
        from kompass_desktop.ui import file_watch
        self.file_watcher = file_watch.FileWatcher(self.session, self.session)
        self.file_watcher.changed_on_disk.connect(lambda: self.statusBar().showMessage(
            self.tr("Filen ändrades av ett annat program; visar det senaste innehållet"), 8000))
        self.file_watcher.start()
        if getattr(self, "read_only_bar", None) is None:
            self.read_only_bar = file_watch.ReadOnlyBar()
            self.read_only_bar.save_copy_requested.connect(self.save_working_copy)
            self.banner.parentWidget().layout().insertWidget(0, self.read_only_bar)
        self.read_only_bar.setVisible(self.session.evaluation.read_only)

    def save_working_copy(self):
        """A read-only file: save a copy to work in, and open it."""
        from kompass_desktop.services.sync import save_copy_for_sharing
        from kompass_desktop.ui.file_watch import ask_working_copy_path
        if self.session is None:
            return
        dest = ask_working_copy_path(self, self.session.evaluation.path)
        if dest is None:
            return
        try:
            out = save_copy_for_sharing(self.session.evaluation.store, dest)
        except (KompassError, OSError) as e:
            show_error(self, self.tr("Kan inte spara arbetskopian"), e)
            return
        self.open_file(str(out))

    def show_folder_warning(self, risk: str | None):
        texts = {
            "cloud": self.tr("Filen ligger i en molnsynkad mapp. Synkroniseringen kan skriva över ändringar "
                             "eller skapa dubbletter medan du arbetar. Arbeta i en lokal fil och dela kopior "
                             "(Arkiv → Spara en kopia för delning)."),
            "network": self.tr("Filen ligger på en nätverksenhet. Om anslutningen bryts kan filen skadas. "
                               "Arbeta i en lokal fil och dela kopior (Arkiv → Spara en kopia för delning)."),
            "removable": self.tr("Filen ligger på ett flyttbart minne. Om minnet dras ut medan du arbetar "
                                 "kan filen skadas. Kopiera filen till datorn och arbeta där."),
        }
        self.banner.setText("⚠ " + texts[risk] if risk in texts else "")
        self.banner.setVisible(risk in texts)
        self.folder_risk = risk

    def _update_title(self, info: dict | None = None):
        if self.session is None:
            self.setWindowTitle("Kompass Desktop")
            return
        info = info or self.session.evaluation.info()
        self.setWindowTitle(f"{info['municipality']} {info['year']} – {self.session.evaluation.path.name}")

    def close_evaluation(self):
        if self.session is None:
            return
        self.flush()
        for page in list(self.pages.values()):
            self.page_stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        # The stack announces its own destruction; nobody is listening any more.
        self.session.undo_stack.blockSignals(True)
        self.session.blockSignals(True)
        self.session.close()
        self.session.deleteLater()
        self.session = None
        self.lock_timer.stop()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self.banner.hide()
        if getattr(self, "read_only_bar", None) is not None:
            self.read_only_bar.hide()
        self._update_title()
        self.start_view.refresh()
        self.statusBar().clearMessage()  # no "Sparat …" of a file that is closed
        self._set_open(False)

    def closeEvent(self, event):
        self.close_evaluation()
        from kompass_desktop.ui import settings as ui_settings
        ui_settings.settings().setValue("ui/geometry", self.saveGeometry())
        super().closeEvent(event)

    def _restore_geometry(self):
        from kompass_desktop.ui import settings as ui_settings
        saved = ui_settings.settings().value("ui/geometry")
        if saved is not None and self.restoreGeometry(saved):
            return
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            self.resize(1280, 760)
        else:  # most of a small laptop screen, not all of a large one
            self.resize(min(1400, int(screen.width() * 0.92)), min(900, int(screen.height() * 0.9)))

    def save_copy(self):
        if self.session is None:
            return
        from kompass_desktop.ui.sync_view import save_copy_dialog
        self.flush()  # pending typing belongs in the copy
        out = save_copy_dialog(self, self.session)
        if out is None:
            return
        self.statusBar().showMessage(self.tr("Kopian sparades: %1").replace("%1", str(out)), 6000)

    def offer_cleanup(self):
        """Once a final report has been exported (meta final_report_exported_at) and nothing
        was erased yet, the banner offers the clean-up of personal data."""
        if self.session is None:
            return
        from kompass_desktop.services import privacy
        text = self.tr("Slutrapporten är exporterad. Rensa personuppgifter som inte längre "
                       "behövs: Arkiv → Rensa personuppgifter, eller sidan Personer.")
        if privacy.cleanup_due(self.session.evaluation):
            self.banner.setText(text)
            self.banner.setVisible(True)
        elif self.banner.text() == text:
            self.banner.hide()

    def ask_cleanup(self):
        """The guided clean-up of personal data, on the Personer page."""
        if self.session is None:
            return
        self.flush()
        page = self.show_page("people")
        page.ask_cleanup()

    # ---- navigation ----------------------------------------------------------------------

    def _build_nav(self):
        fw = self.session.evaluation.framework
        entries = [("overview", self.tr("Översikt")), ("interviews", self.tr("Intervjuer")),
                   ("documents", self.tr("Dokument")), ("evidence", self.tr("Underlag"))]
        entries += [(f"area:{a.number}", f"{a.number}  {a.title}") for a in fw.areas]
        entries += [("report", self.tr("Rapport")), ("sync", self.tr("Synkronisering")),
                    ("people", self.tr("Personer"))]
        self.nav.blockSignals(True)
        self.nav.setHorizontalScrollBarPolicy(_qt().ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.clear()
        self.nav_keys = []
        for key, text in entries:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.nav.addItem(item)
            self.nav_keys.append(key)
        self.nav.blockSignals(False)
        for a in self.area_actions:
            self.go_menu.removeAction(a)
            self.removeAction(a)
            a.deleteLater()
        self.area_actions = []
        for i, a in enumerate(fw.areas[:9]):
            act = QAction(f"&{a.number}  {a.title}", self)
            act.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            act.triggered.connect(lambda _c=False, k=f"area:{a.number}": self.show_page(k))
            self.addAction(act)
            self.go_menu.insertAction(self.area_separator, act)
            self.area_actions.append(act)

    def _toggle_nav(self, shown: bool) -> None:
        """The navigation can be hidden on a small screen (every page keeps its shortcut)."""
        self.nav.setVisible(shown)

    def _nav_changed(self, row: int):
        # A row the navigation picks by itself while pages switch (focus leaving a hidden page
        # lands in the list, which then makes its first row current) is not the user's choice:
        # following it re-entered the stack switch and left the overview shown on top.
        if self._switching:
            return
        if 0 <= row < len(self.nav_keys):
            self.show_page(self.nav_keys[row])

    def page(self, key: str) -> QWidget:
        """The page for a navigation key, built on first use."""
        if key not in self.pages:
            page = self._make_page(key)
            if hasattr(page, "navigate"):
                page.navigate.connect(self.navigate)
            if hasattr(page, "show_passage"):
                page.show_passage.connect(lambda iid, eid: self.page("interviews").show_evidence(iid, eid))
            self.pages[key] = page
            self.page_stack.addWidget(page)
            if self.session is not None and self.session.evaluation.read_only:
                from kompass_desktop.ui.file_watch import make_read_only
                make_read_only(page)
            if self.undo_keys is None:
                from kompass_desktop.ui.undo_keys import UndoKeys
                self.undo_keys = UndoKeys(self)
            self.undo_keys.watch(page)
        return self.pages[key]

    def _make_page(self, key: str) -> QWidget:
        s = self.session
        if key == "interviews":
            from kompass_desktop.ui.interviews import InterviewsPage
            return InterviewsPage(s)
        if key == "documents":
            from kompass_desktop.ui.documents import DocumentsPage
            return DocumentsPage(s)
        if key == "evidence":
            from kompass_desktop.ui.evidence import EvidencePage
            return EvidencePage(s)
        if key == "search":
            from kompass_desktop.ui.search_view import SearchPage
            return SearchPage(s)
        if key == "people":
            from kompass_desktop.ui.people import PeoplePage
            return PeoplePage(s)
        specs = {"overview": (pages.OVERVIEW_PAGE, self.tr("Översikt")),
                 "report": (pages.REPORT_PAGE, self.tr("Rapport")),
                 "sync": (pages.SYNC_PAGE, self.tr("Synkronisering"))}
        if key.startswith("area:"):
            number = key.split(":", 1)[1]
            try:
                title = f"{number} {s.evaluation.framework.area(number).title}"
            except KeyError:
                title = number
            spec, args = pages.SCORING_PAGE, (s, number)
        else:
            spec, title = specs[key]
            args = (s,)
        try:
            cls = pages.page_class(spec)
        except Exception:  # a part that fails to import must not take the workbench down
            traceback.print_exc()
            cls = None
        if cls is None:
            return _common().Placeholder(title)
        try:
            return cls(*args)
        except Exception:
            traceback.print_exc(file=sys.stderr)
            return _common().Placeholder(title)

    def show_page(self, key: str) -> QWidget | None:
        if self.session is None:
            return None
        page = self.page(key)
        self._switching = True
        try:
            self.nav.blockSignals(True)
            if key in self.nav_keys:
                self.nav.setCurrentRow(self.nav_keys.index(key))
            else:
                self.nav.clearSelection()
                self.nav.setCurrentRow(-1)
            self.nav.blockSignals(False)
            self.page_stack.setCurrentWidget(page)
        finally:
            self._switching = False
            self.nav.blockSignals(False)
        return page

    def navigate(self, kind: str, key: str = ""):
        """Where a page (or a search hit) asks to go: see ui.pages.NAV_KINDS."""
        if self.session is None:
            return
        if kind == "overview":
            self.show_page("overview")
        elif kind == "interview":
            page = self.show_page("interviews")
            if key:
                page.select(key)
        elif kind == "document":
            page = self.show_page("documents")
            if key:
                page.select(key)
        elif kind == "evidence":
            page = self.show_page("evidence")
            if key:
                if "." in key or key.isdigit():
                    page.set_subarea_filter(key)
                else:
                    page.select(key)
        elif kind in ("area", "subarea"):
            area = key.split(".")[0] if key else "1"
            page = self.show_page(f"area:{area}")
            if kind == "subarea":
                for name in ("select_subarea", "show_subarea"):
                    if hasattr(page, name):
                        getattr(page, name)(key)
                        break
        elif kind == "report":
            self.show_page("report")
        elif kind in ("sync", "conflict"):
            page = self.show_page("sync")
            if kind == "conflict" and key and hasattr(page, "show_conflict"):
                page.show_conflict(key)
        elif kind == "search":
            self.search_field.setText(key)
            self._run_search()

    # ---- search --------------------------------------------------------------------------

    def focus_search(self):
        if self.session is None:
            return
        self.search_field.setFocus(_qt().FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _run_search(self):
        self.search_timer.stop()
        if self.session is None:
            return []
        text = self.search_field.text()
        page = self.show_page("search")
        return page.run(text)

    def _search_enter(self):
        if self.search_timer.isActive() or self.page("search").text != self.search_field.text():
            self._run_search()
        self.page("search").open_first()

    # ---- edits, undo ---------------------------------------------------------------------

    def flush(self):
        """Pending typing (debounced editors) into the file now."""
        for page in self.pages.values():
            if hasattr(page, "flush"):
                page.flush()

    def undo(self):
        if self.session is None:
            return
        self.flush()  # pending typing becomes the step that is undone
        self.session.undo_stack.undo()

    def redo(self):
        if self.session is None:
            return
        self.flush()
        if self.session.undo_stack.canRedo():  # typing just saved ends the redo history
            self.session.undo_stack.redo()

    def _update_undo(self):
        stack = self.session.undo_stack if self.session else None
        can_undo = bool(stack and stack.canUndo())
        can_redo = bool(stack and stack.canRedo())
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        self.undo_action.setText(self.tr("&Ångra %1").replace("%1", stack.undoText()) if can_undo
                                 else self.tr("&Ångra"))
        self.redo_action.setText(self.tr("&Gör om %1").replace("%1", stack.redoText()) if can_redo
                                 else self.tr("&Gör om"))

    def _session_changed(self, tables):
        self._update_undo()
        if _common().touches(tables, "evaluation"):
            self._update_title()
        from datetime import datetime
        self.statusBar().showMessage(self.tr("Sparat %1").replace("%1", datetime.now().strftime("%H:%M:%S")))
        if self.pages.get("search") is not None and self.page_stack.currentWidget() is self.pages["search"]:
            self.pages["search"].run(self.search_field.text())

    # ---- dialogs -------------------------------------------------------------------------

    def show_settings(self):
        from kompass_desktop.ui import settings as ui_settings
        from kompass_desktop.ui.dialogs import SettingsDialog
        before = ui_settings.language()
        if SettingsDialog(self).exec() and ui_settings.language() != before:
            self.apply_language(ui_settings.language())

    def apply_language(self, language: str) -> "MainWindow":
        """Switch language now: a new window built under the new translator takes over the
        open file (everything is saved already; the undo history starts anew)."""
        from PySide6.QtWidgets import QApplication

        from kompass_desktop.ui import i18n
        i18n.install(QApplication.instance(), language)
        path = str(self.session.evaluation.path) if self.session is not None else None
        key = self.current_page_key() if self.session is not None else None
        successor = MainWindow()
        _windows.append(successor)
        successor.setGeometry(self.geometry())
        self.close()  # flushes typing and releases the file first
        if self in _windows:
            _windows.remove(self)
        successor.show()
        if path:
            if key and key != "search":  # the user stays where they were
                successor.opened.connect(lambda _p: successor.show_page(key))
            successor.open_file(path)
        return successor

    def edit_dates(self):
        if self.session is None:
            return
        from kompass_desktop.ui.dialogs import ProcessDatesDialog
        ProcessDatesDialog(self.session, self).exec()

    def current_page_key(self) -> str | None:
        page = self.page_stack.currentWidget()
        return next((k for k, p in self.pages.items() if p is page), None)

    def edit_identity(self):
        from kompass_desktop.ui.dialogs import IdentityDialog
        IdentityDialog(self, identity_service.current_identity(create=False)).exec()

    def edit_framework(self):
        """The open evaluation's framework (read-only: the file keeps its copy; the editor can
        make a variant), or a new framework when no evaluation is open."""
        cls = pages.page_class(pages.FRAMEWORK_EDITOR)
        if cls is None:
            return
        fw = self.session.evaluation.framework if self.session is not None else None
        dialog = cls(fw, self, read_only=fw is not None)
        if hasattr(dialog, "navigate"):
            dialog.navigate.connect(self.navigate)
        dialog.exec()

    def about(self):
        from kompass_desktop.ui.help import show_about
        show_about(self)

    def show_guide(self):
        from kompass_desktop.ui.help import GuideDialog
        menus = [a for m in self.menuBar().actions() if m.menu() for a in m.menu().actions()]
        GuideDialog(self, menus + self.actions()).show()
