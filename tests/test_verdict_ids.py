"""Several ids at once: confirm, refute, resolve, reopen and delete on many claims are one change, all or nothing."""

from __future__ import annotations

import pytest


def seed(ct, n: int = 4) -> None:
    for i in range(1, n + 1):
        r = ct("add", f"Claim {i}", "--by", "A. Analyst", "--said", "2018-01-10", "--due", "2018-06-30")
        assert r.exit_code == 0, r


def statuses(ct) -> dict[int, str]:
    return {c["id"]: c["status"] for c in ct("list", "--json").json()}


def test_confirm_several_is_one_change_and_one_undo_step(ct):
    seed(ct)
    r = ct("confirm", "1", "3", "4", "--evidence", "https://example.org/report", "--on", "2018-07-01")
    assert r.exit_code == 0, r
    assert r.stdout == "Claims 1, 3, 4 are now confirmed\n"
    assert statuses(ct) == {1: "confirmed", 2: "open", 3: "confirmed", 4: "confirmed"}
    txns = {e["txn"] for i in (1, 3, 4) for e in ct("history", str(i), "--json").json() if e["action"] == "confirmed"}
    assert len(txns) == 1
    r = ct("undo")
    assert r.exit_code == 0 and "claims 1, 3, 4" in r.stdout
    assert set(statuses(ct).values()) == {"open"}


@pytest.mark.parametrize("args", [
    ["confirm", "1", "99", "2"],
    ["refute", "1", "99"],
    ["resolve", "1", "99", "void"],
    ["reopen", "99", "1"],
    ["delete", "1", "99", "--yes"],
])
def test_one_unknown_id_changes_nothing_and_names_itself(ct, db_path, args):
    seed(ct)
    ct("refute", "1")
    before = db_path.read_bytes()
    r = ct(*args)
    assert r.exit_code == 1, r
    assert r.stderr == "claimtrack: no claim with id 99\n" and r.stdout == ""
    assert db_path.read_bytes() == before


def test_a_bad_value_for_one_of_several_names_that_claim_and_changes_nothing(ct, db_path):
    seed(ct, 2)
    assert ct("add", "Later claim", "--by", "B", "--said", "2019-03-01").exit_code == 0
    before = db_path.read_bytes()
    r = ct("refute", "1", "3", "2", "--on", "2018-12-01")
    assert r.exit_code == 1
    assert r.stderr == ("claimtrack: claim 3: the verdict date 2018-12-01 is before the claim was made "
                        "(2019-03-01)\n")
    assert db_path.read_bytes() == before
    r = ct("reopen", "1", "2")  # both are open: the first one names itself
    assert r.exit_code == 1 and r.stderr == "claimtrack: claim 1: claim 1 is already open\n"
    assert db_path.read_bytes() == before


def test_resolve_takes_the_verdict_last_and_one_id_still_works(ct):
    seed(ct)
    assert ct("resolve", "4", "partial").exit_code == 0  # the form that always worked
    r = ct("resolve", "1", "2", "VOID", "--note", "too vague", "--json")
    assert r.exit_code == 0, r
    claims = r.json()
    assert [c["id"] for c in claims] == [1, 2] and {c["status"] for c in claims} == {"void"}
    assert {c["resolution"]["note"] for c in claims} == {"too vague"}
    for args in (["3"], ["void"]):
        r = ct("resolve", *args)
        assert r.exit_code == 2 and "give the claim ids, then the verdict" in r.stderr


def test_json_is_an_object_for_one_id_and_a_list_for_several(ct):
    seed(ct)
    assert isinstance(ct("confirm", "1", "--json").json(), dict)
    several = ct("refute", "2", "3", "--json").json()
    assert isinstance(several, list) and [c["status"] for c in several] == ["refuted", "refuted"]
    assert [c["id"] for c in ct("reopen", "2", "3", "--json").json()] == [2, 3]
    assert [c["id"] for c in ct("delete", "2", "3", "--yes", "--json").json()] == [2, 3]


def test_the_same_claim_twice_by_id_and_uuid_changes_once(ct):
    seed(ct, 2)
    uuid = ct("show", "2", "--json").json()["uuid"]
    r = ct("delete", "2", uuid, "1", "--yes")
    assert r.exit_code == 0, r
    assert r.stdout == "Deleted claims 2, 1 ('claimtrack undo' restores them)\n"
    assert statuses(ct) == {}
    assert ct("undo").exit_code == 0
    assert statuses(ct) == {1: "open", 2: "open"}


def test_delete_several_on_a_pipe_needs_yes_and_names_them(ct, db_path):
    seed(ct, 3)
    before = db_path.read_bytes()
    r = ct("delete", "1", "3")
    assert r.exit_code == 2
    assert r.stderr == ("claimtrack: not deleting 2 claims (1, 3) without --yes (stdin is not a terminal, so "
                        "claimtrack cannot ask)\n")
    assert db_path.read_bytes() == before


def test_long_summaries_are_shortened(ct):
    lines = "".join(f'{{"op": "add", "text": "c{i}", "claimant": "X", "said_on": "2018-01-01"}}\n' for i in range(45))
    assert ct("batch", "-", input=lines).exit_code == 0
    r = ct("confirm", *map(str, range(1, 46)))
    assert r.exit_code == 0
    assert r.stdout.startswith("Claims 1, 2, 3,") and r.stdout.endswith("29, 30 … (45 in all) are now confirmed\n")
    r = ct("undo")
    assert r.stdout.endswith("(claims 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, "
                             "23, 24, 25, 26, 27, 28, 29, 30 … (45 in all))\n")
    r = ct("undo")  # the batch of 45 adds
    assert "'batch'" in r.stdout and "… (45 in all)" in r.stdout
