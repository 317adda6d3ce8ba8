"""The three-way merge of claims.json (claimtrack.merge): its rules, both ways round, without git."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from claimtrack.errors import CorruptDatabase
from claimtrack.merge import merge_files
from claimtrack.storage import Database
from claimtrack.store import Store


# -- helpers -----------------------------------------------------------------------------------------------------
class Clock:
    """CLAIMTRACK_NOW, moved on explicitly: each change happens at a known time."""

    def __init__(self, monkeypatch) -> None:
        self.mp = monkeypatch
        self.set(0)

    def set(self, second: int) -> None:
        self.mp.setenv("CLAIMTRACK_NOW", f"2026-12-01T10:{second // 60:02d}:{second % 60:02d}Z")


def add(path: Path, text: str, **fields) -> dict:
    with Store.open(path, write=True) as store:
        return store.add({"text": text, "claimant": fields.pop("by", "Analyst"), "said_on": "2026-01-01", **fields})


def change(path: Path, fn) -> None:
    with Store.open(path, write=True) as store:
        fn(store)


def claims(path: Path) -> dict[str, dict]:
    with Store.open(path) as store:
        return {c["uuid"]: c for c in store.all()}


def history(path: Path) -> list[dict]:
    with Store.open(path) as store:
        return [e for _, e in store.history_table.scan()]


def fork(tmp: Path, base: Path) -> tuple[Path, Path]:
    ours, theirs = tmp / "ours.json", tmp / "theirs.json"
    shutil.copy(base, ours)
    shutil.copy(base, theirs)
    return ours, theirs


def merge_both_ways(tmp: Path, base: Path, ours: Path, theirs: Path):
    """Merge theirs into ours and ours into theirs; both results must be byte-identical. Returns (path, summary)."""
    a, b = tmp / "a.json", tmp / "b.json"
    shutil.copy(ours, a)
    shutil.copy(theirs, b)
    summary = merge_files(base, a, theirs)
    other = merge_files(base, b, ours)
    assert a.read_bytes() == b.read_bytes(), "the merge depends on which side is ours"
    assert summary.renumbered == other.renumbered and summary.conflicts == other.conflicts
    Database.load(a).validate()
    return a, summary


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


@pytest.fixture
def base(tmp_path, clock):
    path = tmp_path / "base.json"
    add(path, "Talks collapse by April", by="Harry Kazianis", tags=["korea", "talks"])
    add(path, "Summit in Singapore", by="Someone Else")
    add(path, "Sanctions lifted by 2020", by="Third Person")
    return path


# -- claims and ids ----------------------------------------------------------------------------------------------
def test_adds_on_both_sides_are_kept_and_the_later_one_is_renumbered_above_every_id_ever_used(tmp_path, base, clock):
    ours, theirs = fork(tmp_path, base)
    change(ours, lambda s: s.delete(3))  # id 3 was used: it must never come back
    clock.set(5)
    mine = add(ours, "Added here first")
    clock.set(9)
    yours = add(theirs, "Added there later")
    assert mine["id"] == 4 and yours["id"] == 4
    merged, summary = merge_both_ways(tmp_path, base, ours, theirs)
    got = claims(merged)
    assert got[mine["uuid"]]["id"] == 4  # the earlier claim keeps the id
    assert got[yours["uuid"]]["id"] == 5
    assert summary.renumbered == [{"uuid": yours["uuid"], "text": "Added there later", "from": 4, "to": 5}]
    with Store.open(merged) as store:
        assert store.db.meta["next_id"] == 6
        entries = store.history(5)
    assert any(e["action"] == "renumber" and e["changes"] == {"id": [4, 5]} for e in entries)


def test_the_claim_that_held_the_id_in_base_keeps_it(tmp_path, base, clock):
    ours, theirs = fork(tmp_path, base)
    clock.set(1)
    early = add(ours, "made early, on ours")
    shutil.copy(ours, base)  # base now holds ours' claim 4
    shutil.copy(ours, theirs)
    # theirs deletes 4 and adds a new one with a TinyDB-style reused id, to collide with base's holder
    change(theirs, lambda s: s.delete(4))
    with Store.open(theirs, write=True) as store:
        store.db.meta["next_id"] = 4  # a program that reused the id (TinyDB does max+1)
        clock.set(0)
        late = store.add({"text": "older created_at, but id 4 was not its in base", "claimant": "X", "said_on": "2026-01-01"})
    assert late["id"] == 4
    clock.set(3)
    change(ours, lambda s: s.edit(4, {"notes": "edited, so the delete on theirs does not win"}))
    merged, summary = merge_both_ways(tmp_path, base, ours, theirs)
    got = claims(merged)
    assert got[early["uuid"]]["id"] == 4
    assert got[late["uuid"]]["id"] == 5
    assert [k["uuid"] for k in summary.kept] == [early["uuid"]]


def test_a_claim_with_different_ids_on_the_two_sides_keeps_the_higher(tmp_path, base, clock):
    ours, theirs = fork(tmp_path, base)
    clock.set(1)
    a = add(ours, "A on ours")
    clock.set(2)
    b = add(theirs, "B on theirs")
    first, _ = merge_both_ways(tmp_path, base, ours, theirs)
    assert claims(first)[b["uuid"]]["id"] == 5
    # ours' clone still has B nowhere; theirs' clone has B at 4: merging theirs again, after an edit there,
    # keeps B at 5 and A at 4
    clock.set(3)
    change(theirs, lambda s: s.edit(4, {"notes": "edited after the first merge"}))
    again = tmp_path / "again.json"
    shutil.copy(first, again)
    summary = merge_files(_copy(base, tmp_path / "b2.json"), again, theirs)
    got = claims(again)
    assert got[b["uuid"]]["id"] == 5 and got[b["uuid"]]["notes"] == "edited after the first merge"
    assert got[a["uuid"]]["id"] == 4
    assert summary.renumbered == []


def _copy(src: Path, dst: Path) -> Path:
    shutil.copy(src, dst)
    return dst


# -- fields ------------------------------------------------------------------------------------------------------
def test_fields_merge_claim_by_claim_the_later_change_wins_and_the_loser_is_in_history(tmp_path, base, clock):
    ours, theirs = fork(tmp_path, base)
    clock.set(10)
    change(ours, lambda s: (s.edit(1, {"text": "ours text"}), s.edit(2, {"notes": "only ours"}),
                            s.edit(3, {"criteria": "same"})))
    clock.set(20)
    change(theirs, lambda s: (s.edit(1, {"text": "theirs text (later)"}), s.edit(2, {"quote": "only theirs"}),
                              s.edit(3, {"criteria": "same"})))
    merged, summary = merge_both_ways(tmp_path, base, ours, theirs)
    with Store.open(merged) as store:
        one, two, three = store.get(1), store.get(2), store.get(3)
        h1 = store.history(1)
    assert one["text"] == "theirs text (later)"
    assert (two["notes"], two["quote"]) == ("only ours", "only theirs")
    assert three["criteria"] == "same"
    assert [(c["id"], c["field"], c["kept"], c["lost"]) for c in summary.conflicts] == \
        [(1, "text", "theirs text (later)", "ours text")]
    conflict = [e for e in h1 if e["action"] == "conflict"]
    assert conflict and conflict[0]["changes"] == {"text": ["ours text", "theirs text (later)"]}
    assert one["updated_at"] == "2026-12-01T10:00:20Z"


def test_same_time_conflicts_are_settled_by_a_fixed_order_the_same_both_ways(tmp_path, base, clock):
    ours, theirs = fork(tmp_path, base)
    clock.set(10)
    change(ours, lambda s: s.edit(1, {"text": "apple"}))
    change(theirs, lambda s: s.edit(1, {"text": "banana"}))
    merged, summary = merge_both_ways(tmp_path, base, ours, theirs)
    with Store.open(merged) as store:
        assert store.get(1)["text"] == "banana"  # the greater value: the same whichever side is ours
    assert summary.conflicts[0]["why"] == "same time; fixed order"


def test_tags_merge_as_sets(tmp_path, base, clock):
    ours, theirs = fork(tmp_path, base)
    clock.set(1)
    change(ours, lambda s: s.edit(1, {"tags": ["korea", "summit"]}))  # removes talks, adds summit
    clock.set(2)
    change(theirs, lambda s: s.edit(1, {"tags": ["korea", "talks", "nuclear"]}))  # adds nuclear
    merged, summary = merge_both_ways(tmp_path, base, ours, theirs)
    with Store.open(merged) as store:
        assert store.get(1)["tags"] == ["korea", "nuclear", "summit"]
    assert summary.conflicts == []


def test_a_verdict_is_one_field(tmp_path, base, clock):
    ours, theirs = fork(tmp_path, base)
    clock.set(1)
    change(ours, lambda s: s.resolve(1, "confirmed", on="2026-06-01", evidence="https://example.org/yes"))
    clock.set(2)
    change(theirs, lambda s: s.resolve(1, "refuted", on="2026-07-01", note="it did not happen"))
    merged, summary = merge_both_ways(tmp_path, base, ours, theirs)
    with Store.open(merged) as store:
        one = store.get(1)
        entries = store.history(1)
    assert one["status"] == "refuted"
    assert one["resolution"] == {"on": "2026-07-01", "evidence": None, "note": "it did not happen"}
    [c] = summary.conflicts
    assert c["field"] == "verdict" and c["lost"]["status"] == "confirmed"
    [e] = [e for e in entries if e["action"] == "conflict"]
    assert e["changes"]["status"] == ["confirmed", "refuted"]
    assert e["changes"]["resolution"][0]["evidence"] == "https://example.org/yes"


def test_a_verdict_on_one_side_and_an_edit_on_the_other_both_stay(tmp_path, base, clock):
    ours, theirs = fork(tmp_path, base)
    change(ours, lambda s: s.resolve(1, "confirmed"))
    change(theirs, lambda s: s.edit(1, {"notes": "a note"}))
    merged, summary = merge_both_ways(tmp_path, base, ours, theirs)
    with Store.open(merged) as store:
        one = store.get(1)
    assert (one["status"], one["notes"]) == ("confirmed", "a note")
    assert summary.conflicts == []


# -- deletes -----------------------------------------------------------------------------------------------------
def test_delete_against_edit_keeps_the_edited_claim_and_says_so(tmp_path, base, clock):
    ours, theirs = fork(tmp_path, base)
    gone = claims(base)
    change(ours, lambda s: (s.delete(1), s.delete(2)))
    clock.set(5)
    change(theirs, lambda s: s.edit(1, {"notes": "still relevant"}))
    merged, summary = merge_both_ways(tmp_path, base, ours, theirs)
    got = {c["id"]: c for c in claims(merged).values()}
    assert sorted(got) == [1, 3]  # 2 was untouched on theirs: deleted
    assert got[1]["notes"] == "still relevant"
    assert [(k["id"], k["text"]) for k in summary.kept] == [(1, "Talks collapse by April")]
    with Store.open(merged) as store:
        entries = store.history(1)
    assert any(e["action"] == "conflict" and e.get("restored") for e in entries)
    assert len(gone) == 3


# -- history -----------------------------------------------------------------------------------------------------
def test_every_history_entry_is_kept_once_and_ids_never_collide(tmp_path, base, clock):
    ours, theirs = fork(tmp_path, base)
    clock.set(1)
    add(ours, "one")
    clock.set(3)
    change(ours, lambda s: s.edit(1, {"notes": "n"}))
    clock.set(2)
    add(theirs, "two")
    merged, _ = merge_both_ways(tmp_path, base, ours, theirs)
    want = [json.dumps(e, sort_keys=True) for e in history(ours)] + \
        [json.dumps(e, sort_keys=True) for e in history(theirs)[len(history(base)):]]
    got = history(merged)
    plain = [json.dumps(e, sort_keys=True) for e in got if e.get("via") != "merge"]
    assert sorted(plain) == sorted(want)
    assert [e["action"] for e in got[-2:]] == ["renumber", "merge"]
    assert [e["at"][-3:-1] for e in got if e.get("via") != "merge"][3:] == ["01", "02", "03"]  # interleaved by time
    with Store.open(merged) as store:
        ids = store.history_table.ids()
    assert ids == list(range(1, len(got) + 1))


def test_merging_a_merged_result_again_changes_nothing(tmp_path, base, clock):
    ours, theirs = fork(tmp_path, base)
    clock.set(1)
    add(ours, "ours adds")
    change(ours, lambda s: (s.edit(1, {"text": "ours"}), s.delete(2)))
    clock.set(2)
    add(theirs, "theirs adds")
    change(theirs, lambda s: (s.edit(1, {"text": "theirs"}), s.edit(2, {"notes": "kept"}),
                              s.resolve(3, "void")))
    merged, summary = merge_both_ways(tmp_path, base, ours, theirs)
    assert summary.renumbered and summary.conflicts and summary.kept
    result = merged.read_bytes()
    for side in (ours, theirs):
        for first, second in ((merged, side), (side, merged)):
            again = _copy(first, tmp_path / "again.json")
            s = merge_files(base, again, second)
            assert again.read_bytes() == result
            assert s.changed == (first != merged)
            assert not (s.renumbered or s.conflicts or s.kept)  # nothing new was decided
    # a side merged with the result as base and nothing new: unchanged too
    again = _copy(merged, tmp_path / "again.json")
    assert not merge_files(merged, again, merged).changed


def test_a_cherry_picked_change_is_not_doubled(tmp_path, base, clock):
    ours, theirs = fork(tmp_path, base)
    clock.set(1)
    change(ours, lambda s: s.edit(1, {"notes": "picked"}))
    picked = _copy(ours, tmp_path / "picked.json")
    clock.set(2)
    add(ours, "later on ours")
    # theirs picks the first change (the same bytes: git cherry-pick merges base, theirs, picked)
    merge_files(base, theirs, picked)
    assert history(theirs) == history(picked)
    merged, summary = merge_both_ways(tmp_path, base, ours, theirs)
    notes = [e for e in history(merged) if e["changes"].get("notes")]
    assert len(notes) == 1
    assert not summary.merged_history  # everything theirs holds, ours holds too


def test_merge_entry_is_deterministic_and_undo_stops_there(tmp_path, base, clock):
    ours, theirs = fork(tmp_path, base)
    clock.set(1)
    add(ours, "o")
    clock.set(7)
    add(theirs, "t")
    merged, _ = merge_both_ways(tmp_path, base, ours, theirs)
    last = history(merged)[-1]
    assert last["action"] == "merge" and last["claim"] is None and last["uuid"] is None
    assert last["at"] == "2026-12-01T10:00:07Z"  # the latest time in the inputs, not the clock
    with Store.open(merged) as store:
        assert last["txn"] == store.db.meta["next_txn"] - 1


# -- inputs that are not claimtrack databases --------------------------------------------------------------------
@pytest.mark.parametrize("damage", ["markers", "twice", "garbage", "foreign", "newer"])
def test_an_input_that_is_not_a_claimtrack_database_is_refused_and_ours_is_untouched(tmp_path, base, clock, damage):
    ours, theirs = fork(tmp_path, base)
    add(theirs, "x")
    text = theirs.read_text()
    if damage == "markers":
        lines = text.splitlines(keepends=True)
        i = next(n for n, line in enumerate(lines) if line.startswith('"4"'))
        bad = "".join(lines[:i] + ["<<<<<<< HEAD\n", lines[i], "=======\n", lines[i], ">>>>>>> other\n"] + lines[i + 1:])
    elif damage == "twice":
        lines = text.splitlines(keepends=True)
        i = next(n for n, line in enumerate(lines) if line.startswith('"4"'))
        bad = "".join(lines[:i] + [lines[i].rstrip("\n") + ",\n", lines[i]] + lines[i + 1:])
    elif damage == "garbage":
        bad = "this is not json"
    elif damage == "foreign":
        bad = json.dumps({"tasks": {"1": {"description": "x"}}})
    else:
        bad = text.replace('"schema":1', '"schema":99')
    for target in ("theirs", "base"):
        victim = theirs if target == "theirs" else _copy(base, tmp_path / "bad_base.json")
        victim.write_text(bad)
        before = ours.read_bytes()
        with pytest.raises(CorruptDatabase):
            merge_files(victim if target == "base" else base, ours, victim if target == "theirs" else theirs)
        assert ours.read_bytes() == before
        if target == "theirs":
            theirs.write_text(text)
    assert not [p for p in tmp_path.iterdir() if "claimtrack-merge" in p.name]


def test_inputs_in_other_layouts_merge_too(tmp_path, base, clock):
    ours, theirs = fork(tmp_path, base)
    add(theirs, "added on theirs")
    pretty = json.loads(theirs.read_text())
    theirs.write_text(json.dumps(pretty, indent=4))
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")  # git gives an empty base when both sides added the file
    merged, summary = merge_both_ways(tmp_path, base, ours, theirs)
    assert len(claims(merged)) == 4
    merged2, _ = merge_both_ways(tmp_path, empty, ours, theirs)
    assert claims(merged2) == claims(merged)


# -- a property: random work on two clones -----------------------------------------------------------------------
OPS = st.lists(st.tuples(st.sampled_from(["ours", "theirs"]),
                         st.sampled_from(["add", "edit", "tag", "judge", "delete"]),
                         st.integers(0, 6), st.integers(0, 3)), max_size=14)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_random_work_on_two_clones_merges_the_same_either_way_and_loses_nothing(tmp_path_factory, ops, monkeypatch):
    tmp = tmp_path_factory.mktemp("prop")
    clock = Clock(monkeypatch)
    base = tmp / "base.json"
    for i in range(3):
        add(base, f"base claim {i}", tags=["t0"])
    ours, theirs = fork(tmp, base)
    side_path = {"ours": ours, "theirs": theirs}
    ever: set[str] = set(claims(base))
    touched: dict[str, set[str]] = {"ours": set(), "theirs": set()}
    deleted: dict[str, set[str]] = {"ours": set(), "theirs": set()}
    changed: dict[str, set[str]] = {"ours": set(), "theirs": set()}
    for step, (side, op, which, tick) in enumerate(ops):
        clock.set(step * 2 + tick % 2)  # sometimes the same second on both sides
        path = side_path[side]
        present = sorted(claims(path).values(), key=lambda c: c["id"])
        if op == "add" or not present:
            ever.add(add(path, f"{side} claim {step}")["uuid"])
            continue
        c = present[which % len(present)]
        if op != "delete":
            touched[side].add(c["uuid"])  # undone below if the change was a no-op
        if op == "edit":
            change(path, lambda s: s.edit(c["id"], {"text": f"{side} text {tick}"}))
        elif op == "tag":
            change(path, lambda s: s.edit(c["id"], {"tags": [f"t{tick}", "t0"] if tick % 2 else [f"t{tick}"]}))
        elif op == "judge":
            change(path, lambda s: s.resolve(c["id"], ["confirmed", "refuted", "partial", "void"][tick]))
        else:
            change(path, lambda s: s.delete(c["id"]))
            deleted[side].add(c["uuid"])
        if op != "delete" and claims(path)[c["uuid"]] == c:
            touched[side].discard(c["uuid"]) if c["uuid"] not in changed[side] else None
        elif op != "delete":
            changed[side].add(c["uuid"])
    merged, summary = merge_both_ways(tmp, base, ours, theirs)
    got = claims(merged)
    for key in ever:
        gone_ours = key in deleted["ours"] and key not in touched["theirs"]
        gone_theirs = key in deleted["theirs"] and key not in touched["ours"]
        both = key in deleted["ours"] and key in deleted["theirs"]
        if key in got:
            continue
        assert gone_ours or gone_theirs or both, f"claim {key} was lost"
    assert len({c["id"] for c in got.values()}) == len(got)
    entries = history(merged)
    for r in summary.renumbered:
        assert any(e["action"] == "renumber" and e["uuid"] == r["uuid"] and e["changes"] == {"id": [r["from"], r["to"]]}
                   for e in entries)
    for c in summary.conflicts:
        assert any(e["action"] == "conflict" and e["uuid"] == c["uuid"] for e in entries)
    for k in summary.kept:
        assert any(e["action"] == "conflict" and e["uuid"] == k["uuid"] and e.get("restored") for e in entries)
    again = _copy(merged, tmp / "again.json")
    merge_files(base, again, theirs)
    assert again.read_bytes() == merged.read_bytes()


def test_a_broken_line_all_three_inputs_share_is_never_merged_into_a_file_that_fails(tmp_path, base, clock):
    ours, theirs = fork(tmp_path, base)
    add(ours, "added on ours")
    add(theirs, "added on theirs")
    line = base.read_text().splitlines()[6]
    assert line.startswith('"2": {')
    for path in (base, ours, theirs):  # claim 2's line, broken the same way in every input: carried unparsed
        path.write_text(path.read_text().replace(line, '"2": {"text": not json},'))
    before = ours.read_bytes()
    with pytest.raises(CorruptDatabase, match="would not load.*line 7"):
        merge_files(base, ours, theirs)
    assert ours.read_bytes() == before


def test_the_driver_command_names_every_decision_and_shows_user_text_safely(tmp_path, base, clock, ct):
    ours, theirs = fork(tmp_path, base)
    clock.set(1)
    add(ours, "[bold]ours[/] adds \x1b[31m")
    change(ours, lambda s: s.edit(1, {"text": "ours' text"}))
    clock.set(2)
    add(theirs, "theirs adds")
    change(theirs, lambda s: (s.edit(1, {"text": "theirs' text"}), s.resolve(2, "void", on="2026-02-01")))
    clock.set(3)
    change(ours, lambda s: s.resolve(2, "confirmed", on="2026-03-01"))  # later than theirs' verdict
    before = ours.read_bytes()
    result = ct("merge-driver", base, ours, theirs, "desk/claims.json")
    assert result.exit_code == 0 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == "claimtrack: merged desk/claims.json: 3 decision(s) to know about"
    assert "  claim 1 text: kept \"theirs' text\"" not in lines  # values are quoted once, as text
    assert any(line.startswith("  claim 1 text: kept 'theirs' text' over 'ours' text' (changed later)") for line in lines)
    assert any("claim 2 verdict: kept 'confirmed on 2026-03-01' over 'void on 2026-02-01'" in line for line in lines)
    assert any("'[bold]ours[/] adds \\x1b[31m' renumbered 4 → 5" in line or "'theirs adds' renumbered 4 → 5" in line
               for line in lines)
    assert "\x1b" not in result.stderr
    assert ours.read_bytes() != before
    again = ct("merge-driver", base, ours, theirs, "--json")  # merging the result again: nothing to say
    assert again.exit_code == 0 and again.json()["changed"] is False and again.stderr == ""
