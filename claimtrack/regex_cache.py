"""Compiled regular expressions kept between runs, as Python keeps bytecode between imports.

`claimtrack extract` reads an article with some 360 patterns of its own, and trafilatura brings more. Python
compiles a pattern in pure Python, once per process, and for these that costs more than reading a 2,000-word
article. While `kept()` is active, each pattern's compiled program is looked up in a file in the user's cache
directory, keyed by pattern and flags, and new ones are added to it when the block ends.

This leans on the regex engine's own entry points (`re._parser`, `re._compiler._code`, `_sre.compile`), unchanged
from Python 3.10 to 3.13. The file is written for one Python build only; anything it cannot use (another build, a
damaged file, a program the engine refuses, entry points that have moved) falls back to `re`'s own compiling. A
program comes back only for the exact pattern and flags that made it, and a pattern whose parsing warns (a
`FutureWarning` about a nested set) is never kept, so that it warns on every run as it does without the cache.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import stat
import sys
import tempfile
import warnings
import zlib
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: Programs kept at most: the patterns of one run come first, then the rest.
LIMIT = 2048
#: A file larger than this is not a cache this module wrote (2,048 programs take about 4 MB).
MAX_BYTES = 32 * 1024 * 1024
#: A run writes the file when it added at least this share of the programs it used. Patterns built from an article's
#: words (a name to look for) are new on every run, a handful each; they are not worth rewriting the file for.
NEW_SHARE = 0.05

_MAGIC = b"claimtrack-patterns\n"
_FORMAT = 3


def cache_dir() -> Path:
    """`$XDG_CACHE_HOME/claimtrack` (`~/.cache/claimtrack`; `%LOCALAPPDATA%\\claimtrack` on Windows)."""
    if os.name == "nt":  # pragma: no cover
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "claimtrack"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "claimtrack"


def _engine() -> tuple[Any, Any, Any] | None:
    """(the compiler module whose `compile` re calls, the parser, _sre), or None where they are not as expected."""
    try:
        import _sre

        if sys.version_info >= (3, 11):
            from re import _compiler, _parser
        else:  # pragma: no cover - Python 3.10
            import sre_compile as _compiler  # type: ignore[no-redef]
            import sre_parse as _parser  # type: ignore[no-redef]
    except ImportError:  # pragma: no cover - another implementation
        return None
    needed = (callable(getattr(_compiler, "compile", None)) and callable(getattr(_compiler, "_code", None))
              and callable(getattr(_parser, "parse", None)) and callable(getattr(_sre, "compile", None))
              and getattr(_sre, "CODESIZE", 0) == array("I").itemsize)
    return (_compiler, _parser, _sre) if needed else None


def _build_tag(sre: Any) -> bytes:
    """What a program depends on besides its pattern and flags: the engine's version and the Python build."""
    return f"{_FORMAT} {sre.MAGIC} {sre.CODESIZE} {sys.version} {sys.implementation.cache_tag}".encode()


def _file(tag: bytes) -> Path:
    # one file per build: two builds of 3.11 would otherwise throw away each other's table on every run
    return cache_dir() / f"patterns-{sys.implementation.cache_tag}-{zlib.crc32(tag):08x}.marshal"


def _encode(table: dict, tag: bytes) -> bytes:
    """The header in plain bytes (magic, tag, the body's length and CRC-32), then the marshalled table."""
    body = marshal.dumps(table)
    return (_MAGIC + len(tag).to_bytes(4, "big") + tag + len(body).to_bytes(4, "big") +
            zlib.crc32(body).to_bytes(4, "big") + body)


def _decode(data: bytes, tag: bytes) -> dict:
    """The table in a cache file's bytes, or {} for a file of another build, a damaged or a foreign one.

    Nothing is unmarshalled before the header, read as plain bytes, has matched and the body's CRC-32 has checked
    out: a damaged file must not be able to make marshal build something huge. (The CRC guards against damage, not
    against someone who can write the user's cache directory, who could as well write their shell profile.)"""
    try:
        if not data.startswith(_MAGIC):
            return {}
        at = len(_MAGIC)
        size = int.from_bytes(data[at:at + 4], "big")
        at += 4
        if data[at:at + size] != tag:
            return {}
        at += size
        length = int.from_bytes(data[at:at + 4], "big")
        crc = int.from_bytes(data[at + 4:at + 8], "big")
        body = data[at + 8:]
        if len(body) != length or zlib.crc32(body) != crc:
            return {}
        table = marshal.loads(body)
    except Exception:  # whatever a damaged file may raise: it is only a cache
        return {}
    return table if isinstance(table, dict) else {}


