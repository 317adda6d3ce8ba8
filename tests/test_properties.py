"""Property-based tests: whatever a user types, claimtrack never crashes, bad input never changes the file,
and anything it accepts survives export and import unchanged."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.errors import ClaimtrackError

# Any text a user could type, including markup, control characters and every script (NUL is refused on input).
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=0, max_size=40)
DATES = st.one_of(st.dates().map(lambda d: d.isoformat()), TEXT)
CONFIDENCES = st.one_of(st.floats(allow_nan=True, allow_infinity=True).map(repr), st.integers(-5, 200).map(str),
                        st.sampled_from(["likely", "even", "70%", "101%", "-0.1", "1.2", "certain", "very very maybe"]),
                        TEXT)
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _fresh(db_path):
    if db_path.exists():
        db_path.unlink()


@SETTINGS
@given(text=TEXT, by=TEXT, said=DATES, due=st.one_of(DATES, TEXT), conf=CONFIDENCES)
def test_add_never_crashes_and_bad_input_changes_nothing(ct, db_path, text, by, said, due, conf):
    _fresh(db_path)
    assert ct("add", "seed", "--by", "Seed").exit_code == 0
    before = db_path.read_bytes()
    r = ct("add", "--by", by, "--said", said, "--due", due, "--confidence", conf, "--json", "--", text)
    assert r.exit_code in (0, 1), r
    if r.exit_code == 1:
        assert r.stderr.startswith("claimtrack: ") and r.stderr.count("\n") == 1 and "internal error" not in r.stderr
        assert db_path.read_bytes() == before
    else:
        claim = r.json()
        assert claim["text"] == text and claim["claimant"] == by.strip()
        assert 0.0 <= claim["confidence"] <= 1.0 if claim["confidence"] is not None else True
        # every view shows it without a crash and without raw control characters
        for args in (["list"], ["show", str(claim["id"])], ["history", str(claim["id"])]):
            out = ct(*args)
            assert out.exit_code == 0, out
            assert "\x1b" not in out.stdout and "\u202e" not in out.stdout


BATCH_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-3, 5), TEXT, st.lists(TEXT, max_size=2),
                         st.dictionaries(TEXT, TEXT, max_size=2))
BATCH_LINE = st.one_of(
    st.fixed_dictionaries({"op": st.sampled_from(["add", "edit", "confirm", "refute", "resolve", "reopen", "delete", "x"])},
                          optional={"id": BATCH_VALUES, "uuid": BATCH_VALUES, "text": BATCH_VALUES,
                                    "claimant": BATCH_VALUES, "said_on": DATES, "due": DATES,
                                    "confidence": st.one_of(st.floats(), TEXT), "status": BATCH_VALUES,
                                    "evidence": BATCH_VALUES, "note": BATCH_VALUES, "on": DATES,
                                    "tags": BATCH_VALUES, "source": BATCH_VALUES}).map(json.dumps),
    TEXT,
)


@SETTINGS
@given(batch=st.lists(BATCH_LINE, min_size=1, max_size=6))
def test_batch_lines_never_crash_and_failures_change_nothing(ct, db_path, batch):
    _fresh(db_path)
    assert ct("add", "seed", "--by", "Seed", "--said", "2018-01-01").exit_code == 0
    before = db_path.read_bytes()
    r = ct("batch", "-", input="\n".join(line.replace("\n", " ").replace("\r", " ") for line in batch) + "\n")
    assert r.exit_code in (0, 1), r
    assert "internal error" not in r.stderr
    if r.exit_code == 1:
        assert r.stderr.startswith("claimtrack: line ") and r.stderr.count("\n") == 1
        assert db_path.read_bytes() == before


CLAIM = st.fixed_dictionaries({
    "text": TEXT.filter(lambda s: s.strip()),
    "claimant": TEXT.filter(lambda s: s.strip() and s == s.strip()),
    "said_on": st.dates(max_value=__import__("datetime").date(2026, 1, 1)).map(lambda d: d.isoformat()),
    "confidence": st.one_of(st.none(), st.floats(0, 1)),
    "tags": st.lists(TEXT.filter(lambda s: s.strip() and s == s.strip()), max_size=3, unique_by=str.casefold),
    "quote": st.one_of(st.none(), TEXT.filter(lambda s: s.strip())),
    "notes": st.one_of(st.none(), TEXT.filter(lambda s: s.strip())),
})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(claims=st.lists(CLAIM, min_size=1, max_size=4), fmt=st.sampled_from(["json", "jsonl", "csv"]))
def test_anything_accepted_round_trips_through_export_and_import(ct, db_path, tmp_path, claims, fmt):
    _fresh(db_path)
    lines = "".join(json.dumps(dict(c, op="add")) + "\n" for c in claims)
    r = ct("batch", "-", input=lines)
    assert r.exit_code == 0, r
    exported = ct("export", "--format", fmt)
    assert exported.exit_code == 0
    other = tmp_path / f"other-{fmt}.json"
    if other.exists():
        other.unlink()
    r = ct("--db", str(other), "import", "-", "--format", fmt, input=exported.stdout)
    assert r.exit_code == 0, r
    strip = lambda cs: [{k: v for k, v in c.items() if k != "id"} for c in cs]  # noqa: E731
    assert strip(ct("--db", str(other), "list", "--json").json()) == strip(ct("list", "--json").json())


def test_library_errors_are_typed(tmp_path):
    from claimtrack.store import Store

    with Store.open(tmp_path / "lib.json", write=True) as store:
        try:
            store.add({"text": "x", "claimant": "Y", "due": "soon"})
        except ClaimtrackError as e:
            assert e.exit_code == 1
        else:  # pragma: no cover
            raise AssertionError("a vague deadline was accepted")
    assert not (tmp_path / "lib.json").exists()  # nothing changed, so nothing was written
