"""The command line: a thin Typer layer over `claimtrack.store`.

Commands parse options, call the library, and print either a human view (`render`) or exactly the JSON
(`--json`). `main()` is the one exit point: it turns typed errors into one line on stderr and the exit codes
documented in the README. Only the command being run is built (Typer inspects every registered function's
signature when it builds a command), and Rich, TinyDB and the rest are imported by the commands that use them.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import Any, Callable, List, Optional

import typer
from typing import Annotated

from . import __version__
from .errors import EXIT_STORAGE, EXIT_USAGE, ClaimtrackError, InputError, UsageError

_COMMANDS: dict[str, tuple[Callable[..., Any], dict[str, Any]]] = {}
_state: dict[str, Any] = {"db": None, "debug": False}

EPILOG_EXIT = "Exit codes: 0 ok, 1 bad input or unknown claim, 2 usage error, 3 storage problem."


def command(name: str, **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def register(func: Callable[..., Any]) -> Callable[..., Any]:
        _COMMANDS[name] = (func, kwargs)
        return func

    return register


# -- shared plumbing -------------------------------------------------------------------------------------------
def db_path():
    from .paths import resolve

    return resolve(_state["db"])[0]


def holder() -> str:
    return "claimtrack " + " ".join(sys.argv[1:3])[:80]


def open_store(write: bool = False):
    from .store import Store

    return Store.open(db_path(), write=write, holder=holder())


def emit_json(data: Any) -> None:
    import orjson

    out = orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    sys.stdout.flush()
    sys.stdout.buffer.write(out)
    sys.stdout.buffer.flush()


def view(claim: dict) -> dict:
    from .model import claim_view

    return claim_view(claim)


def read_text_arg(value: str) -> str:
    """`-` means: read the text from stdin (one trailing newline is dropped, the rest is kept exactly)."""
    if value != "-":
        return value
    text = sys.stdin.read()
    return text[:-1] if text.endswith("\n") else text


def print_claim(claim: dict, title: str | None = None) -> None:
    from .render import print_claim as _print

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
    from .model import parse_date, today
    from .query import Filter

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


# -- commands --------------------------------------------------------------------------------------------------
@command("init", epilog="Example: claimtrack --db ~/work/claims.json init")
def init_cmd(as_json: JsonOpt = False) -> None:
    """Create an empty database.

    Here (./claims.json), or at --db / CLAIMTRACK_DB.
    """
    from .paths import for_init
    from .storage import Database, locked

    path, _how = for_init(_state["db"])
    with locked(path, holder=holder()) as lock:
        db = Database.load(path)
        if db.exists:
            raise InputError(f"{path} already exists ({len(db.table('claims'))} claims); nothing was changed")
        db.save(lock)
    if as_json:
        emit_json({"path": str(path), "created": True})
    else:
        print(f"Created an empty claims database at {path}")


@command("add", epilog="Example: claimtrack add \"Talks will break down in April\" --by \"Harry Kazianis\" --said 2018-01-10 --due \"in April\" --confidence likely --tag korea\n\nUse -- before a claim that starts with '-', or - to read the claim from stdin.")
def add_cmd(
    text: Annotated[str, typer.Argument(help="The claim, as you would phrase it (- reads it from stdin).", metavar="TEXT", show_default=False)],
    by: Annotated[str, typer.Option("--by", metavar="NAME", help="Who made the claim (required).", show_default=False)],
    said: Annotated[Optional[str], typer.Option("--said", metavar="DATE", help="Day the claim was made, YYYY-MM-DD (default today).")] = None,
    due: Annotated[Optional[str], typer.Option("--due", metavar="DATE|PHRASE", help="When to judge it: YYYY-MM-DD or a phrase like 'in April', 'by the end of 2019', 'in 3 months'.")] = None,
    confidence: Annotated[Optional[str], typer.Option("--confidence", "-c", metavar="P", help="0..1, a percentage (70 or 70%), or words such as 'likely'.")] = None,
    tag: Annotated[Optional[List[str]], typer.Option("--tag", "-t", metavar="TAG", help="A tag (repeatable).")] = None,
    source: Annotated[Optional[str], typer.Option("--source", metavar="URL", help="URL where the claim was made.")] = None,
    title: Annotated[Optional[str], typer.Option("--title", metavar="TITLE", help="Title of the source.")] = None,
    outlet: Annotated[Optional[str], typer.Option("--outlet", metavar="OUTLET", help="Outlet that published it (CBC, Twitter...).")] = None,
    quote: Annotated[Optional[str], typer.Option("--quote", metavar="QUOTE", help="The claimant's verbatim words.")] = None,
    criteria: Annotated[Optional[str], typer.Option("--criteria", metavar="TEXT", help="How it will be judged.")] = None,
    notes: Annotated[Optional[str], typer.Option("--notes", metavar="TEXT", help="Free-form context.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the new claim's id.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Record a claim someone made."""
    fields: dict[str, Any] = {"text": read_text_arg(text), "claimant": by, "said_on": said, "due": due,
                              "confidence": confidence, "tags": tag or [], "quote": quote, "criteria": criteria,
                              "notes": notes, "source": {"url": source, "title": title, "outlet": outlet}}
    with open_store(write=True) as store:
        claim = store.add(fields)
    if quiet and not as_json:
        print(claim["id"])
    else:
        done(claim, as_json, f"Added claim {claim['id']}")


