"""claims.json on disk: a TinyDB-format JSON file that is locked, written atomically and read lazily.

Why not TinyDB's default `JSONStorage`: it writes in place (a killed writer leaves a truncated file), takes no
lock (two writers lose each other's changes), and parses the whole file on every access. Here:

* The file is TinyDB's layout, `{"table": {"doc_id": {...}}}`, written one document per line with sorted keys,
  so it diffs and merges well in git and any TinyDB program can open it with `ClaimStorage`.
* A `Database` is the in-memory image of one file. Each table stays a block of the file's bytes until something
  needs it whole, and a line is parsed only when asked for, so a filtered list of 100k claims parses the few
  lines that can match, and an `add` appends a line to what it read (see `Table`).
* Before rewriting, every carried-over line is parsed, unless the lock file says this very file (same inode,
  size and times) is what the last claimtrack writer wrote and so already checked.
* `locked(path)` holds an exclusive lock file beside the database around a whole read-modify-write.
* `Database.save` writes a temp file in the same directory, fsyncs it, `os.replace`s it over the old file and
  fsyncs the directory: a reader or a crash sees the old file or the new one, never a mix.
* A file we cannot parse or do not recognise is never overwritten (`CorruptDatabase`, exit 3). That includes a
  file git merged as text: conflict markers, or one id on two lines (`claimtrack git-resolve` repairs it).
* A file that is not exactly what claimtrack itself last wrote (its stamp differs from the lock file's note) is
  checked before it is believed: every table's lines must be documents with strictly increasing ids, and a claim
  lacking fields (written by another program, or an older one) is completed and validated when it is read.
* A database path that is a symlink is resolved once (`real_path`): the lock, the read and the atomic replace
  all act on the link's final target, so the link stays a link and both names share one lock.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Any, Iterable, Iterator

import orjson

from .errors import CorruptDatabase, InputError, LockTimeout, StorageError

SCHEMA = 1
APP = "claimtrack"
META = "_meta"
TABLES = (META, "claims", "history")
DEFAULT_LOCK_TIMEOUT = 10.0

_HEADER = re.compile(rb'"([A-Za-z_][A-Za-z0-9_]*)": \{$')
_SORT = orjson.OPT_SORT_KEYS
#: Every newline of a table block, with the id of the document line it starts (ASCII digits as `%d` writes
#: them), or an empty id when the line is not a document line: one pass checks and numbers every line.
_LINE_START = re.compile(rb'\n(?:"(0|[1-9][0-9]*)": \{)?')
#: The lines git writes around a conflict it could not merge (`merge.conflictStyle` merge, diff3 or zdiff3).
_CONFLICT_MARKER = re.compile(rb"^(?:<{7}|>{7}|\|{7})(?: |$)|^={7}$", re.MULTILINE)
GIT_RESOLVE = "run 'claimtrack git-resolve' to merge it again"
#: History entries need these; older or hand-made entries may lack the others (filled in when read).
_HISTORY_REQUIRED = ("txn", "at", "action")
_HISTORY_DEFAULTS = (("claim", None), ("uuid", None), ("changes", {}))
_HISTORY_KEYS = frozenset(_HISTORY_REQUIRED + tuple(key for key, _ in _HISTORY_DEFAULTS))


_CLAIM_PROBLEM: Any = None  # model.stored_claim_problem, imported when a file claimtrack did not write is read
_FROM_LOCK_FILE = object()  # `Database.load` reads the last writer's note itself
#: How orjson writes a NUL inside a string: a line without these bytes holds no NUL (JSON has no other spelling).
_NUL = b"\\u0000"


def _claim_problem() -> Any:
    """`model.stored_claim_problem` (imported only when a file claimtrack did not write itself is read)."""
    global _CLAIM_PROBLEM
    if _CLAIM_PROBLEM is None:
        from .model import stored_claim_problem

        _CLAIM_PROBLEM = stored_claim_problem
    return _CLAIM_PROBLEM


def _noted_stamp(path: Path) -> str | None:
    """The stamp of the file claimtrack last wrote, from the first line of the lock file (no lock taken: a note
    read while a writer changes it just does not match, and the file is then checked in full)."""
    try:
        with open(path.with_name(path.name + ".lock"), "rb") as f:
            first = f.read(200).split(b"\n", 1)[0]
    except OSError:
        return None
    return first[8:].decode("ascii", "replace") if first.startswith(b"written ") else None


def real_path(path: str | os.PathLike) -> Path:
    """The file a database path names, through any chain of symlinks (relative, into other directories, or
    dangling: a link to a file not yet created resolves to where that file will be)."""
    return Path(os.path.realpath(path))


_DIGIT_KEY = re.compile(rb'[{,][ \t\r\n]*"[0-9]+"[ \t\r\n]*:')

#: UTF-8 of the only characters outside ASCII whose `str.lower()` holds ASCII letters (İ → i̇, Kelvin K → k).
_LOWER_TO_ASCII = tuple(c.encode() for c in map(chr, (0x130, 0x212A)))


def _lowers_to_ascii(raw: bytes) -> bool:
    return any(special in raw for special in _LOWER_TO_ASCII)


def _line_id(line: bytes) -> int | None:
    """The id of a document line `"12": {...}`, or None if the line is not one."""
    q = line.find(b'": {', 1)
    key = line[1:q]
    if q < 2 or line[:1] != b'"' or not key.isdigit():  # bytes.isdigit is ASCII only
        return None
    return int(key)


def _ascii_int(key: str) -> int | None:
    """A document key as an id: ASCII digits only (`str.isdigit` also accepts '²' and '٣')."""
    return int(key) if key.isascii() and key.isdigit() else None


def _line_starts(low: bytes, needle: bytes, lo: int, hi: int) -> set[int]:
    """Offsets of the starts of the lines of low[lo:hi] that contain `needle` (one search per line found)."""
    starts: set[int] = set()
    pos = low.find(needle, lo, hi)
    while pos != -1:
        starts.add(max(low.rfind(b"\n", lo, pos) + 1, lo))
        end = low.find(b"\n", pos, hi)
        pos = -1 if end == -1 else low.find(needle, end + 1, hi)
    return starts


def history_entry_problem(entry: dict) -> str | None:
    """What makes a history entry unusable by `history`, `undo` or the merge driver, or None.

    `txn` a whole number, `at` an ISO 8601 timestamp, `action` text; `claim` a whole number and `uuid` text, or
    absent/null (older entries); `changes` an object of [old, new] pairs, or absent/null; `via` and `note` text,
    `undoes` a whole number, `before` and `forecast` objects, when present. Straight-line tests: it runs on every
    entry read from a file claimtrack did not write itself. (A claim that undo puts back from `before` or
    `changes` is checked as a claim when it is put back.)
    """
    get = entry.get
    value = get("txn")
    if type(value) is not int:
        return "has no txn" if value is None else f"has a txn {_shown(value)} that is not a whole number"
    value = get("at")
    if type(value) is not str or not _is_stamp(value):
        return "has no at" if value is None else f"has an at {_shown(value)} that is not an ISO 8601 timestamp"
    value = get("action")
    if type(value) is not str:
        return "has no action" if value is None else f"has an action {_shown(value)} that is not text"
    value = get("claim")
    if value is not None and type(value) is not int:
        return f"has a claim {_shown(value)} that is not a whole number"
    for name in ("uuid", "via", "note"):
        value = get(name)
        if value is not None and type(value) is not str:
            return f"has a {name} {_shown(value)} that is not text"
    value = get("undoes")
    if value is not None and type(value) is not int:
        return f"has an undoes {_shown(value)} that is not a whole number"
    for name in ("before", "forecast"):
        value = get(name)
        if value is not None and type(value) is not dict:
            return f"has a {name} {_shown(value)} that is not an object"
    changes = get("changes")
    if changes is not None:
        if type(changes) is not dict:
            return f"has changes {_shown(changes)} that are not an object of [old, new] pairs"
        for name, pair in changes.items():
            if type(pair) is not list or len(pair) != 2:
                return f"has a change of {name} {_shown(pair)} that is not an [old, new] pair"
    return None


def _is_stamp(value: str) -> bool:
    from .model import _is_stamp as check

    return check(value)


def _shown(value: Any) -> str:
    text = orjson.dumps(value).decode()
    return text if len(text) <= 40 else text[:39] + "…"


def encode_doc(doc_id: int, doc: dict) -> bytes:
    try:
        return b'"%d": ' % doc_id + orjson.dumps(doc, option=_SORT)
    except orjson.JSONEncodeError as exc:  # an integer beyond 64 bits, or a value JSON has no form for
        raise InputError(f"claim {doc_id} holds a value that cannot be stored: {exc}") from None


def _body(line: bytes) -> memoryview:
    """The document's JSON inside a stored line `"12": {...},`, without copying it."""
    start = line.index(b": ") + 2
    end = len(line) - 1 if line.endswith(b",") else len(line)
    return memoryview(line)[start:end]


