"""The core commands, driven as a user would: through the CLI, checking exit codes, stdout and stderr."""

from __future__ import annotations

import json
import os

import pytest

from claimtrack.model import FIELDS

KAZ = ["Talks will break down in April", "--by", "Harry Kazianis", "--said", "2018-01-10", "--due", "in April",
       "--confidence", "likely", "--tag", "korea", "--outlet", "CBC", "--quote", "this is all going to break down in April"]


def add(ct, *args: str, input: str | None = None) -> dict:
    r = ct("add", *args, "--json", input=input)
    assert r.exit_code == 0, r
    return r.json()


def test_add_prints_every_public_field_in_order(ct):
    claim = add(ct, *KAZ)
    assert list(claim) == list(FIELDS)
    assert claim["id"] == 1
    assert claim["claimant"] == "Harry Kazianis"
    assert claim["said_on"] == "2018-01-10"
    assert (claim["due"], claim["due_text"]) == ("2018-04-30", "in April")
    assert (claim["confidence"], claim["confidence_text"]) == (0.75, "likely")
    assert claim["status"] == "open" and claim["resolution"] is None
    assert claim["source"] == {"url": None, "title": None, "outlet": "CBC"}
    assert claim["tags"] == ["korea"]
    assert len(claim["uuid"]) == 36


def test_full_workflow(ct):
    add(ct, *KAZ)
    add(ct, "No deal before the election", "--by", "Jon Wolfsthal", "--said", "2004-04-29", "--due", "2004-11-02")
    listed = ct("list", "--json").json()
    assert [c["id"] for c in listed] == [1, 2]

    r = ct("refute", "1", "--evidence", "https://en.wikipedia.org/wiki/Panmunjom_Declaration", "--on", "2018-04-27",
           "--note", "The summit happened", "--json")
    assert r.exit_code == 0, r
    assert r.json()["status"] == "refuted"
    assert r.json()["resolution"] == {"on": "2018-04-27", "evidence": "https://en.wikipedia.org/wiki/Panmunjom_Declaration",
                                      "note": "The summit happened"}

    history = ct("history", "1", "--json").json()
    assert [h["action"] for h in history] == ["add", "refuted"]
    assert history[1]["changes"]["status"] == ["open", "refuted"]

    due = ct("due", "--as-of", "2018-01-01", "--json").json()
    assert [c["id"] for c in due] == [2]

    assert ct("reopen", "1").exit_code == 0
    assert ct("show", "1", "--json").json()["status"] == "open"
    r = ct("resolve", "1", "partial", "--note", "half right", "--json")
    assert r.json()["status"] == "partial"

    r = ct("delete", "2", "--yes")
    assert r.exit_code == 0 and "Deleted claim 2" in r.stdout
    assert ct("show", "2").exit_code == 1
    r = ct("undo")
    assert r.exit_code == 0 and "delete" in r.stdout
    assert ct("show", "2", "--json").json()["claimant"] == "Jon Wolfsthal"
    # a second undo steps further back: the partial verdict
    ct("undo")
    assert ct("show", "1", "--json").json()["status"] == "open"
    ct("undo")  # the reopen
    assert ct("show", "1", "--json").json()["status"] == "refuted"


def test_ids_are_never_reused_after_delete(ct):
    add(ct, "a", "--by", "X")
    add(ct, "b", "--by", "X")
    ct("delete", "2", "--yes")
    assert add(ct, "c", "--by", "X")["id"] == 3


def test_undo_of_add_removes_it_and_history_keeps_it(ct):
    add(ct, "a", "--by", "X")
    assert ct("undo").exit_code == 0
    assert ct("list", "--json").json() == []
    history = ct("history", "1", "--json").json()
    assert [h["action"] for h in history] == ["add", "undo"]
    assert history[1]["before"]["text"] == "a"
    r = ct("undo")  # the add was the only change, and an undo is never itself undone
    assert r.exit_code == 1 and r.stderr == "claimtrack: nothing to undo\n"


