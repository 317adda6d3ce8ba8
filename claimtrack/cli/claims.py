"""Commands on single claims and the database: init, add, list, show, edit, history, delete, undo, due, info."""

from __future__ import annotations

import sys
from typing import Annotated, Any, List, Optional

import typer

from claimtrack import __version__
from claimtrack.cli.base import (ByOpt, DueBeforeOpt, IdArg, IdsArg, JsonOpt, LimitOpt, OverdueOpt, SearchOpt,
                                 SortOpt, StatusOpt, TagOpt, change_each, command, db_path, done, emit_json, holder,
                                 id_list, make_filter, open_store, read_text_arg, show_path, state, view,
                                 warn_about_git)
from claimtrack.errors import InputError, UsageError


@command("init", epilog="Example: claimtrack --db ~/work/claims.json init")
def init_cmd(as_json: JsonOpt = False) -> None:
    """Create an empty database.

    Here (./claims.json), or at --db / CLAIMTRACK_DB.
    """
    from claimtrack.paths import for_init
    from claimtrack.storage import Database, locked

    from claimtrack.textsafe import one_line

    path, _how = for_init(state["db"])
    warn_about_git(path)
    with locked(path, holder=holder()) as lock:
        db = Database.load(path)
        if db.exists:
            raise InputError(f"{show_path(path)} already exists ({len(db.table('claims'))} claims); nothing was changed")
        db.save(lock)
    if as_json:
        emit_json({"path": show_path(path), "created": True})
    else:
        print(f"Created an empty claims database at {one_line(show_path(path))}")


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
    from claimtrack.query import select

    flt = make_filter(status, by, tag, search, due_before, overdue, sort, limit)
    with open_store() as store:
        found = select(store.claims, flt)
        exists = store.exists
    if as_json:
        emit_json([view(c) for c in found])
        return
    if not found:
        from claimtrack.render import message

        message("No claims match." if exists else f"No database yet at {show_path(db_path())}: 'claimtrack add' creates it.")
        return
    from claimtrack.render import print_claims

    print_claims(found)


@command("show", epilog="Example: claimtrack show 3 --json")
def show_cmd(claim_id: IdArg, as_json: JsonOpt = False) -> None:
    """Show one claim in full."""
    with open_store() as store:
        claim = store.get(claim_id)
    done(claim, as_json, "")


@command("edit", epilog="Examples:\n\n  claimtrack edit 3   (on a terminal: opens the claim in $VISUAL / $EDITOR)\n\n  claimtrack edit 3 --due 2019-06-30 --tag korea --tag summit\n\n  claimtrack edit 3 --quote ''   (an empty value clears an optional field)")
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
    """Change a claim's fields, with options or in your editor.

    With no field option on a terminal, the claim opens as text in $VISUAL or $EDITOR (else vi; notepad on
    Windows); saving checks it and reopens it with the error on top until it is right, and an emptied file
    aborts. Its verdict is changed with confirm, refute, resolve and reopen.
    """
    options = (text, by, said, due, confidence, tag, source, title, outlet, quote, criteria, notes)
    if all(o is None for o in options) and not add_tag and not remove_tag and sys.stdin.isatty() and sys.stdout.isatty():
        claim = _edit_in_editor(claim_id)
        if claim is not None:
            done(claim, as_json, f"Edited claim {claim['id']}")
        return
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


def _edit_in_editor(claim_id: str) -> dict | None:
    """Edit the claim as text in the user's editor; the edited claim, or None if nothing was changed.

    The database is not locked while the editor is open: the change is written only if the claim still says
    what it said when the editor opened. If it does not (or the write fails), the text is kept in its file.
    """
    import os
    import tempfile

    from claimtrack import editing
    from claimtrack.errors import ClaimtrackError
    from claimtrack.render import message

    with open_store() as store:
        claim = store.get(claim_id)
    fd, name = tempfile.mkstemp(prefix=f"claimtrack-claim-{claim['id']}-", suffix=".txt")
    os.close(fd)
    keep = False
    try:
        text = editing.to_text(claim)
        while True:
            with open(name, "w", encoding="utf-8", newline="") as f:
                f.write(text)
            _run_editor(name)
            with open(name, "rb") as f:
                raw = f.read()
            try:
                text = raw.decode("utf-8")
                edited = editing.read_text(text)
            except UnicodeDecodeError as e:
                text = editing.with_error(raw.decode("utf-8", "replace"), f"the file is not valid UTF-8 (byte {e.start})")
                continue
            except InputError as e:
                text = editing.with_error(text, str(e))
                continue
            if edited is None:
                raise InputError(f"the file was emptied: edit aborted, claim {claim['id']} was not changed")
            fields = editing.changes(claim, edited)
            if not fields:
                message(f"No change: claim {claim['id']} was not changed.")
                return None
            try:
                with open_store(write=True) as store:
                    if _content(store.get(claim["id"])) == _content(claim):
                        return store.edit(claim["id"], fields)
            except InputError as e:  # a value the model refuses: show it to the user in the text
                text = editing.with_error(text, str(e))
                continue
            except ClaimtrackError as e:  # deleted meanwhile, locked, cannot be written...
                keep = True
                raise type(e)(f"{e}; nothing was written (your text is kept in {show_path(name)})") from None
            keep = True
            raise InputError(f"claim {claim['id']} was changed by another command while it was being edited; "
                             f"nothing was written (your text is kept in {show_path(name)})")
    finally:
        if not keep:
            os.unlink(name)


