"""`claimtrack extract`: the forecasts in an article, shown, printed for scripts, or saved one by one."""

from __future__ import annotations

import sys
from typing import Annotated, Any, List, Optional

import typer

from claimtrack.cli.base import JsonOpt, ask, command, emit_json, open_store
from claimtrack.errors import InputError, UsageError

#: One answer per action at the "Add?" prompt.
ANSWERS = {**{a: "add" for a in ("a", "add", "")}, **{a: "edit" for a in ("e", "edit")},
           **{a: "skip" for a in ("s", "skip")}, **{a: "quit" for a in ("q", "quit")}}


@command("extract", epilog="""Examples:

  claimtrack extract article.html

  claimtrack extract https://example.org/story --said 2018-01-10 --tag korea

  claimtrack extract notes.txt --batch | claimtrack batch -

  claimtrack extract article.html --add          (on a terminal: add, edit, skip or quit, one by one)

  curl -s https://example.org/story | claimtrack extract - --add --yes

SOURCE is a plain-text file, a saved HTML page, - (stdin) or an http(s) URL (fetched once, nothing else).
Proposals scoring under --min-score (default 0.5) are left out unless --all. A proposal already recorded from
the same article with the same quote is marked, and never added twice. Files and pages over 5 MB are refused.""")
def extract_cmd(
    source: Annotated[str, typer.Argument(help="A text or HTML file, - for stdin, or an http(s) URL.", metavar="SOURCE", show_default=False)],
    said: Annotated[Optional[str], typer.Option("--said", metavar="DATE", help="Day the article was published, YYYY-MM-DD (default: the article's own date, else today).")] = None,
    by: Annotated[Optional[str], typer.Option("--by", metavar="NAME", help="Who speaks in the article's own voice (default: the byline, else the outlet).")] = None,
    outlet: Annotated[Optional[str], typer.Option("--outlet", metavar="OUTLET", help="The outlet (default: the page's site name).")] = None,
    title: Annotated[Optional[str], typer.Option("--title", metavar="TITLE", help="The article's title (default: the page's).")] = None,
    source_url: Annotated[Optional[str], typer.Option("--source", metavar="URL", help="The article's URL (default: the page's canonical URL, or the URL fetched).")] = None,
    tag: Annotated[Optional[List[str]], typer.Option("--tag", "-t", metavar="TAG", help="A tag for every proposal (repeatable).")] = None,
    min_score: Annotated[float, typer.Option("--min-score", metavar="S", help="Leave out proposals scoring below this, 0..1.")] = 0.5,
    show_all: Annotated[bool, typer.Option("--all", help="Show low-scoring proposals too (same as --min-score 0).")] = False,
    batch: Annotated[bool, typer.Option("--batch", help="Print one {\"op\": \"add\", ...} line per new proposal, for 'claimtrack batch -'.")] = False,
    add: Annotated[bool, typer.Option("--add", help="Save the proposals: one by one on a terminal; all of them with --yes.")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="With --add: add every new proposal without asking (needed on a pipe).")] = False,
    timeout: Annotated[float, typer.Option("--timeout", metavar="SECONDS", help="Give up on a URL after this long.")] = 20.0,
    as_json: JsonOpt = False,
) -> None:
    """Find the forecasts in an article: who, when, by when, how sure.

    Prints them grouped by claimant with their cue words marked; --json, --batch and --add for the rest.
    """
    from claimtrack.render import is_terminal

    if not 0.0 <= min_score <= 1.0:
        raise InputError(f"--min-score must be between 0 and 1, not {min_score:g}")
    if not 0 < timeout <= 3600:
        raise InputError(f"--timeout must be between 0 and 3600 seconds, not {timeout:g}")
    if batch and (as_json or add):
        raise UsageError("--batch prints batch lines; it cannot be combined with --json or --add")
    interactive = add and not yes and sys.stdin.isatty() and is_terminal(sys.stdout) and not as_json
    if add and not yes and not interactive:
        raise UsageError("extract --add asks about each proposal, so it needs a terminal; "
                         "on a pipe give --yes to add them all (nothing was added)")
    if source == "-" and interactive:
        raise UsageError("extract - --add reads the article from stdin, so it cannot ask; give --yes or a file")

    from claimtrack.regex_cache import kept

    options = dict(said=said, by=by, outlet=outlet, title=title, url=source_url, tags=tag or [])
    with kept():  # the extractor's patterns, compiled once per Python build rather than once per run
        _extract(source, options, timeout, 0.0 if show_all else min_score, add, interactive, batch, as_json)


