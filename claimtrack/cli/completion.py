"""Shell completion: what `claimtrack <Tab>` offers, read quickly from the database.

bash, zsh and fish ask through the environment protocol of Typer and click: the script that
`claimtrack --show-completion` prints (and `--install-completion` installs) runs `claimtrack` with
`_CLAIMTRACK_COMPLETE=complete_bash` and the words typed so far in `COMP_WORDS`/`COMP_CWORD` (bash) or
`_TYPER_COMPLETE_ARGS` (zsh, fish). Requests answered from the database (claim ids, tags, claimants) are read
first by `fastcomplete`, without Typer; whatever it does not answer, `claimtrack.cli.main` hands here before
anything else, so an ordinary command never imports this module.

Commands, options, statuses, sort keys and formats come from the command definitions and the registries that
the commands themselves use. Claim ids (with the claim's text as the description zsh and fish show), tags and
claimants come from one read of the database and a byte scan of its claims, one document per line with sorted
keys: no claim is parsed whole (both paths share that reading and the shells' formats below). A file in
another layout (hand-indented, older schema) is read through the store instead. A completion never prints an
error: if the file cannot be read, it offers nothing from it.
"""

from __future__ import annotations

import os
import re
from typing import Any, Callable, Iterable

from claimtrack.textsafe import one_line

VAR = "_CLAIMTRACK_COMPLETE"
#: Claim text shown beside an id is cut to this many characters.
HELP_WIDTH = 60


def complete(load: Callable[[list[str] | None], None], build_app: Callable[..., Any],
             command_name: Callable[[list[str]], str | None], debug: bool = False) -> int:
    """Answer the shell's request in $_CLAIMTRACK_COMPLETE (`complete_bash`, `source_zsh`...); the exit code.

    Whatever goes wrong, nothing but completions reaches the shell (CLAIMTRACK_DEBUG=1 shows the traceback).
    """
    try:
        return _complete(load, build_app, command_name)
    except Exception:
        if debug:
            raise
        return 1


def _complete(load: Callable[[list[str] | None], None], build_app: Callable[..., Any],
              command_name: Callable[[list[str]], str | None]) -> int:
    import typer.main
    from typer._click.shell_completion import add_completion_class

    from claimtrack.cli.base import COMMANDS

    instruction = os.environ.get(VAR, "")
    shell = instruction.partition("_")[2]
    classes = _shell_classes()
    name = None
    if shell in classes and instruction.startswith("complete_"):
        args, _incomplete = classes[shell](None, {}, "claimtrack", VAR).get_completion_args()
        name = command_name(args)
    load([name] if name else None)
    if name:  # only the command being completed is built, with a completer on each parameter that has one
        group = typer.main.get_command(build_app(name))
        for param in group.commands[name].params:
            completer = _completer(name, param)
            if completer is not None:
                param._custom_shell_complete = completer  # click's hook for a parameter's own completion
    else:  # before a command is typed, only the commands' names and one-line help are offered: building
        # every command in full (Typer inspects each signature) would cost more than the rest together
        import inspect

        from typer.core import TyperCommand

        group = typer.main.get_command(build_app(None, commands=False))
        for cmd_name, (func, _kwargs) in COMMANDS.items():
            group.add_command(TyperCommand(cmd_name, help=inspect.getdoc(func)))
    for shell_name, cls in classes.items():  # after get_command, which registers Typer's own classes
        add_completion_class(cls, shell_name)
    from typer.completion import shell_complete

    try:
        return shell_complete(group, {}, "claimtrack", VAR, instruction)
    except SystemExit as e:  # fish asks "are there completions?" through the exit code
        return e.code if isinstance(e.code, int) else 0