class Table:
    """One table of a `Database`: documents by integer id, read lazily from the file's bytes.

    Until something needs the table as a whole, it stays one block of the file (`_src[_lo:_hi]`, one line per
    document, sorted by id): a document is found by a byte search for its line, a new one is appended, a changed
    one is patched in place, and saving writes the block back with those edits. So `add` and `confirm` cost a
    read and a write of the file, not a pass over its lines. A removal, or a walk over every id, splits the
    block into lines (`_index`); a filtered scan searches the block for its needles first.
    """

    __slots__ = ("name", "_db", "_src", "_lo", "_hi", "_spans", "_index", "_cache", "_dirty", "_top", "_line_ids")

    def __init__(self, name: str, db: "Database") -> None:
        self.name = name
        self._db = db
        self._src = b""  # the file's bytes; the table's block is _src[_lo:_hi] until it is indexed
        self._lo = self._hi = 0
        self._spans: dict[int, tuple[int, int]] = {}  # block lines located so far: id -> (start, end)
        self._index: dict[int, bytes] | None = None  # id -> line, once the block has been split
        self._cache: dict[int, dict] = {}  # parsed documents
        self._dirty: set[int] = set()  # ids whose cached document is new or changed: encoded on save
        self._top: int | None = None  # the highest id, once known (an import asks once per claim)
        self._line_ids: list[int] | None = None  # the block's ids, line by line, when the load checked them

    def _attach(self, src: bytes, lo: int, hi: int, line_ids: list[int] | None = None) -> None:
        self._src, self._lo, self._hi = src, lo, hi
        self._line_ids = line_ids

    # -- the unsplit block ------------------------------------------------------------------------------------
    def _find(self, doc_id: int) -> tuple[int, int] | None:
        span = self._spans.get(doc_id)
        if span is not None or self._lo == self._hi:
            return span
        src, lo, hi = self._src, self._lo, self._hi
        key = b'"%d": {' % doc_id
        if src.startswith(key, lo):
            start = lo
        else:
            start = src.find(b"\n" + key, lo, hi)
            if start == -1:
                return None
            start += 1
        end = src.find(b"\n", start, hi)
        span = self._spans[doc_id] = (start, hi if end == -1 else end)
        return span

    def _block_max_id(self) -> int:
        src, lo, hi = self._src, self._lo, self._hi
        if lo == hi:
            return 0
        start = max(src.rfind(b"\n", lo, hi) + 1, lo)
        q = src.find(b'"', start + 1, hi)
        key = src[start + 1:q]
        if not key.isdigit():
            self._ensure_index()  # reports the malformed line
        return int(key)

    def _ensure_index(self) -> dict[int, bytes]:
        if self._index is None:
            index: dict[int, bytes] = {}
            if self._lo != self._hi:
                number = self._src.count(b"\n", 0, self._lo) + 1
                for offset, line in enumerate(self._src[self._lo:self._hi].split(b"\n")):
                    doc_id = _line_id(line)
                    if doc_id is None or not (line.endswith(b"}") or line.endswith(b"},")):
                        raise CorruptDatabase(f"{self._db.path}: line {number + offset}: not a valid JSON document line "
                                              f"(table {self.name!r}); the file was left untouched")
                    index[doc_id] = line
            for doc_id in self._dirty:  # patched while still a block: the new version is in the cache
                index.pop(doc_id, None)
            self._index = index
            self._spans = {}
            self._src, self._lo, self._hi = b"", 0, 0
            self._line_ids = None
        return self._index

    # -- documents --------------------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.ids())

    def __bool__(self) -> bool:  # a table is an object, not a container to test for emptiness (that indexes it)
        return True

    def __contains__(self, doc_id: int) -> bool:
        if doc_id in self._cache:
            return True
        if self._index is not None:
            return doc_id in self._index
        return self._find(doc_id) is not None

    def ids(self) -> list[int]:
        index = self._ensure_index()
        return sorted(set(index).union(self._dirty))

    def max_id(self) -> int:
        if self._top is None:
            if self._index is not None:
                self._top = max(max(self._index, default=0), max(self._dirty, default=0))
            else:
                self._top = max(self._block_max_id(), max(self._dirty, default=0))
        return self._top

    def _raw_line(self, doc_id: int) -> bytes | None:
        if self._index is not None:
            return self._index.get(doc_id)
        span = self._find(doc_id)
        return None if span is None else self._src[span[0]:span[1]]

    def get(self, doc_id: int) -> dict | None:
        doc = self._cache.get(doc_id)
        if doc is None:
            raw = self._raw_line(doc_id)
            if raw is None:
                return None
            doc = self._cache[doc_id] = self._db._parse(self.name, doc_id, raw)
        return doc

    def put(self, doc_id: int, doc: dict) -> None:
        """Insert or replace a document; only documents put here are re-encoded on save."""
        if self._index is None and doc_id not in self._dirty and doc_id <= self._block_max_id() \
                and self._find(doc_id) is None:  # (an id past the block's last is new: no search for it; the
            # last one itself must be found, or its line would be kept beside the new one)
            self._ensure_index()  # a new id inside the block's range: keep the lines in id order
        if self._index is not None:
            self._index.pop(doc_id, None)
        self._cache[doc_id] = doc
        self._dirty.add(doc_id)
        if self._top is not None and doc_id > self._top:
            self._top = doc_id

    def remove(self, doc_id: int) -> dict | None:
        doc = self.get(doc_id)
        self._ensure_index().pop(doc_id, None)
        self._cache.pop(doc_id, None)
        self._dirty.discard(doc_id)
        if doc_id == self._top:
            self._top = None
        return doc

    def scan(self, needles: Iterable[Iterable[str]] = (), *, reverse: bool = False) -> Iterator[tuple[int, dict]]:
        """Yield (id, doc) for documents that may match, in id order (or reversed).

        `needles` is a list of groups of lower-case strings; a document is skipped without being parsed when
        for some group none of the group's strings occurs in its lower-cased line. This only ever skips
        documents that cannot match a filter comparing `str.lower()`s: a line without backslashes spells every
        string value literally, and for an ASCII needle, lower-casing bytes (ASCII only) finds everything that
        `str.lower()` finds unless the line holds one of the two characters whose lower case is ASCII (U+0130,
        U+212A). Lines with either are parsed and left to the caller's exact test, as are non-ASCII needles.
        """
        groups = [[n.encode() for n in group] for group in needles if group]
        if any(not all(n.isascii() and n for n in group) for group in groups):
            groups = []  # a non-ASCII needle cannot be matched on raw bytes: fall back to parsing
        if self._index is None and not self._dirty and self._lo != self._hi and (groups or reverse):
            yield from self._scan_block(groups, reverse) if groups else self._scan_block_backwards()
            return
        index = self._ensure_index()
        cache = self._cache
        for doc_id in sorted(set(index).union(self._dirty), reverse=reverse):
            doc = cache.get(doc_id)
            if doc is None:
                raw = index[doc_id]
                if groups and b"\\" not in raw and (raw.isascii() or not _lowers_to_ascii(raw)):
                    low = raw.lower()
                    if not all(any(n in low for n in group) for group in groups):
                        continue
                doc = self.get(doc_id)
            yield doc_id, doc

    def _scan_block(self, groups: list[list[bytes]], reverse: bool) -> Iterator[tuple[int, dict]]:
        """Find candidate lines by searching the whole block for the first group's needles, check the other
        groups on those lines only, then parse just the lines that remain."""
        src, lo, hi = self._src, self._lo, self._hi
        low = src.lower()  # offsets in `low` are offsets in `src`
        first, rest = groups[0], groups[1:]
        candidates = set().union(*(_line_starts(low, needle, lo, hi) for needle in first))
        # Lines with escapes may spell a value differently, and a line with one of the two characters whose
        # lower case is ASCII may match in lower case without matching in bytes: always look at those.
        specials = (b"\\",) if src.isascii() else (b"\\",) + _LOWER_TO_ASCII
        escaped = set().union(*(_line_starts(low, special, lo, hi) for special in specials))
        for start in sorted(candidates | escaped, reverse=reverse):
            end = src.find(b"\n", start, hi)
            end = hi if end == -1 else end
            if rest and start not in escaped:
                line_low = low[start:end]
                if not all(any(n in line_low for n in group) for group in rest):
                    continue
            yield self._parsed_line(src[start:end])

    def _scan_block_backwards(self) -> Iterator[tuple[int, dict]]:
        """Newest first without splitting the block: undo reads only the last few lines."""
        src, lo, end = self._src, self._lo, self._hi
        while end > lo:
            start = max(src.rfind(b"\n", lo, end) + 1, lo)
            yield self._parsed_line(src[start:end])
            end = start - 1

    def _parsed_line(self, line: bytes) -> tuple[int, dict]:
        doc_id = _line_id(line)
        if doc_id is None:
            self._ensure_index()  # reports the malformed line with its number
        doc = self._cache.get(doc_id)
        if doc is None:
            doc = self._cache[doc_id] = self._db._parse(self.name, doc_id, line)
        return doc_id, doc

    # -- saving -----------------------------------------------------------------------------------------------
    def _encoded(self, doc_id: int, comma: bool) -> bytes:
        line = encode_doc(doc_id, self._cache[doc_id])
        return line + b"," if comma else line

    def chunks(self) -> list[bytes | memoryview]:
        """The table's lines for the file, as pieces to write one after the other (no trailing newline)."""
        if self._index is not None:
            lines = []
            for doc_id in self.ids():
                raw = self._index.get(doc_id)
                if raw is None:
                    lines.append(self._encoded(doc_id, True))
                else:
                    lines.append(raw if raw.endswith(b",") else raw + b",")
            if lines:
                lines[-1] = lines[-1][:-1]
            return [b"\n".join(lines)] if lines else []
        src, lo, hi = self._src, self._lo, self._hi
        view = memoryview(src)
        out: list[bytes | memoryview] = []
        pos = lo
        patched = sorted((self._spans[i], i) for i in self._dirty if i in self._spans)
        for (start, end), doc_id in patched:
            out.append(view[pos:start])
            out.append(self._encoded(doc_id, src[end - 1:end] == b","))
            pos = end
        if pos < hi:
            out.append(view[pos:hi])
        appended = sorted(i for i in self._dirty if i not in self._spans)
        if appended:
            new = b",\n".join(self._encoded(i, False) for i in appended)
            out.append(b",\n" + new if lo != hi else new)
        return out

    def validate(self) -> None:
        """Parse every line not parsed yet (saving must never carry a broken line into a new file).

        A block is checked line by line and stays a block, so the save still writes it back in one piece.
        """
        parse = self._db._parse
        if self._index is not None:
            for doc_id, raw in self._index.items():
                if doc_id not in self._cache:
                    parse(self.name, doc_id, raw)
            return
        if self._lo == self._hi:
            return
        lines = self._src[self._lo:self._hi].split(b"\n")
        if self._line_ids is not None:  # numbered (and so checked) when the file was loaded
            cache = self._cache
            for doc_id, line in zip(self._line_ids, lines):
                if doc_id not in cache:
                    parse(self.name, doc_id, line)
            return
        for line in lines:
            doc_id = _line_id(line)
            if doc_id is None:
                self._ensure_index()  # reports the malformed line with its number
            if doc_id not in self._cache:
                parse(self.name, doc_id, line)


