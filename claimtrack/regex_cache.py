"""Compiled regular expressions kept between runs, as Python keeps bytecode between imports.

`claimtrack extract` reads an article with some 360 patterns of its own, and trafilatura brings more. Python
compiles a pattern in pure Python, once per process, and for these that costs more than reading a 2,000-word
article. While `kept()` is active, each pattern's compiled program is looked up in a file in the user's cache
directory, keyed by pattern and flags, and new ones are added to it when the block ends.

This leans on the regex engine's own entry points (`re._parser`, `re._compiler._code`, `_sre.compile`), unchanged
from Python 3.10 to 3.13. The file is written for one Python build only; anything it cannot use (another build, a
damaged file, a program the engine refuses, entry points that have moved) falls back to `re`'s own compiling. The
cache can make a run faster, never different: a program comes back only for the exact pattern and flags that made it.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
import zlib
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: Programs kept at most: the patterns of one run come first, then the rest. Patterns built from an article's
#: words (a name to look for) come and go, and must not grow the file without end.
LIMIT = 2048

_FORMAT = 2


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


def _build_tag(sre: Any) -> str:
    """What a program depends on besides its pattern and flags: the engine's version and the Python build."""
    return f"{_FORMAT} {sre.MAGIC} {sre.CODESIZE} {sys.version} {sys.implementation.cache_tag}"


def _file() -> Path:
    return cache_dir() / f"patterns-{sys.implementation.cache_tag}.marshal"


def _decode(data: bytes, tag: str) -> dict[tuple[Any, int], tuple]:
    """The table in a cache file's bytes, or {} for a file of another build, a damaged or a foreign one."""
    try:
        head, digest, body = marshal.loads(data)
        if head != tag or not isinstance(body, bytes) or zlib.crc32(body) != digest:
            return {}
        table = marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def _encode(table: dict, tag: str) -> bytes:
    body = marshal.dumps(table)
    return marshal.dumps((tag, zlib.crc32(body), body))  # (a check against damage, not tampering)


class _Cache:
    """The table of programs, and the `compile` that re calls while it is in place."""

    def __init__(self, engine: tuple[Any, Any, Any], path: Path) -> None:
        self.compiler, self.parser, self.sre = engine
        self.original = self.compiler.compile
        self.path = path
        self.tag = _build_tag(self.sre)
        self.table: dict[tuple[Any, int], tuple] | None = None  # read at the first pattern re does not hold
        self.used: set[tuple[Any, int]] = set()
        self.added = False

    def compile(self, p: Any, flags: int = 0) -> Any:
        if type(p) not in (str, bytes) or flags & re.DEBUG:  # a parsed pattern (re.Scanner), a str subclass, re.DEBUG
            return self.original(p, flags)
        if self.table is None:
            try:
                self.table = _decode(self.path.read_bytes(), self.tag)
            except OSError:
                self.table = {}
        key = (p, int(flags))
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
            parsed = self.parser.parse(p, flags)
            code = self.compiler._code(parsed, flags)
            groupindex = dict(parsed.state.groupdict)
            indexgroup = [None] * parsed.state.groups
            for name, index in groupindex.items():
                indexgroup[index] = name
            entry = (int(flags | parsed.state.flags), array("I", code).tobytes(), parsed.state.groups - 1,
                     groupindex, tuple(indexgroup))
            compiled = self.sre.compile(p, entry[0], list(code), *entry[2:])
        except Exception:
            # what re itself would say about a bad pattern, from its own compiling
            return self.original(p, flags)
        self.table[key] = entry
        self.used.add(key)
        self.added = True
        return compiled

    def save(self) -> None:
        """Write the table if this run added to it: all or nothing, and never an error (it is only a cache)."""
        if not self.added or self.table is None:
            return
        keep = {key: self.table[key] for key in self.used}
        for key, entry in self.table.items():
            if len(keep) >= LIMIT:
                break
            keep.setdefault(key, entry)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            data = _encode(keep, self.tag)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(data)
            os.replace(tmp, self.path)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                tmp.unlink()


@contextlib.contextmanager
def kept() -> Iterator[None]:
    """Inside the block, patterns compile from the cache file, and new ones are added to it at the end.

    For a process that runs many patterns once (the CLI's `extract`); it swaps the regex engine's compile function
    for the whole process while the block runs, so a library that imports claimtrack does not get it by default.
    """
    engine = _engine()
    if engine is None:  # pragma: no cover - another implementation or Python
        yield
        return
    cache = _Cache(engine, _file())
    compiler = engine[0]
    compiler.compile = cache.compile
    try:
        yield
    finally:
        compiler.compile = cache.original
        cache.save()
