"""Recent files, the single-writer lock beside a working file, risky folders."""
import json
import os
import socket
import time

from kompass_desktop.services import workspace


def test_recent_files_newest_first_and_only_existing(tmp_path):
    a, b = tmp_path / "a.kompass", tmp_path / "b.kompass"
    a.write_bytes(b"x")
    b.write_bytes(b"x")
    workspace.add_recent(a)
    workspace.add_recent(b)
    workspace.add_recent(a)
    assert workspace.recent_files() == [a.resolve(), b.resolve()]
    b.unlink()
    assert workspace.recent_files() == [a.resolve()]


def test_lock_names_the_other_holder_and_releases(tmp_path):
    f = tmp_path / "x.kompass"
    f.write_bytes(b"x")
    mine = workspace.FileLock(f, "Karin Ek", "SKR")
    assert mine.acquire() is None
    assert workspace.lock_holder(f) is None  # our own lock does not block us
    # Another live process on this computer holds it.
    data = json.loads(workspace.lock_path(f).read_text())
    data["pid"] = os.getppid()
    workspace.lock_path(f).write_text(json.dumps(data))
    holder = workspace.lock_holder(f)
    assert holder is not None and holder.name == "Karin Ek" and holder.here
    assert workspace.FileLock(f, "Jonas").acquire() == holder
    mine.release()  # not ours any more: left alone
    assert workspace.lock_path(f).exists()


def test_stale_locks_do_not_block(tmp_path):
    f = tmp_path / "x.kompass"
    f.write_bytes(b"x")
    lp = workspace.lock_path(f)
    # A crashed instance on this computer: its pid is gone.
    lp.write_text(json.dumps({"pid": 2 ** 22 + 12345, "host": socket.gethostname(), "name": "Per"}))
    assert workspace.lock_holder(f) is None
    # Another computer, refreshed recently: respected; not refreshed for long: stale.
    lp.write_text(json.dumps({"pid": 1, "host": "other-host", "name": "Per", "organisation": "SKR"}))
    assert workspace.lock_holder(f).host == "other-host"
    old = time.time() - workspace.LOCK_STALE_SECONDS - 10
    os.utime(lp, (old, old))
    assert workspace.lock_holder(f) is None
    # Garbage in the lock file is no lock.
    lp.write_text("{not json")
    assert workspace.lock_holder(f) is None


def test_folder_risk():
    mounts = [("server:/export", "/mnt/share", "nfs4"), ("//nas/docs", "/home/k/nas", "cifs"),
              ("/dev/sdb1", "/media/k/USB", "vfat"), ("/dev/sda2", "/", "ext4")]
    assert workspace.folder_risk("/home/k/Dropbox/kk/x.kompass", mounts, "linux") == "cloud"
    assert workspace.folder_risk("/home/k/OneDrive - SKR/x.kompass", mounts, "linux") == "cloud"
    assert workspace.folder_risk("/Users/k/Library/Mobile Documents/x.kompass", [], "darwin") == "cloud"
    assert workspace.folder_risk("/mnt/share/x.kompass", mounts, "linux") == "network"
    assert workspace.folder_risk("/home/k/nas/a/x.kompass", mounts, "linux") == "network"
    assert workspace.folder_risk("/media/k/USB/x.kompass", mounts, "linux") == "removable"
    assert workspace.folder_risk("/home/k/Dokument/x.kompass", mounts, "linux") is None
    assert workspace.folder_risk("\\\\server\\share\\x.kompass", [], "win32") == "network"
    assert workspace.folder_risk("/Volumes/USB/x.kompass", [], "darwin") == "removable"
    assert workspace.folder_risk("/Users/k/Documents/x.kompass", [], "darwin") is None