# -- which values each parameter takes --------------------------------------------------------------------------
def _completer(command: str, param: Any) -> Callable[[Any, Any, str], list] | None:
    opts = set(getattr(param, "opts", ()))
    if param.param_type_name == "argument":
        if param.name in ("claim_ids", "claim_id", "words"):
            return _ids_completer(verdicts=(command == "resolve"))
        return None
    if opts & {"--status", "-s"}:
        from claimtrack.model import STATUSES

        return _fixed(STATUSES)
    if opts & {"--sort"}:
        from claimtrack.query import SORT_KEYS

        return _fixed([*SORT_KEYS, *(f"-{key}" for key in SORT_KEYS)],
                      {f"-{key}": "reversed" for key in SORT_KEYS})
    if opts & {"--format", "-f"} and command in ("export", "import"):
        from claimtrack import formats

        return _fixed(formats.EXPORT_FORMATS if command == "export" else formats.IMPORT_FORMATS)
    if opts & {"--tag", "-t", "--add-tag", "--remove-tag"}:
        return _from_database(lambda catalog: catalog.tags())
    if opts & {"--by", "--claimant"}:
        return _from_database(lambda catalog: catalog.claimants())
    return None


def _items(values: Iterable[str], incomplete: str, help: dict[str, str] | None = None) -> list:
    """CompletionItems for the values that start with what was typed (in any case)."""
    from typer._click.shell_completion import CompletionItem

    return [CompletionItem(v, help=(help or {}).get(v)) for v in matching(values, incomplete)]


def matching(values: Iterable[str], incomplete: str) -> list[str]:
    """The values that start with what was typed (in any case) and can be typed (no newline in them)."""
    typed = incomplete.casefold()
    return [v for v in values if v.casefold().startswith(typed) and one_line(v) == v]


def _fixed(values: Iterable[str], help: dict[str, str] | None = None):
    values = list(values)
    return lambda ctx, param, incomplete: _items(values, incomplete, help)


def _catalog(ctx: Any) -> "Catalog | None":
    from claimtrack.paths import resolve

    db = ctx.find_root().params.get("db")
    if db:  # the words typed, before the shell expands them
        db = os.path.expandvars(os.path.expanduser(db))
    try:
        return Catalog(resolve(db)[0])
    except Exception:  # a completion must never print a traceback into the shell
        return None


def _from_database(values: Callable[["Catalog"], Iterable[str]]):
    def complete(ctx: Any, param: Any, incomplete: str) -> list:
        catalog = _catalog(ctx)
        try:
            return _items(sorted(values(catalog), key=lambda v: (v.casefold(), v)), incomplete) if catalog else []
        except Exception:
            return []

    return complete


def _ids_completer(verdicts: bool):
    """Claim ids (not those already typed), the claim's text as description; for `resolve`, also the verdicts
    once an id has been typed (its last word is the verdict)."""

    def complete(ctx: Any, param: Any, incomplete: str) -> list:
        from typer._click.shell_completion import CompletionItem

        given = ctx.params.get(param.name)
        typed = list(given) if isinstance(given, (list, tuple)) else [given] if given else []
        if verdicts:
            from claimtrack.model import VERDICTS

            if any(word.lower() in VERDICTS for word in typed):
                return []
            if typed and incomplete[:1].isalpha():
                return _items(VERDICTS, incomplete)
        if incomplete and not incomplete.isdigit():
            return []
        catalog = _catalog(ctx)
        try:
            found = catalog.ids(incomplete, with_text=_shows_help()) if catalog else []
        except Exception:
            found = []
        skip = set(typed)
        items = [CompletionItem(str(i), help=text) for i, text in found if str(i) not in skip]
        if verdicts and typed:
            items += _items(VERDICTS, incomplete)
        return items

    return complete


def _shows_help() -> bool:
    """bash lists only the values; zsh and fish show a description beside each."""
    return not os.environ.get(VAR, "").endswith("bash")


# -- reading the database -------------------------------------------------------------------------------------
_HEADER = b'\n"claims": {\n'


