"""Importing claims from claimtrack's own exports and from PredictionBook and Fatebook.

Imports are idempotent: a record is matched to an existing claim by `uuid` (own formats) or by the source's own
id kept in `foreign_id` (foreign formats), so a second import of the same file adds nothing. Like a batch, an
import is one transaction: one bad row names itself and nothing is written.
"""

from __future__ import annotations

from typing import Any, Callable

from . import model
from .errors import ClaimtrackError, InputError
from .formats import FOREIGN_READERS
from .store import Store

#: Fields an import may set or update besides the user-editable ones.
_EXTRA = ("uuid", "status", "resolution", "foreign_id", "created_at", "updated_at")
_COMPARED = tuple(f for f in model.FIELDS if f not in ("id", "uuid", "created_at", "updated_at"))


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
        claim = rec["claim"]
        fields = {k: v for k, v in claim.items() if k in model.EDITABLE or k in ("due_text", "confidence_text")}
        extra = {k: claim[k] for k in _EXTRA if k in claim}
        records.append({"row": rec["row"], "fields": fields, "extra": extra, "forecasts": []})
    return fmt, records


class ImportSummary:
    def __init__(self, fmt: str) -> None:
        self.format = fmt
        self.added: list[int] = []
        self.updated: list[int] = []
        self.unchanged: list[int] = []
        self.skipped: list[dict[str, Any]] = []

    def as_dict(self, dry_run: bool) -> dict[str, Any]:
        return {"format": self.format, "dry_run": dry_run,
                "counts": {"added": len(self.added), "updated": len(self.updated),
                           "unchanged": len(self.unchanged), "skipped": len(self.skipped)},
                "added": self.added, "updated": self.updated, "unchanged": self.unchanged, "skipped": self.skipped}


def _match(store: Store, extra: dict) -> int | None:
    if extra.get("uuid"):
        return store.uuid_index().get(extra["uuid"])  # made canonical by `apply`
    if extra.get("foreign_id"):
        return store.foreign_index().get(extra["foreign_id"])
    return None


def apply(store: Store, fmt: str, records: list[dict], progress: Callable[[int], None] | None = None,
          claimant: str | None = None) -> ImportSummary:
    """Add or update a claim per record; `claimant` stands in where a foreign record names nobody."""
    store.begin("import")
    summary = ImportSummary(fmt)
    seen: dict[str, int] = {}
    for i, rec in enumerate(records):
        records[i] = None  # the record becomes a claim: let it go now, not after the save (peak memory)
        row = rec["row"]
        try:
            if rec["extra"].get("uuid"):
                rec["extra"]["uuid"] = model.clean_uuid(rec["extra"]["uuid"])
            key = rec["extra"].get("uuid") or rec["extra"].get("foreign_id")
            if key:
                if key in seen:
                    summary.skipped.append({"row": row, "reason": f"same claim as row {seen[key]}"})
                    continue
                seen[key] = row
            if claimant and not rec["fields"].get("claimant"):
                rec["fields"]["claimant"] = claimant
            _import_one(store, rec, summary, foreign=fmt in FOREIGN_READERS)
        except ClaimtrackError as e:
            raise InputError(f"row {row}: {e}") from None
        if progress is not None:
            progress(1)
    return summary


def _import_one(store: Store, rec: dict, summary: ImportSummary, *, foreign: bool) -> None:
    existing_id = _match(store, rec["extra"])
    if existing_id is None:
        if foreign and not rec["fields"].get("claimant"):
            raise InputError("the source names no claimant; give one with --claimant NAME")
        claim = store.add(rec["fields"], extra=rec["extra"], allow_early_due=foreign)
        for forecast in rec["forecasts"]:
            store.note_forecast(claim, forecast)
        summary.added.append(claim["id"])
        return
    existing = store.claims.get(existing_id)
    extra = {k: v for k, v in rec["extra"].items() if k not in ("created_at", "updated_at")}
    extra["uuid"] = existing["uuid"]
    fields = dict(rec["fields"])
    for name in model.EDITABLE:  # a field the record leaves out keeps the claim's value
        if name not in fields:
            fields[name] = existing.get(name)
            if name == "due" and existing.get("due_text"):
                fields["due_text"] = existing["due_text"]
            if name == "confidence" and existing.get("confidence_text"):
                fields["confidence_text"] = existing["confidence_text"]
    if "status" not in extra:
        extra["status"], extra["resolution"] = existing["status"], existing["resolution"]
    candidate = model.new_claim(fields, claim_id=existing_id, now=existing["created_at"], extra=extra,
                                allow_early_due=foreign)
    changes = {f: candidate[f] for f in _COMPARED if candidate.get(f) != existing.get(f)}
    if not changes:
        summary.unchanged.append(existing_id)
        return
    store.set_fields(existing_id, changes, "import")
    summary.updated.append(existing_id)
