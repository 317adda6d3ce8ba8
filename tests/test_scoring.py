"""Scoring is the figure people get judged by, so it is checked against hand-worked numbers and a slow rewrite."""

from __future__ import annotations

import json
import math
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.scoring import score, wilson_interval

ROW_KEYS = [
    "claims", "open", "confirmed", "refuted", "partial", "void",
    "hit_rate", "hit_rate_low", "hit_rate_high", "brier", "brier_n", "graded",
]  # fmt: skip
BIN_KEYS = ["low", "high", "count", "mean_confidence", "observed"]
Z = 1.96


def claim(claimant: str, status: str, confidence: float | None = None) -> dict:
    return {"claimant": claimant, "status": status, "confidence": confidence, "text": "something"}


def wilson_reference(successes: float, n: int) -> tuple[float, float]:
    """The closed form (2np + z² ± z·√(z² + 4np(1−p))) / 2(n + z²), written independently of the module."""
    p = successes / n
    root = Z * math.sqrt(Z * Z + 4 * n * p * (1 - p))
    return (2 * n * p + Z * Z - root) / (2 * (n + Z * Z)), (2 * n * p + Z * Z + root) / (2 * (n + Z * Z))


# ---- shape ---------------------------------------------------------------------------------------------------


def test_shape_and_key_order():
    result = score([claim("ann", "confirmed", 0.9)])
    assert list(result) == ["claimants", "overall", "calibration"]
    assert list(result["claimants"][0]) == ["claimant", *ROW_KEYS]
    assert list(result["overall"]) == ROW_KEYS
    assert len(result["calibration"]) == 10
    assert all(list(b) == BIN_KEYS for b in result["calibration"])
    json.dumps(result)  # plain data, ready for --json


def test_empty_input():
    result = score([])
    assert result["claimants"] == []
    assert result["overall"] == {
        "claims": 0, "open": 0, "confirmed": 0, "refuted": 0, "partial": 0, "void": 0,
        "hit_rate": None, "hit_rate_low": None, "hit_rate_high": None,
        "brier": None, "brier_n": 0, "graded": False,
    }  # fmt: skip
    assert [b["count"] for b in result["calibration"]] == [0] * 10
    assert all(b["mean_confidence"] is None and b["observed"] is None for b in result["calibration"])


# ---- hand-worked ---------------------------------------------------------------------------------------------


def test_hand_worked_row():
    claims = [
        claim("ann", "confirmed", 0.8),  # (0.8 - 1)^2 = 0.04
        claim("ann", "refuted", 0.6),  # (0.6 - 0)^2 = 0.36
        claim("ann", "partial", 0.5),  # (0.5 - 0.5)^2 = 0
        claim("ann", "confirmed", None),  # hit rate only
        claim("ann", "open", 0.9),  # never scored
        claim("ann", "void", 0.2),  # never scored
    ]
    row = score(claims, min_graded=4)["claimants"][0]
    assert row["claimant"] == "ann"
    assert (row["claims"], row["open"], row["confirmed"], row["refuted"], row["partial"], row["void"]) == (
        6, 1, 2, 1, 1, 1,
    )  # fmt: skip
    assert row["hit_rate"] == 0.625  # (2 + 0.5) / 4
    assert row["brier"] == pytest.approx(0.4 / 3, abs=1e-15)  # (0.04 + 0.36 + 0) / 3
    assert row["brier_n"] == 3
    assert row["graded"] is True
    low, high = wilson_reference(2.5, 4)
    assert row["hit_rate_low"] == pytest.approx(low, abs=1e-12)
    assert row["hit_rate_high"] == pytest.approx(high, abs=1e-12)


def test_two_of_three_matches_published_wilson_interval():
    claims = [claim("bo", "confirmed"), claim("bo", "confirmed"), claim("bo", "refuted")]
    row = score(claims)["claimants"][0]
    assert row["hit_rate"] == 2 / 3
    # Textbook value for 2 successes in 3 trials at 95%: 0.2077 to 0.9385.
    assert row["hit_rate_low"] == pytest.approx(0.2077, abs=1e-4)
    assert row["hit_rate_high"] == pytest.approx(0.9385, abs=1e-4)
    assert row["brier"] is None and row["brier_n"] == 0


