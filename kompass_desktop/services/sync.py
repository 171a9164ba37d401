"""Sync by sharing the file (PRODUCT §3.7): merge, conflicts, backups, undo, sharing copies.

The GUI and the `kompass merge` command share these functions. A merge never touches the
colleague's file (a temporary copy is checked, migrated if older, and attached), backs up our
own file first (beside the user's data, keeping the last few) and runs in one transaction.
"""
from __future__ import annotations

import json
import re
import shutil
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from kompass_desktop.domain import merge as rules
from kompass_desktop.domain.errors import KompassError
from kompass_desktop.domain.versions import DELETED, hlc_to_ms
from kompass_desktop.paths import private_tmp
from kompass_desktop.services.identity import Identity, current_identity
from kompass_desktop.storage import compaction
from kompass_desktop.storage import merge as smerge
from kompass_desktop.storage import replicas
from kompass_desktop.storage import schema
from kompass_desktop.storage.schema import FileRefused
from kompass_desktop.storage.store import Actor, EvaluationStore

BACKUPS_KEPT = 5
REJECTED_SHOWN = 20  # refused values the one-line-per-value text lists
# Most bytes of merge backups kept per evaluation (the newest backup always stays).
BACKUPS_MAX_BYTES = 50 * 1024 * 1024

# Swedish names of what came in, per kind (table), for describe() and the view.
KIND_LABELS = {
    "evaluation": "utvärderingen", "evaluator": "utvärderare", "interview": "intervjuer",
    "participant": "deltagare", "document": "dokument", "evidence": "underlag",
    "evidence_tag": "kopplingar till delområden", "score_draft": "utkastpoäng",
    "score_agreed": "överenskomna poäng", "area_ready": "klarmarkeringar",
    "area_text": "områdestexter", "subarea_text": "delområdestexter",
    "list_item": "styrkor/förbättringar", "good_example": "goda exempel",
    "comparison_series": "jämförelseserier",
}
# Swedish names of the fields a conflict can be about (the sync view, the overview's list).
FIELD_LABELS = {
    "text": "text", "notes": "anteckningar", "title": "titel", "place": "plats",
    "points": "poäng", "rationale": "motivering", "general_text": "allmän text",
    "framework_json": "ramverk (maxpoäng)", "deleted": "borttagen", "_deleted": "borttagen",
    "position": "ordning", "name": "namn", "issuer": "utgivare", "year": "år",
    "status": "status",
}


class MergeRefused(FileRefused):
    """THEIRS cannot be merged into MINE; neither file was changed."""


class OtherEvaluationRefused(MergeRefused):
    """THEIRS belongs to another evaluation; it can still be imported as a copy."""


@dataclass(frozen=True)
class MergeNote:
    """Something a user should know about a merge, beyond the counts. `kind` and `values`
    let each front end word it in its language (the workbench through Qt's translation);
    english() is the command's wording."""
    kind: str      # future_clock, other_evaluation, erased_there, erased_before,
    #                erasure_refused, open_working_file, older_schema
    values: dict

    def english(self) -> str:
        v = self.values
        return {
            "future_clock": lambda: (
                f"{v['n']} incoming edit(s) are dated more than a day in the future (the other "
                "computer's clock is wrong); they were merged, and this file's clock was not "
                "moved past them"),
            "other_evaluation": lambda: (
                f"imported as a copy from another evaluation: its {v['n']} score, text and "
                "setting change(s) were left out"),
            "erased_there": lambda: (
                f"personal data was erased in the other file by {v['who']} on {v['date']}; the "
                f"erasure now applies to this file too ({v['n']} stored value(s) erased here)"),
            "erased_before": lambda: (
                f"{v['n']} incoming value(s) were not brought in: personal data erased by "
                f"{v['who']} on {v['date']}"),
            "erasure_refused": lambda: (
                f"{v['n']} incoming change(s) to an erasure were refused (erasures are never "
                "edited or deleted)"),
            "open_working_file": lambda: (
                f"{v['file']} looks like a working file that is still open (it has a -wal "
                "beside it); ask for a copy made with 'Save a copy for sharing' next time"),
            "older_schema": lambda: (
                f"{v['file']} was made by an older Kompass Desktop (schema {v['schema']}); a "
                "converted copy was merged"),
        }[self.kind]()


