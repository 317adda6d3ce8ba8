"""Batch files: many changes in one transaction, all or nothing.

A batch is JSON Lines, one operation per line (`{"op": "confirm", "id": 12, "evidence": "https://..."}`).
Operations are applied in order to the in-memory database inside one `Store` transaction; the file is written
once, at the end, and only if every line was valid, so a bad line 500 leaves the database byte-identical and
names itself. The whole batch is one `undo` step.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Iterable, Iterator

import orjson

from .errors import ClaimtrackError, InputError
from .model import EDITABLE, SOURCE_FIELDS, clean_uuid
from .store import Store

OPS = ("add", "edit", "confirm", "refute", "resolve", "reopen", "delete")
#: Friendly aliases accepted in batch lines, matching the command-line option names.
ALIASES = {"by": "claimant", "said": "said_on"}
_REF = ("id", "uuid")
_VERDICT_KEYS = ("evidence", "note", "on")
#: The words a due date or a confidence was read from (what `claimtrack extract` found in the article), kept
#: beside the value: each needs its value.
_PHRASES = {"due_text": "due", "confidence_text": "confidence"}


def parse_lines(lines: Iterable[bytes]) -> Iterator[tuple[int, dict]]:
    """(line number, operation) for each non-blank line; InputError naming the line otherwise.

    A UTF-8 byte order mark before the first line (what Windows editors write) is skipped, as `import` does.
    """
    for number, line in enumerate(lines, 1):
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        try:
            op = orjson.loads(line)
        except orjson.JSONDecodeError as e:
            raise InputError(f"line {number}: invalid JSON ({e})") from None
        if not isinstance(op, dict):
            raise InputError(f"line {number}: expected a JSON object like {{\"op\": \"confirm\", \"id\": 12}}")
        yield number, op


def _ref(op: dict) -> int | str:
    if "id" in op and "uuid" in op:
        raise InputError("give either id or uuid, not both")
    if "id" in op:
        ref = op["id"]
        if isinstance(ref, bool) or not isinstance(ref, (int, str)):
            raise InputError(f"id must be a whole number, not {_shown(ref)}")
        return ref
    if "uuid" in op:
        if not isinstance(op["uuid"], str):
            raise InputError(f"uuid must be a string, not {_shown(op['uuid'])}")
        return op["uuid"]
    raise InputError("name the claim with \"id\" or \"uuid\"")


def _fields(op: dict, allowed_extra: tuple[str, ...] = ()) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    shorthand: dict[str, Any] = {}
    for key, value in op.items():
        if key == "op" or key in allowed_extra:
            continue
        name = ALIASES.get(key, key)
        if name in SOURCE_FIELDS:  # {"url": ...} is accepted as a shorthand for {"source": {"url": ...}}
            shorthand[name] = value
            continue
        if name not in EDITABLE and name not in _PHRASES:
            raise InputError(f"unknown field {key!r} for {op['op']}; use {', '.join(EDITABLE + tuple(_PHRASES))}")
        if name in fields:
            raise InputError(f"{name!r} is given twice (as {key!r} and as its other name)")
        fields[name] = value
    for phrase, of in _PHRASES.items():
        if phrase in fields and of not in fields:
            raise InputError(f"{phrase} is the words {of} was read from: give {of} with it")
    if shorthand:
        source = fields.get("source")
        if source is not None and not isinstance(source, Mapping):
            raise InputError(f"source must be an object with url, title and outlet, not {_shown(source)}")
        source = dict(source or {})
        both = sorted(set(source) & set(shorthand))
        if both:
            raise InputError(f"{both[0]} is given both inside source and beside it; give it once")
        source.update(shorthand)
        fields["source"] = source
    return fields


def _shown(value: Any) -> str:
    """A JSON value for a one-line message, cut short."""
    text = orjson.dumps(value).decode()
    return text if len(text) <= 60 else text[:59] + "…"


def _check_keys(op: dict, allowed: tuple[str, ...]) -> None:
    extra = [k for k in op if k != "op" and k not in allowed]
    if extra:
        raise InputError(f"unknown field {extra[0]!r} for {op['op']}; it takes {', '.join(allowed)}")


class Summary:
    def __init__(self) -> None:
        self.operations = 0
        self.counts = {op: 0 for op in OPS}
        self.unchanged = 0
        self.added: list[int] = []
        self.changed: list[int] = []
        self.deleted: list[int] = []

    def as_dict(self, dry_run: bool) -> dict[str, Any]:
        return {"dry_run": dry_run, "operations": self.operations, "counts": self.counts,
                "unchanged": self.unchanged, "added": self.added, "changed": sorted(set(self.changed)),
                "deleted": self.deleted}


def apply_op(store: Store, op: dict, summary: Summary) -> None:
    kind = op.get("op")
    if not isinstance(kind, str) or kind not in OPS:
        shown = repr(kind) if isinstance(kind, str) else _shown(kind)
        raise InputError(f"unknown op {shown}; use one of {', '.join(OPS)}")
    before = store.recorded
    if kind == "add":
        fields = _fields(op, allowed_extra=("uuid",))
        extra = None
        if op.get("uuid") not in (None, ""):
            key = clean_uuid(op["uuid"]) if isinstance(op["uuid"], str) else None
            if key is None:
                raise InputError(f"uuid must be a string, not {_shown(op['uuid'])}")
            if key in store.uuid_index():
                raise InputError(f"a claim with uuid {key} already exists (id {store.uuid_index()[key]}); use edit")
            extra = {"uuid": key}
        claim = store.add(fields, extra=extra)
        summary.added.append(claim["id"])
    elif kind == "edit":
        ref = _ref(op)
        claim = store.edit(ref, _fields(op, allowed_extra=_REF))
    elif kind in ("confirm", "refute", "resolve"):
        _check_keys(op, _REF + _VERDICT_KEYS + (("status",) if kind == "resolve" else ()))
        status = {"confirm": "confirmed", "refute": "refuted"}.get(kind) or op.get("status")
        if not isinstance(status, str):
            raise InputError("resolve needs \"status\": confirmed, refuted, partial or void")
        claim = store.resolve(_ref(op), status, on=op.get("on"), evidence=op.get("evidence"), note=op.get("note"))
    elif kind == "reopen":
        _check_keys(op, _REF)
        claim = store.reopen(_ref(op))
    else:
        _check_keys(op, _REF)
        claim = store.delete(_ref(op))
        summary.deleted.append(claim["id"])
    summary.operations += 1
    summary.counts[kind] += 1
    if store.recorded == before:
        summary.unchanged += 1
    elif kind in ("edit", "confirm", "refute", "resolve", "reopen"):
        summary.changed.append(claim["id"])


def run(store: Store, ops: Iterable[tuple[int, dict]], progress: Any = None) -> Summary:
    """Apply every operation to `store` (one transaction); the first bad line raises, naming its number."""
    store.begin("batch")
    summary = Summary()
    for number, op in ops:
        try:
            apply_op(store, op, summary)
        except ClaimtrackError as e:
            raise InputError(f"line {number}: {e}") from None
        if progress is not None:
            progress(1)
    return summary
