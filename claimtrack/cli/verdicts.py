"""Commands that give or take back a verdict: confirm, refute, resolve, reopen (each on one claim or several)."""

from __future__ import annotations

from typing import Annotated, List

import typer

from claimtrack.cli.base import (EvidenceOpt, IdsArg, JsonOpt, NoteOpt, OnOpt, change_each, command, emit_json,
                                 id_list, print_claim, view)


def report(refs: list[str], claims: list[dict], as_json: bool, state: str) -> None:
    """One id given: the claim's card (or its object with --json), as always. Several: one line (or a list)."""
    if as_json:
        emit_json(view(claims[0]) if len(refs) == 1 else [view(c) for c in claims])
    elif len(refs) == 1:
        print_claim(claims[0], f"Claim {claims[0]['id']} is {state}")
    else:
        several = len(claims) > 1
        print(f"Claim{'s' if several else ''} {id_list(c['id'] for c in claims)} {'are' if several else 'is'} {state}")


def _verdict(refs: list[str], status: str, evidence: str | None, note: str | None, on: str | None, as_json: bool) -> None:
    claims = change_each(refs, lambda store, claim_id: store.resolve(claim_id, status, on=on, evidence=evidence,
                                                                        note=note))
    report(refs, claims, as_json, f"now {status}")


@command("confirm", epilog="Examples:\n\n  claimtrack confirm 3 --evidence https://example.org/report --note 'Talks stalled'\n\n  claimtrack confirm 3 5 7 --evidence https://example.org/report   (one change, one undo step)")
def confirm_cmd(claim_ids: IdsArg, evidence: EvidenceOpt = None, note: NoteOpt = None, on: OnOpt = None,
                as_json: JsonOpt = False) -> None:
    """Mark claims as having come true.

    Several ids get the same verdict in one change: one unknown id changes nothing.
    """
    _verdict(claim_ids, "confirmed", evidence, note, on, as_json)


@command("refute", epilog="Examples:\n\n  claimtrack refute 1 --evidence https://en.wikipedia.org/wiki/Panmunjom_Declaration --on 2018-04-27\n\n  claimtrack refute 1 2 --on 2018-04-27")
def refute_cmd(claim_ids: IdsArg, evidence: EvidenceOpt = None, note: NoteOpt = None, on: OnOpt = None,
               as_json: JsonOpt = False) -> None:
    """Mark claims as having turned out false.

    Several ids get the same verdict in one change: one unknown id changes nothing.
    """
    _verdict(claim_ids, "refuted", evidence, note, on, as_json)


@command("resolve", epilog="Examples:\n\n  claimtrack resolve 4 partial --note 'Talks happened, but not by March'\n\n  claimtrack resolve 5 6 9 void --note 'Too vague to judge'   (the last word is the verdict)")
def resolve_cmd(
    words: Annotated[List[str], typer.Argument(help="The claims' ids (or uuids), then the verdict: confirmed, refuted, partial or void (with several ids, --json prints a list).",
                                               metavar="ID... STATUS", show_default=False)],
    evidence: EvidenceOpt = None, note: NoteOpt = None, on: OnOpt = None, as_json: JsonOpt = False,
) -> None:
    """Give any verdict: confirmed, refuted, partial or void.

    void means the claim cannot be judged: ambiguous, its condition failed, or withdrawn. Several ids get the
    same verdict in one change.
    """
    if len(words) < 2:
        from claimtrack.errors import UsageError

        raise UsageError("give the claim ids, then the verdict: claimtrack resolve ID... STATUS "
                         "(confirmed, refuted, partial or void)")
    *claim_ids, status = words
    _verdict(claim_ids, status.lower(), evidence, note, on, as_json)


@command("reopen", epilog="Examples:\n\n  claimtrack reopen 4\n\n  claimtrack reopen 4 5")
def reopen_cmd(claim_ids: IdsArg, as_json: JsonOpt = False) -> None:
    """Make judged claims open again.

    Their old verdicts stay in the history. Several ids are one change: if one is already open, none changes.
    """
    claims = change_each(claim_ids, lambda store, claim_id: store.reopen(claim_id))
    report(claim_ids, claims, as_json, "open again")
