"""Shared fixtures: every test gets its own database path, so no test can touch the repo's claims.json."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def session_cache(tmp_path_factory) -> Path:
    """One cache directory for the whole run: the compiled-pattern cache is shared as it is between a user's runs."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def isolated_db(tmp_path, monkeypatch, session_cache):
    """Point CLAIMTRACK_DB at a fresh path and run from an empty directory, with no user data or cache in reach."""
    db = tmp_path / "claims.json"
    monkeypatch.setenv("CLAIMTRACK_DB", str(db))
    monkeypatch.setenv("CLAIMTRACK_LOCK_TIMEOUT", "5")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(session_cache))
    monkeypatch.delenv("CLAIMTRACK_NOW", raising=False)
    monkeypatch.delenv("CLAIMTRACK_DEBUG", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return db


@pytest.fixture
def db_path(isolated_db):
    return isolated_db


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.exit_code = code
        self.stdout = out
        self.stderr = err

    def json(self):
        return json.loads(self.stdout)

    def __repr__(self) -> str:
        return f"Result(exit_code={self.exit_code}, stdout={self.stdout[:400]!r}, stderr={self.stderr[:400]!r})"


@pytest.fixture
def ct(capfdbinary, monkeypatch):
    """Run the CLI in-process: ct('add', 'text', '--by', 'X', input='...') -> Result."""
    from claimtrack.cli import main

    def run(*args: str, input: str | None = None) -> Result:
        import io

        capfdbinary.readouterr()
        stdin = io.TextIOWrapper(io.BytesIO((input or "").encode()), encoding="utf-8")
        monkeypatch.setattr(sys, "stdin", stdin)
        code = main([str(a) for a in args])
        sys.stdout.flush()
        sys.stderr.flush()
        captured = capfdbinary.readouterr()
        return Result(code, captured.out.decode("utf-8"), captured.err.decode("utf-8"))

    return run


def claimtrack_exe() -> list[str]:
    exe = shutil.which("claimtrack", path=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    return [exe] if exe else [sys.executable, "-m", "claimtrack"]


@pytest.fixture
def sh():
    """Run the installed `claimtrack` as a real subprocess (stdin is a pipe, never a terminal)."""

    def run(*args: str, input: str | None = None, env: dict | None = None, timeout: float = 60) -> Result:
        full_env = dict(os.environ)
        full_env.update(env or {})
        proc = subprocess.run(claimtrack_exe() + [str(a) for a in args], input=(input or "").encode(),
                              capture_output=True, env=full_env, timeout=timeout)
        return Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))

    return run


def drive_pty(args: list[str], answers: list[tuple[str, str]], timeout: float = 30.0, columns: int = 120):
    """Run the installed claimtrack on a pseudo-terminal, answering each prompt (matched by its text) in turn.

    Returns (exit code, everything the terminal showed). For the interactive flows (review, extract --add,
    edit in an editor), which only ever ask when stdin is a terminal."""
    import select
    import time

    master, slave = os.openpty()
    env = dict(os.environ, COLUMNS=str(columns), TERM="dumb")
    proc = subprocess.Popen(claimtrack_exe() + args, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    out = b""
    pending = list(answers)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                out += chunk
            if pending and pending[0][0].encode() in out.rsplit(b"\n", 1)[-1]:
                os.write(master, pending.pop(0)[1].encode() + b"\r")
            if proc.poll() is not None and not ready:
                break
        proc.wait(timeout=5)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    return proc.returncode, out.decode("utf-8", "replace")


def loaded_modules(*args: str) -> set[str]:
    """The modules a real process has imported after running `claimtrack ARGS` (the start-up guards: a command
    must not import what it does not use). The command must succeed."""
    code = (
        "import sys, json\n"
        "from claimtrack.cli import main\n"
        f"code = main({list(args)!r})\n"
        "sys.stdout.flush()\n"
        "sys.stderr.write('\\n' + json.dumps(sorted(sys.modules)))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ))
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(proc.stderr.strip().splitlines()[-1]))
