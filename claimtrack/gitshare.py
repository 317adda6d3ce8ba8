"""Sharing a claims.json through git: git-setup, git-resolve, sync, and the missing-driver warning.

The merge itself is `claimtrack.merge` (pure, no git). This module runs git: it arms a repository so git merges
the database with claimtrack's driver, re-merges a file git merged as text, and syncs (commit, pull with the
driver, push). Nothing else in claimtrack needs git. `driver_warning` runs on every command, so it runs no git
and imports nothing beyond `os`: it reads .gitattributes and git's config files itself.
"""

from __future__ import annotations

import os

DRIVER = "claimtrack"
DRIVER_NAME = "claimtrack: merge claims by uuid, never lose one"
_ATTRIBUTE = f"merge={DRIVER}"


# -- the warning on every command (no subprocess, no imports) ----------------------------------------------------
def driver_warning(db_path: str | os.PathLike) -> str | None:
    """One warning line when the database's repository asks for the claimtrack driver in .gitattributes but no
    git config (local, global, system) defines it; else None. Never raises."""
    try:
        return _driver_warning(os.path.abspath(os.fspath(db_path)))
    except (OSError, UnicodeError, ValueError):
        return None


def _driver_warning(path: str) -> str | None:
    found = _find_repo(os.path.dirname(path))
    if found is None:
        return None
    top, git_dir = found
    rel = os.path.relpath(path, top).replace(os.sep, "/")
    if rel.startswith("../") or not _wants_driver(top, git_dir, rel):
        return None
    if _driver_configured(git_dir):
        return None
    return (f"claimtrack: warning: git here would merge {rel} as text: .gitattributes names claimtrack's merge "
            "driver, but this clone's git config lacks it; run 'claimtrack git-setup' once")


def _find_repo(start: str) -> tuple[str, str] | None:
    """(work tree top, git dir) of the repository holding `start`, found like git does: the nearest `.git`."""
    cur = start
    while True:
        dot_git = os.path.join(cur, ".git")
        if os.path.isdir(dot_git):
            return cur, dot_git
        if os.path.isfile(dot_git):  # a worktree or submodule: "gitdir: <path>"
            with open(dot_git, encoding="utf-8") as f:
                line = f.readline().strip()
            if line.startswith("gitdir:"):
                return cur, os.path.normpath(os.path.join(cur, line[7:].strip()))
            return None
        parent = os.path.dirname(cur)
        if parent == cur:
            return None
        cur = parent


def _common_dir(git_dir: str) -> str:
    try:
        with open(os.path.join(git_dir, "commondir"), encoding="utf-8") as f:
            return os.path.normpath(os.path.join(git_dir, f.read().strip()))
    except OSError:
        return git_dir


def _wants_driver(top: str, git_dir: str, rel: str) -> bool:
    """Does the last .gitattributes line matching `rel` (top level, then each directory down to the file, then
    info/attributes, as git orders them) set merge=claimtrack?"""
    from fnmatch import fnmatchcase

    files = [(os.path.join(top, ".gitattributes"), "")]
    parts = rel.split("/")[:-1]
    for depth in range(1, len(parts) + 1):
        sub = "/".join(parts[:depth])
        files.append((os.path.join(top, *parts[:depth], ".gitattributes"), sub + "/"))
    files.append((os.path.join(_common_dir(git_dir), "info", "attributes"), ""))
    wanted = False
    for name, prefix in files:
        try:
            with open(name, encoding="utf-8") as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        local = rel[len(prefix):]
        for line in lines:
            words = line.split()
            if not words or words[0].startswith("#"):
                continue
            pattern, attrs = words[0], words[1:]
            merge = [a for a in attrs if a in ("merge", "-merge", "!merge") or a.startswith("merge=")]
            if not merge:
                continue
            if pattern.startswith('"') and pattern.endswith('"') and len(pattern) > 1:
                pattern = pattern[1:-1]
            if "/" in pattern.rstrip("/"):
                hit = fnmatchcase(local, pattern.lstrip("/"))
            else:
                hit = fnmatchcase(local.rsplit("/", 1)[-1], pattern)
            if hit:
                wanted = merge[-1] == _ATTRIBUTE
    return wanted


