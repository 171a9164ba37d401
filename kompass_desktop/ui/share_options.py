"""Choices for "Spara en kopia för delning" (pseudonyms, passphrase) and passphrase prompts
for opening or merging an encrypted copy (PRODUCT §3.8).

sync_view.save_copy_dialog asks `ask()` first, then the file name, then calls `write()`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QLabel, QLineEdit, QMessageBox, QVBoxLayout)

from kompass_desktop.services import encrypted, privacy, sync
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.ui.common import show_error


@dataclass
class ShareOptions:
    pseudonymise: bool = False
    skip_hits: list[str] = field(default_factory=list)
    passphrase: str | None = None


class ShareOptionsDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Spara en kopia för delning"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Kopian blir en enda fil som går att mejla eller lägga på ett USB-minne. "
                               "Välj hur den ska skydda personerna i utvärderingen."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.pseudo = QCheckBox(self.tr("Byt namn mot pseudonymer (t.ex. ”Förtroendevald 1”)"))
        self.pseudo.toggled.connect(self._pseudo_toggled)
        layout.addWidget(self.pseudo)
        self.hits_label = QLabel()
        self.hits_label.setWordWrap(True)
        layout.addWidget(self.hits_label)
        from kompass_desktop.ui.people import hit_list
        self._hit_list = hit_list
        self.hits = hit_list([])
        layout.addWidget(self.hits, 1)
        self.encrypt = QCheckBox(self.tr("Kryptera med en lösenfras"))
        self.encrypt.toggled.connect(self._update)
        layout.addWidget(self.encrypt)
        form = QFormLayout()
        self.pass1 = QLineEdit()
        self.pass1.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass1.setAccessibleName(self.tr("Lösenfras"))
        self.pass2 = QLineEdit()
        self.pass2.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass2.setAccessibleName(self.tr("Lösenfrasen igen"))
        for w in (self.pass1, self.pass2):
            w.textChanged.connect(self._update)
        form.addRow(self.tr("Lösenfras"), self.pass1)
        form.addRow(self.tr("Lösenfrasen igen"), self.pass2)
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        form.addRow("", self.strength)
        layout.addLayout(form)
        self.pass_note = QLabel(self.tr("Ge lösenfrasen till mottagaren på annat sätt än filen, "
                                        "t.ex. per telefon. Utan den går kopian inte att öppna."))
        self.pass_note.setWordWrap(True)
        layout.addWidget(self.pass_note)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Välj var kopian sparas…"))
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        self._hits_loaded = False
        self._pseudo_toggled(False)

    def _pseudo_toggled(self, on: bool) -> None:
        if on and not self._hits_loaded:
            hits = privacy.pseudonymise_preview(Evaluation(self.store))
            new = self._hit_list(hits)
            self.layout().replaceWidget(self.hits, new)
            self.hits.deleteLater()
            self.hits = new
            self._hits_loaded = True
            self.hits_label.setText(
                self.tr("Namnen i personregistret och deltagarlistorna byts alltid. I texterna hittades "
                        "%1 träffar; avmarkera dem som inte är namn på personer.").replace("%1", str(len(hits)))
                if hits else self.tr("Namnen i personregistret och deltagarlistorna byts. Inga namn "
                                     "hittades i texterna."))
        self.hits.setVisible(on)
        self.hits_label.setVisible(on)
        self._update()

    def _update(self) -> None:
        on = self.encrypt.isChecked()
        for w in (self.pass1, self.pass2, self.strength, self.pass_note):
            w.setVisible(on)
        ok = True
        if on:
            p1, p2 = self.pass1.text(), self.pass2.text()
            s = encrypted.strength(p1)
            words = [self.tr("Mycket svag"), self.tr("Svag"), self.tr("Godtagbar"), self.tr("Stark"),
                     self.tr("Mycket stark")]
            text = words[s.score] + " – " + self.tr("använd gärna fyra eller fler ord som inte hör ihop")
            if p2 and p1 != p2:
                text += "\n" + self.tr("Lösenfraserna är olika.")
            self.strength.setText(text if p1 else self.tr("Skriv en lösenfras två gånger."))
            ok = bool(p1) and p1 == p2
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def options(self) -> ShareOptions:
        from kompass_desktop.ui.people import unticked
        return ShareOptions(self.pseudo.isChecked(),
                            unticked(self.hits) if self.pseudo.isChecked() else [],
                            self.pass1.text() if self.encrypt.isChecked() else None)


def ask(parent, store) -> ShareOptions | None:
    dlg = ShareOptionsDialog(store, parent)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    return dlg.options()


def suggested_name(store, options: ShareOptions) -> str:
    name = sync.suggested_share_name(store)
    if options.pseudonymise:
        name = name.removesuffix(".kompass") + "__pseudonymiserad.kompass"
    if options.passphrase:
        name = name.removesuffix(".kompass") + encrypted.SUFFIX
    return name


def file_filter(options: ShareOptions) -> str:
    if options.passphrase:
        return QCoreApplication.translate("ShareOptions", "Krypterad Kompass-kopia (*.kompass-enc)")
    return QCoreApplication.translate("SyncView", "Kompass-utvärdering (*.kompass)")


def write(store, path: str | Path, options: ShareOptions) -> Path:
    """Write the copy the options describe (plain, pseudonymised, encrypted or both)."""
    import shutil

    from kompass_desktop.paths import private_tmp
    if not options.pseudonymise and not options.passphrase:
        return sync.save_copy_for_sharing(store, path)
    path = Path(path)
    if path.resolve() == store.path.resolve():
        return sync.save_copy_for_sharing(store, path)  # refuses with its own reason
    if options.pseudonymise and not options.passphrase:
        if not path.name.endswith(".kompass"):
            path = path.with_name(path.name + ".kompass")
        for s in ("", "-wal", "-shm"):
            Path(str(path) + s).unlink(missing_ok=True)  # the save dialog asked to replace it
        return privacy.pseudonymised_copy(Evaluation(store), path, options.skip_hits)
    if not options.pseudonymise:
        return encrypted.encrypted_copy(store, path, options.passphrase)
    d = private_tmp("copy")
    try:
        plain = privacy.pseudonymised_copy(Evaluation(store), d / "copy.kompass", options.skip_hits)
        return encrypted.write_encrypted(plain, path, options.passphrase)
    finally:
        shutil.rmtree(d, ignore_errors=True)


# ---- passphrases for reading -------------------------------------------------------------------


class PassphraseDialog(QDialog):
    def __init__(self, path: Path, text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Krypterad kopia"))
        layout = QVBoxLayout(self)
        label = QLabel(text.replace("%1", path.name))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Lösenfras"))
        layout.addWidget(self.field)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)


def ask_passphrase(parent, path: Path, text: str) -> str | None:
    dlg = PassphraseDialog(path, text, parent)
    if dlg.exec() != QDialog.DialogCode.Accepted or not dlg.field.text():
        return None
    return dlg.field.text()


def passphrase_for_merge(parent, path: Path) -> bool:
    """For an encrypted THEIRS: ask the passphrase and keep it in memory for the merge (the
    key derivation runs on the merge's worker; a wrong passphrase fails the merge with its
    reason). True when the merge can start (always for a plain file)."""
    if not encrypted.is_encrypted(path):
        return True
    pw = ask_passphrase(parent, path, QCoreApplication.translate(
        "ShareOptions", "%1 är krypterad. Skriv lösenfrasen du fick av kollegan."))
    if pw is None:
        return False
    encrypted.remember_passphrase(path, pw)
    return True


def open_encrypted(parent, path: Path, on_done, on_cancel) -> None:
    """Opening an encrypted copy: ask the passphrase and where to keep a decrypted working
    file (a local folder), decrypt on a worker, then on_done(working file); a wrong
    passphrase asks again, cancelling calls on_cancel()."""
    from kompass_desktop.ui.workers import run_task
    pw = ask_passphrase(parent, path, QCoreApplication.translate(
        "ShareOptions", "%1 är en krypterad kopia. Skriv lösenfrasen för att öppna den. Du får "
        "sedan spara en okrypterad arbetsfil i en lokal mapp."))
    if pw is None:
        on_cancel()
        return
    start = str(path.parent / encrypted.plain_name(path))
    dest, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ShareOptions", "Spara en arbetsfil att öppna"), start,
        QCoreApplication.translate("SyncView", "Kompass-utvärdering (*.kompass)"))
    if not dest:
        on_cancel()
        return
    dest = Path(dest)
    if dest.suffix != ".kompass":
        dest = dest.with_name(dest.name + ".kompass")
    if dest.exists():
        answer = QMessageBox.question(parent, QCoreApplication.translate("ShareOptions", "Filen finns redan"),
                                      QCoreApplication.translate("ShareOptions", "%1 finns redan. Ersätta den?")
                                      .replace("%1", dest.name))
        if answer != QMessageBox.StandardButton.Yes:
            on_cancel()
            return

    def work() -> Path:
        plain = encrypted.decrypt_bytes(path.read_bytes(), pw, path.name)
        for s in ("", "-wal", "-shm"):
            Path(str(dest) + s).unlink(missing_ok=True)
        return encrypted.write_plain(plain, dest)

    def failed(e: BaseException) -> None:
        show_error(parent, QCoreApplication.translate("ShareOptions", "Kan inte öppna kopian"), e)
        if isinstance(e, encrypted.DecryptRefused):
            open_encrypted(parent, path, on_done, on_cancel)  # ask again
        else:
            on_cancel()

    run_task(work, on_done, failed)
