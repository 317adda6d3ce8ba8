"""Shell completion's fast path: claim ids, tags and claimants answered without importing Typer or click.

Importing Typer alone costs about as much as the 150 ms a completion may take, so `claimtrack/cli/__init__.py`
asks `answer()` first, before it imports Typer. It answers only the requests whose answer comes from the
database (an id argument, a --tag or --by value) and whose command line it reads with certainty; for anything
else (command or option names, an `--opt=value` word, an option it does not know, `--`) it returns None and
the full path in `completion.py` answers. `COMMANDS` is what the parser needs of each command's parameters;
tests/test_completion.py checks it against the Typer definitions, and that both paths print the same bytes.
"""

from __future__ import annotations

import os

#: command -> (its flags, {option taking a value: "tags"/"claimants" if completed from the database, else ""},
#: its arguments as (name, nargs)).
COMMANDS: dict[str, tuple[str, dict[str, str], tuple[tuple[str, int], ...]]] = {
    'init': ('--help --json -h', {}, ()),
    'add': ('--help --json --quiet -h -q', {'--by': 'claimants', '--confidence': '', '--criteria': '', '--due': '', '--notes': '', '--outlet': '', '--quote': '', '--said': '', '--source': '', '--tag': 'tags', '--title': '', '-c': '', '-t': 'tags'}, (('text', 1),)),
    'list': ('--help --json --overdue -h', {'--by': 'claimants', '--due-before': '', '--limit': '', '--search': '', '--sort': '', '--status': '', '--tag': 'tags', '-l': '', '-s': '', '-t': 'tags'}, ()),
    'show': ('--help --json -h', {}, (('claim_id', 1),)),
    'edit': ('--help --json -h', {'--add-tag': 'tags', '--by': 'claimants', '--confidence': '', '--criteria': '', '--due': '', '--notes': '', '--outlet': '', '--quote': '', '--remove-tag': 'tags', '--said': '', '--source': '', '--tag': 'tags', '--text': '', '--title': '', '-c': '', '-t': 'tags'}, (('claim_id', 1),)),
    'history': ('--help --json -h', {}, (('claim_id', 1),)),
    'confirm': ('--help --json -h', {'--evidence': '', '--note': '', '--on': '', '-e': '', '-n': ''}, (('claim_ids', -1),)),
    'refute': ('--help --json -h', {'--evidence': '', '--note': '', '--on': '', '-e': '', '-n': ''}, (('claim_ids', -1),)),
    'resolve': ('--help --json -h', {'--evidence': '', '--note': '', '--on': '', '-e': '', '-n': ''}, (('words', -1),)),
    'reopen': ('--help --json -h', {}, (('claim_ids', -1),)),
    'delete': ('--help --json --yes -h -y', {}, (('claim_ids', -1),)),
    'undo': ('--help --json -h', {}, ()),
    'due': ('--help --json -h', {'--as-of': ''}, ()),
    'info': ('--help --json -h', {}, ()),
    'review': ('--help --json -h', {'--as-of': ''}, ()),
    'stats': ('--help --json --overdue -h', {'--by': 'claimants', '--due-before': '', '--min-graded': '', '--search': '', '--status': '', '--svg': '', '--tag': 'tags', '-s': '', '-t': 'tags'}, ()),
    'report': ('--help --json --overdue -h', {'--as-of': '', '--by': 'claimants', '--due-before': '', '--limit': '', '--min-graded': '', '--output': '', '--search': '', '--status': '', '--tag': 'tags', '--title': '', '-l': '', '-o': '', '-s': '', '-t': 'tags'}, ()),
    'batch': ('--dry-run --help --json -h', {}, (('file', 1),)),
    'import': ('--dry-run --help --json -h', {'--claimant': 'claimants', '--format': '', '-f': ''}, (('file', 1),)),
    'export': ('--help --overdue -h', {'--by': 'claimants', '--due-before': '', '--format': '', '--limit': '', '--output': '', '--search': '', '--sort': '', '--status': '', '--tag': 'tags', '-f': '', '-l': '', '-o': '', '-s': '', '-t': 'tags'}, ()),
    'extract': ('--add --all --batch --help --json --yes -h -y', {'--by': 'claimants', '--min-score': '', '--outlet': '', '--said': '', '--source': '', '--tag': 'tags', '--timeout': '', '--title': '', '-t': 'tags'}, (('source', 1),)),
    'git-setup': ('--help --json -h', {}, ()),
    'merge-driver': ('--help --json -h', {}, (('base', 1), ('ours', 1), ('theirs', 1), ('path', 1))),
    'git-resolve': ('--help --json -h', {}, ()),
    'sync': ('--help --json -h', {'--message': '', '-m': ''}, ()),
}
#: The arguments completed with claim ids (as completion.py's `_completer` says).
ID_ARGUMENTS = ("claim_ids", "claim_id", "words")


def answer_and_exit() -> None:
    """Answer the request and end the process, if this path can; else return (and Typer is imported)."""
    found = answer()
    if found is None:
        return
    import sys

    code, text = found
    if not text.isascii() and (sys.stdout.encoding or "").replace("-", "").lower() != "utf8":
        return  # what this stdout cannot encode, the full path handles as it always has
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError:
        pass
    os._exit(code)