@pytest.mark.parametrize(
    ("successes", "n"), [(0, 1), (1, 1), (0, 10), (10, 10), (3, 7), (0.5, 1), (4.5, 9), (37, 120), (999, 1000)]
)
def test_wilson_interval_against_independent_formula(successes, n):
    low, high = wilson_interval(successes / n, n)
    ref_low, ref_high = wilson_reference(successes, n)
    assert low == pytest.approx(max(0.0, ref_low), abs=1e-12)
    assert high == pytest.approx(min(1.0, ref_high), abs=1e-12)
    assert 0.0 <= low <= successes / n <= high <= 1.0


def test_all_refuted_and_all_confirmed_stay_inside_zero_one():
    refuted = score([claim("a", "refuted", 0.9)] * 6)["overall"]
    confirmed = score([claim("a", "confirmed", 0.9)] * 6)["overall"]
    assert refuted["hit_rate"] == 0.0 and refuted["hit_rate_low"] == 0.0 and refuted["hit_rate_high"] < 1
    assert confirmed["hit_rate"] == 1.0 and confirmed["hit_rate_high"] == 1.0 and confirmed["hit_rate_low"] > 0
    assert refuted["brier"] == pytest.approx(0.81) and confirmed["brier"] == pytest.approx(0.01)


def test_overall_pools_everyone():
    claims = [
        claim("ann", "confirmed", 1.0),
        claim("ann", "refuted", 0.0),
        claim("bob", "partial", 1.0),
        claim("bob", "void", 1.0),
        claim("cy", "open"),
    ]
    result = score(claims, min_graded=3)
    overall = result["overall"]
    assert "claimant" not in overall
    assert (overall["claims"], overall["confirmed"], overall["refuted"], overall["partial"]) == (5, 1, 1, 1)
    assert (overall["open"], overall["void"]) == (1, 1)
    assert overall["hit_rate"] == 0.5  # (1 + 0.5) / 3
    assert overall["brier"] == pytest.approx(0.25 / 3)  # (0 + 0 + 0.25) / 3
    assert overall["graded"] is True
    assert [r["graded"] for r in result["claimants"]] == [False, False, False]
    cy = result["claimants"][2]
    assert cy["claimant"] == "cy" and cy["hit_rate"] is None and cy["hit_rate_low"] is None


def test_floats_are_not_rounded():
    row = score([claim("a", "confirmed", 0.1), claim("a", "refuted", 0.2), claim("a", "refuted", 0.4)])["overall"]
    assert row["hit_rate"] == 1 / 3
    assert row["brier"] == math.fsum([0.9**2, 0.2**2, 0.4**2]) / 3


# ---- what is and is not scored -------------------------------------------------------------------------------


def test_void_and_open_are_never_scored():
    claims = [claim("a", "open", 0.9), claim("a", "void", 0.1), claim("a", "open", None), claim("a", "void", 1.0)]
    result = score(claims, min_graded=0)
    row = result["claimants"][0]
    assert (row["claims"], row["open"], row["void"]) == (4, 2, 2)
    assert row["hit_rate"] is None and row["hit_rate_low"] is None and row["hit_rate_high"] is None
    assert row["brier"] is None and row["brier_n"] == 0
    assert all(b["count"] == 0 for b in result["calibration"])


def test_void_and_open_do_not_move_the_figures():
    scored = [claim("a", "confirmed", 0.7), claim("a", "refuted", 0.4), claim("a", "partial", 0.2)]
    noise = [claim("a", "open", 0.99), claim("a", "void", 0.01), claim("a", "void", None)]
    plain, noisy = score(scored), score(scored + noise)
    for key in ("hit_rate", "hit_rate_low", "hit_rate_high", "brier", "brier_n"):
        assert plain["overall"][key] == noisy["overall"][key]
    assert plain["calibration"] == noisy["calibration"]


def test_claims_without_confidence_count_for_hit_rate_not_brier():
    claims = [claim("a", "confirmed", None), claim("a", "refuted", None), claim("a", "confirmed", 0.75)]
    row = score(claims)["overall"]
    assert row["hit_rate"] == 2 / 3
    assert row["brier_n"] == 1
    assert row["brier"] == 0.0625
    assert sum(b["count"] for b in score(claims)["calibration"]) == 1