def _config_files(git_dir: str) -> list[str]:
    env = os.environ
    files = []
    if not env.get("GIT_CONFIG_NOSYSTEM"):
        files.append(env.get("GIT_CONFIG_SYSTEM") or "/etc/gitconfig")
    if env.get("GIT_CONFIG_GLOBAL"):
        files.append(env["GIT_CONFIG_GLOBAL"])
    elif not env.get("GIT_CONFIG_NOGLOBAL"):
        home = os.path.expanduser("~")
        xdg = env.get("XDG_CONFIG_HOME") or os.path.join(home, ".config")
        files += [os.path.join(xdg, "git", "config"), os.path.join(home, ".gitconfig")]
    files.append(os.path.join(_common_dir(git_dir), "config"))
    return files


def _driver_configured(git_dir: str) -> bool:
    env = os.environ
    if f"merge.{DRIVER}.driver" in env.get("GIT_CONFIG_PARAMETERS", ""):
        return True  # `git -c merge.claimtrack.driver=... ` (what sync does) or a driver run from git
    for n in range(int(env.get("GIT_CONFIG_COUNT", "0") or 0)):
        if env.get(f"GIT_CONFIG_KEY_{n}", "").lower() == f"merge.{DRIVER}.driver":
            return True
    return any(_file_defines_driver(name) for name in _config_files(git_dir))


def _file_defines_driver(name: str) -> bool:
    """A `[merge "claimtrack"]` section with a `driver` in this git config file (includes are not followed)."""
    try:
        with open(name, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except OSError:
        return False
    inside = False
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("["):
            end = line.find("]")
            header = line[1:end].strip() if end != -1 else ""
            section, _, sub = header.partition(" ")
            sub = sub.strip()
            inside = (section.lower() == "merge" and sub == f'"{DRIVER}"') or header.lower() == f"merge.{DRIVER}"
            line = line[end + 1:].strip() if end != -1 else ""
            if not line:
                continue
        if inside and line.split("=", 1)[0].strip().lower() == "driver" and "=" in line:
            return True
    return False


# -- running git -------------------------------------------------------------------------------------------------
def _run(args: list[str], cwd: str | os.PathLike, *, check: bool = True, env: dict | None = None,
         text: bool = True):
    """Run git; InputError (exit 1) when git is missing or, with `check`, when the command fails."""
    import subprocess

    from .errors import InputError

    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=text,
                              env={**os.environ, **(env or {})})
    except FileNotFoundError:
        raise InputError("git is not installed (or not on PATH): claimtrack's git commands need it; "
                         "everything else works without it") from None
    if check and proc.returncode != 0:
        err = proc.stderr if text else proc.stderr.decode("utf-8", "replace")
        raise InputError(f"git {args[0]} failed: {_last_line(err) or 'exit ' + str(proc.returncode)}")
    return proc


def _last_line(text: str) -> str:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip() and not line.startswith("hint:")]
    return lines[-1] if lines else ""


