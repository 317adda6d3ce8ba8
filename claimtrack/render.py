"""Human views of claims: Rich on a terminal, plain aligned text into a pipe.

User text is never given to Rich as a markup string: it goes in `Text` objects (so `[bold]`, `[link=...]` and
`:warning:` stay literal), after `textsafe` has spelled out control characters. Rich is imported only here,
and only by commands that print a human view.
"""

from __future__ import annotations

import sys
from typing import IO, Any, Iterable, Sequence

from .textsafe import one_line, visible

STATUS_STYLE = {"open": "cyan", "confirmed": "green", "refuted": "red", "partial": "yellow", "void": "dim"}
STATUS_MARK = {"open": "·", "confirmed": "✓", "refuted": "✗", "partial": "½", "void": "∅"}
#: Rich lays out a table in time that grows fast with rows; past this many, views use the plain table.
RICH_ROW_LIMIT = 300


def is_terminal(stream: IO[str] | None = None) -> bool:
    stream = stream or sys.stdout
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, emoji=False, markup=False,
                   soft_wrap=False, width=None if is_terminal(sys.stderr if stderr else sys.stdout) else 100)


def emit(*renderables: Any) -> None:
    """Print Rich renderables to stdout; into a pipe, without the padding Rich adds at the end of lines."""
    con = console()
    if is_terminal():
        for r in renderables:
            con.print(r)
        return
    with con.capture() as captured:
        for r in renderables:
            con.print(r)
    sys.stdout.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))


def _confidence(claim: dict) -> str:
    c = claim.get("confidence")
    if c is None:
        return ""
    pct = f"{c * 100:.0f}%" if abs(c * 100 - round(c * 100)) < 1e-9 else f"{c * 100:.1f}%"
    return pct + ("~" if claim.get("confidence_text") else "")


def _status(status: str):
    from rich.text import Text

    return Text(f"{STATUS_MARK.get(status, '?')} {status}", style=STATUS_STYLE.get(status, ""))


# -- lists -----------------------------------------------------------------------------------------------------
LIST_HEADERS = ("ID", "Status", "Claimant", "Said", "Due", "Conf", "Claim")


def _row(claim: dict) -> tuple[str, ...]:
    return (str(claim["id"]), claim["status"], one_line(claim["claimant"]), claim["said_on"],
            claim.get("due") or "", _confidence(claim), one_line(claim["text"]))


def print_claims(claims: Sequence[dict], out: IO[str] | None = None) -> None:
    """A Rich table on a terminal for a readable number of rows; the plain table otherwise."""
    out = out or sys.stdout
    if is_terminal(out) and len(claims) <= RICH_ROW_LIMIT:
        _rich_claims(claims)
    else:
        plain_table((_row(c) for c in claims), LIST_HEADERS, out)


def _rich_claims(claims: Sequence[dict]) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, pad_edge=False, header_style="bold", show_edge=False)
    table.add_column("ID", justify="right", style="bold")
    table.add_column("Status", no_wrap=True)
    table.add_column("Claimant", max_width=24)
    table.add_column("Said", no_wrap=True)
    table.add_column("Due", no_wrap=True)
    table.add_column("Conf", justify="right", no_wrap=True)
    table.add_column("Claim", ratio=1, min_width=20)
    for c in claims:
        cells = _row(c)  # the plain table's cells, with the status drawn in colour
        table.add_row(Text(cells[0]), _status(c["status"]), *(Text(cell) for cell in cells[2:]))
    emit(table)


def plain_table(rows: Iterable[Sequence[str]], headers: Sequence[str], out: IO[str]) -> None:
    """Columns aligned on their widest cell, the last column unpadded and never cut (grep and awk read it)."""
    rows = list(rows)
    widths = [len(h) for h in headers[:-1]]
    for row in rows:
        for i, cell in enumerate(row[:-1]):
            if len(cell) > widths[i]:
                widths[i] = len(cell)
    fmt = "  ".join(f"{{:<{w}}}" for w in widths) + "  {}\n"
    write = out.write
    write(fmt.format(*headers))
    for row in rows:
        write(fmt.format(*row))


