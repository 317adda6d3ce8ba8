"""Issue 12's promises, one test per kind of input (the properties over each kind are in
test_hardening_properties.py), and the storage side of issue 9: files git merged as text, the undo barrier of a
merge, and a claim's history across renumbering."""

from __future__ import annotations

import json
import os
from pathlib import Path

import orjson
import pytest

from claimtrack import storage
from claimtrack.storage import Database, locked
from claimtrack.store import Store

PB_HEADER = ("id,created_at,creator_label,deadline,description_with_group,mean_confidence,outcome,withdrawn,"
             "last_judgement_at,updated_at\n")


def one_line(r) -> str:
    """The error of a failed command: exactly one line, never an internal error."""
    assert r.stderr.endswith("\n") and r.stderr.count("\n") == 1, r
    assert "internal error" not in r.stderr, r
    return r.stderr


def seed(ct, n: int = 3) -> None:
    for i in range(1, n + 1):
        r = ct("add", f"claim {i}", "--by", f"Analyst {i}", "--said", "2018-01-10")
        assert r.exit_code == 0, r


def refused(r, code: int, *words: str) -> None:
    assert r.exit_code == code, r
    line = one_line(r)
    for word in words:
        assert word in line, (word, line)


# -- symlinked databases -------------------------------------------------------------------------------------------
def test_a_symlinked_database_is_written_through_and_shares_one_lock(ct, tmp_path):
    real = tmp_path / "real" / "claims.json"
    work = tmp_path / "work" / "claims.json"  # the fixture's cwd holds work/
    real.parent.mkdir()
    assert ct("--db", str(real), "add", "first", "--by", "A").exit_code == 0
    work.symlink_to(Path("..") / "real" / "claims.json")  # relative, into another directory
    assert ct("--db", str(work), "add", "second", "--by", "B").exit_code == 0
    assert work.is_symlink() and os.readlink(work) == os.path.join("..", "real", "claims.json")
    texts = [c["text"] for c in orjson.loads(real.read_bytes())["claims"].values()]
    assert texts == ["first", "second"]
    assert not (tmp_path / "work" / "claims.json.lock").exists()  # the lock belongs to the real file
    assert [c["text"] for c in ct("--db", str(work), "list", "--json").json()] == ["first", "second"]


def test_the_lock_is_the_real_files_whichever_name_is_used(sh, tmp_path):
    real = tmp_path / "real.json"
    link = tmp_path / "link.json"
    assert sh("--db", str(real), "add", "first", "--by", "A").exit_code == 0
    link.symlink_to(real)
    before = real.read_bytes()
    with locked(real, timeout=1):
        r = sh("--db", str(link), "add", "blocked", "--by", "B", env={"CLAIMTRACK_LOCK_TIMEOUT": "0.3"})
    refused(r, 3, "locked")
    assert real.read_bytes() == before
    with locked(link, timeout=1):  # and the other way round
        r = sh("--db", str(real), "add", "blocked", "--by", "B", env={"CLAIMTRACK_LOCK_TIMEOUT": "0.3"})
    refused(r, 3, "locked")


def test_a_dangling_link_creates_its_target_and_stays_a_link(ct, tmp_path):
    link = tmp_path / "claims.json"
    target = tmp_path / "elsewhere" / "deeper" / "claims.json"
    link.symlink_to(target)
    assert ct("--db", str(link), "add", "first", "--by", "A").exit_code == 0
    assert link.is_symlink() and target.is_file()
    assert storage.real_path(link) == target.resolve()


