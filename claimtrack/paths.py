"""Which database file a command uses, and why.

`--db PATH` > `CLAIMTRACK_DB` > `claims.json` in the current directory or the nearest parent that has one >
the per-user default, `$XDG_DATA_HOME/claimtrack/claims.json` (`~/.local/share/claimtrack/claims.json`;
`%APPDATA%\\claimtrack\\claims.json` on Windows). Walking up lets a project keep its claims beside its work,
the way git finds its repository.
"""

from __future__ import annotations

import os
from pathlib import Path

FILENAME = "claims.json"


def user_default() -> Path:
    if os.name == "nt":  # pragma: no cover
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "claimtrack" / FILENAME


def resolve(explicit: str | os.PathLike | None = None) -> tuple[Path, str]:
    """(path, how it was chosen) for commands that read or change claims."""
    if explicit:
        return Path(explicit), "--db option"
    env = os.environ.get("CLAIMTRACK_DB")
    if env:
        return Path(env), "CLAIMTRACK_DB environment variable"
    here = Path.cwd()
    for directory in (here, *here.parents):
        candidate = directory / FILENAME
        if candidate.is_file():
            how = "claims.json in the current directory" if directory == here else "nearest claims.json in a parent directory"
            return candidate, how
    return user_default(), "per-user default"


def for_init(explicit: str | os.PathLike | None = None) -> tuple[Path, str]:
    """`init` creates the file where it was asked for, or here: never in a parent it happened to find."""
    if explicit:
        return Path(explicit), "--db option"
    env = os.environ.get("CLAIMTRACK_DB")
    if env:
        return Path(env), "CLAIMTRACK_DB environment variable"
    return Path.cwd() / FILENAME, "current directory"
