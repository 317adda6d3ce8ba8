#!/usr/bin/env python3
"""Time shell completion on a 10k-claim database, and check that ordinary commands do not pay for it.

    .venv/bin/python bench/completion_bench.py [--size 10000] [--runs 15]

Builds a database of `--size` claims with bench/run.py's generator, compiles claimtrack's bytecode (as an
install would), then times whole processes, alternating the cases run by run:

* completion requests as the shells send them (bash: COMP_WORDS/COMP_CWORD; zsh and fish:
  _TYPER_COMPLETE_ARGS): command names, option names, claim ids with their text, tags, claimants, statuses;
* `python -c "import typer"`, the floor every Typer program pays, and two ordinary commands, whose cost
  beside that floor shows what they pay (tests/test_startup.py checks that they never import the completion).

Prints a Markdown table of medians (wall clock, the fastest run, the median's ratio to the `import typer`
floor, and CPU time of the child; the CPU clock ticks in 10 ms) and checks the target: every completion at most 150 ms (median wall
clock). Exits 1 if a target is missed. On a busy machine every row slows down alike: the ratio to the floor
shows what completion itself costs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run as bench  # noqa: E402  (bench/run.py: the generator, the bytecode step, the child environment)

TARGET_MS = 150.0


def cases(exe: str) -> list[tuple[str, list[str], dict[str, str]]]:
    def bash(line: str, cword: int) -> dict[str, str]:
        return {"_CLAIMTRACK_COMPLETE": "complete_bash", "COMP_WORDS": line, "COMP_CWORD": str(cword)}

    def zsh(line: str) -> dict[str, str]:
        return {"_CLAIMTRACK_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": line}

    def fish(line: str) -> dict[str, str]:
        return {"_CLAIMTRACK_COMPLETE": "complete_fish", "_TYPER_COMPLETE_FISH_ACTION": "get-args",
                "_TYPER_COMPLETE_ARGS": line}

    return [
        ("bash: commands (`claimtrack <Tab>`)", [exe], bash("claimtrack ", 1)),
        ("bash: options (`list --<Tab>`)", [exe], bash("claimtrack list --", 2)),
        ("bash: every claim id (`confirm <Tab>`)", [exe], bash("claimtrack confirm ", 2)),
        ("zsh: every claim id with its text (`confirm <Tab>`)", [exe], zsh("claimtrack confirm ")),
        ("fish: ids starting 12, with text (`show 12<Tab>`)", [exe], fish("claimtrack show 12")),
        ("zsh: tags (`list --tag <Tab>`)", [exe], zsh("claimtrack list --tag ")),
        ("fish: claimants (`list --by <Tab>`)", [exe], fish("claimtrack list --by ")),
        ("bash: statuses (`list --status <Tab>`)", [exe], bash("claimtrack list --status ", 3)),
    ]


def time_one(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, child CPU seconds) of one process, output read from a pipe."""
    before = os.times()
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = os.times()
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {cmd} {proc.stderr.decode(errors='replace')[:300]}")
    if not proc.stdout:
        raise SystemExit(f"no output: {cmd} with {env}")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
    opts = parser.parse_args()

    exe = str(bench.find_claimtrack())
    note = bench.prepare_bytecode(Path(exe))
    work = Path(tempfile.mkdtemp(prefix="ct-completion-bench-"))
    db = work / "claims.json"
    empty = work / "empty.json"
    bench.write_claimtrack_db(db, bench.generate(opts.size))
    env = bench.child_env(CLAIMTRACK_DB=str(db))
    subprocess.run([exe, "--db", str(empty), "init"], env=env, check=True, capture_output=True)

    rows = [(label, cmd, dict(env, **extra), True) for label, cmd, extra in cases(exe)]
    rows += [
        ('floor: `python -c "import typer"`', [sys.executable, "-c", "import typer; print(1)"], env, False),
        ("ordinary command: `list --json` (empty db)", [exe, "--db", str(empty), "list", "--json"], env, False),
        ("ordinary command: `add` (10k db)", [exe, "add", "Bench claim", "--by", "Bench", "-q"], env, False),
    ]
    samples: dict[str, list[tuple[float, float]]] = {label: [] for label, *_ in rows}
    for label, cmd, run_env, _ in rows:  # warm-up: page cache, bytecode
        time_one(cmd, run_env)
    for _ in range(opts.runs):
        for label, cmd, run_env, _ in rows:
            samples[label].append(time_one(cmd, run_env))

    print(f"claimtrack completion, {opts.size:,} claims ({db.stat().st_size:,} bytes), {opts.runs} runs each, "
          f"load average {os.getloadavg()[0]:.2f}; {note}.\n")
    print("| case | median wall | fastest | × floor | median CPU | target | ok |")
    print("|---|---:|---:|---:|---:|---:|:-:|")
    ok = True
    floor = statistics.median(s[0] for s in samples[rows[len(cases(exe))][0]]) * 1000
    for label, _cmd, _env, targeted in rows:
        wall = statistics.median(s[0] for s in samples[label]) * 1000
        fastest = min(s[0] for s in samples[label]) * 1000
        cpu = statistics.median(s[1] for s in samples[label]) * 1000
        hit = wall <= TARGET_MS
        ok &= hit or not targeted
        print(f"| {label} | {wall:.1f} ms | {fastest:.1f} ms | {wall / floor:.2f} | {cpu:.0f} ms | "
              f"{'≤ 150 ms' if targeted else ''} | {('✓' if hit else '✗') if targeted else ''} |")
    for path in work.iterdir():
        path.unlink()
    work.rmdir()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
