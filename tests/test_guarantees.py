"""The storage guarantees of storage.py, proved against the installed CLI running in real processes.

Each test is bounded in time (the whole file runs in well under a minute on two cores) and asserts real values:
claim counts, ids, uuids, history entries, exit codes, messages and the exact bytes of the database file.
"""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import signal
import socket
import stat
import subprocess
import sys
import textwrap
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import orjson
import pytest

from claimtrack import model, storage
from claimtrack.storage import Database

EXE = shutil.which("claimtrack", path=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
CLI = [EXE] if EXE else [sys.executable, "-m", "claimtrack"]


# -- helpers ---------------------------------------------------------------------------------------------------
def temp_files(db: Path) -> list[str]:
    """Temp files of an atomic write of `db` (`.claims.json.<pid>.<ns>.tmp`) left in its directory."""
    return sorted(n for n in os.listdir(db.parent) if n.startswith(f".{db.name}.") and n.endswith(".tmp"))


def parsed(db: Path) -> dict:
    """The whole file parsed as JSON (raises if it is not valid JSON)."""
    return orjson.loads(db.read_bytes())


def claims_in(db: Path) -> dict[int, dict]:
    return {int(k): v for k, v in parsed(db)["claims"].items()}


def one_line(text: str) -> str:
    """stderr must be exactly one line: return it without its newline."""
    assert text.endswith("\n") and text.count("\n") == 1, f"not exactly one line: {text!r}"
    return text[:-1]


def canonical_line_count(top: dict) -> int:
    """Lines of the canonical layout: '{', per table a header, one line per document and a closer, '}'."""
    return 2 + sum(2 + len(docs) for docs in top.values())


def make_db(db: Path, texts: list[str], confirm: tuple[int, ...] = ()) -> bytes:
    """A small real database written by the library, with history; returns its bytes."""
    from claimtrack.store import Store

    for i, text in enumerate(texts):
        with Store.open(db, write=True) as store:
            store.add({"text": text, "claimant": f"Analyst {i % 3}", "said_on": "2018-01-10", "tags": ["t"]})
    for claim_id in confirm:
        with Store.open(db, write=True) as store:
            store.resolve(claim_id, "confirmed", on="2018-06-01", note="came true")
    return db.read_bytes()


def build_big_db(db: Path, n: int) -> None:
    """n complete claims (and their add history) written in one save: large enough that a write takes time."""
    template = model.new_claim({"text": "x", "claimant": "x", "said_on": "2018-01-10"}, claim_id=1,
                               now="2020-01-01T00:00:00Z")
    image = Database(db)
    claims, history = image.table("claims"), image.table("history")
    pad = "filler " * 25
    for i in range(1, n + 1):
        u = str(uuid.uuid4())
        claims.put(i, dict(template, id=i, uuid=u, text=f"claim {i} {pad}", claimant=f"Analyst {i % 97}",
                           tags=["big", f"g{i % 10}"]))
        history.put(i, {"txn": i, "at": "2020-01-01T00:00:00Z", "claim": i, "uuid": u, "action": "add", "changes": {}})
    image.meta.update(next_id=n + 1, next_txn=n + 1)
    image.save()


HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from claimtrack.storage import locked
    with locked(Path(sys.argv[1]), timeout=10, holder=sys.argv[2]):
        print("held", flush=True)
        sys.stdin.read()   # hold the lock until the test closes our stdin
""")


@contextmanager
def lock_held(db: Path, holder: str = "guarantee-test holder"):
    """A separate process holding the database lock (through the library's `locked`) until the block ends."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), holder], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "held"
        yield proc
    finally:
        proc.stdin.close()
        proc.wait(timeout=10)
    assert proc.returncode == 0


# -- 1. concurrent writers -------------------------------------------------------------------------------------
CLI_WORKER = textwrap.dedent("""
    import json, subprocess, sys, time
    cli, worker, count, start_at = json.loads(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    time.sleep(max(0.0, start_at - time.time()))
    out = []
    for i in range(count):
        t0 = time.time()
        p = subprocess.run(cli + ["add", f"worker {worker} claim {i}", "--by", f"Worker {worker}", "-q"],
                           capture_output=True, text=True, timeout=60)
        out.append({"rc": p.returncode, "out": p.stdout.strip(), "err": p.stderr, "text": f"worker {worker} claim {i}",
                    "t0": t0, "t1": time.time()})
    print(json.dumps(out))
""")


def test_concurrent_cli_adds_keep_every_write(db_path):
    workers, per_worker = 4, 15
    start_at = time.time() + 0.6
    procs = [subprocess.Popen([sys.executable, "-c", CLI_WORKER, json.dumps(CLI), str(w), str(per_worker), str(start_at)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for w in range(workers)]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        results.append(json.loads(out))
    runs = [r for rs in results for r in rs]
    assert [r["rc"] for r in runs] == [0] * (workers * per_worker), [r["err"] for r in runs if r["rc"]]
    # the workers really ran at the same time
    spans = [(rs[0]["t0"], rs[-1]["t1"]) for rs in results]
    assert max(s for s, _ in spans) < min(e for _, e in spans)

    total = workers * per_worker
    acknowledged = {int(r["out"]): r["text"] for r in runs}
    assert sorted(acknowledged) == list(range(1, total + 1))  # every command got its own id
    top = parsed(db_path)
    claims = {int(k): v for k, v in top["claims"].items()}
    assert sorted(claims) == list(range(1, total + 1))
    assert {i: c["text"] for i, c in claims.items()} == acknowledged  # each id holds what its command added
    assert all(c["id"] == i for i, c in claims.items())
    assert len({c["uuid"] for c in claims.values()}) == total
    history = list(top["history"].values())
    assert sorted(h["claim"] for h in history if h["action"] == "add") == list(range(1, total + 1))
    assert len(history) == total
    assert sorted(h["txn"] for h in history) == list(range(1, total + 1))  # one transaction per command
    assert {h["uuid"] for h in history} == {c["uuid"] for c in claims.values()}
    assert top["_meta"]["1"] == {"app": "claimtrack", "schema": 1, "next_id": total + 1, "next_txn": total + 1}
    assert temp_files(db_path) == []


LIB_WORKER = textwrap.dedent("""
    import sys, time
    from claimtrack.store import Store
    db, worker, count, start_at = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    time.sleep(max(0.0, start_at - time.time()))
    for i in range(count):
        with Store.open(db, write=True) as store:
            store.add({"text": f"w{worker}-{i}", "claimant": f"Worker {worker}"})
            shared = store.get(1)
            store.edit(1, {"notes": (shared["notes"] or "") + f" w{worker}-{i}"})
""")


def test_concurrent_library_transactions_on_one_claim_lose_no_update(db_path):
    """4 processes x 40 transactions, each adding a claim and appending to claim 1's notes (a read-modify-write)."""
    make_db(db_path, ["the shared claim"])
    workers, per_worker = 4, 40
    start_at = time.time() + 0.5
    procs = [subprocess.Popen([sys.executable, "-c", LIB_WORKER, str(db_path), str(w), str(per_worker), str(start_at)],
                              stderr=subprocess.PIPE, text=True) for w in range(workers)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    expected = {f"w{w}-{i}" for w in range(workers) for i in range(per_worker)}
    claims = claims_in(db_path)
    assert sorted(claims) == list(range(1, workers * per_worker + 2))
    assert {c["text"] for i, c in claims.items() if i > 1} == expected
    tokens = claims[1]["notes"].split()
    assert len(tokens) == len(expected) and set(tokens) == expected  # no edit of the shared claim was lost
    top = parsed(db_path)
    assert len(top["history"]) == 1 + 2 * len(expected)
    assert top["_meta"]["1"]["next_txn"] == 2 + len(expected)


# -- 2. a writer killed at random moments ----------------------------------------------------------------------
def test_sigkilled_writer_never_corrupts_or_loses_acknowledged_writes(db_path):
    """25 `add`/`confirm` processes on a 20k-claim database, SIGKILLed at random moments (two thirds of them while their
    temp file is being written): after every kill the file parses, is either the old file or the complete new one,
    and holds every write whose command exited 0; the next successful write removes the killed writers' temp files."""
    n = 20_000
    build_big_db(db_path, n)
    rng = random.Random(20240611)

    def start(args):
        return subprocess.Popen(CLI + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    # calibrate: how long a whole `add` takes on this database and machine
    t0 = time.monotonic()
    calib = start(["add", "calibration", "--by", "Test", "-q"])
    out, err = calib.communicate(timeout=60)
    duration = time.monotonic() - t0
    assert calib.returncode == 0, err
    acked_adds = {int(out): "calibration"}
    acked_confirms: set[int] = set()
    picked: set[int] = set()
    trials, killed, killed_mid_write = 25, 0, 0

    before = db_path.read_bytes()
    old = orjson.loads(before)
    for trial in range(trials):
        is_add = trial % 2 == 0
        if is_add:
            text = f"trial {trial}"
            proc = start(["add", text, "--by", "Killer", "-q"])
        else:
            target = rng.choice([i for i in range(1, n + 1, 97) if i not in picked])
            picked.add(target)
            proc = start(["confirm", str(target), "--note", f"trial {trial}"])
        if trial % 3 != 0:
            # kill at a moment while its temp file is being written (it appears, then is renamed away)
            mark = f".{db_path.name}.{proc.pid}."
            deadline = time.monotonic() + 30
            while proc.poll() is None and time.monotonic() < deadline:
                if any(name.startswith(mark) for name in os.listdir(db_path.parent)):
                    time.sleep(rng.uniform(0, 0.012))
                    break
                time.sleep(0.0005)
        else:
            time.sleep(rng.uniform(0, duration * 1.5))  # any moment of the command's life (or after it)
        proc.kill()
        out, err = proc.communicate(timeout=60)
        assert proc.returncode in (0, -signal.SIGKILL), err
        if proc.returncode == 0:
            if is_add:
                acked_adds[int(out)] = text
            else:
                acked_confirms.add(target)
        else:
            killed += 1
            if any(name.startswith(f".{db_path.name}.{proc.pid}.") for name in temp_files(db_path)):
                killed_mid_write += 1

        data = db_path.read_bytes()
        top = orjson.loads(data)  # always parses as JSON
        claims = top["claims"]
        if proc.returncode == 0:
            assert data != before
        if data != before:  # the complete new file, not a mix: exactly this command's change, with its history
            assert len(top["history"]) == len(old["history"]) + 1
            if is_add:
                new_id = top["_meta"]["1"]["next_id"] - 1
                assert len(claims) == len(old["claims"]) + 1 and claims[str(new_id)]["text"] == text
            else:
                assert len(claims) == len(old["claims"]) and claims[str(target)]["status"] == "confirmed"
                assert old["claims"][str(target)]["status"] == "open"
        assert sorted(map(int, claims)) == list(range(1, top["_meta"]["1"]["next_id"]))
        for claim_id, claim_text in acked_adds.items():
            assert claims[str(claim_id)]["text"] == claim_text
        for claim_id in acked_confirms:
            assert claims[str(claim_id)]["status"] == "confirmed"
        before, old = data, top

    assert killed >= trials // 2, "the kills came too late to test anything"
    assert killed_mid_write >= 2, "no kill landed while a temp file was being written"
    final = start(["add", "after the storm", "--by", "Test", "-q"])
    out, err = final.communicate(timeout=60)
    assert final.returncode == 0, err
    acked_adds[int(out)] = "after the storm"
    assert temp_files(db_path) == []
    image = Database.load(db_path)
    image.validate()  # claimtrack itself reads every line
    claims = image.table("claims")
    for claim_id, claim_text in acked_adds.items():
        assert claims.get(claim_id)["text"] == claim_text
    for claim_id in acked_confirms:
        assert claims.get(claim_id)["status"] == "confirmed"
    assert len({doc["uuid"] for _, doc in claims.scan()}) == len(claims)


def test_stale_temp_files_are_removed_by_the_next_writer_and_nothing_else(db_path, sh):
    original = make_db(db_path, ["one"])
    stale = [f".{db_path.name}.999999.123456789.tmp", f".{db_path.name}.1.2.tmp"]
    for name in stale:
        (db_path.parent / name).write_bytes(original[:100])
    others = [".other.json.5.6.tmp", f"{db_path.name}.bak", f".{db_path.name}.notes"]
    for name in others:
        (db_path.parent / name).write_text("keep me")
    assert sh("list", "--json").exit_code == 0
    assert temp_files(db_path) == sorted(stale)  # readers do not touch them
    r = sh("add", "two", "--by", "B", "-q")
    assert r.exit_code == 0 and r.stdout.strip() == "2"
    assert temp_files(db_path) == []
    assert all((db_path.parent / name).read_text() == "keep me" for name in others)


# -- 3. the lock -----------------------------------------------------------------------------------------------
def test_lock_held_past_timeout_gives_exit_3_naming_holder_and_changes_nothing(db_path, sh):
    original = make_db(db_path, ["first claim"])
    with lock_held(db_path, "guarantee-test holder") as holder:
        t0 = time.monotonic()
        r = sh("add", "blocked", "--by", "B", env={"CLAIMTRACK_LOCK_TIMEOUT": "0.3"})
        elapsed = time.monotonic() - t0
        assert r.exit_code == 3, r
        line = one_line(r.stderr)
        assert f"pid {holder.pid} " in line and socket.gethostname() in line and "guarantee-test holder" in line
        assert str(db_path) in line and "0.3" in line
        assert 0.3 <= elapsed < 5
        assert r.stdout == ""
        assert db_path.read_bytes() == original

        # a write command with a longer timeout waits for the lock ...
        waiting = subprocess.Popen(CLI + ["confirm", "1", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True, env=dict(os.environ, CLAIMTRACK_LOCK_TIMEOUT="20"))
        # ... while read commands do not need the lock at all
        listed = sh("list", "--json", env={"CLAIMTRACK_LOCK_TIMEOUT": "0"})
        assert listed.exit_code == 0 and [c["text"] for c in listed.json()] == ["first claim"]
        shown = sh("show", "1", "--json", env={"CLAIMTRACK_LOCK_TIMEOUT": "0"})
        assert shown.exit_code == 0 and shown.json()["status"] == "open"
        time.sleep(0.3)
        assert waiting.poll() is None, "the waiting writer did not wait for the lock"
        assert db_path.read_bytes() == original
    out, err = waiting.communicate(timeout=30)
    assert waiting.returncode == 0, err
    assert json.loads(out)["status"] == "confirmed"
    r = sh("add", "after the holder left", "--by", "B", "-q", env={"CLAIMTRACK_LOCK_TIMEOUT": "0.3"})
    assert r.exit_code == 0 and r.stdout.strip() == "2"
    claims = claims_in(db_path)
    assert claims[1]["status"] == "confirmed" and claims[2]["text"] == "after the holder left"


def test_tinydb_writes_take_the_same_lock(db_path):
    from tinydb import TinyDB

    from claimtrack.errors import LockTimeout

    original = make_db(db_path, ["first claim"])
    with lock_held(db_path) as holder:
        db = TinyDB(db_path, storage=storage.ClaimStorage, lock_timeout=0.2)
        assert [d["text"] for d in db.table("claims").all()] == ["first claim"]  # reads need no lock
        with pytest.raises(LockTimeout, match=f"pid {holder.pid} "):
            db.table("claims").update({"notes": "blocked"}, doc_ids=[1])
        assert db_path.read_bytes() == original


def test_bad_lock_timeout_setting_is_a_storage_error_and_changes_nothing(db_path, sh):
    original = make_db(db_path, ["first claim"])
    r = sh("add", "x", "--by", "B", env={"CLAIMTRACK_LOCK_TIMEOUT": "soon"})
    assert r.exit_code == 3 and "CLAIMTRACK_LOCK_TIMEOUT" in one_line(r.stderr) and "'soon'" in r.stderr
    assert db_path.read_bytes() == original


def test_lock_timeout_defaults_to_10_seconds(monkeypatch):
    monkeypatch.delenv("CLAIMTRACK_LOCK_TIMEOUT")
    assert storage.lock_timeout() == 10.0
    assert storage.locked(Path("x.json")).timeout == 10.0
    monkeypatch.setenv("CLAIMTRACK_LOCK_TIMEOUT", "0.3")
    assert storage.locked(Path("x.json")).timeout == 0.3


# -- 4. read-only or full file system, impossible paths --------------------------------------------------------
class FailingOS:
    """The `os` module as storage.py sees it, with one call failing the way a full or read-only disk makes it."""

    def __init__(self, fail: str, code: int) -> None:
        self._fail, self._code = fail, code

    def _raise(self, *args):
        raise OSError(self._code, os.strerror(self._code))

    def __getattr__(self, name):
        real = getattr(os, name)
        if name == self._fail:
            return self._raise
        if name == "open" and self._fail in ("open_tmp", "open_for_writing"):
            def fake_open(path, flags, *args):
                if self._fail == "open_tmp" and str(path).endswith(".tmp"):
                    self._raise()
                if self._fail == "open_for_writing" and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
                    self._raise()
                return real(path, flags, *args)
            return fake_open
        return real


DISK_FAILURES = [
    pytest.param("write", errno.ENOSPC, id="disk-full-on-write"),
    pytest.param("fsync", errno.EIO, id="io-error-on-fsync"),
    pytest.param("replace", errno.EROFS, id="read-only-on-rename"),
    pytest.param("open_tmp", errno.EDQUOT, id="quota-on-temp-file"),
    pytest.param("open_for_writing", errno.EROFS, id="read-only-file-system"),
]


@pytest.mark.parametrize("fail, code", DISK_FAILURES)
def test_failing_disk_gives_exit_3_and_leaves_database_and_directory_unchanged(db_path, ct, monkeypatch, fail, code):
    original = make_db(db_path, ["first claim", "second claim"])
    files_before = sorted(os.listdir(db_path.parent))
    with monkeypatch.context() as m:
        m.setattr(storage, "os", FailingOS(fail, code))
        for args in (["add", "x", "--by", "B"], ["confirm", "1"], ["delete", "2", "--yes"], ["undo"]):
            r = ct(*args)
            assert r.exit_code == 3, (args, r)
            line = one_line(r.stderr)
            assert str(db_path) in line and os.strerror(code) in line
            assert db_path.read_bytes() == original
            assert sorted(os.listdir(db_path.parent)) == files_before  # no temp file left behind
        r = ct("list", "--json")  # reading never needs to write
        assert r.exit_code == 0 and [c["text"] for c in r.json()] == ["first claim", "second claim"]
    r = ct("add", "x", "--by", "B", "-q")  # the disk is back: the same command works
    assert r.exit_code == 0 and r.stdout.strip() == "3"


@pytest.mark.parametrize("fail, code", DISK_FAILURES)
def test_failing_disk_on_first_write_creates_no_file(db_path, ct, monkeypatch, fail, code):
    monkeypatch.setattr(storage, "os", FailingOS(fail, code))
    r = ct("add", "x", "--by", "B")
    assert r.exit_code == 3 and os.strerror(code) in one_line(r.stderr)
    assert not db_path.exists() and temp_files(db_path) == []


def test_file_size_limit_in_a_real_process_gives_exit_3_and_no_temp_file(db_path):
    """A real short write (RLIMIT_FSIZE makes the kernel refuse bytes past the limit, even for root)."""
    import resource

    original = make_db(db_path, ["first claim", "second claim", "third claim"])
    assert len(original) > 1500

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (1000, resource.RLIM_INFINITY))

    p = subprocess.run(CLI + ["add", "x", "--by", "B"], capture_output=True, text=True, preexec_fn=limit, timeout=60)
    assert p.returncode == 3
    line = one_line(p.stderr)
    assert str(db_path) in line and os.strerror(errno.EFBIG) in line
    assert db_path.read_bytes() == original and temp_files(db_path) == []


def test_database_under_a_regular_file_gives_exit_3(tmp_path, sh):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a regular file")
    for db in (blocker / "claims.json", blocker / "deeper" / "claims.json"):
        for args in (["add", "x", "--by", "B"], ["init"]):
            r = sh("--db", db, *args)
            assert r.exit_code == 3, (args, r)
            assert str(db) in one_line(r.stderr)
    assert blocker.read_text() == "a regular file" and sorted(os.listdir(tmp_path)) == sorted(["not-a-dir", "work"])


def test_database_path_that_is_a_directory_gives_exit_3(tmp_path, sh):
    db = tmp_path / "dir.json"
    db.mkdir()
    for args in (["add", "x", "--by", "B"], ["list"]):
        r = sh("--db", db, *args)
        assert r.exit_code == 3 and "is a directory" in one_line(r.stderr), r
    assert os.listdir(db) == []


# -- 5. corrupt and foreign files ------------------------------------------------------------------------------
def _claim_line(data: bytes, claim_id: int) -> int:
    """0-based index of claim `claim_id`'s line in the canonical layout."""
    lines = data.split(b"\n")
    start = lines.index(b'"claims": {')
    return next(i for i in range(start, len(lines)) if lines[i].startswith(b'"%d": ' % claim_id))


def _history_line(data: bytes, entry: int) -> int:
    lines = data.split(b"\n")
    start = lines.index(b'"history": {')
    return next(i for i in range(start, len(lines)) if lines[i].startswith(b'"%d": ' % entry))


def _edit_line(data: bytes, index: int, old: bytes, new: bytes) -> bytes:
    lines = data.split(b"\n")
    assert old in lines[index]
    lines[index] = lines[index].replace(old, new, 1)
    return b"\n".join(lines)


def truncated(good):
    return good[: len(good) // 2], None


def _edit_line_end(data: bytes, index: int, new_end: bytes) -> bytes:
    lines = data.split(b"\n")
    assert lines[index].endswith(b"},")
    lines[index] = lines[index][:-2] + new_end
    return b"\n".join(lines)


def brace_to_bracket(good):  # claim 2's line: "2": {...}, -> "2": {...],
    i = _claim_line(good, 2)
    return _edit_line_end(good, i, b"],"), i + 1


def broken_value_in_claim(good):  # "status":"open" -> "status":open"
    i = _claim_line(good, 2)
    return _edit_line(good, i, b'"status":"open"', b'"status":open"'), i + 1


def broken_value_in_history(good):
    i = _history_line(good, 2)
    return _edit_line(good, i, b'"action":"add"', b'"action":add"'), i + 1


def broken_meta(good):
    return _edit_line(good, 2, b'"next_id":', b'"next_id":x'), 3


def brace_removed(good):  # claim 2's line: "2": {...}, -> "2": {...,   (the line's closing brace is gone)
    i = _claim_line(good, 2)
    return _edit_line_end(good, i, b","), i + 1


def not_claimtrack_tinydb(good):
    return b'{"_default": {"1": {"a": 1}}}', None


def json_list(good):
    return b"[1,2]", None


def json_string(good):
    return b'"claims"', None


def foreign_meta(good):
    return b'{"_meta": {"1": {"app": "otherapp", "schema": 1}}, "claims": {}}', None


def bad_document(good):
    return b'{"claims": {"1": "not an object"}}', None


def newer_schema(good):
    return good.replace(b'"schema":1', b'"schema":99', 1), None


def binary_garbage(good):
    return bytes(random.Random(7).randrange(256) for _ in range(4096)), None


CORRUPTIONS = [
    pytest.param(truncated, "not valid JSON", id="truncated"),
    pytest.param(brace_to_bracket, "JSON", id="broken-line-brace-to-bracket"),
    pytest.param(broken_value_in_claim, None, id="broken-line-claim-value"),
    pytest.param(broken_value_in_history, None, id="broken-line-history-value"),
    pytest.param(broken_meta, None, id="broken-line-meta"),
    pytest.param(brace_removed, "line", id="broken-line-closing-brace-removed"),
    pytest.param(not_claimtrack_tinydb, "not a claimtrack database", id="other-tinydb-file"),
    pytest.param(json_list, "not a claimtrack database", id="json-list"),
    pytest.param(json_string, "not a claimtrack database", id="json-string"),
    pytest.param(foreign_meta, "not a claimtrack database", id="other-app-meta"),
    pytest.param(bad_document, "bad document", id="document-not-an-object"),
    pytest.param(newer_schema, "newer claimtrack (schema 99", id="newer-schema"),
    pytest.param(binary_garbage, "not valid JSON", id="binary-garbage"),
]


@pytest.mark.parametrize("corrupt, says", CORRUPTIONS)
def test_corrupt_or_foreign_file_is_refused_and_never_overwritten(db_path, sh, corrupt, says):
    good = make_db(db_path, ["first claim", "second claim", "third claim"], confirm=(1,))
    data, line_no = corrupt(good)
    assert data != good
    db_path.write_bytes(data)
    os.chmod(db_path, 0o640)
    mtime = db_path.stat().st_mtime_ns
    commands = [["add", "x", "--by", "B"], ["confirm", "3"], ["undo"], ["delete", "3", "--yes"]]
    if line_no is None or corrupt is not broken_value_in_history:
        commands.append(["list", "--json"])  # listing must parse every claim (and the meta)
    for args in commands:
        r = sh(*args)
        assert r.exit_code == 3, (args, r)
        line = one_line(r.stderr)
        assert str(db_path) in line
        if says:
            assert says in line
        if line_no is not None:
            assert f"line {line_no}:" in line or f"line {line_no} " in line, (line_no, line)
        assert r.stdout == ""
        assert db_path.read_bytes() == data
        assert temp_files(db_path) == []
    assert db_path.stat().st_mtime_ns == mtime and stat.S_IMODE(db_path.stat().st_mode) == 0o640


def test_schema_0_tinydb_file_is_read_and_migrated_on_first_write(db_path, sh):
    from tinydb import TinyDB

    old = TinyDB(db_path)  # TinyDB's own JSONStorage: what a pre-claimtrack script would have written
    old.table("claims").insert({"text": "Old claim one", "claimant": "Ann", "said_on": "2018-01-10", "status": "open"})
    old.table("claims").insert({"text": "Old claim two", "claimant": "Bob", "said_on": "2018-02-11",
                                "status": "refuted", "tags": ["korea"]})
    old.close()
    original = db_path.read_bytes()
    assert b"_meta" not in original

    r = sh("list", "--json")
    assert r.exit_code == 0, r
    assert [(c["id"], c["text"], c["claimant"], c["status"], c["tags"]) for c in r.json()] == [
        (1, "Old claim one", "Ann", "open", []), (2, "Old claim two", "Bob", "refuted", ["korea"])]
    assert db_path.read_bytes() == original  # reading does not rewrite

    r = sh("add", "New claim", "--by", "Cy", "-q")
    assert r.exit_code == 0 and r.stdout.strip() == "3", r
    top = parsed(db_path)
    assert top["_meta"]["1"] == {"app": "claimtrack", "schema": 1, "next_id": 4, "next_txn": 2}
    claims = top["claims"]
    assert [(claims[k]["text"], claims[k]["claimant"], claims[k]["said_on"], claims[k]["status"]) for k in "123"] == [
        ("Old claim one", "Ann", "2018-01-10", "open"), ("Old claim two", "Bob", "2018-02-11", "refuted"),
        ("New claim", "Cy", model.today().isoformat(), "open")]
    assert claims["2"]["tags"] == ["korea"]
    assert len({c["uuid"] for c in claims.values()}) == 3 and all(set(model.FIELDS) <= set(c) for c in claims.values())
    assert list(top["history"].values())[0]["claim"] == 3 and len(top["history"]) == 1
    assert Database.load(db_path).serialize() == db_path.read_bytes()  # now in the canonical layout


# -- 6. file mode and layout -----------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", [0o640, 0o600, 0o664])
def test_file_mode_is_kept_across_writes(db_path, sh, mode):
    make_db(db_path, ["first claim"])
    os.chmod(db_path, mode)
    for args in (["add", "x", "--by", "B"], ["confirm", "1"], ["undo"]):
        inode = db_path.stat().st_ino
        r = sh(*args)
        assert r.exit_code == 0, r
        assert db_path.stat().st_ino != inode  # the file really was replaced, not written in place
        assert stat.S_IMODE(db_path.stat().st_mode) == mode
    assert sorted(claims_in(db_path)) == [1, 2] and claims_in(db_path)[1]["status"] == "open"


def test_new_file_mode_follows_the_umask(db_path):
    p = subprocess.run(CLI + ["add", "x", "--by", "B"], capture_output=True, text=True, timeout=60,
                       preexec_fn=lambda: os.umask(0o027))
    assert p.returncode == 0, p.stderr
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o640


def test_pretty_printed_file_is_read_and_rewritten_canonically_without_loss(db_path, sh):
    make_db(db_path, ["first claim", "second claim", "third claim"], confirm=(2,))
    original = parsed(db_path)
    listed_before = sh("list", "--json").json()
    # written by hand: indented, tables in another order, keys unsorted
    pretty = {"history": original["history"], "claims": original["claims"], "_meta": original["_meta"]}
    db_path.write_text(json.dumps(pretty, indent=4, ensure_ascii=False) + "\n")
    assert len(db_path.read_text().splitlines()) > 100

    r = sh("list", "--json")
    assert r.exit_code == 0 and r.json() == listed_before
    assert sh("show", "2", "--json").json()["status"] == "confirmed"

    r = sh("add", "fourth claim", "--by", "D", "-q")
    assert r.exit_code == 0 and r.stdout.strip() == "4", r
    after = parsed(db_path)
    assert {k: v for k, v in after["claims"].items() if k != "4"} == original["claims"]
    assert {k: v for k, v in after["history"].items() if k != str(len(original["history"]) + 1)} == original["history"]
    assert after["claims"]["4"]["text"] == "fourth claim"
    assert after["_meta"]["1"]["next_id"] == 5
    data = db_path.read_bytes()
    lines = data.decode().split("\n")
    assert lines[:2] == ["{", '"_meta": {'] and lines[-2:] == ["}", ""]
    assert len(lines) - 1 == canonical_line_count(after)  # one line per document
    assert Database.load(db_path).serialize() == data
    assert sh("list", "--json").json() == listed_before + [sh("show", "4", "--json").json()]


# -- 7. TinyDB interop -----------------------------------------------------------------------------------------
def test_tinydb_opens_reads_and_updates_a_claimtrack_database(db_path, sh):
    from tinydb import Query, TinyDB

    make_db(db_path, ["first claim", "second claim"], confirm=(1,))
    os.chmod(db_path, 0o640)
    listed = sh("list", "--json").json()
    db = TinyDB(db_path, storage=storage.ClaimStorage)
    claims = db.table("claims")
    docs = claims.all()
    assert [d.doc_id for d in docs] == [1, 2]
    assert [(d["id"], d["uuid"], d["text"], d["status"]) for d in docs] == [
        (c["id"], c["uuid"], c["text"], c["status"]) for c in listed]
    assert claims.get(Query().text == "second claim").doc_id == 2

    assert claims.update({"notes": "set through TinyDB"}, doc_ids=[2]) == [2]
    db.close()
    r = sh("show", "2", "--json")
    assert r.exit_code == 0 and r.json()["notes"] == "set through TinyDB"
    assert sh("show", "1", "--json").json() == listed[0]
    top = parsed(db_path)
    assert top["_meta"]["1"] == {"app": "claimtrack", "schema": 1, "next_id": 3, "next_txn": 4}
    assert len(top["history"]) == 3
    assert Database.load(db_path).serialize() == db_path.read_bytes()  # TinyDB's write kept the layout
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o640 and temp_files(db_path) == []
    r = sh("add", "third claim", "--by", "C", "-q")
    assert r.exit_code == 0 and r.stdout.strip() == "3"
    assert [c["text"] for c in sh("list", "--json").json()] == ["first claim", "second claim", "third claim"]


def test_claim_inserted_through_tinydb_survives_the_next_cli_add(db_path, sh):
    """A TinyDB program may insert past claimtrack's id counter: the next `add` must not reuse that id."""
    from tinydb import TinyDB

    make_db(db_path, ["first claim"])
    db = TinyDB(db_path, storage=storage.ClaimStorage)
    claims = db.table("claims")
    doc = dict(claims.get(doc_id=1), id=2, text="inserted through TinyDB", uuid=str(uuid.uuid4()))
    new_id = claims.insert(doc)
    assert new_id == 2
    db.close()
    r = sh("add", "added by the CLI", "--by", "C", "-q")
    assert r.exit_code == 0 and r.stdout.strip() == "3", r
    texts = sorted(c["text"] for c in claims_in(db_path).values())
    assert texts == ["added by the CLI", "first claim", "inserted through TinyDB"]