@dataclass
class MergeReport:
    """What a merge brought in (or, for a dry run, would bring in)."""
    added: int = 0
    changed: int = 0
    deleted: int = 0
    conflicts: list[dict] = field(default_factory=list)
    by_kind: dict[str, dict[str, int]] = field(default_factory=dict)
    new_versions: int = 0
    new_blobs: int = 0
    peer_authors: list[str] = field(default_factory=list)
    peer_file: str = ""
    dry_run: bool = False
    notes: list[MergeNote] = field(default_factory=list)
    backup_path: str | None = None
    max_hlc: int = 0
    sync_log_id: str | None = None
    # Incoming values refused by validation: {kind, id, field, value, reason, reason_sv}.
    rejected: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        """The `merge --json` object of PRODUCT §6, exactly."""
        return {"added": self.added, "changed": self.changed, "deleted": self.deleted,
                "conflicts": [{k: c[k] for k in ("kind", "id", "field", "mine", "theirs")}
                              for c in self.conflicts],
                "rejected": [{k: r[k] for k in ("kind", "id", "field", "value", "reason")}
                             for r in self.rejected]}

    @property
    def empty(self) -> bool:
        return not (self.new_versions or self.new_blobs)

    @property
    def warnings(self) -> list[str]:
        return [n.english() for n in self.notes]

    def describe(self) -> str:
        head = "Would bring in" if self.dry_run else "Merged"
        lines = []
        if self.empty:
            lines.append(f"{self.peer_file}: nothing new (already merged)")
        else:
            who = ", ".join(self.peer_authors) or "unknown"
            lines.append(f"{head} {self.new_versions} change(s) from {self.peer_file} (by {who}): "
                         f"{self.added} added, {self.changed} changed, {self.deleted} deleted")
            for kind, c in sorted(self.by_kind.items()):
                parts = [f"{n} {what}" for what, n in c.items() if n]
                if parts:
                    lines.append(f"  {kind}: {', '.join(parts)}")
            if self.new_blobs:
                lines.append(f"  attached files: {self.new_blobs}")
        if self.conflicts:
            lines.append(f"{len(self.conflicts)} conflict(s), this file keeps its value until resolved:")
            for c in self.conflicts:
                lines.append(f"  {c['kind']} {c['id'][:8]} {c['field']}: mine={_short(c['mine'])} "
                             f"theirs={_short(c['theirs'])}")
        if self.rejected:
            rest = "" if self.empty else (", the rest would be merged" if self.dry_run
                                          else ", the rest was merged")
            lines.append(f"{len(self.rejected)} incoming value(s) refused (invalid){rest}:")
            for r in self.rejected[:REJECTED_SHOWN]:  # each part already printable (escaped)
                value = r["value"] if len(r["value"]) <= 60 else r["value"][:59] + "…"
                lines.append(f"  {r['kind']} {r['id'][:8]} {r['field']}: '{value}' ({r['reason']})")
            if len(self.rejected) > REJECTED_SHOWN:
                lines.append(f"  … and {len(self.rejected) - REJECTED_SHOWN} more "
                             "(merge --json lists them all)")
        lines.extend(f"note: {w}" for w in self.warnings)
        if self.backup_path:
            lines.append(f"backup of your file before the merge: {self.backup_path}")
        return "\n".join(lines)


