"""`export --format ics`: an all-day event per open claim with a due date, read back with icalendar and byte
by byte (CRLF, folding at 75 octets, escaping of commas, semicolons and newlines)."""

from __future__ import annotations

import json
import re

import pytest

HOSTILE_TEXT = 'Talks fail, again; "surely"\nsecond line \\ backslash \x1b[31m \u202eevil <script>x</script>'
LONG = "Ünïcödé words that make a very long line, " * 6


def setup_db(ct) -> None:
    lines = [
        {"op": "add", "text": HOSTILE_TEXT, "claimant": "Ann; Other, Person", "said_on": "2018-01-10",
         "due": "2018-04-30", "confidence": 0.75, "quote": "It will, I think;\nbreak down", "tags": ["korea", "a,b"],
         "source": {"url": "https://example.org/a,b;c", "title": "Title, with; marks", "outlet": "CBC"},
         "uuid": "0b4a9f9e-8d3c-4f55-9d7e-6a1f2a0c9e11"},
        {"op": "add", "text": LONG, "claimant": "Bo", "said_on": "2018-02-01", "due": "2019-12-31"},
        {"op": "add", "text": "no due date", "claimant": "Bo", "said_on": "2018-02-01"},
        {"op": "add", "text": "judged", "claimant": "Bo", "said_on": "2018-02-01", "due": "2018-06-30"},
        {"op": "refute", "id": 4, "on": "2018-07-01"},
    ]
    r = ct("batch", "-", input="\n".join(json.dumps(x) for x in lines) + "\n")
    assert r.exit_code == 0, r


def export(ct, *args) -> bytes:
    r = ct("export", "-f", "ics", *args)
    assert r.exit_code == 0, r
    return r.stdout.encode("utf-8")


def events(data: bytes):
    from icalendar import Calendar

    return Calendar.from_ical(data).walk("VEVENT")


def test_one_all_day_event_per_open_claim_with_a_due_date(ct):
    setup_db(ct)
    data = export(ct)
    evs = events(data)
    assert [str(e["uid"]) for e in evs][0] == "0b4a9f9e-8d3c-4f55-9d7e-6a1f2a0c9e11@claimtrack"
    assert len(evs) == 2  # not the claim without a due date, not the judged one
    first, second = evs
    assert str(first["summary"]).startswith("Judge: Ann; Other, Person: Talks fail, again; \"surely\" second line")
    assert first.decoded("dtstart").isoformat() == "2018-04-30" and first["dtstart"].params.get("VALUE") == "DATE"
    assert first.decoded("dtend").isoformat() == "2018-05-01"
    desc = str(first["description"])
    assert "It will, I think;\nbreak down" in desc
    assert "CBC, Title, with; marks: https://example.org/a,b;c" in desc
    assert desc.rstrip().endswith("claimtrack show 1")
    assert str(first["url"]) == "https://example.org/a,b;c"
    shows = [ln for ln in str(second["description"]).splitlines() if ln.startswith("claimtrack show")]
    assert shows == ["claimtrack show 2"]
    assert str(second["summary"]) == f"Judge: Bo: {LONG.strip()}"


def test_raw_file_is_crlf_folded_at_75_octets_and_text_is_escaped(ct):
    setup_db(ct)
    data = export(ct)
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")  # every line ends in CRLF, no bare LF or CR
    assert b"\r" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(ln) for ln in lines) <= 75
    assert any(ln.startswith(b" ") for ln in lines)  # the long text was folded
    for ln in lines:
        ln.decode("utf-8")  # folding never splits a multi-byte character
    unfolded = data.replace(b"\r\n ", b"").decode("utf-8")
    summary = re.search(r"^SUMMARY:(.*)$", unfolded, re.M).group(1).rstrip("\r")
    assert summary.startswith(r'Judge: Ann\; Other\, Person: Talks fail\, again\; "surely" second line \\ backslash')
    desc = re.search(r"^DESCRIPTION:(.*)$", unfolded, re.M).group(1)
    assert r"It will\, I think\;\nbreak down" in desc
    assert r"Title\, with\; marks" in desc
    assert "CATEGORIES:korea,a\\,b" in unfolded
    # no control character but CRLF reaches the file; escapes and bidi overrides are spelled out
    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", data)
    assert "\u202e" not in unfolded and "\\\\u202eevil" in unfolded and "\\\\x1b[31m" in unfolded
    assert "UID:0b4a9f9e-8d3c-4f55-9d7e-6a1f2a0c9e11@claimtrack" in unfolded
    assert "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//claimtrack//claimtrack " in data.decode()


def test_same_database_same_bytes_and_a_change_keeps_the_uid(ct):
    setup_db(ct)
    first = export(ct)
    assert export(ct) == first
    uid_before = {str(e["uid"]): e.decoded("dtstart") for e in events(first)}
    assert ct("edit", "1", "--due", "2018-05-31").exit_code == 0
    after = export(ct)
    uid_after = {str(e["uid"]): e.decoded("dtstart") for e in events(after)}
    assert set(uid_after) == set(uid_before)  # a calendar updates the event instead of adding another
    uid = "0b4a9f9e-8d3c-4f55-9d7e-6a1f2a0c9e11@claimtrack"
    assert uid_after[uid].isoformat() == "2018-05-31"
    assert ct("confirm", "1").exit_code == 0
    assert uid not in {str(e["uid"]) for e in events(export(ct))}


def test_export_filters_apply_and_an_empty_selection_is_a_valid_calendar(ct, tmp_path):
    setup_db(ct)
    assert [str(e["summary"]).split(":")[1].strip() for e in events(export(ct, "--by", "bo"))] == ["Bo"]
    out = tmp_path / "due.ics"
    r = ct("export", "-f", "ics", "--by", "nobody", "-o", out)
    assert r.exit_code == 0
    from icalendar import Calendar

    cal = Calendar.from_ical(out.read_bytes())
    assert cal.walk("VEVENT") == [] and str(cal["version"]) == "2.0"


@pytest.mark.parametrize("fmt", ["ICS", "ics"])
def test_format_name_any_case(ct, fmt):
    setup_db(ct)
    assert ct("export", "-f", fmt).exit_code == 0
