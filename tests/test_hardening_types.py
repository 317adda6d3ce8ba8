"""A file claimtrack did not write itself may hold a claim, or a history entry, with every field present but a
value of the wrong kind (hand-edited, or written by another program). Every command must then work or refuse the
file with exit 3 naming the claim and its line, never exit 70, and never rewrite it."""

from __future__ import annotations

import json
import timeit
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from claimtrack import model
from claimtrack.storage import Database

SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

COMMANDS = [["list"], ["list", "--sort", "said"], ["list", "--sort", "due"], ["list", "--sort", "confidence"],
            ["show", "1"]] + [["export", "-f", f] for f in ("json", "jsonl", "csv", "markdown", "claimreview", "ics")] \
    + [["stats", "--json"], ["report", "-o", "-"], ["history", "1"], ["info"], ["confirm", "1"],
       ["edit", "1", "--notes", "x"], ["undo"], ["due"]]

_BASE: dict[str, bytes] = {}


def baseline(ct, db_path: Path) -> bytes:
    """Two claims with every field set (claim 1 judged, claim 2 open and overdue), written by claimtrack."""
    if "db" not in _BASE:
        for n in (1, 2):
            r = ct("add", f"Claim {n} will happen", "--by", f"Analyst {n}", "--said", "2018-01-10", "--due", "2018-06-30",
                   "--confidence", "0.7", "--tag", "korea", "--tag", "talks", "--source", "https://example.org/a",
                   "--title", "A title", "--outlet", "Outlet", "--quote", "q", "--criteria", "c", "--notes", "n")
            assert r.exit_code == 0, r
        r = ct("confirm", "1", "--on", "2018-07-01", "--evidence", "https://example.org/e", "--note", "yes")
        assert r.exit_code == 0, r
        _BASE["db"] = db_path.read_bytes()
    return _BASE["db"]


def spoiled(ct, db_path: Path, table: str, doc_id: int, path: tuple[str, ...], value, layout: str = "lines") -> bytes:
    """The baseline with one value replaced, as another program would write it (the lock file's note no longer
    matches, so claimtrack checks what it reads)."""
    top = orjson.loads(baseline(ct, db_path))
    doc = top[table][str(doc_id)]
    for key in path[:-1]:
        doc = doc[key]
    doc[path[-1]] = value
    if layout == "whole":
        data = json.dumps(top, indent=1, ensure_ascii=False).encode()
    else:
        image = Database(db_path)
        for name, docs in top.items():
            for key, body in docs.items():
                image.table(name).put(int(key), body)
        image.meta = top["_meta"]["1"]
        data = image.serialize()
    db_path.write_bytes(data)
    return data


def run_all(ct, db_path: Path, data: bytes) -> set[int]:
    codes = set()
    for args in COMMANDS:
        db_path.write_bytes(data)  # every command meets the spoiled file (a write would make it claimtrack's own)
        r = ct(*args)
        assert r.exit_code in {0, 1, 3}, (args, r)
        assert "internal error" not in r.stderr, (args, r)
        if r.exit_code != 0:
            assert r.stderr.count("\n") == 1, (args, r)
            assert db_path.read_bytes() == data, (args, r)
        if r.exit_code == 3:
            assert "claim" in r.stderr or "history entry" in r.stderr, (args, r)
        codes.add(r.exit_code)
    return codes


def _kind(value) -> str:
    return "bool" if isinstance(value, bool) else "number" if isinstance(value, (int, float)) else type(value).__name__


SCALAR = st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.floats(allow_nan=False, allow_infinity=False) \
    | st.text(max_size=8) | st.sampled_from(["", " ", "open", "2019-01-01", "2019-02-30", "x\x00y", "javascript:alert(1)"])
JSON = st.recursive(SCALAR, lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=5), inner, max_size=2),
                    max_leaves=4)
CLAIM_PATHS = [(f,) for f in model.FIELDS] + [("source", k) for k in model.SOURCE_FIELDS] \
    + [("resolution", k) for k in model.RESOLUTION_FIELDS]
HISTORY_PATHS = [("txn",), ("at",), ("action",), ("claim",), ("uuid",), ("changes",), ("changes", "status"),
                 ("via",), ("changes", "resolution")]


@SETTINGS
@given(doc_id=st.sampled_from([1, 2]), path=st.sampled_from(CLAIM_PATHS), value=JSON,
       layout=st.sampled_from(["lines", "lines", "whole"]))
def test_a_claim_value_of_any_json_type_never_crashes_and_a_refusal_changes_nothing(ct, db_path, doc_id, path, value, layout):
    original = orjson.loads(baseline(ct, db_path))["claims"][str(doc_id)]
    for key in path:
        original = original.get(key) if isinstance(original, dict) else None
    if path[0] == "resolution" and doc_id == 2:
        path = ("resolution",)  # claim 2 is open: its resolution is null
    event(f"{_kind(original)} -> {_kind(value)}")
    data = spoiled(ct, db_path, "claims", doc_id, path, value, layout)
    codes = run_all(ct, db_path, data)
    event("refused" if 3 in codes else "read")


@SETTINGS
@given(path=st.sampled_from(HISTORY_PATHS), value=JSON, entry=st.sampled_from([1, 2, 3]))
def test_a_history_value_of_any_json_type_never_crashes_and_a_refusal_changes_nothing(ct, db_path, path, value, entry):
    top = orjson.loads(baseline(ct, db_path))
    target = top["history"][str(entry)]
    if path[0] == "changes" and len(path) > 1 and path[1] not in target["changes"]:
        path = ("changes",)
    data = spoiled(ct, db_path, "history", entry, path, value)
    codes = run_all(ct, db_path, data)
    event("refused" if 3 in codes else "read")