class Repo:
    """The git repository holding a database file, and the file's path in it."""

    def __init__(self, db_path: str | os.PathLike) -> None:
        from pathlib import Path

        from .errors import InputError

        self.db = Path(os.path.abspath(os.fspath(db_path)))
        where = self.db.parent
        if not where.is_dir():
            raise InputError(f"{where} does not exist, so {self.db.name} is in no git repository")
        proc = _run(["rev-parse", "--show-toplevel", "--git-dir", "--git-common-dir"], where, check=False)
        if proc.returncode != 0:
            raise InputError(f"{self.db} is not in a git repository (run 'git init' there, or point --db at a "
                             "claims.json inside a clone)")
        top, git_dir, common = proc.stdout.splitlines()[:3]
        self.top = Path(top)
        self.git_dir = (where / git_dir).resolve()
        self.common_dir = (where / common).resolve()
        try:
            self.rel = self.db.resolve().relative_to(self.top.resolve()).as_posix()
        except ValueError:
            raise InputError(f"{self.db} is outside the work tree of {self.top}") from None

    def git(self, *args: str, check: bool = True, env: dict | None = None, text: bool = True):
        return _run(list(args), self.top, check=check, env=env, text=text)

    def blob(self, rev: str) -> bytes | None:
        """The database's content at a revision or index stage (`:1`), or None if it has none there."""
        proc = self.git("cat-file", "blob", f"{rev}:{self.rel}", check=False, text=False)
        return proc.stdout if proc.returncode == 0 else None

    def state(self) -> str | None:
        """What git is in the middle of, if anything: 'merge', 'rebase', 'cherry-pick', 'revert'."""
        for name, what in (("MERGE_HEAD", "merge"), ("rebase-merge", "rebase"), ("rebase-apply", "rebase"),
                           ("CHERRY_PICK_HEAD", "cherry-pick"), ("REVERT_HEAD", "revert")):
            if (self.git_dir / name).exists():
                return what
        return None

    def upstream(self) -> str | None:
        proc = self.git("rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}", check=False)
        return proc.stdout.strip() if proc.returncode == 0 and proc.stdout.strip() else None

    def push_target(self, upstream: str) -> tuple[str, str]:
        """(remote, ref) the current branch pulls from: where sync pushes (whatever push.default says)."""
        branch = self.git("symbolic-ref", "--short", "-q", "HEAD", check=False).stdout.strip()
        remote = self.git("config", f"branch.{branch}.remote", check=False).stdout.strip() if branch else ""
        ref = self.git("config", f"branch.{branch}.merge", check=False).stdout.strip() if branch else ""
        if remote and ref:
            return remote, ref
        remote, _, name = upstream.partition("/")
        return remote, f"refs/heads/{name}"


def driver_command() -> str:
    """The driver command line for git's config: plain `claimtrack` when that is this claimtrack on PATH."""
    import shlex
    import shutil
    import sys

    exe = shutil.which("claimtrack")
    here = os.path.dirname(sys.executable)
    if exe and os.path.dirname(os.path.abspath(exe)) == os.path.abspath(here):
        return f"{DRIVER} merge-driver %O %A %B %P"
    return f"{shlex.quote(sys.executable)} -m claimtrack merge-driver %O %A %B %P"


def _one_call_config() -> list[str]:
    """`git -c` options that define the driver for one git command, even in a clone that never ran git-setup."""
    import shlex
    import sys

    command = f"{shlex.quote(sys.executable)} -m claimtrack merge-driver %O %A %B %P"
    return ["-c", f"merge.{DRIVER}.driver={command}", "-c", f"merge.{DRIVER}.name={DRIVER_NAME}"]


# -- git-setup ---------------------------------------------------------------------------------------------------
def _attr_pattern(rel: str) -> str:
    """A .gitattributes/.gitignore pattern naming exactly this path from the top of the work tree."""
    special = set('*?[\\!#" ')
    escaped = "".join("\\" + c if c in "*?[\\" else c for c in rel)
    if any(c in special for c in rel) or any(c.isspace() for c in rel):
        escaped = '"' + escaped.replace('"', '\\"') + '"'
    return "/" + escaped if not escaped.startswith('"') else '"/' + escaped[1:]