# -- one claim -------------------------------------------------------------------------------------------------
def claim_rows(claim: dict) -> list[tuple[str, str, str]]:
    """(label, value, style) for each field a person wants to see, empty fields left out."""
    rows: list[tuple[str, str, str]] = []

    def row(label: str, value: Any, style: str = "") -> None:
        if value not in (None, "", []):
            rows.append((label, visible(str(value)), style))

    row("Claim", claim["text"])
    row("ID", f"{claim['id']}  ({claim['uuid']})")
    row("Status", f"{STATUS_MARK.get(claim['status'], '?')} {claim['status']}", STATUS_STYLE.get(claim["status"], ""))
    row("Claimant", claim["claimant"])
    row("Said on", claim["said_on"])
    due = claim.get("due")
    if due:
        row("Due", f"{due}  (read from {claim['due_text']!r})" if claim.get("due_text") else due)
    if claim.get("confidence") is not None:
        text = _confidence(claim).rstrip("~")
        if claim.get("confidence_text"):
            text += f"  (inferred from {claim['confidence_text']!r})"
        row("Confidence", text)
    row("Tags", ", ".join(claim.get("tags") or []))
    source = claim.get("source") or {}
    row("Outlet", source.get("outlet"))
    row("Title", source.get("title"))
    row("URL", source.get("url"))
    row("Quote", claim.get("quote"), "italic")
    row("Criteria", claim.get("criteria"))
    row("Notes", claim.get("notes"))
    res = claim.get("resolution")
    if res:
        row("Verdict on", res.get("on"))
        row("Evidence", res.get("evidence"))
        row("Verdict note", res.get("note"))
    row("Foreign id", claim.get("foreign_id"))
    row("Updated", claim.get("updated_at"), "dim")
    return rows


def print_claim(claim: dict, title: str | None = None) -> None:
    """A card of the claim's fields: Rich on a terminal; plain `Label  value` lines into a pipe (no Rich to load)."""
    rows = claim_rows(claim)
    if not is_terminal():
        width = max(len(label) for label, _, _ in rows)
        out = [one_line(title)] if title else []
        for label, value, _ in rows:
            lines = value.split("\n")
            out.append(f"{label:<{width}}  {lines[0]}")
            out.extend(f"{'':<{width}}  {line}" for line in lines[1:])
        sys.stdout.write("\n".join(out) + "\n")
        return
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value, style in rows:
        grid.add_row(label, Text(value, style=style))
    emit(*([Text(title, style="bold")] if title else []), grid)


# -- history ---------------------------------------------------------------------------------------------------
def _brief(value: Any) -> str:
    if value is None:
        return "∅"
    if isinstance(value, dict):
        return ", ".join(f"{k}={_brief(v)}" for k, v in value.items() if v is not None) or "∅"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "[]"
    return str(value)


def history_rows(entries: Iterable[dict]) -> list[tuple[str, str, str, str]]:
    rows = []
    for e in entries:
        action = e["action"] + (f" (via {e['via']})" if e.get("via") else "")
        if e["action"] == "undo":
            action = f"undo of change #{e['undoes']}"
        when = e["at"]
        if e.get("forecast"):
            f = e["forecast"]
            rows.append((when, action, "forecast", f"{f.get('by')}: {f.get('confidence')} at {f.get('at')}"))
        elif e.get("changes"):
            for field, (old, new) in e["changes"].items():
                rows.append((when, action, field, f"{_brief(old)} → {_brief(new)}"))
            if e.get("note"):  # a merge says why it decided (e.g. which of two changes it kept)
                rows.append((when, action, "", e["note"]))
        elif e.get("note"):
            rows.append((when, action, "", e["note"]))
        elif e["action"] == "add":
            rows.append((when, action, "", "created"))
        elif e["action"] == "delete":
            rows.append((when, action, "", "deleted (its last state is kept in history)"))
        elif e.get("restored"):
            rows.append((when, action, "", "restored"))
        elif e.get("before"):
            rows.append((when, action, "", "removed"))
    return rows


def print_history(entries: list[dict]) -> None:
    rows = [tuple(one_line(c) for c in r) for r in history_rows(entries)]
    if not is_terminal():
        plain_table(rows, ("When", "Action", "Field", "Old → New"), sys.stdout)
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, header_style="bold", show_edge=False)
    for name in ("When", "Action", "Field", "Old → New"):
        table.add_column(name, overflow="fold")
    for r in rows:
        table.add_row(*(Text(c) for c in r))
    emit(table)


def message(text: str) -> None:
    """A note for the person at the terminal (stderr: stdout carries only data), control characters spelled out."""
    sys.stderr.write(visible(text) + "\n")


class progress_bar:
    """A Rich progress bar on stderr for long imports and batches: shown only on a terminal, and only once the
    work has taken more than `delay` seconds (so quick runs stay quiet). Use as `with progress_bar(n, "Importing")
    as advance: ... advance(1)`; `advance` is None-safe to call when the bar is off.
    """

    def __init__(self, total: int, label: str, *, enabled: bool = True, delay: float = 1.0) -> None:
        import time

        self.total = total
        self.label = label
        self.enabled = enabled and is_terminal(sys.stderr)
        self.delay = delay
        self._clock = time.monotonic
        self._start = self._clock()
        self._done = 0
        self._progress = None
        self._task = None

    def __enter__(self):
        return self.advance

    def advance(self, n: int = 1) -> None:
        self._done += n
        if not self.enabled:
            return
        if self._progress is None:
            if self._clock() - self._start < self.delay:
                return
            from rich.progress import Progress

            self._progress = Progress(console=console(stderr=True), transient=True)
            self._progress.start()
            self._task = self._progress.add_task(self.label, total=self.total, completed=self._done)
            return
        self._progress.update(self._task, completed=self._done)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