def _extract(source: str, options: dict, timeout: float, threshold: float, add: bool, interactive: bool,
             batch: bool, as_json: bool) -> None:
    from claimtrack.extract import article as article_mod
    from claimtrack.extract import extract
    from claimtrack.render import message

    data, content_type, fetched = article_mod.load(source, timeout=timeout)
    name = "stdin" if source == "-" else source
    doc = article_mod.parse(data, content_type=content_type, url=fetched, name=_shown(name))
    warnings: list[str] = []
    if add:
        return _add(doc, options, threshold, interactive, as_json, warnings)
    with open_store() as store:
        existing = store.all()
    proposals = extract(doc, existing=existing, min_score=threshold, warnings=warnings, **options)
    for line in warnings:
        message(f"claimtrack: {line}")
    if as_json:
        emit_json([p.to_dict() for p in proposals])
        return
    if batch:
        import orjson

        fresh = [p for p in proposals if p.duplicate_of is None]
        out = sys.stdout.buffer
        for p in fresh:
            out.write(orjson.dumps(p.batch_op()) + b"\n")
        out.flush()
        if len(fresh) < len(proposals):
            message(f"Left out {len(proposals) - len(fresh)} already recorded.")
        return
    if not proposals:
        message(_none_found(threshold))
        return
    _show(proposals, doc)


def _shown(name: str) -> str:
    from claimtrack.textsafe import one_line

    name = one_line(name)
    return name if len(name) <= 80 else name[:77] + "..."


def _none_found(threshold: float) -> str:
    if threshold > 0:
        return f"No forecasts found scoring {threshold:g} or more (--all shows weaker ones)."
    return "No forecasts found."


# -- the view ---------------------------------------------------------------------------------------------------
def _groups(proposals: list) -> list[tuple[str, list]]:
    order: dict[str, list] = {}
    for p in proposals:
        order.setdefault(p.claimant, []).append(p)
    return list(order.items())


def _facts(p) -> str:
    parts = [f"said {p.said_on}"]
    if p.due:
        parts.append(f"due {p.due}" + (f" ({p.due_text})" if p.due_text else ""))
    else:
        parts.append("no deadline found")
    if p.confidence is not None:
        pct = p.confidence * 100
        shown = f"{pct:.0f}%" if abs(pct - round(pct)) < 1e-9 else f"{pct:.1f}%"
        parts.append(f"confidence {shown}" + (f"~ ({p.confidence_text})" if p.confidence_text else ""))
    parts.append(f"score {p.score:.2f}")
    if p.duplicate_of is not None:
        parts.append(f"already recorded as claim {p.duplicate_of}")
    return " · ".join(parts)


def _quote_pieces(p) -> list[tuple[str, bool]]:
    """The quote cut into (text, is_cue) pieces."""
    pieces = []
    at = 0
    for start, end in p.cue_spans:
        if start < at:
            continue
        if start > at:
            pieces.append((p.quote[at:start], False))
        pieces.append((p.quote[start:end], True))
        at = end
    if at < len(p.quote):
        pieces.append((p.quote[at:], False))
    return pieces


def _show(proposals: list, doc) -> None:
    from claimtrack.render import is_terminal
    from claimtrack.textsafe import one_line

    number = {id(p): n for n, p in enumerate(proposals, 1)}
    if not is_terminal():
        lines = []
        for claimant, group in _groups(proposals):
            lines.append(f"{one_line(claimant)} ({len(group)})")
            for p in group:
                lines.append(f"  {number[id(p)]}. {one_line(p.text)}")
                lines.append(f"     {one_line(_facts(p))}")
                quote = "".join(f"*{one_line(t)}*" if cue else one_line(t) for t, cue in _quote_pieces(p))
                lines.append(f"     > {quote}")
            lines.append("")
        sys.stdout.write("\n".join(lines))
        sys.stdout.flush()
        return
    from claimtrack.render import emit

    emit(*_rich_groups(proposals, number))


def _rich_groups(proposals: list, number: dict) -> list:
    from rich.text import Text

    from claimtrack.textsafe import one_line

    out = []
    for claimant, group in _groups(proposals):
        head = Text()
        head.append(one_line(claimant), style="bold")
        head.append(f"  {len(group)} forecast{'s' if len(group) != 1 else ''}", style="dim")
        out.append(head)
        for p in group:
            out.append(_rich_proposal(p, number[id(p)]))
        out.append(Text(""))
    return out


def _rich_proposal(p, n: int):
    from rich.text import Text

    from claimtrack.textsafe import one_line

    text = Text()
    text.append(f"  {n}. ", style="bold")
    text.append(one_line(p.text))
    text.append("\n     ")
    text.append(one_line(_facts(p)), style="dim")
    text.append("\n     > ", style="dim")
    for piece, cue in _quote_pieces(p):
        text.append(one_line(piece), style="bold underline" if cue else "italic")
    return text