def setup(db_path: str | os.PathLike) -> dict:
    """Arm the repository: .gitattributes names the driver, .gitignore the lock file, the config defines the
    driver. Idempotent; says what it did."""
    repo = Repo(db_path)
    done: list[dict] = []

    attributes = repo.top / ".gitattributes"
    if _wants_driver(str(repo.top), str(repo.git_dir), repo.rel):
        done.append({"file": ".gitattributes", "changed": False, "note": f"already merges {repo.rel} with claimtrack"})
    else:
        line = f"{_attr_pattern(repo.rel)} {_ATTRIBUTE}"
        _append_line(attributes, line)
        done.append({"file": ".gitattributes", "changed": True, "note": f"added '{line}'"})

    ignore = repo.top / ".gitignore"
    lock_line = _attr_pattern(repo.rel + ".lock")
    existing = ignore.read_text(encoding="utf-8").splitlines() if ignore.exists() else []
    lock_rel = repo.rel + ".lock"
    if any(entry.strip() in (lock_line, lock_rel, "/" + lock_rel, "*.lock", os.path.basename(lock_rel))
           for entry in existing):
        done.append({"file": ".gitignore", "changed": False, "note": f"already ignores {lock_rel}"})
    else:
        _append_line(ignore, lock_line)
        done.append({"file": ".gitignore", "changed": True, "note": f"added '{lock_line}' (the lock file)"})

    command = driver_command()
    for key, value in ((f"merge.{DRIVER}.name", DRIVER_NAME), (f"merge.{DRIVER}.driver", command)):
        current = repo.git("config", "--local", "--get", key, check=False).stdout.strip()
        if current == value:
            done.append({"file": ".git/config", "changed": False, "note": f"{key} already set"})
        else:
            repo.git("config", "--local", key, value)
            done.append({"file": ".git/config", "changed": True, "note": f"set {key} = {value}"})
    pending = [d["file"] for d in done if d["changed"] and d["file"] != ".git/config"]
    return {"repository": str(repo.top), "database": repo.rel, "driver": command, "actions": done,
            "changed": any(d["changed"] for d in done), "to_commit": pending}


def _append_line(path, line: str) -> None:
    from .storage import atomic_write

    old = path.read_bytes() if path.exists() else b""
    if old and not old.endswith(b"\n"):
        old += b"\n"
    atomic_write(path, old + line.encode("utf-8") + b"\n", what=str(path), clean_stale=False)


# -- git-resolve -------------------------------------------------------------------------------------------------
def resolve(db_path: str | os.PathLike) -> dict:
    """Re-merge a database git merged as text, from the index's three stages (or, after a merge commit was made
    with a broken file, from the commit's parents), write it in place and stage it."""
    from .errors import CorruptDatabase, InputError
    from .storage import Database

    repo = Repo(db_path)
    stages = _stages(repo)
    source = "the index (a merge git left unfinished)"
    if stages:
        if 2 not in stages or 3 not in stages:
            side = "ours" if 2 not in stages else "theirs"
            raise InputError(f"{repo.rel} was deleted on one side ({side}) and changed on the other: keep it with "
                             f"'git add {repo.rel}' or drop it with 'git rm {repo.rel}'")
        base, ours, theirs = (repo.git("cat-file", "blob", stages[n], text=False).stdout if n in stages else b""
                              for n in (1, 2, 3))
        base = _usable_base(repo, base, "HEAD", "MERGE_HEAD" if repo.state() == "merge" else None)
    else:
        try:
            Database.load(repo.db).validate()
            return {"database": repo.rel, "resolved": False, "note": f"nothing to resolve: {repo.rel} loads and git "
                    "has no conflict on it"}
        except CorruptDatabase:
            pass
        parents = repo.git("rev-list", "--parents", "-n", "1", "HEAD", check=False).stdout.split()[1:]
        if len(parents) != 2:
            raise InputError(f"{repo.rel} does not load, and git holds no versions to merge it from (no conflict "
                             "in the index, and HEAD is not a merge): restore it with 'git checkout -- "
                             f"{repo.rel}' or an earlier commit")
        ours, theirs = repo.blob(parents[0]) or b"", repo.blob(parents[1]) or b""
        base = _base_of(repo, parents[0], parents[1])
        source = f"the parents of the merge commit {parents[0][:10]} and {parents[1][:10]}"
    summary = _merge_into_work_tree(repo, base, ours, theirs)
    repo.git("add", "--", repo.rel)
    out = {"database": repo.rel, "resolved": True, "from": source, **summary.as_dict()}
    if not stages:
        out["next"] = f"commit the repaired file: git commit -m 'claimtrack git-resolve' -- {repo.rel}"
    elif repo.state() == "rebase":
        out["next"] = "continue: git rebase --continue"
    elif repo.state() == "cherry-pick":
        out["next"] = "continue: git cherry-pick --continue"
    else:
        out["next"] = "finish the merge: git commit"
    return out