# -- backups restore -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_predictionbook_claims_with_early_deadlines_restore_from_every_export(ct, tmp_path, fmt):
    pb = tmp_path / "pb.csv"
    pb.write_text(PB_HEADER
                  + "101,2018-01-10 18:30:00 UTC,Ann,2018-01-05 00:00:00 UTC,Deadline before it was made,70,,false,,\n"
                  + "102,2018-01-10 18:30:00 UTC,Ann,2018-06-05 00:00:00 UTC,Judged,60,true,false,2018-07-01 10:00:00 UTC,\n")
    assert ct("import", str(pb)).exit_code == 0
    original = ct("list", "--json").json()
    assert original[0]["due"] < original[0]["said_on"]
    backup = tmp_path / f"backup.{fmt}"
    assert ct("export", "--format", fmt, "-o", str(backup)).exit_code == 0
    fresh = tmp_path / "fresh.json"
    r = ct("--db", str(fresh), "import", str(backup), "--json")
    assert r.exit_code == 0, r
    strip = lambda claims: [{k: v for k, v in c.items() if k != "id"} for c in claims]  # noqa: E731
    assert strip(ct("--db", str(fresh), "list", "--json").json()) == strip(original)
    r = ct("import", str(backup), "--json")  # into the same database: nothing to do
    assert r.json()["counts"]["unchanged"] == 2 and r.json()["counts"]["added"] == 0


# -- idempotent imports --------------------------------------------------------------------------------------------
def test_a_partial_record_with_a_uuid_changes_only_what_it_names(ct, tmp_path):
    pb = tmp_path / "pb.csv"
    pb.write_text(PB_HEADER + "7,2018-01-10 18:30:00 UTC,Ann,2018-06-05 00:00:00 UTC,A prediction,70,,false,,\n")
    assert ct("import", str(pb)).exit_code == 0
    claim = ct("show", "1", "--json").json()
    partial = tmp_path / "partial.jsonl"
    partial.write_text(json.dumps({"uuid": claim["uuid"], "notes": "checked", "tags": ["korea"]}) + "\n")
    r = ct("import", str(partial), "--json")
    assert r.json()["counts"]["updated"] == 1
    after = ct("show", "1", "--json").json()
    assert after["foreign_id"] == "predictionbook:7" and after["notes"] == "checked" and after["tags"] == ["korea"]
    assert {k: after[k] for k in ("text", "claimant", "due", "confidence", "status")} == \
        {k: claim[k] for k in ("text", "claimant", "due", "confidence", "status")}
    r = ct("import", str(pb), "--json")  # the foreign file again: matched, nothing added
    assert r.json()["counts"]["added"] == 0 and len(ct("list", "--json").json()) == 1


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_records_without_a_uuid_are_added_once(ct, tmp_path, fmt):
    records = [{"text": "No uuid here", "claimant": "Bo", "said_on": "2019-01-01"},
               {"text": "Nor here", "claimant": "Bo", "said_on": "2019-01-02", "tags": ["x"]}]
    path = tmp_path / f"no-uuid.{fmt}"
    if fmt == "json":
        path.write_text(json.dumps(records))
    elif fmt == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in records))
    else:
        path.write_text("text,claimant,said_on\r\n" + "".join(f"{r['text']},{r['claimant']},{r['said_on']}\r\n" for r in records))
    first = ct("import", str(path), "--json").json()
    assert first["counts"]["added"] == 2
    again = ct("import", str(path), "--json").json()
    assert again["counts"]["added"] == 0 and again["counts"]["unchanged"] == 2
    # the identity is the natural key: the same record in another database gets the same uuid
    other = tmp_path / "other.json"
    assert ct("--db", str(other), "import", str(path)).exit_code == 0
    uuids = lambda *db: sorted(c["uuid"] for c in ct(*db, "list", "--json").json())  # noqa: E731
    assert uuids() == uuids("--db", str(other))


def test_reimporting_a_foreign_export_keeps_a_verdict_given_here_and_says_so(ct, tmp_path):
    pb = tmp_path / "pb.csv"
    pb.write_text(PB_HEADER + "7,2018-01-10 18:30:00 UTC,Ann,2018-06-05 00:00:00 UTC,Open there,70,,false,,\n"
                  + "8,2018-01-10 18:30:00 UTC,Ann,2018-06-05 00:00:00 UTC,Judged there later,70,,false,,\n")
    assert ct("import", str(pb)).exit_code == 0
    assert ct("confirm", "1", "--on", "2018-07-01").exit_code == 0
    # the source judges claim 2 meanwhile: that verdict comes in; claim 1's local verdict stays
    pb.write_text(PB_HEADER + "7,2018-01-10 18:30:00 UTC,Ann,2018-06-05 00:00:00 UTC,Open there,70,,false,,\n"
                  + "8,2018-01-10 18:30:00 UTC,Ann,2018-06-05 00:00:00 UTC,Judged there later,70,false,false,"
                    "2018-08-01 00:00:00 UTC,\n")
    r = ct("import", str(pb), "--json")
    assert r.exit_code == 0, r
    result = r.json()
    assert result["counts"]["kept"] == 1 and result["kept"][0]["id"] == 1
    assert "status" in result["kept"][0]["fields"] and result["updated"] == [2]
    assert ct("show", "1", "--json").json()["status"] == "confirmed"
    assert ct("show", "2", "--json").json()["status"] == "refuted"