def test_min_graded_counts_only_resolved_claims():
    four = [claim("a", "confirmed"), claim("a", "refuted"), claim("a", "partial"), claim("a", "confirmed")]
    padding = [claim("a", "open"), claim("a", "void"), claim("a", "void")]
    assert score(four + padding)["claimants"][0]["graded"] is False  # default 5; 7 claims but 4 resolved
    assert score(four + padding, min_graded=4)["claimants"][0]["graded"] is True
    assert score(four, min_graded=5)["overall"]["graded"] is False
    assert score(four + [claim("b", "refuted")], min_graded=5)["overall"]["graded"] is True
    # A claimant still gets a rate while ungraded; only the display holds it back.
    assert score(four)["claimants"][0]["hit_rate"] == 0.625


# ---- calibration bins ----------------------------------------------------------------------------------------


def bin_of(confidence: float) -> int:
    bins = score([claim("a", "confirmed", confidence)])["calibration"]
    [k] = [k for k, b in enumerate(bins) if b["count"]]
    return k


@pytest.mark.parametrize(
    ("confidence", "expected"),
    [
        (0.0, 0),
        (0.3, 3),  # 0.3 / 0.1 == 2.9999999999999996 in binary
        (0.7, 7),  # 0.7 * 10 == 7.000000000000001, 0.7 / 0.1 == 6.999999999999999
        (1.0, 9),  # no bin of its own
        (0.1, 1),
        (0.6, 6),
        (0.9, 9),
        (0.29999999999999993, 2),
        (0.30000000000000004, 3),  # 0.1 + 0.2
        (0.6999999999999999, 6),
        (0.09999999999999999, 0),
        (0.99, 9),
        (5e-324, 0),
        (1, 9),
        (0, 0),
    ],
)
def test_bin_edges(confidence, expected):
    assert bin_of(confidence) == expected


def test_bin_bounds_are_exact_decimals():
    bins = score([])["calibration"]
    assert [repr(b["low"]) for b in bins] == ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9"]
    assert [repr(b["high"]) for b in bins] == ["0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0"]


def test_bin_means():
    claims = [
        claim("a", "confirmed", 0.3),
        claim("b", "refuted", 0.35),
        claim("a", "partial", 0.39),
        claim("a", "void", 0.31),
        claim("a", "open", 0.32),
        claim("c", "confirmed", 1.0),
        claim("c", "refuted", 0.95),
    ]
    bins = score(claims)["calibration"]
    assert bins[3]["count"] == 3
    assert bins[3]["mean_confidence"] == pytest.approx((0.3 + 0.35 + 0.39) / 3)
    assert bins[3]["observed"] == 0.5  # (1 + 0 + 0.5) / 3
    assert bins[9] == {"low": 0.9, "high": 1.0, "count": 2, "mean_confidence": 0.975, "observed": 0.5}
    assert bins[0] == {"low": 0.0, "high": 0.1, "count": 0, "mean_confidence": None, "observed": None}


# ---- ordering and input checks -------------------------------------------------------------------------------


def test_rows_sorted_case_insensitively_then_exactly():
    names = ["bob", "Alice", "alice", "Bob", "carl", "Ärger", "aaron"]
    result = score(claim(n, "open") for n in names)  # any iterable, even a generator
    assert [r["claimant"] for r in result["claimants"]] == ["aaron", "Alice", "alice", "Bob", "bob", "carl", "Ärger"]


def test_same_name_different_case_are_different_claimants():
    result = score([claim("Ann", "confirmed"), claim("ann", "refuted")])
    assert [(r["claimant"], r["claims"]) for r in result["claimants"]] == [("Ann", 1), ("ann", 1)]


@pytest.mark.parametrize(
    "bad",
    [
        {"claimant": "a", "status": "pending", "confidence": None},
        {"claimant": "a", "confidence": None},
        {"claimant": "a", "status": "confirmed", "confidence": 1.5},
        {"claimant": "a", "status": "confirmed", "confidence": -0.1},
        {"claimant": "a", "status": "confirmed", "confidence": float("nan")},
        {"claimant": "a", "status": "confirmed", "confidence": "0.5"},
        {"claimant": "a", "status": "confirmed", "confidence": True},
        {"claimant": None, "status": "confirmed", "confidence": 0.5},
    ],
)
def test_corrupt_claims_are_refused(bad):
    with pytest.raises(ValueError):
        score([bad])