def _stages(repo: Repo) -> dict[int, str]:
    proc = repo.git("ls-files", "-u", "-z", "--", repo.rel)
    stages: dict[int, str] = {}
    for record in proc.stdout.split("\0"):
        if not record:
            continue
        info, _, _path = record.partition("\t")
        _mode, sha, stage = info.split()
        stages[int(stage)] = sha
    return stages


def _usable_base(repo: Repo, base: bytes, ours_rev: str | None, theirs_rev: str | None) -> bytes:
    """The base to merge against. Stage 1 can itself hold conflict markers (git's virtual ancestor of a
    criss-cross merge, merged as text): then the merge bases are merged with claimtrack's rules instead."""
    from .errors import CorruptDatabase
    from .merge import image_from_bytes

    try:
        image_from_bytes(base, "base")
        return base
    except CorruptDatabase:
        if not (ours_rev and theirs_rev):
            raise
    return _base_of(repo, ours_rev, theirs_rev)


def _base_of(repo: Repo, ours_rev: str, theirs_rev: str, depth: int = 0) -> bytes:
    """The database at the merge base of two commits. Several merge bases (a criss-cross) are merged first, each
    against their own merge base, as git's recursive strategy does (past a few levels, against nothing: then
    every claim of every base is kept)."""
    bases = repo.git("merge-base", "--all", ours_rev, theirs_rev, check=False).stdout.split()
    blobs = [repo.blob(rev) or b"" for rev in bases]
    if not blobs:
        return b""
    merged = blobs[0]
    for rev, other in zip(bases[1:], blobs[1:]):
        below = _base_of(repo, bases[0], rev, depth + 1) if depth < 8 else b""
        merged = _merge_bytes(below, merged, other)
    return merged


def _merge_bytes(base: bytes, ours: bytes, theirs: bytes) -> bytes:
    from .merge import image_from_bytes, merge_images

    return merge_images(image_from_bytes(base, "base"), image_from_bytes(ours, "ours"),
                        image_from_bytes(theirs, "theirs")).data


def _merge_into_work_tree(repo: Repo, base: bytes, ours: bytes, theirs: bytes):
    """Merge, check that the result loads, and replace the work-tree file under claimtrack's lock."""
    from .merge import image_from_bytes, merge_images, write_checked
    from .storage import locked

    images = [image_from_bytes(base, f"{repo.rel} (base)"), image_from_bytes(ours, f"{repo.rel} (ours)"),
              image_from_bytes(theirs, f"{repo.rel} (theirs)")]
    merged = merge_images(*images)
    del images
    with locked(repo.db, holder="claimtrack git-resolve"):
        write_checked(repo.db, merged, repo.rel)
    return merged.summary


# -- sync --------------------------------------------------------------------------------------------------------
#: How the default commit message and the report name each kind of history entry.
_KINDS = {"add": "added", "confirmed": "judged", "refuted": "judged", "resolve": "judged", "reopen": "reopened",
          "edit": "edited", "delete": "deleted", "undo": "undone", "forecast": "forecasts", "import": "imported"}