class Catalog:
    """The claims' ids, texts, tags and claimants, from one read of the file.

    In claimtrack's layout (one document per line, sorted keys, written by every claimtrack since schema 1)
    the values are found by searching the claims block's bytes for their keys; only the strings found are
    decoded. Any other layout is read through the store.
    """

    def __init__(self, path: os.PathLike) -> None:
        self.path = path
        try:
            with open(path, "rb") as f:
                data = f.read()
        except FileNotFoundError:
            data = b""
        self._docs: list[dict] | None = None
        # the claims block is data[lo:hi]; lo is the newline before its first line, so that every line of it
        # starts after a newline and one search finds them all (no copy of the block is made)
        self._data, self._lo, self._hi = data, 0, 0
        start = data.find(_HEADER)
        if not data:
            self._docs = []
        elif start == -1:
            self._docs = self._parse()
        else:
            self._lo = start + len(_HEADER) - 1
            self._hi = self._lo if data.startswith(b"}", self._lo + 1) else data.find(b"\n}", self._lo)
            if self._hi == -1 or not data.startswith((b'"', b"}"), self._lo + 1):
                self._docs = self._parse()

    def _parse(self) -> list[dict]:
        from claimtrack.store import Store

        with Store.open(self.path) as store:
            return store.all()

    def ids(self, prefix: str = "", with_text: bool = True) -> list[tuple[int, str | None]]:
        """(id, the claim's text made safe to show on one line) for the ids that start with `prefix`."""
        if self._docs is not None:
            found = sorted((d["id"], d.get("text")) for d in self._docs if str(d["id"]).startswith(prefix))
            return [(i, _brief(t) if with_text else None) for i, t in found]
        if not (prefix.isascii() and (prefix.isdigit() or not prefix)):
            return []  # a key is ASCII digits
        # one regular expression finds each line's key and (the last "text" on the line: keys are sorted, and
        # after "text" come only dates and the uuid) its text as written; an id with no text gets no help
        key = re.escape(prefix.encode()) + (rb"\d*" if prefix else rb"\d+")
        if not with_text:
            keys = re.compile(rb'\n"(' + key + rb')"').findall(self._data, self._lo, self._hi)
            return [(int(i), None) for i in keys]
        found = re.compile(rb'\n"(' + key + rb')"(?:[^\n]*"text":(' + _STRING + rb"))?").findall(
            self._data, self._lo, self._hi)
        if not found:
            return []
        ids, texts = zip(*found)
        return list(zip(map(int, ids), _briefs([t or b"null" for t in texts])))

    def tags(self) -> set[str]:
        if self._docs is not None:
            return {t for d in self._docs for t in d.get("tags") or () if isinstance(t, str)}
        # each claim's list as written, decoded all at once; a tag holding "]" cuts its list short, so the
        # JSON does not parse: then the lists are found again, string by string
        lists = _decode(b"[[" + b"],[".join(set(_TAG_LISTS.findall(self._data, self._lo, self._hi))) + b"]]")
        if lists is None:
            lists = [_decode(raw) or () for raw in set(_TAGS.findall(self._data, self._lo, self._hi))]
        return {tag for tags in lists for tag in tags if isinstance(tag, str)}

    def claimants(self) -> set[str]:
        if self._docs is not None:
            return {d["claimant"] for d in self._docs if isinstance(d.get("claimant"), str)}
        raws = set(_CLAIMANT.findall(self._data, self._lo, self._hi))
        return {name for name in map(_decode, raws) if isinstance(name, str)}


#: A JSON string as orjson writes it (the loop unrolled: much faster in `re` than an alternation per character).
_STRING = rb'"[^"\\]*(?:\\.[^"\\]*)*"'
_CLAIMANT = re.compile(rb'"claimant":(' + _STRING + rb")")
_TAGS = re.compile(rb'"tags":(\[(?:' + _STRING + rb",)*(?:" + _STRING + rb")?\])")
_TAG_LISTS = re.compile(rb'"tags":\[([^\]]*)\]')


def _decode(raw: bytes) -> Any:
    import json  # not orjson: importing it costs more than decoding these few strings with json

    try:
        return json.loads(raw)
    except ValueError:
        return None


