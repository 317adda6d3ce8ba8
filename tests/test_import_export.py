"""Import and export through the CLI: idempotent imports, lossless round trips, safe CSV, atomic failure."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
FOREIGN = DATA / "foreign"

TRICKY = [
    "Plain claim",
    "=HYPERLINK(\"http://evil\",\"x\") will happen",
    "-5% growth by Q2",
    "+1 seat for the opposition",
    "@SUM(A1:A2) is a formula",
    "'=already quoted",
    "[bold red]markup[/] and :warning: stay literal",
    "Quotes \"double\" and 'single', commas, and\nnewlines\r\nand tabs\t",
    "다음 달에 회담이 재개될 것이다 — العربية 🙂",
]


def populate(ct) -> None:
    for i, text in enumerate(TRICKY):
        args = ["add", "--by", f"Analyst {i % 3}", "--said", "2018-01-10", "--tag", "korea", "--tag", "x,y;z",
                "--confidence", ["0.7", "likely", "35%"][i % 3], "--due", ["in April", "2019-01-01", "Q3 2018"][i % 3],
                "--source", "https://example.org/a?b=c", "--outlet", "=CBC", "--quote", text, "--", text]
        r = ct(*args)
        assert r.exit_code == 0, r
    assert ct("refute", "1", "--on", "2018-04-27", "--evidence", "https://en.wikipedia.org/wiki/Panmunjom_Declaration",
              "--note", "-it did not").exit_code == 0
    assert ct("resolve", "2", "partial", "--note", "half").exit_code == 0
    assert ct("resolve", "3", "void").exit_code == 0


def comparable(claims: list[dict]) -> list[dict]:
    return [{k: v for k, v in c.items() if k != "id"} for c in claims]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_export_then_import_into_an_empty_database_is_lossless(ct, tmp_path, fmt):
    populate(ct)
    original = ct("list", "--json").json()
    out = tmp_path / f"claims.{fmt}"
    r = ct("export", "--format", fmt, "-o", str(out))
    assert r.exit_code == 0, r
    other = tmp_path / "other.json"
    r = ct("--db", str(other), "import", str(out), "--json")
    assert r.exit_code == 0, r
    assert r.json()["counts"] == {"added": len(TRICKY), "updated": 0, "unchanged": 0, "skipped": 0, "kept": 0}
    assert comparable(ct("--db", str(other), "list", "--json").json()) == comparable(original)
    # importing the same file again adds nothing
    r = ct("--db", str(other), "import", str(out), "--json")
    assert r.json()["counts"] == {"added": 0, "updated": 0, "unchanged": len(TRICKY), "skipped": 0, "kept": 0}


def test_reimport_updates_changed_claims_by_uuid(ct, tmp_path):
    populate(ct)
    out = tmp_path / "a.jsonl"
    ct("export", "--format", "jsonl", "-o", str(out))
    other = tmp_path / "other.json"
    ct("--db", str(other), "import", str(out))
    ct("confirm", "4", "--evidence", "https://example.org/proof")
    ct("export", "--format", "jsonl", "-o", str(out))
    r = ct("--db", str(other), "import", str(out), "--json")
    assert r.json()["counts"]["updated"] == 1 and r.json()["updated"] == [4]
    assert ct("--db", str(other), "show", "4", "--json").json()["status"] == "confirmed"
    assert ct("--db", str(other), "history", "4", "--json").json()[-1]["via"] == "import"


def test_csv_export_is_safe_in_a_spreadsheet(ct):
    populate(ct)
    r = ct("export", "--format", "csv")
    assert r.exit_code == 0
    rows = list(csv.reader(io.StringIO(r.stdout, newline="")))
    header, body = rows[0], rows[1:]
    assert header[:4] == ["id", "uuid", "text", "claimant"]
    for row in body:
        for cell in row:
            assert not cell[:1] in ("=", "+", "-", "@", "\t", "\r"), cell
    texts = [row[header.index("text")] for row in body]
    assert "'=HYPERLINK(\"http://evil\",\"x\") will happen" in texts
    assert "'-5% growth by Q2" in texts and "''=already quoted" in texts
    assert all(field.startswith('"') for field in r.stdout.splitlines()[0].split(","))  # every field quoted


def test_export_takes_list_filters_and_other_formats(ct):
    populate(ct)
    assert len(ct("export", "--by", "analyst 1").json()) == 3
    jsonl = ct("export", "--format", "jsonl", "--status", "refuted").stdout.splitlines()
    assert len(jsonl) == 1 and json.loads(jsonl[0])["status"] == "refuted"
    md = ct("export", "--format", "markdown").stdout
    assert "## Analyst 0" in md and "[evidence](https://en.wikipedia.org/wiki/Panmunjom_Declaration)" in md
    reviews = json.loads(ct("export", "--format", "claimreview").stdout)
    assert len(reviews) == 2  # refuted and partial; the void and open claims are not reviews
    assert {r["reviewRating"]["alternateName"] for r in reviews} == {"False", "Partly true"}
    assert reviews[0]["itemReviewed"]["author"]["name"] == "Analyst 0"
    r = ct("export", "--format", "xml")
    assert r.exit_code == 1 and "unknown export format 'xml'" in r.stderr


def test_predictionbook_import_and_reimport(ct, db_path):
    r = ct("import", str(FOREIGN / "predictionbook_export.csv"), "--json")
    assert r.exit_code == 0, r
    summary = r.json()
    assert summary["format"] == "predictionbook" and summary["counts"]["added"] > 0
    claims = {c["foreign_id"]: c for c in ct("list", "--json").json()}
    btc = claims["predictionbook:1234"]
    assert btc["text"] == "Bitcoin will trade above $20k on 2018-06-30"
    assert btc["claimant"] == "gwern" and btc["said_on"] == "2018-01-10" and btc["due"] == "2018-06-30"
    assert btc["confidence"] == 0.7 and btc["status"] == "refuted" and btc["resolution"]["on"] == "2018-07-01"
    assert claims["predictionbook:2001"]["status"] == "confirmed"
    before = db_path.read_bytes()
    r = ct("import", str(FOREIGN / "predictionbook_export.csv"), "--json")
    assert r.json()["counts"]["added"] == 0 and r.json()["counts"]["unchanged"] == summary["counts"]["added"]
    assert db_path.read_bytes() == before


def test_fatebook_import_keeps_others_forecasts_in_history(ct):
    r = ct("import", str(FOREIGN / "fatebook_export.csv"), "--json")
    assert r.exit_code == 0, r
    claims = ct("list", "--json").json()
    office = next(c for c in claims if c["text"] == "Will the new office open by March 2024?")
    assert office["claimant"] == "Ana Lima" and office["confidence"] == 0.8  # the creator's latest forecast
    assert office["status"] == "confirmed" and office["said_on"] == "2024-01-05" and office["due"] == "2024-03-31"
    assert office["tags"] == ["work", "ops"]
    forecasts = [h["forecast"] for h in ct("history", str(office["id"]), "--json").json() if h["action"] == "forecast"]
    assert {f["by"] for f in forecasts} == {"Ana Lima", "Ben Ortiz"}
    assert any(c["text"].startswith("Which team wins the 2024 league?: ") for c in claims)
    r = ct("import", str(FOREIGN / "fatebook_export.csv"), "--json")
    assert r.json()["counts"]["added"] == 0


@pytest.mark.parametrize("name, message", [
    ("predictionbook_bad_deadline.csv", "row "),
    ("predictionbook_missing_deadline.csv", "missing column 'deadline'"),
    ("fatebook_bad_date.csv", "row "),
])
def test_bad_foreign_files_write_nothing_and_name_the_problem(ct, db_path, name, message):
    ct("add", "existing", "--by", "X")
    before = db_path.read_bytes()
    r = ct("import", str(FOREIGN / name))
    assert r.exit_code == 1, r
    assert message in r.stderr and r.stderr.count("\n") == 1
    assert db_path.read_bytes() == before


def test_bad_own_rows_name_the_row_and_write_nothing(ct, db_path, tmp_path):
    ct("add", "existing", "--by", "X")
    before = db_path.read_bytes()
    f = tmp_path / "bad.jsonl"
    good = {"text": "ok", "claimant": "A", "said_on": "2018-01-01"}
    f.write_text("\n".join(json.dumps(x) for x in [good] * 36 + [dict(good, said_on="2018-02-30")]) + "\n")
    r = ct("import", str(f))
    assert r.exit_code == 1 and r.stderr.startswith("claimtrack: row 37: bad said_on '2018-02-30'"), r
    assert db_path.read_bytes() == before
    r = ct("import", str(f), "--format", "yaml")
    assert r.exit_code == 1 and "unknown format 'yaml'" in r.stderr


def test_import_from_stdin_and_dry_run(ct, db_path):
    line = json.dumps({"text": "from stdin", "claimant": "A", "said_on": "2018-01-01"}) + "\n"
    r = ct("import", "-", "--dry-run", input=line)
    assert r.exit_code == 0 and "Would import" in r.stdout and "nothing was written" in r.stdout
    assert not db_path.exists()
    r = ct("import", "-", "--format", "jsonl", input=line)
    assert r.exit_code == 0, r
    assert ct("list", "--json").json()[0]["text"] == "from stdin"


def test_import_is_one_undo_step(ct):
    r = ct("import", str(FOREIGN / "predictionbook_export.csv"))
    assert r.exit_code == 0
    assert ct("undo").exit_code == 0
    assert ct("list", "--json").json() == []


def test_the_import_summary_names_local_changes_it_kept(ct, tmp_path):
    header = "id,created_at,creator_label,deadline,description_with_group,mean_confidence,outcome,withdrawn,last_judgement_at,updated_at\n"
    row = "7,2018-01-10 18:30:00 UTC,Ann,2018-06-05 00:00:00 UTC,Open there,70,{outcome},false,{judged},\n"
    pb = tmp_path / "pb.csv"
    pb.write_text(header + row.format(outcome="", judged=""))
    assert ct("import", str(pb)).exit_code == 0
    assert ct("confirm", "1", "--on", "2018-07-01").exit_code == 0
    pb.write_text(header + row.format(outcome="false", judged="2018-08-01 00:00:00 UTC"))
    r = ct("import", str(pb))
    assert r.exit_code == 0, r
    assert "1 kept local changes" in r.stdout
    assert "kept claim 1 (row 2): resolution, status changed here" in r.stdout
    assert ct("show", "1", "--json").json()["status"] == "confirmed"


@pytest.mark.parametrize("command", [["export", "--format", "csv", "-o"], ["stats", "--svg"], ["report", "-o"]])
def test_files_written_for_the_user_are_all_or_nothing(ct, tmp_path, monkeypatch, command):
    """A full disk while writing an export, a chart or a report leaves the old file as it was and no temp file."""
    import errno

    assert ct("add", "Talks resume by March", "--by", "Ann", "--said", "2018-01-10").exit_code == 0
    target = tmp_path / "out.file"
    target.write_bytes(b"the previous version\n")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.fsync", full)
    r = ct(*command, str(target))
    assert r.exit_code == 1, r
    assert "No space left on device; nothing was written" in r.stderr and r.stderr.count("\n") == 1
    assert target.read_bytes() == b"the previous version\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out.file")) == []
