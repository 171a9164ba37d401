"""A file that cannot be merged is refused with a one-line reason, and MINE stays byte for byte
as it was (and so does THEIRS). Also the `kompass merge` command: --json, --dry-run, twice."""
import hashlib
import json
import shutil
import sqlite3
import struct
import zipfile
from pathlib import Path

import pytest

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services import sync
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.services.identity import new_identity, save_identity
from kompass_desktop.storage import schema

FW = resolve_framework("kommunkompassen-2019")


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def files(tmp_path):
    """MINE (closed, as on disk) and a good THEIRS copy made by another installation."""
    save_identity(new_identity("Anna Berg"))
    mine = tmp_path / "mine.kompass"
    ev = Evaluation.create(mine, FW, "Testby", 2025)
    iid = ev.add_interview("Intervju", notes="Anteckningar")
    ev.store.save_copy(tmp_path / "theirs.kompass")
    ev.close()
    other = Evaluation.open(tmp_path / "theirs.kompass", identity=new_identity("Bo Ek"))
    other.store.write("interview", iid, {"notes": "Bo:s anteckningar", "place": "Sal 1"})
    other.add_list_item("1", "strength", "Ny styrka")
    sync.save_copy_for_sharing(other.store, tmp_path / "good.kompass")
    other.close()
    return mine, tmp_path / "good.kompass", tmp_path, iid


def _corrupt(src: Path, dest: Path) -> Path:
    data = bytearray(src.read_bytes())
    page = struct.unpack(">H", data[16:18])[0]
    # overwrite the second page (the schema's b-tree pages start there) with garbage
    for i in range(page, 3 * page):
        data[i] = (i * 7) & 0xFF
    dest.write_bytes(bytes(data))
    return dest


def _bad_files(good: Path, d: Path) -> dict[str, tuple[Path, str]]:
    out = {}
    out["text"] = (d / "notes.kompass", "not a Kompass evaluation file")
    out["text"][0].write_text("hej hej", encoding="utf-8")
    out["empty"] = (d / "empty.kompass", "not a Kompass evaluation file")
    out["empty"][0].write_bytes(b"")
    z = d / "zip.kompass"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("a.txt", "x")
    out["zip"] = (z, "not a Kompass evaluation file")
    foreign = d / "foreign.kompass"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    out["foreign"] = (foreign, "not a Kompass evaluation file")
    newer = d / "newer.kompass"
    shutil.copy(good, newer)
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    out["newer"] = (newer, "newer Kompass Desktop")
    truncated = d / "truncated.kompass"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    out["truncated"] = (truncated, "damaged")
    out["corrupt"] = (_corrupt(good, d / "corrupt.kompass"), "damaged")
    other = d / "other.kompass"
    ev = Evaluation.create(other, FW, "Annanby", 2024, identity=new_identity("Cilla"))
    ev.close()
    out["other-evaluation"] = (other, "another evaluation")
    return out


def test_bad_theirs_refused_and_mine_unchanged_byte_for_byte(files):
    mine, good, d, iid = files
    before = sha(mine)
    for name, (bad, reason) in _bad_files(good, d).items():
        theirs_before = sha(bad)
        with pytest.raises(sync.MergeRefused) as exc:
            sync.merge_files(mine, bad)
        msg = str(exc.value)
        assert reason in msg, f"{name}: {msg}"
        assert "\n" not in msg
        assert sha(mine) == before, f"{name} changed MINE"
        assert sha(bad) == theirs_before, f"{name}: THEIRS was changed"
        assert not Path(str(mine) + "-wal").exists()


def test_cli_refusal_is_one_line_and_exit_non_zero(files, run_cli):
    mine, good, d, iid = files
    bad = d / "x.kompass"
    bad.write_text("nej")
    before = sha(mine)
    code, out, err = run_cli("merge", mine, bad)
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1 and "not a Kompass evaluation file" in err
    assert sha(mine) == before


def test_cli_dry_run_json_then_merge_then_second_merge_is_zero(files, run_cli):
    mine, good, d, iid = files
    before = sha(mine)
    code, out, err = run_cli("merge", mine, good, "--dry-run", "--json")
    assert code == 0, err
    preview = json.loads(out)
    assert preview == {"added": 1, "changed": 1, "deleted": 0, "conflicts": [], "rejected": []}
    assert sha(mine) == before                       # the dry run changed nothing

    code, out, err = run_cli("merge", mine, good, "--json")
    assert code == 0, err
    assert json.loads(out) == preview                # what the preview said came in
    ev = Evaluation.open(mine)
    assert ev.store.get("interview", iid)["notes"] == "Bo:s anteckningar"
    assert [i["text"] for i in ev.list_items("1", "strength")] == ["Ny styrka"]
    ev.close()

    code, out, err = run_cli("merge", mine, good, "--json")
    assert code == 0 and json.loads(out) == {"added": 0, "changed": 0, "deleted": 0, "conflicts": [],
                                         "rejected": []}
    code, out, err = run_cli("merge", mine, good)
    assert "nothing new" in out


def test_cli_text_output_lists_conflicts_with_both_values(files, run_cli):
    mine, good, d, iid = files
    ev = Evaluation.open(mine)
    ev.store.write("interview", iid, {"notes": "Annas version"})
    ev.close()
    code, out, err = run_cli("merge", mine, good)
    assert code == 0, err
    assert "1 conflict(s)" in out and "'Annas version'" in out and "'Bo:s anteckningar'" in out
    code, out, err = run_cli("merge", mine, good, "--json")
    assert json.loads(out)["conflicts"] == []        # already merged: nothing new


def test_cli_import_copy_of_other_evaluation(files, run_cli, tmp_path):
    mine, good, d, iid = files
    other = d / "annan.kompass"
    ev = Evaluation.create(other, FW, "Annanby", 2024, identity=new_identity("Cilla"))
    ev.add_interview("Intervju i Annanby")
    ev.close()
    code, out, err = run_cli("merge", mine, other, "--json")
    assert code == 1 and "another evaluation" in err
    code, out, err = run_cli("merge", mine, other, "--json", "--import-copy")
    assert code == 0 and json.loads(out)["added"] == 1