def _short(v: Any, n: int = 60) -> str:
    text = json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else repr(v)
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def _report(out: smerge.MergeOutcome, inc: smerge.IncomingFile, dry_run: bool) -> MergeReport:
    j = smerge.outcome_json(out)
    r = MergeReport(added=j["added"], changed=j["changed"], deleted=j["deleted"],
                    conflicts=out.conflicts, by_kind=j["by_kind"], new_versions=out.new_versions,
                    new_blobs=out.new_blobs, peer_authors=out.peer_authors,
                    peer_file=inc.source.name, dry_run=dry_run, max_hlc=out.max_hlc,
                    sync_log_id=out.sync_log_id, rejected=out.rejected)
    if out.future_versions:
        r.notes.append(MergeNote("future_clock", {"n": out.future_versions}))
    if out.skipped_other_evaluation:
        r.notes.append(MergeNote("other_evaluation", {"n": out.skipped_other_evaluation}))
    r.notes.extend(_erasure_notes(out))
    if inc.had_wal:
        r.notes.append(MergeNote("open_working_file", {"file": inc.source.name}))
    if inc.schema_version < schema.SCHEMA_VERSION:
        r.notes.append(MergeNote("older_schema", {"file": inc.source.name,
                                                  "schema": inc.schema_version}))
    return r


def _erasure_notes(out: smerge.MergeOutcome) -> list[MergeNote]:
    """What erasures of personal data did in a merge, and who erased (db/README.md §4)."""
    e = out.erasures
    notes = [MergeNote("erased_there", {"who": n.get("name") or n["author"],
                                        "date": _when(n["hlc"]).date().isoformat(),
                                        "n": e.own_erased}) for n in e.new_erasures]
    notes += [MergeNote("erased_before", {"who": b.get("name") or b["author"],
                                          "date": _when(b["hlc"]).date().isoformat(),
                                          "n": b["versions"]}) for b in e.by]
    if e.refused:
        notes.append(MergeNote("erasure_refused", {"n": e.refused}))
    return notes


# ---- checks before a merge ----------------------------------------------------------------


def _mine_evaluation_id(path: Path) -> str:
    evaluation_id = schema.read_evaluation_id(path)
    if not evaluation_id:
        raise MergeRefused(f"{path.name} is not a Kompass evaluation file (no evaluation id)")
    return evaluation_id


def check_same_evaluation(mine_id: str, inc: smerge.IncomingFile,
                          allow_other_evaluation: bool) -> None:
    if inc.evaluation_id != mine_id and not allow_other_evaluation:
        what = f" ({inc.municipality} {inc.year})" if inc.municipality else ""
        raise OtherEvaluationRefused(f"{inc.source.name} belongs to another evaluation{what}; "
                           "import it as a copy if you really mean to bring its work in",
                           sv=f"{inc.source.name} hör till en annan utvärdering; importera den som "
                              "kopia om du verkligen vill ta in dess arbete")


def prepare(theirs: str | Path) -> smerge.IncomingFile:
    """Check THEIRS (a one-line reason if refused) and make the temporary copy to merge."""
    try:
        from kompass_desktop.services import encrypted
        if encrypted.is_encrypted(theirs):
            return encrypted.prepare_incoming(theirs)
        return smerge.prepare_incoming(theirs)
    except FileRefused as e:
        raise MergeRefused(str(e), sv=e.sv) from None  # keep the Swedish reason


# ---- backups ------------------------------------------------------------------------------


def backups_dir() -> Path:
    from kompass_desktop.paths import data_dir
    return data_dir() / "backups"


def _backup_name(store: EvaluationStore) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{store.path.stem}.{store.evaluation_id[:8]}.{stamp}.before-merge.kompass"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    size: int
    when: datetime  # when it was taken (UTC)


def list_backups(evaluation_id: str) -> list[BackupFile]:
    """The merge backups this program keeps of one evaluation, newest first."""
    d = backups_dir()
    if not d.is_dir():
        return []
    out = []
    for p in d.glob(f"*.{evaluation_id[:8]}.*.before-merge.kompass"):
        try:
            st = p.stat()
        except OSError:
            continue
        out.append(BackupFile(p, st.st_size, datetime.fromtimestamp(st.st_mtime, timezone.utc)))
    return sorted(out, key=lambda b: b.path.name, reverse=True)


