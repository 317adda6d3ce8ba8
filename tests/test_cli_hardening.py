"""The command line under hostile conditions: bytes that are not UTF-8, a reader that goes away, a strange path.

Each case runs the installed `claimtrack` as a real process, since what is tested is how the process meets the
operating system: argv as bytes, stdout a pipe closed early.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import claimtrack_exe

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="file names as bytes are a POSIX matter")


def run(*args: bytes | str, input: bytes = b"", cwd=None, env=None) -> subprocess.CompletedProcess:
    exe = [os.fsencode(part) for part in claimtrack_exe()]
    argv = exe + [a if isinstance(a, bytes) else a.encode() for a in args]
    return subprocess.run(argv, input=input, capture_output=True, cwd=cwd, env=env or dict(os.environ), timeout=60)


def one_line(proc: subprocess.CompletedProcess) -> str:
    err = proc.stderr.decode("utf-8")  # whatever went wrong, stderr is UTF-8
    assert err.count("\n") == 1 and err.startswith("claimtrack: "), err
    return err


# -- a database path that is not UTF-8 ---------------------------------------------------------------------
@posix_only
def test_a_database_file_name_that_is_not_utf8_simply_works(tmp_path):
    name = b"\xff-claims.json"
    r = run("--db", name, "init", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout == b"Created an empty claims database at \\xff-claims.json\n"
    assert (tmp_path / os.fsdecode(name)).exists()
    assert run("--db", name, "add", "Talks resume", "--by", "A", cwd=tmp_path).returncode == 0
    r = run("--db", name, "info", cwd=tmp_path)
    assert r.returncode == 0 and b"Database: " + os.fsencode(str(tmp_path)) + b"/\\xff-claims.json\n" in r.stdout
    r = run("--db", name, "info", "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert info["path"] == str(tmp_path) + "/\\xff-claims.json" and info["claims"] == 1  # shown, as ls -b would
    r = run("--db", name, "init", "--json", cwd=tmp_path)
    assert r.returncode == 1 and "\\xff-claims.json already exists" in one_line(r)
    r = run("--db", name, "list", "--json", cwd=tmp_path)
    assert r.returncode == 0 and [c["text"] for c in json.loads(r.stdout)] == ["Talks resume"]


@posix_only
def test_control_characters_in_a_path_are_shown_escaped(tmp_path):
    name = b"\xff\x1b[31mred.json"
    r = run("--db", name, "init", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout == b"Created an empty claims database at \\xff\\x1b[31mred.json\n"
    r = run("--db", name, "list", "--json", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout == b"[]\n"
    r = run("--db", name + b"-missing", "list", cwd=tmp_path)
    assert r.returncode == 0 and b"\x1b" not in r.stderr and b"\\xff\\x1b[31mred.json-missing" in r.stderr


@posix_only
@pytest.mark.parametrize("output", [b"\xffout.csv", b"sub/\xff/none.csv"])
def test_file_arguments_that_are_not_utf8_work_or_fail_in_one_line(tmp_path, output):
    assert run("add", "x", "--by", "Y").returncode == 0
    r = run("export", "--format", "csv", "-o", output, cwd=tmp_path)
    if b"/" in output:
        assert r.returncode == 1 and "cannot write sub/\\xff/none.csv" in one_line(r)
    else:
        assert r.returncode == 0 and (tmp_path / os.fsdecode(output)).read_bytes().startswith(b'"id","uuid"')
        assert b"to \\xffout.csv" in r.stderr
        r = run("import", output, "--dry-run", cwd=tmp_path)
        assert r.returncode == 0, r.stderr
    r = run("batch", b"\xffmissing.jsonl", cwd=tmp_path)
    assert r.returncode == 1 and "cannot read \\xffmissing.jsonl" in one_line(r)


@posix_only
@pytest.mark.parametrize("args", [
    [b"add", b"\xff x", b"--by", b"B"],
    [b"add", b"x", b"--by", b"\xff"],
    [b"list", b"--search", b"\xff"],
    [b"list", b"--by", b"\xfe"],
    [b"list", b"--tag", b"a\xff"],
    [b"show", b"\xff"],
    [b"edit", b"1", b"--notes", b"\xff"],
    [b"confirm", b"1", b"--note", b"\xc3"],
    [b"export", b"--format", b"\xff"],
])
def test_arguments_that_are_not_utf8_never_crash(db_path, args):
    assert run("add", "Existing", "--by", "Someone", "--said", "2018-01-10").returncode == 0
    before = db_path.read_bytes()
    r = run(*args)
    assert r.returncode in (0, 1), r.stderr
    if r.returncode:
        assert "internal error" not in one_line(r)
        assert db_path.read_bytes() == before


@pytest.mark.parametrize("args", [["add", "-", "--by", "B"], ["edit", "1", "--text", "-"]])
def test_stdin_text_that_is_not_utf8_is_bad_input(db_path, args):
    assert run("add", "Existing", "--by", "Someone").returncode == 0
    before = db_path.read_bytes()
    r = run(*args, input=b"caf\xe9 au lait\n")
    assert r.returncode == 1
    assert one_line(r) == "claimtrack: stdin is not valid UTF-8 (byte 0xe9 at offset 3)\n"
    assert db_path.read_bytes() == before
    r = run(*args, input="café\r\nau lait\r\n".encode())  # UTF-8 and CRLF: read as text mode would
    assert r.returncode == 0, r.stderr
    assert json.loads(run("show", str(1 if args[0] == "edit" else 2), "--json").stdout)["text"] == "café\nau lait"


# -- a reader that goes away --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    """A database whose list is far bigger than a pipe's buffer (64 KiB on Linux)."""
    path = tmp_path_factory.mktemp("pipe") / "claims.json"
    lines = "".join(json.dumps({"op": "add", "text": f"Claim number {i} will come true " + "x" * 80,
                                "claimant": f"Analyst {i % 7}", "said_on": "2018-01-10"}) + "\n" for i in range(1500))
    r = run("--db", str(path), "batch", "-", input=lines.encode())
    assert r.returncode == 0, r.stderr
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
@pytest.mark.parametrize("args", [["list"], ["list", "--json"], ["export"], ["export", "--format", "csv"], ["history", "1"]])
def test_a_reader_that_closes_the_pipe_early_is_not_an_error(big_db, args):
    proc = subprocess.Popen(claimtrack_exe() + ["--db", str(big_db), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    first = proc.stdout.readline()  # like `| head -1`: read a little, then go away
    proc.stdout.close()
    err = proc.stderr.read()
    code = proc.wait(timeout=60)
    assert first
    assert (code, err) == (0, b"")


def test_the_pipe_test_really_fills_the_pipe(big_db):
    for args in (["list"], ["export"]):
        out = run("--db", str(big_db), *args).stdout
        assert len(out) > 128 * 1024, args


# -- the command registry -------------------------------------------------------------------------------------
def test_every_module_named_in_commands_exists_and_defines_exactly_its_commands():
    """`claimtrack.cli.COMMANDS` says which module defines each command; each module must define those."""
    import importlib

    from claimtrack import cli
    from claimtrack.cli import base

    by_module: dict[str, set[str]] = {}
    for name, module in cli.COMMANDS.items():
        by_module.setdefault(module, set()).add(name)
    for module, names in by_module.items():
        before = set(base.COMMANDS)
        mod = importlib.import_module(f"claimtrack.cli.{module}")
        defined = {name for name, (func, _) in base.COMMANDS.items() if func.__module__ == mod.__name__}
        assert defined == names, (module, defined ^ names)
        assert set(base.COMMANDS) - before <= names


@posix_only
def test_any_file_name_works_as_the_database_and_is_shown_safely(ct, tmp_path):
    """Any bytes a POSIX file name may hold (all but / and NUL): every command works, nothing raw reaches a view."""
    from hypothesis import HealthCheck, given, settings, strategies as st

    names = st.binary(min_size=1, max_size=10).filter(lambda b: b"/" not in b and b"\0" not in b and b not in (b".", b".."))
    runs = iter(range(10**6))

    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
    @given(name=names)
    def check(name):
        directory = tmp_path / f"run{next(runs)}"
        directory.mkdir()
        where = str(directory / os.fsdecode(name))
        assert ct("--db", where, "init").exit_code == 0
        for args in (["add", "x", "--by", "Y", "-q"], ["info"], ["info", "--json"], ["list"], ["list", "--json"],
                     ["confirm", "1"], ["undo"], ["export", "--format", "csv"]):
            r = ct("--db", where, *args)
            assert r.exit_code == 0, (name, args, r)
            # views spell control characters out; JSON escapes C0 and carries the rest as data, as for claim text
            raw = r.stderr if "--json" in args else r.stdout + r.stderr
            assert not [c for c in raw if (ord(c) < 32 and c not in "\r\n\t") or 0x7F <= ord(c) < 0xA0], (name, args, r)
        info = ct("--db", where, "info", "--json").json()
        assert info["path"] == os.fsencode(where).decode("utf-8", "backslashreplace")

    check()