def _briefs(raw: list[bytes]) -> list[str | None]:
    """Decode JSON strings (one call for all of them) and make each a brief description."""
    import json  # not orjson: importing it (~30 ms) would cost more than all the decoding

    try:
        texts = json.loads(b"[" + b",".join(raw) + b"]")
    except ValueError:  # a damaged line: decode one by one, and give up only on that one
        texts = []
        for one in raw:
            try:
                texts.append(json.loads(one))
            except ValueError:
                texts.append(None)
    width = HELP_WIDTH  # most texts are one printable line: `_brief` inlined for those
    return [(t if len(t) <= width else t[:width - 1] + "…") if t.__class__ is str and t.isprintable() else _brief(t)
            for t in texts]


def _brief(text: object, width: int = HELP_WIDTH) -> str | None:
    """A claim's text as one safe line, cut to fit beside its id in a completion menu."""
    if not isinstance(text, str):
        return None
    if not text.isprintable():  # a newline, a tab, a control character: fold the spaces, spell out the rest
        text = one_line(" ".join(text[: 2 * width].split()))
    return text if len(text) <= width else text[: width - 1] + "…"


_BASH_SPECIAL = re.compile(r"([^\w@%+=:,./-])")


def _zsh_escape(s: str) -> str:
    """Quote a value or description for the zsh script's two readings of it.

    The script runs `eval $(claimtrack)` on `_arguments '*: :(("value":"description" ...))'`, and `_arguments`
    evaluates what is between the double parentheses as shell words, then splits each at its first colon not
    preceded by a backslash. So inside the double quotes: backslash, double quote, $ and ` are escaped, and a
    colon becomes `\\:`; and a single quote, inside the outer single quotes, becomes `'\\''`. (Typer writes `''`
    and `""`, which zsh reads as nothing: `O'Neil` would complete as `ONeil`.) Chained `replace` calls are
    far faster here than `str.translate` with strings.
    """
    return (s.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$").replace("`", "\\`")
            .replace(":", "\\\\:").replace("'", "'\\''"))


def format_bash(value: str, help: str | None) -> str:
    return value if value.isalnum() else _BASH_SPECIAL.sub(r"\\\1", value)


def format_zsh_all(items: list[tuple[str, str | None]]) -> str:
    """`format_zsh` of each item, one a line: escaped all at once (a newline or NUL is in no value or help)."""
    joined = "\n".join(f"{v}\0{h}" if h else v for v, h in items)
    if joined.count("\n") != len(items) - 1 or joined.count("\0") != sum(1 for _v, h in items if h):
        return "\n".join(format_zsh(v, h) for v, h in items)
    return '"' + _zsh_escape(joined).replace("\n", '"\n"').replace("\0", '":"') + '"'


def format_zsh(value: str, help: str | None) -> str:
    if help:
        return f'"{_zsh_escape(value)}":"{_zsh_escape(help)}"'
    return f'"{_zsh_escape(value)}"'


def format_fish(value: str, help: str | None) -> str:
    if help:  # every whitespace character but the space is unprintable
        return value + "\t" + (help if help.isprintable() else re.sub(r"\s", " ", help))
    return value


# -- the shells -----------------------------------------------------------------------------------------------
def _shell_classes() -> dict[str, type]:
    """Typer's bash, zsh and fish completion, with three changes: a value holding spaces or shell characters
    (a claimant's name) reaches bash quoted; zsh gets quotes and apostrophes intact (see `_zsh_escape`); and
    descriptions are not passed through Rich, which would read markup in a claim's text (`[bold]`) and cost
    more than the rest of the completion."""
    from typer._completion_classes import BashComplete, FishComplete, ZshComplete

    class Bash(BashComplete):
        def format_completion(self, item: Any) -> str:
            return format_bash(item.value, item.help)

    class Zsh(ZshComplete):
        def format_completion(self, item: Any) -> str:
            return format_zsh(item.value, item.help)

    class Fish(FishComplete):
        def format_completion(self, item: Any) -> str:
            return format_fish(item.value, item.help)

    return {"bash": Bash, "zsh": Zsh, "fish": Fish}