def count_changes(old: bytes | None, new: bytes) -> dict[str, int]:
    """History entries in `new` that `old` lacks, counted by kind ('added', 'judged', ...); the entries a merge
    writes itself are reported one by one instead (see `_merge_news`)."""
    import orjson

    from .merge import history_bodies

    have: dict[bytes, int] = {}
    if old:
        for body in history_bodies(old, "before"):
            have[body] = have.get(body, 0) + 1
    counts: dict[str, int] = {}
    for body in history_bodies(new, "after"):
        if have.get(body, 0) > 0:
            have[body] -= 1
            continue
        entry = orjson.loads(body)
        if entry.get("via") == "merge":
            continue
        action = str(entry.get("action"))
        kind = _KINDS.get(action, action)
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def describe(counts: dict[str, int]) -> str:
    order = list(dict.fromkeys(_KINDS.values()))
    parts = [f"{counts[k]} {k}" for k in sorted(counts, key=lambda k: (order.index(k) if k in order else 99, k))]
    return ", ".join(parts) if parts else "no changes"


def sync(db_path: str | os.PathLike, message: str | None = None) -> dict:
    """Commit the database if it changed, pull with the driver, push when there is an upstream.

    The database's lock is held throughout, so no claimtrack command writes the file while git commits and
    replaces it (one that tries waits, and names 'claimtrack sync' if it waits too long)."""
    from .storage import locked

    repo = Repo(db_path)
    with locked(repo.db, holder="claimtrack sync"):
        return _sync(repo, message)


def _sync(repo: Repo, message: str | None) -> dict:
    from .errors import InputError

    busy = repo.state()
    if busy:
        raise InputError(f"git is in the middle of a {busy} here: finish it first (git status says how), "
                         "then run 'claimtrack sync' again")
    _check_loads(repo)
    report: dict = {"repository": str(repo.top), "database": repo.rel, "committed": None, "upstream": None,
                    "pulled": False, "came_in": {}, "conflicts": [], "renumbered": [], "kept": [],
                    "pushed": False, "went_out": {}}

    # 1. commit the database if it changed
    status = repo.git("status", "--porcelain", "--", repo.rel).stdout
    if status.strip():
        now = repo.db.read_bytes() if repo.db.exists() else b""
        counts = count_changes(repo.blob("HEAD"), now)
        text = message or f"claimtrack: {describe(counts)}"
        repo.git("add", "--", repo.rel)
        proc = repo.git("commit", "-q", "-m", text, "--", repo.rel, check=False)
        if proc.returncode != 0:
            raise InputError(f"git commit failed: {_last_line(proc.stderr + proc.stdout)}")
        report["committed"] = {"message": text, "changes": counts}

    upstream = repo.upstream()
    report["upstream"] = upstream
    if upstream is None:
        branch = repo.git("branch", "--show-current", check=False).stdout.strip() or "HEAD"
        remotes = repo.git("remote", check=False).stdout.split()
        hint = (f"git push -u {remotes[0]} {branch}" if remotes else "git remote add origin URL, then git push -u origin " + branch)
        report["note"] = f"no upstream branch: nothing pulled or pushed (to share, set one: {hint})"
        return report

    # 2. pull with the driver, 3. push; once more if someone pushed in between
    for attempt in range(3):
        before = repo.db.read_bytes() if repo.db.exists() else b""
        _pull(repo)
        after = repo.db.read_bytes() if repo.db.exists() else b""
        if after != before:
            report["pulled"] = True
            _merge_news(report, before, after)
            for kind, n in count_changes(before, after).items():
                report["came_in"][kind] = report["came_in"].get(kind, 0) + n
        ahead = int(repo.git("rev-list", "--count", f"{upstream}..HEAD").stdout.strip() or 0)
        if not ahead:
            return report
        remote_version = repo.blob(upstream)
        remote, ref = repo.push_target(upstream)
        proc = repo.git("push", "--porcelain", remote, f"HEAD:{ref}", check=False)
        if proc.returncode == 0:
            report["pushed"] = True
            report["went_out"] = count_changes(remote_version, after)
            return report
        rejected = "rejected" in proc.stdout + proc.stderr or "fetch first" in proc.stderr
        if not rejected:
            raise InputError(f"git push failed: {_last_line(proc.stderr + proc.stdout)}; your commits are safe "
                             "locally: fix that, then run 'claimtrack sync' again")
    raise InputError("git push was rejected three times (others keep pushing): run 'claimtrack sync' again")


