"""`claimtrack extract`: the view, --json, --batch, --add (a pseudo-terminal and a pipe), URLs, bad input."""

from __future__ import annotations

import http.server
import json
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import drive_pty, loaded_modules

ARTICLE = """Rates to rise, economists say

By Helen Carter

March 14, 2024

"The first cut will come in August, not June," said Priya Raman, chief economist at Halden Securities.

Raman put the chance of a June cut at about 30 per cent. She expects two further reductions before the end of the year.

According to Tom Whitlock, a former rate-setter, inflation is likely to fall below target within three months.
A lull in activity may tempt the Bank to wait.

The paper will publish its own forecast [bold red]soon[/] :warning: and the Bank said in a statement that it will continue to set policy.
"""


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_view_groups_proposals_by_claimant_with_cue_words_marked(sh, article):
    r = sh("extract", article)
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == "Priya Raman (3)" and "Tom Whitlock (1)" in lines
    assert "  1. The first cut will come in August, not June." in lines
    assert '     > "The first cut *will* come *in August*, not June," said Priya Raman, chief economist at Halden Securities.' in lines
    assert "said 2024-03-14 · due 2024-08-31 (in August) · score" in r.stdout
    assert "confidence 75%~ (likely)" in r.stdout and "confidence 30% ·" in r.stdout


def test_json_is_the_list_of_proposals(ct, article):
    r = ct("extract", article, "--json", "--tag", "rates", "--source", "https://example.org/rates")
    assert r.exit_code == 0, r.stderr
    data = r.json()
    assert [p["claimant"] for p in data] == ["Priya Raman", "Priya Raman", "Priya Raman", "Tom Whitlock"]
    first = data[0]
    assert first["source"] == {"url": "https://example.org/rates", "title": "Rates to rise, economists say", "outlet": None}
    assert first["tags"] == ["rates"] and first["said_on"] == "2024-03-14" and first["duplicate_of"] is None
    assert first["cues"] == ["will", "in August"] and first["quote"].startswith('"The first cut')


def test_all_shows_low_scores_and_min_score_hides_more(ct, article):
    default = ct("extract", article, "--json").json()
    everything = ct("extract", article, "--json", "--all").json()
    strict = ct("extract", article, "--json", "--min-score", "0.8").json()
    assert len(everything) > len(default) > len(strict)
    assert all(p["score"] >= 0.8 for p in strict)
    assert ct("extract", article, "--min-score", "1.5").exit_code == 1


def test_batch_lines_feed_claimtrack_batch_and_a_second_run_prints_nothing(sh, ct, article, db_path):
    r = sh("extract", article, "--batch", "--source", "https://example.org/rates")
    assert r.exit_code == 0, r.stderr
    ops = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(ops) == 4 and all(op["op"] == "add" and op["uuid"] for op in ops)
    assert ops[0]["due_text"] == "in August" and ops[0]["due"][:4].isdigit()
    assert ops[3]["confidence_text"] == "likely" and ops[3]["confidence"] == 0.75
    applied = ct("batch", "-", input=r.stdout)
    assert applied.exit_code == 0, applied.stderr
    claims = ct("list", "--json").json()
    assert [c["claimant"] for c in claims] == ["Priya Raman"] * 3 + ["Tom Whitlock"]
    assert claims[0]["due_text"] == "in August" and claims[0]["source"]["url"] == "https://example.org/rates"
    assert claims[3]["confidence_text"] == "likely" and claims[0]["due"] == ops[0]["due"]
    again = ct("extract", article, "--batch", "--source", "https://example.org/rates")
    assert again.exit_code == 0 and again.stdout == "" and "Left out 4 already recorded." in again.stderr
    shown = ct("extract", article, "--source", "https://example.org/rates")
    assert "already recorded as claim 1" in shown.stdout


def test_add_yes_twice_adds_nothing_the_second_time(sh, ct, article, db_path):
    first = sh("extract", article, "--add", "--yes")
    assert first.exit_code == 0, first.stderr
    assert "Added 4 claims (1, 2, 3, 4)." in first.stderr
    before = db_path.read_bytes()
    second = sh("extract", article, "--add", "--yes")
    assert second.exit_code == 0, second.stderr
    assert "Added 0 claims; 4 already recorded." in second.stderr
    assert db_path.read_bytes() == before
    claims = ct("list", "--json").json()
    assert len(claims) == 4 and claims[1]["confidence"] == 0.3 and claims[3]["confidence_text"] == "likely"
    assert ct("history", "1", "--json").json()[0]["via"] == "extract"
    assert ct("undo").exit_code == 0 and ct("list", "--json").json() == []  # one undo step for all


