"""The compiled-pattern cache: a program comes back only for its own pattern and flags, and behaves as re's own;
a damaged, foreign or unwritable cache changes nothing but the time."""

from __future__ import annotations

import json
import re

import pytest

from claimtrack import regex_cache
from claimtrack.regex_cache import kept

PATTERNS = [
    (r"\b(?:will|would|'ll)\s+(?P<verb>\w+)", 0),
    (r"(?i)by\s+(the\s+)?end\s+of\s+(\w+)", 0),
    (r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$", re.MULTILINE),
    (r"ß|straße|İstanbul", re.IGNORECASE),
    (rb"\x00+|[\x80-\xff]{2}", 0),
    (r"(?P<a>[0-9]+)\s*(?:to|-)\s*(?P<b>[0-9]+)(?!%)", re.VERBOSE),
    (r"by\s+june", 0),
    (r"by\s+june", re.IGNORECASE),  # one pattern, two programs
]


def fresh(pattern, flags):
    """A pattern compiled by re itself, never from its own cache or ours."""
    from re import _compiler

    return _compiler.compile(pattern, flags)


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "claimtrack"


def cache_file(cache_home):
    files = list(cache_home.glob("patterns-*.marshal"))
    assert len(files) == 1, files
    return files[0]


def compile_all():
    """Each pattern as re.compile gives it inside the block: re's own cache is bypassed by a purge."""
    re.purge()
    return [re.compile(p, f) for p, f in PATTERNS]


def test_a_second_run_takes_the_programs_from_the_file_and_they_equal_re_s_own(cache_home, monkeypatch):
    from re import _parser

    with kept():
        first = compile_all()
    path = cache_file(cache_home)
    before = path.read_bytes()

    def not_parsed(*args):
        raise AssertionError("parsed again, not taken from the cache")

    with monkeypatch.context() as m:
        m.setattr(_parser, "parse", not_parsed)
        with kept():
            second = compile_all()
    assert path.read_bytes() == before  # nothing new: nothing written
    for (pattern, flags), a, b in zip(PATTERNS, first, second):
        # Pattern equality compares flags and the compiled program itself
        assert a == b == fresh(pattern, flags)
        assert a.groupindex == b.groupindex and a.groups == b.groups


def test_cached_patterns_match_as_re_s_own(cache_home):
    with kept():
        compile_all()
    with kept():
        cached = compile_all()
    texts = ["It will rain, they'll say", "BY THE END OF March", "Harry Kazianis\nthe end", "STRASSE in istanbul",
             "12 to 5", "3-4%", "BY JUNE or by june"]
    for (pattern, flags), compiled in zip(PATTERNS, cached):
        for text in texts:
            subject = text.encode("latin-1", "replace") if isinstance(pattern, bytes) else text
            got = [m.span() for m in compiled.finditer(subject)]
            want = [m.span() for m in fresh(pattern, flags).finditer(subject)]
            assert got == want


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "other build", "empty"])
def test_a_damaged_or_foreign_file_is_ignored_and_replaced(cache_home, damage):
    with kept():
        compile_all()
    path = cache_file(cache_home)
    good = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"\x00not a cache\xff" * 50)
    elif damage == "truncated":
        path.write_bytes(good[: len(good) // 2])
    elif damage == "flipped":
        data = bytearray(good)
        data[-10] ^= 0x55
        path.write_bytes(bytes(data))
    elif damage == "other build":
        path.write_bytes(good.replace(b"cpython", b"otherpy"))
    else:
        path.write_bytes(b"")
    with kept():
        again = compile_all()
    assert again == [fresh(p, f) for p, f in PATTERNS]
    assert path.read_bytes() == good  # compiled afresh, and written back whole


def stored(path):
    from claimtrack.regex_cache import _build_tag, _decode, _engine

    return _decode(path.read_bytes(), _build_tag(_engine()[2]))


def test_a_program_the_engine_refuses_is_compiled_afresh(cache_home, monkeypatch):
    from claimtrack.regex_cache import _build_tag, _engine

    with kept():
        compile_all()
    path = cache_file(cache_home)
    table = stored(path)
    for key, (flags, program, groups, groupindex, indexgroup) in table.items():
        table[key] = (flags, b"\xff\xff\xff\xff" * 3, groups, groupindex, indexgroup)  # not a valid program
    path.write_bytes(regex_cache._encode(table, _build_tag(_engine()[2])))
    with kept():
        again = compile_all()
    assert again == [fresh(p, f) for p, f in PATTERNS]


def test_a_bad_pattern_raises_as_re_does(cache_home):
    with kept(), pytest.raises(re.error, match="missing \\)"):
        re.compile("(unclosed")


def test_re_is_itself_again_after_the_block_even_after_an_error(cache_home):
    from re import _compiler

    original = _compiler.compile
    with pytest.raises(ZeroDivisionError), kept():
        assert _compiler.compile is not original
        1 / 0
    assert _compiler.compile is original


def test_an_unwritable_cache_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    with kept():
        assert compile_all() == [fresh(p, f) for p, f in PATTERNS]
    assert blocker.read_text().startswith("a file")


def test_patterns_made_from_an_article_s_words_do_not_grow_the_file_without_end(cache_home, monkeypatch):
    monkeypatch.setattr(regex_cache, "LIMIT", 20)
    for run in range(5):
        with kept():
            compile_all()
            for n in range(10):
                re.compile(rf"\bname{run}x{n}\b")
    table = stored(cache_file(cache_home))
    assert len(table) == 20
    assert all((type(p) is bytes, p, f) in table for p, f in PATTERNS)  # the last run's own patterns come first
    assert all((False, rf"\bname4x{n}\b", 0) in table for n in range(10))


def test_extract_reads_the_same_with_a_cold_and_a_warm_cache(cache_home, tmp_path, sh):
    article = tmp_path / "a.txt"
    article.write_text("March 2, 2020\n\nThe bank expects rates to rise by June, said Ann Lee, an economist. "
                       "\"Prices will fall 10 percent next year,\" she said.\n", encoding="utf-8")
    cold = sh("extract", article, "--json")
    assert cold.exit_code == 0, cold.stderr
    assert cache_file(cache_home).stat().st_size > 10_000
    warm = sh("extract", article, "--json")
    assert warm.stdout == cold.stdout and len(json.loads(warm.stdout)) == 2


def test_a_few_new_patterns_do_not_rewrite_the_file(cache_home):
    with kept():
        compile_all()
        for n in range(40):
            re.compile(rf"\bfirst{n}\b")
    path = cache_file(cache_home)
    before = path.read_bytes()
    with kept():  # one new pattern among 49 used, as a name from the next article would be
        compile_all()
        for n in range(40):
            re.compile(rf"\bfirst{n}\b")
        re.compile(r"\bKazianis\b")
    assert path.read_bytes() == before


@pytest.mark.parametrize("data", [b"(\xff\xff\xff\x7f", b"claimtrack-patterns\n\xff\xff\xff\xff", b"\x00" * 64])
def test_a_damaged_header_is_not_unmarshalled(cache_home, data):
    # (a five-byte file claiming a tuple of 2**31 items once made marshal try to build it)
    cache_home.mkdir(parents=True)
    from claimtrack.regex_cache import _build_tag, _engine, _file

    _file(_build_tag(_engine()[2])).write_bytes(data)
    with kept():
        assert compile_all() == [fresh(p, f) for p, f in PATTERNS]


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no FIFOs here")
def test_a_fifo_where_the_file_goes_is_not_read(cache_home):
    import os

    from claimtrack.regex_cache import _build_tag, _engine, _file

    cache_home.mkdir(parents=True)
    os.mkfifo(_file(_build_tag(_engine()[2])))  # reading it would block for ever
    with kept():
        assert compile_all() == [fresh(p, f) for p, f in PATTERNS]


def test_a_pattern_that_warns_warns_on_every_run(cache_home):
    for _ in range(2):
        re.purge()
        with kept(), pytest.warns(FutureWarning, match="nested set"):
            re.compile("[[a]")


def test_str_and_bytes_of_the_same_text_never_meet_under_python_b(tmp_path):
    import subprocess
    import sys

    code = ("import re; from claimtrack.regex_cache import kept\n"
            "with kept():\n    re.compile('abc'); re.compile(b'abc')\n"
            "with kept():\n    re.purge(); re.compile('abc'); re.compile(b'abc')\n")
    env = dict(__import__("os").environ, XDG_CACHE_HOME=str(tmp_path))
    proc = subprocess.run([sys.executable, "-bb", "-c", code], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr


def test_a_block_inside_another_leaves_the_outer_one_in_place(cache_home):
    from re import _compiler

    original = _compiler.compile
    with kept():
        outer = _compiler.compile
        with kept():
            assert _compiler.compile is outer
        assert _compiler.compile is outer
    assert _compiler.compile is original