def _content(claim: dict) -> dict:
    """What a claim says, without its timestamps: a change and its undo leave the same content."""
    return {k: v for k, v in claim.items() if k not in ("created_at", "updated_at")}


def _run_editor(path: str) -> None:
    """Run $VISUAL, else $EDITOR, else vi (notepad on Windows) on the file, as git does: through the shell,
    so the variable may hold options (`code --wait`, `emacs -nw`)."""
    import os
    import subprocess

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or ("notepad" if os.name == "nt" else "vi")
    if os.name == "nt":  # pragma: no cover
        import shlex

        argv = shlex.split(editor, posix=False) + [path]
    else:
        argv = ["/bin/sh", "-c", f'{editor} "$@"', editor, path]
    try:
        code = subprocess.run(argv).returncode
    except OSError as e:
        raise InputError(f"cannot run the editor {editor!r}: {e.strerror or e} (set VISUAL or EDITOR)") from None
    if code != 0:
        hint = " (set VISUAL or EDITOR)" if code == 127 else ""
        raise InputError(f"the editor {editor!r} exited with status {code}{hint}; nothing was written")


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
        from claimtrack.render import print_history

        print_history(entries)


@command("delete", epilog="Examples:\n\n  claimtrack delete 7 --yes   ('claimtrack undo' brings it back)\n\n  claimtrack delete 7 8 9 --yes   (one change: one undo brings all three back)")
def delete_cmd(claim_ids: IdsArg, yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask (needed when stdin is not a terminal).")] = False,
               as_json: JsonOpt = False) -> None:
    """Delete claims (undo restores them).

    Asks first on a terminal; with stdin not a terminal it needs --yes. Their history is kept. Several ids are
    one change: one unknown id deletes nothing.
    """

    def ask(store, ids: list[int]) -> None:
        if yes:
            return
        what = f"claim {ids[0]}" if len(ids) == 1 else f"{len(ids)} claims ({id_list(ids)})"
        if not sys.stdin.isatty():
            raise UsageError(f"not deleting {what} without --yes (stdin is not a terminal, so claimtrack cannot ask)")
        from claimtrack.textsafe import one_line

        if len(ids) == 1:
            what += f" ({one_line(store.get(ids[0])['text'])[:60]})"
        if not typer.confirm(f"Delete {what}?", default=False, err=True):
            raise InputError("not deleted")

    claims = change_each(claim_ids, lambda store, claim_id: store.delete(claim_id), before=ask)
    if as_json:
        emit_json(view(claims[0]) if len(claim_ids) == 1 else [view(c) for c in claims])
    elif len(claims) == 1:
        print(f"Deleted claim {claims[0]['id']} ('claimtrack undo' restores it)")
    else:
        print(f"Deleted claims {id_list(c['id'] for c in claims)} ('claimtrack undo' restores them)")


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
        plural = "s" if len(result["claims"]) != 1 else ""
        print(f"Undid '{result['action']}' made at {result['at']} (claim{plural} {id_list(result['claims'])})")


@command("due", epilog="Example: claimtrack due --as-of 2018-05-01")
def due_cmd(as_of: Annotated[Optional[str], typer.Option("--as-of", metavar="DATE", help="Review day, YYYY-MM-DD (default today).")] = None,
            as_json: JsonOpt = False) -> None:
    """The review queue: open claims past their due date.

    Open claims due before --as-of (default today; a claim due that day is not yet overdue), oldest due first.
    """
    from claimtrack.model import parse_date, today
    from claimtrack.query import due_queue

    day = parse_date(as_of, "--as-of") if as_of else today()
    with open_store() as store:
        found = due_queue(store.claims, day)
    if as_json:
        emit_json([view(c) for c in found])
        return
    if not found:
        from claimtrack.render import message

        message(f"Nothing is due before {day.isoformat()}.")
        return
    from claimtrack.render import print_claims

    print_claims(found)


@command("info", epilog="Example: claimtrack info --json")
def info_cmd(as_json: JsonOpt = False) -> None:
    """Which database file is used, why, and what it holds."""
    from claimtrack.model import STATUSES
    from claimtrack.paths import resolve
    from claimtrack.storage import SCHEMA

    path, how = resolve(state["db"])
    with open_store() as store:
        counts = {s: 0 for s in STATUSES}
        for _, claim in store.claims.scan():
            counts[claim["status"]] = counts.get(claim["status"], 0) + 1
        info = {
            "path": show_path(path.absolute()),
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
    from claimtrack.textsafe import one_line

    print(f"Database: {one_line(info['path'])}")
    print(f"Chosen by: {how}")
    if not info["exists"]:
        print("It does not exist yet: 'claimtrack init' or 'claimtrack add' creates it.")
        return
    print(f"Claims: {info['claims']} (" + ", ".join(f"{n} {s}" for s, n in counts.items()) + ")")
    print(f"History entries: {info['history_entries']}; schema {info['schema']}; {info['size_bytes']:,} bytes")
