"""The warning every command prints when .gitattributes names the claimtrack driver but git's config lacks it.

`driver_warning` reads the files git reads, without running git (it runs on every command); where git is
installed, its answers are checked against git's own (`git check-attr`, `git config`).
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from claimtrack.gitshare import driver_warning


@pytest.fixture
def env(tmp_path, monkeypatch):
    """No git config anywhere unless a test writes one: a fake home, no system file."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    for name in ("GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOGLOBAL", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT",
                 "GIT_CONFIG_SYSTEM", "GIT_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    return tmp_path


def repo(root, attributes: str | None = "/claims.json merge=claimtrack\n"):
    (root / ".git" / "info").mkdir(parents=True)
    (root / ".git" / "config").write_text("[core]\n\tbare = false\n")
    if attributes is not None:
        (root / ".gitattributes").write_text(attributes)
    return root


DRIVER = '[merge "claimtrack"]\n\tname = claimtrack\n\tdriver = claimtrack merge-driver %O %A %B %P\n'


def test_warns_when_the_attributes_name_the_driver_and_no_config_defines_it(env):
    root = repo(env / "r")
    warning = driver_warning(root / "claims.json")
    assert warning.startswith("claimtrack: warning: ") and "'claimtrack git-setup'" in warning
    assert "claims.json" in warning and "\n" not in warning
    (root / ".git" / "config").write_text("[core]\n\tbare = false\n" + DRIVER)
    assert driver_warning(root / "claims.json") is None


def test_no_warning_outside_a_repository_or_without_the_attribute(env):
    assert driver_warning(env / "nowhere" / "claims.json") is None
    root = repo(env / "r", attributes="*.json diff\n")
    assert driver_warning(root / "claims.json") is None
    assert driver_warning(root / "other.json") is None


@pytest.mark.parametrize("where", ["GIT_CONFIG_GLOBAL", "xdg", "home", "system"])
def test_a_driver_in_the_global_or_system_config_counts(env, monkeypatch, where):
    root = repo(env / "r")
    config = env / "some-config"
    if where == "GIT_CONFIG_GLOBAL":
        monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    elif where == "xdg":
        monkeypatch.setenv("XDG_CONFIG_HOME", str(env / "xdg"))
        config = env / "xdg" / "git" / "config"
        config.parent.mkdir(parents=True)
    elif where == "home":
        config = env / "home" / ".gitconfig"
    else:
        monkeypatch.delenv("GIT_CONFIG_NOSYSTEM")
        monkeypatch.setenv("GIT_CONFIG_SYSTEM", str(config))
    config.write_text(DRIVER)
    assert driver_warning(root / "claims.json") is None
    if where == "GIT_CONFIG_GLOBAL":
        monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(env / "empty"))  # replaces ~/.gitconfig and xdg, as in git
        (env / "home" / ".gitconfig").write_text(DRIVER)
        assert driver_warning(root / "claims.json") is not None
    if where == "home":
        monkeypatch.setenv("GIT_CONFIG_NOGLOBAL", "1")
        assert driver_warning(root / "claims.json") is not None


def test_a_one_call_driver_counts(env, monkeypatch):
    root = repo(env / "r")
    monkeypatch.setenv("GIT_CONFIG_PARAMETERS", "'merge.claimtrack.driver'='python -m claimtrack merge-driver %O %A %B %P'")
    assert driver_warning(root / "claims.json") is None


def test_patterns_nested_attributes_and_worktrees(env):
    root = repo(env / "r", attributes="claims.json merge=claimtrack\n")
    (root / "desk").mkdir()
    assert driver_warning(root / "desk" / "claims.json") is not None  # no slash: any directory
    (root / "desk" / ".gitattributes").write_text("claims.json -merge\n")  # deeper files win
    assert driver_warning(root / "desk" / "claims.json") is None
    (root / ".gitattributes").write_text("/desk/*.json merge=claimtrack\n")
    (root / "desk" / ".gitattributes").write_text("# nothing\n")
    assert driver_warning(root / "desk" / "claims.json") is not None
    (root / ".gitattributes").write_text('"/desk/claims.json" merge=claimtrack\n')
    assert driver_warning(root / "desk" / "claims.json") is not None
    # a linked worktree: .git is a file naming its git dir, whose commondir holds the shared config
    tree = env / "tree"
    tree.mkdir()
    gitdir = root / ".git" / "worktrees" / "tree"
    gitdir.mkdir(parents=True)
    (gitdir / "commondir").write_text("../..\n")
    (tree / ".git").write_text(f"gitdir: {gitdir}\n")
    (tree / ".gitattributes").write_text("/claims.json merge=claimtrack\n")
    assert driver_warning(tree / "claims.json") is not None
    (root / ".git" / "config").write_text('[Merge "claimtrack"]\n  Driver=claimtrack merge-driver %O %A %B %P\n')
    assert driver_warning(tree / "claims.json") is None
    (root / ".git" / "config").write_text('[merge "Claimtrack"]\n  driver = x\n')  # subsections are case-sensitive
    assert driver_warning(tree / "claims.json") is not None


def test_it_runs_no_git_and_imports_nothing_heavy(env):
    root = repo(env / "r")
    code = ("import sys\nfrom claimtrack.gitshare import driver_warning\n"
            f"assert driver_warning({str(root / 'claims.json')!r})\n"
            "print(sorted(m for m in ('subprocess', 'orjson', 'claimtrack.storage', 'claimtrack.merge', 'typer')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("attributes, config, rel", [
    ("/claims.json merge=claimtrack\n", "", "claims.json"),
    ("/claims.json merge=claimtrack\n", DRIVER, "claims.json"),
    ("claims.json merge=claimtrack\n", "", "sub/claims.json"),
    ("/claims.json merge=claimtrack\n", "", "sub/claims.json"),
    ("*.json merge=claimtrack\nclaims.json merge=text\n", "", "claims.json"),
    ("/sub/claims.json merge=claimtrack\n", '[merge "claimtrack"]\n\tname = no driver here\n', "sub/claims.json"),
])
def test_it_agrees_with_git(env, attributes, config, rel):
    root = env / "g"
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / ".gitattributes").write_text(attributes)
    with open(root / ".git" / "config", "a") as f:
        f.write(config)
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    attr = subprocess.run(["git", "check-attr", "merge", "--", rel], cwd=root, capture_output=True, text=True).stdout
    driver = subprocess.run(["git", "config", "merge.claimtrack.driver"], cwd=root, capture_output=True, text=True)
    git_warns = attr.strip().endswith(": claimtrack") and driver.returncode != 0
    assert (driver_warning(root / rel) is not None) == git_warns