def test_list_filters_and_sort(ct):
    add(ct, *KAZ)
    add(ct, "Quiet for months", "--by", "Andrea Berger", "--said", "2018-01-05", "--due", "2018-03-31", "--tag", "Korea")
    add(ct, "Sanctions relief sought", "--by", "Lisa Collins", "--said", "2018-01-10", "--tag", "sanctions")
    ct("confirm", "3")
    ids = lambda *a: [c["id"] for c in ct("list", *a, "--json").json()]  # noqa: E731
    assert ids("--by", "kazianis") == [1]
    assert ids("--by", "KAZ") == [1]
    assert ids("--status", "confirmed") == [3]
    assert ids("--status", "open", "--status", "confirmed") == [1, 2, 3]
    assert ids("--tag", "korea") == [1, 2]
    assert ids("--search", "QUIET") == [2]
    assert ids("--due-before", "2018-04-01") == [2]
    assert ids("--sort", "due") == [2, 1, 3]
    assert ids("--sort", "-id", "--limit", "2") == [3, 2]
    assert ids("--overdue") == [1, 2]


def test_due_excludes_the_day_itself_and_judged_claims(ct):
    add(ct, "a", "--by", "X", "--said", "2018-01-01", "--due", "2018-02-01")
    add(ct, "b", "--by", "X", "--said", "2018-01-01", "--due", "2018-01-15")
    add(ct, "c", "--by", "X", "--said", "2018-01-01", "--due", "2018-01-10")
    ct("confirm", "3", "--on", "2018-01-10")
    assert [c["id"] for c in ct("due", "--as-of", "2018-02-01", "--json").json()] == [2]
    assert [c["id"] for c in ct("due", "--as-of", "2018-02-02", "--json").json()] == [2, 1]
    r = ct("due", "--as-of", "2018-01-02")
    assert r.exit_code == 0 and r.stdout == "" and "Nothing is due" in r.stderr


def test_edit_changes_fields_and_records_history(ct):
    add(ct, *KAZ)
    r = ct("edit", "1", "--said", "2018-05-02", "--json")
    # the due phrase "in April" is read again from the new said_on: the first April on or after May 2018
    assert r.json()["due"] == "2019-04-30"
    r = ct("edit", "1", "--quote", "", "--add-tag", "summit", "--remove-tag", "KOREA", "--title", "Frozen out", "--json")
    claim = r.json()
    assert claim["quote"] is None and claim["tags"] == ["summit"] and claim["source"]["title"] == "Frozen out"
    changes = ct("history", "1", "--json").json()[-1]["changes"]
    assert set(changes) == {"quote", "tags", "source"}
    r = ct("edit", "1")
    assert r.exit_code == 1 and "nothing to change" in r.stderr


def test_add_reads_stdin_and_double_dash(ct):
    claim = add(ct, "-", "--by", "X", input="line one\nline two\n")
    assert claim["text"] == "line one\nline two"
    r = ct("add", "--by", "X", "--json", "--", "-5% growth")
    assert r.exit_code == 0, r
    assert r.json()["text"] == "-5% growth"


def test_quiet_add_prints_only_the_id(ct):
    r = ct("add", "x", "--by", "Y", "-q")
    assert r.stdout == "1\n"


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["add", "x"], 2, "Missing option '--by'"),
        (["add", "x", "--by", "Y", "--said", "2018-02-30"], 1, "bad said_on '2018-02-30': expected YYYY-MM-DD"),
        (["add", "x", "--by", "Y", "--due", "soon"], 1, "cannot read due date 'soon'"),
        (["add", "x", "--by", "Y", "--confidence", "1.2"], 1, "bad confidence '1.2'"),
        (["add", "x", "--by", "Y", "--source", "not a url"], 1, "source url must be an http(s) URL"),
        (["add", "  ", "--by", "Y"], 1, "claim text must not be empty"),
        (["add", "x", "--by", "Y", "--said", "2099-01-01"], 1, "is in the future"),
        (["add", "x", "--by", "Y", "--said", "2018-05-01", "--due", "2018-04-01"], 1, "before the claim was made"),
        (["show", "99"], 1, "no claim with id 99"),
        (["show", "abc"], 1, "no claim with id or uuid 'abc'"),
        (["confirm", "99"], 1, "no claim with id 99"),
        (["resolve", "1", "maybe"], 1, "bad verdict 'maybe'"),
        (["resolve", "1", "open"], 1, "use 'reopen'"),
        (["reopen", "1"], 1, "claim 1 is already open"),
        (["confirm", "1", "--on", "2017-01-01"], 1, "before the claim was made"),
        (["confirm", "1", "--evidence", "ftp:/x"], 1, "evidence must be an http(s) URL"),
        (["list", "--status", "pending"], 1, "bad status 'pending'"),
        (["list", "--sort", "colour"], 1, "bad sort 'colour'"),
        (["list", "--limit", "x"], 2, "'x' is not a valid int"),
        (["delete", "1"], 2, "without --yes"),
        (["frobnicate"], 2, "No such command 'frobnicate'"),
        (["list", "--nope"], 2, "No such option: --nope"),
    ],
)
def test_bad_input_gives_its_code_one_line_and_changes_nothing(ct, db_path, args, code, message):
    add(ct, "Existing claim", "--by", "Someone", "--said", "2018-01-10")
    before = db_path.read_bytes()
    r = ct(*args)
    assert r.exit_code == code, r
    assert message in r.stderr
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("claimtrack: ")
    assert r.stdout == ""
    assert db_path.read_bytes() == before


