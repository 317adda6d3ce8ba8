"""A quality floor on the gold set (tests/data/extract/): the figures bench/extract_eval.py prints must not fall.

The real articles' texts are not in the repository (they belong to their publishers; each gold file names its
source), so the floors hold on the 272 articles that are: the seeds and the articles written for the set. They sit
below what was measured on those (0.893 precision, 0.949 recall, 0.923 claimant, 0.865 due, 0.975 confidence, 0.063
look-alikes, a deadline given to 0.385 of the forecasts that have none; with the real articles' texts the README
gives the whole set's figures),
so a change that loses a little on one article passes and one that breaks a rule for many fails. The set now holds
rounds the rules were tuned on and rounds only partly tuned on, so these are not the figures for unseen articles:
the README gives each held-out round's figures from before it was tuned on.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import re
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
GOLD = Path(__file__).resolve().parent / "data" / "extract"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def result():
    return _load("extract_eval").evaluate()


def test_no_real_article_text_is_shipped_and_each_names_its_source():
    sources = 0
    for path in GOLD.glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(gold, dict) and gold.get("set", "").startswith("heldout-real"):
            source = gold["source"]
            assert source["repository"].startswith("https://") and source["path"] and source["dataset"], path.name
            assert re.fullmatch("[0-9a-f]{64}", source["sha256"]), path.name
            assert not (GOLD / gold["article"]).exists(), f"{gold['article']} is a dataset's text: keep it out"
            sources += 1
    assert sources >= 300


def test_each_real_article_is_in_the_gold_set_once():
    # (the same text annotated twice, as two datasets can hold one page, would count twice in every figure)
    seen: dict[str, str] = {}
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(gold, dict) and gold.get("source", {}).get("sha256"):
            digest = gold["source"]["sha256"]
            assert digest not in seen, f"{path.name} has the text of {seen.get(digest)}"
            seen[digest] = path.name


def test_the_corpus_is_gathered_from_checkouts_by_path_and_checksum(tmp_path):
    gather = _load("extract_corpus").gather
    page = b"<html><body><p>Prices will rise by June, analysts said.</p></body></html>"
    checkout = tmp_path / "checkout"
    (checkout / "html").mkdir(parents=True)
    (checkout / "html" / "a.html.gz").write_bytes(gzip.compress(page))
    (checkout / "html" / "b.html").write_bytes(page + b"changed")
    golds = tmp_path / "gold"
    golds.mkdir()
    digest = hashlib.sha256(page).hexdigest()
    import io
    import tarfile

    with tarfile.open(checkout / "texts.tar.gz", "w:gz") as tar:
        info = tarfile.TarInfo("Corrected/d.txt")
        info.size = len(page)
        tar.addfile(info, io.BytesIO(page))
    for name, path, edited in (("a", "html/a.html.gz", None), ("b", "html/b.html", None), ("c", "x.txt", "yes"),
                               ("d", "texts.tar.gz!Corrected/d.txt", None)):
        source = {"path": path, "sha256": digest, **({"edited": edited} if edited else {})}
        (golds / f"{name}.json").write_text(json.dumps({"article": f"{name}.html.gz", "source": source}))
    corpus = tmp_path / "corpus"
    outcome = gather(corpus, [tmp_path / "elsewhere", checkout], golds)
    assert outcome == {"written": ["a.html.gz", "d.html.gz"], "present": [], "missing": ["b.html.gz"],
                       "edited": ["c.html.gz"]}
    assert gzip.decompress((corpus / "a.html.gz").read_bytes()) == page
    assert gather(corpus, [checkout], golds)["present"] == ["a.html.gz", "d.html.gz"]


def test_an_article_that_is_not_the_one_annotated_is_refused(tmp_path):
    module = _load("extract_eval")
    gold = json.loads((GOLD / "rates_quoted.json").read_text(encoding="utf-8"))
    gold.update(name="rates_quoted", path=GOLD / gold["article"], source={"sha256": "0" * 64})
    with pytest.raises(module.CorpusMismatch):
        module.run_article(gold)


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
    ("recall", 0.93), ("precision", 0.875), ("claimant", 0.905), ("due", 0.845), ("confidence", 0.96),
])
def test_overall_quality_floor(result, metric, floor):
    assert result["sets"]["all"][metric] >= floor, result["misses"]


def test_a_deadline_is_rarely_given_to_a_forecast_that_has_none(result):
    assert result["sets"]["all"]["due_extra"] <= 0.41


def test_look_alikes_are_rarely_proposed(result):
    assert result["sets"]["all"]["lookalikes"] <= 0.075
    assert result["lookalikes"]["rate"] <= 0.06, result["lookalikes"]["sentences"]
