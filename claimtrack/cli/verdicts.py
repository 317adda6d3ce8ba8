"""Commands that give or take back a verdict: confirm, refute, resolve, reopen."""

from __future__ import annotations

from typing import Annotated

import typer

from claimtrack.cli.base import EvidenceOpt, IdArg, JsonOpt, NoteOpt, OnOpt, command, done, open_store


def _verdict(claim_id: str, status: str, evidence: str | None, note: str | None, on: str | None, as_json: bool) -> None:
    with open_store(write=True) as store:
        claim = store.resolve(claim_id, status, on=on, evidence=evidence, note=note)
    done(claim, as_json, f"Claim {claim['id']} is now {status}")


@command("confirm", epilog="Example: claimtrack confirm 3 --evidence https://example.org/report --note 'Talks stalled'")
def confirm_cmd(claim_id: IdArg, evidence: EvidenceOpt = None, note: NoteOpt = None, on: OnOpt = None,
                as_json: JsonOpt = False) -> None:
    """Mark a claim as having come true."""
    _verdict(claim_id, "confirmed", evidence, note, on, as_json)


@command("refute", epilog="Example: claimtrack refute 1 --evidence https://en.wikipedia.org/wiki/Panmunjom_Declaration --on 2018-04-27")
def refute_cmd(claim_id: IdArg, evidence: EvidenceOpt = None, note: NoteOpt = None, on: OnOpt = None,
               as_json: JsonOpt = False) -> None:
    """Mark a claim as having turned out false."""
    _verdict(claim_id, "refuted", evidence, note, on, as_json)


@command("resolve", epilog="Examples:\n\n  claimtrack resolve 4 partial --note 'Talks happened, but not by March'\n\n  claimtrack resolve 5 void --note 'Too vague to judge'")
def resolve_cmd(
    claim_id: IdArg,
    status: Annotated[str, typer.Argument(help="confirmed, refuted, partial or void.", metavar="STATUS", show_default=False)],
    evidence: EvidenceOpt = None, note: NoteOpt = None, on: OnOpt = None, as_json: JsonOpt = False,
) -> None:
    """Give any verdict: confirmed, refuted, partial or void.

    void means the claim cannot be judged: ambiguous, its condition failed, or withdrawn.
    """
    _verdict(claim_id, status.lower(), evidence, note, on, as_json)


@command("reopen", epilog="Example: claimtrack reopen 4")
def reopen_cmd(claim_id: IdArg, as_json: JsonOpt = False) -> None:
    """Make a judged claim open again.

    Its old verdict stays in the history.
    """
    with open_store(write=True) as store:
        claim = store.reopen(claim_id)
    done(claim, as_json, f"Claim {claim['id']} is open again")