@command("list", epilog="Examples:\n\n  claimtrack list --by kazianis --status refuted\n\n  claimtrack list --overdue --sort due --json | jq '.[].id'")
def list_cmd(
    status: StatusOpt = None, by: ByOpt = None, tag: TagOpt = None, search: SearchOpt = None,
    due_before: DueBeforeOpt = None, overdue: OverdueOpt = False, sort: SortOpt = "id", limit: LimitOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List claims, filtered and sorted."""
    from .query import select

    flt = make_filter(status, by, tag, search, due_before, overdue, sort, limit)
    with open_store() as store:
        found = select(store.claims, flt)
        exists = store.exists
    if as_json:
        emit_json([view(c) for c in found])
        return
    if not found:
        from .render import message

        message("No claims match." if exists else f"No database yet at {db_path()}: 'claimtrack add' creates it.")
        return
    from .render import print_claims

    print_claims(found)


@command("show", epilog="Example: claimtrack show 3 --json")
def show_cmd(claim_id: IdArg, as_json: JsonOpt = False) -> None:
    """Show one claim in full."""
    with open_store() as store:
        claim = store.get(claim_id)
    done(claim, as_json, "")


@command("edit", epilog="Examples:\n\n  claimtrack edit 3 --due 2019-06-30 --tag korea --tag summit\n\n  claimtrack edit 3 --quote ''   (an empty value clears an optional field)")
def edit_cmd(
    claim_id: IdArg,
    text: Annotated[Optional[str], typer.Option("--text", metavar="TEXT", help="New claim text (- reads stdin).")] = None,
    by: Annotated[Optional[str], typer.Option("--by", metavar="NAME", help="New claimant.")] = None,
    said: Annotated[Optional[str], typer.Option("--said", metavar="DATE", help="New day the claim was made.")] = None,
    due: Annotated[Optional[str], typer.Option("--due", metavar="DATE|PHRASE", help="New due date or phrase ('' clears).")] = None,
    confidence: Annotated[Optional[str], typer.Option("--confidence", "-c", metavar="P", help="New confidence ('' clears).")] = None,
    tag: Annotated[Optional[List[str]], typer.Option("--tag", "-t", metavar="TAG", help="Replace the tags with these (repeatable).")] = None,
    add_tag: Annotated[Optional[List[str]], typer.Option("--add-tag", metavar="TAG", help="Add a tag (repeatable).")] = None,
    remove_tag: Annotated[Optional[List[str]], typer.Option("--remove-tag", metavar="TAG", help="Remove a tag (repeatable).")] = None,
    source: Annotated[Optional[str], typer.Option("--source", metavar="URL", help="Source URL ('' clears).")] = None,
    title: Annotated[Optional[str], typer.Option("--title", metavar="TITLE", help="Source title ('' clears).")] = None,
    outlet: Annotated[Optional[str], typer.Option("--outlet", metavar="OUTLET", help="Source outlet ('' clears).")] = None,
    quote: Annotated[Optional[str], typer.Option("--quote", metavar="QUOTE", help="Verbatim words ('' clears).")] = None,
    criteria: Annotated[Optional[str], typer.Option("--criteria", metavar="TEXT", help="How it will be judged ('' clears).")] = None,
    notes: Annotated[Optional[str], typer.Option("--notes", metavar="TEXT", help="Context ('' clears).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Change a claim's fields.

    Its verdict is changed with confirm, refute, resolve and reopen.
    """
    fields: dict[str, Any] = {}
    for name, value in (("text", text), ("claimant", by), ("said_on", said), ("due", due),
                        ("confidence", confidence), ("quote", quote), ("criteria", criteria), ("notes", notes)):
        if value is not None:
            fields[name] = read_text_arg(value) if name == "text" else value
    with open_store(write=True) as store:
        claim = store.get(claim_id)
        if tag is not None or add_tag or remove_tag:
            tags = list(tag) if tag is not None else list(claim["tags"])
            tags += list(add_tag or [])
            drop = {t.casefold() for t in remove_tag or []}
            fields["tags"] = [t for t in tags if t.casefold() not in drop]
        if source is not None or title is not None or outlet is not None:
            current = dict(claim.get("source") or {})
            for key, value in (("url", source), ("title", title), ("outlet", outlet)):
                if value is not None:
                    current[key] = value
            fields["source"] = current
        claim = store.edit(claim["id"], fields)
    done(claim, as_json, f"Edited claim {claim['id']}")


@command("history", epilog="Example: claimtrack history 3")
def history_cmd(claim_id: IdArg, as_json: JsonOpt = False) -> None:
    """Every change to a claim: what, old → new, when.

    The history is never rewritten and is kept even after a delete.
    """
    with open_store() as store:
        entries = store.history(claim_id)
    if as_json:
        emit_json(entries)
    else:
        from .render import print_history

        print_history(entries)


def _verdict(claim_id: str, status: str, evidence: str | None, note: str | None, on: str | None, as_json: bool) -> None:
    with open_store(write=True) as store:
        claim = store.resolve(claim_id, status, on=on, evidence=evidence, note=note)
    done(claim, as_json, f"Claim {claim['id']} is now {status}")


@command("confirm", epilog="Example: claimtrack confirm 3 --evidence https://example.org/report --note 'Talks stalled'")
def confirm_cmd(claim_id: IdArg, evidence: EvidenceOpt = None, note: NoteOpt = None, on: OnOpt = None,
                as_json: JsonOpt = False) -> None:
    """Mark a claim as having come true."""
    _verdict(claim_id, "confirmed", evidence, note, on, as_json)


@command("refute", epilog="Example: claimtrack refute 1 --evidence https://en.wikipedia.org/wiki/Panmunjom_Declaration --on 2018-04-27")
def refute_cmd(claim_id: IdArg, evidence: EvidenceOpt = None, note: NoteOpt = None, on: OnOpt = None,
               as_json: JsonOpt = False) -> None:
    """Mark a claim as having turned out false."""
    _verdict(claim_id, "refuted", evidence, note, on, as_json)


@command("resolve", epilog="Examples:\n\n  claimtrack resolve 4 partial --note 'Talks happened, but not by March'\n\n  claimtrack resolve 5 void --note 'Too vague to judge'")
def resolve_cmd(
    claim_id: IdArg,
    status: Annotated[str, typer.Argument(help="confirmed, refuted, partial or void.", metavar="STATUS", show_default=False)],
    evidence: EvidenceOpt = None, note: NoteOpt = None, on: OnOpt = None, as_json: JsonOpt = False,
) -> None:
    """Give any verdict: confirmed, refuted, partial or void.

    void means the claim cannot be judged: ambiguous, its condition failed, or withdrawn.
    """
    _verdict(claim_id, status.lower(), evidence, note, on, as_json)


@command("reopen", epilog="Example: claimtrack reopen 4")
def reopen_cmd(claim_id: IdArg, as_json: JsonOpt = False) -> None:
    """Make a judged claim open again.

    Its old verdict stays in the history.
    """
    with open_store(write=True) as store:
        claim = store.reopen(claim_id)
    done(claim, as_json, f"Claim {claim['id']} is open again")


@command("delete", epilog="Example: claimtrack delete 7 --yes   ('claimtrack undo' brings it back)")
def delete_cmd(claim_id: IdArg, yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask (needed when stdin is not a terminal).")] = False,
               as_json: JsonOpt = False) -> None:
    """Delete a claim (undo restores it).

    Asks first on a terminal; with stdin not a terminal it needs --yes. Its history is kept.
    """
    with open_store(write=True) as store:
        claim = store.get(claim_id)
        if not yes:
            if not sys.stdin.isatty():
                raise UsageError(f"not deleting claim {claim['id']} without --yes (stdin is not a terminal, so claimtrack cannot ask)")
            from .textsafe import one_line

            if not typer.confirm(f"Delete claim {claim['id']} ({one_line(claim['text'])[:60]})?", default=False, err=True):
                raise InputError("not deleted")
        store.delete(claim["id"])
    if as_json:
        emit_json(view(claim))
    else:
        print(f"Deleted claim {claim['id']} ('claimtrack undo' restores it)")


@command("undo", epilog="Example: claimtrack undo   (run it again to step further back)")
def undo_cmd(as_json: JsonOpt = False) -> None:
    """Revert the last change, whatever made it.

    A second undo steps further back. A batch or an import is one step.
    """
    with open_store(write=True) as store:
        result = store.undo()
    if as_json:
        emit_json(result)
    else:
        ids = ", ".join(str(i) for i in result["claims"])
        plural = "s" if len(result["claims"]) != 1 else ""
        print(f"Undid '{result['action']}' made at {result['at']} (claim{plural} {ids})")


@command("due", epilog="Example: claimtrack due --as-of 2018-05-01")
def due_cmd(as_of: Annotated[Optional[str], typer.Option("--as-of", metavar="DATE", help="Review day, YYYY-MM-DD (default today).")] = None,
            as_json: JsonOpt = False) -> None:
    """The review queue: open claims past their due date.

    Open claims due before --as-of (default today; a claim due that day is not yet overdue), oldest due first.
    """
    from .model import parse_date, today
    from .query import due_queue

    day = parse_date(as_of, "--as-of") if as_of else today()
    with open_store() as store:
        found = due_queue(store.claims, day)
    if as_json:
        emit_json([view(c) for c in found])
        return
    if not found:
        from .render import message

        message(f"Nothing is due before {day.isoformat()}.")
        return
    from .render import print_claims

    print_claims(found)


@command("info", epilog="Example: claimtrack info --json")
def info_cmd(as_json: JsonOpt = False) -> None:
    """Which database file is used, why, and what it holds."""
    from .model import STATUSES
    from .paths import resolve
    from .storage import SCHEMA

    path, how = resolve(_state["db"])
    with open_store() as store:
        counts = {s: 0 for s in STATUSES}
        for _, claim in store.claims.scan():
            counts[claim["status"]] = counts.get(claim["status"], 0) + 1
        info = {
            "path": str(path.absolute()),
            "chosen_by": how,
            "exists": store.exists,
            "schema": store.db.meta.get("schema", SCHEMA),
            "claims": sum(counts.values()),
            "by_status": counts,
            "history_entries": len(store.history_table),
            "size_bytes": path.stat().st_size if store.exists else 0,
            "version": __version__,
        }
    if as_json:
        emit_json(info)
        return
    print(f"Database: {info['path']}")
    print(f"Chosen by: {how}")
    if not info["exists"]:
        print("It does not exist yet: 'claimtrack init' or 'claimtrack add' creates it.")
        return
    print(f"Claims: {info['claims']} (" + ", ".join(f"{n} {s}" for s, n in counts.items()) + ")")
    print(f"History entries: {info['history_entries']}; schema {info['schema']}; {info['size_bytes']:,} bytes")


# -- the app ---------------------------------------------------------------------------------------------------
def _version(value: bool) -> None:
    if value:
        print(f"claimtrack {__version__}")
        raise typer.Exit()


def _callback(
    db: Annotated[Optional[str], typer.Option("--db", help="Database file (default: $CLAIMTRACK_DB, else the nearest claims.json here or above, else the per-user file; see 'claimtrack info').", metavar="PATH")] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show a traceback on unexpected errors.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Track analysts' claims and judge them later: who said what, when, by when, and whether it came true.

    Claims live in a JSON file (see 'claimtrack info' for which one). Every command prints a readable view,
    or exactly the JSON with --json.
    """
    _state["db"] = db
    _state["debug"] = _state["debug"] or debug


def build_app(only: str | None = None) -> typer.Typer:
    app = typer.Typer(
        name="claimtrack",
        add_completion=False,
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
        epilog=EPILOG_EXIT,
    )
    app.callback()(_callback)
    for name, (func, kwargs) in _COMMANDS.items():
        if only is None or name == only:
            kwargs = dict(kwargs)
            kwargs["epilog"] = (kwargs.get("epilog", "") + "\n\n" + EPILOG_EXIT).strip()
            app.command(name, **kwargs)(func)
    return app


def _command_name(args: list[str]) -> str | None:
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg == "--":
            return None
        if arg == "--db":
            skip = True
            continue
        if arg.startswith("-"):
            continue
        return arg if arg in _COMMANDS else None
    return None


def _load_all_commands() -> None:
    """Import the modules whose commands live outside this one (they register themselves)."""
    from . import cli_interchange, cli_judging  # noqa: F401


def main(argv: list[str] | None = None) -> int:
    # A CLI process is short-lived and allocates many small objects while reading a database: the cycle
    # collector would only slow it down (measured: reading 100k claims takes ~30% longer with it on).
    gc.disable()
    args = list(sys.argv[1:] if argv is None else argv)
    _state["debug"] = "--debug" in args[: args.index("--")] if "--" in args else "--debug" in args
    _state["debug"] = _state["debug"] or bool(os.environ.get("CLAIMTRACK_DEBUG"))
    _load_all_commands()
    try:
        rv = build_app(_command_name(args))(args=args, prog_name="claimtrack", standalone_mode=False)
        code = rv if isinstance(rv, int) else 0
    except ClaimtrackError as e:
        code = e.exit_code
        _error(str(e))
    except typer.Abort:
        code = 130
        _error("aborted")
    except KeyboardInterrupt:
        code = 130
        _error("interrupted; nothing was written")
    except typer.TyperException as e:  # click's usage errors (vendored by typer)
        if type(e).__name__ == "NoArgsIsHelpError":  # plain `claimtrack`: the help is what was asked for
            sys.stdout.write(e.format_message() + "\n")
            return 0
        code = getattr(e, "exit_code", EXIT_USAGE) or EXIT_USAGE
        message = e.format_message() if hasattr(e, "format_message") else str(e)
        ctx = getattr(e, "ctx", None)
        where = f"{ctx.command_path} --help" if ctx is not None else "claimtrack --help"
        _error(f"{message} (see '{where}')")
    except OSError as e:
        if _state["debug"]:
            raise
        code = EXIT_STORAGE
        _error(f"{e.strerror or e}{': ' + str(e.filename) if getattr(e, 'filename', None) else ''}")
    except Exception as e:  # a bug: say so briefly, and how to see more
        if _state["debug"]:
            raise
        code = 70
        _error(f"internal error: {type(e).__name__}: {e} (run with --debug for the traceback, and please report it)")
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader (e.g. `head`) went away: not an error of ours; keep Python from complaining at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return code


def _error(text: str) -> None:
    from .textsafe import one_line

    sys.stderr.write(f"claimtrack: {one_line(text)}\n")
    sys.stderr.flush()


def run() -> None:
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:
        pass
    # Every file is closed and every write fsynced by now: skip tearing down the interpreter's objects
    # (a few ms on every command, more after reading a large database).
    os._exit(code)