def delete_backups(evaluation_id: str, paths: list[Path] | None = None) -> int:
    """Delete the given backups of the evaluation (all of them when None); returns the bytes
    freed. Only files listed by list_backups are touched."""
    freed = 0
    chosen = None if paths is None else {Path(p).resolve() for p in paths}
    for b in list_backups(evaluation_id):
        if chosen is None or b.path.resolve() in chosen:
            b.path.unlink(missing_ok=True)
            freed += b.size
    return freed


def backup(store: EvaluationStore) -> Path:
    """A compacted copy of MINE before a merge (what undoing the merge restores). Per
    evaluation at most BACKUPS_KEPT stay, and at most BACKUPS_MAX_BYTES together; the
    newest always stays."""
    d = backups_dir()
    d.mkdir(parents=True, exist_ok=True)
    dest = compaction.write_compacted_copy(store, d / _backup_name(store))
    total = 0
    for i, b in enumerate(list_backups(store.evaluation_id)):
        total += b.size
        if i and (i >= BACKUPS_KEPT or total > BACKUPS_MAX_BYTES):
            b.path.unlink(missing_ok=True)
    return dest


# ---- merging ------------------------------------------------------------------------------


def merge_store(store: EvaluationStore, theirs: str | Path | smerge.IncomingFile, *,
                dry_run: bool = False, allow_other_evaluation: bool = False,
                progress: smerge.Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> MergeReport:
    """Merge THEIRS into an open store (the GUI path; merge_files opens the store itself)."""
    inc = theirs if isinstance(theirs, smerge.IncomingFile) else prepare(theirs)
    own = not isinstance(theirs, smerge.IncomingFile)
    try:
        check_same_evaluation(store.evaluation_id, inc, allow_other_evaluation)
        import_copy = inc.evaluation_id != store.evaluation_id
        if dry_run:
            # On a copy of ours: not a byte of our file changes.
            tmp = private_tmp("preview")  # a copy of our file: personal data stays private
            try:
                copy = store.save_copy(tmp / "mine.kompass")
                with EvaluationStore.open(copy, store.actor) as preview:
                    out = smerge.merge_into(preview, inc, import_copy=import_copy,
                                            progress=progress, cancelled=cancelled, record=False)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
            return _report(out, inc, True)
        backup_path = None
        screened = smerge.screen_incoming(store, inc, import_copy=import_copy)
        if screened.count:
            backup_path = str(backup(store))  # (a copy elsewhere: MINE stays as screened)
        out = smerge.merge_into(store, inc, import_copy=import_copy, progress=progress,
                                cancelled=cancelled, backup_path=backup_path, screened=screened)
        compaction.mark_exposed(store)  # another file's content met ours (db/README.md §2)
        # THEIRS was read here: its own versions are now in this file too (db/README.md §2).
        replicas.note_read(*smerge.own_replica_extent(inc))
        from kompass_desktop.services import privacy
        if privacy.after_merge(store, out.erasures):  # an erasure came in: no bytes, no backups
            backup_path = None
        report = _report(out, inc, False)
        report.backup_path = backup_path if not report.empty else None
        return report
    finally:
        if own:
            inc.cleanup()


def merge_on_own_connection(path: Path, actor: Actor, theirs: str | Path, *,
                            dry_run: bool = False, allow_other_evaluation: bool = False,
                            progress: smerge.Progress | None = None,
                            cancelled: Callable[[], bool] | None = None) -> MergeReport:
    """Merge into a file that is open elsewhere (the workbench), on a connection of this
    thread's own; the open store then catches up with after_merge_elsewhere()."""
    with EvaluationStore.open(path, actor) as store:
        return merge_store(store, theirs, dry_run=dry_run,
                           allow_other_evaluation=allow_other_evaluation,
                           progress=progress, cancelled=cancelled)


def after_merge_elsewhere(store: EvaluationStore, report: MergeReport) -> None:
    """Keep the open store's clock ahead of what another connection merged in, by the same
    rule as a merge on the store itself (a future-dated clock is not followed)."""
    store.observe_hlc(rules.clamp_hlc(report.max_hlc, int(time.time() * 1000)))
    store.erasures_cache = None  # an erasure may have come in on the other connection
    store.seen_own_commits()  # (the workbench must not call the merge "another program")


def merge_files(mine: str | Path, theirs: str | Path, dry_run: bool = False,
                identity: Identity | None = None, allow_other_evaluation: bool = False,
                progress: smerge.Progress | None = None) -> MergeReport:
    """`kompass merge MINE THEIRS`: every refusal happens before MINE is opened for writing."""
    mine, theirs = Path(mine), Path(theirs)
    try:
        schema.check_file(mine)
    except FileRefused as e:
        raise MergeRefused(str(e)) from None
    if mine.resolve() == theirs.resolve():
        raise MergeRefused(f"{mine.name} and {theirs.name} are the same file")
    inc = prepare(theirs)
    try:
        check_same_evaluation(_mine_evaluation_id(mine), inc, allow_other_evaluation)
        identity = identity or current_identity()
        if dry_run:
            tmp = private_tmp("preview")
            try:
                copy = tmp / "mine.kompass"
                smerge.snapshot_file(mine, copy)
                with EvaluationStore.open(copy, identity.actor()) as preview:
                    out = smerge.merge_into(
                        preview, inc, import_copy=inc.evaluation_id != preview.evaluation_id,
                        progress=progress, record=False)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
            return _report(out, inc, True)
        from kompass_desktop.paths import data_dir
        with EvaluationStore.open(mine, identity.actor(),
                                  migrate_backup_dir=data_dir() / "backups") as store:
            return merge_store(store, inc, allow_other_evaluation=allow_other_evaluation,
                               progress=progress)
    finally:
        inc.cleanup()


# ---- sharing ------------------------------------------------------------------------------

def suggested_share_name(store: EvaluationStore) -> str:
    ev = store.get("evaluation", store.evaluation_id) or {}
    who = store.actor.name or "utvärderare"
    stamp = datetime.now().strftime("%Y%m%d-%H%M")
    raw = f"{ev.get('municipality') or 'utvardering'}-{ev.get('year') or ''}__{who}__{stamp}"
    return re.sub(r"[^\w.-]+", "_", raw).strip("_") + ".kompass"


def save_copy_for_sharing(store: EvaluationStore, dest: str | Path) -> Path:
    """One clean, compacted file (no -wal/-shm), small enough to e-mail.

    The working file is compacted first (keeping the open session for its undo) and marked
    as exposed; the copy (VACUUM INTO under a temporary name, renamed when complete) is then
    compacted further, the session's saves included, by the horizon from before the copy,
    and vacuumed."""
    dest = Path(dest)
    if dest.suffix != ".kompass":
        dest = dest.with_name(dest.name + ".kompass")
    if dest.resolve() == store.path.resolve():
        raise KompassError("choose another name: this is the file you are working in",
                           sv="välj ett annat namn: det här är filen du arbetar i")
    schema.check_output_file(dest)
    for side in ("-wal", "-shm", "-journal"):
        Path(str(dest) + side).unlink(missing_ok=True)
    return share_snapshot(store, dest)


def share_snapshot(store: EvaluationStore, dest: Path) -> Path:
    """The compacted single-file copy that leaves this computer (plain, or to be encrypted):
    the working file is compacted first (the session's saves too: undo keeps its values in
    memory, and nothing above the new horizon could be retracted any more), marked exposed,
    then copied and the copy vacuumed (db/README.md §2-3). A file open read-only is copied
    as it is."""
    if store.read_only:
        return compaction.write_compacted_copy(store, dest, horizon=compaction.exposure_horizon(store))
    horizon = compaction.exposure_horizon(store)
    compaction.compact(store, include_session=True)
    # Marked before the copy exists: a crash in between costs only a later compaction.
    compaction.mark_exposed(store)
    return compaction.write_compacted_copy(store, dest, horizon=horizon)


SHARE_SIZE_WARNING = 20 * 1024 * 1024  # mail servers commonly refuse 10-25 MB


def copy_size(path: str | Path) -> tuple[int, bool]:
    """A written copy's size in bytes, and whether it is too large to e-mail safely."""
    size = compaction.database_bytes(path)
    return size, size > SHARE_SIZE_WARNING


# ---- conflicts ----------------------------------------------------------------------------


def draft_owners(store: EvaluationStore, conflicts: list) -> dict[str, str]:
    """Whose draft each draft-score conflict is about (the evaluator's name)."""
    ids = {c.row_id for c in conflicts if c.kind == "score_draft"}
    if not ids:
        return {}
    names_by_id = {e["id"]: e["name"] or "?" for e in store.rows("evaluator")}
    return {d["id"]: names_by_id[d["evaluator_id"]] for d in store.rows("score_draft")
            if d["id"] in ids and d["evaluator_id"] in names_by_id}


@dataclass
class Choice:
    """One competing value of a conflict: whose, when, what."""
    value: Any
    author: str
    origin: str
    when: datetime
    vid: bytes
    is_mine: bool


@dataclass
class Conflict:
    type: str
    kind: str
    row_id: str
    field: str
    mine: Any
    choices: list[Choice]
    label: str
    mine_deleted: bool = False
    _store: Any = field(default=None, repr=False, compare=False)
    _heads: list = field(default_factory=list, repr=False, compare=False)

    @property
    def base(self) -> Any:
        """The value both sides last agreed on (looked up when needed: it reads history)."""
        if self.type != rules.FIELD or self._store is None:
            return None
        anc = rules.common_ancestor(self._store.history(self.kind, self.row_id, self.field),
                                    self._heads)
        return anc.value if anc else None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.row_id, self.field)

    @property
    def theirs(self) -> list[Choice]:
        return [c for c in self.choices if not c.is_mine]

    @property
    def is_text(self) -> bool:
        return self.type == rules.FIELD and all(
            isinstance(c.value, str) or c.value is None for c in self.choices) and \
            self.field not in ("points", "framework_json", "evidence_ids", "spread", "areas_json")

    def proposal(self) -> rules.Merge3 | None:
        """A three-way merge of a text for the user to confirm (None if not a text)."""
        if not self.is_text or not self.theirs:
            return None
        return rules.diff3(self.base, self.mine, self.theirs[0].value)


