"""The three-way merge of claims.json files: BASE, OURS, THEIRS -> one database and a summary of its decisions.

This is what the git merge driver (`claimtrack merge-driver`) and `claimtrack git-resolve` run. It is a pure
function of the three files: no git, no terminal, no clock. Its rules (README, "Sharing claims with a team"):

* A claim is identified by its uuid. One added on either side is kept; one deleted on a side and untouched on
  the other is deleted; one deleted on a side and changed on the other is kept with the change, and reported.
* Fields merge claim by claim against BASE: a change on one side wins; equal changes agree; tags merge as sets;
  otherwise the later change wins (the time of each side's last change to that field in its history, else the
  claim's `updated_at`), then a fixed order of the values. The verdict (status with resolution) is one field.
  The losing value goes into the claim's history (`"action": "conflict"`) and the summary.
* Ids: a claim holding different ids on the two sides keeps the higher (renumbering only moves up). Two claims
  on one id: the one that held it in BASE keeps it, else the earlier (created_at, uuid); the other gets a new id
  above every id either side ever used (`"action": "renumber"` in its history, and in the summary).
* History: every entry of both sides is kept exactly once (an entry is its content, so cherry-picked and
  re-merged entries are not doubled); entries new on both sides are interleaved by time. When both sides
  brought something, a `"action": "merge"` entry closes the merge: `undo` does not step back across it.
* The result is the same whichever side is "ours" (rebase and cherry-pick swap them), and merging a side into
  a result that already holds it changes nothing.

Speed: the inputs are compared line by line as bytes, and only the claims whose lines differ are parsed and
merged; the history both sides share is carried over as one block. Every line the result carries over is
still parsed once, to check it, before the result replaces OURS (bench/merge_bench.py measures it all).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import orjson

from .errors import CorruptDatabase, StorageError
from .storage import APP, META, SCHEMA, TABLES, Database, atomic_write, encode_doc

_SORT = orjson.OPT_SORT_KEYS
_MISSING = object()
#: The first conflict marker git writes into a file it merged as text (any other stray line fails the layout
#: check, and the storage then names it).
_MARKER = b"\n<<<<<<<"
#: Fields that are not merged value by value: identity, the id rule, derived time, the verdict and tags.
_SPECIAL = frozenset({"id", "uuid", "updated_at", "status", "resolution", "tags"})
VERDICT = ("status", "resolution")


class _NotCanonical(Exception):
    """The file is not in the one-document-per-line layout: read it through the storage instead."""


# -- reading -----------------------------------------------------------------------------------------------------
@dataclass
class Image:
    """One input file: its claim lines by id, its history table as one block of lines (`"1": {...},\n"2": ...`,
    unsplit: most of it is shared by both sides and is carried over whole), and its meta document."""

    label: str
    meta: dict[str, Any]
    claims: dict[int, bytes]
    history: bytes
    canonical: bool = True  # False: read through the storage, so the file's bytes are not these lines

    @classmethod
    def empty(cls, label: str) -> "Image":
        return cls(label, {"app": APP, "schema": SCHEMA, "next_id": 1, "next_txn": 1}, {}, b"", canonical=False)


def load_image(path: str | os.PathLike, label: str | None = None) -> Image:
    """Read one input file; CorruptDatabase (exit 3) if it is not a claimtrack database."""
    path = Path(path)
    label = label or str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise StorageError(f"{label}: no such file") from None
    except OSError as e:
        raise StorageError(f"cannot read {label}: {e.strerror or e}") from None
    return image_from_bytes(data, label, path)


def image_from_bytes(data: bytes, label: str, path: Path | None = None) -> Image:
    """One input as an `Image`; CorruptDatabase (exit 3) if it is not a claimtrack database.

    A file in claimtrack's canonical layout is split into its lines without parsing them; anything else
    (pretty-printed, an older schema, a plain TinyDB file) is read through `Database.load`, which checks and
    migrates it exactly as every command does (`path` is that file, else the bytes go through a temp file).
    """
    if not data or data.isspace():  # git passes an empty BASE when both sides added the file
        return Image.empty(label)
    if _MARKER in data or data.startswith(_MARKER[1:]):
        raise CorruptDatabase(f"{label} holds git conflict markers (git merged it as text): not a claimtrack "
                              "database; re-merge with 'claimtrack git-resolve'")
    try:
        return _split_canonical(data, label)
    except _NotCanonical:
        pass
    if path is None:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="claimtrack-merge-") as tmp:
            copy = Path(tmp) / "claims.json"
            copy.write_bytes(data)
            del data
            return _via_storage(copy, label)
    del data
    return _via_storage(path, label)


def _via_storage(path: Path, label: str) -> Image:
    try:
        db = Database.load(path)
    except CorruptDatabase as e:
        raise CorruptDatabase(f"{label}: {e}") from None
    claims = {i: encode_doc(i, doc) for i, doc in db.tables["claims"].scan()}
    history = b",\n".join(encode_doc(i, doc) for i, doc in db.tables["history"].scan())
    return Image(label, dict(db.meta), claims, history, canonical=False)


def _line_key(line: bytes) -> int:
    q = line.find(b'": {', 1)
    key = line[1:q]
    if q < 2 or line[:1] != b'"' or not key.isdigit() or not line.endswith(b"}"):
        raise _NotCanonical
    return int(key)


def _split_canonical(data: bytes, label: str) -> Image:
    """Split a file laid out as `Database.pieces` writes it; _NotCanonical if it is laid out otherwise."""
    head = b'{\n"_meta": {\n'
    sep_claims, sep_history = b'\n},\n"claims": {\n', b'\n},\n"history": {\n'
    if not data.startswith(head) or not data.endswith(b"\n}\n}\n"):
        raise _NotCanonical
    a = data.find(sep_claims)
    b = data.find(sep_history, a + 1)
    if a == -1 or b == -1:
        raise _NotCanonical
    meta_block = data[len(head):a]
    # each block runs from after its header line to before the "\n}" that closes it (empty: hi < lo)
    claims_lo, hist_lo, hist_hi = a + len(sep_claims), b + len(sep_history), len(data) - 5
    metas = _split_lines(meta_block)
    if len(metas) != 1 or _line_key(metas[0]) != 1:
        raise _NotCanonical
    try:
        meta = orjson.loads(metas[0][metas[0].index(b": ") + 2:])
    except orjson.JSONDecodeError:
        raise _NotCanonical from None
    if not isinstance(meta, dict) or meta.get("app") != APP or not isinstance(meta.get("schema"), int):
        raise _NotCanonical  # the storage says precisely what is wrong
    if meta["schema"] != SCHEMA:
        raise _NotCanonical  # newer: refused by the storage; older: migrated by it
    if any(type(meta.get(key)) is not int or meta[key] < 1 for key in ("next_id", "next_txn")):
        raise _NotCanonical  # a counter missing (recounted by the storage) or wrong (refused by it)
    claims = _table(data, claims_lo, b, label, "claims")
    history = data[hist_lo:hist_hi] if hist_hi > hist_lo else b""
    if history and (not history.startswith(b'"') or not history.endswith(b"}")):
        raise _NotCanonical
    return Image(label, meta, claims, history)


#: The start of every document line of a block (after the newline before it): its id, ASCII digits.
_LINE_START = re.compile(rb'\n"([0-9]+)": \{')


def _table(data: bytes, lo: int, hi: int, label: str, name: str) -> dict[int, bytes]:
    """The lines of one table's block data[lo:hi] by id, checking that each starts `"digits": {` and that ids
    rise strictly, with C-speed scans (no Python per line). What else a line may hold wrongly is caught when it
    is parsed, or when the merged file is checked before it replaces OURS."""
    if hi <= lo:
        return {}
    lines = data[lo:hi].split(b",\n")
    keys = _LINE_START.findall(data, lo - 1, hi)  # data[lo - 1] is the newline ending the header line
    if len(keys) != len(lines) or data[hi - 1:hi] != b"}":
        raise _NotCanonical
    ids = list(map(int, keys))
    if not all(map(int.__lt__, ids, ids[1:])):
        if len(set(ids)) != len(ids):
            twice = next(i for i in ids if ids.count(i) > 1)
            raise CorruptDatabase(f"{label}: table {name!r} holds id {twice} twice (a text merge?): not a "
                                  "claimtrack database; re-merge with 'claimtrack git-resolve'")
        raise _NotCanonical  # out of order: the storage says what is wrong
    return dict(zip(ids, lines))


def _common_lines(a: bytes, b: bytes) -> int:
    """The length of the longest run of whole lines both blocks start with (0: none; else the offset of the
    `,\n` after the last shared line, or the block's length when a whole block is shared)."""
    n = min(len(a), len(b))
    lo, step = 0, 1 << 20
    while lo < n:  # compare big slices, then smaller ones where they first differ
        hi = min(lo + step, n)
        if a[lo:hi] == b[lo:hi]:
            lo = hi
        elif step > 64:
            step //= 16
        else:
            while lo < n and a[lo] == b[lo]:
                lo += 1
            break
    if lo == n and (len(a) == len(b) or a[n:n + 2] == b",\n" or b[n:n + 2] == b",\n"):
        return n  # one block is all the other's first lines
    cut = a.rfind(b",\n", 0, lo)
    return max(cut, 0)


def _split_lines(block: bytes) -> list[bytes]:
    return block.split(b",\n") if block else []


def history_bodies(data: bytes, label: str) -> list[bytes]:
    """The history entries of a database file's bytes, each as its JSON (the entry's identity in a merge)."""
    return [_body(line) for line in _split_lines(image_from_bytes(data, label).history)]


def _body(line: bytes) -> bytes:
    return line[line.index(b": ") + 2:]


def _load_doc(line: bytes, label: str) -> dict:
    try:
        doc = orjson.loads(_body(line))
    except orjson.JSONDecodeError as e:
        raise CorruptDatabase(f"{label}: a line does not parse ({e}): not a claimtrack database") from None
    if not isinstance(doc, dict):
        raise CorruptDatabase(f"{label}: a document is not a JSON object: not a claimtrack database")
    return doc


# -- the merge ---------------------------------------------------------------------------------------------------
@dataclass
class Summary:
    """What a merge decided, for people (the driver's message, sync's report) and scripts (--json)."""

    claims: int = 0
    changed: bool = False  # False: the result is OURS as it was
    merged_history: bool = False  # both sides brought changes; a merge entry closes them
    renumbered: list[dict] = field(default_factory=list)  # {uuid, text, from, to}
    conflicts: list[dict] = field(default_factory=list)  # {id, uuid, text, field, kept, lost, why}
    kept: list[dict] = field(default_factory=list)  # deleted on one side, changed on the other: {id, uuid, text}
    came_in: dict[str, int] = field(default_factory=dict)  # history actions THEIRS brought, counted

    def as_dict(self) -> dict[str, Any]:
        return {"claims": self.claims, "changed": self.changed, "merged_history": self.merged_history,
                "renumbered": self.renumbered, "conflicts": self.conflicts, "kept": self.kept,
                "came_in": self.came_in}


@dataclass
class _Side:
    name: str  # "ours" / "theirs"
    image: Image
    docs: dict[str, dict]  # uuid -> parsed claim, for claims at affected ids
    entries: dict[str, list[dict]]  # uuid -> parsed history entries new on this side (after the common prefix)


def _dumps(value: Any) -> bytes:
    return b"" if value is _MISSING else orjson.dumps(value, option=_SORT)


def _same_claim(a: dict, b: dict) -> bool:
    """Equal apart from the id (an earlier merge may have renumbered it)."""
    return len(a) == len(b) and all(k == "id" or b.get(k, _MISSING) == v for k, v in a.items())


@dataclass
class Merged:
    """A merge's result: the file as pieces to write, and what was decided. `complete` says that every line was
    parsed as a complete document (False: the storage's full validation must decide before it is written)."""

    pieces: list[bytes]
    summary: Summary
    complete: bool

    @property
    def data(self) -> bytes:
        return b"".join(self.pieces)


def merge_images(base: Image, ours: Image, theirs: Image) -> Merged:
    """Merge three images (a pure function: the same images give the same bytes). The images are consumed:
    their lines are released as soon as the result no longer needs them."""
    merge = _Merge(base, ours, theirs)
    pieces, summary = merge.run()
    return Merged(pieces, summary, merge.complete)


class _Merge:
    def __init__(self, base: Image, ours: Image, theirs: Image) -> None:
        self.base, self.ours, self.theirs = base, ours, theirs
        self.summary = Summary()
        self.events: list[dict] = []  # history entries the merge itself writes (before at/txn are known)

    # -- claims: which lines differ, and their documents --------------------------------------------------------
    def _affected(self) -> set[int]:
        b, o, t = self.base.claims, self.ours.claims, self.theirs.claims
        ids = {i for i, _ in o.items() ^ b.items()}
        ids.update(i for i, _ in t.items() ^ b.items())
        return ids

    def _docs(self, image: Image, ids: Iterable[int]) -> dict[str, dict]:
        docs: dict[str, dict] = {}
        for i in ids:
            line = image.claims.get(i)
            if line is None:
                continue
            doc = _load_doc(line, image.label)
            doc["id"] = i
            key = doc.get("uuid")
            if not isinstance(key, str):
                raise CorruptDatabase(f"{image.label}: claim {i} has no uuid: not a claimtrack database")
            if key in docs:
                raise CorruptDatabase(f"{image.label}: claims {docs[key]['id']} and {i} share the uuid {key}; "
                                      "fix the file by hand (one of them is a copy)")
            docs[key] = doc
        return docs

    # -- history ------------------------------------------------------------------------------------------------
    def _history_split(self) -> tuple[bytes, list[bytes], list[bytes]]:
        """The lines both histories start with (one block, ids included), and the bodies of the rest of each."""
        o, t = self.ours.history, self.theirs.history
        p = _common_lines(o, t)
        rest = [block[p + 2:] if p else block for block in (o, t)]
        return o[:p], [_body(line) for line in _split_lines(rest[0])], [_body(line) for line in _split_lines(rest[1])]

    @staticmethod
    def _parse_entries(bodies: list[bytes], label: str) -> list[dict]:
        out = []
        for body in bodies:
            try:
                entry = orjson.loads(body)
            except orjson.JSONDecodeError as e:
                raise CorruptDatabase(f"{label}: a history line does not parse ({e}): not a claimtrack database") from None
            if not isinstance(entry, dict):
                raise CorruptDatabase(f"{label}: a history entry is not a JSON object: not a claimtrack database")
            out.append(entry)
        return out

    # -- fields -------------------------------------------------------------------------------------------------
    def _field_time(self, side: _Side, key: str, fields: tuple[str, ...], doc: dict) -> str:
        """When this side last changed these fields of the claim: its newest history entry touching them."""
        best = ""
        for entry in side.entries.get(key, ()):
            changes = _changes(entry)
            if entry.get("action") == "add" or entry.get("restored") or any(f in changes for f in fields):
                at = entry.get("at")
                if isinstance(at, str) and at > best:
                    best = at
        if not best:
            at = doc.get("updated_at")
            best = at if isinstance(at, str) else ""
        return best

    def _settle(self, key: str, fields: tuple[str, ...], ov: Any, tv: Any, o: dict, t: dict) -> tuple[Any, Any, str]:
        """Both sides changed these fields differently: (winning value, losing value, why)."""
        to = self._field_time(self.o_side, key, fields, o)
        tt = self._field_time(self.t_side, key, fields, t)
        if to != tt:
            return (ov, tv, "changed later") if to > tt else (tv, ov, "changed later")
        return (ov, tv, "same time; fixed order") if _dumps(ov) > _dumps(tv) else (tv, ov, "same time; fixed order")

    def _merge_claim(self, key: str, b: dict | None, o: dict, t: dict) -> dict:
        if _same_claim(o, t):
            return dict(o)
        out: dict[str, Any] = {}
        b = b or {}
        names = sorted((set(o) | set(t) | set(b)) - _SPECIAL)
        lost: dict[str, list] = {}
        whys: list[tuple[str, Any, Any, str]] = []
        for name in names:
            value = self._merge_value(key, (name,), b.get(name, _MISSING), o.get(name, _MISSING),
                                      t.get(name, _MISSING), o, t, lost, whys)
            if value is not _MISSING:
                out[name] = value
        verdict = self._merge_value(key, VERDICT, tuple(b.get(f, _MISSING) for f in VERDICT) if b else _MISSING,
                                    tuple(o.get(f) for f in VERDICT), tuple(t.get(f) for f in VERDICT), o, t, lost, whys)
        out["status"], out["resolution"] = verdict
        out["tags"] = self._merge_tags(b.get("tags", _MISSING), o.get("tags"), t.get("tags"))
        out["uuid"] = key
        out["updated_at"] = max(str(o.get("updated_at") or ""), str(t.get("updated_at") or "")) or None
        if lost:
            self._record_conflict(key, out, lost, whys)
        return out

    def _merge_value(self, key: str, fields: tuple[str, ...], bv: Any, ov: Any, tv: Any, o: dict, t: dict,
                     lost: dict[str, list], whys: list) -> Any:
        if ov == tv:
            return ov
        if ov == bv:
            return tv
        if tv == bv:
            return ov
        win, lose, why = self._settle(key, fields, ov, tv, o, t)
        if len(fields) == 1:
            lost[fields[0]] = [None if lose is _MISSING else lose, None if win is _MISSING else win]
            whys.append((fields[0], win, lose, why))
        else:
            for f, w, l_ in zip(fields, win, lose):
                if w != l_:
                    lost[f] = [l_, w]
            whys.append(("verdict", dict(zip(fields, win)), dict(zip(fields, lose)), why))
        return win

    @staticmethod
    def _merge_tags(bv: Any, ov: Any, tv: Any) -> Any:
        if ov == tv:
            return ov
        if ov == bv:
            return tv
        if tv == bv:
            return ov
        base = bv if isinstance(bv, list) else []
        ours, theirs = (ov if isinstance(ov, list) else []), (tv if isinstance(tv, list) else [])
        removed = (set(base) - set(ours)) | (set(base) - set(theirs))
        added = (set(ours) - set(base)) | (set(theirs) - set(base))
        out, seen = [], set()
        for tag in [tag for tag in base if tag not in removed] + sorted(added - removed):
            folded = tag.casefold() if isinstance(tag, str) else tag
            if folded not in seen:
                seen.add(folded)
                out.append(tag)
        return out

    def _already_recorded(self, key: str, action: str, test) -> bool:
        for side in (self.o_side, self.t_side):
            for entry in side.entries.get(key, ()):
                if entry.get("action") == action and entry.get("via") == "merge" and test(entry):
                    return True
        return False

    def _record_conflict(self, key: str, claim: dict, lost: dict[str, list], whys: list) -> None:
        """Write the losing values into the claim's history and the summary, unless the inputs already say so
        (merging a merged result again meets the same conflict: it was settled, and is explained, already)."""
        fresh = {f: pair for f, pair in lost.items()
                 if not self._already_recorded(key, "conflict", lambda e, f=f, p=pair: _changes(e).get(f) == p)}
        if not fresh:
            return
        text = claim.get("text")
        for name, win, lose, why in whys:
            if name in fresh or (name == "verdict" and fresh.keys() & set(VERDICT)):
                self.summary.conflicts.append({"uuid": key, "text": text, "field": name, "kept": win, "lost": lose,
                                               "why": why})
        self.events.append({"action": "conflict", "uuid": key, "changes": fresh,
                            "note": "changed on both sides: the later change was kept; each change reads [lost, kept]"})

    # -- the whole merge ----------------------------------------------------------------------------------------
    def run(self) -> tuple[list[bytes], Summary]:
        """The merged file's pieces, and the summary; sets `self.complete` (see `Merged`)."""
        base, ours, theirs = self.base, self.ours, self.theirs
        self.affected = self._affected()
        self.b_docs = self._docs(base, self.affected)
        self.prefix, self.o_bodies, self.t_bodies = self._history_split()
        self.o_entries = self._parse_entries(self.o_bodies, ours.label)
        self.t_entries = self._parse_entries(self.t_bodies, theirs.label)
        self.o_side = _Side("ours", ours, self._docs(ours, self.affected), _by_uuid(self.o_entries))
        self.t_side = _Side("theirs", theirs, self._docs(theirs, self.affected), _by_uuid(self.t_entries))

        wanted = self._decide_claims()
        final, next_id = self._assign_ids(wanted)
        lines, carried, same_as_ours = self._claims_table(final)
        history, history_is_ours, next_txn = self._history(final)
        meta = self._merge_meta(next_id, next_txn)
        self.summary.claims = len(lines)
        self.summary.changed = not (ours.canonical and same_as_ours and history_is_ours and meta == ours.meta)
        # lines carried over unparsed must parse as complete documents before the result may be written
        shared = ours.history if history_is_ours else self.prefix
        self.complete = not self.summary.changed or _carried_complete(carried, shared)
        del carried, shared
        self.prefix = b""
        for image in (base, ours, theirs):  # consumed: free what the result does not share before joining it
            image.claims, image.history = {}, b""
        claim_lines = [lines[i] for i in sorted(lines)]
        del lines
        return _pieces(meta, claim_lines, history), self.summary

    def _decide_claims(self) -> dict[str, tuple[int, dict]]:
        """Every claim at an affected id: kept, merged or dropped, and the id it asks for (uuid -> (id, claim))."""
        b_docs, o_docs, t_docs = self.b_docs, self.o_side.docs, self.t_side.docs
        wanted: dict[str, tuple[int, dict]] = {}
        for key in sorted(set(b_docs) | set(o_docs) | set(t_docs)):
            b, o, t = b_docs.get(key), o_docs.get(key), t_docs.get(key)
            if o is not None and t is not None:
                wanted[key] = (max(o["id"], t["id"]), self._merge_claim(key, b, o, t))
                continue
            if o is None and t is None:
                continue  # deleted on both sides
            kept = o if o is not None else t
            if b is None:
                wanted[key] = (kept["id"], dict(kept))  # added on one side
            elif not _same_claim(kept, b):  # deleted on one side, changed on the other: kept, and said so
                claim = dict(kept)
                wanted[key] = (kept["id"], claim)
                stamp = claim.get("updated_at")
                if not self._already_recorded(key, "conflict", lambda e: e.get("kept") == stamp):
                    self.summary.kept.append({"uuid": key, "text": claim.get("text")})
                    self.events.append({"action": "conflict", "uuid": key, "changes": {}, "restored": True,
                                        "kept": stamp, "note": "deleted on one side and changed on the "
                                        "other: kept with the change"})
            # else deleted on one side and untouched on the other: deleted
        return wanted

    def _assign_ids(self, wanted: dict[str, tuple[int, dict]]) -> tuple[dict[int, dict], int]:
        """One claim per id: the one that held it in BASE keeps it, else the earlier (created_at, uuid); the
        others get new ids above every id any input used. Returns the claims by final id, and the next id."""
        top = max(int(img.meta.get("next_id", 1)) for img in (self.base, self.ours, self.theirs))
        for img in (self.base, self.ours, self.theirs):
            if img.claims:
                top = max(top, max(img.claims) + 1)
        b_holder = {doc["id"]: u for u, doc in self.b_docs.items()}
        by_id: dict[int, list[str]] = {}
        for key, (want, _) in wanted.items():
            by_id.setdefault(want, []).append(key)

        def created(key: str) -> tuple[str, str]:
            return (str(wanted[key][1].get("created_at") or ""), key)

        losers: list[tuple[str, int]] = []
        for want, keys in by_id.items():
            if want not in self.affected:  # held by a claim untouched on every side (only a broken file gets here)
                losers.extend((u, want) for u in keys)
                continue
            if len(keys) > 1:
                holder = b_holder.get(want)
                if holder not in keys:
                    holder = min(keys, key=created)
                losers.extend((u, want) for u in keys if u != holder)
        for key, (want, claim) in wanted.items():
            claim["id"] = want
        for key, old in sorted(losers, key=lambda pair: created(pair[0])):
            claim = wanted[key][1]
            claim["id"] = top
            self.summary.renumbered.append({"uuid": key, "text": claim.get("text"), "from": old, "to": top})
            self.events.append({"action": "renumber", "uuid": key, "changes": {"id": [old, top]},
                                "note": f"id {old} was taken by another claim in the merge"})
            top += 1
        for item in self.events + self.summary.conflicts + self.summary.kept:  # name the claim's final id
            item["claim" if "action" in item else "id"] = wanted[item["uuid"]][1]["id"]
        return {claim["id"]: claim for _, claim in wanted.values()}, top

    def _claims_table(self, final: dict[int, dict]) -> tuple[dict[int, bytes], list[bytes], bool]:
        """The result's claim lines by id: untouched lines as they were, merged claims re-encoded. Also the
        lines carried over unparsed, and whether the table is OURS' as it was."""
        ours, o_docs = self.ours, self.o_side.docs
        lines = {i: line for i, line in ours.claims.items() if i not in self.affected}  # = BASE's and THEIRS'
        carried = list(lines.values())
        same_as_ours = True
        for i, claim in final.items():
            line = ours.claims.get(i)
            if line is not None and o_docs.get(claim["uuid"]) == claim:
                lines[i] = line
            else:
                lines[i] = encode_doc(i, claim)
                same_as_ours = False
        return lines, carried, same_as_ours and len(lines) == len(ours.claims)

    def _history(self, final: dict[int, dict]) -> tuple[list[bytes], bool, int]:
        """The result's history, as blocks of lines: the shared prefix, then the rest of both sides interleaved
        by time with each entry once, then (when both sides brought something, or the merge decided anything)
        the merge's own entries and its closing `merge` entry. Also whether it is OURS' as it was, and next_txn."""
        ours, theirs = self.ours, self.theirs
        o_bodies, t_bodies, o_entries, t_entries = self.o_bodies, self.t_bodies, self.o_entries, self.t_entries
        o_count, t_count = _counts(o_bodies), _counts(t_bodies)
        theirs_in_ours, ours_in_theirs = _contains(o_count, t_count), _contains(t_count, o_count)
        self.summary.came_in = _came_in(t_bodies, t_entries, o_count)
        txn = max(int(img.meta.get("next_txn", 1)) for img in (self.base, ours, theirs))
        for entry in o_entries + t_entries:
            if isinstance(entry.get("txn"), int) and entry["txn"] >= txn:
                txn = entry["txn"] + 1
        if theirs_in_ours and not ours_in_theirs:
            history, is_ours = ([ours.history] if ours.history else []), True
        elif ours_in_theirs and not theirs_in_ours:
            history, is_ours = ([theirs.history] if theirs.history else []), False
        else:
            history = [self.prefix] if self.prefix else []
            next_hid = _last_id(self.prefix) + 1
            for body in _interleave(o_bodies, o_entries, t_bodies, t_entries):
                history.append(b'"%d": ' % next_hid + body)
                next_hid += 1
            is_ours = history == ([ours.history] if ours.history else [])
        if not self.events and (theirs_in_ours or ours_in_theirs):
            return history, is_ours, txn  # nothing new met: no merge entry (a re-merge changes nothing)
        at = self._merge_time(o_entries, t_entries, final.values())
        next_hid = _last_id(history[-1]) + 1 if history else 1
        for event in self.events:
            doc = {"action": event["action"], "at": at, "changes": event["changes"], "claim": event["claim"],
                   "txn": txn, "uuid": event["uuid"], "via": "merge"}
            doc.update({k: v for k, v in event.items() if k not in doc})
            history.append(encode_doc(next_hid, doc))
            next_hid += 1
        barrier = {"action": "merge", "at": at, "changes": {}, "claim": None, "txn": txn, "uuid": None,
                   "via": "merge", "renumbered": len(self.summary.renumbered),
                   "conflicts": len(self.summary.conflicts), "kept": len(self.summary.kept)}
        history.append(encode_doc(next_hid, barrier))
        self.summary.merged_history = True
        return history, False, txn + 1

    def _merge_meta(self, next_id: int, next_txn: int) -> dict[str, Any]:
        b, o, t = self.base.meta, self.ours.meta, self.theirs.meta
        out: dict[str, Any] = {}
        for name in sorted(set(b) | set(o) | set(t)):
            bv, ov, tv = b.get(name, _MISSING), o.get(name, _MISSING), t.get(name, _MISSING)
            if ov == tv or tv == bv:
                value = ov
            elif ov == bv:
                value = tv
            else:
                value = ov if _dumps(ov) > _dumps(tv) else tv
            if value is not _MISSING:
                out[name] = value
        out["app"], out["schema"] = APP, SCHEMA
        out["next_id"] = max(next_id, int(o.get("next_id", 1)), int(t.get("next_id", 1)))
        out["next_txn"] = next_txn
        return out

    @staticmethod
    def _merge_time(o_entries: list[dict], t_entries: list[dict], claims: Iterable[dict]) -> str:
        """The merge's timestamp: the latest time in what it merged (a pure function of its inputs)."""
        best = ""
        for entry in o_entries + t_entries:
            at = entry.get("at")
            if isinstance(at, str) and at > best:
                best = at
        for claim in claims:
            at = claim.get("updated_at")
            if isinstance(at, str) and at > best:
                best = at
        return best or "1970-01-01T00:00:00Z"


def _changes(entry: dict) -> dict:
    changes = entry.get("changes")
    return changes if isinstance(changes, dict) else {}


def _by_uuid(entries: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for entry in entries:
        key = entry.get("uuid")
        if isinstance(key, str):
            out.setdefault(key, []).append(entry)
    return out


def _counts(bodies: list[bytes]) -> dict[bytes, int]:
    out: dict[bytes, int] = {}
    for body in bodies:
        out[body] = out.get(body, 0) + 1
    return out


def _contains(big: dict[bytes, int], small: dict[bytes, int]) -> bool:
    return all(big.get(body, 0) >= n for body, n in small.items())


def _came_in(t_bodies: list[bytes], t_entries: list[dict], o_count: dict[bytes, int]) -> dict[str, int]:
    """THEIRS' history entries that OURS lacks, counted by action (what a pull brought)."""
    seen: dict[bytes, int] = {}
    out: dict[str, int] = {}
    for body, entry in zip(t_bodies, t_entries):
        seen[body] = seen.get(body, 0) + 1
        if seen[body] > o_count.get(body, 0):
            action = str(entry.get("action"))
            out[action] = out.get(action, 0) + 1
    return out


def _interleave(o_bodies: list[bytes], o_entries: list[dict], t_bodies: list[bytes],
                t_entries: list[dict]) -> list[bytes]:
    """Both remainders in one sequence: each side's order kept, the earlier (at, content) head first, and an
    entry both sides hold (a cherry-pick, a re-merge) once. Symmetric: swapping the sides gives the same list."""

    def key(entries: list[dict], bodies: list[bytes], i: int) -> tuple[str, bytes]:
        at = entries[i].get("at")
        return (at if isinstance(at, str) else "", bodies[i])

    out: list[bytes] = []
    emitted: dict[bytes, int] = {}
    seen_o: dict[bytes, int] = {}
    seen_t: dict[bytes, int] = {}
    i = j = 0
    while i < len(o_bodies) or j < len(t_bodies):
        ko = key(o_entries, o_bodies, i) if i < len(o_bodies) else None
        kt = key(t_entries, t_bodies, j) if j < len(t_bodies) else None
        takes: list[tuple[bytes, dict[bytes, int]]] = []
        if ko is not None and (kt is None or ko <= kt):
            takes.append((o_bodies[i], seen_o))
            i += 1
        if kt is not None and (ko is None or kt <= ko):
            takes.append((t_bodies[j], seen_t))
            j += 1
        body = takes[0][0]
        counts = []
        for b, seen in takes:
            seen[b] = seen.get(b, 0) + 1
            counts.append(seen[b])
        if max(counts) > emitted.get(body, 0):
            emitted[body] = emitted.get(body, 0) + 1
            out.append(body)
    return out


def _last_id(block: bytes) -> int:
    """The id of the last line of a block of lines (0 for an empty block)."""
    return _line_key(block[block.rfind(b"\n") + 1:]) if block else 0


def _pieces(meta: dict, claims: list[bytes], history: list[bytes]) -> list[bytes]:
    """The file as `Database.pieces` lays it out: one document per line, tables in order."""
    parts = [b"{\n"]
    tables = {META: [encode_doc(1, meta)], "claims": claims, "history": history}
    for i, name in enumerate(TABLES):
        parts.append(b'"%s": {\n' % name.encode())
        if tables[name]:
            parts.append(b",\n".join(tables[name]))
            parts.append(b"\n")
        parts.append(b"},\n" if i < len(TABLES) - 1 else b"}\n")
    parts.append(b"}\n")
    return parts


# -- files -------------------------------------------------------------------------------------------------------
def merge_files(base: str | os.PathLike, ours: str | os.PathLike, theirs: str | os.PathLike,
                name: str | None = None) -> Summary:
    """The merge driver: merge BASE and THEIRS into OURS, replacing OURS atomically, only with a result that
    loads. Raises CorruptDatabase (OURS untouched) when an input is not a claimtrack database."""
    ours = Path(ours)
    label = name or ours.name
    images = [load_image(base, f"{label} (base)"), load_image(ours, f"{label} (ours)"),
              load_image(theirs, f"{label} (theirs)")]
    merged = merge_images(*images)
    del images
    if merged.summary.changed:
        write_checked(ours, merged, label)
    return merged.summary


def write_checked(path: Path, merged: Merged, label: str) -> None:
    """Write a merged file beside `path`, check that it loads, and only then move it over `path`.

    The check is the storage's own: `Database.load` (the layout, ids rising in every table, no conflict
    marker), and every line must parse as a complete document. The merge parsed or wrote every line itself
    (`merged.complete`); if one was not plainly complete, the storage's full validation decides (it completes
    what it can, and refuses the rest).
    """
    check = path.with_name(f".{path.name}.claimtrack-merge-{os.getpid()}")
    try:
        atomic_write(check, merged.pieces, what=str(path), clean_stale=False)
        del merged.pieces[:]
        db = Database.load(check)
        if not merged.complete:
            db.validate()
        del db
        try:
            os.chmod(check, path.stat().st_mode & 0o7777)
        except OSError:
            pass
        os.replace(check, path)
    except CorruptDatabase as e:
        raise CorruptDatabase(f"{label}: the merged file would not load ({e}); nothing was written") from None
    except OSError as e:
        raise StorageError(f"cannot write {path}: {e.strerror or e}") from None
    finally:
        try:
            os.unlink(check)
        except OSError:
            pass


def _carried_complete(claims: list[bytes], history: bytes) -> bool:
    """Does every carried line parse as a document the storage reads without completing or refusing it?"""
    from .model import FIELDS

    fields = frozenset(FIELDS)
    loads = orjson.loads
    try:
        for line in claims:
            doc = loads(line[line.index(b": ") + 2:])
            if type(doc) is not dict or not doc.keys() >= fields:
                return False
        for line in _split_lines(history):
            doc = loads(line[line.index(b": ") + 2:])
            if type(doc) is not dict or type(doc.get("txn")) is not int or not isinstance(doc.get("at"), str) \
                    or not isinstance(doc.get("action"), str):
                return False
    except (orjson.JSONDecodeError, ValueError):
        return False
    return True