# -- never exit 70: text that is not UTF-8 ---------------------------------------------------------------------------
BAD = "\udcff x"  # what Python makes of the bytes b"\xff x" in argv


@pytest.mark.parametrize("option", ["TEXT", "--by", "--due", "--confidence", "--tag", "--source", "--title",
                                    "--outlet", "--quote", "--criteria", "--notes", "--said"])
def test_arguments_that_are_not_utf8_in_any_claim_field_are_bad_input(ct, db_path, option):
    assert ct("add", "seed", "--by", "S").exit_code == 0
    before = db_path.read_bytes()
    args = ["add", "text", "--by", "B"]
    args = ["add", BAD, "--by", "B"] if option == "TEXT" else args + [option, BAD]
    refused(ct(*args), 1)
    assert db_path.read_bytes() == before
    refused(ct("edit", "1", *(["--text", BAD] if option == "TEXT" else [option, BAD])), 1)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("args", [["list", "--search", BAD], ["list", "--by", BAD], ["list", "--tag", BAD],
                                  ["export", "--search", BAD], ["stats", "--by", BAD], ["show", BAD],
                                  ["history", BAD], ["delete", BAD, "--yes"]])
def test_filters_and_ids_that_are_not_utf8_are_bad_input(ct, db_path, args):
    assert ct("add", "seed", "--by", "S").exit_code == 0
    before = db_path.read_bytes()
    refused(ct(*args), 1)
    assert db_path.read_bytes() == before


def test_argv_bytes_that_are_not_utf8_are_bad_input_in_a_real_process(sh, db_path):
    assert sh("add", "seed", "--by", "S").exit_code == 0
    before = db_path.read_bytes()
    for args in (["add", BAD, "--by", "B"], ["add", "x", "--by", BAD], ["list", "--search", BAD], ["show", BAD]):
        refused(sh(*args), 1)  # the fixture passes '\udcff' to the process as the byte 0xff
    assert db_path.read_bytes() == before


# -- ids are ASCII digits ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("digit", ["²", "٣", "３", "߃", "3²"])
def test_only_ascii_digits_are_ids(ct, db_path, digit):
    seed(ct, 3)
    before = db_path.read_bytes()
    for args in (["show", digit], ["history", digit], ["delete", digit, "--yes"], ["confirm", digit],
                 ["edit", digit, "--notes", "x"], ["reopen", digit]):
        refused(ct(*args), 1, "no claim")
    assert db_path.read_bytes() == before
    r = ct("batch", "-", input=json.dumps({"op": "add", "text": "t", "by": "B"}) + "\n"
           + json.dumps({"op": "edit", "id": digit, "notes": "x"}) + "\n")
    refused(r, 1, "line 2")
    assert db_path.read_bytes() == before
    assert ct("show", " 3 ", "--json").json()["id"] == 3  # ASCII digits with blanks still work


# -- batch fields of every JSON type ----------------------------------------------------------------------------------
@pytest.mark.parametrize("source", ["abc", None, [], 5, True, ["https://x.org"]])
@pytest.mark.parametrize("beside", [{}, {"url": "https://example.org/a"}, {"title": "T", "outlet": "O"}])
def test_a_batch_source_that_is_not_an_object_is_bad_input(ct, db_path, source, beside):
    seed(ct, 1)
    before = db_path.read_bytes()
    line = {"op": "add", "text": "t", "by": "B", "source": source, **beside}
    r = ct("batch", "-", input=json.dumps(line) + "\n")
    if source is None:  # no source, or just the shorthand: fine
        assert r.exit_code == 0, r
        assert ct("show", "2", "--json").json()["source"]["url"] == beside.get("url")
        return
    refused(r, 1, "line 1", "source")
    assert db_path.read_bytes() == before


