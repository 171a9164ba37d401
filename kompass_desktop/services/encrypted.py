"""Passphrase-encrypted copies of an evaluation file (PRODUCT §3.8).

A whole-file envelope, so the SQLite layer stays as it is. Layout (big-endian):

    offset  size  field
    0       12    magic b"KOMPASS-ENC\\0"
    12      1     format version (1)
    13      1     key derivation: 1 = scrypt
    14      1     scrypt log2(N)
    15      1     scrypt r
    16      1     scrypt p
    17      1     cipher: 1 = AES-256-GCM
    18      1     compression: 1 = zlib
    19      16    salt (random)
    35      12    nonce (random)
    47      …     ciphertext of the compressed, vacuumed database, then the 16-byte GCM tag

The 47 header bytes are the AEAD's associated data: changing any of them, or any byte of the
ciphertext, fails authentication. The key is scrypt(passphrase in UTF-8 NFC, salt, N=2^17,
r=8, p=1) -> 32 bytes (128 MiB, about 0.6 s on the development machine). Parameters read
from a file are bounded before use, so a damaged header cannot make us allocate gigabytes.
Suffix: `.kompass-enc`.

Decrypted content is written only under paths.private_tmp_dir() (the user's data folder,
mode 0700), in a folder named `<pid>-…`, and removed after use; workspace.clean_stale()
removes what a killed process left (called when the CLI and the workbench start).
"""
from __future__ import annotations

import getpass
import os
import secrets
import shutil
import struct
import sys
import unicodedata
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from kompass_desktop.domain.errors import KompassError
from kompass_desktop.paths import private_tmp
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.storage.schema import ENCRYPTED_MAGIC, FileRefused, check_output_file

SUFFIX = ".kompass-enc"
FORMAT_VERSION = 1
KDF_SCRYPT = 1
CIPHER_AES_GCM = 1
COMPRESS_ZLIB = 1
LOG2_N, R, P = 17, 8, 1
_HEAD = struct.Struct(">12sBBBBBBB16s12s")
HEADER_SIZE = _HEAD.size  # 47
MAX_LOG2_N, MAX_R, MAX_P = 20, 16, 4
MAX_KDF_MEMORY = 256 << 20  # 128·r·N bytes: a damaged or hostile header cannot ask for more
MAX_PLAIN = 2 << 30  # refuse to inflate beyond 2 GiB
ENV = "KOMPASS_PASSPHRASE"


class PassphraseNeeded(KompassError):
    """No passphrase was given (no terminal and no KOMPASS_PASSPHRASE)."""


class DecryptRefused(FileRefused):
    """Wrong passphrase or a changed file; nothing was written."""


@dataclass(frozen=True)
class Header:
    version: int
    kdf: int
    log2_n: int
    r: int
    p: int
    cipher: int
    compression: int
    salt: bytes
    nonce: bytes

    def pack(self) -> bytes:
        return _HEAD.pack(ENCRYPTED_MAGIC, self.version, self.kdf, self.log2_n, self.r, self.p,
                          self.cipher, self.compression, self.salt, self.nonce)


def is_encrypted(path: str | Path) -> bool:
    """Only a regular file is looked at (opening a pipe for reading would wait forever)."""
    import stat
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            return os.read(fd, len(ENCRYPTED_MAGIC)) == ENCRYPTED_MAGIC
        finally:
            os.close(fd)
    except (OSError, ValueError):
        return False


def _key(passphrase: str, h: Header) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=h.salt, length=32, n=1 << h.log2_n, r=h.r, p=h.p).derive(secret)


def derive_key_seconds(passphrase: str = "kompass") -> float:
    """How long one key derivation with the file parameters takes here (for the note)."""
    import time
    h = Header(FORMAT_VERSION, KDF_SCRYPT, LOG2_N, R, P, CIPHER_AES_GCM, COMPRESS_ZLIB,
               b"\0" * 16, b"\0" * 12)
    t = time.perf_counter()
    _key(passphrase, h)
    return time.perf_counter() - t