def test_delete_refuses_on_a_pipe_even_as_a_real_process(sh, db_path):
    assert sh("add", "x", "--by", "Y").exit_code == 0
    before = db_path.read_bytes()
    r = sh("delete", "1")
    assert r.exit_code == 2 and "without --yes" in r.stderr
    assert db_path.read_bytes() == before


MARKUP = ["[bold red]x[/]", "[link=file:///etc/passwd]x[/link]", ":warning:", "a[b]c", "[/]", "日本語 العربية 🙂"]


@pytest.mark.parametrize("text", MARKUP)
def test_user_text_is_shown_literally(ct, text):
    add(ct, text, "--by", text, "--quote", text)
    for args in (["list"], ["show", "1"], ["history", "1"]):
        r = ct(*args)
        assert r.exit_code == 0, r
        if args[0] != "history":
            assert text in r.stdout


def test_control_characters_are_escaped_in_views_but_raw_in_json(ct):
    text = "evil\x1b[31mred\x1b[0m \u202eexe.txt \x9b bell\x07"
    add(ct, text, "--by", "X")
    for args in (["list"], ["show", "1"]):
        out = ct(*args).stdout
        assert "\x1b" not in out and "\u202e" not in out and "\x9b" not in out and "\x07" not in out
        assert "\\x1b[31mred" in out and "\\u202e" in out
    assert ct("show", "1", "--json").json()["text"] == text


def test_json_list_is_a_list_and_show_is_an_object(ct):
    assert ct("list", "--json").json() == []
    add(ct, "x", "--by", "Y")
    assert isinstance(ct("list", "--json").json(), list)
    assert isinstance(ct("show", "1", "--json").json(), dict)
    assert isinstance(ct("history", "1", "--json").json(), list)
    assert isinstance(ct("due", "--json").json(), list)


def test_show_by_uuid(ct):
    claim = add(ct, "x", "--by", "Y")
    assert ct("show", claim["uuid"], "--json").json()["id"] == 1


def test_init_creates_an_empty_database_once(ct, db_path):
    r = ct("init")
    assert r.exit_code == 0 and db_path.exists()
    data = json.loads(db_path.read_text())
    assert data["claims"] == {} and data["_meta"]["1"]["schema"] == 1
    before = db_path.read_bytes()
    r = ct("init")
    assert r.exit_code == 1 and "already exists" in r.stderr
    assert db_path.read_bytes() == before


def test_database_location_precedence(ct, tmp_path, monkeypatch):
    explicit = tmp_path / "explicit.json"
    assert ct("--db", str(explicit), "add", "x", "--by", "Y").exit_code == 0
    assert explicit.exists()
    monkeypatch.delenv("CLAIMTRACK_DB")
    project = tmp_path / "project"
    (project / "sub" / "deeper").mkdir(parents=True)
    monkeypatch.chdir(project)
    assert ct("init").exit_code == 0
    monkeypatch.chdir(project / "sub" / "deeper")
    info = ct("info", "--json").json()
    assert info["path"] == str(project / "claims.json")
    assert info["chosen_by"] == "nearest claims.json in a parent directory"
    monkeypatch.chdir(tmp_path / "work")
    info = ct("info", "--json").json()
    assert info["path"] == str(tmp_path / "xdg" / "claimtrack" / "claims.json")
    assert info["chosen_by"] == "per-user default" and info["exists"] is False
    monkeypatch.setenv("CLAIMTRACK_DB", str(explicit))
    assert ct("info", "--json").json()["claims"] == 1


