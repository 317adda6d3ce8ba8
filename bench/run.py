#!/usr/bin/env python3
"""Benchmark claimtrack against taskwarrior (and a naive Typer + TinyDB CLI), side by side, in one run.

    python bench/run.py [--sizes 1000,10000,100000] [--runs 9] [--quick] [--rows add,import] [--keep-work]

Builds databases of each size for both tools from the same generated claims, times whole processes (wall
clock around `subprocess.run`, output read from a pipe), alternating the tools run by run, and prints a
Markdown table of medians with the ratio claimtrack/taskwarrior and the targets from the issue. Results also
go to bench/out/results.json (every sample) and bench/out/results.md (the table). See bench/README.md.

Run it with the Python of the install you want to measure: the `claimtrack` executable is looked up next to
`sys.executable`, so `.venv/bin/python bench/run.py` benchmarks `.venv`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
import uuid as uuidlib
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
WORK = OUT / "work"

SEED = 20180110
N_CLAIMANTS = 50
TARGET_CLAIMANT = "Harry Kazianis"  # the claimant the filtered rows select (4% of claims, half of them open)
TARGET_SHARE = 0.04
BATCH_SIZE = 100
IMPORT_MAX = 10_000  # the import row imports min(size, this) claims into an empty database
PROCESS_TIMEOUT = 600  # seconds; one process taking longer means something is broken
SLOW_SIZE = 10_000  # above this size, rows without a target may run fewer times (said in the table)

#: ratio targets claimtrack/taskwarrior, by (row, size); None = any size
TARGETS: dict[tuple[str, int | None], float] = {
    ("list_json", 10_000): 1.0,
    ("list_table", 10_000): 1.0,
    ("import", 10_000): 0.8,  # margin: one outside run measured 1.07 against a target of 1.0
    ("add", 10_000): 2.0,
    ("confirm", 10_000): 2.0,
    ("batch", 10_000): 0.1,
    ("list_json", 100_000): 0.5,
    ("list_table", 100_000): 0.5,
    ("add", 100_000): 1.0,
    ("startup", None): 1.5,
}
MEMORY_TARGET = 10.0  # peak RSS <= 10x the database (or input) file size, at 100k
MEMORY_SIZE = 100_000

LABELS = {
    "add": "add",
    "confirm": "confirm 1 claim",
    "list_json": "filtered list --json",
    "list_table": "filtered list (table, pipe)",
    "import": "import into empty db",
    "batch": f"batch of {BATCH_SIZE} confirms",
    "stats": "stats",
    "startup": "startup",
}
VERSUS = {
    "add": "task add",
    "confirm": "task N done",
    "list_json": "task <filter> export",
    "list_table": "task <filter> list",
    "import": "task import",
    "batch": f"{BATCH_SIZE} × task N done",
    "stats": "task stats",
    "startup": 'python -c "import typer"',
}


#: Every row key, in table order, plus "memory" (the peak-memory table); --rows picks some of them.
ROWS = ("add", "confirm", "list_json", "list_table", "stats", "import", "batch", "startup", "memory")


class BenchError(Exception):
    pass


def log(msg: str) -> None:
    sys.stderr.write(f"[bench {time.strftime('%H:%M:%S')}] {msg}\n")
    sys.stderr.flush()


# ---------------------------------------------------------------------------------------------------------------
# environment
# ---------------------------------------------------------------------------------------------------------------
def find_claimtrack() -> Path:
    exe = Path(sys.executable).parent / ("claimtrack.exe" if os.name == "nt" else "claimtrack")
    if not exe.exists():
        raise BenchError(f"no claimtrack executable next to {sys.executable} ({exe}): install claimtrack into "
                         "this Python's environment, or run bench/run.py with the venv's python")
    return exe


def child_env(**extra: str) -> dict[str, str]:
    """The environment of every timed process: bytecode writing allowed, no claimtrack/taskwarrior overrides."""
    env = dict(os.environ)
    for name in ("PYTHONDONTWRITEBYTECODE", "CLAIMTRACK_DB", "CLAIMTRACK_NOW", "CLAIMTRACK_DEBUG",
                 "CLAIMTRACK_LOCK_TIMEOUT", "TASKDATA", "TASKRC", "PYTHONPROFILEIMPORTTIME", "PYTHONDEVMODE"):
        env.pop(name, None)
    env.update(extra)
    return env


def prepare_bytecode(claimtrack_exe: Path) -> str:
    """Compile the claimtrack package the executable imports; returns a sentence for the header."""
    env = child_env()
    # run from / so that `python -c` finds what the executable finds, not a checkout in the current directory
    probe = subprocess.run([sys.executable, "-c", "import claimtrack, sys; sys.stdout.write(claimtrack.__file__)"],
                           env=env, capture_output=True, text=True, cwd="/")
    if probe.returncode != 0:
        raise BenchError(f"cannot import claimtrack with {sys.executable}: {probe.stderr.strip()}")
    pkg = Path(probe.stdout).parent
    editable = "site-packages" not in pkg.parts and "dist-packages" not in pkg.parts
    comp = subprocess.run([sys.executable, "-m", "compileall", "-q", str(pkg)], env=env, capture_output=True, text=True)
    if comp.returncode != 0:
        raise BenchError(f"compileall failed on {pkg}: {comp.stderr.strip() or comp.stdout.strip()}")
    kind = "editable install" if editable else "regular install"
    dont = "set" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "not set"
    return (f"claimtrack imported from `{pkg}` ({kind}); ran `python -m compileall -q` on it, and every timed "
            f"process runs with `PYTHONDONTWRITEBYTECODE` removed from its environment (it is {dont} here), "
            "so imports use compiled bytecode")


def machine_info(claimtrack_exe: Path) -> dict[str, Any]:
    from importlib import metadata

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()

    def version(pkg: str) -> str:
        try:
            return metadata.version(pkg)
        except metadata.PackageNotFoundError:
            return "not installed"

    ct = subprocess.run([str(claimtrack_exe), "--version"], env=child_env(), capture_output=True, text=True)
    tw = subprocess.run(["task", "--version"], capture_output=True, text=True,
                        env=child_env(TASKRC=os.devnull))
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "memory": mem,
        "kernel": f"{platform.system()} {platform.release()}",
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "python": f"{platform.python_version()} ({sys.executable})",
        "claimtrack": (ct.stdout.strip() or ct.stderr.strip()).replace("claimtrack ", ""),
        "claimtrack_executable": str(claimtrack_exe),
        "typer": version("typer"),
        "rich": version("rich"),
        "orjson": version("orjson"),
        "tinydb": version("tinydb"),
        "taskwarrior": tw.stdout.strip() or "?",
    }


# ---------------------------------------------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------------------------------------------
FIRST = ["Anna", "Ben", "Chloe", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemal", "Lena",
         "Marta", "Nikhil", "Olga", "Pierre", "Quinn", "Rosa", "Samuel", "Tomas", "Ulla", "Victor", "Wen", "Yara",
         "Zoe"]
LAST = ["Abrams", "Brennan", "Castillo", "Dubois", "Eriksen", "Fischer", "Gupta", "Hoffmann", "Ivanova", "Jensen",
        "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quiroga", "Rossi", "Schmidt", "Tanaka",
        "Ueda", "Vargas", "Weber", "Xu", "Yilmaz", "Zimmer"]
SUBJECTS = ["North Korea", "The Federal Reserve", "China", "Oil prices", "The ECB", "Eurozone inflation", "Tesla",
            "The UK government", "Brent crude", "Bitcoin", "US unemployment", "The S&P 500", "Russia",
            "India's economy", "The Bank of Japan", "Apple", "Turkey", "Argentina", "The German coalition", "OPEC",
            "The Chinese yuan", "Gold", "The Brazilian real", "South Africa", "Mexico", "The Saudi government",
            "Canada", "The Italian budget", "Japan's ruling party", "The WHO"]
SUBJECTS_NON_ASCII = ["Erdoğan's government", "Macron’s party", "The Zürich exchange", "São Paulo's mayor"]
PREDICATES = ["will cut interest rates at least twice", "will default on part of its sovereign debt",
              "will hold a summit with the United States", "will fall below 60 dollars a barrel",
              "will announce new tariffs on steel imports", "will grow by more than 3 percent",
              "will call an early general election", "will sign a trade deal with the European Union",
              "will miss its emissions targets", "will walk away from the nuclear talks",
              "will launch a driverless taxi service in two cities", "will lose its parliamentary majority",
              "will devalue its currency", "will raise rates above 5 percent", "will end the year lower",
              "will double in price", "will face a recession", "will lift the export ban",
              "will impose capital controls", "will win the vote comfortably"]
TIMEFRAMES = ["by the end of the year", "before the next election", "within two years", "before the summer",
              "by the third quarter", "this decade", "in the first half of next year", "within eighteen months"]
CLAUSES = [", according to people familiar with the plans", ", despite repeated public denials",
           ", and markets will barely react", " after months of tense negotiations",
           ", which analysts have long expected", " unless the courts intervene first",
           ", triggering a wave of protests", " as pressure from allies mounts"]
TAGS = ["korea", "trade", "energy", "elections", "markets", "rates", "china", "russia", "tech", "climate", "eu",
        "us", "uk", "inflation", "defence", "crypto", "africa", "latam", "mideast", "labour"]
OUTLETS = [("CNBC", "cnbc.com"), ("Bloomberg", "bloomberg.com"), ("Twitter", "twitter.com"),
           ("The Guardian", "theguardian.com"), ("Reuters", "reuters.com"), ("Fox News", "foxnews.com"),
           ("CBC", "cbc.ca"), ("Financial Times", "ft.com"), ("Substack", "substack.com"),
           ("Al Jazeera", "aljazeera.com")]
CONF_WORDS = ["likely", "unlikely", "almost certain", "even", "probably not"]
DUE_PHRASES = ["in 3 months", "within two weeks", "next year", "next month", "in 6 months"]
STATUS_WEIGHTS = [("open", 50), ("confirmed", 20), ("refuted", 20), ("partial", 5), ("void", 5)]
TW_STATUS = {"open": "pending", "confirmed": "completed", "refuted": "completed", "partial": "completed",
             "void": "deleted"}


def claimants() -> list[str]:
    rng = random.Random(SEED)
    names = [TARGET_CLAIMANT]
    while len(names) < N_CLAIMANTS:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in names:
            names.append(name)
    return names


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def make_text(rng: random.Random) -> str:
    subject = rng.choice(SUBJECTS_NON_ASCII) if rng.random() < 0.02 else rng.choice(SUBJECTS)
    text = f"{subject} {rng.choice(PREDICATES)} {rng.choice(TIMEFRAMES)}"
    while len(text) < 60 or (len(text) < 95 and rng.random() < 0.5):
        text += rng.choice(CLAUSES)
    if len(text) > 120:
        text = text[:120].rsplit(" ", 1)[0]
    return text


def generate(n: int) -> list[dict]:
    """n valid stored claims (through claimtrack's own `model.new_claim`), deterministic for a given n."""
    from claimtrack import model

    rng = random.Random(SEED + n)
    names = claimants()
    weights = [TARGET_SHARE] + [(1 - TARGET_SHARE) / (N_CLAIMANTS - 1)] * (N_CLAIMANTS - 1)
    today = dt.date.today()
    statuses = [s for s, _ in STATUS_WEIGHTS]
    status_w = [w for _, w in STATUS_WEIGHTS]
    claims = []
    for claim_id in range(1, n + 1):
        text = make_text(rng)
        said = today - dt.timedelta(days=rng.randint(120, 3650))
        due: str | None
        r = rng.random()
        if r < 0.1:
            due = None
        elif r < 0.3:
            due = rng.choice(DUE_PHRASES)
        else:
            due = (said + dt.timedelta(days=rng.randint(30, 1500))).isoformat()
        c = rng.random()
        confidence: Any = (rng.choice([0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) if c < 0.7
                           else rng.choice(CONF_WORDS) if c < 0.85 else None)
        outlet, domain = rng.choice(OUTLETS)
        words = re.sub(r"[^a-z0-9 ]", "", text.lower()).split()[:6]
        url = f"https://www.{domain}/{said.year}/{said.month:02d}/{'-'.join(words)}-{rng.randint(1000, 99999)}"
        fields = {
            "text": text,
            "claimant": rng.choices(names, weights)[0],
            "said_on": said.isoformat(),
            "due": due,
            "confidence": confidence,
            "tags": rng.sample(TAGS, rng.randint(1, 3)),
            "source": {"url": url, "title": f"{text[:50].rstrip()}..." if rng.random() < 0.5 else None,
                       "outlet": outlet},
            "quote": f"I really do think that {text[0].lower()}{text[1:]}." if rng.random() < 0.15 else None,
            "criteria": "Judged on official figures at the deadline." if rng.random() < 0.1 else None,
            "notes": "Repeated in a later interview." if rng.random() < 0.05 else None,
        }
        status = rng.choices(statuses, status_w)[0]
        created = min(said + dt.timedelta(days=rng.randint(0, 20)), today)
        created_at = f"{created.isoformat()}T{rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
        extra: dict[str, Any] = {"uuid": str(uuidlib.UUID(int=rng.getrandbits(128), version=4)),
                                 "status": status, "created_at": created_at, "updated_at": created_at}
        claim = model.new_claim(fields, claim_id=claim_id, now=created_at, extra=extra)
        if status != "open":
            due_day = dt.date.fromisoformat(claim["due"]) if claim["due"] else said + dt.timedelta(days=180)
            on = max(min(due_day, today), created)
            resolution = {"on": on.isoformat(),
                          "evidence": f"https://www.reuters.com/{on.year}/{on.month:02d}/report-{rng.randint(1, 99999)}"
                          if rng.random() < 0.7 else None,
                          "note": "Official figures settled it." if rng.random() < 0.4 else None}
            claim["resolution"] = model.clean_resolution(resolution, claim["said_on"], status=status)
            claim["updated_at"] = f"{on.isoformat()}T10:00:00Z" if on > created else created_at
        claims.append(claim)
    return claims


def write_claimtrack_db(path: Path, claims: list[dict]) -> None:
    """The database exactly as claimtrack writes it: storage.Database, Table.put, one history `add` per claim."""
    from claimtrack.storage import Database, locked

    with locked(path):
        db = Database(path)
        table, history = db.table("claims"), db.table("history")
        for claim in claims:
            table.put(claim["id"], claim)
            history.put(claim["id"], {"txn": claim["id"], "at": claim["created_at"], "claim": claim["id"],
                                      "uuid": claim["uuid"], "action": "add", "changes": {}})
        db.meta["next_id"] = len(claims) + 1
        db.meta["next_txn"] = len(claims) + 1
        db.save()


def prime_lock(path: Path) -> bool:
    """Make `path`'s lock file say that claimtrack itself wrote the file last, as it does after every claimtrack
    write, so that a copied database is in the state a user's database is in between two commands.

    claimtrack re-validates every line of a file before rewriting it unless its lock file remembers the file's
    stamp (inode, size, mtime, ctime) from claimtrack's own last write; a copy never matches the pristine's
    stamp, so without this every timed write would take the slower path of "someone else edited the file".
    Returns False when this claimtrack has no such mechanism (nothing to prime).
    """
    from claimtrack import storage

    stamp = getattr(storage, "file_stamp", None)
    if stamp is None:
        return False
    with storage.locked(path) as lock:
        if not hasattr(lock, "last_written"):
            return False
        lock.last_written = stamp(os.stat(path))
    return True


def write_jsonl_export(path: Path, claims: list[dict]) -> None:
    """What `claimtrack export --format jsonl` writes: the public view of each claim, one per line."""
    import orjson
    from claimtrack.model import claim_view

    with open(path, "wb") as f:
        for claim in claims:
            f.write(orjson.dumps(claim_view(claim)) + b"\n")


def write_naive_db(path: Path, claims: list[dict]) -> None:
    """What TinyDB's default JSONStorage writes: one line of json.dumps of {"_default": {id: doc}}."""
    from claimtrack.model import claim_view

    data = {"_default": {str(c["id"]): claim_view(c) for c in claims}}
    path.write_text(json.dumps(data), encoding="utf-8")


def tw_stamp(value: str) -> str:
    """claimtrack's 2019-06-30 / 2019-06-30T10:00:00Z as taskwarrior's 20190630T100000Z."""
    if len(value) == 10:
        return value.replace("-", "") + "T000000Z"
    return value.replace("-", "").replace(":", "")


def to_task(claim: dict) -> dict:
    task: dict[str, Any] = {
        "uuid": claim["uuid"],
        "description": claim["text"],
        "project": slug(claim["claimant"]),
        "status": TW_STATUS[claim["status"]],
        "entry": tw_stamp(claim["created_at"]),
        "modified": tw_stamp(claim["updated_at"]),
        "source": claim["source"]["url"],
    }
    if claim["tags"]:
        task["tags"] = list(claim["tags"])
    if claim["due"]:
        task["due"] = tw_stamp(claim["due"])
    if claim["confidence"] is not None:
        task["confidence"] = claim["confidence"]
    if claim["status"] != "open":
        task["end"] = tw_stamp(claim["resolution"]["on"])
    return task


def write_tw_import(path: Path, claims: list[dict]) -> None:
    path.write_text(json.dumps([to_task(c) for c in claims], ensure_ascii=False), encoding="utf-8")


TASKRC_TEMPLATE = """\
# generated by bench/run.py: taskwarrior must never prompt, nag or run hooks while it is timed
data.location={data}
confirmation=off
bulk=0
verbose=nothing
hooks=off
recurrence=off
gc=on
nag=
news.version=2.6.0
color=off
defaultwidth=0
uda.source.type=string
uda.source.label=Source
uda.confidence.type=numeric
uda.confidence.label=Confidence
"""


def write_taskrc(rc: Path, data: Path) -> Path:
    data.mkdir(parents=True, exist_ok=True)
    rc.write_text(TASKRC_TEMPLATE.format(data=data))
    return rc


# ---------------------------------------------------------------------------------------------------------------
# running
# ---------------------------------------------------------------------------------------------------------------
def run_cmd(cmd: list[str], env: dict[str, str], *, what: str = "") -> tuple[float, bytes]:
    """Wall-clock seconds of one whole process, its stdout read from a pipe."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=PROCESS_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise BenchError(f"{what or cmd[0]} took over {PROCESS_TIMEOUT} s and was stopped: {' '.join(cmd)}") from None
    elapsed = time.perf_counter() - t0
    if p.returncode != 0:
        raise BenchError(f"{what or cmd[0]} failed (exit {p.returncode}): {' '.join(cmd)}\n"
                         f"{p.stderr.decode(errors='replace')[-2000:]}")
    return elapsed, p.stdout


# A tiny parent for the measured process: a child's ru_maxrss starts from the high-water mark of the process
# that forked it (Linux keeps it across exec), so forking straight from this big benchmark process would report
# our own RSS. This launcher is a fresh, small Python; it execs the command in a fork and reports wait4's numbers.
RUSAGE_LAUNCHER = """\
import os, sys, time
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
elapsed = time.perf_counter() - t0
with open(sys.argv[1], "w") as f:
    f.write(f"{usage.ru_maxrss} {elapsed!r}")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_rusage(cmd: list[str], env: dict[str, str]) -> tuple[float, int, bytes]:
    """(wall seconds, max RSS in bytes, stdout) of one process, as its launcher saw them."""
    report = WORK / "rusage.txt"
    try:
        p = subprocess.run([sys.executable, "-c", RUSAGE_LAUNCHER, str(report), *cmd], env=env,
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=PROCESS_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise BenchError(f"took over {PROCESS_TIMEOUT} s and was stopped: {' '.join(cmd)}") from None
    if p.returncode != 0:
        raise BenchError(f"failed (exit {p.returncode}): {' '.join(cmd)}\n{p.stderr.decode(errors='replace')[-2000:]}")
    kib, elapsed = report.read_text().split()
    report.unlink()
    return float(elapsed), int(kib) * (1 if sys.platform == "darwin" else 1024), p.stdout


class Tool:
    """One side of a row: how to reset its files (not timed) and how to run it (timed)."""

    def __init__(self, name: str, run: Callable[[], tuple[float, bytes]], prepare: Callable[[], None] | None = None,
                 runs: int | None = None) -> None:
        self.name = name
        self.run = run
        self.prepare = prepare
        self.runs = runs
        self.samples: list[float] = []
        self.output = b""


def measure(tools: list[Tool], runs: int, *, warmup: bool = True) -> None:
    """Warm up each tool once, then run them alternately (A, B, A, B, ...), resetting files before each run."""
    if warmup:
        for tool in tools:
            if tool.prepare:
                tool.prepare()
            _, tool.output = tool.run()
    for i in range(runs):
        for tool in tools:
            if i >= (tool.runs or runs):
                continue
            if tool.prepare:
                tool.prepare()
            seconds, out = tool.run()
            if not tool.output:
                tool.output = out
            tool.samples.append(seconds)


def copy_file(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)


def copy_dir_files(src: Path, dst: Path) -> None:
    if dst.exists():
        shutil.rmtree(dst)
    dst.mkdir(parents=True)
    for f in src.iterdir():
        shutil.copyfile(f, dst / f.name)


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.iterdir() if f.is_file())


# ---------------------------------------------------------------------------------------------------------------
# one size
# ---------------------------------------------------------------------------------------------------------------
class SizeBench:
    def __init__(self, n: int, runs: int, ct: Path, naive_cli: Path, prime: bool = True,
                 rows: frozenset[str] = frozenset(ROWS)) -> None:
        self.n = n
        self.wanted = rows
        self.prime = prime
        self.runs = runs
        self.ct_exe = str(ct)
        self.naive_cli = str(naive_cli)
        self.dir = WORK / f"n{n}"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.rows: list[dict] = []
        self.memory: list[dict] = []
        self.info: dict[str, Any] = {"size": n}

    # -- building -----------------------------------------------------------------------------------------------
    def build(self) -> None:
        d = self.dir
        t0 = time.perf_counter()
        claims = generate(self.n)
        log(f"{self.n}: generated {self.n} claims in {time.perf_counter() - t0:.1f} s")
        self.ct_pristine = d / "pristine" / "claims.json"
        self.ct_pristine.parent.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        write_claimtrack_db(self.ct_pristine, claims)
        log(f"{self.n}: wrote the claimtrack database ({self.ct_pristine.stat().st_size:,} bytes) in {time.perf_counter() - t0:.1f} s")
        self.ct_db = d / "run" / "claims.json"
        self.ct_db.parent.mkdir(parents=True, exist_ok=True)
        self.naive_pristine = d / "pristine" / "naive.json"
        write_naive_db(self.naive_pristine, claims)
        self.naive_db = d / "run" / "naive.json"

        self.import_n = min(self.n, IMPORT_MAX)
        self.ct_import_file = d / f"import-{self.import_n}.jsonl"
        write_jsonl_export(self.ct_import_file, claims[: self.import_n])
        self.tw_import_file = d / f"import-{self.import_n}.json"
        write_tw_import(self.tw_import_file, claims[: self.import_n])
        self.ct_full_export = d / f"export-{self.n}.jsonl"
        if self.n >= MEMORY_SIZE or self.n > IMPORT_MAX:
            write_jsonl_export(self.ct_full_export, claims)
        else:
            self.ct_full_export = self.ct_import_file

        # taskwarrior: import the same items into its own data directory
        self.tw_pristine = d / "tw-pristine"
        rc = write_taskrc(d / "tw-pristine.rc", self.tw_pristine)
        full = d / f"tw-all-{self.n}.json"
        write_tw_import(full, claims)
        t0 = time.perf_counter()
        run_cmd(["task", "import", str(full)], child_env(TASKRC=str(rc)), what="task import (building)")
        log(f"{self.n}: taskwarrior imported {self.n} tasks in {time.perf_counter() - t0:.1f} s "
            f"({dir_size(self.tw_pristine):,} bytes of data files)")
        full.unlink()
        self.tw_data = d / "tw-run"
        self.tw_env = child_env(TASKRC=str(write_taskrc(d / "tw-run.rc", self.tw_data)))
        self.tw_import_data = d / "tw-import"
        self.tw_import_env = child_env(TASKRC=str(write_taskrc(d / "tw-import.rc", self.tw_import_data)))
        self.ct_env = child_env()

        # ids: taskwarrior numbers pending tasks 1..P in file order; map them through the uuids
        self.reset_tw()
        _, out = run_cmd(["task", "status:pending", "export"], self.tw_env, what="task export (ids)")
        tw_ids = {t["uuid"]: t["id"] for t in json.loads(out)}
        open_claims = [c for c in claims if c["status"] == "open"]
        if len(open_claims) < BATCH_SIZE + 1:
            raise BenchError(f"only {len(open_claims)} open claims at size {self.n}")
        pick = open_claims[len(open_claims) // 2]
        self.confirm_ids = (pick["id"], tw_ids[pick["uuid"]])
        step = max(1, len(open_claims) // BATCH_SIZE)
        chosen = open_claims[::step][:BATCH_SIZE]
        self.batch_ct_ids = [c["id"] for c in chosen]
        self.batch_tw_ids = [tw_ids[c["uuid"]] for c in chosen]
        self.batch_file = d / "batch.jsonl"
        self.batch_file.write_text("".join(json.dumps({"op": "confirm", "id": i}) + "\n" for i in self.batch_ct_ids))
        self.expected_match = sum(1 for c in claims if c["claimant"] == TARGET_CLAIMANT and c["status"] == "open")
        self.info.update({
            "claimtrack_db_bytes": self.ct_pristine.stat().st_size,
            "taskwarrior_data_bytes": dir_size(self.tw_pristine),
            "naive_db_bytes": self.naive_pristine.stat().st_size,
            "import_claims": self.import_n,
            "import_jsonl_bytes": self.ct_import_file.stat().st_size,
            "import_tw_json_bytes": self.tw_import_file.stat().st_size,
            "filter_matches": self.expected_match,
            "open_claims": len(open_claims),
        })
        self.claim_text = "Talks between the two Koreas will collapse before the end of April, analysts said today"
        del claims

    def reset_ct(self) -> None:
        copy_file(self.ct_pristine, self.ct_db)
        if self.prime:
            prime_lock(self.ct_db)

    def reset_tw(self) -> None:
        copy_dir_files(self.tw_pristine, self.tw_data)

    def reset_naive(self) -> None:
        copy_file(self.naive_pristine, self.naive_db)

    # -- commands ------------------------------------------------------------------------------------------------
    def ct(self, *args: str) -> Callable[[], tuple[float, bytes]]:
        cmd = [self.ct_exe, "--db", str(self.ct_db), *args]
        return lambda: run_cmd(cmd, self.ct_env, what="claimtrack")

    def tw(self, *args: str) -> Callable[[], tuple[float, bytes]]:
        cmd = ["task", *args]
        return lambda: run_cmd(cmd, self.tw_env, what="task")

    def naive(self, *args: str) -> Callable[[], tuple[float, bytes]]:
        cmd = [sys.executable, self.naive_cli, "--db", str(self.naive_db), *args]
        return lambda: run_cmd(cmd, self.ct_env, what="naive CLI")

    def ct_filter(self) -> list[str]:
        return ["--by", TARGET_CLAIMANT, "--status", "open"]

    def tw_filter(self) -> list[str]:
        return [f"project:{slug(TARGET_CLAIMANT)}", "status:pending"]

    def row(self, key: str, tools: list[Tool], runs: int | None = None, *, warmup: bool = True, note: str = "") -> dict:
        if key not in self.wanted:
            return {}
        runs = runs or self.runs
        log(f"{self.n}: {LABELS[key]} ({runs} runs{'' if warmup else ', no warm-up'})")
        measure(tools, runs, warmup=warmup)
        row = make_row(key, self.n, tools, note)
        self.rows.append(row)
        return row

    def naive_runs(self, tool: Tool) -> int:
        """Fewer naive runs when one takes long at a big size (the naive baseline has no target)."""
        if self.n <= SLOW_SIZE:
            return self.runs
        if tool.prepare:
            tool.prepare()
        seconds, tool.output = tool.run()
        return self.runs if seconds < 1.5 else min(self.runs, 3)

    # -- rows ------------------------------------------------------------------------------------------------------
    def run_all(self) -> None:
        add_ct = ["add", self.claim_text, "--by", TARGET_CLAIMANT, "--due", "2030-06-30", "--tag", "korea",
                  "--tag", "talks", "--source", "https://www.cnbc.com/2030/01/10/korea-talks.html"]
        add_tw = ["add", self.claim_text, f"project:{slug(TARGET_CLAIMANT)}", "+korea", "+talks", "due:2030-06-30",
                  "source:https://www.cnbc.com/2030/01/10/korea-talks.html"]
        add_naive = ["add", self.claim_text, "--by", TARGET_CLAIMANT]

        # add (with the naive baseline as a third, alternating tool)
        if "add" in self.wanted:
            naive = Tool("naive", self.naive(*add_naive), self.reset_naive)
            naive.runs = self.naive_runs(naive)
            self.row("add", [Tool("claimtrack", self.ct(*add_ct), self.reset_ct),
                             Tool("taskwarrior", self.tw(*add_tw), self.reset_tw), naive])

        # confirm one claim
        ct_id, tw_id = self.confirm_ids
        self.row("confirm", [Tool("claimtrack", self.ct("confirm", str(ct_id)), self.reset_ct),
                             Tool("taskwarrior", self.tw(str(tw_id), "done"), self.reset_tw)])

        # read-only rows: reset once, then run back to back
        self.reset_ct()
        self.reset_tw()
        self.reset_naive()
        if "list_json" in self.wanted:
            naive = Tool("naive", self.naive("list", "--by", TARGET_CLAIMANT, "--status", "open", "--json"))
            naive.runs = self.naive_runs(naive)
            tools = [Tool("claimtrack", self.ct("list", *self.ct_filter(), "--json")),
                     Tool("taskwarrior", self.tw(*self.tw_filter(), "export")), naive]
            row = self.row("list_json", tools)
            counts = {t.name: len(json.loads(t.output)) for t in tools}
            if len(set(counts.values())) != 1 or counts["claimtrack"] != self.expected_match:
                raise BenchError(f"the filtered lists disagree at size {self.n}: {counts} (expected {self.expected_match})")
            row["note"] = (f"selects {self.expected_match:,} of {self.n:,} ({100 * self.expected_match / self.n:.1f}%): "
                           f"`--by \"{TARGET_CLAIMANT}\" --status open` vs `{' '.join(self.tw_filter())}`")

        self.row("list_table", [Tool("claimtrack", self.ct("list", *self.ct_filter())),
                                Tool("taskwarrior", self.tw(*self.tw_filter(), "list"))])

        self.row("stats", [Tool("claimtrack", self.ct("stats")), Tool("taskwarrior", self.tw("stats"))])

        # import into an empty database
        if self.n <= IMPORT_MAX:
            new_db = self.dir / "run" / "imported.json"

            def reset_ct_import() -> None:
                for p in (new_db, new_db.with_name(new_db.name + ".lock")):
                    if p.exists():
                        p.unlink()

            def reset_tw_import() -> None:
                if self.tw_import_data.exists():
                    shutil.rmtree(self.tw_import_data)
                self.tw_import_data.mkdir()

            ct_cmd = [self.ct_exe, "--db", str(new_db), "import", str(self.ct_import_file)]
            tw_cmd = ["task", "import", str(self.tw_import_file)]
            self.row("import", [
                Tool("claimtrack", lambda: run_cmd(ct_cmd, self.ct_env, what="claimtrack import"), reset_ct_import),
                Tool("taskwarrior", lambda: run_cmd(tw_cmd, self.tw_import_env, what="task import"), reset_tw_import)],
                note=f"{self.import_n:,} claims; jsonl export ({self.info['import_jsonl_bytes']:,} B) vs taskwarrior "
                     f"JSON ({self.info['import_tw_json_bytes']:,} B)")

        # a batch of 100 confirms vs 100 separate task N done
        def tw_batch() -> tuple[float, bytes]:
            total = 0.0
            for tw_id in self.batch_tw_ids:
                seconds, _ = run_cmd(["task", str(tw_id), "done"], self.tw_env, what="task done")
                total += seconds
            return total, b""

        slow = self.n > SLOW_SIZE
        self.row("batch", [Tool("claimtrack", self.ct("batch", str(self.batch_file)), self.reset_ct),
                           Tool("taskwarrior", tw_batch, self.reset_tw)],
                 runs=min(self.runs, 3) if slow else None, warmup=not slow,
                 note=(f"3 runs, no warm-up (100 × `task N done` takes long at {self.n:,}; no target here)"
                       if slow and self.runs > 3 else ""))

        if "memory" in self.wanted and (self.n >= MEMORY_SIZE or self.n == self.max_size):
            self.measure_memory()

    def measure_memory(self) -> None:
        """Peak RSS of the claimtrack process (os.wait4), max of 3 runs, against the file it reads."""
        log(f"{self.n}: peak memory")
        db_size = self.ct_pristine.stat().st_size
        tw_size = dir_size(self.tw_pristine)
        new_db = self.dir / "run" / "imported-full.json"
        cases = [
            ("filtered list --json", [self.ct_exe, "--db", str(self.ct_db), "list", *self.ct_filter(), "--json"],
             ["task", *self.tw_filter(), "export"], None, db_size),
            ("add", [self.ct_exe, "--db", str(self.ct_db), "add", self.claim_text, "--by", TARGET_CLAIMANT],
             ["task", "add", self.claim_text, f"project:{slug(TARGET_CLAIMANT)}"], "reset", db_size),
            (f"import {self.n:,} claims (jsonl export) into an empty db",
             [self.ct_exe, "--db", str(new_db), "import", str(self.ct_full_export)], None, "import",
             self.ct_full_export.stat().st_size),
        ]
        for label, ct_cmd, tw_cmd, reset, base in cases:
            rss, secs, tw_rss = [], [], []
            for _ in range(3):
                if reset == "reset":
                    self.reset_ct()
                    self.reset_tw()
                elif reset == "import":
                    for p in (new_db, new_db.with_name(new_db.name + ".lock")):
                        if p.exists():
                            p.unlink()
                else:
                    self.reset_ct()
                    self.reset_tw()
                s, r, _ = run_rusage(ct_cmd, self.ct_env)
                rss.append(r)
                secs.append(s)
                if tw_cmd:
                    _, r2, _ = run_rusage(tw_cmd, self.tw_env)
                    tw_rss.append(r2)
            peak = max(rss)
            self.memory.append({
                "size": self.n, "operation": label, "claimtrack_peak_rss": peak, "file_bytes": base,
                "ratio": peak / base, "seconds_median": statistics.median(secs),
                "taskwarrior_peak_rss": max(tw_rss) if tw_rss else None,
                "taskwarrior_data_bytes": tw_size if tw_rss else None,
                "target": MEMORY_TARGET if self.n >= MEMORY_SIZE else None,
            })
            if new_db.exists():
                new_db.unlink()


def make_row(key: str, n: int | None, tools: list[Tool], note: str = "") -> dict:
    by = {t.name: t for t in tools}
    med = {t.name: statistics.median(t.samples) for t in tools}
    other = "taskwarrior" if "taskwarrior" in by else [t.name for t in tools if t.name != "claimtrack"][0]
    ratio = med["claimtrack"] / med[other]
    target = TARGETS.get((key, n), TARGETS.get((key, None)))
    runs = {t.name: len(t.samples) for t in tools}
    notes = [note] if note else []
    if "naive" in by and runs["naive"] != runs["claimtrack"]:
        notes.append(f"naive: {runs['naive']} runs (slow at this size)")
    return {
        "key": key,
        "size": n,
        "operation": LABELS[key],
        "versus": VERSUS[key],
        "median_seconds": med,
        "samples_seconds": {t.name: t.samples for t in tools},
        "runs": runs,
        "ratio": ratio,
        "naive_speedup": (med["naive"] / med["claimtrack"]) if "naive" in med else None,
        "target": target,
        "ok": None if target is None else ratio <= target,
        "note": "; ".join(notes),
    }


# ---------------------------------------------------------------------------------------------------------------
# naive baseline
# ---------------------------------------------------------------------------------------------------------------
NAIVE_CLI = '''\
"""The naive baseline: what a first Typer + TinyDB version of claimtrack would look like (generated by bench/run.py)."""
import datetime
import json
import re
import uuid
from typing import Optional

import typer
from tinydb import Query, TinyDB

app = typer.Typer(add_completion=False)
state = {"db": "claims.json"}


@app.callback()
def main(db: str = typer.Option("claims.json", "--db")) -> None:
    state["db"] = db


@app.command()
def add(text: str, by: str = typer.Option(..., "--by")) -> None:
    db = TinyDB(state["db"])  # default JSONStorage: reads and rewrites the whole file
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    doc_id = db.insert({"text": text, "claimant": by, "status": "open", "uuid": str(uuid.uuid4()),
                        "said_on": now[:10], "tags": [], "created_at": now, "updated_at": now})
    db.close()
    print(f"Added claim {doc_id}")


@app.command("list")
def list_(by: Optional[str] = typer.Option(None, "--by"), status: Optional[str] = typer.Option(None, "--status"),
          as_json: bool = typer.Option(False, "--json")) -> None:
    db = TinyDB(state["db"])
    claim = Query()
    cond = claim.noop()
    if by:
        cond &= claim.claimant.search(re.escape(by), flags=re.IGNORECASE)
    if status:
        cond &= claim.status == status
    found = db.search(cond)
    if as_json:
        print(json.dumps(found, indent=2, ensure_ascii=False))
    else:
        for doc in found:
            print(f"{doc.doc_id}  {doc['claimant']}  {doc['status']}  {doc['text']}")


if __name__ == "__main__":
    app()
'''


# ---------------------------------------------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------------------------------------------
def fmt_s(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    ms = seconds * 1000
    if ms < 10:
        return f"{ms:.2f} ms"
    if ms < 1000:
        return f"{ms:.1f} ms"
    return f"{seconds:,.2f} s"


def fmt_ratio(r: float) -> str:
    return f"{r:.2f}" if r >= 0.1 else f"{r:.3f}"


def size_label(n: int | None) -> str:
    return f"{n:,}" if n else "empty db"


def fmt_bytes(n: int) -> str:
    for unit, div in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= div:
            return f"{n / div:.1f} {unit}"
    return f"{n} B"


def report(meta: dict, rows: list[dict], memory: list[dict], sizes_info: list[dict]) -> str:
    out = []
    out.append(f"## claimtrack vs taskwarrior — {meta['date']}")
    out.append("")
    out.append(f"- Machine: {meta['cpu']}, {meta['cores']} cores ({meta['usable_cores']} usable), {meta['memory']} RAM, "
               f"{meta['kernel']}; load average at start {', '.join(f'{x:.2f}' for x in meta['load_average'] or [])}")
    out.append(f"- Python {meta['python']}; claimtrack {meta['claimtrack']}; typer {meta['typer']}, rich {meta['rich']}, orjson {meta['orjson']}, tinydb {meta['tinydb']}; "
               f"taskwarrior {meta['taskwarrior']}")
    out.append(f"- Bytecode: {meta['bytecode']}")
    out.append(f"- claimtrack lock file: {meta['lock_state']}")
    out.append(f"- Method: whole processes timed with `time.perf_counter()` around `subprocess.run` (stdout read from "
               f"a pipe); tools alternate run by run (A, B, A, B, …) after one untimed warm-up each; {meta['runs']} run{'s' if meta['runs'] != 1 else ''} "
               "per pair unless the row says otherwise; medians shown. Writing commands start every run from a fresh "
               "copy of the pristine database (copy not timed). taskwarrior runs with its own rc file and data "
               "directory (`confirmation=off bulk=0 verbose=nothing hooks=off recurrence=off gc=on nag= "
               "news.version=2.6.0 color=off defaultwidth=0`).")
    for info in sizes_info:
        out.append(f"- {info['size']:,} claims: claimtrack file {fmt_bytes(info['claimtrack_db_bytes'])}, "
                   f"taskwarrior data files {fmt_bytes(info['taskwarrior_data_bytes'])}, naive TinyDB file "
                   f"{fmt_bytes(info['naive_db_bytes'])}; {info['open_claims']:,} open; the filter selects "
                   f"{info['filter_matches']:,}")
    out.append("")
    out.append("| size | operation | vs taskwarrior | claimtrack | taskwarrior | ratio ct/tw | target | ok | naive Typer+TinyDB | naive/ct | runs | notes |")
    out.append("|---:|---|---|---:|---:|---:|---:|:-:|---:|---:|---:|---|")
    for r in rows:
        med = r["median_seconds"]
        other = med.get("taskwarrior", med.get("import typer"))
        target = f"≤ {r['target']:g}" if r["target"] is not None else ""
        ok = "" if r["ok"] is None else ("✓" if r["ok"] else "✗")
        naive = fmt_s(med.get("naive")) if "naive" in med else ""
        speed = f"{r['naive_speedup']:.1f}×" if r["naive_speedup"] else ""
        runs = "/".join(str(v) for v in dict.fromkeys(r["runs"].values()))
        size = size_label(r["size"])
        out.append(f"| {size} | {r['operation']} | {r['versus']} | {fmt_s(med['claimtrack'])} | {fmt_s(other)} | "
                   f"{fmt_ratio(r['ratio'])} | {target} | {ok} | {naive} | {speed} | {runs} | {r['note']} |")
    if memory:
        out.append("")
        out.append("Peak memory (max RSS of the claimtrack process, from `os.wait4` in a small launcher process, max of 3 runs; the floor is the launcher's ~8 MiB):")
        out.append("")
        out.append("| size | claimtrack operation | peak RSS | file read | ratio RSS/file | target | ok | time (median) | taskwarrior peak RSS (same op) |")
        out.append("|---:|---|---:|---:|---:|---:|:-:|---:|---:|")
        for m in memory:
            target = f"≤ {m['target']:g}×" if m["target"] else ""
            ok = "" if not m["target"] else ("✓" if m["ratio"] <= m["target"] else "✗")
            tw = (f"{fmt_bytes(m['taskwarrior_peak_rss'])} (data {fmt_bytes(m['taskwarrior_data_bytes'])})"
                  if m["taskwarrior_peak_rss"] else "—")
            out.append(f"| {m['size']:,} | {m['operation']} | {fmt_bytes(m['claimtrack_peak_rss'])} | "
                       f"{fmt_bytes(m['file_bytes'])} | {m['ratio']:.1f}× | {target} | {ok} | "
                       f"{fmt_s(m['seconds_median'])} | {tw} |")
    checked = [r for r in rows if r["ok"] is not None] + [m for m in memory if m["target"]]
    failed = [r for r in rows if r["ok"] is False]
    failed_mem = [m for m in memory if m["target"] and m["ratio"] > m["target"]]
    out.append("")
    out.append(f"Targets met: {len(checked) - len(failed) - len(failed_mem)} of {len(checked)}"
               + ("" if not (failed or failed_mem) else " — missed: " + ", ".join(
                   [f"{r['operation']} at {size_label(r['size'])} ({fmt_ratio(r['ratio'])} > {r['target']:g})" for r in failed]
                   + [f"memory of {m['operation']} at {m['size']:,} ({m['ratio']:.1f}× > {m['target']:g}×)" for m in failed_mem])))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------------------------------
def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="Benchmark claimtrack against taskwarrior; prints a Markdown table.")
    ap.add_argument("--sizes", help="comma-separated database sizes (default 1000,10000,100000; --quick: 1000,10000)")
    ap.add_argument("--runs", type=int, help="timed runs per tool and row (default 9; --quick: 3)")
    ap.add_argument("--quick", action="store_true", help="smoke test: 3 runs, sizes 1000,10000")
    ap.add_argument("--no-prime", action="store_true",
                    help="do not mark copied databases as last written by claimtrack (every write then re-validates "
                         "the whole file, as after another program edited it)")
    ap.add_argument("--keep-work", action="store_true", help="keep bench/out/work (the generated databases)")
    ap.add_argument("--rows", help=f"comma-separated rows to run (default all): {', '.join(ROWS)}")
    args = ap.parse_args(argv)
    args.rows = frozenset(r.strip() for r in (args.rows or ",".join(ROWS)).split(",") if r.strip())
    if not args.rows or args.rows - set(ROWS):
        ap.error(f"--rows takes some of {', '.join(ROWS)}, not {', '.join(sorted(args.rows - set(ROWS))) or 'nothing'}")
    sizes = args.sizes or ("1000,10000" if args.quick else "1000,10000,100000")
    try:
        args.sizes = sorted({int(s.replace("_", "")) for s in sizes.split(",") if s.strip()})
    except ValueError:
        ap.error(f"--sizes must be comma-separated whole numbers, not {sizes!r}")
    if not args.sizes or min(args.sizes) < 2 * BATCH_SIZE + 100:
        ap.error(f"every size must be at least {2 * BATCH_SIZE + 100} (the batch row needs {BATCH_SIZE} open claims)")
    args.runs = args.runs or (3 if args.quick else 9)
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if shutil.which("task") is None:
        sys.stderr.write("bench/run.py: taskwarrior ('task') is not installed, and the benchmark compares against it.\n"
                         "Install it first, e.g.:  sudo apt-get install taskwarrior   (then run this again)\n")
        return 2
    try:
        import claimtrack  # noqa: F401
        import orjson  # noqa: F401
        import tinydb  # noqa: F401
    except ImportError as e:
        sys.stderr.write(f"bench/run.py: run it with the Python that has claimtrack installed ({e})\n")
        return 2
    started = time.perf_counter()
    try:
        ct = find_claimtrack()
        if WORK.exists():
            shutil.rmtree(WORK)
        WORK.mkdir(parents=True)
        bytecode = prepare_bytecode(ct)
        meta = machine_info(ct)
        probe = WORK / "probe.json"
        write_claimtrack_db(probe, [])
        primable = prime_lock(probe)
        if args.no_prime:
            meta["lock_state"] = ("`--no-prime`: each copied database's lock file is left as copied, so claimtrack "
                                  "re-validates every line before a write (as after another program edited the file)")
        elif primable:
            meta["lock_state"] = ("after each copy, the database's lock file is set to say claimtrack wrote the file last "
                                  "(its state between two claimtrack commands), so a write skips re-validating "
                                  "unchanged lines; `--no-prime` measures the other case")
        else:
            meta["lock_state"] = "this claimtrack keeps no last-writer stamp in its lock file: nothing to prime"
        meta.update({"bytecode": bytecode, "runs": args.runs, "sizes": args.sizes, "quick": args.quick,
                     "rows": sorted(args.rows), "argv": sys.argv})
        naive_cli = OUT / "naive_cli.py"
        naive_cli.write_text(NAIVE_CLI)
        rows: list[dict] = []
        memory: list[dict] = []
        sizes_info: list[dict] = []

        # startup: a real command on an empty database vs `python -c "import typer"`
        empty = WORK / "empty.json"
        env = child_env()
        row = None
        if "startup" in args.rows:
            run_cmd([str(ct), "--db", str(empty), "init"], env, what="claimtrack init")
            log(f"startup ({args.runs} runs)")
            tools = [Tool("claimtrack", lambda: run_cmd([str(ct), "--db", str(empty), "list", "--json"], env)),
                     Tool("import typer", lambda: run_cmd([sys.executable, "-c", "import typer"], env))]
            measure(tools, args.runs)
            row = make_row("startup", None, tools, note="`claimtrack --db empty.json list --json` vs `python -c \"import typer\"`")
            row["versus"] = VERSUS["startup"]

        for n in args.sizes if args.rows - {"startup"} else ():
            bench = SizeBench(n, args.runs, ct, naive_cli, prime=not args.no_prime, rows=args.rows)
            bench.max_size = max(args.sizes)
            bench.build()
            bench.run_all()
            rows.extend(bench.rows)
            memory.extend(bench.memory)
            sizes_info.append(bench.info)
            if not args.keep_work:
                shutil.rmtree(bench.dir, ignore_errors=True)
        if row is not None:
            rows.append(row)
        meta["elapsed_seconds"] = round(time.perf_counter() - started, 1)
        meta["load_average_end"] = os.getloadavg() if hasattr(os, "getloadavg") else None
        table = report(meta, rows, memory, sizes_info)
        table += (f"\nTotal benchmark time: {meta['elapsed_seconds']:.0f} s; load average at the end "
                  f"{', '.join(f'{x:.2f}' for x in meta['load_average_end'] or [])}.\n")
        (OUT / "results.json").write_text(json.dumps({"meta": meta, "sizes": sizes_info, "rows": rows,
                                                       "memory": memory}, indent=2, ensure_ascii=False) + "\n")
        (OUT / "results.md").write_text(table, encoding="utf-8")
        sys.stdout.write(table)
        log(f"wrote {OUT / 'results.json'} and {OUT / 'results.md'}")
        return 0
    except BenchError as e:
        sys.stderr.write(f"bench/run.py: {e}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("bench/run.py: interrupted\n")
        return 130
    finally:
        if not args.keep_work and WORK.exists():
            shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