def _when(hlc: int) -> datetime:
    return datetime.fromtimestamp(hlc_to_ms(hlc) / 1000, timezone.utc)


def _label(store: EvaluationStore, tbl: str, row_id: str) -> str:
    row = store.get(tbl, row_id, include_deleted=True) or {}
    cols = ("text", "title") if tbl in ("list_item", "evidence") else \
        ("title", "name", "label", "subarea", "area", "municipality", "text")
    for col in cols:
        if row.get(col):
            text = " ".join(str(row[col]).split())
            return text if len(text) <= 60 else text[:59] + "…"
    return row_id[:8]


def list_conflicts(store: EvaluationStore) -> list[Conflict]:
    """Every open conflict, with the competing values, who and when."""
    names = {a: (r["name"] or a) for a, r in store.authors().items()}
    out = []
    for oc in smerge.open_conflicts(store):
        choices = []
        if oc.type == rules.DELETE:
            tombs = [h for h in oc.heads if h.col == DELETED]
            edits = [h for h in oc.heads if h.col != DELETED]
            for h in tombs:
                choices.append(Choice(bool(h.value), names.get(h.author, h.author), h.origin,
                                      _when(h.hlc), h.vid, bool(h.value) == oc.mine_deleted))
            for h in edits:
                # An edit made without seeing the delete stands for "keep the item".
                choices.append(Choice(False, names.get(h.author, h.author), h.origin,
                                      _when(h.hlc), h.vid, not oc.mine_deleted))
        else:
            mine_marked = False
            for h in sorted(oc.heads, key=lambda v: (v.hlc, v.origin)):
                is_mine = not mine_marked and rules.same_value(h.value, oc.mine)
                mine_marked = mine_marked or is_mine
                choices.append(Choice(h.value, names.get(h.author, h.author), h.origin,
                                      _when(h.hlc), h.vid, is_mine))
        out.append(Conflict(oc.type, oc.tbl, oc.row_id, oc.col, oc.mine, choices,
                            _label(store, oc.tbl, oc.row_id), oc.mine_deleted, store, oc.heads))
    return out