def test_a_source_field_given_inside_and_beside_source_is_refused_and_both_merge_otherwise(ct, db_path):
    r = ct("batch", "-", input=json.dumps({"op": "add", "text": "t", "by": "B", "source": {"url": "https://a.org"},
                                           "url": "https://b.org"}) + "\n")
    refused(r, 1, "url")
    r = ct("batch", "-", input=json.dumps({"op": "add", "text": "t", "by": "B", "source": {"url": "https://a.org"},
                                           "title": "Title"}) + "\n")
    assert r.exit_code == 0, r
    assert ct("show", "1", "--json").json()["source"] == {"url": "https://a.org", "title": "Title", "outlet": None}


def test_batch_accepts_a_utf8_bom(ct):
    r = ct("batch", "-", input="\ufeff" + json.dumps({"op": "add", "text": "t", "by": "B"}) + "\n")
    assert r.exit_code == 0, r
    assert ct("show", "1", "--json").json()["text"] == "t"


# -- documents with fields missing -------------------------------------------------------------------------------------
VIEWS = [["list"], ["list", "--sort", "status"], ["list", "--json"], ["show", "1"], ["info"], ["stats"],
         ["export", "--format", "csv"], ["due"], ["history", "1"]]


def test_a_claim_inserted_through_claimstorage_with_few_fields_is_completed(ct, db_path):
    from tinydb import TinyDB

    db = TinyDB(db_path, storage=storage.ClaimStorage)
    db.table("claims").insert({"text": "t", "claimant": "Z", "said_on": "2020-01-01"})
    db.close()
    for args in VIEWS:
        r = ct(*args)
        assert r.exit_code == 0, (args, r)
    claim = ct("show", "1", "--json").json()
    assert (claim["status"], claim["tags"], claim["created_at"]) == ("open", [], "2020-01-01T00:00:00Z")
    assert ct("confirm", "1").exit_code == 0
    assert ct("show", "1", "--json").json()["uuid"] == claim["uuid"]


def test_claimstorage_refuses_a_claim_it_cannot_complete(db_path):
    from tinydb import TinyDB

    db = TinyDB(db_path, storage=storage.ClaimStorage)
    with pytest.raises(ValueError, match="claimant"):
        db.table("claims").insert({"text": "no claimant"})
    with pytest.raises(ValueError, match="status"):
        db.table("claims").insert({"text": "t", "claimant": "Z", "said_on": "2020-01-01", "status": "maybe"})
    assert not db_path.exists() or Database.load(db_path).table("claims").ids() == []


@pytest.mark.parametrize("doc, says", [
    ({"text": "only text"}, "claim 1 has no claimant"),
    ({"text": "t", "claimant": "Z"}, "claim 1 has no said_on"),
    ({"text": "t", "claimant": "Z", "said_on": "2020-01-01", "status": "maybe"}, 'status "maybe"'),
    ({"text": "t", "claimant": "Z", "said_on": "2020-01-01", "tags": "a"}, "tags"),
])
def test_an_older_file_with_a_claim_that_cannot_be_completed_is_refused(ct, db_path, doc, says):
    db_path.write_text(json.dumps({"claims": {"1": doc}}))
    before = db_path.read_bytes()
    for args in VIEWS + [["confirm", "1"], ["add", "x", "--by", "B"], ["undo"]]:
        refused(ct(*args), 3, says)
    assert db_path.read_bytes() == before


def test_an_older_file_whose_claims_lack_only_defaults_is_read(ct, db_path):
    db_path.write_text(json.dumps({"claims": {"1": {"text": "t", "claimant": "Z", "said_on": "2020-01-01"}}}))
    for args in VIEWS:
        assert ct(*args).exit_code == 0, args
    assert ct("confirm", "1").exit_code == 0
    stored = orjson.loads(db_path.read_bytes())["claims"]["1"]
    assert stored["status"] == "confirmed" and stored["source"] == {"url": None, "title": None, "outlet": None}


