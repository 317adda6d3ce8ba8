"""Commands that move many claims at once: batch, import, export."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from claimtrack.cli.base import (ByOpt, DryRunOpt, DueBeforeOpt, FileArg, JsonOpt, LimitOpt, OverdueOpt, SearchOpt,
                                 SortOpt, StatusOpt, TagOpt, command, emit_json, id_list, make_filter, open_store,
                                 read_input, show_path, write_output)
from claimtrack.errors import InputError

@command("batch", epilog="""Example:

  printf '%s\\n' '{"op": "confirm", "id": 3, "evidence": "https://example.org"}' '{"op": "refute", "id": 4}' | claimtrack batch -

One JSON object per line. Ops: add (claim fields: text, claimant or by, said_on, due, confidence, tags,
source {url,title,outlet}, quote, criteria, notes), edit (id or uuid + fields), confirm / refute (id or uuid,
evidence, note, on), resolve (+ status), reopen, delete. Every line is checked before anything is written;
one bad line writes nothing and names itself. The batch is one undo step.""")
def batch_cmd(file: FileArg, dry_run: DryRunOpt = False, as_json: JsonOpt = False) -> None:
    """Apply many changes from a JSON Lines file, all or nothing."""
    from claimtrack import batch

    lines = read_input(file).splitlines()
    result = _transaction(len(lines), "Applying batch", as_json, dry_run,
                          lambda store, advance: batch.run(store, batch.parse_lines(lines), advance))
    if as_json:
        emit_json(result)
        return
    verb = "Would apply" if dry_run else "Applied"
    counts = ", ".join(f"{n} {op}" for op, n in result["counts"].items() if n)
    print(f"{verb} {result['operations']} operation{'s' if result['operations'] != 1 else ''}"
          + (f" ({counts})" if counts else "") + (f"; {result['unchanged']} changed nothing" if result["unchanged"] else ""))
    for label, key in (("added", "added"), ("changed", "changed"), ("deleted", "deleted")):
        if result[key]:
            print(f"  {label}: {id_list(result[key])}")
    if dry_run:
        print("Dry run: nothing was written.")


def _transaction(total: int, label: str, as_json: bool, dry_run: bool, work) -> dict:
    """Run `work(store, advance)` in one write transaction with a progress bar; a dry run writes nothing."""
    from claimtrack.render import progress_bar

    with open_store(write=True) as store, progress_bar(total, label, enabled=not as_json) as advance:
        summary = work(store, advance)
        if dry_run:
            store.discard()
    return summary.as_dict(dry_run)


@command("import", epilog="""Examples:

  claimtrack import predictions.csv --format predictionbook

  claimtrack export --format jsonl | claimtrack --db other.json import -

Formats: json, jsonl, csv (claimtrack's own exports), predictionbook (PredictionBook's CSV export), fatebook
(Fatebook's CSV export); auto decides from the file name and content. Importing the same file twice adds
nothing: claims are matched by uuid, or by the source's own id for PredictionBook and Fatebook.""")
def import_cmd(
    file: FileArg,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="auto, json, jsonl, csv, predictionbook or fatebook.")] = "auto",
    claimant: Annotated[Optional[str], typer.Option("--claimant", metavar="NAME", help="Claimant for foreign records that name none.")] = None,
    dry_run: DryRunOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Import claims from a file, idempotently.

    A second import of the same file adds nothing.
    """
    from claimtrack import importing

    fmt, records = importing.read(read_input(file), fmt.lower(), None if file == "-" else file)
    result = _transaction(len(records), "Importing", as_json, dry_run,
                          lambda store, advance: importing.apply(store, fmt, records, advance, claimant=claimant))
    if as_json:
        emit_json(result)
        return
    c = result["counts"]
    print(f"{'Would import' if dry_run else 'Imported'} {fmt}: {c['added']} added, {c['updated']} updated, "
          f"{c['unchanged']} unchanged, {c['skipped']} skipped"
          + (f", {c['kept']} kept local changes" if c.get("kept") else ""))
    from claimtrack.textsafe import one_line

    for skip in result["skipped"][:20]:
        print(f"  skipped row {skip['row']}: {one_line(str(skip['reason']))}")
    for kept in result["kept"][:20]:
        print(f"  kept claim {kept['id']} (row {kept['row']}): {', '.join(kept['fields'])} changed here; "
              "the file's value was not applied")
    if dry_run:
        print("Dry run: nothing was written.")


@command("export", epilog="""Examples:

  claimtrack export --format csv -o claims.csv

  claimtrack export --by kazianis --format markdown > kazianis.md

  claimtrack export --format claimreview --status refuted

CSV cells that a spreadsheet would run as a formula are prefixed with ' (claimtrack's import removes it).""")
def export_cmd(
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="json, jsonl, csv, markdown, claimreview or ics.")] = "json",
    output: Annotated[Optional[str], typer.Option("--output", "-o", metavar="FILE", help="Write to this file instead of stdout.")] = None,
    status: StatusOpt = None, by: ByOpt = None, tag: TagOpt = None, search: SearchOpt = None,
    due_before: DueBeforeOpt = None, overdue: OverdueOpt = False, sort: SortOpt = "id", limit: LimitOpt = None,
) -> None:
    """Export claims as JSON, JSON Lines, CSV, Markdown, ClaimReview or iCalendar.

    Takes the same filters as list.
    """
    from claimtrack.formats import EXPORT_FORMATS, export
    from claimtrack.query import select

    fmt = fmt.lower()
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
    flt = make_filter(status, by, tag, search, due_before, overdue, sort, limit)
    with open_store() as store:
        found = select(store.claims, flt)
    if output is None:
        sys.stdout.flush()
        export(found, fmt, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    import io

    buffer = io.BytesIO()
    export(found, fmt, buffer)
    write_output(output, buffer.getvalue())
    from claimtrack.textsafe import one_line

    sys.stderr.write(f"Exported {len(found)} claim{'s' if len(found) != 1 else ''} to {one_line(show_path(output))}\n")
