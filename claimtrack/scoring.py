"""Score resolved claims: per-claimant hit rates with Wilson intervals, Brier scores and calibration bins.

This is the core the `stats` view draws from, so it returns plain dicts of full-precision floats (rounding
is the renderer's job) and imports only the standard library.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

STATUSES = ("open", "confirmed", "refuted", "partial", "void")
# What a resolved claim counts as when it is scored; open and void claims never are.
OUTCOMES = {"confirmed": 1.0, "refuted": 0.0, "partial": 0.5}
Z = 1.96  # two-sided 95%
BINS = 10


def wilson_interval(rate: float, n: int, z: float = Z) -> tuple[float, float]:
    """Wilson score interval; unlike rate ± z·se it stays inside 0..1 and is sensible for small n."""
    if n <= 0:
        raise ValueError("the Wilson interval needs at least one observation")
    z2 = z * z
    denom = 1.0 + z2 / n
    centre = (rate + z2 / (2 * n)) / denom
    half = z / denom * math.sqrt(max(0.0, rate * (1.0 - rate) / n + z2 / (4 * n * n)))
    # At a rate of 0 or 1 that end is exactly 0 or 1; rounding would leave it a hair off, or past it.
    low = 0.0 if rate <= 0.0 else max(0.0, centre - half)
    high = 1.0 if rate >= 1.0 else min(1.0, centre + half)
    return low, high


def bin_index(confidence: float) -> int:
    """Bin by the decimal the user typed, so 0.3 lands in 0.3–0.4 although 0.3 / 0.1 < 3 in binary."""
    k = int(Decimal(repr(float(confidence))) * BINS)
    return min(k, BINS - 1)  # 1.0 has no bin of its own


def _confidence(claim: Mapping[str, Any]) -> float | None:
    c = claim.get("confidence")
    if c is None:
        return None
    # A corrupt value would land in a wrong bin or poison every mean; refuse it rather than guess.
    if isinstance(c, bool) or not isinstance(c, (int, float)) or not 0.0 <= c <= 1.0:
        raise ValueError(f"confidence must be a number from 0 to 1 or None, not {c!r}")
    return float(c)


class _Tally:
    """Running counts for one row; sums are kept as lists so the final means can use fsum."""

    def __init__(self) -> None:
        self.counts = dict.fromkeys(STATUSES, 0)
        self.squared_errors: list[float] = []

    def add(self, status: str, confidence: float | None) -> None:
        self.counts[status] += 1
        if status in OUTCOMES and confidence is not None:
            self.squared_errors.append((confidence - OUTCOMES[status]) ** 2)

    def row(self, min_graded: int) -> dict[str, Any]:
        c = self.counts
        n = c["confirmed"] + c["refuted"] + c["partial"]
        row: dict[str, Any] = {"claims": sum(c.values())}
        row.update(c)
        if n:
            rate = (c["confirmed"] + 0.5 * c["partial"]) / n
            low, high = wilson_interval(rate, n)
        else:
            rate = low = high = None
        brier_n = len(self.squared_errors)
        row["hit_rate"] = rate
        row["hit_rate_low"] = low
        row["hit_rate_high"] = high
        row["brier"] = math.fsum(self.squared_errors) / brier_n if brier_n else None
        row["brier_n"] = brier_n
        row["graded"] = n >= min_graded
        return row


def score(claims: Iterable[Mapping[str, Any]], min_graded: int = 5) -> dict[str, Any]:
    """Score every claimant, everyone together, and the calibration of all stated confidences."""
    by_claimant: dict[str, _Tally] = {}
    overall = _Tally()
    bins: list[list[tuple[float, float]]] = [[] for _ in range(BINS)]
    for claim in claims:
        status = claim.get("status")
        if status not in STATUSES:
            raise ValueError(f"unknown claim status {status!r}; expected one of {', '.join(STATUSES)}")
        name = claim.get("claimant")
        if not isinstance(name, str):
            raise ValueError(f"claimant must be a string, not {name!r}")
        confidence = _confidence(claim)
        by_claimant.setdefault(name, _Tally()).add(status, confidence)
        overall.add(status, confidence)
        if status in OUTCOMES and confidence is not None:
            bins[bin_index(confidence)].append((confidence, OUTCOMES[status]))

    rows = []
    for name in sorted(by_claimant, key=lambda s: (s.casefold(), s)):
        rows.append({"claimant": name, **by_claimant[name].row(min_graded)})

    calibration = []
    for k, members in enumerate(bins):
        count = len(members)
        calibration.append(
            {
                "low": k / BINS,  # k/10 is the float nearest the decimal, so 0.3 and not 0.30000000000000004
                "high": (k + 1) / BINS,
                "count": count,
                "mean_confidence": math.fsum(c for c, _ in members) / count if count else None,
                "observed": math.fsum(o for _, o in members) / count if count else None,
            }
        )
    return {"claimants": rows, "overall": overall.row(min_graded), "calibration": calibration}