# ---- against a slow, independent reimplementation ------------------------------------------------------------

OUTCOME = {"confirmed": Fraction(1), "refuted": Fraction(0), "partial": Fraction(1, 2)}


def slow_row(claims: list[dict], min_graded: int) -> dict:
    statuses = [c["status"] for c in claims]
    resolved = [c for c in claims if c["status"] in OUTCOME]
    with_conf = [c for c in resolved if c["confidence"] is not None]
    row = {"claims": len(claims)}
    for s in ("open", "confirmed", "refuted", "partial", "void"):
        row[s] = statuses.count(s)
    if resolved:
        successes = sum((OUTCOME[c["status"]] for c in resolved), Fraction(0))
        low, high = wilson_reference(float(successes), len(resolved))
        row.update(
            hit_rate=float(successes / len(resolved)), hit_rate_low=max(0.0, low), hit_rate_high=min(1.0, high)
        )
    else:
        row.update(hit_rate=None, hit_rate_low=None, hit_rate_high=None)
    if with_conf:
        total = sum((Fraction(c["confidence"]) - OUTCOME[c["status"]]) ** 2 for c in with_conf)
        row["brier"] = float(total / len(with_conf))
    else:
        row["brier"] = None
    row["brier_n"] = len(with_conf)
    row["graded"] = len(resolved) >= min_graded
    return row


def slow_score(claims: list[dict], min_graded: int) -> dict:
    names = sorted({c["claimant"] for c in claims}, key=lambda s: (s.lower(), s))
    rows = [{"claimant": n, **slow_row([c for c in claims if c["claimant"] == n], min_graded)} for n in names]
    bins = []
    for k in range(10):
        # Fraction(repr(x)) is the decimal as printed: a different route to the same exact bin edges.
        members = [
            c
            for c in claims
            if c["status"] in OUTCOME
            and c["confidence"] is not None
            and (
                Fraction(k, 10) <= Fraction(repr(c["confidence"])) < Fraction(k + 1, 10)
                or (k == 9 and c["confidence"] == 1)
            )
        ]
        n = len(members)
        bins.append(
            {
                "low": float(Fraction(k, 10)),
                "high": float(Fraction(k + 1, 10)),
                "count": n,
                "mean_confidence": float(sum(Fraction(c["confidence"]) for c in members) / n) if n else None,
                "observed": float(sum(OUTCOME[c["status"]] for c in members) / n) if n else None,
            }
        )
    return {"claimants": rows, "overall": slow_row(claims, min_graded), "calibration": bins}


def assert_close(actual, expected, path="result"):
    if isinstance(expected, dict):
        assert list(actual) == list(expected), path
        for key in expected:
            assert_close(actual[key], expected[key], f"{path}.{key}")
    elif isinstance(expected, list):
        assert len(actual) == len(expected), path
        for i, (a, e) in enumerate(zip(actual, expected)):
            assert_close(a, e, f"{path}[{i}]")
    elif isinstance(expected, float):
        assert isinstance(actual, float), path
        assert math.isclose(actual, expected, rel_tol=1e-9, abs_tol=1e-9), (path, actual, expected)
    else:
        assert type(actual) is type(expected) and actual == expected, (path, actual, expected)


confidences = st.one_of(
    st.none(),
    st.sampled_from([0.0, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 1.0, 0.30000000000000004, 0.6999999999999999]),
    st.floats(min_value=0.0, max_value=1.0, allow_nan=False),
)
claims_strategy = st.lists(
    st.builds(
        claim,
        st.sampled_from(["ann", "Ann", "bob", "Zoë", "[b]x[/]"]),
        st.sampled_from(["open", "confirmed", "refuted", "partial", "void"]),
        confidences,
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(claims_strategy, st.integers(min_value=0, max_value=8))
def test_matches_slow_reimplementation(claims, min_graded):
    assert_close(score(claims, min_graded=min_graded), slow_score(claims, min_graded))