def test_writes_create_the_per_user_database_directory(ct, tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMTRACK_DB")
    assert ct("add", "x", "--by", "Y").exit_code == 0
    assert (tmp_path / "xdg" / "claimtrack" / "claims.json").exists()


def test_every_command_has_help_with_an_example(ct):
    from claimtrack import cli

    cli._load_all_commands()
    assert set(cli._COMMANDS) >= {"init", "add", "list", "show", "edit", "history", "confirm", "refute", "resolve",
                                  "reopen", "delete", "undo", "due", "info", "batch", "import", "export", "stats", "review"}
    top = ct("--help")
    assert top.exit_code == 0
    for name in cli._COMMANDS:
        assert name in top.stdout
        r = ct(name, "--help")
        assert r.exit_code == 0, (name, r)
        assert "Example" in r.stdout, name
        assert "Exit codes" in r.stdout, name


def test_no_arguments_prints_the_help(ct):
    r = ct()
    assert r.exit_code == 0 and r.stdout.startswith("Usage: claimtrack") and "Commands:" in r.stdout
    assert r.stderr == ""


def test_version(ct):
    from claimtrack import __version__

    assert ct("--version").stdout.strip() == f"claimtrack {__version__}"


def test_python_dash_m_works(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "claimtrack", "add", "x", "--by", "Y", "--json"], capture_output=True,
                          text=True, env=dict(os.environ))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["text"] == "x"


def test_installed_command_round_trip(sh):
    r = sh("add", "Kim's sister will attend", "--by", "Harry Kazianis", "--said", "2018-01-10", "--due", "2018-02-28")
    assert r.exit_code == 0, r
    assert "Added claim 1" in r.stdout and "\x1b" not in r.stdout  # no colour into a pipe
    r = sh("confirm", "1", "--on", "2018-02-09", "--evidence", "https://en.wikipedia.org/wiki/Kim_Yo_Jong")
    assert r.exit_code == 0, r
    r = sh("list")
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["ID", "Status", "Claimant", "Said", "Due", "Conf", "Claim"]
    assert "confirmed" in lines[1] and lines[1].endswith("Kim's sister will attend")


def test_unexpected_errors_are_one_line_without_debug(ct, monkeypatch):
    from claimtrack import store

    def boom(*a, **k):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(store.Store, "add", boom)
    r = ct("add", "x", "--by", "Y")
    assert r.exit_code == 70
    assert r.stderr.startswith("claimtrack: internal error: RuntimeError: kaboom") and r.stderr.count("\n") == 1
    with pytest.raises(RuntimeError):
        ct("--debug", "add", "x", "--by", "Y")


def test_a_missing_git_merge_driver_is_named_once_by_every_command_that_opens_the_database(ct, tmp_path, monkeypatch):
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / ".git" / "config").write_text("[core]\n\tbare = false\n")
    (repo / ".gitattributes").write_text("claims.json merge=claimtrack\n")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-global-gitconfig"))
    monkeypatch.delenv("GIT_CONFIG_PARAMETERS", raising=False)
    db = str(repo / "claims.json")
    for args in (["init"], ["add", "x", "--by", "Y", "--json"], ["confirm", "1", "--json"], ["list"], ["info"],
                 ["delete", "1", "--yes"], ["undo"]):
        r = ct("--db", db, *args)
        assert r.exit_code == 0, (args, r)
        assert r.stderr.count("claimtrack: warning: git here would merge claims.json as text") == 1, (args, r)
    assert ct("--db", db, "show", "1", "--json").json()["status"] == "confirmed"  # stdout carries only data
    (repo / ".git" / "config").write_text('[merge "claimtrack"]\n\tdriver = claimtrack merge-driver %O %A %B %P\n')
    r = ct("--db", db, "list")
    assert r.exit_code == 0 and "warning" not in r.stderr
    assert "warning" not in ct("list").stderr  # a database outside any repository