# -- one example of each kind, by hand -------------------------------------------------------------------------------
@pytest.mark.parametrize("path, value, says", [
    (("resolution",), 1.5, "resolution"),
    (("source",), 5, "source"),
    (("tags",), "x", "tags"),
    (("said_on",), 5, "said_on"),
    (("confidence",), "high", "confidence"),
    (("status",), "weird", "status"),
    (("id",), [], "id"),
    (("id",), 7, "id"),
    (("due",), 20190101, "due"),
    (("due",), "2019-02-30", "due"),
    (("text",), None, "text"),
    (("created_at",), "yesterday", "created_at"),
    (("uuid",), "not-a-uuid", "uuid"),
    (("source", "url"), ["https://example.org"], "url"),
    (("source", "color"), "red", "source"),
    (("resolution", "on"), None, "resolution"),
    (("notes",), {"a": 1}, "notes"),
    (("quote",), "a\x00b", "NUL"),
])
def test_a_wrong_value_in_a_hand_edited_file_is_refused_naming_claim_line_and_field(ct, db_path, path, value, says):
    data = spoiled(ct, db_path, "claims", 1, path, value)
    line = next(n for n, text in enumerate(data.split(b"\n"), 1) if text.startswith(b'"1": {"claimant"'))
    refused = []
    for args in COMMANDS:
        db_path.write_bytes(data)
        r = ct(*args)
        assert r.exit_code in (0, 3), (args, r)  # 0: the command never reads claim 1 (`due` reads open claims)
        assert db_path.read_bytes() == data
        if r.exit_code == 3:
            assert "claim 1" in r.stderr and f"line {line}:" in r.stderr and says in r.stderr, (args, r)
            refused.append(args[0])
    assert {"list", "show", "export", "stats", "report", "confirm", "edit", "undo"} <= set(refused), refused


def test_a_missing_value_is_still_filled_in_and_an_absent_body_id_is_fine(ct, db_path):
    data = spoiled(ct, db_path, "claims", 2, ("tags",), None)
    top = orjson.loads(data)
    del top["claims"]["2"]["id"]
    db_path.write_text(json.dumps(top))
    assert ct("list", "--json").json()[1]["tags"] == []
    assert ct("show", "2", "--json").json()["id"] == 2


@pytest.mark.parametrize("path, value", [
    (("changes",), [1]), (("changes", "status"), "confirmed"), (("txn",), "1"), (("claim",), "1"),
    (("uuid",), 5), (("via",), 3), (("before",), "x"),
])
def test_a_wrong_history_entry_is_refused_by_history_and_undo(ct, db_path, path, value):
    entry = 3 if path[0] != "before" else None
    if entry is None:  # a delete entry: its `before` is the claim undo would restore
        baseline(ct, db_path)
        db_path.write_bytes(_BASE["db"])
        assert ct("delete", "2", "--yes").exit_code == 0
        top = orjson.loads(db_path.read_bytes())
        entry = max(map(int, top["history"]))
        top["history"][str(entry)]["before"] = value
        db_path.write_text(json.dumps(top))
        data = db_path.read_bytes()
    else:
        data = spoiled(ct, db_path, "history", entry, path, value)
    claim = 1 if path[0] != "before" else 2
    for args in (["history", str(claim)], ["undo"]):
        db_path.write_bytes(data)
        r = ct(*args)
        if args[0] == "history" and path == ("uuid",):
            assert r.exit_code == 0, r  # history finds a claim's entries by its uuid: this one is no longer among them
            continue
        assert r.exit_code == 3 and f"history entry {entry}" in r.stderr, (args, r)
        assert db_path.read_bytes() == data


def test_a_deleted_claims_wrong_kept_state_is_refused_by_undo(ct, db_path):
    """`before` is a whole claim that undo puts back: it is checked like a claim."""
    baseline(ct, db_path)
    db_path.write_bytes(_BASE["db"])
    assert ct("delete", "2", "--yes").exit_code == 0
    top = orjson.loads(db_path.read_bytes())
    entry = max(map(int, top["history"]))
    top["history"][str(entry)]["before"]["tags"] = "x"
    db_path.write_text(json.dumps(top))
    data = db_path.read_bytes()
    r = ct("undo")
    assert r.exit_code == 3 and f"history entry {entry}" in r.stderr and "tags" in r.stderr, r
    assert db_path.read_bytes() == data


def test_completing_a_claim_is_a_pure_function_of_the_claim(monkeypatch):
    """The merge driver completes the claims of all three sides: nothing it fills may come from the clock or
    from chance, or two runs (two clones) would disagree."""
    import uuid

    def no(*a, **k):
        raise AssertionError("upgrade_claim must not read the clock or draw a random uuid")

    doc = {"text": "t", "claimant": "Z", "said_on": "2020-01-01"}
    monkeypatch.setattr(model, "now_utc", no)
    monkeypatch.setattr(model, "today", no)
    monkeypatch.setattr(uuid, "uuid4", no)
    first = model.upgrade_claim(doc, 7)
    monkeypatch.setenv("CLAIMTRACK_NOW", "2031-05-05T05:05:05Z")
    assert model.upgrade_claim(doc, 7) == first
    assert (first["created_at"], first["updated_at"], first["id"]) == ("2020-01-01T00:00:00Z",) * 2 + (7,)
    assert model.upgrade_claim({"text": "t"}, 7)["created_at"] == "1970-01-01T00:00:00Z"  # no day to go by
    assert model.stored_claim_problem(first, 7) is None
