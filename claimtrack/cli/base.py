"""The CLI's shared parts: the command registry, the option types commands share, and the plumbing.

Every command module under `claimtrack.cli` imports this one and nothing else of the CLI, so the modules form a
star, never a circle. Nothing here imports Rich, TinyDB or the store at import time: a command pays for what it
uses, when it uses it.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated, Any, Callable, Iterable, List, Optional

import typer

from claimtrack.errors import InputError

#: name -> (function, typer options), filled in by the `@command` decorators of the module being run.
COMMANDS: dict[str, tuple[Callable[..., Any], dict[str, Any]]] = {}
#: Global options, set by the app's callback before a command runs.
state: dict[str, Any] = {"db": None, "debug": False, "warned_git": False}

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
    """Who holds the lock, for another process's message: the command line, as safe one-line text."""
    from claimtrack.textsafe import one_line

    return one_line("claimtrack " + " ".join(sys.argv[1:3]))[:80]


def open_store(write: bool = False):
    from claimtrack.store import Store

    path = db_path()
    warn_about_git(path)
    return Store.open(path, write=write, holder=holder())


def warn_about_git(path) -> None:
    """Once per command: say so on stderr if git would merge this database as text (its .gitattributes asks
    for claimtrack's merge driver, but this clone's git config lacks it). Cheap: it runs no git."""
    if state.get("warned_git"):
        return
    state["warned_git"] = True
    from claimtrack.gitshare import driver_warning

    line = driver_warning(path)
    if line:
        from claimtrack.textsafe import one_line

        sys.stderr.write(one_line(line) + "\n")


def change_each(refs: list[str], change: Callable[[Any, int], dict],
                before: Callable[[Any, list[int]], None] | None = None) -> list[dict]:
    """`change(store, claim_id)` on each claim named, in one transaction (one write, one undo step).

    Every id is looked up first, so one unknown id changes nothing and is named. A claim named twice (by id
    and by uuid, say) is changed once. `before(store, ids)` may still refuse (delete asks first). Any error
    leaves every claim as it was; with several claims, a bad value names the claim it was meant for.
    """
    done: list[dict] = []
    with open_store(write=True) as store:
        ids = list(dict.fromkeys(store.resolve_ref(ref) for ref in refs))
        if before is not None:
            before(store, ids)
        for claim_id in ids:
            try:
                done.append(change(store, claim_id))
            except InputError as e:
                if len(ids) == 1:
                    raise
                raise InputError(f"claim {claim_id}: {e}") from None
    return done


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
    """`-` means: read the text from stdin (one trailing newline is dropped, the rest is kept exactly).

    Line ends are read as text mode would (CRLF and CR become LF); bytes that are not UTF-8 are bad input.
    """
    if value != "-":
        return value
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"stdin is not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text[:-1] if text.endswith("\n") else text


def show_path(path: Any) -> str:
    """A path as text that can always be printed: bytes that are not UTF-8 (a valid file name on POSIX,
    which Python hands us as lone surrogates) are spelled `\\xff`; control characters are left to `textsafe`."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def id_list(ids: Iterable[int], limit: int = 30) -> str:
    """`1, 2, 3`, or the first `limit` ids and how many there are in all: a summary never floods a terminal."""
    ids = list(ids)
    shown = ", ".join(str(i) for i in ids[:limit])
    return shown + (f" … ({len(ids)} in all)" if len(ids) > limit else "")


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
IdsArg = Annotated[List[str], typer.Argument(help="The claims' ids (or uuids): one or more (with several, --json prints a list).", metavar="ID...", show_default=False)]
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
        raise InputError(f"cannot read {show_path(name)}: {e.strerror or e}") from None


FileArg = Annotated[str, typer.Argument(help="A file, or - for stdin.", metavar="FILE|-", show_default=False)]
DryRunOpt = Annotated[bool, typer.Option("--dry-run", help="Show what would change; write nothing.")]


def ask(prompt: str, default: str, check):
    """On a terminal: ask until `check(answer)` accepts it (it returns the value, or raises InputError saying why not)."""
    from claimtrack.render import message

    while True:
        answer = typer.prompt(prompt, default=default, show_default=bool(default)).strip()
        try:
            return check(answer)
        except InputError as e:
            message(f"claimtrack: {e}; try again")


def write_output(path: str, data: bytes) -> None:
    """Write a file the user asked for (a report, an export, a chart) all or nothing: a reader (a web server, a
    calendar, a mail client) never sees half of it. A failure is bad input for this file (exit 1), not a
    storage problem of the database."""
    from claimtrack.errors import StorageError
    from claimtrack.storage import atomic_write

    try:
        atomic_write(path, data, what=show_path(path), clean_stale=False)
    except StorageError as e:
        cause = e.__context__  # the OSError: its reason, said of the path as the user typed it
        reason = getattr(cause, "strerror", None) or str(cause or e)
        raise InputError(f"cannot write {show_path(path)}: {reason}; nothing was written") from None