class Database:
    """The image of one claims.json: read once per command, saved at most once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.exists = False
        self.tables: dict[str, Table] = {name: Table(name, self) for name in TABLES}
        self.meta: dict[str, Any] = {"app": APP, "schema": SCHEMA, "next_id": 1, "next_txn": 1}
        self.migrated_from: int | None = None
        self.stamp: str | None = None  # identity of the file as read (see `file_stamp`)
        # True when the file is exactly what claimtrack last wrote (the lock file's note says so): its lines
        # were all checked by that writer, so they are believed without the checks an unknown file gets.
        self.trusted = False
        self.claims_from = "claims"  # the table the claims were read from ('_default' in a plain TinyDB file)
        self.whole = False  # read by parsing the whole file (not in the one-document-per-line layout)
        self._completed: dict[int, dict] = {}  # claims read with missing fields, as completed: rewritten on save

    def table(self, name: str) -> Table:
        return self.tables[name]

    # -- reading -----------------------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | os.PathLike, last_written: Any = _FROM_LOCK_FILE) -> "Database":
        """Read the database at `path` (through symlinks). `last_written` is the lock file's note of the file
        claimtrack last wrote, when the caller holds the lock and has read it; otherwise it is read here."""
        db = cls(real_path(path))
        try:
            with open(db.path, "rb") as f:
                db.stamp = file_stamp(os.fstat(f.fileno()))
                data = f.read()
        except FileNotFoundError:
            return db
        except IsADirectoryError:
            raise StorageError(f"{db.path} is a directory, not a database file") from None
        except OSError as e:
            raise StorageError(f"cannot read {db.path}: {e.strerror or e}") from None
        db.exists = True
        db.trusted = db.stamp == (_noted_stamp(db.path) if last_written is _FROM_LOCK_FILE else last_written)
        if data and not data.isspace():
            if not db._load_lines(data):
                db._load_whole(data)
        db._check_meta()
        return db

    def _load_lines(self, data: bytes) -> bool:
        """Find the tables of the canonical layout without looking at their lines; False if not in it.

        The layout is `{`, then per table a line `"name": {`, its document lines, and a line `}` or `},`;
        then `}`. No document line starts with `}`, so tables are separated by the bytes `\n},\n"`. The first
        separator is found from the start and the last from the end, so only the small tables around the
        claims are searched; a stray line inside the claims block is caught when its lines are read.
        """
        if not data.startswith(b"{\n") or not data.endswith(b"\n}\n"):
            return False
        end = len(data) - 2  # the final "}" line
        first = data.find(b'\n},\n"', 2)
        last = data.rfind(b'\n},\n"')
        bounds = [] if first == -1 else ([first] if first == last else [first, last])
        starts = [2] + [b + 4 for b in bounds]  # where each header line starts
        ends = bounds + [end - 3]  # where each table's "}" line starts, less its newline
        seen: set[str] = set()
        sections: list[tuple[str, int, int]] = []
        for start, stop in zip(starts, ends):
            eol = data.find(b"\n", start)
            m = _HEADER.match(data, start, eol)
            if eol == -1 or m is None:
                return False
            name = m.group(1).decode()
            if name in seen:
                return False
            seen.add(name)
            lo = eol + 1
            hi = max(stop, lo)
            if hi == lo and not data.startswith(b"}", lo):
                return False
            if hi > lo and data[hi:hi + 2] != b"\n}":
                return False
            sections.append((name, lo, hi))
        checked = {} if self.trusted else {name: self._check_block(data, name, lo, hi) for name, lo, hi in sections}
        for name, lo, hi in sections:  # only once the whole layout is known to be right
            table = self.tables.get(name)
            if table is None:
                table = self.tables[name] = Table(name, self)
            table._attach(data, lo, hi, checked.get(name))
        meta = self.tables[META].get(1)
        if meta is not None:
            self.meta = meta
        return True

    def _check_block(self, data: bytes, name: str, lo: int, hi: int) -> list[int]:
        """Refuse a table block that is not what claimtrack writes: every line a document line, ids strictly
        increasing. A line git merged as text (a conflict marker, one id on two lines) must never be read one
        way by one command and another way by the next. One C-speed regex pass and a comparison per line (about
        2 ms per MB), paid only for a file claimtrack did not write itself (see `Database.trusted`)."""
        if lo == hi:
            return []
        ids = _LINE_START.findall(data, lo - 1, hi)  # data[lo - 1] is the newline ending the table's header
        if b"" in ids:
            self._bad_line(data, name, lo, hi)
        numbers = list(map(int, ids))
        if all(map(int.__lt__, numbers, numbers[1:])):
            return numbers
        at = next(i for i in range(1, len(numbers)) if numbers[i] <= numbers[i - 1])
        first = data.count(b"\n", 0, lo) + 1 + at
        if numbers[at] == numbers[at - 1] or numbers[at] in numbers[:at]:
            where = numbers.index(numbers[at])
            raise CorruptDatabase(
                f"{self.path}: id {numbers[at]} is on two lines of table {name!r} (lines {first - at + where} and "
                f"{first}), as a line-by-line git merge leaves it; {GIT_RESOLVE} (the file was left untouched)")
        raise CorruptDatabase(
            f"{self.path}: line {first}: id {numbers[at]} comes after id {numbers[at - 1]} in table {name!r}, "
            f"which claimtrack never writes (a git merge as text?); {GIT_RESOLVE} (the file was left untouched)")

    def _bad_line(self, data: bytes, name: str, lo: int, hi: int) -> None:
        """Raise for the first line of a block that is not a document line, naming it (rare: a slow walk)."""
        number = data.count(b"\n", 0, lo) + 1
        for offset, line in enumerate(data[lo:hi].split(b"\n")):
            if not _LINE_START.match(b"\n" + line).group(1):
                if _CONFLICT_MARKER.match(line):
                    raise CorruptDatabase(
                        f"{self.path}: line {number + offset} is a git conflict marker: git merged the file as "
                        f"text; {GIT_RESOLVE} (the file was left untouched)")
                raise CorruptDatabase(f"{self.path}: line {number + offset}: not a valid JSON document line "
                                      f"(table {name!r}); the file was left untouched")
        raise CorruptDatabase(f"{self.path}: table {name!r} is not laid out one document per line; the file was left untouched")

    def _load_whole(self, data: bytes) -> None:
        """Any other JSON layout (pretty-printed, TinyDB's own): parse it all; it is re-encoded on save."""
        try:
            top = orjson.loads(data)
        except orjson.JSONDecodeError as e:
            if _CONFLICT_MARKER.search(data):
                raise CorruptDatabase(f"{self.path} holds git conflict markers: git merged the file as text; "
                                      f"{GIT_RESOLVE} (the file was left untouched)") from None
            where = _first_bad_line(data)
            detail = f"line {where[0]}: {where[1]}" if where else str(e)
            raise CorruptDatabase(f"{self.path} is not valid JSON ({detail}); it was left untouched") from None
        if not isinstance(top, dict) or not all(isinstance(t, dict) for t in top.values()):
            raise CorruptDatabase(f"{self.path} is not a claimtrack database (expected TinyDB tables); it was left untouched")
        self.whole = True
        self.tables = {name: Table(name, self) for name in TABLES}
        documents = 0
        for name, docs in top.items():
            table = self.tables.get(name) or self.tables.setdefault(name, Table(name, self))
            for key, doc in docs.items():
                doc_id = _ascii_int(key)
                if doc_id is None or not isinstance(doc, dict):
                    raise CorruptDatabase(f"{self.path}: table {name!r} has a bad document {key!r}; it was left untouched")
                table.put(doc_id, doc)
                documents += 1
        if not self.trusted:
            self._check_whole_ids(data, documents)
        meta = self.tables[META].get(1)
        if meta is not None:
            self.meta = meta

    def _check_whole_ids(self, data: bytes, documents: int) -> None:
        """Refuse an id written twice in a table (a JSON parser would silently keep the last one).

        Outside strings, `{` or `,` then a quoted all-digit name then `:` is an object key; inside a JSON string
        the quote would be escaped. So if that count equals the documents read, no id was repeated; otherwise
        (a repeat, or digit keys nested inside documents) the file is read again to tell which.
        """
        if len(_DIGIT_KEY.findall(data)) == documents:
            return
        import json

        def pairs(items: list[tuple[str, Any]]) -> dict:
            keys = [k for k, _ in items]
            if len(set(keys)) != len(keys):
                twice = next(k for k in keys if keys.count(k) > 1)
                raise CorruptDatabase(f"{self.path}: key {twice!r} appears twice in one object, as a git merge as "
                                      f"text may leave it; {GIT_RESOLVE} (the file was left untouched)")
            return dict(items)

        json.loads(data, object_pairs_hook=pairs)

    def _check_meta(self) -> None:
        meta = self.tables[META].get(1)
        if meta is None:
            self._adopt_default_table()
        if self.whole and not self.trusted:
            self._check_documents()
        extra = set(self.tables) - set(TABLES)
        if meta is None:
            has_claims = len(self.tables["claims"]) > 0 or len(self.tables["history"]) > 0
            if extra or (not has_claims and self.exists and any(len(t) for t in self.tables.values())):
                found = sorted(name for name, table in self.tables.items() if len(table))
                raise CorruptDatabase(f"{self.path} is not a claimtrack database (tables: {', '.join(found)}); it was left untouched")
            if has_claims:
                self._migrate_from(0)
            return
        if meta.get("app") != APP or not isinstance(meta.get("schema"), int):
            raise CorruptDatabase(f"{self.path} is not a claimtrack database (its _meta does not say so); it was left untouched")
        if meta["schema"] > SCHEMA:
            raise CorruptDatabase(
                f"{self.path} was written by a newer claimtrack (schema {meta['schema']}, this one reads {SCHEMA}); upgrade claimtrack"
            )
        if extra:
            raise CorruptDatabase(f"{self.path} has tables claimtrack does not know ({', '.join(sorted(extra))}); it was left untouched")
        for key in ("next_id", "next_txn"):
            value = meta.get(key, 1)
            if type(value) is not int or value < 1:
                raise CorruptDatabase(f"{self.path}: its _meta {key} is {value!r}, not a whole number from 1 up; "
                                      "it was left untouched")
        if meta["schema"] < SCHEMA or "next_id" not in meta or "next_txn" not in meta:
            self._migrate_from(meta["schema"])  # also recounts a counter that is missing

    def _adopt_default_table(self) -> None:
        """A plain TinyDB file (`TinyDB(path).insert(...)`) keeps its documents in `_default`: read them as the
        claims (schema 0). An empty `_default` (what `TinyDB(path)` creates) is simply dropped."""
        default = self.tables.get("_default")
        if default is None:
            return
        del self.tables["_default"]
        if not len(default):
            return
        if len(self.tables["claims"]):
            raise CorruptDatabase(f"{self.path} has documents in both '_default' and 'claims' and no _meta: claimtrack "
                                  "reads '_default' as the claims only when there is no 'claims' table; it was left untouched")
        default.name = "claims"
        self.tables["claims"] = default
        self.claims_from = "_default"

    def _check_documents(self) -> None:
        """Complete and check the documents of a file read whole (lines read one by one are checked in `_parse`)."""
        for name, check in (("claims", self._checked_claim), ("history", self._checked_entry)):
            table = self.tables[name]
            for doc_id in table.ids():
                doc = table.get(doc_id)
                done = check(doc_id, doc, None)
                if done is not doc:
                    table.put(doc_id, done)

    def _migrate_from(self, schema: int) -> None:
        """Bring an older file up to SCHEMA in memory; it is written back only if the command writes."""
        claims = self.tables["claims"]
        for doc_id in claims.ids():
            claims.put(doc_id, self._completed_claim(doc_id, claims.get(doc_id), None))
        history = self.tables["history"]
        top_claim = max(claims.ids(), default=0)
        top_txn = max((history.get(i)["txn"] for i in history.ids()), default=0)
        self.meta = {
            "app": APP,
            "schema": SCHEMA,
            "next_id": max(self.meta.get("next_id", 1), top_claim + 1),
            "next_txn": max(self.meta.get("next_txn", 1), top_txn + 1),
        }
        self.migrated_from = schema if schema < SCHEMA else None

    # -- documents that lack fields ----------------------------------------------------------------------------
    def _checked_claim(self, doc_id: int, doc: dict, raw: bytes | None) -> dict:
        """The claim as read, once checked against the whole claim schema (`model.stored_claim_problem`); one that
        lacks fields is completed first (see `_completed_claim`), and one with a wrong value refuses the file."""
        try:  # a claim lacking a field raises KeyError (no separate key test: it cost as much as the check)
            if (_CLAIM_PROBLEM or _claim_problem())(doc, doc_id, text_checked=raw is not None and _NUL not in raw) is None:
                return doc  # the usual case
        except KeyError:
            pass
        return self._completed_claim(doc_id, doc, raw)

    def _completed_claim(self, doc_id: int, doc: dict, raw: bytes | None) -> dict:
        """A claim with the fields it lacks (absent or null) filled in by `model.upgrade_claim` and then checked;
        a claim that cannot be completed (no text, no claimant, a value of the wrong kind) refuses the file."""
        from .model import stored_claim_problem, upgrade_claim

        filled = upgrade_claim(doc, doc_id)
        problem = stored_claim_problem(filled, doc_id)
        if problem:
            where = f"line {self._line_of(raw)}: " if raw is not None else ""
            if self.claims_from != "claims":
                raise CorruptDatabase(f"{self.path} is not a claimtrack database: {where}document {doc_id} of its "
                                      f"{self.claims_from!r} table is not a claim ({problem}); it was left untouched")
            raise CorruptDatabase(f"{self.path}: {where}claim {doc_id} {problem} (written by another program, or "
                                  "by hand?); claimtrack cannot use it, so it left the file untouched")
        if filled != doc:
            self._completed[doc_id] = filled
        return filled

    def _checked_entry(self, doc_id: int, entry: dict, raw: bytes | None) -> dict:
        """A history entry as read; one that lacks `claim`, `uuid` or `changes` gets them (null, null, {}), and one
        with a value `history` or `undo` cannot use (see `history_entry_problem`) refuses the file."""
        problem = history_entry_problem(entry)
        if problem:
            where = f"line {self._line_of(raw)}: " if raw is not None else ""
            raise CorruptDatabase(f"{self.path}: {where}history entry {doc_id} {problem} (written by another program, "
                                  "or by hand?); claimtrack cannot use it, so it left the file untouched")
        if _HISTORY_KEYS.issubset(entry) and entry["changes"] is not None:
            return entry  # the usual case
        entry = dict(entry)
        for key, default in _HISTORY_DEFAULTS:
            if entry.get(key) is None:
                entry[key] = default if default is None else dict(default)
        return entry

    def _parse(self, table: str, doc_id: int, raw: bytes) -> dict:
        try:
            doc = orjson.loads(_body(raw))
        except orjson.JSONDecodeError as e:
            raise CorruptDatabase(f"{self.path}: line {self._line_of(raw)}: not valid JSON ({e}); the file was left untouched") from None
        if not isinstance(doc, dict):
            raise CorruptDatabase(f"{self.path}: line {self._line_of(raw)}: document {doc_id} is not an object; the file was left untouched")
        if not self.trusted:
            if table == "claims":
                return self._checked_claim(doc_id, doc, raw)
            if table == "history":
                return self._checked_entry(doc_id, doc, raw)
        return doc

    def _line_of(self, raw: bytes) -> int | str:
        try:
            for n, line in enumerate(self.path.read_bytes().split(b"\n"), 1):
                if raw in line:
                    return n
        except OSError:
            pass
        return "?"

    # -- writing -----------------------------------------------------------------------------------------------
    def validate(self) -> None:
        """Parse every line not yet parsed: a file with a broken line must never be rewritten."""
        for table in self.tables.values():
            table.validate()

    def serialize(self) -> bytes:
        """The file's whole content (saving writes the same pieces without joining them)."""
        return b"".join(self.pieces())

    def pieces(self) -> list[bytes | memoryview]:
        """The file's content, as pieces to write one after the other."""
        self.tables[META].put(1, self.meta)
        parts: list[bytes | memoryview] = [b"{\n"]
        for i, name in enumerate(TABLES):
            parts.append(b'"%s": {\n' % name.encode())
            chunks = self.tables[name].chunks()
            if chunks:
                parts.extend(chunks)
                parts.append(b"\n")
            parts.append(b"},\n" if i < len(TABLES) - 1 else b"}\n")
        parts.append(b"}\n")
        return parts

    def save(self, lock: "locked | None" = None) -> None:
        """Write the whole image atomically, under `lock` (held on this database by the caller).

        Every line carried over unparsed is checked first, unless the lock remembers that the file is exactly
        the one the last claimtrack writer produced (and so checked) itself: then re-checking it would only
        cost time (about half of an `add` on a large file).
        """
        if lock is None or self.stamp is None or self.stamp != lock.last_written:
            self.validate()
        claims = self.tables["claims"]
        for doc_id, doc in self._completed.items():  # claims read with fields missing are written whole
            if doc_id not in claims._dirty and doc_id in claims:
                claims.put(doc_id, doc)
        atomic_write(self.path, self.pieces())
        self.exists = True
        if lock is None:
            return
        try:
            lock.last_written = file_stamp(os.stat(self.path))
        except OSError:
            lock.last_written = None


def _first_bad_line(data: bytes) -> tuple[int, str] | None:
    """In a file laid out one document per line, the first document line that does not parse, if any.

    orjson reports where parsing of the whole file stopped, which for a document missing its closing brace is
    the end of the file; a person needs the line they broke.
    """
    for number, line in enumerate(data.split(b"\n"), 1):
        if _line_id(line) is None:
            continue
        try:
            orjson.loads(_body(line))
        except orjson.JSONDecodeError as e:
            return number, str(e)
    return None


def file_stamp(st: os.stat_result) -> str:
    """Inode, size and change times: equal stamps mean the file was not touched in between (ctime cannot be set)."""
    return f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}"


