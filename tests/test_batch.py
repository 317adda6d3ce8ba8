"""Batch files: all or nothing, errors that name the line, one undo step, harmless re-runs."""

from __future__ import annotations

import json


def lines(*ops: dict) -> str:
    return "".join(json.dumps(op) + "\n" for op in ops)


def seed(ct, n: int) -> None:
    ops = [{"op": "add", "text": f"claim {i}", "by": f"Analyst {i % 3}", "said": "2018-01-10"} for i in range(n)]
    r = ct("batch", "-", input=lines(*ops))
    assert r.exit_code == 0, r


def test_a_thousand_operations_apply_in_one_write(ct, db_path):
    seed(ct, 1000)
    ops = [{"op": "confirm", "id": i, "evidence": "https://example.org/e", "note": f"n{i}"} for i in range(1, 1001)]
    r = ct("batch", "-", "--json", input=lines(*ops))
    assert r.exit_code == 0, r
    summary = r.json()
    assert summary["operations"] == 1000 and summary["counts"]["confirm"] == 1000
    assert summary["changed"] == list(range(1, 1001)) and summary["unchanged"] == 0
    claims = ct("list", "--status", "confirmed", "--json").json()
    assert len(claims) == 1000 and claims[499]["resolution"]["note"] == "n500"
    # the whole batch is one transaction: one undo step reverts all thousand verdicts
    assert len({h["txn"] for h in ct("history", "1", "--json").json()}) == 2
    assert ct("undo").exit_code == 0
    assert ct("list", "--status", "confirmed", "--json").json() == []
    assert len(ct("list", "--json").json()) == 1000


def test_one_bad_line_in_a_thousand_writes_nothing_and_names_the_line(ct, db_path):
    seed(ct, 10)
    before = db_path.read_bytes()
    ops = [{"op": "confirm", "id": (i % 10) + 1} for i in range(1000)]
    ops[499] = {"op": "confirm", "id": 987654321}
    r = ct("batch", "-", input=lines(*ops))
    assert r.exit_code == 1
    assert r.stderr == "claimtrack: line 500: no claim with id 987654321\n"
    assert db_path.read_bytes() == before


def test_bad_lines_of_every_kind(ct, db_path, tmp_path):
    seed(ct, 2)
    before = db_path.read_bytes()
    cases = [
        ('{"op": "confirm", "id": 1}\n{"op": "confirm", "id": 1,\n', "line 2: invalid JSON"),
        ('[1, 2]\n', "line 1: expected a JSON object"),
        ('{"op": "explode", "id": 1}\n', "line 1: unknown op 'explode'"),
        ('{"op": "confirm"}\n', 'line 1: name the claim with "id" or "uuid"'),
        ('{"op": "confirm", "id": 1, "colour": "red"}\n', "line 1: unknown field 'colour' for confirm"),
        ('{"op": "edit", "id": 1, "colour": "red"}\n', "line 1: unknown field 'colour' for edit"),
        ('{"op": "add", "text": "x"}\n', "line 1: claimant must not be empty"),
        ('{"op": "add", "text": "x", "by": "Y", "due": "soon"}\n', "line 1: cannot read due date 'soon'"),
        ('{"op": "resolve", "id": 1}\n', 'line 1: resolve needs "status"'),
        ('{"op": "resolve", "id": 1, "status": "maybe"}\n', "line 1: bad verdict 'maybe'"),
        ('{"op": "confirm", "id": 1, "on": "2018-13-01"}\n', "line 1: bad resolution date '2018-13-01'"),
        ('{"op": "reopen", "id": 2}\n', "line 1: claim 2 is already open"),
        ('{"op": "delete", "uuid": "00000000-0000-4000-8000-000000000000"}\n', "line 1: no claim with uuid"),
        ('{"op": "delete", "id": 2}\n{"op": "confirm", "id": 2}\n', "line 2: no claim with id 2"),
    ]
    for text, message in cases:
        r = ct("batch", "-", input=text)
        assert r.exit_code == 1, (text, r)
        assert message in r.stderr, (text, r.stderr)
        assert r.stderr.count("\n") == 1
        assert db_path.read_bytes() == before


def test_later_lines_see_earlier_ones(ct):
    uuid = "6f1c8a2e-4b3d-4e5f-8a9b-0c1d2e3f4a5b"
    r = ct("batch", "-", "--json", input=lines(
        {"op": "add", "uuid": uuid, "text": "New claim", "by": "A", "said": "2018-01-01", "url": "https://example.org/a"},
        {"op": "edit", "uuid": uuid, "notes": "added by a batch"},
        {"op": "resolve", "uuid": uuid, "status": "partial", "note": "half", "on": "2018-06-01"},
    ))
    assert r.exit_code == 0, r
    assert r.json()["added"] == [1] and r.json()["changed"] == [1]
    claim = ct("show", uuid, "--json").json()
    assert claim["notes"] == "added by a batch" and claim["status"] == "partial"
    assert claim["source"]["url"] == "https://example.org/a"


