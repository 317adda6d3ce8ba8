"""Importing claims from claimtrack's own exports and from PredictionBook and Fatebook.

Imports are idempotent: a record is matched to an existing claim by `uuid` (own formats) or by the source's own
id kept in `foreign_id` (foreign formats), so a second import of the same file adds nothing. An own-format
record without a uuid gets one derived from its natural key (`natural_uuid`: claimant, said_on and text), so it
too is added once and matched after. Like a batch, an import is one transaction: one bad row names itself and
nothing is written.

Updating a claim that is already here:
* a record changes only the fields it names; a field it leaves out (say `foreign_id`) keeps its value;
* own formats (backups, spreadsheets) are applied as they are: what claimtrack stored, its export restores;
* a foreign record never undoes work done here: a field (the verdict counts as one) whose last change was made
  here, not by an import, keeps the local value, and the summary lists it under `kept`.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Mapping
from typing import Any, Callable

from . import model
from .errors import ClaimtrackError, InputError
from .formats import FOREIGN_READERS
from .store import Store

#: Fields an import may set or update besides the user-editable ones.
_EXTRA = ("uuid", "status", "resolution", "foreign_id", "created_at", "updated_at")
_COMPARED = tuple(f for f in model.FIELDS if f not in ("id", "uuid", "created_at", "updated_at"))
#: The namespace of uuids derived from a record's natural key: uuid5(NAMESPACE_URL,
#: "https://claimtrack.invalid/natural-key"). Fixed for good: changing it would duplicate every such claim.
NATURAL_KEY_NAMESPACE = uuidlib.UUID("e64ca058-bedb-55f4-8d7b-8ee3bf54e4bc")
#: Fields that move together: a verdict is one field.
_GROUPS = {"status": "verdict", "resolution": "verdict", "due_text": "due", "confidence_text": "confidence"}


def natural_uuid(claimant: Any, said_on: Any, text: Any) -> str | None:
    """The uuid of a record that has none: uuid5 of claimant, said_on and text (as given, the claimant and date
    without surrounding blanks, joined by newlines), so the same record gets the same claim on every import.
    None when those are not all strings (the record is then refused by validation anyway)."""
    if not (isinstance(claimant, str) and isinstance(text, str) and isinstance(said_on, (str, type(None)))):
        return None
    key = f"{claimant.strip()}\n{(said_on or '').strip()}\n{text}"
    try:
        return str(uuidlib.uuid5(NATURAL_KEY_NAMESPACE, key))
    except UnicodeEncodeError:  # not valid UTF-8: validation names the field
        return None


def read(data: bytes, fmt: str, filename: str | None = None) -> tuple[str, list[dict]]:
    """(format, records) where each record is {"row", "fields", "extra", "forecasts"}."""
    from . import formats
    from .formats.common import utf8_error

    if fmt not in formats.IMPORT_FORMATS:
        raise InputError(f"unknown format {fmt!r}: use one of {', '.join(formats.IMPORT_FORMATS)}")
    if fmt == "auto":
        fmt = formats.detect_format(data, filename)
    if fmt in formats.FOREIGN_READERS:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise utf8_error(data) from None
        records = []
        for rec in formats.read_foreign(text, fmt):
            fields = dict(rec["fields"])
            extra = {k: fields.pop(k) for k in ("status", "resolution") if k in fields}
            extra["foreign_id"] = rec["foreign_id"]
            records.append({"row": rec["row"], "fields": fields, "extra": extra, "forecasts": rec.get("forecasts") or []})
        return fmt, records
    records = []
    for rec in formats.read_records(data, fmt):
        fields = rec["claim"]  # the reader keeps only the public fields: the claim's own, less these
        extra = {k: fields.pop(k) for k in _EXTRA if k in fields}
        fields.pop("id", None)
        records.append({"row": rec["row"], "fields": fields, "extra": extra, "forecasts": []})
    return fmt, records


class ImportSummary:
    def __init__(self, fmt: str) -> None:
        self.format = fmt
        self.added: list[int] = []
        self.updated: list[int] = []
        self.unchanged: list[int] = []
        self.skipped: list[dict[str, Any]] = []
        self.kept: list[dict[str, Any]] = []  # local changes a foreign record would have undone

    def as_dict(self, dry_run: bool) -> dict[str, Any]:
        return {"format": self.format, "dry_run": dry_run,
                "counts": {"added": len(self.added), "updated": len(self.updated),
                           "unchanged": len(self.unchanged), "skipped": len(self.skipped), "kept": len(self.kept)},
                "added": self.added, "updated": self.updated, "unchanged": self.unchanged, "skipped": self.skipped,
                "kept": self.kept}


def _match(store: Store, extra: dict) -> int | None:
    if extra.get("uuid"):
        return store.uuid_index().get(extra["uuid"])  # made canonical by `apply`
    if extra.get("foreign_id"):
        return store.foreign_index().get(extra["foreign_id"])
    return None


def _check_extra(extra: dict) -> None:
    """Import-only fields that are used before `model.new_claim` validates them (as keys, in comparisons) must
    be of the right JSON type; the rest is validated with the claim."""
    for name in ("uuid", "foreign_id", "status"):
        value = extra.get(name)
        if value is not None and type(value) is not str:
            raise InputError(f"{name} must be a string, not {_kind(value)}")
    if extra.get("status") and extra["status"] not in model.STATUSES:
        raise InputError(f"bad status {extra['status']!r}: use one of {', '.join(model.STATUSES)}")
    resolution = extra.get("resolution")
    if resolution is not None and not isinstance(resolution, Mapping):
        raise InputError(f"resolution must be an object with on, evidence, note, not {_kind(resolution)}")


def _kind(value: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number")


def apply(store: Store, fmt: str, records: list[dict], progress: Callable[[int], None] | None = None,
          claimant: str | None = None) -> ImportSummary:
    """Add or update a claim per record; `claimant` stands in where a record names nobody."""
    store.begin("import")
    summary = ImportSummary(fmt)
    foreign = fmt in FOREIGN_READERS
    local = _LocalChanges(store) if foreign else None
    seen: dict[str, int] = {}
    for i, rec in enumerate(records):
        records[i] = None  # the record becomes a claim: let it go now, not after the save (peak memory)
        row = rec["row"]
        try:
            extra, fields = rec["extra"], rec["fields"]
            _check_extra(extra)
            if claimant and not fields.get("claimant"):
                fields["claimant"] = claimant
            if extra.get("uuid"):
                extra["uuid"] = model.clean_uuid(extra["uuid"])
            elif not foreign:
                extra.pop("uuid", None)
                derived = natural_uuid(fields.get("claimant"), fields.get("said_on"), fields.get("text"))
                if derived:
                    extra["uuid"] = derived
            key = extra.get("uuid") or extra.get("foreign_id")
            if key:
                if key in seen:
                    summary.skipped.append({"row": row, "reason": f"same claim as row {seen[key]}"})
                    continue
                seen[key] = row
            _import_one(store, rec, summary, foreign=foreign, local=local)
        except ClaimtrackError as e:
            raise InputError(f"row {row}: {e}") from None
        if progress is not None:
            progress(1)
    return summary


def _import_one(store: Store, rec: dict, summary: ImportSummary, *, foreign: bool,
                local: "_LocalChanges | None") -> None:
    existing_id = _match(store, rec["extra"])
    if existing_id is None:
        if foreign and not rec["fields"].get("claimant"):
            raise InputError("the source names no claimant; give one with --claimant NAME")
        # An ISO due date before said_on is taken as given: PredictionBook allowed it, so claimtrack holds such
        # claims, and its own export of them must restore.
        claim = store.add(rec["fields"], extra=rec["extra"], allow_early_due=True)
        for forecast in rec["forecasts"]:
            store.note_forecast(claim, forecast)
        summary.added.append(claim["id"])
        return
    existing = store.claims.get(existing_id)
    extra = {k: v for k, v in rec["extra"].items() if k not in ("created_at", "updated_at")}
    extra["uuid"] = existing["uuid"]
    if "foreign_id" not in extra:  # a field the record leaves out keeps the claim's value
        extra["foreign_id"] = existing.get("foreign_id")
    if extra.get("status") in (None, ""):
        extra["status"] = existing["status"]
        extra.setdefault("resolution", existing["resolution"])
    elif "resolution" not in extra:
        extra["resolution"] = existing["resolution"] if extra["status"] == existing["status"] else None
    fields = dict(rec["fields"])
    for name in model.EDITABLE:
        if name not in fields:
            fields[name] = existing.get(name)
            if name == "due" and existing.get("due_text"):
                fields["due_text"] = existing["due_text"]
            if name == "confidence" and existing.get("confidence_text"):
                fields["confidence_text"] = existing["confidence_text"]
    candidate = model.new_claim(fields, claim_id=existing_id, now=existing["created_at"], extra=extra,
                                allow_early_due=True, today_=store.today)
    changes = {f: candidate[f] for f in _COMPARED if candidate.get(f) != existing.get(f)}
    if changes and local is not None:
        mine = local.fields_changed_here(existing["uuid"], {_GROUPS.get(f, f) for f in changes})
        if mine:
            kept = sorted(f for f in changes if _GROUPS.get(f, f) in mine)
            for f in kept:
                del changes[f]
            summary.kept.append({"row": rec["row"], "id": existing_id, "fields": kept,
                                 "reason": "changed here since it was imported: the local value was kept"})
    if not changes:
        summary.unchanged.append(existing_id)
        return
    store.set_fields(existing_id, changes, "import")
    summary.updated.append(existing_id)


class _LocalChanges:
    """Which fields of which claims were last changed here rather than by an import (from the history, read
    in one pass the first time a foreign record would change a claim)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._last: dict[str, dict[str, bool]] | None = None  # uuid -> field group -> last change was local

    def fields_changed_here(self, key: str, groups: set[str]) -> set[str]:
        if self._last is None:
            self._last = {}
            for _, entry in self.store.history_table.scan():
                uuid, changes = entry.get("uuid"), entry.get("changes")
                if not uuid or not isinstance(changes, Mapping) or not changes or entry.get("txn") == self.store._txn:
                    continue
                here = entry.get("via") != "import" and entry.get("action") != "import"
                marks = self._last.setdefault(uuid, {})
                for field in changes:
                    marks[_GROUPS.get(field, field)] = here
        marks = self._last.get(key, {})
        return {group for group in groups if marks.get(group)}