def atomic_write(path: Path, data: bytes | list[bytes | memoryview], *, what: str = "the database",
                 clean_stale: bool = True) -> None:
    """Replace `path` with `data` (bytes, or pieces written in order) so that a crash at any moment leaves
    either the old file or the new one. A symlink is written through: its final target is replaced.

    `what` names the file in the error ("cannot write P: No space left on device; <what> was left unchanged"):
    a report or an export passes its own name. `clean_stale` first removes the temp files a killed writer of
    `path` left behind, which is only safe while holding the database's lock (`locked`): other callers pass
    False.
    """
    path = real_path(path)
    directory = path.parent
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    except OSError as e:
        raise StorageError(f"cannot write {path}: {e.strerror or e}") from None
    if clean_stale:
        _remove_stale_temp_files(path)
    tmp = directory / f".{path.name}.{os.getpid()}.{time.monotonic_ns()}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            for piece in [data] if isinstance(data, (bytes, bytearray)) else data:
                view = memoryview(piece)
                while view:
                    view = view[os.write(fd, view):]
            os.fsync(fd)
            os.fchmod(fd, mode)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        reason = e.strerror or str(e)
        raise StorageError(f"cannot write {path}: {reason}; {what} was left unchanged") from None
    _fsync_dir(directory)


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # e.g. Windows: directories cannot be opened; os.replace is still atomic there
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_stale_temp_files(path: Path) -> None:
    """Temp files left by a writer killed mid-write; safe to delete because we hold the lock."""
    prefix = f".{path.name}."
    try:
        names = os.listdir(path.parent)
    except OSError:
        return
    for name in names:
        if name.startswith(prefix) and name.endswith(".tmp"):
            try:
                os.unlink(path.parent / name)
            except OSError:
                pass


