"""Benchmark of the git merge driver: `claimtrack merge-driver BASE OURS THEIRS` on large databases.

For each size it builds a BASE of N claims (each with its `add` history entry, as the product writes them),
then OURS and THEIRS with 200 changes each made through the library (adds that collide on ids, edits, verdicts,
tag changes, deletes; some claims changed on both sides, so conflicts are settled too), and runs the installed
`claimtrack merge-driver` on them as git would, as a separate process. It reports the median wall time, the
child's peak RSS (from wait4) and that over the size of the largest input file, against the targets
(10k: <= 1 s, 100k: <= 5 s; memory <= 10x the file).

    .venv/bin/python bench/merge_bench.py                  # sizes 10000 and 100000, 5 runs each
    .venv/bin/python bench/merge_bench.py --sizes 10000 --runs 3

Run it with the Python of the install to measure: `claimtrack` is taken from the directory of sys.executable.
Exit status 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {10_000: 1.0, 100_000: 5.0}
MEMORY_RATIO = 10.0
CHANGES = 200


def build_base(path: Path, n: int, rng: random.Random) -> None:
    """N claims written as the storage writes them, one `add` history entry each."""
    from claimtrack.model import new_claim
    from claimtrack.storage import Database

    db = Database.load(path)
    claims, history = db.table("claims"), db.table("history")
    names = [f"Analyst {i}" for i in range(50)]
    for i in range(1, n + 1):
        when = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00Z"
        claim = new_claim({"text": f"Claim {i}: " + " ".join(rng.choice(("talks", "summit", "sanctions", "missile",
                                                                           "treaty", "collapse", "by April")) for _ in range(12)),
                           "claimant": rng.choice(names), "said_on": "2025-01-01", "due": "2027-01-01",
                           "confidence": rng.choice(("likely", "0.3", "90%")), "tags": ["korea", f"t{i % 7}"],
                           "source": {"url": f"https://example.org/{i}", "title": "A title", "outlet": "CBC"}},
                          claim_id=i, now=when)
        claims.put(i, claim)
        history.put(i, {"txn": i, "at": when, "claim": i, "uuid": claim["uuid"], "action": "add", "changes": {}})
    db.meta["next_id"] = n + 1
    db.meta["next_txn"] = n + 1
    db.save()


def change_side(path: Path, n: int, seed: int, shared: list[int], when: str) -> None:
    """200 changes through the library: 50 adds, 70 edits, 40 verdicts, 20 tag changes, 20 deletes."""
    os.environ["CLAIMTRACK_NOW"] = when
    rng = random.Random(seed)
    from claimtrack.store import Store

    with Store.open(path, write=True) as store:
        for k in range(50):
            store.add({"text": f"new claim {seed}-{k}", "claimant": "Someone", "said_on": "2025-06-01"})
        picks = shared + rng.sample(range(1, n + 1), 150 - len(shared))
        for k, claim_id in enumerate(picks):
            if claim_id not in store.claims:
                continue
            if k < 70:
                store.edit(claim_id, {"text": f"edited on side {seed}: claim {claim_id}"})
            elif k < 110:
                store.resolve(claim_id, rng.choice(("confirmed", "refuted", "partial")), on="2026-01-01")
            elif k < 130:
                store.edit(claim_id, {"tags": ["korea", f"side{seed}"]})
            else:
                store.delete(claim_id)


def run_driver(exe: list[str], base: Path, ours: Path, theirs: Path) -> tuple[float, float, int, int]:
    """(wall seconds, CPU seconds, peak RSS bytes, exit code) of one driver process."""
    start = time.perf_counter()
    proc = subprocess.Popen(exe + ["merge-driver", str(base), str(ours), str(theirs), "claims.json"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read() if proc.stderr else b""
    if proc.returncode != 0:
        sys.stderr.write(err.decode("utf-8", "replace"))
    rss = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return elapsed, usage.ru_utime + usage.ru_stime, rss, proc.returncode


def build(work: Path, n: int) -> None:
    """BASE, OURS and THEIRS for n claims in `work` (run in a child process: see `main`)."""
    rng = random.Random(n)
    base = work / f"base-{n}.json"
    t0 = time.perf_counter()
    build_base(base, n, rng)
    ours, theirs = work / f"ours-{n}.json", work / f"theirs-{n}.json"
    shutil.copy(base, ours)
    shutil.copy(base, theirs)
    shared = rng.sample(range(1, n + 1), 30)  # changed on both sides: conflicts to settle
    change_side(ours, n, 1, shared, "2026-03-01T10:00:00Z")
    change_side(theirs, n, 2, shared, "2026-03-01T11:00:00Z")
    print(f"built {n:,} claims ({base.stat().st_size / 2**20:.1f} MiB) in {time.perf_counter() - t0:.1f} s",
          file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--build", nargs=2, metavar=("DIR", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build(Path(args.build[0]), int(args.build[1]))
        return 0
    # This process never loads claimtrack or the data: a child's peak RSS (from wait4) counts the memory of
    # the process it was forked from, so that must stay smaller than any driver run.
    exe_path = Path(sys.executable).with_name("claimtrack")
    exe = [str(exe_path)] if exe_path.exists() else [sys.executable, "-m", "claimtrack"]
    rows, ok = [], True
    with tempfile.TemporaryDirectory(prefix="claimtrack-merge-bench-") as tmp:
        work = Path(tmp)
        for n in args.sizes:
            subprocess.run([sys.executable, __file__, "--build", str(work), str(n)], check=True)
            base, ours, theirs = (work / f"{name}-{n}.json" for name in ("base", "ours", "theirs"))
            size = max(p.stat().st_size for p in (base, ours, theirs))
            times, cpus, peaks = [], [], []
            for _ in range(args.runs):
                target = work / "ours-run.json"
                shutil.copy(ours, target)
                elapsed, cpu, rss, code = run_driver(exe, base, target, theirs)
                if code != 0:
                    print(f"the driver exited {code}", file=sys.stderr)
                    return 1
                times.append(elapsed)
                cpus.append(cpu)
                peaks.append(rss)
            median, peak = statistics.median(times), max(peaks)
            limit = TARGETS.get(n)
            time_ok = limit is None or median <= limit
            mem_ok = peak <= MEMORY_RATIO * size
            ok = ok and time_ok and mem_ok
            rows.append((n, median, min(times), statistics.median(cpus), limit, peak, size, time_ok, mem_ok))
        empty = work / "empty.json"
        empty.write_bytes(b"")
        target = work / "empty-run.json"
        target.write_bytes(b"")
        _, _, baseline, _ = run_driver(exe, empty, target, empty)
    print(f"claimtrack merge-driver, {CHANGES} changes a side, {args.runs} runs; Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs, load average at the end {os.getloadavg()[0]:.2f}")
    print("| claims | median | fastest | median CPU | target | ok | peak RSS | largest input | RSS/input | ok |")
    print("|---:|---:|---:|---:|---:|:-:|---:|---:|---:|:-:|")
    for n, median, fastest, cpu, limit, peak, size, time_ok, mem_ok in rows:
        print(f"| {n:,} | {median:.3f} s | {fastest:.3f} s | {cpu:.3f} s | {'≤ %g s' % limit if limit else ''} | "
              f"{'✓' if time_ok else '✗'} | {peak / 2**20:.1f} MiB | {size / 2**20:.1f} MiB | "
              f"{peak / size:.1f}× | {'✓' if mem_ok else '✗'} |")
    print(f"(peak RSS of the driver merging three empty files, the interpreter's own: {baseline / 2**20:.1f} MiB)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