def resolve(store: EvaluationStore, conflict: Conflict, choice: str = "mine",
            value: Any = None) -> None:
    """Resolve one conflict: "mine", "theirs" (the first other value), "both" (texts: mine
    then theirs), or "value" (a text the user confirmed, e.g. the three-way proposal).

    The resolution is a new version that supersedes every competing one; the losers stay in
    the log as history.
    """
    if conflict.type == rules.DELETE:
        if choice == "mine":
            deleted = conflict.mine_deleted
        elif choice == "theirs":
            deleted = not conflict.mine_deleted
        elif choice == "value":
            deleted = bool(value)
        else:
            raise KompassError("a deleted item can be kept or deleted, not both",
                               sv="en borttagen post kan behållas eller tas bort, inte båda")
        store.supersede_deleted(conflict.kind, conflict.row_id, deleted)
        return
    if choice == "mine":
        new = conflict.mine
    elif choice == "theirs":
        others = conflict.theirs
        if not others:
            raise KompassError("there is no other value to take", sv="det finns inget annat värde att ta")
        new = others[-1].value
    elif choice == "both":
        if not conflict.is_text:
            raise KompassError("only texts can keep both versions",
                               sv="bara texter kan behålla båda versionerna")
        new = conflict.mine
        for c in conflict.theirs:
            new = rules.keep_both(new, c.value)
    elif choice == "value":
        new = value
    else:
        raise KompassError(f"unknown choice {choice!r}")
    if conflict.type == rules.FRAMEWORK and new is not None:
        from kompass_desktop.domain.framework import parse_framework_json
        parse_framework_json(new, "the framework copy")  # refuse a broken framework
    col = conflict.field
    # Supersede every head, also one equal to the value shown (a held-back framework change).
    store.supersede(conflict.kind, conflict.row_id, col, new)