# -- locking ---------------------------------------------------------------------------------------------------
def lock_timeout() -> float:
    """Seconds to wait for another writer: CLAIMTRACK_LOCK_TIMEOUT, default 10. `0` tries once; `inf` waits as
    long as it takes. Anything else that is not a number of seconds from 0 up (`nan`, `-1`, `soon`) is refused
    rather than guessed at: nan would never time out."""
    value = os.environ.get("CLAIMTRACK_LOCK_TIMEOUT")
    if not value:
        return DEFAULT_LOCK_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        seconds = float("nan")
    if not seconds >= 0:  # also catches nan
        raise StorageError(f"CLAIMTRACK_LOCK_TIMEOUT must be a number of seconds from 0 up (or inf), not {value!r}")
    return seconds


class locked:
    """Exclusive lock on `<database>.lock` for one whole read-modify-write.

    The lock is an OS advisory lock (flock on POSIX, msvcrt on Windows), so it vanishes with a killed process
    and never needs cleaning up. The lock file's first line remembers the stamp of the database file as the
    last writer left it (`last_written`); while the lock is held, its second line says who holds it, so a
    process that waits too long can name the holder.
    """

    def __init__(self, path: Path, timeout: float | None = None, holder: str = "claimtrack") -> None:
        self.path = real_path(path)  # one lock per file, whichever link names it
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.timeout = lock_timeout() if timeout is None else timeout
        self.holder = holder
        self.last_written: str | None = None
        self._fd: int | None = None

    def __enter__(self) -> "locked":
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as e:
            raise StorageError(f"cannot lock {self.path}: {e.strerror or e} ({self.lock_path})") from None
        deadline = time.monotonic() + self.timeout  # inf: wait as long as it takes
        delay = 0.002
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                who = _read_holder(fd)
                os.close(fd)
                raise LockTimeout(
                    f"{self.path} is locked by another process{who}; waited {self.timeout:g} s "
                    "(try again, or set CLAIMTRACK_LOCK_TIMEOUT to wait longer)"
                )
            time.sleep(delay)
            delay = min(delay * 2, 0.05)
        self._fd = fd
        try:
            first = os.pread(fd, 200, 0).split(b"\n", 1)[0].decode("ascii", "replace")
            self.last_written = first[8:] if first.startswith("written ") else None
            stamp = time.strftime("%Y-%m-%dT%H:%M:%S")
            info = f"pid {os.getpid()} on {os.uname().nodename if hasattr(os, 'uname') else 'this host'}, {self.holder}, since {stamp}"
            self._write_note(info)
        except OSError:
            pass  # the lock itself is held; the notes in the file are a courtesy and a shortcut
        return self

    def _write_note(self, holder_info: str = "") -> None:
        note = f"written {self.last_written or '-'}\n{holder_info}\n".encode()
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, note, 0)

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            try:
                self._write_note()
            except OSError:
                pass
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


