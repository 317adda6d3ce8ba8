"""A quality floor on the gold set (tests/data/extract/): the figures bench/extract_eval.py prints must not fall.

The floors sit below what was measured on the whole set of 581 articles (0.84 precision, 0.92 recall, 0.88
claimant, 0.84 due, 0.95 confidence, 0.11 look-alikes, a deadline given to 0.27 of the forecasts that have none;
see the README section "Reading claims out of articles"),
so a change that loses a little on one article passes and one that breaks a rule for many fails. The set now holds
rounds the rules were tuned on and rounds only partly tuned on, so these are not the figures for unseen articles:
the README gives each held-out round's figures from before it was tuned on.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "extract_eval.py"


@pytest.fixture(scope="module")
def result():
    spec = importlib.util.spec_from_file_location("extract_eval", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate()


def test_gold_set_has_the_seeds_and_enough_articles_of_our_own(result):
    names = set(result["articles"])
    assert {f"seed_00{i}" for i in range(5)} <= names
    assert len(names - {f"seed_00{i}" for i in range(5)}) >= 6
    assert result["sets"]["all"]["n"]["clear"] >= 300
    assert {"heldout-5", "heldout-6", "heldout-7", "heldout-8"} <= set(result["sets"])


@pytest.mark.parametrize("held_out", ["heldout-7", "heldout-8", "heldout-11"])
def test_the_latest_rounds_stay_above_the_targets_for_unseen_articles(result, held_out):
    # tuned on now, so well above the targets for unseen articles; a fall here means a rule they taught broke
    figures = result["sets"][held_out]
    assert figures["recall"] >= 0.9 and figures["precision"] >= 0.85, result["misses"]
    assert figures["claimant"] >= 0.9 and figures["due"] >= 0.8, result["misses"]


@pytest.mark.parametrize(("metric", "floor"), [
    ("recall", 0.90), ("precision", 0.83), ("claimant", 0.87), ("due", 0.82), ("confidence", 0.94),
])
def test_overall_quality_floor(result, metric, floor):
    assert result["sets"]["all"][metric] >= floor, result["misses"]


def test_a_deadline_is_rarely_given_to_a_forecast_that_has_none(result):
    assert result["sets"]["all"]["due_extra"] <= 0.30


def test_look_alikes_are_rarely_proposed(result):
    assert result["sets"]["all"]["lookalikes"] <= 0.12
    assert result["lookalikes"]["rate"] <= 0.06, result["lookalikes"]["sentences"]