def _check_loads(repo: Repo) -> None:
    from .storage import Database

    if repo.db.exists():
        Database.load(repo.db).validate()  # CorruptDatabase (exit 3) names git-resolve for a text-merged file


def _pull(repo: Repo) -> None:
    from .errors import InputError

    args = _one_call_config()
    attributes = None
    if not _wants_driver(str(repo.top), str(repo.git_dir), repo.rel):
        attributes = _temp_attributes(repo)
        args += ["-c", f"core.attributesFile={attributes}"]
    configured = repo.git("config", "--get", "pull.rebase", check=False).stdout.strip()
    configured = configured or repo.git("config", "--get", "pull.ff", check=False).stdout.strip()
    mode = [] if configured else ["--no-rebase"]  # git >= 2.33 refuses to guess on divergent branches
    try:
        proc = repo.git(*args, "pull", "--no-edit", *mode, check=False)
    finally:
        if attributes:
            os.unlink(attributes)
    if proc.returncode == 0:
        return
    state = repo.state()
    conflicted = [p for p in repo.git("diff", "--name-only", "--diff-filter=U", check=False).stdout.splitlines() if p]
    said = _last_line(proc.stderr + "\n" + proc.stdout)
    if conflicted:
        files = ", ".join(conflicted[:5]) + (" ..." if len(conflicted) > 5 else "")
        if repo.rel in conflicted:
            raise InputError(f"git stopped the pull with a conflict on {files}: run 'claimtrack git-resolve', "
                             "then finish with 'git commit' (or 'git rebase --continue')")
        finish = "git rebase --continue" if state == "rebase" else "git commit"
        undo = "git rebase --abort" if state == "rebase" else "git merge --abort"
        raise InputError(f"git stopped the pull with conflicts in {files} (not claimtrack's file): resolve them "
                         f"and run '{finish}', or give up with '{undo}'; your claims are committed and safe")
    raise InputError(f"git pull failed: {said or 'exit ' + str(proc.returncode)}; your claims are committed "
                     "and safe: fix that, then run 'claimtrack sync' again")


def _temp_attributes(repo: Repo) -> str:
    """An attributes file for one git call: the user's own (if any) plus the line naming the driver."""
    import tempfile

    own = repo.git("config", "--path", "--get", "core.attributesFile", check=False).stdout.strip()
    text = ""
    if own and os.path.isfile(os.path.expanduser(own)):
        with open(os.path.expanduser(own), encoding="utf-8", errors="replace") as f:
            text = f.read()
        if text and not text.endswith("\n"):
            text += "\n"
    fd, name = tempfile.mkstemp(prefix="claimtrack-attributes-")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text + f"{_attr_pattern(repo.rel)} {_ATTRIBUTE}\n")
    return name


def _merge_news(report: dict, before: bytes, after: bytes) -> None:
    """The merge's own decisions that the pull brought (conflicts settled, claims renumbered or kept)."""
    import orjson

    from .merge import history_bodies

    old = set(history_bodies(before, "before"))
    for body in history_bodies(after, "after"):
        if body in old or b'"via":"merge"' not in body:
            continue
        entry = orjson.loads(body)
        changes = entry.get("changes") if isinstance(entry.get("changes"), dict) else {}
        pairs = {name: pair for name, pair in changes.items() if isinstance(pair, list) and len(pair) == 2}
        if entry.get("action") == "renumber" and "id" in pairs:
            report["renumbered"].append({"uuid": entry.get("uuid"), "from": pairs["id"][0], "to": pairs["id"][1]})
        elif entry.get("action") == "conflict" and entry.get("restored"):
            report["kept"].append({"id": entry.get("claim"), "uuid": entry.get("uuid")})
        elif entry.get("action") == "conflict":
            for name, (lost, kept) in pairs.items():
                report["conflicts"].append({"id": entry.get("claim"), "uuid": entry.get("uuid"), "field": name,
                                            "kept": kept, "lost": lost})
