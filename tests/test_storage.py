"""The lazy storage against a plain model: whatever mix of reads and writes, the file says what a dict would."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.model import FIELDS
from claimtrack.storage import Database, file_stamp, locked

VALUES = st.one_of(st.none(), st.integers(-5, 5), st.text(max_size=12), st.lists(st.text(max_size=4), max_size=2))
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)


def claim(**fields) -> dict:
    """A whole stored claim (a claims table holds nothing else: a claim lacking fields is completed when read)."""
    doc = {name: None for name in FIELDS}
    doc.update(uuid="00000000-0000-4000-8000-000000000000", text="t", claimant="c", said_on="2020-01-01",
               status="open", tags=[], source={"url": None, "title": None, "outlet": None},
               created_at="2020-01-01T00:00:00Z", updated_at="2020-01-01T00:00:00Z")
    doc.update(fields)
    return doc


# claims that vary where the storage could go wrong: text with escapes and non-ASCII, extra keys, any value
DOCS = st.builds(lambda text, notes, tags, extra: claim(text=text if text.strip() else "t", notes=notes, tags=tags, **extra),
                 TEXT, st.none() | TEXT, st.lists(TEXT, max_size=2), st.dictionaries(st.sampled_from(["n", "x"]), VALUES))
OPS = st.lists(st.one_of(
    st.tuples(st.just("put"), st.integers(1, 30), DOCS),
    st.tuples(st.just("get"), st.integers(1, 30), st.none()),
    st.tuples(st.just("remove"), st.integers(1, 30), st.none()),
    st.tuples(st.just("scan"), st.sampled_from(["a", "b", "Z", "\\", "é"]), st.none()),
    st.tuples(st.just("undo-scan"), st.none(), st.none()),
), max_size=12)


def write(path, tables: dict[str, dict[int, dict]]) -> None:
    db = Database(path)
    for name, docs in tables.items():
        for i, doc in docs.items():
            db.table(name).put(i, doc)
    db.save()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(initial=st.dictionaries(st.integers(1, 25), DOCS, max_size=10), rounds=st.lists(OPS, min_size=1, max_size=3))
def test_any_reads_and_writes_leave_the_file_a_dict_would(tmp_path, initial, rounds):
    path = tmp_path / "db.json"
    if path.exists():
        path.unlink()
    expected = {i: dict(doc, id=i) for i, doc in initial.items()}  # a claim's body id is its line's
    write(path, {"claims": expected})
    for ops in rounds:  # each round is one command: load, work, save
        db = Database.load(path)
        table = db.table("claims")
        for op, arg, doc in ops:
            if op == "put":
                doc = dict(doc, id=arg)
                table.put(arg, doc)
                expected[arg] = doc
            elif op == "get":
                assert table.get(arg) == expected.get(arg)
                assert (arg in table) == (arg in expected)
            elif op == "remove":
                table.remove(arg)
                expected.pop(arg, None)
            elif op == "scan":
                found = dict(table.scan([[arg.lower()]]))
                must = {i for i, d in expected.items() if arg.lower() in json.dumps(d, ensure_ascii=False).lower()}
                assert must <= set(found)  # the needle pre-filter may only skip what cannot match
                assert all(found[i] == expected[i] for i in found)
            else:
                assert [i for i, _ in table.scan(reverse=True)] == sorted(expected, reverse=True)
        with locked(path) as lock:
            db.save(lock)
        on_disk = json.loads(path.read_text(encoding="utf-8"))
        assert on_disk["claims"] == {str(i): d for i, d in sorted(expected.items())}
        assert list(on_disk["claims"]) == [str(i) for i in sorted(expected)]
        # the lazily written file is byte for byte what a full re-encoding gives
        full = Database.load(path)
        for name in full.tables:
            full.table(name).validate()
        assert full.serialize() == path.read_bytes()


def test_replacing_the_last_line_of_a_block_unread_replaces_it(tmp_path):
    """A put on the block's highest id, never read first, patches that line (it once kept both lines)."""
    path = tmp_path / "db.json"
    write(path, {"claims": {1: claim(id=1, text="a"), 2: claim(id=2, text="b")}})
    db = Database.load(path)
    db.table("claims").put(2, claim(id=2, text="new"))
    db.save()
    assert [d["text"] for _, d in Database.load(path).table("claims").scan()] == ["a", "new"]
    assert path.read_bytes().count(b'"2": {') == 1


