"""The claims library: open a database, change claims, keep their history, undo.

A script uses it like the CLI does:

    from claimtrack import Store
    with Store.open("claims.json", write=True) as store:
        claim = store.add({"text": "Talks will break down by April", "claimant": "Harry Kazianis"})
        store.resolve(claim["id"], "refuted", evidence="https://en.wikipedia.org/wiki/Panmunjom_Declaration")

Everything done inside one `with` block is one transaction: it is written once, atomically, when the block
ends without an exception (nothing is written otherwise), and it is one step for `undo`. Every change leaves
an entry in the history table that is never rewritten; a deleted claim's last state stays there.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Mapping

import orjson

from . import model
from .errors import CorruptDatabase, InputError, NotFound
from .storage import Database, locked, real_path

#: A claim id as people type it: ASCII digits only (`str.isdigit` also takes '²' and '٣', and int('٣') is 3).
_ID = re.compile(r"[0-9]+")
#: Actions whose entries record `changes` {field: [old, new]} that undo puts back.
_FIELD_ACTIONS = frozenset({"edit", "confirmed", "refuted", "resolve", "reopen", "import"})
#: What a git merge writes (see claimtrack.merge): a barrier for undo, and per-claim notes before it.
MERGE = "merge"


def _copy(doc: Any) -> Any:
    """A deep copy of a JSON document (several times faster than copy.deepcopy)."""
    return orjson.loads(orjson.dumps(doc))


def _id_text(ref: Any, claim_id: int) -> str:
    """An id for a message: as parsed, or the digits given, cut short, when they were too many to be one."""
    if claim_id >= 0:
        return str(claim_id)
    digits = str(ref).strip()
    return digits[:20] + "…"


def parse_id(ref: Any) -> int | None:
    """The id that `ref` spells (an int, or ASCII digits with blanks around), or None if it spells none."""
    if isinstance(ref, bool):
        return None
    if isinstance(ref, int):
        return ref
    if isinstance(ref, str) and _ID.fullmatch(ref.strip()):
        digits = ref.strip().lstrip("0") or "0"
        return int(digits) if len(digits) <= 30 else -1  # no claim has a 31-digit id (and int() stops at 4300)
    return None


class Store:
    def __init__(self, db: Database, *, writable: bool) -> None:
        self.db = db
        self.path = db.path
        self.writable = writable
        self.claims = db.table("claims")
        self.history_table = db.table("history")
        self._txn: int | None = None
        self._via: str | None = None
        self._next_history: int | None = None
        self._uuids: dict[str, int] | None = None
        self._foreign: dict[str, int] | None = None
        self.changed = False
        self.recorded = 0  # history entries written by this transaction so far
        self.now = model.now_utc()  # one timestamp for the whole transaction
        self.today = model.today()  # and one day
        self.discarded = False

    # -- opening ----------------------------------------------------------------------------------------------
    @classmethod
    @contextmanager
    def open(cls, path: str | Path, *, write: bool = False, holder: str = "claimtrack",
             lock_timeout: float | None = None) -> Iterator["Store"]:
        """Open the database; with `write=True`, hold its lock and save once at the end if anything changed.

        A path through symlinks is resolved here, once: the lock, the read and the write all act on the final
        target, so a link keeps being a link and every name of the file shares one lock.
        """
        path = real_path(path)
        if not write:
            yield cls(Database.load(path), writable=False)
            return
        with locked(path, lock_timeout, holder=holder) as lock:
            store = cls(Database.load(path, lock.last_written), writable=True)
            yield store
            if store.changed and not store.discarded:
                store.db.save(lock)

    def discard(self) -> None:
        """Write nothing when the `with` block ends (a dry run): every change stays in memory only."""
        self.discarded = True

    @property
    def exists(self) -> bool:
        return self.db.exists

    # -- reading ----------------------------------------------------------------------------------------------
    def get(self, ref: int | str) -> dict:
        """The claim with this id (an int, or digits) or uuid; NotFound otherwise."""
        claim_id = self.resolve_ref(ref)
        return self.claims.get(claim_id)

    def resolve_ref(self, ref: int | str) -> int:
        if isinstance(ref, bool):
            raise NotFound(f"no claim with id {ref!r}")
        claim_id = parse_id(ref)
        if claim_id is not None:
            if claim_id not in self.claims:
                raise NotFound(f"no claim with id {_id_text(ref, claim_id)}")
            return claim_id
        if isinstance(ref, str) and len(ref.strip()) >= 32:
            try:
                key = model.clean_uuid(ref.strip())
            except InputError:
                raise NotFound(f"no claim with id or uuid {ref!r}") from None
            if self._uuids is not None:
                claim_id = self._uuids.get(key)
            else:  # one lookup: let the storage skip every line that does not hold this uuid
                claim_id = next((i for i, doc in self.claims.scan([[key]]) if doc["uuid"] == key), None)
            if claim_id is None:
                raise NotFound(f"no claim with uuid {key}")
            return claim_id
        raise NotFound(f"no claim with id or uuid {ref!r} (ids are whole numbers)")

    def uuid_index(self) -> dict[str, int]:
        if self._uuids is None:
            self._uuids = {doc["uuid"]: i for i, doc in self.claims.scan()}
        return self._uuids

    def foreign_index(self) -> dict[str, int]:
        if self._foreign is None:
            self._foreign = {doc["foreign_id"]: i for i, doc in self.claims.scan() if doc.get("foreign_id")}
        return self._foreign

    def all(self) -> list[dict]:
        return [doc for _, doc in self.claims.scan()]

    def history(self, ref: int | str) -> list[dict]:
        """Every change to a claim, oldest first, found by its uuid: entries made while it had another id (a
        merge renumbered it) are included. A deleted claim is found by its id or uuid too."""
        try:
            claim_id = self.resolve_ref(ref)
            key = self.claims.get(claim_id)["uuid"]
        except NotFound:
            claim_id = parse_id(ref)
            key = None
            if claim_id is None:
                if not isinstance(ref, str) or len(ref.strip()) < 32:
                    raise
                try:
                    key = model.clean_uuid(ref.strip())
                except InputError:
                    raise NotFound(f"no claim with id or uuid {ref!r}") from None
        if key is None:  # a deleted claim, by id: the uuid of the last claim that held the id
            held = [e for _, e in self.history_table.scan([[f'"claim":{claim_id},']]) if e.get("claim") == claim_id]
            key = next((e.get("uuid") for e in reversed(held) if e.get("uuid")), None)
            if key is None:
                if not held:
                    raise NotFound(f"no claim with id {_id_text(ref, claim_id)}")
                return held  # entries from before uuids were recorded
        entries = [e for _, e in self.history_table.scan([[key]]) if e.get("uuid") == key]
        if not entries and claim_id is None:
            raise NotFound(f"no claim with uuid {key}")
        return entries  # a claim migrated from an older file may have no history yet

    # -- changing ---------------------------------------------------------------------------------------------
    def begin(self, via: str) -> None:
        """Name the transaction (e.g. 'batch', 'import'); its history entries say so."""
        self._via = via

    def _require_writable(self) -> None:
        if not self.writable:
            raise RuntimeError("this Store was opened read-only; use Store.open(path, write=True)")

    def _record(self, claim: Mapping[str, Any], action: str, changes: Mapping[str, Any], **extra: Any) -> None:
        self._require_writable()
        if self._txn is None:
            self._txn = self.db.meta["next_txn"]
            self.db.meta["next_txn"] = self._txn + 1
        if self._next_history is None:
            self._next_history = self.history_table.max_id() + 1
        entry = {"txn": self._txn, "at": self.now, "claim": claim["id"], "uuid": claim["uuid"],
                 "action": action, "changes": dict(changes)}
        if self._via:
            entry["via"] = self._via
        entry.update(extra)
        self.history_table.put(self._next_history, entry)
        self._next_history += 1
        self.recorded += 1
        self.changed = True

    def add(self, fields: Mapping[str, Any], *, extra: Mapping[str, Any] | None = None,
            allow_early_due: bool = False) -> dict:
        """Create a claim from user fields; `extra` carries uuid/status/resolution/foreign_id on import."""
        self._require_writable()
        # never below an existing id: a TinyDB program may have inserted past our counter
        claim_id = max(self.db.meta["next_id"], self.claims.max_id() + 1)
        claim = model.new_claim(fields, claim_id=claim_id, now=self.now, extra=extra,
                                allow_early_due=allow_early_due, today_=self.today)
        if extra and extra.get("uuid"):  # a fresh uuid4 cannot collide; one given by an import can
            if claim["uuid"] in self.uuid_index():
                raise InputError(f"a claim with uuid {claim['uuid']} already exists (id {self.uuid_index()[claim['uuid']]})")
        self.db.meta["next_id"] = claim_id + 1
        self.claims.put(claim_id, claim)
        self._remember(claim)
        self._record(claim, "add", {})
        return claim

    def set_fields(self, claim_id: int, new_values: Mapping[str, Any], action: str, **extra: Any) -> dict:
        """Set fields, record old → new for those that really change; a no-op records nothing."""
        claim = self.claims.get(claim_id)
        changes = {k: [claim.get(k), v] for k, v in new_values.items() if claim.get(k) != v}
        if not changes:
            return claim
        updated = dict(claim)
        for k, (_, v) in changes.items():
            updated[k] = v
        updated["updated_at"] = self.now
        self.claims.put(claim_id, updated)
        self._record(updated, action, changes, **extra)
        return updated

    def edit(self, ref: int | str, fields: Mapping[str, Any]) -> dict:
        claim_id = self.resolve_ref(ref)
        claim = self.claims.get(claim_id)
        if not fields:
            raise InputError("nothing to change: give at least one field option (see 'claimtrack edit --help')")
        cleaned = model.clean_fields(fields, base=claim, today_=self.today)
        if "said_on" in cleaned and claim.get("resolution") and claim["resolution"]["on"] < cleaned["said_on"]:
            raise InputError(f"said_on {cleaned['said_on']} is after the verdict date {claim['resolution']['on']}")
        return self.set_fields(claim_id, cleaned, "edit")

    def resolve(self, ref: int | str, status: str, *, on: Any = None, evidence: str | None = None,
                note: str | None = None) -> dict:
        """Give a verdict: confirmed, refuted, partial or void (re-judging a judged claim is allowed)."""
        if status not in model.VERDICTS:
            hint = " (use 'reopen' to make it open again)" if status == "open" else ""
            raise InputError(f"bad verdict {status!r}: use one of {', '.join(model.VERDICTS)}{hint}")
        claim_id = self.resolve_ref(ref)
        claim = self.claims.get(claim_id)
        resolution = model.clean_resolution({"on": on, "evidence": evidence, "note": note},
                                            claim["said_on"], status=status, today_=self.today)
        return self.set_fields(claim_id, {"status": status, "resolution": resolution}, status if status in ("confirmed", "refuted") else "resolve")

    def reopen(self, ref: int | str) -> dict:
        claim_id = self.resolve_ref(ref)
        claim = self.claims.get(claim_id)
        if claim["status"] == "open":
            raise InputError(f"claim {claim_id} is already open")
        return self.set_fields(claim_id, {"status": "open", "resolution": None}, "reopen")

    def delete(self, ref: int | str) -> dict:
        claim_id = self.resolve_ref(ref)
        claim = self.claims.remove(claim_id)
        self._forget(claim)
        self._record(claim, "delete", {}, before=_copy(claim))
        return claim

    def _remember(self, claim: Mapping[str, Any]) -> None:
        """Keep the uuid and foreign-id indexes (if built) in step with a claim that (re)appears."""
        if self._uuids is not None:
            self._uuids[claim["uuid"]] = claim["id"]
        if claim.get("foreign_id") and self._foreign is not None:
            self._foreign[claim["foreign_id"]] = claim["id"]

    def _forget(self, claim: Mapping[str, Any]) -> None:
        if self._uuids is not None:
            self._uuids.pop(claim["uuid"], None)
        if claim.get("foreign_id") and self._foreign is not None:
            self._foreign.pop(claim["foreign_id"], None)

    def note_forecast(self, claim: Mapping[str, Any], forecast: Mapping[str, Any]) -> None:
        """Keep someone's forecast on a claim in its history (imports bring them; they never set confidence)."""
        self._record(claim, "forecast", {}, forecast=dict(forecast))

    # -- undo -------------------------------------------------------------------------------------------------
    def last_transaction(self) -> list[dict]:
        """The entries of the newest transaction not yet undone, newest first (undo entries are never undone).

        A git merge (an entry with action "merge", written by `claimtrack merge-driver` after all it merged) is
        a barrier: undo reverts what was done on this clone since the merge, and never steps back across it.
        """
        return [entry for _, entry in self._last_transaction()]

    def _last_transaction(self) -> list[tuple[int, dict]]:
        """`last_transaction` with each entry's number in the history table (undo names a bad one)."""
        undone: set[int] = set()
        target: int | None = None
        entries: list[tuple[int, dict]] = []
        for number, entry in self.history_table.scan(reverse=True):
            action = entry.get("action")
            if target is None:
                if action == "undo":
                    undone.add(entry.get("undoes"))
                    continue
                if action == MERGE:
                    raise InputError(
                        f"cannot undo past the git merge of {entry.get('at')}: undo a merge with git "
                        "(git revert -m 1 <commit>, or git reset before pushing)")
                if entry["txn"] in undone:
                    continue
                target = entry["txn"]
            if entry["txn"] != target or action == MERGE:
                break
            entries.append((number, entry))
        return entries

    def _restorable(self, number: int, claim_id: int, claim: dict) -> dict:
        """The claim undo is about to put back (from a history entry), completed like a claim read from a file;
        a history entry that would put back a claim no command can use refuses the file (exit 3)."""
        claim = model.upgrade_claim(claim, claim_id)
        problem = model.stored_claim_problem(claim, claim_id)
        if problem:
            raise CorruptDatabase(f"{self.path}: history entry {number} would put back a claim {claim_id} that "
                                  f"{problem} (written by another program, or by hand?); the file was left untouched")
        return claim

    def undo(self) -> dict:
        """Revert the newest change not yet undone, whatever command made it; returns what was undone.

        Costs what the change cost: each entry is reverted once, with no search over the file (undoing a
        10,000-claim batch takes about as long as the batch).
        """
        self._require_writable()
        numbered = self._last_transaction()
        if not numbered:
            raise InputError("nothing to undo")
        entries = [entry for _, entry in numbered]
        txn = entries[0]["txn"]
        touched: dict[int, None] = {}
        for number, entry in numbered:  # newest first, so later changes are reverted before earlier ones
            claim_id = entry.get("claim")
            action = entry["action"]
            if action == "forecast":
                continue
            if claim_id is None:
                raise InputError(f"cannot undo: a {action!r} entry of change #{txn} names no claim")
            if action == "delete":
                claim = self._restorable(number, claim_id, _copy(entry["before"]))
                if claim_id in self.claims:
                    raise InputError(f"cannot undo: claim {claim_id} exists again")
                self.claims.put(claim_id, claim)
                self._remember(claim)
                self._record(claim, "undo", {}, undoes=txn, restored=True)
            elif action == "add":
                claim = self.claims.remove(claim_id)
                if claim is None:
                    raise InputError(f"cannot undo: claim {claim_id} no longer exists")
                self._forget(claim)
                self._record(claim, "undo", {}, undoes=txn, before=claim)  # removed: nothing else holds it
            elif action in _FIELD_ACTIONS:
                claim = self.claims.get(claim_id)
                if claim is None:
                    raise InputError(f"cannot undo: claim {claim_id} no longer exists")
                restored = dict(claim)
                reverse = {}
                for field, (old, new) in entry["changes"].items():
                    reverse[field] = [claim.get(field), old]
                    restored[field] = old
                restored["updated_at"] = self.now
                restored = self._restorable(number, claim_id, restored)
                self.claims.put(claim_id, restored)
                self._record(restored, "undo", reverse, undoes=txn)
            else:
                raise InputError(f"cannot undo change #{txn}: claimtrack does not know how to revert {action!r}")
            touched[claim_id] = None
        first = entries[-1]
        return {"undone_txn": txn, "action": first.get("via") or first["action"], "at": first["at"],
                "claims": sorted(touched)}
