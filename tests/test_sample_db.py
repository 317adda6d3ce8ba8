"""The sample database shipped in the repo: the analysts' claims from the seed articles, judged."""

from __future__ import annotations

import json
from pathlib import Path

from claimtrack.query import Filter, select
from claimtrack.store import Store

REPO = Path(__file__).resolve().parent.parent


def sample() -> list[dict]:
    with Store.open(REPO / "claims.json") as store:
        return store.all()


def test_sample_has_the_required_claimants_and_fields():
    claims = sample()
    assert len(claims) >= 8
    claimants = {c["claimant"] for c in claims}
    assert {"Harry Kazianis", "Lisa Collins", "Andrea Berger", "Jon Wolfsthal"} <= claimants
    for c in claims:
        assert c["said_on"] and c["due"] and c["quote"] and c["source"]["outlet"], c["id"]  # titles only where the article gives one
        if c["status"] != "open":
            assert c["resolution"]["on"] and c["resolution"]["note"], c["id"]
        if c["status"] == "void":
            assert c["resolution"]["note"] or c["notes"], c["id"]
        if c["status"] in ("confirmed", "refuted", "partial"):
            assert c["resolution"]["evidence"].startswith("https://"), c["id"]


def test_sample_verdicts_the_product_owner_gave():
    with Store.open(REPO / "claims.json") as store:
        kaz = select(store.claims, Filter(by="kazianis"))
        wolf = select(store.claims, Filter(by="wolfsthal"))
        bi = select(store.claims, Filter(search="two and a half months"))
    april = next(c for c in kaz if "break down in April" in c["quote"])
    assert april["said_on"] == "2018-01-10" and april["status"] == "refuted" and april["source"]["outlet"] == "CBC"
    assert april["resolution"]["on"] == "2018-04-27"
    icbm = next(c for c in kaz if "ICBM" in c["text"])
    assert icbm["status"] == "refuted"
    assert any(c["status"] == "confirmed" and "election" in c["text"] for c in wolf)
    assert bi and bi[0]["status"] == "confirmed"


def test_sample_quotes_are_verbatim_from_the_articles():
    seeds = REPO.parent / "shared" / "seeds"
    if not seeds.is_dir():
        import pytest

        pytest.skip("the seed articles are not beside this checkout")
    text = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in seeds.glob("*.txt"))
    for c in sample():
        assert " ".join(c["quote"].split()) in text, c["id"]


def test_sample_matches_its_source_file():
    """claims.json was built with `claimtrack import tests/data/sample_claims.jsonl`; they must not drift."""
    source = [json.loads(line) for line in (REPO / "tests" / "data" / "sample_claims.jsonl").read_text().splitlines() if line]
    claims = sample()
    assert [c["text"] for c in claims] == [s["text"] for s in source]
    assert [c["status"] for c in claims] == [s["status"] for s in source]
