"""Where working files live: recent files, who has a file open, risky folders.

A working file must have one writer at a time (PRODUCT §3.7: share copies, merge them).
An instance that opens a file leaves a small lock file beside it naming who has it open; the
lock is refreshed while the file is open, so a lock left by a crash goes stale and never
blocks for ever.
"""
from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from kompass_desktop.paths import config_dir

RECENT_MAX = 10
# A lock not refreshed for this long was left by an instance that no longer runs.
LOCK_STALE_SECONDS = 300
LOCK_REFRESH_SECONDS = 60


# ---- recent files ------------------------------------------------------------------------

def _recent_path() -> Path:
    return config_dir() / "recent.json"


def recent_files() -> list[Path]:
    """Recently opened evaluation files that still exist, newest first."""
    try:
        items = json.loads(_recent_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    out = []
    for p in items if isinstance(items, list) else []:
        if isinstance(p, str) and Path(p).is_file():
            out.append(Path(p))
    return out


def add_recent(path: str | Path) -> None:
    p = str(Path(path).resolve())
    items = [str(x) for x in recent_files() if str(x) != p]
    items.insert(0, p)
    target = _recent_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(items[:RECENT_MAX], ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, target)


# ---- single writer -------------------------------------------------------------------------


def _hostname() -> str:
    # Importing socket costs start-up time; on POSIX the node name is the host name.
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket
    return socket.gethostname()

@dataclass(frozen=True)
class LockInfo:
    pid: int
    host: str
    name: str
    organisation: str
    since: float

    @property
    def here(self) -> bool:
        return self.host == _hostname()


def lock_path(path: str | Path) -> Path:
    p = Path(path)
    return p.with_name(p.name + ".lock")


def clean_stale() -> int:
    """Remove what a killed process left in the private folder (paths.private_tmp_dir: its
    entries are named `<pid>-…`); returns how many entries. Runs at every start, so it lives
    here and not beside the encryption it cleans up after (that module loads the storage)."""
    import shutil

    from kompass_desktop.paths import data_dir
    d = data_dir() / "tmp"
    if not d.is_dir():
        return 0
    n = 0
    for p in d.iterdir():
        head = p.name.split("-", 1)[0]
        if head.isdigit() and (int(head) == os.getpid() or _pid_alive(int(head))):
            continue
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)
        n += 1
    return n


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def read_lock(path: str | Path) -> LockInfo | None:
    lp = lock_path(path)
    try:
        data = json.loads(lp.read_text(encoding="utf-8"))
        return LockInfo(int(data["pid"]), str(data["host"]), str(data.get("name", "")),
                        str(data.get("organisation", "")), float(data.get("since", 0)))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def lock_holder(path: str | Path) -> LockInfo | None:
    """Who else has this file open now, or None (no lock, our own, or a stale one)."""
    info = read_lock(path)
    if info is None:
        return None
    if info.here and info.pid == os.getpid():
        return None
    if info.here:
        return info if _pid_alive(info.pid) else None
    # Another computer (a shared folder): trust the lock only while it is being refreshed.
    try:
        age = time.time() - lock_path(path).stat().st_mtime
    except OSError:
        return None
    return info if age < LOCK_STALE_SECONDS else None


class FileLock:
    """This instance's claim on a working file; refresh() keeps it fresh, release() drops it."""

    def __init__(self, path: str | Path, name: str = "", organisation: str = ""):
        self.path = Path(path)
        self.lock_file = lock_path(path)
        self.name = name
        self.organisation = organisation
        self.held = False

    def acquire(self, force: bool = False) -> LockInfo | None:
        """Take the lock; returns the other holder instead when someone else has it."""
        if not force:
            other = lock_holder(self.path)
            if other is not None:
                return other
        data = {"pid": os.getpid(), "host": _hostname(), "name": self.name,
                "organisation": self.organisation, "since": time.time()}
        tmp = self.lock_file.with_name(self.lock_file.name + f".{os.getpid()}.tmp")
        try:
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.lock_file)
            self.held = True
        except OSError:
            # A folder we cannot write a lock into (a read-only share: the file opens
            # read-only): go on without one rather than refusing work.
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
            self.held = False
        return None

    def refresh(self) -> None:
        if self.held:
            try:
                os.utime(self.lock_file)
            except OSError:
                pass

    def release(self) -> None:
        if not self.held:
            return
        info = read_lock(self.path)
        if info is not None and info.here and info.pid == os.getpid():
            self.lock_file.unlink(missing_ok=True)
        self.held = False


# ---- risky folders -------------------------------------------------------------------------

CLOUD_MARKERS = ("dropbox", "onedrive", "icloud drive", "icloud", "mobile documents",
                 "google drive", "googledrive", "my drive", "min enhet", "box sync", "pcloud",
                 "nextcloud", "owncloud", "cloudstorage")
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "fuse.sshfs", "sshfs", "9p",
              "afpfs", "webdav", "davfs", "fuse.davfs2", "fuse.rclone", "ceph", "glusterfs"}


def _mounts() -> list[tuple[str, str, str]]:
    """(device, mount point, fs type) from /proc/mounts (Linux), longest mount point first."""
    try:
        text = Path("/proc/mounts").read_text()
    except OSError:
        return []
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            out.append((parts[0], parts[1].replace("\\040", " "), parts[2]))
    return sorted(out, key=lambda m: len(m[1]), reverse=True)


def _linux_removable(device: str) -> bool:
    name = Path(device).name
    if not device.startswith("/dev/") or not name:
        return False
    block = Path("/sys/class/block") / name
    try:
        target = block.resolve()
        # A partition's parent directory is its disk.
        for d in (target, target.parent):
            flag = d / "removable"
            if flag.exists() and flag.read_text().strip() == "1":
                return True
    except OSError:
        pass
    return False


def folder_risk(path: str | Path, mounts: list[tuple[str, str, str]] | None = None,
                platform: str | None = None) -> str | None:
    """'cloud', 'network' or 'removable' when the folder of a working file is one of those."""
    platform = platform or sys.platform
    raw = str(path)
    p = Path(path)
    lowered = [part.casefold() for part in p.parts]
    for part in lowered:
        if any(part == m or part.startswith(m + " ") or part.startswith(m + "-")
               or part.startswith(m + "_") for m in CLOUD_MARKERS):
            return "cloud"
    if platform == "win32":
        if raw.startswith("\\\\") or raw.startswith("//"):
            return "network"
        drive = os.path.splitdrive(raw)[0]
        if drive and platform == sys.platform:
            import ctypes
            kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
            return {2: "removable", 4: "network"}.get(kind)
        return None
    if platform == "darwin":
        parts = p.parts
        if len(parts) > 2 and parts[1] == "Volumes":
            return "removable"
        return None
    try:
        resolved = str(p.resolve()) if mounts is None else raw
    except OSError:
        resolved = raw
    for device, mount, fstype in (_mounts() if mounts is None else mounts):
        if resolved == mount or resolved.startswith(mount.rstrip("/") + "/"):
            if fstype in NETWORK_FS or fstype.startswith("fuse.sshfs"):
                return "network"
            if mount.startswith(("/media/", "/run/media/")) or (mounts is None and _linux_removable(device)):
                return "removable"
            return None
    return None
