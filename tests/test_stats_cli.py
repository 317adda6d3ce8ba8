"""`stats` through the CLI, checked against an independent computation on data it was not built for."""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUTCOME = {"confirmed": Fraction(1), "refuted": Fraction(0), "partial": Fraction(1, 2)}


def independent(claims):
    judged = [c for c in claims if c["status"] in OUTCOME]
    n = len(judged)
    hits = sum(OUTCOME[c["status"]] for c in judged)
    rate = float(hits / n) if n else None
    if n:
        p, z = float(hits / n), 1.96
        centre = (p + z * z / (2 * n)) / (1 + z * z / n)
        half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
        low, high = centre - half, centre + half
    else:
        low = high = None
    with_conf = [c for c in judged if c["confidence"] is not None]
    brier = (float(sum((Fraction(c["confidence"]) - OUTCOME[c["status"]]) ** 2 for c in with_conf) / len(with_conf))
             if with_conf else None)
    return rate, low, high, brier, len(with_conf)


def close(a, b):
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) <= 1e-9)


def check(ct, db_args):
    claims = ct(*db_args, "list", "--json").json()
    result = ct(*db_args, "stats", "--json", "--min-graded", "2").json()
    assert set(result) == {"claimants", "overall", "calibration"}
    rows = [(result["overall"], claims)] + [
        (row, [c for c in claims if c["claimant"] == row["claimant"]]) for row in result["claimants"]]
    for row, subset in rows:
        rate, low, high, brier, brier_n = independent(subset)
        assert row["claims"] == len(subset)
        for status in ("open", "confirmed", "refuted", "partial", "void"):
            assert row[status] == sum(c["status"] == status for c in subset)
        assert close(row["hit_rate"], rate) and close(row["hit_rate_low"], low) and close(row["hit_rate_high"], high)
        assert close(row["brier"], brier) and row["brier_n"] == brier_n
        assert row["graded"] == (row["confirmed"] + row["refuted"] + row["partial"] >= 2)
    bins = result["calibration"]
    assert len(bins) == 10
    for k, b in enumerate(bins):
        members = [c for c in claims if c["status"] in OUTCOME and c["confidence"] is not None
                   and (min(int(Fraction(repr(c["confidence"])) * 10), 9) == k)]
        assert b["count"] == len(members)
        if members:
            assert close(b["mean_confidence"], float(sum(Fraction(c["confidence"]) for c in members) / len(members)))
            assert close(b["observed"], float(sum(OUTCOME[c["status"]] for c in members) / len(members)))


def test_stats_of_the_sample_database_match_an_independent_computation(ct):
    check(ct, ["--db", str(REPO / "claims.json")])


def test_stats_of_an_imported_predictionbook_file_match(ct):
    assert ct("import", str(REPO / "tests" / "data" / "foreign" / "predictionbook_export.csv")).exit_code == 0
    assert ct("import", str(REPO / "tests" / "data" / "foreign" / "fatebook_export.csv")).exit_code == 0
    check(ct, [])


def test_stats_table_and_svg(ct, tmp_path):
    svg = tmp_path / "chart.svg"
    r = ct("--db", str(REPO / "claims.json"), "stats", "--svg", str(svg))
    assert r.exit_code == 0, r
    assert "Harry Kazianis" in r.stdout and "too few to grade" in r.stdout and "Overall" in r.stdout
    assert svg.read_text().startswith("<?xml") or "<svg" in svg.read_text()[:200]
    r = ct("--db", str(REPO / "claims.json"), "stats", "--by", "kazianis", "--json")
    assert [row["claimant"] for row in r.json()["claimants"]] == ["Harry Kazianis"]