def test_add_json_prints_the_added_claims(ct, article):
    r = ct("extract", article, "--add", "--yes", "--json")
    assert r.exit_code == 0 and [c["id"] for c in r.json()] == [1, 2, 3, 4]


def test_add_on_a_pipe_without_yes_asks_nothing_and_exits_2(sh, article, db_path):
    r = sh("extract", article, "--add")
    assert r.exit_code == 2 and "--yes" in r.stderr and r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1
    assert not db_path.exists()


def test_article_text_is_shown_literally(sh, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text('"Prices will [bold red]double[/] by June :warning: \x1b[31m," said Jo Smith.\n', encoding="utf-8")
    r = sh("extract", path, "--said", "2020-01-01")
    assert r.exit_code == 0, r.stderr
    assert "[bold red]double[/]" in r.stdout and ":warning:" in r.stdout and "\\x1b[31m" in r.stdout
    assert "\x1b" not in r.stdout


@pytest.mark.parametrize(("content", "message"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "is a binary file, not an article"),
    (b"", "is empty"),
    (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text found in"),
])
def test_bad_files_give_one_line_exit_1_and_leave_the_database_alone(sh, ct, tmp_path, db_path, content, message):
    assert ct("add", "A claim", "--by", "X").exit_code == 0
    before = db_path.read_bytes()
    path = tmp_path / "bad"
    path.write_bytes(content)
    for run, extra in ((sh, ["--add", "--yes"]), (ct, []), (ct, ["--json"])):
        r = run("extract", path, *extra)
        assert r.exit_code == 1 and message in r.stderr and len(r.stderr.strip().splitlines()) == 1, r
        assert r.stdout == "" and db_path.read_bytes() == before


def test_a_file_over_the_size_limit_is_refused(ct, tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as f:
        f.truncate(5 * 1024 * 1024 + 1)
    r = ct("extract", path)
    assert r.exit_code == 1 and "articles over 5,242,880 bytes are refused" in r.stderr
    assert ct("extract", tmp_path / "missing.txt").exit_code == 1
    assert ct("extract", tmp_path).exit_code == 1


def test_latin1_file_is_read(ct, tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café owners will raise prices by June, said René Dupont.".encode("latin-1"))
    r = ct("extract", path, "--json", "--said", "2020-01-01")
    assert r.exit_code == 0 and r.json()[0]["claimant"] == "René Dupont"


def test_stdin_is_read_with_a_dash(sh):
    r = sh("extract", "-", "--json", "--said", "2020-01-01", input="Prices will fall by June, said Jo Smith.\n")
    assert r.exit_code == 0 and r.json()[0]["due"] == "2020-06-30"


# -- URLs: a real HTTP server on 127.0.0.1 -----------------------------------------------------------------------
PAGE = b"""<!DOCTYPE html><html><head><title>Rates | The Ledger</title>
<meta property="og:site_name" content="The Ledger"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2021-03-04T09:00:00Z"></head>
<body><article><h1>Rates</h1><p>The central bank will raise interest rates by June, said John Smith, chief economist
at Foo Bank. Markets were calm on the day, and traders said volumes had been thin for a week or more.</p>
</article></body></html>"""


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output clean
        pass

    def do_GET(self):  # noqa: N802 - http.server's name
        routes = {
            "/article": (200, "text/html; charset=utf-8", PAGE, {}),
            "/missing": (404, "text/html", b"<p>not found</p>", {}),
            "/plain": (200, "text/plain", b"Prices will fall by June, said Jo Smith.", {}),
            "/image": (200, "image/png", b"\x89PNG\r\n\x1a\n", {}),
            "/to-file": (302, "text/html", b"", {"Location": "file:///etc/passwd"}),
            "/to-ftp": (301, "text/html", b"", {"Location": "ftp://127.0.0.1/article"}),
            "/to-article": (302, "text/html", b"", {"Location": "/article"}),
            "/huge": (200, "text/html", b"<p>x</p>", {"Content-Length": str(50 * 1024 * 1024)}),
        }
        if self.path == "/slow":
            time.sleep(3)
        code, kind, body, headers = routes.get(self.path, (200, "text/html", PAGE, {}))
        self.send_response(code)
        self.send_header("Content-Type", kind)
        for key, value in headers.items():
            self.send_header(key, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_to_an_html_page(ct, server):
    r = ct("extract", f"{server}/article", "--json")
    assert r.exit_code == 0, r.stderr
    p = r.json()[0]
    assert (p["claimant"], p["said_on"], p["due"]) == ("John Smith", "2021-03-04", "2021-06-30")
    assert p["source"] == {"url": f"{server}/article", "title": "Rates", "outlet": "The Ledger"}


def test_a_redirect_between_http_urls_is_followed(ct, server):
    r = ct("extract", f"{server}/to-article", "--json")
    assert r.exit_code == 0 and r.json()[0]["source"]["url"] == f"{server}/article"


@pytest.mark.parametrize(("path", "message"), [
    ("/missing", "answered HTTP 404"),
    ("/plain", "is not an HTML page (content type text/plain)"),
    ("/image", "is not an HTML page (content type image/png)"),
    ("/to-file", "redirects to file:///etc/passwd: only http(s) redirects are followed"),
    ("/to-ftp", "only http(s) redirects are followed"),
    ("/huge", "bytes: pages over 5,242,880 bytes are refused"),
])
def test_bad_urls_give_one_line_and_exit_1(ct, server, db_path, path, message):
    r = ct("extract", f"{server}{path}", "--add", "--yes")
    assert r.exit_code == 1 and message in r.stderr and len(r.stderr.strip().splitlines()) == 1, r
    assert not db_path.exists()


def test_a_slow_server_times_out(ct, server):
    start = time.monotonic()
    r = ct("extract", f"{server}/slow", "--timeout", "0.5")
    assert r.exit_code == 1 and "did not answer within 0.5 s" in r.stderr
    assert time.monotonic() - start < 2.5


def test_an_unreachable_host_is_bad_input(ct):
    r = ct("extract", "http://127.0.0.1:9/nothing", "--timeout", "2")
    assert r.exit_code == 1 and r.stderr.startswith("claimtrack: cannot fetch http://127.0.0.1:9/nothing")


# -- the terminal: step through, saving each as it goes -----------------------------------------------------------
pty_only = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")




@pty_only
def test_on_a_terminal_each_proposal_is_added_edited_or_skipped_and_saved_at_once(ct, article):
    code, out = drive_pty(["extract", str(article), "--add"], [
        ("Add?", "a"),
        ("Add?", "e"),
        ("Text", "Priya Raman: a June cut is unlikely"),
        ("Claimant", ""),
        ("Due", "not a date"),
        ("Due", "2024-06-30"),
        ("Confidence", "0.25"),
        ("Tags", "rates, boe"),
        ("Add?", "x"),
        ("Add?", "s"),
        ("Add?", "q"),
    ])
    assert code == 0, out
    assert "Proposal 1 of 4" in out and "Saved: claim 1." in out and "Saved: claim 2." in out
    assert "cannot read due date 'not a date'" in out and "please answer a, e, s or q" in out
    assert "Added 2 claims." in out
    claims = ct("list", "--json").json()
    assert [c["text"] for c in claims] == ["The first cut will come in August, not June.",
                                           "Priya Raman: a June cut is unlikely"]
    second = claims[1]
    assert (second["claimant"], second["due"], second["confidence"], second["tags"]) == (
        "Priya Raman", "2024-06-30", 0.25, ["rates", "boe"])
    assert second["quote"] == "Raman put the chance of a June cut at about 30 per cent."


@pty_only
def test_on_a_terminal_a_recorded_proposal_is_passed_over(ct, article):
    assert ct("extract", article, "--add", "--yes").exit_code == 0
    code, out = drive_pty(["extract", str(article), "--add"], [])
    assert code == 0 and out.count("Already recorded as claim") == 4 and "Added 0 claims." in out


# -- start-up cost ----------------------------------------------------------------------------------------------
def test_other_commands_do_not_import_the_extractor(article):
    mods = loaded_modules("list", "--json")
    assert not any(m == "trafilatura" or m.startswith(("trafilatura.", "claimtrack.extract", "lxml")) for m in mods)
    assert "claimtrack.regex_cache" not in mods  # (nor its compiled-pattern cache)
    mods = loaded_modules("extract", str(article), "--json")
    assert "claimtrack.extract" in mods and "trafilatura" not in mods  # plain text needs no HTML library
    assert "claimtrack.regex_cache" in mods
