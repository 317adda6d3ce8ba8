"""Commands for judging: the scoreboard (`stats`) and the interactive review of due claims."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from claimtrack.cli.base import (ByOpt, DueBeforeOpt, JsonOpt, OverdueOpt, SearchOpt, StatusOpt, TagOpt, ask, command,
                                 emit_json, make_filter, open_store, print_claim, show_path,
                                 write_output)
from claimtrack.errors import InputError


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

        write_output(svg, calibration_svg(result["calibration"]).encode("utf-8"))
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


#: Every answer the verdict prompt takes (a letter or the word), and what it means.
ANSWERS = {**{a: "confirmed" for a in ("c", "confirm", "confirmed")}, **{a: "refuted" for a in ("r", "refute", "refuted")},
           "p": "partial", "partial": "partial", "v": "void", "void": "void",
           "": "skip", "s": "skip", "skip": "skip", "q": "quit", "quit": "quit"}


@command("review", epilog="""Example: claimtrack review

On a terminal, steps through the claims due (oldest first) and asks for a verdict on each: c (or confirm),
r (refute), p (partial), v (void), s (skip; also Enter) or q (quit), nothing else; then for the verdict's
date (Enter: today), the evidence URL and a note (Enter leaves them empty). A bad answer is asked again.
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
        choice = ask("Verdict? [c]onfirm [r]efute [p]artial [v]oid [s]kip [q]uit", "", _choice)
        if choice == "quit":
            break
        if choice == "skip":
            continue
        verdict = {field: ask(prompt, default, _valid(claim, choice, field)) for field, prompt, default in (
            ("on", "Verdict date", today().isoformat()), ("evidence", "Evidence URL", ""), ("note", "Note", ""))}
        with open_store(write=True) as writer:
            writer.resolve(claim["id"], choice, **verdict)
        judged += 1
        message(f"Saved: claim {claim['id']} is {choice}.")
    message(f"Judged {judged} claim{'s' if judged != 1 else ''}.")


def _choice(answer: str) -> str:
    choice = ANSWERS.get(answer.lower())
    if choice is None:
        raise InputError("please answer c, r, p, v, s or q (or confirm, refute, partial, void, skip, quit)")
    return choice


def _valid(claim: dict, status: str, field: str):
    """A check for one field of a verdict on this claim, by the model's rules (a date not before the claim was
    made nor in the future, an http(s) URL); an empty answer means none."""

    def check(answer: str) -> str | None:
        from claimtrack.model import clean_resolution

        clean_resolution({field: answer or None}, claim["said_on"], status=status)
        return answer or None

    return check
