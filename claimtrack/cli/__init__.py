"""The command line: a thin Typer layer over the claimtrack library, and its one exit point.

`COMMANDS` says which module of this package defines each command; running a command imports that module
only, and builds only that command (Typer inspects every registered function's signature when it builds an
app). `main()` turns typed errors into one line on stderr and the exit codes documented in the README.
Rich, TinyDB and the rest are imported by the commands that use them.
"""

from __future__ import annotations

import gc
import os
import sys
from importlib import import_module
from typing import Annotated, Optional

if os.environ.get("_CLAIMTRACK_COMPLETE"):  # the shell asks what <Tab> should offer: ids, tags and claimants
    from claimtrack.cli.fastcomplete import answer_and_exit  # are answered here, before Typer is imported

    answer_and_exit()

import typer  # noqa: E402

from claimtrack import __version__
from claimtrack.cli.base import COMMANDS as _COMMANDS, EPILOG_EXIT, state as _state
from claimtrack.errors import EXIT_STORAGE, EXIT_USAGE, ClaimtrackError

#: Each command and the module under claimtrack/cli/ that defines it, in the order `--help` lists them.
COMMANDS: dict[str, str] = {
    "init": "claims", "add": "claims", "list": "claims", "show": "claims", "edit": "claims",
    "history": "claims",
    "confirm": "verdicts", "refute": "verdicts", "resolve": "verdicts", "reopen": "verdicts",
    "delete": "claims", "undo": "claims", "due": "claims", "info": "claims",
    "review": "judging", "stats": "judging", "report": "report",
    "batch": "transfer", "import": "transfer", "export": "transfer",
    "extract": "extract",
    "git-setup": "sharing", "merge-driver": "sharing", "git-resolve": "sharing", "sync": "sharing",
}


# -- the app ---------------------------------------------------------------------------------------------------
def _version(ctx: typer.Context, value: bool) -> None:
    if value and not ctx.resilient_parsing:  # not while the shell asks for completions
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
    _state["warned_git"] = False


def build_app(only: str | None = None, commands: bool = True) -> typer.Typer:
    """The Typer app with every command registered so far, or with `only` that one (or, with `commands=False`,
    none: shell completion adds light stand-ins that carry just the names and help)."""
    app = typer.Typer(
        name="claimtrack",
        add_completion=only is None,  # --install-completion / --show-completion: only the whole app offers them
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
        epilog=EPILOG_EXIT,
    )
    app.callback()(_callback)
    for name in COMMANDS if commands else ():
        if name in _COMMANDS and (only is None or name == only):
            func, kwargs = _COMMANDS[name]
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
        return arg if arg in COMMANDS else None
    return None


def _load_commands(names: list[str] | None = None) -> None:
    """Import the modules that define these commands (all by default); their decorators register them."""
    for module in dict.fromkeys(COMMANDS[name] for name in (names or COMMANDS)):
        import_module(f"claimtrack.cli.{module}")


def _load_all_commands() -> None:
    _load_commands()


def main(argv: list[str] | None = None) -> int:
    # A CLI process is short-lived and allocates many small objects while reading a database: the cycle
    # collector would only slow it down (measured: reading 100k claims takes ~30% longer with it on).
    gc.disable()
    if os.environ.get("_CLAIMTRACK_COMPLETE"):  # the shell asks what <Tab> should offer
        from claimtrack.cli.fastcomplete import answer

        fast = answer()
        if fast is not None:
            sys.stdout.write(fast[1])
            return fast[0]
        from claimtrack.cli.completion import complete

        return complete(_load_commands, build_app, _command_name, debug=bool(os.environ.get("CLAIMTRACK_DEBUG")))
    args = list(sys.argv[1:] if argv is None else argv)
    _state["debug"] = "--debug" in args[: args.index("--")] if "--" in args else "--debug" in args
    _state["debug"] = _state["debug"] or bool(os.environ.get("CLAIMTRACK_DEBUG"))
    name = _command_name(args)
    try:
        _load_commands([name] if name else None)
        rv = build_app(name)(args=args, prog_name="claimtrack", standalone_mode=False)
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
    except SystemExit as e:  # click's own exits: --show-completion, --install-completion, a broken pipe
        if isinstance(e.__context__, BrokenPipeError) and _stdout_reader_gone():
            return _reader_went_away()
        code = e.code if isinstance(e.code, int) else int(e.code is not None)
    except OSError as e:
        if isinstance(e, BrokenPipeError) and _stdout_reader_gone():
            return _reader_went_away()
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
    except BrokenPipeError:  # the reader (e.g. `head`) went away: not an error of ours
        _silence_stdout()
    return code


def _reader_went_away() -> int:
    """`claimtrack list | head -1`: the reader has all it wanted. Not an error (exit 0, as ripgrep and fd do),
    so `set -o pipefail` scripts keep working; a command prints only after it has written."""
    _silence_stdout()
    return 0


def _stdout_reader_gone() -> bool:
    """Whether stdout is a pipe whose reader has closed it (and not some other pipe that broke)."""
    try:
        import select

        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & (select.POLLERR | select.POLLHUP) for _fd, events in poller.poll(0))
    except (AttributeError, OSError, ValueError):  # no poll() (Windows) or no real stdout: trust the error
        return True


def _silence_stdout() -> None:
    """Send what is still buffered for stdout to /dev/null, so that Python does not complain at exit."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _error(text: str) -> None:
    from claimtrack.textsafe import one_line

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
