"""Commands for judging: the scoreboard (`stats`) and the interactive review of due claims."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from claimtrack.cli.base import (ByOpt, DueBeforeOpt, JsonOpt, OverdueOpt, SearchOpt, StatusOpt, TagOpt, command,
                                 emit_json, make_filter, open_store, print_claim, show_path)
from claimtrack.errors import ClaimtrackError, InputError


@command("stats", epilog="""Examples:

  claimtrack stats

  claimtrack stats --tag korea --min-graded 3 --svg calibration.svg

Hit rate = (confirmed + half of partial) / judged claims, with a 95% Wilson interval. Brier score: mean of
(confidence - outcome)^2 on a 0-1 scale, lower is better; 0.25 is what always saying 50% earns. Open and void
claims are never scored.""")
def stats_cmd(
    status: StatusOpt = None, by: ByOpt = None, tag: TagOpt = None, search: SearchOpt = None,
    due_before: DueBeforeOpt = None, overdue: OverdueOpt = False,
    min_graded: Annotated[int, typer.Option("--min-graded", metavar="N", help="Judged claims a claimant needs to be graded.")] = 5,
    svg: Annotated[Optional[str], typer.Option("--svg", metavar="FILE", help="Also write the calibration chart to this SVG file.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Who was right, how often, how well calibrated.

    A scoreboard per claimant and a calibration chart.
    """
    from claimtrack.query import select
    from claimtrack.scoring import score

    if min_graded < 0:
        raise InputError("--min-graded must be 0 or more")
    flt = make_filter(status, by, tag, search, due_before, overdue)
    with open_store() as store:
        claims = select(store.claims, flt)
    try:
        result = score(claims, min_graded=min_graded)
    except ValueError as e:  # only a hand-edited database can hold values the scorer rejects
        raise InputError(f"cannot score these claims: {e}") from None
    if svg:
        from claimtrack.chart import calibration_svg

        try:
            with open(svg, "w", encoding="utf-8") as f:
                f.write(calibration_svg(result["calibration"]))
        except OSError as e:
            raise InputError(f"cannot write {show_path(svg)}: {e.strerror or e}") from None
    if as_json:
        emit_json(result)
        return
    from claimtrack.chart import calibration_chart, scoreboard
    from claimtrack.render import emit, message

    if not claims:
        sys.stderr.write("No claims match.\n")
        return
    emit(scoreboard(result), "", calibration_chart(result["calibration"]))
    if svg:
        message(f"Wrote the calibration chart to {show_path(svg)}")


CHOICES = {"c": "confirmed", "r": "refuted", "p": "partial", "v": "void", "s": "skip", "q": "quit"}


@command("review", epilog="""Example: claimtrack review

On a terminal, steps through the claims due (oldest first) and asks for a verdict on each: c confirm,
r refute, p partial, v void, s skip, q quit; then for the evidence URL and a note (Enter to leave empty).
Each verdict is saved as soon as it is given. On a pipe it never asks: it prints the queue and exits.""")
def review_cmd(
    as_of: Annotated[Optional[str], typer.Option("--as-of", metavar="DATE", help="Review day, YYYY-MM-DD (default today).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Step through overdue claims and judge them.

    On a pipe it never asks: it prints the queue.
    """
    from claimtrack.model import parse_date, today
    from claimtrack.query import due_queue
    from claimtrack.render import is_terminal, message, print_claims

    day = parse_date(as_of, "--as-of") if as_of else today()
    with open_store() as store:
        queue = due_queue(store.claims, day)
    interactive = not as_json and sys.stdin.isatty() and is_terminal(sys.stdout)
    if not interactive:
        if as_json:
            from claimtrack.model import claim_view

            emit_json([claim_view(c) for c in queue])
        elif queue:
            print_claims(queue)
        else:
            message(f"Nothing is due before {day.isoformat()}.")
        return
    if not queue:
        message(f"Nothing is due before {day.isoformat()}.")
        return
    judged = 0
    for n, claim in enumerate(queue, 1):
        print()
        print_claim(claim, f"Claim {claim['id']} ({n} of {len(queue)}), due {claim['due']}")
        choice = _ask_choice()
        if choice == "quit":
            break
        if choice == "skip":
            continue
        while True:
            evidence = typer.prompt("Evidence URL", default="", show_default=False).strip() or None
            note = typer.prompt("Note", default="", show_default=False).strip() or None
            try:
                with open_store(write=True) as writer:
                    writer.resolve(claim["id"], choice, evidence=evidence, note=note)
                break
            except InputError as e:
                message(f"claimtrack: {e}; try again")
            except ClaimtrackError:
                raise
        judged += 1
        message(f"Saved: claim {claim['id']} is {choice}.")
    message(f"Judged {judged} claim{'s' if judged != 1 else ''}.")


def _ask_choice() -> str:
    while True:
        answer = typer.prompt("Verdict? [c]onfirm [r]efute [p]artial [v]oid [s]kip [q]uit", default="s",
                              show_default=False).strip().lower()
        if answer[:1] in CHOICES:
            return CHOICES[answer[:1]]
        typer.echo("Please answer c, r, p, v, s or q.", err=True)
