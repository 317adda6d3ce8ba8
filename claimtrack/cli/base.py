"""The CLI's shared parts: the command registry, the option types commands share, and the plumbing.

Every command module under `claimtrack.cli` imports this one and nothing else of the CLI, so the modules form a
star, never a circle. Nothing here imports Rich, TinyDB or the store at import time: a command pays for what it
uses, when it uses it.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any, Callable, List, Optional

import typer

from claimtrack.errors import InputError

#: name -> (function, typer options), filled in by the `@command` decorators of the module being run.
COMMANDS: dict[str, tuple[Callable[..., Any], dict[str, Any]]] = {}
#: Global options, set by the app's callback before a command runs.
state: dict[str, Any] = {"db": None, "debug": False}

EPILOG_EXIT = "Exit codes: 0 ok, 1 bad input or unknown claim, 2 usage error, 3 storage problem."


def command(name: str, **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def register(func: Callable[..., Any]) -> Callable[..., Any]:
        COMMANDS[name] = (func, kwargs)
        return func

    return register


# -- plumbing -------------------------------------------------------------------------------------------
def db_path():
    from claimtrack.paths import resolve

    return resolve(state["db"])[0]


def holder() -> str:
    return "claimtrack " + " ".join(sys.argv[1:3])[:80]


def open_store(write: bool = False):
    from claimtrack.store import Store

    return Store.open(db_path(), write=write, holder=holder())


def emit_json(data: Any) -> None:
    import orjson

    out = orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    sys.stdout.flush()
    sys.stdout.buffer.write(out)
    sys.stdout.buffer.flush()


def view(claim: dict) -> dict:
    from claimtrack.model import claim_view

    return claim_view(claim)


def read_text_arg(value: str) -> str:
    """`-` means: read the text from stdin (one trailing newline is dropped, the rest is kept exactly)."""
    if value != "-":
        return value
    text = sys.stdin.read()
    return text[:-1] if text.endswith("\n") else text


def print_claim(claim: dict, title: str | None = None) -> None:
    from claimtrack.render import print_claim as _print

    _print(claim, title)


def done(claim: dict, as_json: bool, title: str) -> None:
    if as_json:
        emit_json(view(claim))
    else:
        print_claim(claim, title)


# -- option types shared by commands ---------------------------------------------------------------------------
JsonOpt = Annotated[bool, typer.Option("--json", help="Print exactly the JSON (for scripts).")]
IdArg = Annotated[str, typer.Argument(help="The claim's id (or its uuid).", metavar="ID", show_default=False)]
EvidenceOpt = Annotated[Optional[str], typer.Option("--evidence", "-e", metavar="URL", help="URL of the evidence for the verdict.")]
NoteOpt = Annotated[Optional[str], typer.Option("--note", "-n", metavar="TEXT", help="Why the verdict is what it is.")]
OnOpt = Annotated[Optional[str], typer.Option("--on", metavar="DATE", help="Date of the verdict, YYYY-MM-DD (default today).")]
StatusOpt = Annotated[Optional[List[str]], typer.Option("--status", "-s", metavar="STATUS", help="Only claims with this status (repeatable).")]
ByOpt = Annotated[Optional[str], typer.Option("--by", metavar="NAME", help="Only claims whose claimant contains this (any case).")]
TagOpt = Annotated[Optional[List[str]], typer.Option("--tag", "-t", metavar="TAG", help="Only claims with this tag (repeatable: all must match).")]
SearchOpt = Annotated[Optional[str], typer.Option("--search", metavar="TEXT", help="Only claims whose text, quote, criteria or notes contain this.")]
DueBeforeOpt = Annotated[Optional[str], typer.Option("--due-before", metavar="DATE", help="Only claims due before this date.")]
OverdueOpt = Annotated[bool, typer.Option("--overdue", help="Only open claims whose due date has passed.")]
SortOpt = Annotated[str, typer.Option("--sort", metavar="KEY", help="id, said, due, claimant, status, confidence or updated; prefix - to reverse.")]
LimitOpt = Annotated[Optional[int], typer.Option("--limit", "-l", metavar="N", help="Show at most this many claims.")]


def make_filter(status=None, by=None, tag=None, search=None, due_before=None, overdue=False, sort="id", limit=None):
    from claimtrack.model import parse_date, today
    from claimtrack.query import Filter

    return Filter(
        statuses=[s.lower() for s in status or []],
        by=by or None,
        tags=list(tag or []),
        search=search or None,
        due_before=parse_date(due_before, "--due-before") if due_before else None,
        overdue_on=today() if overdue else None,
        sort=sort,
        limit=limit,
    )


def read_input(name: str) -> bytes:
    """The bytes of FILE, or of stdin for `-`."""
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        with open(name, "rb") as f:
            return f.read()
    except OSError as e:
        raise InputError(f"cannot read {name}: {e.strerror or e}") from None


FileArg = Annotated[str, typer.Argument(help="A file, or - for stdin.", metavar="FILE|-", show_default=False)]
DryRunOpt = Annotated[bool, typer.Option("--dry-run", help="Show what would change; write nothing.")]