def test_the_stamp_skips_revalidation_only_for_the_file_we_wrote(tmp_path, monkeypatch):
    path = tmp_path / "db.json"
    write(path, {"claims": {1: claim(text="a")}})
    calls = []
    monkeypatch.setattr(Database, "validate", lambda self: calls.append(1))
    with locked(path) as lock:
        db = Database.load(path)
        db.save(lock)  # no stamp yet: validated
    with locked(path) as lock:
        db = Database.load(path)
        assert db.stamp == lock.last_written == file_stamp(path.stat())
        db.save(lock)  # the file this lock last wrote: not validated again
    path.write_bytes(path.read_bytes())  # touched by someone else: the stamp no longer matches
    with locked(path) as lock:
        Database.load(path).save(lock)
    assert calls == [1, 1]


def test_needles_that_span_lines_or_are_empty_terminate_and_find_everything(tmp_path):
    path = tmp_path / "db.json"
    write(path, {"claims": {1: claim(text="a\nb"), 2: claim(text="ab"), 3: claim(text="x")}})
    table = Database.load(path).table("claims")
    assert {1} <= {i for i, _ in table.scan([["\n"]])}
    table = Database.load(path).table("claims")
    assert [i for i, _ in table.scan([[""]])] == [1, 2, 3]
    table = Database.load(path).table("claims")
    assert [i for i, _ in table.scan([["b"], ['"x"']])] == [1]  # line 1 has an escape: always looked at


def test_the_two_characters_whose_lower_case_is_ascii_are_never_skipped(ct):
    # 'İ'.lower() holds an ASCII "i" and the Kelvin sign lower-cases to "k": a bytes search cannot see either
    for name in ("\u0130stanbul Analyst", "\u212aazianis", "Zoë Ascii-free", "Harry Kazianis"):
        assert ct("add", "x", "--by", name).exit_code == 0
    found = lambda by: [c["claimant"] for c in ct("list", "--by", by, "--json").json()]  # noqa: E731
    assert found("kazianis") == ["\u212aazianis", "Harry Kazianis"]
    assert found("i̇stanbul") == ["\u0130stanbul Analyst"]
    assert found("istanbul") == []  # 'İ'.lower() is 'i' + a combining dot, so plain "istanbul" does not match
    assert found("zoë") == ["Zoë Ascii-free"]


def test_atomic_write_names_what_it_left_unchanged_and_cleans_stale_temp_files_only_when_asked(tmp_path, monkeypatch):
    import errno
    import os

    import pytest

    from claimtrack import storage
    from claimtrack.errors import StorageError

    out = tmp_path / "report.html"
    out.write_bytes(b"old")
    stale = tmp_path / ".report.html.999.1.tmp"  # a killed writer's temp file
    stale.write_bytes(b"x")
    storage.atomic_write(out, b"new", what="report.html", clean_stale=False)
    assert out.read_bytes() == b"new" and stale.exists()  # not under the database lock: left alone

    def full(fd, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(storage.os, "write", full)
    with pytest.raises(StorageError, match=r"No space left on device; report\.html was left unchanged$"):
        storage.atomic_write(out, b"newer", what="report.html", clean_stale=False)
    with pytest.raises(StorageError, match=r"; the database was left unchanged$"):
        storage.atomic_write(out, b"newer")
    monkeypatch.undo()
    assert out.read_bytes() == b"new"
    assert not stale.exists()  # the default (the database, under its lock) removes it
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_value_json_cannot_hold_is_refused_and_the_file_is_untouched(tmp_path):
    import pytest

    from claimtrack.errors import InputError

    path = tmp_path / "claims.json"
    write(path, {"claims": {1: claim()}})
    before = path.read_bytes()
    db = Database(path)
    db.table("claims").put(2, claim(n=10**30))  # beyond the 64 bits orjson writes
    with pytest.raises(InputError, match="cannot be stored"):
        db.save()
    assert path.read_bytes() == before