def resolve_all(store: EvaluationStore, choice: str = "mine") -> int:
    """Resolve every open conflict the same way; returns how many were resolved."""
    n = 0
    with store.transaction():
        # A field resolved on a row that is also contested by a delete leaves that delete
        # conflict open (it is resolved next, in the same pass); list again to be sure.
        for _ in range(5):
            open_ = list_conflicts(store)
            if not open_:
                break
            for c in open_:
                resolve(store, c, "mine" if choice == "mine" else "theirs")
                n += 1
    return n


# ---- duplicates ---------------------------------------------------------------------------


@dataclass
class DuplicatePair:
    keep: dict
    drop: dict
    reason: str


def _norm(s: Any) -> str:
    return " ".join(str(s or "").split()).casefold()


def duplicate_documents(store: EvaluationStore) -> list[DuplicatePair]:
    """Documents that two evaluators likely added independently: same attached file, or the
    same title, issuer and year. The older record is kept."""
    dismissed = set(json.loads(store.meta("dismissed_duplicates") or "[]"))
    docs = store.rows("document")
    created = {r["row_id"]: r["h"] for r in store.query(
        "SELECT row_id, min(hlc) AS h FROM field_version WHERE tbl='document' GROUP BY row_id")}
    docs.sort(key=lambda d: (created.get(d["id"], 0), d["id"]))
    pairs, seen = [], set()
    by_key: dict[tuple, dict] = {}
    for d in docs:
        keys = []
        if d["blob_sha"]:
            keys.append(("file", d["blob_sha"]))
        if d["title"]:
            keys.append(("meta", _norm(d["title"]), _norm(d["issuer"]), d["year"]))
        for k in keys:
            first = by_key.get(k)
            if first is None:
                by_key[k] = d
                continue
            pid = f"{first['id']}|{d['id']}"
            if pid in seen or pid in dismissed:
                continue
            seen.add(pid)
            pairs.append(DuplicatePair(first, d, "samma bifogade fil" if k[0] == "file"
                                       else "samma titel, utgivare och år"))
            break
    return pairs