def _read(path: Path) -> bytes:
    """The file's bytes if it is a regular file of a cache's size (not a FIFO, a device or something huge)."""
    try:
        # (opened without blocking: opening a FIFO for reading would otherwise wait for a writer)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return b""
    with open(fd, "rb") as handle:
        try:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
                return b""
            return handle.read(MAX_BYTES + 1)
        except OSError:
            return b""


class _Cache:
    """The table of programs, and the `compile` that re calls while it is in place."""

    def __init__(self, engine: tuple[Any, Any, Any]) -> None:
        self.compiler, self.parser, self.sre = engine
        self.original = self.compiler.compile
        self.tag = _build_tag(self.sre)
        self.path = _file(self.tag)
        self.table: dict[tuple[bool, Any, int], tuple] | None = None  # read at the first pattern re does not hold
        self.used: set[tuple[bool, Any, int]] = set()
        self.added = 0

    def compile(self, p: Any, flags: int = 0) -> Any:
        if type(p) not in (str, bytes) or flags & re.DEBUG:  # a parsed pattern (re.Scanner), a str subclass, re.DEBUG
            return self.original(p, flags)
        if self.table is None:
            self.table = _decode(_read(self.path), self.tag)
        # (the type first: "abc" and b"abc" hash alike, and comparing them warns under `python -b`)
        key = (type(p) is bytes, p, int(flags))
        entry = self.table.get(key)
        if entry is not None:
            try:
                final_flags, program, groups, groupindex, indexgroup = entry
                code = array("I")
                code.frombytes(program)
                compiled = self.sre.compile(p, final_flags, code.tolist(), groups, groupindex, indexgroup)
            except Exception:  # a program this engine refuses: compile afresh below
                pass
            else:
                self.used.add(key)
                return compiled
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                parsed = self.parser.parse(p, flags)
                code = self.compiler._code(parsed, flags)
        except Exception:
            caught = [True]  # a bad pattern: re's own compiling raises it, as re would
        if caught:
            # a pattern that warns (or fails) is compiled by re itself, and not kept: it warns on every run
            return self.original(p, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (int(flags | parsed.state.flags), array("I", code).tobytes(), parsed.state.groups - 1,
                 groupindex, tuple(indexgroup))
        try:
            compiled = self.sre.compile(p, entry[0], list(code), *entry[2:])
        except Exception:
            return self.original(p, flags)
        self.table[key] = entry
        self.used.add(key)
        self.added += 1
        return compiled

    def save(self) -> None:
        """Write the table if this run added enough to it: all or nothing, and never an error (it is a cache)."""
        if self.table is None or not self.added or self.added < NEW_SHARE * len(self.used):
            return
        table = dict(self.table)  # (a snapshot: nothing else may add to it while it is written)
        keep = {key: table[key] for key in self.used if key in table}
        for key, entry in table.items():
            if len(keep) >= LIMIT:
                break
            keep.setdefault(key, entry)
        tmp = None
        try:
            data = _encode(keep, self.tag)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # a new file of its own (random name, created exclusively, readable by its owner only), then renamed
            # over the old one: a crash leaves the old file, and no planted link is ever written through
            handle, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(tmp, self.path)
            tmp = None
        except (OSError, ValueError):
            pass
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)


@contextlib.contextmanager
def kept() -> Iterator[None]:
    """Inside the block, patterns compile from the cache file, and new ones are added to it at the end.

    For a process that runs many patterns once (the CLI's `extract`); it swaps the regex engine's compile function
    for the whole process while the block runs, so a library that imports claimtrack does not get it by default.
    A block inside another (or in another thread while one runs) leaves the first one's in place.
    """
    engine = _engine()
    if engine is None or isinstance(getattr(engine[0].compile, "__self__", None), _Cache):
        yield
        return
    cache = _Cache(engine)
    compiler = engine[0]
    compiler.compile = cache.compile
    try:
        yield
    finally:
        compiler.compile = cache.original
        cache.save()