def answer() -> tuple[int, str] | None:
    """(exit code, what to print) for the request in the environment, or None: let the full path answer."""
    try:
        return _answer()
    except Exception:  # whatever this path cannot do, the full path does (and reports as it does)
        return None


def _answer() -> tuple[int, str] | None:
    instruction = os.environ.get("_CLAIMTRACK_COMPLETE", "")
    shell = instruction[len("complete_"):] if instruction.startswith("complete_") else ""
    if shell not in ("bash", "zsh", "fish"):
        return None
    args, incomplete = _words(shell)
    if incomplete == "=" or incomplete.startswith("-") or "--" in args:
        return None  # option names, or a word click splits: the full path
    db, rest = None, list(args)
    while rest and rest[0].startswith("-"):  # the app's own options, before the command
        if rest[0] == "--db" and len(rest) > 1:
            db = rest[1]
            del rest[:2]
        elif rest[0] == "--debug":
            del rest[0]
        else:
            return None
    if not rest or rest[0] not in COMMANDS:
        return None
    flags, valued, arguments = COMMANDS[rest[0]]
    flags = flags.split()
    if args[-1] in valued:  # click: the last word names an option that takes a value
        kind = valued[args[-1]]
        if not kind:
            return None
        values = _from_database(db, kind, incomplete)
    else:
        positional = []
        words = rest[1:]
        i = 0
        while i < len(words):
            word = words[i]
            if word in flags:
                i += 1
            elif word in valued:
                i += 2
            elif word.startswith("-"):
                return None
            else:
                positional.append(word)
                i += 1
        if len(arguments) != 1 or arguments[0][0] not in ID_ARGUMENTS:
            return None
        if arguments[0][1] == 1 and positional:
            return None
        values = _ids(db, positional, incomplete, verdicts=rest[0] == "resolve", with_text=shell != "bash")
    return _format(shell, values)


def _words(shell: str) -> tuple[list[str], str]:
    """The words before the cursor and the one being typed, read as Typer's completion classes read them."""
    if shell == "bash":
        words = _split(os.environ["COMP_WORDS"])
        cword = int(os.environ["COMP_CWORD"])
        try:
            incomplete = words[cword]
        except IndexError:
            incomplete = ""
        return words[1:cword], incomplete
    line = os.environ.get("_TYPER_COMPLETE_ARGS", "")
    args = _split(line)[1:]
    if args and not line.endswith(" "):
        return args[:-1], args[-1]
    return args, ""


def _split(line: str) -> list[str]:
    """click's split_arg_string: shlex, keeping a word whose quote is not closed yet."""
    import shlex

    lex = shlex.shlex(line, posix=True)
    lex.whitespace_split = True
    lex.commenters = ""
    out = []
    try:
        for token in lex:
            out.append(token)
    except ValueError:
        out.append(lex.token)
    return out


def _catalog(db: str | None):
    from claimtrack.cli.completion import Catalog
    from claimtrack.paths import resolve

    if db:
        db = os.path.expandvars(os.path.expanduser(db))
    try:
        return Catalog(resolve(db)[0])
    except Exception:
        return None


def _from_database(db: str | None, kind: str, incomplete: str) -> list[tuple[str, str | None]]:
    from claimtrack.cli.completion import matching

    catalog = _catalog(db)
    if catalog is None:
        return []
    try:
        found = catalog.tags() if kind == "tags" else catalog.claimants()
        return [(v, None) for v in matching(sorted(found, key=lambda v: (v.casefold(), v)), incomplete)]
    except Exception:
        return []


def _ids(db: str | None, typed: list[str], incomplete: str, verdicts: bool,
         with_text: bool) -> list[tuple[str, str | None]]:
    """As completion.py's `_ids_completer`, from the words already typed."""
    from claimtrack.cli.completion import matching

    extra: list[tuple[str, str | None]] = []
    if verdicts:
        from claimtrack.model import VERDICTS

        if any(word.lower() in VERDICTS for word in typed):
            return []
        if typed and incomplete[:1].isalpha():
            return [(v, None) for v in matching(VERDICTS, incomplete)]
        if typed:
            extra = [(v, None) for v in matching(VERDICTS, incomplete)]
    if incomplete and not incomplete.isdigit():
        return []
    catalog = _catalog(db)
    try:
        found = catalog.ids(incomplete, with_text=with_text) if catalog else []
    except Exception:
        found = []
    skip = set(typed)
    return [(str(i), text) for i, text in found if str(i) not in skip] + extra


def _format(shell: str, values: list[tuple[str, str | None]]) -> tuple[int, str] | None:
    from claimtrack.cli.completion import format_bash, format_fish, format_zsh_all

    if shell == "bash":
        text = "\n".join(format_bash(v, h) for v, h in values)
    elif shell == "zsh":
        text = "_arguments '*: :((" + format_zsh_all(values) + "))'" if values else "_files"
    else:
        action = os.environ.get("_TYPER_COMPLETE_FISH_ACTION", "")
        if action == "is-args":
            return (0 if values else 1), ""
        text = "\n".join(format_fish(v, h) for v, h in values) if action == "get-args" else ""
    if "\x1b" in text:  # click's echo would strip escape sequences: let it
        return None
    return 0, text + "\n"