def join_documents(store: EvaluationStore, keep_id: str, drop_id: str) -> None:
    """Join two records of one document: evidence moves to the kept one, empty fields of the
    kept one are filled from the other, and the other is deleted (restorable from history)."""
    keep = store.get("document", keep_id)
    drop = store.get("document", drop_id)
    if keep is None or drop is None:
        raise KompassError("one of the documents no longer exists",
                           sv="ett av dokumenten finns inte längre")
    with store.transaction():
        fill = {c: v for c, v in drop.items()
                if c not in ("id", "deleted") and v not in (None, "") and keep.get(c) in (None, "")}
        if fill:
            store.write("document", keep_id, fill)
        for e in store.rows("evidence", "document_id = ?", (drop_id,)):
            store.write("evidence", e["id"], {"document_id": keep_id})
        store.delete("document", drop_id)


def dismiss_duplicate(store: EvaluationStore, pair: DuplicatePair) -> None:
    dismissed = set(json.loads(store.meta("dismissed_duplicates") or "[]"))
    dismissed.add(f"{pair.keep['id']}|{pair.drop['id']}")
    store.set_meta("dismissed_duplicates", json.dumps(sorted(dismissed)))


# ---- history and undo ---------------------------------------------------------------------


def merge_history(store: EvaluationStore) -> list[dict]:
    out = []
    for r in smerge.merge_history(store):
        rep = json.loads(r["report"] or "{}")
        out.append({"id": r["id"], "at": r["at"], "peer_file": r["peer_file"],
                    "peer_authors": json.loads(r["peer_authors"] or "[]"),
                    "added": rep.get("added", 0), "changed": rep.get("changed", 0),
                    "deleted": rep.get("deleted", 0), "conflicts": len(rep.get("conflicts", [])),
                    "undone": bool(rep.get("undone")), "backup_path": r["backup_path"]})
    return out


def last_rejected(store: EvaluationStore) -> list[dict]:
    """The incoming values the last merge refused, as its report in the history keeps them
    ({kind, id, field, value, reason, reason_sv}); empty when it refused none."""
    last = smerge.last_merge(store)
    if last is None:
        return []
    try:
        rep = json.loads(last["report"] or "{}")
    except ValueError:
        return []
    rejected = rep.get("rejected") if isinstance(rep, dict) else None
    return [r for r in rejected or [] if isinstance(r, dict)]


def can_undo_last_merge(store: EvaluationStore) -> tuple[bool, str]:
    """Whether the last merge can be undone as one step, and if not, why (Swedish, for the UI)."""
    last = smerge.last_merge(store)
    if last is None:
        return False, "Ingen sammanslagning att ångra."
    rep = json.loads(last["report"] or "{}")
    if rep.get("undone"):
        return False, "Den senaste sammanslagningen är redan ångrad."
    backup_path = last["backup_path"]
    if not backup_path or not Path(backup_path).exists():
        return False, "Säkerhetskopian från före sammanslagningen finns inte längre."
    if rep.get("fingerprint") != smerge.fingerprint(store):
        return False, ("Filen har ändrats efter sammanslagningen, så den kan inte ångras i ett steg. "
                       "Lös eller ändra tillbaka enskilda värden i stället; inget har gått förlorat.")
    return True, ""


def undo_last_merge(store: EvaluationStore) -> dict:
    """Put the file back to how it was before the last merge (its backup), if nothing was
    edited since; the history keeps a line saying the merge was undone."""
    ok, why = can_undo_last_merge(store)
    if not ok:
        raise KompassError(why)
    last = smerge.last_merge(store)
    mark = store.clock
    smerge.restore_from_backup(store, Path(last["backup_path"]))
    store.erasures_cache = None  # the file's erasures are the backup's now
    store.observe_hlc(mark)
    rep = json.loads(last["report"] or "{}")
    rep["undone"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    smerge.add_log_entry(store, {**last, "report": json.dumps(rep, ensure_ascii=False)})
    return last