def _read_holder(fd: int) -> str:
    try:
        lines = os.pread(fd, 400, 0).decode("utf-8", "replace").splitlines()
    except OSError:
        return ""
    info = lines[1].strip() if len(lines) > 1 else ""
    return f" ({info})" if info else ""


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# -- TinyDB ----------------------------------------------------------------------------------------------------
def _checked_for_write(table: str, doc_id: int, doc: dict) -> dict:
    """A document another program writes: a claim is completed (`model.upgrade_claim`) and validated, a history
    entry must have what undo and `history` read; a bad one is refused before anything is written."""
    if table == "claims":
        from .model import stored_claim_problem, upgrade_claim

        doc = upgrade_claim(doc, doc_id)
        problem = stored_claim_problem(doc, doc_id)
        if problem:
            raise InputError(f"claim {doc_id} {problem}; nothing was written")
    elif table == "history":
        problem = history_entry_problem(doc)
        if problem:
            raise InputError(f"history entry {doc_id} {problem}; nothing was written")
        for key, default in _HISTORY_DEFAULTS:
            if doc.get(key) is None:
                doc[key] = default if default is None else dict(default)
    return doc


def _make_claim_storage() -> type:
    """Build `ClaimStorage` on first use, so that `import claimtrack` does not import TinyDB."""
    from tinydb.storages import Storage

    class ClaimStorage(Storage):
        """A TinyDB `Storage` over claims.json with claimtrack's lock, atomic write and file layout.

        `TinyDB(path, storage=ClaimStorage)` opens a claimtrack database with all of TinyDB's API; every
        `write` takes the lock and replaces the file atomically, so it is as safe as claimtrack's own commands.
        """

        def __init__(self, path: str | os.PathLike, lock_timeout: float | None = None) -> None:
            self.path = real_path(path)
            self.lock_timeout = lock_timeout

        def read(self) -> dict[str, dict[str, Any]] | None:
            db = Database.load(self.path)
            if not db.exists:
                return None
            db.tables[META].put(1, db.meta)
            return {name: {str(i): doc for i, doc in t.scan()} for name, t in db.tables.items()}

        def write(self, data: dict[str, dict[str, Any]]) -> None:
            with locked(self.path, self.lock_timeout, holder="TinyDB ClaimStorage") as lock:
                db = Database.load(self.path, lock.last_written)
                extra = set(data) - set(TABLES)
                if extra:
                    raise StorageError(f"claimtrack databases hold only the tables {', '.join(TABLES)}, not {', '.join(sorted(extra))}")
                for name in TABLES:
                    table = db.tables[name] = Table(name, db)
                    for key, doc in data.get(name, {}).items():
                        doc_id = _ascii_int(str(key))
                        if doc_id is None:
                            raise InputError(f"table {name!r}: document id {key!r} is not a whole number; nothing was written")
                        table.put(doc_id, _checked_for_write(name, doc_id, dict(doc)))
                meta = db.tables[META].get(1)
                if meta is not None:
                    db.meta = meta
                # TinyDB numbers new documents max(id)+1 itself: keep claimtrack's never-reuse counter ahead
                top = max(db.tables["claims"].ids(), default=0)
                db.meta["next_id"] = max(int(db.meta.get("next_id", 1)), top + 1)
                db.save(lock)

        def close(self) -> None:
            pass

    return ClaimStorage


def __getattr__(name: str) -> Any:
    if name == "ClaimStorage":
        cls = _make_claim_storage()
        globals()["ClaimStorage"] = cls
        return cls
    raise AttributeError(name)