def test_history_entries_lacking_claim_uuid_or_changes_are_read(ct, db_path):
    seed(ct, 1)
    top = orjson.loads(db_path.read_bytes())
    top["history"]["2"] = {"txn": 2, "at": "2020-01-01T00:00:00Z", "action": "merge"}
    top["_meta"]["1"]["next_txn"] = 3
    db_path.write_text(json.dumps(top))
    assert ct("history", "1").exit_code == 0
    refused(ct("undo"), 1, "git merge")


# -- CLAIMTRACK_NOW and CLAIMTRACK_LOCK_TIMEOUT --------------------------------------------------------------------
@pytest.mark.parametrize("value", ["garbage", "2018-13-01", "2018-05-01T25:00:00Z", "٢٠١٨-٠٥-٠١", "tomorrow"])
def test_a_bad_claimtrack_now_is_bad_input_naming_it(ct, db_path, monkeypatch, value):
    seed(ct, 1)
    before = db_path.read_bytes()
    monkeypatch.setenv("CLAIMTRACK_NOW", value)
    for args in (["add", "x", "--by", "B"], ["list"], ["confirm", "1"], ["due"]):
        refused(ct(*args), 1, "CLAIMTRACK_NOW")
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("value, stamp, day", [
    ("2018-05-01", "2018-05-01T00:00:00Z", "2018-05-01"),
    ("2018-05-01T12:30:00Z", "2018-05-01T12:30:00Z", "2018-05-01"),
    ("2018-05-01T12:30", "2018-05-01T12:30:00Z", "2018-05-01"),
    ("2018-05-01T23:30:00-05:00", "2018-05-02T04:30:00Z", "2018-05-01"),
])
def test_claimtrack_now_is_stored_as_a_utc_timestamp(ct, monkeypatch, value, stamp, day):
    monkeypatch.setenv("CLAIMTRACK_NOW", value)
    claim = ct("add", "x", "--by", "B", "--json").json()
    assert (claim["created_at"], claim["said_on"]) == (stamp, day)


@pytest.mark.parametrize("value", ["nan", "-1", "-inf", "NaN", "soon"])
def test_a_lock_timeout_that_could_wait_forever_or_is_not_a_number_is_refused(sh, db_path, value):
    assert sh("add", "seed", "--by", "S").exit_code == 0
    before = db_path.read_bytes()
    refused(sh("add", "x", "--by", "B", env={"CLAIMTRACK_LOCK_TIMEOUT": value}), 3, "CLAIMTRACK_LOCK_TIMEOUT")
    assert db_path.read_bytes() == before


def test_an_infinite_lock_timeout_is_accepted(sh):
    assert sh("add", "x", "--by", "B", env={"CLAIMTRACK_LOCK_TIMEOUT": "inf"}).exit_code == 0
    assert storage.lock_timeout() == 5.0  # the fixture's


# -- a plain TinyDB file ------------------------------------------------------------------------------------------------
def test_a_plain_tinydb_file_is_read_as_claims_and_upgraded_on_the_first_write(ct, db_path):
    from tinydb import TinyDB

    db = TinyDB(db_path)  # TinyDB's own JSONStorage and its `_default` table
    db.insert({"text": "Plain one", "claimant": "Ann", "said_on": "2018-01-10"})
    db.insert({"text": "Plain two", "claimant": "Bob", "said_on": "2018-02-11", "status": "refuted"})
    db.close()
    before = db_path.read_bytes()
    assert [(c["id"], c["text"], c["status"]) for c in ct("list", "--json").json()] == \
        [(1, "Plain one", "open"), (2, "Plain two", "refuted")]
    assert db_path.read_bytes() == before
    assert ct("add", "New", "--by", "Cy", "--json").json()["id"] == 3
    top = orjson.loads(db_path.read_bytes())
    assert "_default" not in top and [c["text"] for c in top["claims"].values()] == ["Plain one", "Plain two", "New"]