# -- adding -----------------------------------------------------------------------------------------------------
def _add(doc, options: dict, threshold: float, interactive: bool, as_json: bool, warnings: list[str]) -> None:
    from claimtrack.extract import extract
    from claimtrack.model import claim_view
    from claimtrack.render import message

    if not interactive:
        # one read, one write: duplicates are found in the database this transaction holds
        with open_store(write=True) as store:
            store.begin("extract")
            proposals = extract(doc, existing=store.all(), min_score=threshold, warnings=warnings, **options)
            added = [store.add(p.claim_fields(), extra={"uuid": p.uuid}) for p in proposals if p.duplicate_of is None]
        for line in warnings:
            message(f"claimtrack: {line}")
        skipped = len(proposals) - len(added)
        if as_json:
            emit_json([claim_view(c) for c in added])
        note = f"Added {len(added)} claim{'s' if len(added) != 1 else ''}"
        if added:
            from claimtrack.cli.base import id_list

            note += f" ({id_list(c['id'] for c in added)})"
        if skipped:
            note += f"; {skipped} already recorded"
        message(note + ".")
        return
    with open_store() as store:
        existing = store.all()
    proposals = extract(doc, existing=existing, min_score=threshold, warnings=warnings, **options)
    for line in warnings:
        message(f"claimtrack: {line}")
    if not proposals:
        message(_none_found(threshold))
        return
    added = 0
    for n, p in enumerate(proposals, 1):
        print()
        from claimtrack.render import emit

        emit(_card(p, n, len(proposals)))
        if p.duplicate_of is not None:
            message(f"Already recorded as claim {p.duplicate_of}: skipped.")
            continue
        choice = ask("Add? [a]dd [e]dit [s]kip [q]uit", "a", _choice)
        if choice == "quit":
            break
        if choice == "skip":
            continue
        fields = p.claim_fields()
        if choice == "edit":
            fields = _edit(fields)
        with open_store(write=True) as store:
            store.begin("extract")
            if p.uuid in store.uuid_index():  # added meanwhile by another process
                message(f"Already recorded as claim {store.uuid_index()[p.uuid]}: skipped.")
                continue
            claim = store.add(fields, extra={"uuid": p.uuid})
        added += 1
        message(f"Saved: claim {claim['id']}.")
    message(f"Added {added} claim{'s' if added != 1 else ''}.")


def _card(p, n: int, total: int):
    from rich.text import Text

    from claimtrack.textsafe import one_line

    text = Text()
    text.append(f"Proposal {n} of {total}", style="bold")
    text.append(f"  (score {p.score:.2f})\n", style="dim")
    for label, value in (("claimant", p.claimant), ("text", p.text), ("", _facts(p))):
        if label:
            text.append(f"  {label}: ", style="dim")
            text.append(one_line(value) + "\n")
        else:
            text.append("  " + one_line(value) + "\n", style="dim")
    text.append("  quote: ", style="dim")
    for piece, cue in _quote_pieces(p):
        text.append(one_line(piece), style="bold underline" if cue else "italic")
    return text


def _choice(answer: str) -> str:
    choice = ANSWERS.get(answer.lower())
    if choice is None:
        raise InputError("please answer a, e, s or q (or add, edit, skip, quit)")
    return choice


def _edit(fields: dict[str, Any]) -> dict[str, Any]:
    """Ask for each editable field, offering the proposal's value; '-' clears an optional one."""
    import datetime as dt

    from claimtrack.model import clean_confidence, clean_due

    said_on = dt.date.fromisoformat(fields["said_on"])
    out = dict(fields)

    def text(answer: str) -> str:
        if not answer:
            raise InputError("the claim's text must not be empty")
        return answer

    def due(answer: str):
        if answer in ("", "-"):
            return None
        clean_due(answer, said_on)  # the phrases `add --due` takes, read from the day it was said
        return answer

    def confidence(answer: str):
        if answer in ("", "-"):
            return None
        clean_confidence(answer)
        return answer

    out["text"] = ask("Text", fields["text"], text)
    out["claimant"] = ask("Claimant", fields["claimant"], text)
    new_due = ask("Due (date or phrase, - for none)", fields.get("due") or "-", due)
    if new_due != fields.get("due"):
        out["due"] = new_due
        out.pop("due_text", None)
    conf_default = "-" if fields.get("confidence") is None else str(fields["confidence"])
    new_conf = ask("Confidence (0..1, 70%, or words; - for none)", conf_default, confidence)
    if new_conf != conf_default:
        out["confidence"] = new_conf
        out.pop("confidence_text", None)
    tags = ask("Tags (comma-separated, - for none)", ", ".join(fields.get("tags") or []) or "-", lambda a: a)
    out["tags"] = [] if tags in ("", "-") else [t.strip() for t in tags.split(",") if t.strip()]
    return out
