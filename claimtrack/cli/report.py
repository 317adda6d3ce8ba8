"""The `report` command: the record as one self-contained HTML page, written atomically or to stdout."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from claimtrack.cli.base import (ByOpt, DueBeforeOpt, OverdueOpt, SearchOpt, StatusOpt, TagOpt, command,
                                 db_path, emit_json, make_filter, open_store, show_path, write_output)
from claimtrack.errors import InputError, UsageError

DEFAULT_FILE = "claimtrack-report.html"  # the same as claimtrack.report.DEFAULT_FILE, without importing it
DEFAULT_LIMIT = 10_000  # claimtrack.report.DEFAULT_LIMIT; a test keeps the two equal


@command("report", epilog="""Examples:

  claimtrack report

  claimtrack report --title "Korea calls" --tag korea -o korea.html

  claimtrack report -o - > /var/www/html/record.html

Writes claimtrack-report.html here unless -o says otherwise. One HTML file with everything inline (it fetches
nothing, so it opens offline and can be sent as an attachment): a scoreboard per claimant, the
calibration chart, open claims past due and due in the next 90 days, and every claim with its quote, source,
verdict and evidence. The numbers are those of 'claimtrack stats --json' for the same filters.""")
def report_cmd(
    output: Annotated[str, typer.Option("--output", "-o", metavar="FILE", help=f"Where to write the page (default {DEFAULT_FILE}; - for stdout).", show_default=False)] = DEFAULT_FILE,
    status: StatusOpt = None, by: ByOpt = None, tag: TagOpt = None, search: SearchOpt = None,
    due_before: DueBeforeOpt = None, overdue: OverdueOpt = False,
    title: Annotated[Optional[str], typer.Option("--title", metavar="TITLE", help="The page's title (default: Track record).")] = None,
    min_graded: Annotated[int, typer.Option("--min-graded", metavar="N", help="Judged claims a claimant needs to be graded.")] = 5,
    as_of: Annotated[Optional[str], typer.Option("--as-of", metavar="DATE", help="The day the page is as of, YYYY-MM-DD (default today): decides what is past due.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-l", metavar="N", help=f"List at most N claims one by one, newest first (default {DEFAULT_LIMIT:,}); the scoreboard and chart always count all.", show_default=False)] = DEFAULT_LIMIT,
    as_json: Annotated[bool, typer.Option("--json", help="Print what was written as JSON (for scripts).")] = False,
) -> None:
    """Write the record as a self-contained HTML page to read, print or share."""
    from pathlib import Path

    from claimtrack.model import parse_date, today
    from claimtrack.query import select
    from claimtrack.report import DEFAULT_TITLE, render_report
    from claimtrack.textsafe import one_line

    if min_graded < 0:
        raise InputError("--min-graded must be 0 or more")
    if limit < 0:
        raise InputError("--limit must be 0 or more")
    to_stdout = output == "-"
    if to_stdout and as_json:
        raise UsageError("--json prints a summary on stdout, so it cannot go with -o - (the page on stdout)")
    if not output:
        raise InputError("--output must name a file, or - for stdout")
    day = parse_date(as_of, "--as-of") if as_of else today()
    flt = make_filter(status, by, tag, search, due_before, overdue)
    if overdue:
        flt.overdue_on = day  # overdue as of the page's day, like its past-due list
    target = None if to_stdout else Path(output)
    if target is not None and _same_file(target, Path(db_path())):
        raise InputError(f"{show_path(output)} is the claims database; choose another file for the report")
    with open_store() as store:
        claims = select(store.claims, flt)
    try:
        page = render_report(claims, title=title or DEFAULT_TITLE, min_graded=min_graded, as_of=day, limit=limit,
                             scope=_scope(status, by, tag, search, due_before, overdue, day))
    except ValueError as e:  # only a hand-edited database can hold values the scorer rejects
        raise InputError(f"cannot report on these claims: {e}") from None
    data = page.encode("utf-8")
    listed = min(limit, len(claims))
    if listed < len(claims):
        sys.stderr.write(f"The page lists the newest {listed:,} of {len(claims):,} claims (--limit {limit}); "
                         "the scoreboard, chart and due lists count all of them.\n")
    if target is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    write_output(target, data)
    if as_json:
        emit_json({"output": str(target), "bytes": len(data), "claims": len(claims), "listed": listed,
                   "claimants": len({c["claimant"] for c in claims}), "as_of": day.isoformat()})
        return
    note = "" if claims else " (no claims match)"
    sys.stderr.write(f"Wrote the report of {len(claims):,} claim{'s' if len(claims) != 1 else ''} to "
                     f"{one_line(show_path(target))}{note}\n")


def _same_file(a, b) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def _scope(status, by, tag, search, due_before, overdue, day) -> str | None:
    """The filters in words for the page's header, so a reader knows which claims it covers."""
    parts = []
    if status:
        parts.append("with status " + " or ".join(s.lower() for s in status))
    if by:
        parts.append(f"by a claimant whose name contains “{by}”")
    if tag:
        parts.append("tagged " + " and ".join(tag))
    if search:
        parts.append(f"mentioning “{search}”")
    if due_before:
        parts.append(f"due before {due_before}")
    if overdue:
        parts.append(f"open and overdue on {day.isoformat()}")
    return "Claims " + ", ".join(parts) if parts else None