def test_an_empty_tinydb_file_is_an_empty_database(ct, db_path):
    db_path.write_text('{"_default": {}}')
    assert ct("list", "--json").json() == []
    assert ct("add", "x", "--by", "B").exit_code == 0


def test_a_tinydb_file_with_documents_in_default_and_claims_is_refused(ct, db_path):
    db_path.write_text(json.dumps({"_default": {"1": {"text": "a", "claimant": "A", "said_on": "2020-01-01"}},
                                   "claims": {"1": {"text": "b", "claimant": "B", "said_on": "2020-01-01"}}}))
    refused(ct("list"), 3, "_default")


# -- undo of a large batch ------------------------------------------------------------------------------------------
def test_undo_of_a_large_batch_restores_the_file_and_names_every_claim(ct, db_path):
    seed(ct, 2)
    before = orjson.loads(db_path.read_bytes())["claims"]
    lines = "".join(json.dumps({"op": "add", "text": f"t{i}", "by": "B"}) + "\n" for i in range(3000))
    assert ct("batch", "-", input=lines).exit_code == 0
    r = ct("undo", "--json")
    assert r.exit_code == 0, r
    assert r.json()["claims"] == list(range(3, 3003))
    assert orjson.loads(db_path.read_bytes())["claims"] == before


# -- files git merged as text (issue 9) --------------------------------------------------------------------------------
def _lines(db_path: Path) -> list[bytes]:
    return db_path.read_bytes().split(b"\n")


def _conflicted(db_path: Path) -> bytes:
    lines = _lines(db_path)
    at = next(i for i, line in enumerate(lines) if line.startswith(b'"2": {"claimant"'))
    theirs = lines[at].replace(b"claim 2", b"claim 2 (theirs)")
    return b"\n".join(lines[:at] + [b"<<<<<<< HEAD", lines[at], b"=======", theirs, b">>>>>>> origin/main"]
                      + lines[at + 1:])


def _duplicated(db_path: Path) -> bytes:
    lines = _lines(db_path)
    at = next(i for i, line in enumerate(lines) if line.startswith(b'"3": {"claimant"'))
    twin = lines[at].replace(b"claim 3", b"claim 3 from the other clone")
    return b"\n".join(lines[:at + 1] + [twin.rstrip(b",") + (b"," if lines[at].endswith(b",") else b"")]
                      + lines[at + 1:])


def _out_of_order(db_path: Path) -> bytes:
    lines = _lines(db_path)
    i2 = next(i for i, line in enumerate(lines) if line.startswith(b'"2": {"claimant"'))
    lines[i2 - 1], lines[i2] = lines[i2].rstrip(b",") + b",", lines[i2 - 1]
    return b"\n".join(lines)


def _diff3(db_path: Path) -> bytes:
    lines = _lines(db_path)
    at = next(i for i, line in enumerate(lines) if line.startswith(b'"1": {"claimant"'))
    return b"\n".join(lines[:at] + [b"<<<<<<< ours", lines[at], b"||||||| base", lines[at], b"=======", lines[at],
                                    b">>>>>>> theirs"] + lines[at + 1:])


def _pretty_twice(db_path: Path) -> bytes:
    """A hand-indented file (read whole, not line by line) in which id 1 is a key twice in the claims table."""
    text = json.dumps(orjson.loads(db_path.read_bytes()), indent=2)
    return text.replace('    "2": {', '    "1": {', 1).encode()


@pytest.mark.parametrize("damage, says", [(_conflicted, "conflict marker"), (_diff3, "conflict marker"),
                                          (_duplicated, "two lines"), (_out_of_order, "comes after"),
                                          (_pretty_twice, "twice")])
def test_a_file_git_merged_as_text_is_refused_naming_git_resolve(ct, db_path, damage, says):
    seed(ct, 3)
    assert ct("confirm", "1").exit_code == 0
    db_path.write_bytes(damage(db_path))
    before = db_path.read_bytes()
    for args in (["list"], ["list", "--by", "Analyst 3"], ["show", "3"], ["add", "x", "--by", "B"], ["confirm", "2"],
                 ["undo"], ["history", "1"], ["info"]):
        refused(ct(*args), 3, "claimtrack git-resolve", says)
    assert db_path.read_bytes() == before


