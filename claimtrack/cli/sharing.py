"""Sharing claims through git: git-setup, merge-driver, git-resolve, sync (the library is claimtrack.gitshare)."""

from __future__ import annotations

import sys
from typing import Annotated, Any, Optional

import typer

from claimtrack.cli.base import JsonOpt, command, db_path, emit_json, show_path


#: At most this many decisions are listed one by one (each is in its claim's history anyway).
SHOWN = 30


def _short(value: Any, width: int = 60) -> str:
    """A value from a claim, on one line, cut to `width` and quoted if text: user text shown literally and safely."""
    from claimtrack.textsafe import one_line

    if isinstance(value, dict):
        text = ", ".join(f"{k}={v}" for k, v in value.items() if v is not None) or "∅"
    elif value is None:
        text = "∅"
    elif isinstance(value, list):
        text = ", ".join(map(str, value)) or "[]"
    else:
        text = str(value)
    text = one_line(text)
    text = text if len(text) <= width else text[: width - 1] + "…"
    return f"'{text}'" if isinstance(value, str) else text


def _verdict(value: dict) -> str:
    """A verdict as people say it: 'refuted on 2026-07-01', or 'open'."""
    status, resolution = value.get("status"), value.get("resolution") or {}
    return f"'{status}" + (f" on {resolution['on']}'" if resolution.get("on") else "'")


def _decisions(summary: dict) -> list[str]:
    """One line per decision a merge took, so nobody reads 'conflicts resolved: 2' without knowing which."""
    lines = []
    for c in summary.get("conflicts", []):
        field = c["field"]
        why = f" ({c['why']})" if c.get("why") else ""
        show = _verdict if field == "verdict" else _short
        lines.append(f"claim {c['id']} {field}: kept {show(c['kept'])} over {show(c['lost'])}{why}; "
                     f"the other value is in 'claimtrack history {c['id']}'")
    for k in summary.get("kept", []):
        lines.append(f"claim {k['id']} was deleted on one side and changed on the other: kept, with the change "
                     f"('claimtrack delete {k['id']}' if it should go)")
    for r in summary.get("renumbered", []):
        what = f" {_short(r['text'], 50)}" if r.get("text") is not None else ""
        lines.append(f"claim{what} renumbered {r['from']} → {r['to']} (another claim took id {r['from']}; "
                     f"'claimtrack history {r['to']}' shows it)")
    if len(lines) > SHOWN:
        lines[SHOWN:] = [f"… and {len(lines) - SHOWN} more, each in its claim's history ('claimtrack history ID')"]
    return lines


@command("git-setup", epilog="Example: claimtrack git-setup   (in the clone that holds claims.json; once per clone)")
def git_setup_cmd(as_json: JsonOpt = False) -> None:
    """Make git merge the database with claimtrack's driver (once per clone).

    Adds the database to .gitattributes with merge=claimtrack, its lock file to .gitignore, and the driver to
    this clone's git config. Running it again changes nothing.
    """
    from claimtrack import gitshare
    from claimtrack.textsafe import one_line

    result = gitshare.setup(db_path())
    if as_json:
        emit_json(result)
        return
    print(one_line(f"{'Set up' if result['changed'] else 'Already set up:'} {result['repository']} "
                   f"merges {result['database']} with claimtrack's driver"))
    for action in result["actions"]:
        print(one_line(f"  {action['file']}: {action['note']}"))
    if result["to_commit"]:
        files = " ".join(result["to_commit"])
        print(one_line(f"Commit {files} so every clone merges claims this way: git add {files} && "
                       f"git commit -m 'claimtrack: merge {result['database']} with its driver'"))
    print("Each other clone runs 'claimtrack git-setup' once (git does not copy config), or just uses "
          "'claimtrack sync'.")


@command("merge-driver", epilog="Example (by hand, on three versions of a database):\n\n"
                                 "  claimtrack merge-driver base.json ours.json theirs.json claims.json\n\n"
                                 "Git runs it itself once 'claimtrack git-setup' has set\n\n"
                                 "  merge.claimtrack.driver = claimtrack merge-driver %O %A %B %P")
def merge_driver_cmd(
    base: Annotated[str, typer.Argument(help="The common ancestor's version (git's %O).", metavar="BASE", show_default=False)],
    ours: Annotated[str, typer.Argument(help="Our version (git's %A); the result replaces it.", metavar="OURS", show_default=False)],
    theirs: Annotated[str, typer.Argument(help="Their version (git's %B).", metavar="THEIRS", show_default=False)],
    path: Annotated[Optional[str], typer.Argument(help="The file's path in the repository (git's %P), for messages.", metavar="PATH", show_default=False)] = None,
    as_json: JsonOpt = False,
) -> None:
    """Merge two versions of a claims database against their ancestor (git's merge driver).

    Writes the result over OURS. Exit 0 when merged (conflicts settled by the rules in the README); exit 3,
    with OURS untouched, when an input is not a claimtrack database.
    """
    from claimtrack.merge import merge_files
    from claimtrack.textsafe import one_line

    summary = merge_files(base, ours, theirs, name=path).as_dict()
    if as_json:
        emit_json(summary)
        return
    decisions = _decisions(summary)
    if decisions:
        name = show_path(path or ours)
        total = sum(len(summary[k]) for k in ("renumbered", "conflicts", "kept"))
        sys.stderr.write(one_line(f"claimtrack: merged {name}: {total} decision(s) to know about") + "\n")
        for line in decisions:
            sys.stderr.write("  " + line + "\n")


@command("git-resolve", epilog="Example: git pull   # CONFLICT (content): Merge conflict in claims.json\n\n"
                                "         claimtrack git-resolve && git commit")
def git_resolve_cmd(as_json: JsonOpt = False) -> None:
    """Re-merge a database that git merged as text, and stage it.

    For a clone without the driver: takes the three versions from git's index (or the parents of a merge
    commit that holds a broken file), merges them by claimtrack's rules, writes the file and 'git add's it.
    """
    from claimtrack import gitshare
    from claimtrack.textsafe import one_line

    result = gitshare.resolve(db_path())
    if as_json:
        emit_json(result)
        return
    if not result["resolved"]:
        print(one_line(result["note"]))
        return
    print(one_line(f"Re-merged {result['database']} from {result['from']}: {result['claims']} claims; staged"))
    for line in _decisions(result):
        print("  " + line)
    print(one_line(f"Next: {result['next']}"))


@command("sync", epilog="Example: claimtrack sync -m 'Judged the April claims'")
def sync_cmd(
    message: Annotated[Optional[str], typer.Option("--message", "-m", metavar="MESSAGE", help="Commit message (default: counts the changes, e.g. 'claimtrack: 3 added, 2 judged').")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Commit the database, pull others' claims (merged by claimtrack's rules) and push yours.

    Works in any clone, set up or not: the driver is configured for the pull itself. Without an upstream
    branch it only commits. Where git cannot finish, it stops and says what to do.
    """
    from claimtrack import gitshare
    from claimtrack.textsafe import one_line

    result = gitshare.sync(db_path(), message)
    if as_json:
        emit_json(result)
        return
    out = []
    if result["committed"]:
        out.append(f"Committed: {result['committed']['message']}")
    if result["upstream"] is None:
        out.append(result["note"])
    else:
        came = gitshare.describe(result["came_in"]) if result["pulled"] else "nothing new"
        out.append(f"In from {result['upstream']}: {came}")
        went = gitshare.describe(result["went_out"]) if result["pushed"] else "nothing to push"
        out.append(f"Out to {result['upstream']}: {went}")
    for line in out:
        print(one_line(line))
    for line in _decisions(result):
        print("  " + line)