def encrypt_bytes(plain: bytes, passphrase: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    if not passphrase:
        raise KompassError("an empty passphrase protects nothing; choose one",
                           sv="en tom lösenfras skyddar ingenting; välj en")
    h = Header(FORMAT_VERSION, KDF_SCRYPT, LOG2_N, R, P, CIPHER_AES_GCM, COMPRESS_ZLIB,
               secrets.token_bytes(16), secrets.token_bytes(12))
    head = h.pack()
    return head + AESGCM(_key(passphrase, h)).encrypt(h.nonce, zlib.compress(plain, 6), head)


def _refuse(name: str) -> DecryptRefused:
    return DecryptRefused(f"{name}: wrong passphrase, or the file was changed after it was "
                          "encrypted; nothing was opened",
                          sv=f"{name}: fel lösenfras, eller så har filen ändrats efter att den "
                             "krypterades; ingenting öppnades")


def read_header(data: bytes, name: str = "the file") -> Header:
    if len(data) < HEADER_SIZE + 16 or not data.startswith(ENCRYPTED_MAGIC):
        raise FileRefused(f"{name} is not an encrypted Kompass copy",
                          sv=f"{name} är ingen krypterad Kompass-kopia")
    f = _HEAD.unpack_from(data)
    h = Header(*f[1:])
    if h.version != FORMAT_VERSION:
        raise FileRefused(f"{name} was encrypted by a newer Kompass Desktop (format {h.version}); "
                          "update to open it",
                          sv=f"{name} är krypterad av en nyare Kompass Desktop; uppdatera för att öppna den")
    if (h.kdf != KDF_SCRYPT or h.cipher != CIPHER_AES_GCM or h.compression != COMPRESS_ZLIB
            or not (10 <= h.log2_n <= MAX_LOG2_N) or not (1 <= h.r <= MAX_R)
            or not (1 <= h.p <= MAX_P) or 128 * h.r * (1 << h.log2_n) > MAX_KDF_MEMORY):
        raise _refuse(name)
    return h


def decrypt_bytes(data: bytes, passphrase: str, name: str = "the file") -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    h = read_header(data, name)
    head = data[:HEADER_SIZE]
    try:
        packed = AESGCM(_key(passphrase, h)).decrypt(h.nonce, data[HEADER_SIZE:], head)
    except InvalidTag:
        raise _refuse(name) from None
    d = zlib.decompressobj()
    try:
        plain = d.decompress(packed, MAX_PLAIN)
    except zlib.error:
        raise _refuse(name) from None
    if d.unconsumed_tail:
        raise FileRefused(f"{name} is too large to open", sv=f"{name} är för stor för att öppnas")
    return plain


# ---- the private folder ------------------------------------------------------------------------


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def plain_name(path: Path) -> str:
    name = path.name
    if name.endswith(SUFFIX):
        name = name[: -len(SUFFIX)]
    return name if name.endswith(".kompass") else name + ".kompass"


@contextmanager
def decrypted(path: str | Path, passphrase: str) -> Iterator[Path]:
    """The plain database of an encrypted copy, in the private folder, removed afterwards."""
    path = Path(path)
    data = Path(path).read_bytes()
    plain = decrypt_bytes(data, passphrase, path.name)
    d = private_tmp("open")
    try:
        out = d / plain_name(path)
        _write_private(out, plain)
        del plain
        yield out
    finally:
        shutil.rmtree(d, ignore_errors=True)


def write_plain(plain: bytes, dest: str | Path) -> Path:
    """A decrypted working file where the user chose it (the workbench's open of an encrypted
    copy), readable by the user alone."""
    dest = Path(dest)
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.unlink(missing_ok=True)
    _write_private(tmp, plain)
    os.replace(tmp, dest)
    return dest


def encrypted_name(dest: str | Path) -> Path:
    """The encrypted copy's file name: `.kompass-enc` in place of `.kompass`, or added."""
    dest = Path(dest)
    return dest if dest.name.endswith(SUFFIX) else dest.with_name(dest.name.removesuffix(".kompass") + SUFFIX)


def write_encrypted(plain_file: str | Path, dest: str | Path, passphrase: str) -> Path:
    """Encrypt a plain (vacuumed) database file into dest (suffix `.kompass-enc` added)."""
    dest = encrypted_name(dest)
    check_output_file(dest)
    blob = encrypt_bytes(Path(plain_file).read_bytes(), passphrase)
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.unlink(missing_ok=True)
    tmp.write_bytes(blob)
    os.replace(tmp, dest)
    return dest


def encrypted_copy(store, dest: str | Path, passphrase: str) -> Path:
    """An encrypted share copy of an open store: the VACUUM INTO snapshot is made in the
    private folder, encrypted into dest, and removed."""
    from kompass_desktop.services.sync import share_snapshot
    check_output_file(encrypted_name(dest))  # before the working file is compacted and marked
    d = private_tmp("copy")
    try:
        plain = share_snapshot(store, d / "copy.kompass")  # compacted, horizon marked
        return write_encrypted(plain, dest, passphrase)
    finally:
        shutil.rmtree(d, ignore_errors=True)


# ---- passphrases --------------------------------------------------------------------------------


def passphrase_from_env_or_terminal(prompt: str = "Passphrase: ", twice: bool = False) -> str:
    """KOMPASS_PASSPHRASE for scripts, else asked on the terminal (never echoed)."""
    env = os.environ.get(ENV)
    if env:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise PassphraseNeeded(f"this needs a passphrase: run it in a terminal or set {ENV}",
                               sv=f"det här behöver en lösenfras: kör i en terminal eller sätt {ENV}")
    try:
        first = getpass.getpass(prompt)
        again = getpass.getpass("Again: ") if twice else first
    except (KeyboardInterrupt, EOFError):
        raise KompassError("cancelled: no passphrase given", sv="avbrutet: ingen lösenfras angavs") from None
    if again != first:
        raise KompassError("the two passphrases differ", sv="lösenfraserna är olika")
    return first


def default_source(path: Path) -> str:
    """A passphrase for a read outside the workbench: the environment or the terminal."""
    return passphrase_from_env_or_terminal(f"Passphrase for {path.name}: ")


@dataclass(frozen=True)
class Strength:
    score: int      # 0 (weak) … 4 (strong)
    sv: str
    en: str


def strength(passphrase: str) -> Strength:
    """A rough hint: length and variety (several unrelated words beat clever symbols)."""
    p = passphrase or ""
    words = len(p.split())
    classes = sum(any(f(c) for c in p) for f in
                  (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum()))
    score = 0
    if len(p) >= 10:
        score += 1
    if len(p) >= 16:
        score += 1
    if words >= 4 or len(p) >= 24:
        score += 1
    if classes >= 3:
        score += 1
    if len(set(p)) < 5:
        score = 0
    texts = [("Mycket svag", "Very weak"), ("Svag", "Weak"), ("Godtagbar", "Fair"),
             ("Stark", "Strong"), ("Mycket stark", "Very strong")]
    sv, en = texts[score]
    return Strength(score, f"{sv}: använd gärna fyra eller fler ord som inte hör ihop",
                    f"{en}: four or more unrelated words make a good passphrase")


# Passphrases the workbench asked for on the UI thread, for work that runs on a worker
# (kept in memory for the one operation, then forgotten).
_given: dict[str, str] = {}


def remember_passphrase(path: str | Path, passphrase: str) -> None:
    _given[str(Path(path).resolve())] = passphrase


def forget_passphrase(path: str | Path) -> None:
    _given.pop(str(Path(path).resolve()), None)


def passphrase_for(path: str | Path) -> str:
    given = _given.get(str(Path(path).resolve()))
    return given if given is not None else default_source(Path(path))


# ---- reading an encrypted copy wherever a file is read ------------------------------------------


def check_passphrase(path: str | Path, passphrase: str) -> None:
    """Raise DecryptRefused now (wrong passphrase or changed file), before any work starts."""
    decrypt_bytes(Path(path).read_bytes(), passphrase, Path(path).name)


def open_evaluation(path: str | Path):
    """An Evaluation for reading (summary, check, report): an encrypted copy is decrypted into
    the private folder and removed again on close."""
    if not is_encrypted(path):
        return Evaluation.open(path, read_only=True)  # not a byte of the file changes
    cm = decrypted(path, passphrase_for(path))
    plain = cm.__enter__()
    try:
        ev = _DecryptedEvaluation.open(plain, read_only=True)
    except BaseException:
        cm.__exit__(None, None, None)
        raise
    ev._plain_cm = cm
    return ev


def prepare_incoming(theirs: str | Path):
    """THEIRS for a merge: an encrypted copy is decrypted in the private folder, checked and
    copied like a plain file (the decrypted file is removed at once)."""
    from kompass_desktop.storage import merge as smerge
    theirs = Path(theirs)
    with decrypted(theirs, passphrase_for(theirs)) as plain:
        inc = smerge.prepare_incoming(plain)
    inc.source = theirs
    return inc


class _DecryptedEvaluation(Evaluation):
    """An evaluation read from an encrypted copy: closing it removes the decrypted file."""
    _plain_cm = None

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self._plain_cm is not None:
                self._plain_cm.__exit__(None, None, None)
                self._plain_cm = None
