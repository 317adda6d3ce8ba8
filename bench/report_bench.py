#!/usr/bin/env python3
"""Benchmark `claimtrack report` and `export --format ics` at 10k and 100k claims.

    .venv/bin/python bench/report_bench.py [--sizes 10000,100000] [--runs 7] [--no-browser] [--keep-work]

Builds each database with the claims of bench/run.py (the same generator, written through claimtrack's
storage), then times whole `claimtrack report` processes (wall clock, median of --runs) and measures the page's
size, the process's peak RSS, how many claims the page lists and what the command said on stderr. Targets
from issue 10: at 10k a report in <= 1.5 s and under 15 MB; at 100k the full scoreboard and chart, the claim
list limited to the documented number (10,000, newest first) and one line on stderr saying so. With Chromium
installed it also times a headless browser opening each page to a screenshot, against an almost empty page.

The table goes to stdout and to bench/out/report_results.md; every sample to bench/out/report_results.json.
Run it with the Python of the install to measure (the `claimtrack` next to `sys.executable` is used).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run as base  # noqa: E402  (bench/run.py: the claim generator and the process helpers)

OUT = HERE / "out"
WORK = OUT / "report-work"
AS_OF = "2026-06-30"  # fixed, so every run and size shows the same due lists
TIME_TARGET_10K = 1.5  # seconds
SIZE_TARGET_10K = 15 * 1000 * 1000  # bytes ("under 15 MB")
LISTED_LIMIT = 10_000  # claimtrack.report.DEFAULT_LIMIT; checked below


def rusage(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """(wall seconds, peak RSS in bytes) of one process, through bench/run.py's small launcher."""
    report = WORK / "rusage.txt"
    p = subprocess.run([sys.executable, "-c", base.RUSAGE_LAUNCHER, str(report), *cmd], env=env,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=base.PROCESS_TIMEOUT)
    if p.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{p.stderr.decode(errors='replace')[-2000:]}")
    kib, elapsed = report.read_text().split()
    report.unlink()
    return float(elapsed), int(kib) * 1024


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    p = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=base.PROCESS_TIMEOUT)
    elapsed = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(f"failed (exit {p.returncode}): {' '.join(cmd)}\n{p.stderr.decode(errors='replace')[-2000:]}")
    return elapsed, p


def browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


def browser_seconds(exe: str, page: Path, runs: int) -> float:
    """Median wall time of headless Chromium loading `page` and writing a 1280x900 screenshot."""
    samples = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as profile:
            cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                   "--disable-background-networking", "--disable-component-update", "--disable-sync",
                   f"--user-data-dir={profile}", f"--screenshot={WORK / 'shot.png'}", "--window-size=1280,900",
                   page.as_uri()]
            t0 = time.perf_counter()
            subprocess.run(cmd, capture_output=True, timeout=300, check=True)
            samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def fmt_s(x: float) -> str:
    return f"{x * 1000:.0f} ms" if x < 1 else f"{x:.2f} s"


