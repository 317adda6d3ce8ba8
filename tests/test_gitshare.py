"""Sharing claims.json through real git: git-setup, the merge driver run by git, git-resolve, sync.

Every repository lives in a temporary folder with a bare "remote" beside it; no network. Git's global config is
a temporary file (GIT_CONFIG_GLOBAL) and the system one is off, so the developer's own config is never used.
The driver runs as git runs it: the installed `claimtrack` on PATH.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claimtrack.store import Store
from conftest import claimtrack_exe

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def gitenv(tmp_path, monkeypatch):
    """A private git config and PATH with the installed claimtrack; no CLAIMTRACK_DB (each clone has its own)."""
    config = tmp_path / "gitconfig"
    config.write_text("[user]\n\tname = Test Analyst\n\temail = analyst@example.org\n[init]\n\tdefaultBranch = main\n"
                      "[advice]\n\tdetachedHead = false\n")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "CLAIMTRACK_DB"):
        monkeypatch.delenv(name, raising=False)
    exe_dir = os.path.dirname(claimtrack_exe()[0])
    monkeypatch.setenv("PATH", exe_dir + os.pathsep + os.environ.get("PATH", ""))
    return tmp_path


def git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    if check and proc.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
    return proc


def ct(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """The installed claimtrack, in a clone (it finds ./claims.json)."""
    proc = subprocess.run(claimtrack_exe() + list(args), cwd=cwd, capture_output=True, text=True)
    if check and proc.returncode != 0:
        raise AssertionError(f"claimtrack {' '.join(args)} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}")
    return proc


def add(clone: Path, text: str, **fields) -> dict:
    with Store.open(clone / "claims.json", write=True) as store:
        return store.add({"text": text, "claimant": fields.pop("by", "Analyst"), "said_on": "2026-01-01", **fields})


def change(clone: Path, fn) -> None:
    with Store.open(clone / "claims.json", write=True) as store:
        fn(store)


def claims(clone: Path) -> dict[str, dict]:
    with Store.open(clone / "claims.json") as store:
        return {c["uuid"]: c for c in store.all()}


def commit(clone: Path, message: str = "claims") -> None:
    git(clone, "add", "claims.json")
    git(clone, "commit", "-q", "-m", message)


def loads(clone: Path) -> None:
    """The file loads, every line parses, and no id is there twice."""
    from claimtrack.storage import Database

    db = Database.load(clone / "claims.json")
    db.validate()
    got = claims(clone)
    assert len({c["id"] for c in got.values()}) == len(got)


@pytest.fixture
def remote(gitenv):
    """A bare remote holding a claims.json with three claims, set up for the driver (git-setup committed)."""
    bare = gitenv / "remote.git"
    git(gitenv, "init", "-q", "--bare", str(bare))
    seed = gitenv / "seed"
    git(gitenv, "clone", "-q", str(bare), str(seed))
    for text in ("Talks collapse by April", "Summit in Singapore", "Sanctions lifted by 2020"):
        add(seed, text)
    out = ct(seed, "git-setup")
    assert "added '/claims.json merge=claimtrack'" in out.stdout
    git(seed, "add", "claims.json", ".gitattributes", ".gitignore")
    git(seed, "commit", "-q", "-m", "claims, merged by claimtrack")
    git(seed, "push", "-q", "-u", "origin", "main")
    return bare


def clone(remote: Path, name: str, *, setup: bool = True) -> Path:
    from claimtrack.gitshare import setup as git_setup

    path = remote.parent / name
    git(remote.parent, "clone", "-q", str(remote), str(path))
    if setup:
        git_setup(path / "claims.json")  # the library (the command is tested above): a process less per clone
    return path


# -- git-setup ---------------------------------------------------------------------------------------------------
def test_git_setup_arms_the_repository_once_and_says_what_it_did(gitenv):
    repo = gitenv / "repo"
    git(gitenv, "init", "-q", str(repo))
    (repo / "data").mkdir()
    (repo / ".gitignore").write_text("*.pyc")  # no final newline: the new line must not be glued to it
    first = json.loads(ct(repo / "data", "--db", "claims.json", "git-setup", "--json").stdout)
    assert first["database"] == "data/claims.json" and first["changed"]
    assert sorted(first["to_commit"]) == [".gitattributes", ".gitignore"]
    assert (repo / ".gitattributes").read_text() == "/data/claims.json merge=claimtrack\n"
    assert (repo / ".gitignore").read_text() == "*.pyc\n/data/claims.json.lock\n"
    assert git(repo, "config", "merge.claimtrack.driver").stdout.strip() == "claimtrack merge-driver %O %A %B %P"
    assert git(repo, "check-attr", "merge", "data/claims.json").stdout.strip().endswith("merge: claimtrack")
    again = json.loads(ct(repo / "data", "--db", "claims.json", "git-setup", "--json").stdout)
    assert not again["changed"] and all(not a["changed"] for a in again["actions"])
    assert (repo / ".gitattributes").read_text() == "/data/claims.json merge=claimtrack\n"
    text = ct(repo, "--db", "data/claims.json", "git-setup").stdout
    assert text.startswith("Already set up:") and "already merges data/claims.json" in text


def test_git_commands_outside_a_repository_or_without_git_exit_1_with_one_line(gitenv, tmp_path):
    lone = tmp_path / "lone"
    lone.mkdir()
    ct(lone, "--db", "claims.json", "init")
    for command in ("git-setup", "git-resolve", "sync"):
        proc = ct(lone, command, check=False)
        assert proc.returncode == 1 and "is not in a git repository" in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1
    empty = tmp_path / "nogit"
    empty.mkdir()
    env = dict(os.environ, PATH=str(empty))
    proc = subprocess.run([sys.executable, "-m", "claimtrack", "sync"], cwd=lone, capture_output=True, text=True,
                          env=env)
    assert proc.returncode == 1 and "git is not installed" in proc.stderr


# -- the driver, run by git --------------------------------------------------------------------------------------
def test_two_clones_with_interleaved_work_merge_the_same_in_both_directions(remote):
    a, b = clone(remote, "a"), clone(remote, "b")
    one = claims(a)
    first = {c["id"]: u for u, c in one.items()}
    new_a = add(a, "Added on A", tags=["a"])
    change(a, lambda s: (s.edit(1, {"text": "Talks collapse by May"}), s.resolve(2, "confirmed"), s.delete(3)))
    commit(a, "A's work")
    new_b = add(b, "Added on B")
    change(b, lambda s: (s.edit(1, {"notes": "B's note"}), s.edit(3, {"criteria": "B still needs it"}),
                         s.resolve(2, "refuted")))
    commit(b, "B's work")
    git(a, "push", "-q", "origin", "HEAD:a")
    git(b, "push", "-q", "origin", "HEAD:b")
    git(a, "fetch", "-q")
    git(b, "fetch", "-q")
    git(a, "merge", "-q", "--no-edit", "origin/b")
    git(b, "merge", "-q", "--no-edit", "origin/a")
    assert (a / "claims.json").read_bytes() == (b / "claims.json").read_bytes()
    loads(a)
    got = claims(a)
    assert set(got) == {*one, new_a["uuid"], new_b["uuid"]}  # 3 was changed on B: kept
    c1 = got[first[1]]
    assert (c1["text"], c1["notes"]) == ("Talks collapse by May", "B's note")
    assert got[first[3]]["criteria"] == "B still needs it"
    assert got[first[2]]["status"] in ("confirmed", "refuted")
    ids = sorted(c["id"] for c in got.values())
    assert ids == [1, 2, 3, 4, 5]
    hist = [e for e in json.loads(ct(a, "history", "2", "--json").stdout)]
    assert any(e["action"] == "conflict" for e in hist)  # the losing verdict is in the history


def test_three_clones_syncing_in_turn_converge_and_lose_nothing(remote):
    from claimtrack.gitshare import sync

    clones = [clone(remote, name, setup=(name != "c")) for name in ("a", "b", "c")]  # c never ran git-setup
    added = set(claims(clones[0]))
    for round_ in range(2):
        for n, where in enumerate(clones):
            added.add(add(where, f"round {round_} on clone {n}")["uuid"])
            change(where, lambda s, n=n: s.edit(1, {"notes": f"note from clone {n}"}))
            sync(where / "claims.json")  # the library (the CLI's sync is tested below); git runs the driver
    for where in clones:
        sync(where / "claims.json")
    data = [(where / "claims.json").read_bytes() for where in clones]
    assert data[0] == data[1] == data[2]
    loads(clones[0])
    assert set(claims(clones[0])) == added
    assert sorted(c["id"] for c in claims(clones[0]).values()) == list(range(1, len(added) + 1))


def test_pull_rebase_with_two_local_commits_onto_colliding_work_never_stops(remote):
    a, b = clone(remote, "a"), clone(remote, "b")
    theirs = add(a, "Upstream adds 4")
    commit(a)
    git(a, "push", "-q")
    mine = add(b, "Local adds 4 too")
    commit(b, "add")
    change(b, lambda s: s.resolve(4, "confirmed", evidence="https://example.org/it-happened"))
    commit(b, "judge")
    proc = git(b, "pull", "--rebase")
    assert "CONFLICT" not in proc.stdout + proc.stderr
    assert not (b / ".git" / "rebase-merge").exists()
    got = claims(b)
    assert got[mine["uuid"]]["status"] == "confirmed" and got[theirs["uuid"]]["status"] == "open"
    assert {got[mine["uuid"]]["id"], got[theirs["uuid"]]["id"]} == {4, 5}
    loads(b)
    assert git(b, "status", "--porcelain").stdout == ""


def test_a_cherry_pick_across_colliding_ids(remote):
    a = clone(remote, "a")
    git(a, "checkout", "-q", "-b", "feature")
    picked = add(a, "On the feature branch")
    commit(a, "feature claim")
    git(a, "checkout", "-q", "main")
    other = add(a, "On main")
    commit(a, "main claim")
    git(a, "cherry-pick", "feature")
    got = claims(a)
    assert {got[picked["uuid"]]["id"], got[other["uuid"]]["id"]} == {4, 5}
    loads(a)


def test_a_criss_cross_merge_merges_the_common_ancestors_with_the_driver_too(remote):
    a = clone(remote, "a")
    git(a, "checkout", "-q", "-b", "x")
    x1 = add(a, "x1")
    commit(a, "x1")
    git(a, "checkout", "-q", "main")
    git(a, "checkout", "-q", "-b", "y")
    y1 = add(a, "y1")
    commit(a, "y1")
    git(a, "branch", "x-at-1", "x")
    git(a, "branch", "y-at-1", "y")
    git(a, "merge", "-q", "--no-edit", "x-at-1")  # y merges x1
    git(a, "checkout", "-q", "x")
    git(a, "merge", "-q", "--no-edit", "y-at-1")  # x merges y1: two merge bases from now on
    x2 = add(a, "x2")
    change(a, lambda s: s.edit(1, {"notes": "edited on x"}))
    commit(a, "x2")
    git(a, "checkout", "-q", "y")
    y2 = add(a, "y2")
    change(a, lambda s: s.edit(2, {"notes": "edited on y"}))
    commit(a, "y2")
    bases = git(a, "merge-base", "--all", "x", "y").stdout.split()
    assert len(bases) == 2
    proc = git(a, "merge", "--no-edit", "x")
    assert "CONFLICT" not in proc.stdout
    got = claims(a)
    assert {x1["uuid"], y1["uuid"], x2["uuid"], y2["uuid"]} <= set(got)
    assert len(got) == 7
    loads(a)


def test_undo_right_after_a_pull_refuses_to_cross_the_merge(remote):
    a, b = clone(remote, "a"), clone(remote, "b")
    add(a, "from A")
    ct(a, "sync")
    add(b, "from B")
    ct(b, "sync")
    before = (b / "claims.json").read_bytes()
    proc = ct(b, "undo", check=False)
    assert proc.returncode == 1 and "git" in proc.stderr
    assert (b / "claims.json").read_bytes() == before
    add(b, "after the merge")
    assert ct(b, "undo").returncode == 0  # a change made since the merge can be undone


def test_the_driver_refuses_an_input_that_is_not_a_claimtrack_database(gitenv, tmp_path):
    base, ours, theirs = (tmp_path / n for n in ("base.json", "ours.json", "theirs.json"))
    add_path = tmp_path / "base.json"
    with Store.open(add_path, write=True) as store:
        store.add({"text": "x", "claimant": "y"})
    shutil.copy(base, ours)
    theirs.write_text("<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> other\n")
    before = ours.read_bytes()
    proc = subprocess.run(claimtrack_exe() + ["merge-driver", str(base), str(ours), str(theirs), "claims.json"],
                          capture_output=True, text=True)
    assert proc.returncode == 3 and "conflict markers" in proc.stderr
    assert ours.read_bytes() == before


# -- git-resolve -------------------------------------------------------------------------------------------------
@pytest.fixture
def plain_remote(gitenv):
    """A remote whose claims.json nobody armed: git merges it as text."""
    bare = gitenv / "plain.git"
    git(gitenv, "init", "-q", "--bare", str(bare))
    seed = gitenv / "plain-seed"
    git(gitenv, "clone", "-q", str(bare), str(seed))
    for text in ("one", "two"):
        add(seed, text)
    commit(seed, "seed")
    git(seed, "push", "-q", "-u", "origin", "main")
    return bare


def test_a_fresh_clone_without_setup_is_repaired_with_git_resolve(plain_remote):
    a, b = clone(plain_remote, "pa", setup=False), clone(plain_remote, "pb", setup=False)
    from_a = add(a, "A's third claim")
    commit(a)
    git(a, "push", "-q")
    from_b = add(b, "B's third claim")
    change(b, lambda s: s.edit(1, {"notes": "B edits one"}))
    commit(b)
    proc = git(b, "pull", "--no-rebase", "--no-edit", check=False)
    assert proc.returncode != 0 and "CONFLICT" in proc.stdout
    listed = ct(b, "list", check=False)
    assert listed.returncode == 3 and "git-resolve" in listed.stderr
    out = ct(b, "git-resolve")
    assert "renumbered 3 → 4" in out.stdout and "git commit" in out.stdout
    assert git(b, "diff", "--name-only", "--diff-filter=U").stdout == ""
    git(b, "commit", "-q", "--no-edit")
    got = claims(b)
    assert {from_a["uuid"], from_b["uuid"]} <= set(got) and len(got) == 4
    assert next(c for c in got.values() if c["id"] == 1)["notes"] == "B edits one"
    loads(b)
    assert "nothing to resolve" in ct(b, "git-resolve").stdout


def test_git_resolve_repairs_a_merge_committed_with_conflict_markers(plain_remote):
    a, b = clone(plain_remote, "pa", setup=False), clone(plain_remote, "pb", setup=False)
    add(a, "A's")
    change(a, lambda s: s.delete(1))  # deleted on A, untouched on B: must stay deleted (needs the true base)
    commit(a)
    git(a, "push", "-q")
    add(b, "B's")
    commit(b)
    git(b, "pull", "--no-rebase", "--no-edit", check=False)
    git(b, "commit", "-q", "-a", "--no-edit")  # someone committed the text merge, markers and all
    assert b"<<<<<<<" in (b / "claims.json").read_bytes()
    result = json.loads(ct(b, "git-resolve", "--json").stdout)
    assert result["resolved"] and "parents of the merge commit" in result["from"]
    assert sorted(c["text"] for c in claims(b).values()) == ["A's", "B's", "two"]
    loads(b)
    assert "git commit" in result["next"]


# -- sync --------------------------------------------------------------------------------------------------------
def test_sync_round_trip_commits_with_a_counted_message_pulls_and_pushes(remote):
    a, b = clone(remote, "a"), clone(remote, "b", setup=False)
    add(a, "new one")
    add(a, "new two")
    change(a, lambda s: (s.resolve(1, "refuted"), s.resolve(2, "confirmed")))
    first = json.loads(ct(a, "sync", "--json").stdout)
    assert first["committed"]["message"] == "claimtrack: 2 added, 2 judged"
    assert git(a, "log", "-1", "--format=%s").stdout.strip() == "claimtrack: 2 added, 2 judged"
    assert first["pushed"] and first["went_out"] == {"added": 2, "judged": 2}
    assert first["upstream"] == "origin/main"
    add(b, "from b")
    text = ct(b, "sync", "-m", "B's claim").stdout
    assert "Committed: B's claim" in text
    assert "In from origin/main: 2 added, 2 judged" in text
    assert "renumbered 4 → 6" in text or "renumbered 4 → 5" in text or "renumbered" in text
    assert "Out to origin/main: 1 added" in text
    again = json.loads(ct(a, "sync", "--json").stdout)
    assert again["committed"] is None and again["pulled"] and again["came_in"] == {"added": 1}
    assert again["renumbered"]  # A learns that B's claim (or its own) moved
    assert (a / "claims.json").read_bytes() == (b / "claims.json").read_bytes()
    quiet = json.loads(ct(a, "sync", "--json").stdout)
    assert quiet["committed"] is None and not quiet["pulled"] and not quiet["pushed"]


def test_sync_without_an_upstream_commits_and_says_how_to_share(gitenv):
    repo = gitenv / "solo"
    git(gitenv, "init", "-q", str(repo))
    add(repo, "solo claim")
    out = ct(repo, "sync")
    assert "Committed: claimtrack: 1 added" in out.stdout and "no upstream branch" in out.stdout
    assert git(repo, "log", "-1", "--format=%s").stdout.strip() == "claimtrack: 1 added"


def test_sync_stops_and_says_what_to_do_when_git_cannot_finish(remote):
    a, b = clone(remote, "a"), clone(remote, "b")
    (a / "notes.txt").write_text("A's line\n")
    git(a, "add", "notes.txt")
    git(a, "commit", "-q", "-m", "notes")
    git(a, "push", "-q")
    (b / "notes.txt").write_text("B's line\n")
    git(b, "add", "notes.txt")
    git(b, "commit", "-q", "-m", "notes")
    add(b, "B's claim")
    proc = ct(b, "sync", check=False)
    assert proc.returncode == 1
    assert "conflicts in notes.txt" in proc.stderr and "git commit" in proc.stderr
    assert git(b, "log", "-1", "--format=%s", "HEAD").stdout.strip() == "claimtrack: 1 added"
    again = ct(b, "sync", check=False)
    assert again.returncode == 1 and "middle of a merge" in again.stderr


def test_sync_in_a_clone_that_pulls_with_rebase_keeps_history_linear(remote):
    a, b = clone(remote, "a"), clone(remote, "b", setup=False)
    git(b, "config", "pull.rebase", "true")
    from_a = add(a, "A's")
    ct(a, "sync")
    from_b = add(b, "B's")
    change(b, lambda s: s.resolve(4, "partial"))
    result = json.loads(ct(b, "sync", "--json").stdout)
    assert result["pushed"] and result["came_in"] == {"added": 1}
    assert git(b, "rev-list", "--merges", "--count", "HEAD").stdout.strip() == "0"
    got = claims(b)
    assert got[from_b["uuid"]]["status"] == "partial" and from_a["uuid"] in got
    assert sorted(c["id"] for c in got.values()) == [1, 2, 3, 4, 5]
    loads(b)


def test_git_resolve_after_a_criss_cross_merge_git_merged_as_text(plain_remote):
    a = clone(plain_remote, "pa", setup=False)
    git(a, "checkout", "-q", "-b", "x")
    add(a, "x1")
    commit(a, "x1")
    git(a, "checkout", "-q", "-b", "y", "main")
    add(a, "y1")
    commit(a, "y1")
    git(a, "branch", "y-at-1")
    for target, source in (("y", "x"), ("x", "y-at-1")):  # each merges the other: two merge bases from now on
        git(a, "checkout", "-q", target)
        assert git(a, "merge", "--no-edit", source, check=False).returncode != 0  # as text: a conflict
        ct(a, "git-resolve")
        git(a, "commit", "-q", "--no-edit")
    add(a, "x2")
    commit(a, "x2")
    git(a, "checkout", "-q", "y")
    change(a, lambda s: s.delete(1))
    add(a, "y2")
    commit(a, "y2")
    assert len(git(a, "merge-base", "--all", "x", "y").stdout.split()) == 2
    assert git(a, "merge", "--no-edit", "x", check=False).returncode != 0
    stage1 = git(a, "show", ":1:claims.json", check=False).stdout
    assert "<<<<<<<" in stage1  # git's virtual ancestor is itself a text merge
    ct(a, "git-resolve")
    git(a, "commit", "-q", "--no-edit")
    texts = sorted(c["text"] for c in claims(a).values())
    assert texts == ["two", "x1", "x2", "y1", "y2"]  # claim 1 deleted on y stays deleted
    loads(a)


def test_git_setup_names_this_python_when_claimtrack_is_not_on_path(remote, monkeypatch):
    a, b = clone(remote, "a", setup=False), clone(remote, "b", setup=False)
    git_dir = os.path.dirname(shutil.which("git"))
    monkeypatch.setenv("PATH", git_dir)  # git, but no claimtrack (the venv's bin is not here)
    from claimtrack.gitshare import setup

    for where in (a, b):
        result = setup(where / "claims.json")
        assert result["driver"].endswith("-m claimtrack merge-driver %O %A %B %P")
        assert os.path.realpath(sys.executable) in os.path.realpath(result["driver"].split(" -m ")[0])
    add(a, "A's")
    commit(a)
    git(a, "push", "-q")
    add(b, "B's")
    commit(b)
    proc = git(b, "pull", "--no-rebase", "--no-edit")
    assert "CONFLICT" not in proc.stdout
    assert len(claims(b)) == 5