def test_re_running_a_verdict_batch_is_harmless(ct, db_path):
    seed(ct, 3)
    batch = lines(*({"op": "refute", "id": i, "on": "2018-05-01"} for i in (1, 2, 3)))
    assert ct("batch", "-", input=batch).exit_code == 0
    after_first = db_path.read_bytes()
    r = ct("batch", "-", "--json", input=batch)
    assert r.json()["unchanged"] == 3 and r.json()["changed"] == []
    assert db_path.read_bytes() == after_first  # nothing changed, so nothing was written


def test_dry_run_reports_and_writes_nothing(ct, db_path):
    seed(ct, 3)
    before = db_path.read_bytes()
    r = ct("batch", "-", "--dry-run", input=lines({"op": "delete", "id": 1}, {"op": "confirm", "id": 2}))
    assert r.exit_code == 0
    assert "Would apply 2 operations" in r.stdout and "Dry run: nothing was written." in r.stdout
    assert db_path.read_bytes() == before


def test_batch_from_a_file_and_a_missing_file(ct, tmp_path, db_path):
    seed(ct, 1)
    f = tmp_path / "ops.jsonl"
    f.write_text(lines({"op": "confirm", "id": 1}))
    assert ct("batch", str(f)).exit_code == 0
    r = ct("batch", str(tmp_path / "nope.jsonl"))
    assert r.exit_code == 1 and "cannot read" in r.stderr


def test_blank_lines_are_ignored_and_line_numbers_count_them(ct):
    seed(ct, 1)
    r = ct("batch", "-", input='\n{"op": "confirm", "id": 1}\n\n{"op": "confirm", "id": 7}\n')
    assert r.exit_code == 1 and "line 4: no claim with id 7" in r.stderr


def test_add_and_edit_keep_the_words_a_due_date_or_confidence_was_read_from(ct, db_path):
    """What `claimtrack extract --batch` writes: the date with the article's phrase beside it, which only the
    article reader understands ('Oct. 9'), and a number with the words it came from."""
    r = ct("batch", "-", input=lines(
        {"op": "add", "text": "The vote passes", "by": "A", "said": "2019-09-01", "due": "2019-10-09",
         "due_text": "Oct. 9", "confidence": 0.6, "confidence_text": "a 60 per cent chance"},
        {"op": "add", "text": "Rates fall", "by": "B", "said": "2019-01-05", "due": "2019-04-30", "due_text": "early 2019"}))
    assert r.exit_code == 0, r
    claim = ct("show", "1", "--json").json()
    assert (claim["due"], claim["due_text"]) == ("2019-10-09", "Oct. 9")
    assert (claim["confidence"], claim["confidence_text"]) == (0.6, "a 60 per cent chance")
    r = ct("batch", "-", input=lines({"op": "edit", "id": 2, "due": "2019-05-31", "due_text": "by the end of May"}))
    assert r.exit_code == 0, r
    assert ct("show", "2", "--json").json()["due_text"] == "by the end of May"


def test_a_phrase_without_its_value_or_of_the_wrong_kind_is_bad_input_naming_the_line(ct, db_path):
    seed(ct, 1)
    before = db_path.read_bytes()
    for op in ({"op": "add", "text": "t", "by": "B", "due_text": "Oct. 9"},
               {"op": "add", "text": "t", "by": "B", "confidence_text": "likely"},
               {"op": "edit", "id": 1, "due_text": "Oct. 9"},
               {"op": "add", "text": "t", "by": "B", "due": "2030-01-01", "due_text": 5},
               {"op": "add", "text": "t", "by": "B", "confidence": 0.5, "confidence_text": ["x"]}):
        r = ct("batch", "-", input=lines({"op": "add", "text": "fine", "by": "C"}, op))
        assert r.exit_code == 1 and r.stderr.startswith("claimtrack: line 2: ") and r.stderr.count("\n") == 1, (op, r)
        assert db_path.read_bytes() == before


def test_edit_said_rereads_a_phrase_only_the_article_reader_understands(ct, db_path):
    r = ct("batch", "-", input=lines(
        {"op": "add", "text": "The vote passes", "by": "A", "said": "2019-09-01", "due": "2019-10-09", "due_text": "Oct. 9"},
        {"op": "add", "text": "Rates fall", "by": "B", "said": "2019-01-05", "due": "2019-04-30", "due_text": "early 2019"}))
    assert r.exit_code == 0, r
    assert ct("edit", "1", "--said", "2019-09-20").exit_code == 0
    assert (lambda c: (c["said_on"], c["due"], c["due_text"]))(ct("show", "1", "--json").json()) == \
        ("2019-09-20", "2019-10-09", "Oct. 9")
    assert ct("edit", "2", "--said", "2019-02-01").exit_code == 0
    assert ct("show", "2", "--json").json()["due"] == "2019-04-30"
    before = db_path.read_bytes()
    r = ct("edit", "2", "--said", "2019-09-01")  # early 2019 is over by then: neither reader gives a deadline
    assert r.exit_code == 1 and "early 2019" in r.stderr, r
    assert db_path.read_bytes() == before
