"""`review`: interactive on a terminal (driven here through a pseudo-terminal), never prompting on a pipe."""

from __future__ import annotations

import sys

import pytest

from conftest import drive_pty

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


def seed(ct):
    for text, due in (("Old claim", "2018-02-01"), ("Older claim", "2018-01-20"), ("Not yet due", "2030-01-01")):
        assert ct("add", text, "--by", "A. Analyst", "--said", "2018-01-10", "--due", due).exit_code == 0


def test_review_on_a_pipe_prints_the_queue_and_never_asks(sh, ct):
    seed(ct)
    r = sh("review", "--as-of", "2019-01-01")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[1].endswith("Older claim") and lines[2].endswith("Old claim") and len(lines) == 3
    r = sh("review", "--as-of", "2018-01-01")
    assert r.exit_code == 0 and r.stdout == "" and "Nothing is due before 2018-01-01" in r.stderr




def test_review_on_a_terminal_saves_each_verdict_as_it_is_given(ct):
    seed(ct)
    code, out = drive_pty(["review", "--as-of", "2019-01-01"], [
        ("Verdict?", "r"),
        ("Verdict date", "2018-02-05"),
        ("Evidence URL", "https://example.org/evidence"),
        ("Note", "it fell apart"),
        ("Verdict?", "q"),
    ])
    assert code == 0, out
    assert "Older claim" in out and "Saved: claim 2 is refuted." in out and "Judged 1 claim." in out
    claim = ct("show", "2", "--json").json()
    assert claim["status"] == "refuted"
    assert claim["resolution"] == {"on": "2018-02-05", "evidence": "https://example.org/evidence",
                                   "note": "it fell apart"}
    assert ct("show", "1", "--json").json()["status"] == "open"  # quit before the second claim


def test_the_verdict_date_defaults_to_today_and_is_shown(ct):
    from claimtrack.model import today

    seed(ct)
    code, out = drive_pty(["review", "--as-of", "2019-01-01"], [
        ("Verdict?", "confirm"), (f"Verdict date [{today().isoformat()}]", ""), ("Evidence URL", ""), ("Note", ""),
        ("Verdict?", "quit"),
    ])
    assert code == 0, out
    assert ct("show", "2", "--json").json()["resolution"] == {"on": today().isoformat(), "evidence": None, "note": None}


def test_review_asks_again_after_a_bad_answer(ct):
    seed(ct)
    code, out = drive_pty(["review", "--as-of", "2019-01-01"], [
        ("Verdict?", "x"),
        ("Verdict?", "rhttps://example.org"),  # not an answer it documents: asked again, not taken as refute
        ("Verdict?", "s"),
        ("Verdict?", "p"),
        ("Verdict date", "2017-12-31"),  # before the claim was made
        ("Verdict date", "2018-13-01"),
        ("Verdict date", "2018-03-01"),
        ("Evidence URL", "not a url"),
        ("Evidence URL", ""),
        ("Note", "half right"),
    ])
    assert code == 0, out
    assert out.count("please answer c, r, p, v, s or q") == 2
    assert "the verdict date 2017-12-31 is before the claim was made" in out
    assert "bad resolution date '2018-13-01': expected YYYY-MM-DD; try again" in out
    assert "evidence must be an http(s) URL" in out
    assert ct("show", "1", "--json").json()["resolution"] == {"on": "2018-03-01", "evidence": None, "note": "half right"}
    assert ct("show", "2", "--json").json()["status"] == "open"  # skipped