def fmt_mb(n: int) -> str:
    return f"{n / 1e6:.2f} MB"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--no-browser", action="store_true", help="do not time Chromium opening the pages")
    ap.add_argument("--keep-work", action="store_true")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    from claimtrack.report import DEFAULT_LIMIT

    assert DEFAULT_LIMIT == LISTED_LIMIT, "update LISTED_LIMIT (and the README) with claimtrack.report.DEFAULT_LIMIT"
    exe = base.find_claimtrack()
    header = base.prepare_bytecode(exe)
    env = base.child_env()
    WORK.mkdir(parents=True, exist_ok=True)
    chromium = None if args.no_browser else browser()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    rows, samples = [], {}
    try:
        empty = WORK / "empty.json"
        base.write_claimtrack_db(empty, [])
        for n in sizes:
            db = WORK / f"claims-{n}.json"
            base.log(f"building {n:,} claims")
            base.write_claimtrack_db(db, base.generate(n))
            page = WORK / f"report-{n}.html"
            cmd = [str(exe), "--db", str(db), "report", "-o", str(page), "--as-of", AS_OF]
            timed(cmd, env)  # warm-up (page cache, bytecode)
            times = []
            for _ in range(args.runs):
                t, p = timed(cmd, env)
                times.append(t)
            stderr = p.stderr.decode()
            _, rss = rusage(cmd, env)
            html = page.read_text("utf-8")
            listed = len(re.findall(r'<article class="claim ', html))
            claimants = len(json.loads(timed([str(exe), "--db", str(db), "stats", "--json"], env)[1].stdout)["claimants"])
            board_rows = html.split("<table id=\"board\">")[1].split("<tbody>")[1].split("</tbody>")[0].count("<tr")
            limited_line = next((ln for ln in stderr.splitlines() if ln.startswith("The page lists the newest")), "")
            # icalendar takes about a millisecond per event, so above 10k one run (the table says so)
            ics_runs = args.runs if n <= 10_000 else 1
            ics_times, ics_bytes = [], 0
            for _ in range(ics_runs):
                t, p = timed([str(exe), "--db", str(db), "export", "-f", "ics"], env)
                ics_times.append(t)
                ics_bytes = len(p.stdout)
            ics_events = p.stdout.count(b"BEGIN:VEVENT")
            med = statistics.median(times)
            row = {"size": n, "report_median_s": med, "report_min_s": min(times), "page_bytes": page.stat().st_size,
                   "peak_rss_bytes": rss, "db_bytes": db.stat().st_size, "listed": listed, "claimants": claimants,
                   "scoreboard_rows": board_rows, "stderr_limit_line": limited_line,
                   "ics_median_s": statistics.median(ics_times), "ics_runs": ics_runs, "ics_bytes": ics_bytes,
                   "ics_events": ics_events}
            if chromium:
                base.log(f"timing Chromium on the {n:,}-claim page")
                row["browser_s"] = browser_seconds(chromium, page, 3)
            rows.append(row)
            samples[n] = {"report_s": times, "ics_s": ics_times}
        if chromium:
            tiny = WORK / "report-empty.html"
            timed([str(exe), "--db", str(empty), "report", "-o", str(tiny), "--as-of", AS_OF], env)
            baseline = browser_seconds(chromium, tiny, 3)
        else:
            baseline = None
    finally:
        if not args.keep_work:
            shutil.rmtree(WORK, ignore_errors=True)

    lines = [
        f"# claimtrack report benchmark, {dt.date.today().isoformat()}",
        "",
        f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs, load average at start "
        f"{load:.2f}; {header}. Whole processes, median of {args.runs} runs after one warm-up; `--as-of {AS_OF}`.",
        "",
        "| claims | report (median) | min | target | page size | target | peak RSS | database | listed | scoreboard rows / claimants | stderr | export -f ics | ics file | Chromium to screenshot |",
        "|---:|---:|---:|---|---:|---|---:|---:|---:|---:|---|---:|---:|---:|",
    ]
    ok = True
    for r in rows:
        n = r["size"]
        time_ok = size_ok = ""
        if n == 10_000:
            time_ok = "≤ 1.5 s " + ("✓" if r["report_median_s"] <= TIME_TARGET_10K else "✗")
            size_ok = "< 15 MB " + ("✓" if r["page_bytes"] < SIZE_TARGET_10K else "✗")
            ok &= r["report_median_s"] <= TIME_TARGET_10K and r["page_bytes"] < SIZE_TARGET_10K
        expected_listed = min(n, LISTED_LIMIT)
        listed_ok = r["listed"] == expected_listed and r["scoreboard_rows"] == r["claimants"]
        line_ok = bool(r["stderr_limit_line"]) == (n > LISTED_LIMIT)
        ok &= listed_ok and line_ok
        browser_cell = (f"{fmt_s(r['browser_s'])} (empty page {fmt_s(baseline)})" if "browser_s" in r else "—")
        lines.append(
            f"| {n:,} | {fmt_s(r['report_median_s'])} | {fmt_s(r['report_min_s'])} | {time_ok} | {fmt_mb(r['page_bytes'])} "
            f"| {size_ok} | {r['peak_rss_bytes'] / 2**20:.0f} MiB | {fmt_mb(r['db_bytes'])} | {r['listed']:,} "
            f"{'✓' if listed_ok else '✗'} | {r['scoreboard_rows']} / {r['claimants']} | "
            f"{'“' + r['stderr_limit_line'] + '”' if r['stderr_limit_line'] else 'none'} {'✓' if line_ok else '✗'} "
            f"| {fmt_s(r['ics_median_s'])}{'' if r['ics_runs'] > 1 else ' (1 run)'} | {r['ics_events']:,} events, "
            f"{fmt_mb(r['ics_bytes'])} | {browser_cell} |"
        )
    lines += ["", "All targets met." if ok else "SOME TARGETS MISSED."]
    text = "\n".join(lines) + "\n"
    OUT.mkdir(exist_ok=True)
    (OUT / "report_results.md").write_text(text)
    (OUT / "report_results.json").write_text(json.dumps({"rows": rows, "samples": samples, "browser_baseline_s": baseline},
                                                        indent=2))
    sys.stdout.write(text)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