def test_a_conflict_in_the_history_or_meta_is_refused_too(ct, db_path):
    seed(ct, 2)
    data = db_path.read_bytes()
    meta_line = next(line for line in data.split(b"\n") if line.startswith(b'"1": {"app"'))
    db_path.write_bytes(data.replace(meta_line, b"<<<<<<< HEAD\n" + meta_line + b"\n=======\n" + meta_line
                                     + b"\n>>>>>>> theirs"))
    refused(ct("list"), 3, "git-resolve")


def test_a_file_claimtrack_wrote_itself_is_believed_without_the_scan(db_path, ct, monkeypatch):
    seed(ct, 2)
    calls = []
    original = Database._check_block
    monkeypatch.setattr(Database, "_check_block", lambda self, *a: calls.append(a[1]) or original(self, *a))
    assert ct("list").exit_code == 0
    assert calls == []  # the lock file's note says claimtrack wrote exactly this file
    db_path.write_bytes(db_path.read_bytes())  # another program rewrote it (same bytes): checked again
    assert ct("list").exit_code == 0
    assert calls == ["_meta", "claims", "history"]


# -- the undo barrier of a merge and history across renumbering (issue 9) ----------------------------------------------
def _merge_entry(store: Store, at: str = "2020-02-02T00:00:00Z") -> None:
    """What claimtrack's merge driver appends after everything it merged."""
    table = store.history_table
    txn = store.db.meta["next_txn"]
    store.db.meta["next_txn"] = txn + 1
    table.put(table.max_id() + 1, {"txn": txn, "at": at, "action": "merge", "claim": None, "uuid": None,
                                   "changes": {}, "via": "merge"})
    store.changed = True


def test_undo_never_steps_back_across_a_merge(ct, db_path):
    seed(ct, 2)
    with Store.open(db_path, write=True) as store:
        claim = store.claims.get(2)
        table = store.history_table
        txn = store.db.meta["next_txn"]
        for action in ("renumber", "conflict"):  # per-claim notes of the merge, before its barrier
            table.put(table.max_id() + 1, {"txn": txn, "at": "2020-02-02T00:00:00Z", "action": action,
                                           "claim": 2, "uuid": claim["uuid"], "changes": {}, "via": "merge"})
        _merge_entry(store)
    before = db_path.read_bytes()
    r = ct("undo")
    refused(r, 1, "cannot undo past the git merge of 2020-02-02T00:00:00Z", "git revert -m 1")
    assert db_path.read_bytes() == before
    assert ct("history", "2").exit_code == 0 and ct("history", "2", "--json").exit_code == 0
    assert ct("confirm", "1").exit_code == 0  # a change after the merge undoes normally...
    assert ct("undo").exit_code == 0
    assert ct("show", "1", "--json").json()["status"] == "open"
    refused(ct("undo"), 1, "git merge")  # ...and then the barrier again


def test_history_follows_a_claim_across_renumbering_and_after_a_delete(ct, db_path):
    seed(ct, 2)
    assert ct("edit", "2", "--notes", "noted while it was claim 2").exit_code == 0
    with Store.open(db_path, write=True) as store:  # what a merge does to a claim that lost its id
        claim = dict(store.claims.remove(2), id=7)
        store.claims.put(7, claim)
        store.db.meta["next_id"] = 8
        store._record(claim, "renumber", {"id": [2, 7]}, via="merge")
    history = ct("history", "7", "--json").json()
    assert [e["action"] for e in history] == ["add", "edit", "renumber"]
    assert [e["claim"] for e in history] == [2, 2, 7]
    assert ct("delete", "7", "--yes").exit_code == 0
    assert [e["action"] for e in ct("history", "7", "--json").json()] == ["add", "edit", "renumber", "delete"]
    assert [e["action"] for e in ct("history", "2", "--json").json()] == ["add", "edit", "renumber", "delete"]
